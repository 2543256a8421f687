/**
 * A JSON Lines file of any size, read line by line: each line is parsed and
 * handed on before the next is read, so memory holds one record, and the
 * size limit applies to a line (one article), not to the file.
 */
import { readSync } from 'node:fs';
import { parseJsonlLine } from '../stages/ingest/parse-jsonl.js';
import type { InputEvent } from './input-events.js';

const CHUNK = 1024 * 1024;

/**
 * Articles and problems of one JSONL file, open as `fd`, in line order. A
 * line over `maxLineBytes` is skipped without being buffered and reported;
 * a line that is not UTF-8 is reported; a NUL byte in the first chunk makes
 * it a binary file.
 * @example for (const ev of jsonlEvents('a.jsonl', fd, 20 << 20)) …
 */
export function* jsonlEvents(path: string, fd: number, maxLineBytes: number): Generator<InputEvent> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const problem = (message: string, line?: number): InputEvent => ({ kind: 'problem', problem: line === undefined ? { path, message } : { path, line, message } });
  let parts: Buffer[] = [];
  let have = 0;
  let overflow = false;
  let lineNo = 0;
  let first = true;
  let sawText = false;
  let total = 0;
  const finishLine = function* (): Generator<InputEvent> {
    lineNo++;
    if (overflow) {
      sawText = true;
      yield problem(`line too long (over ${maxLineBytes} bytes); skipped`, lineNo);
    } else if (have > 0) {
      let text: string;
      try {
        text = decoder.decode(parts.length === 1 ? parts[0] : Buffer.concat(parts, have));
      } catch {
        text = '';
        sawText = true;
        yield problem('not valid UTF-8 text', lineNo);
      }
      if (lineNo === 1) text = text.replace(/^\uFEFF/, '');
      if (text.endsWith('\r')) text = text.slice(0, -1);
      if (text.trim() !== '') sawText = true;
      const out = parseJsonlLine(path, lineNo, text);
      if (out !== undefined) yield out;
    }
    parts = [];
    have = 0;
    overflow = false;
  };
  const buf = Buffer.allocUnsafe(CHUNK);
  for (;;) {
    const got = readSync(fd, buf, 0, CHUNK, null);
    if (got === 0) break;
    total += got;
    const chunk = buf.subarray(0, got);
    if (first) {
      first = false;
      if (chunk.includes(0)) {
        yield problem('binary file (contains NUL bytes), not text');
        return;
      }
    }
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      const end = nl < 0 ? got : nl;
      if (!overflow) {
        if (have + (end - start) > maxLineBytes) {
          overflow = true;
          parts = [];
          have = 0;
        } else if (end > start) {
          // Copied: the read buffer is reused for the next chunk.
          parts.push(Buffer.from(chunk.subarray(start, end)));
          have += end - start;
        }
      }
      if (nl < 0) break;
      yield* finishLine();
      start = nl + 1;
    }
  }
  if (have > 0 || overflow) yield* finishLine();
  if (total === 0) yield problem('empty file');
  else if (!sawText && lineNo > 0 && !overflow) yield problem('empty file (only whitespace)');
}
