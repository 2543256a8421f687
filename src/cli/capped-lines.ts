/**
 * Lines of a byte stream with a cap on each: readline keeps a line as one
 * string however long it grows, so a single huge line (a 600 MB page, a
 * file without newlines) ended in `Invalid string length` and a crash. Here
 * a line over the cap is skipped as it streams by, without being kept, and
 * reported by number, so one bad line costs that line.
 */

/** Longest line read (64 MiB): far above any page or article, far below V8's string limit. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

export type CappedLine =
  | { readonly lineNo: number; readonly line: string }
  | { readonly lineNo: number; readonly tooLong: number };

/**
 * Each line (without its `\n` or `\r\n`) with its 1-based number, or, for a
 * line over `maxBytes`, its number and how many bytes it had.
 * @example for await (const l of cappedLines(createReadStream('a.jsonl'))) if ('line' in l) …
 */
export async function* cappedLines(input: AsyncIterable<Buffer | string> | NodeJS.ReadableStream, maxBytes = MAX_LINE_BYTES): AsyncGenerator<CappedLine> {
  let parts: Buffer[] = [];
  let have = 0;
  let skipped = 0;
  let lineNo = 0;
  const decoder = new TextDecoder();
  const end = (): CappedLine => {
    lineNo++;
    let out: CappedLine;
    if (skipped > 0) out = { lineNo, tooLong: skipped };
    else {
      let line = decoder.decode(parts.length === 1 ? parts[0] : Buffer.concat(parts, have));
      if (line.endsWith('\r')) line = line.slice(0, -1);
      out = { lineNo, line };
    }
    parts = [];
    have = 0;
    skipped = 0;
    return out;
  };
  for await (const c of input as AsyncIterable<Buffer | string>) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : c;
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      const stop = nl < 0 ? chunk.length : nl;
      const n = stop - start;
      if (skipped > 0 || have + n > maxBytes) {
        skipped += have + n;
        parts = [];
        have = 0;
      } else if (n > 0) {
        parts.push(chunk.subarray(start, stop));
        have += n;
      }
      if (nl < 0) break;
      yield end();
      start = nl + 1;
    }
  }
  if (have > 0 || skipped > 0) yield end();
}
