/**
 * `parallax ingest -` and `analyze -`: standard input as one more input. It
 * is spooled to a temporary file (streamed, so any size fits in flat memory)
 * whose extension comes from the first bytes, then read like any file;
 * problem lines name it `<stdin>`, not the temporary path.
 */
import { createWriteStream, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';

/** The input kind of a stream from its first bytes: .warc.gz, .warc, .jsonl, .xml (feeds), .html or .txt. */
export function sniffExtension(head: Uint8Array): string {
  if (head[0] === 0x1f && head[1] === 0x8b) return '.warc.gz';
  let text: string;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    text = new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(head.subarray(2));
  } else text = new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start.startsWith('WARC/')) return '.warc';
  if (start.startsWith('{')) return '.jsonl';
  if (start.startsWith('<')) return /<(rss|feed|rdf:RDF)[\s>]/i.test(text) ? '.xml' : '.html';
  return '.txt';
}

export interface SpooledStdin {
  readonly path: string;
  /** Replaces the temporary path by `<stdin>` in a message. */
  readonly rename: (line: string) => string;
  readonly dispose: () => void;
}

const HEAD_BYTES = 4096;

/** Copies stdin to a temporary file named for its sniffed kind. */
export async function spoolStdin(stdin: NodeJS.ReadableStream): Promise<SpooledStdin> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-stdin-'));
  const dispose = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    const raw = join(dir, 'stdin');
    let head = Buffer.alloc(0);
    const sniff = new Transform({
      transform(chunk: Buffer, _enc, done) {
        if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
        done(null, chunk);
      },
    });
    await pipeline(stdin, sniff, createWriteStream(raw));
    const path = `${raw}${sniffExtension(head)}`;
    renameSync(raw, path);
    return { path, rename: (line) => line.split(path).join('<stdin>'), dispose };
  } catch (err) {
    dispose();
    throw err;
  }
}
