/**
 * `-` means standard input or output, as in the Unix tools: every batch
 * command reads `--in -` from stdin and writes `--out -` (or no --out) to
 * stdout. Files that cannot be read or written become one-line CliErrors,
 * checked before any work starts.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { CliError, fileErrorLine } from './errors.js';

export interface StdIo {
  readonly stdout: (s: string) => void;
  readonly stdin?: NodeJS.ReadableStream;
}

export const isStd = (path: string | undefined): boolean => path === undefined || path === '-';

/** How a path is named in messages: stdin is `<stdin>`. */
export const displayName = (path: string): string => (path === '-' ? '<stdin>' : path);

/** Opens a file (or stdin for `-`) as a byte stream; a file that cannot be opened is a CliError. */
export async function openInput(path: string, io: StdIo): Promise<NodeJS.ReadableStream> {
  if (path === '-') return io.stdin ?? process.stdin;
  const source = createReadStream(path);
  const failed = await new Promise<Error | null>((resolve) => {
    source.once('open', () => resolve(null));
    source.once('error', resolve);
  });
  if (failed) throw new CliError(fileErrorLine(failed, 'cannot read') ?? `cannot read ${path}: ${failed.message}`);
  return path.endsWith('.gz') ? source.pipe(createGunzip()) : source;
}

/** The lines of a file or stdin, one at a time (memory stays flat however long the input). */
export async function* inputLines(path: string, io: StdIo): AsyncGenerator<string> {
  const input = await openInput(path, io);
  yield* createInterface({ input, crlfDelay: Infinity });
}

/** All bytes of a file or stdin. */
export async function readInput(path: string, io: StdIo): Promise<Buffer> {
  const input = await openInput(path, io);
  const chunks: Buffer[] = [];
  for await (const c of input as AsyncIterable<Buffer | string>) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

export interface LineSink {
  write(line: string): Promise<void> | undefined;
  close(): Promise<void>;
}

/** Lines to a file, or to stdout for `-` or no --out; the file is opened (and checked) before any work. */
export async function openOutput(path: string | undefined, io: StdIo): Promise<LineSink> {
  if (isStd(path)) return { write: (line) => { io.stdout(line); return undefined; }, close: async () => {} };
  const out: WriteStream = createWriteStream(path!);
  const failed = await new Promise<Error | null>((resolve) => {
    out.once('open', () => resolve(null));
    out.once('error', resolve);
  });
  if (failed) throw new CliError(fileErrorLine(failed, 'cannot write') ?? `cannot write ${path}: ${failed.message}`);
  let error: Error | undefined;
  out.on('error', (e) => { error = e; });
  const check = (): void => {
    if (error) throw new CliError(fileErrorLine(error, 'cannot write') ?? `cannot write ${path}: ${error.message}`);
  };
  return {
    write(line) {
      check();
      if (out.write(`${line}\n`)) return undefined;
      return new Promise<void>((resolve) => out.once('drain', resolve));
    },
    close: () => new Promise<void>((resolve, reject) => out.end(() => (error ? reject(new CliError(fileErrorLine(error, 'cannot write') ?? error.message)) : resolve()))),
  };
}

/**
 * A byte stream for `--out`: the file, or for `-` a stream whose every write
 * (one line ending in a newline) goes to `io.stdout`.
 */
export async function openOutputStream(path: string, io: StdIo): Promise<NodeJS.WritableStream> {
  if (path === '-') {
    return new Writable({
      write(chunk: Buffer | string, _enc, done) {
        const s = chunk.toString();
        io.stdout(s.endsWith('\n') ? s.slice(0, -1) : s);
        done();
      },
    });
  }
  const out = createWriteStream(path);
  const failed = await new Promise<Error | null>((resolve) => {
    out.once('open', () => resolve(null));
    out.once('error', resolve);
  });
  if (failed) throw new CliError(fileErrorLine(failed, 'cannot write') ?? `cannot write ${path}: ${failed.message}`);
  return out;
}
