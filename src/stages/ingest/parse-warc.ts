/**
 * WARC records → RawArticles. Every `response` record whose HTTP payload is
 * HTML goes through the same HTML extractor as `parallax extract`, with the
 * record's URL (WARC-Target-URI) and, when the page states no date, the crawl
 * date (WARC-Date) as a last resort (`RawArticle.crawled`, so the clean
 * stage records that the date came from the crawl). Requests, metadata,
 * warcinfo, revisits and non-HTML responses are skipped silently.
 */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { RawArticle } from '../../core/types.js';
import type { ParsedInput } from './parse-jsonl.js';
import { parseHtml } from './parse-html.js';
import { WarcSplitter, type WarcItem, type WarcRecord } from './warc-records.js';
import { decodeBytes } from './decode-bytes.js';

export type WarcOutcome =
  | { readonly kind: 'article'; readonly article: RawArticle }
  | { readonly kind: 'skip' }
  | { readonly kind: 'problem'; readonly message: string };

export interface HttpResponse {
  readonly status: number;
  /** Header fields, names lower-cased (repeated fields joined with ", "). */
  readonly headers: ReadonlyMap<string, string>;
  readonly body: Uint8Array;
}

/** HTML larger than this is not an article page; the block is not even buffered. */
export const WARC_MAX_PAGE_BYTES = 16 * 1024 * 1024;

/** Only response records can hold pages; everything else is skipped unread. */
export function isResponseRecord(headers: ReadonlyMap<string, string>): boolean {
  return headers.get('warc-type')?.toLowerCase() === 'response';
}

/**
 * Splits an HTTP response (status line, headers, body).
 * @example parseHttpResponse(bytes)?.status // 200
 */
export function parseHttpResponse(block: Uint8Array): HttpResponse | undefined {
  const buf = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  let end = buf.indexOf('\r\n\r\n');
  let sep = 4;
  const lf = buf.indexOf('\n\n');
  if (end < 0 || (lf >= 0 && lf < end)) [end, sep] = [lf, 2];
  if (end < 0) return undefined;
  const lines = buf.subarray(0, end).toString('latin1').split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0]!);
  if (!status) return undefined;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  return { status: Number(status[1]), headers, body: buf.subarray(end + sep) };
}

/** Undoes chunked transfer-encoding; undefined when the body is not chunked after all. */
export function dechunk(body: Uint8Array): Uint8Array | undefined {
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const parts: Buffer[] = [];
  let i = 0;
  for (;;) {
    const eol = buf.indexOf('\r\n', i);
    if (eol < 0) return parts.length > 0 ? Buffer.concat(parts) : undefined; // cut off: keep what arrived
    const size = parseInt(buf.subarray(i, eol).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || !/^[0-9a-f]+/i.test(buf.subarray(i, eol).toString('latin1').trim())) return undefined;
    if (size === 0) return Buffer.concat(parts);
    parts.push(buf.subarray(eol + 2, eol + 2 + size));
    i = eol + 2 + size + 2;
    if (i > buf.length) return Buffer.concat(parts);
  }
}

/** Undoes Content-Encoding; crawlers often store the payload already decoded, hence the sniffing. */
function decodeContent(body: Uint8Array, encoding: string): Uint8Array {
  const e = encoding.toLowerCase();
  try {
    if ((e.includes('gzip') || e.includes('x-gzip')) && body[0] === 0x1f && body[1] === 0x8b) return gunzipSync(body);
    if (e.includes('deflate')) {
      try {
        return inflateSync(body);
      } catch {
        return inflateRawSync(body);
      }
    }
    if (e === 'br') return brotliDecompressSync(body);
  } catch {
    // Not encoded after all (or damaged): the raw bytes are the best there is.
  }
  return body;
}

/** Kept under its old name for callers of the WARC parser. */
export { decodeBytes as decodeHtmlBytes } from './decode-bytes.js';

function isHtml(contentType: string | undefined, body: Uint8Array): boolean {
  if (contentType !== undefined && contentType.trim() !== '') return /text\/html|application\/xhtml/i.test(contentType);
  // No declared type: sniff the way browsers do.
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 512)).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/**
 * One WARC record → an article, a silent skip, or a problem.
 * @example warcRecordToArticle(record, 'crawl.warc.gz') // { kind: 'article', article: { url, crawled, … } }
 */
export function warcRecordToArticle(record: WarcRecord, file: string): WarcOutcome {
  if (!isResponseRecord(record.headers)) return { kind: 'skip' };
  const uri = record.headers.get('warc-target-uri')?.replace(/^<|>$/g, '');
  if (uri !== undefined && !/^https?:/i.test(uri)) return { kind: 'skip' }; // dns:, ftp:, …
  const http = parseHttpResponse(record.block);
  if (http === undefined) return { kind: 'problem', message: 'response record without a readable HTTP header' };
  if (http.status < 200 || http.status >= 300) return { kind: 'skip' }; // redirects and errors are not articles
  let body = http.body;
  if (/chunked/i.test(http.headers.get('transfer-encoding') ?? '')) body = dechunk(body) ?? body;
  const encoding = http.headers.get('content-encoding');
  if (encoding !== undefined) body = decodeContent(body, encoding);
  const contentType = http.headers.get('content-type');
  if (!isHtml(contentType, body)) return { kind: 'skip' };
  const html = decodeBytes(body, contentType);
  const path = `${file}#record-${record.number}`;
  const out = parseHtml(path, html, uri);
  if (!out.ok) return { kind: 'problem', message: out.message };
  const date = record.headers.get('warc-date');
  const article: RawArticle = {
    ...out.article,
    ...(uri !== undefined && { url: uri }),
    ...(date !== undefined && !Number.isNaN(Date.parse(date)) && { crawled: date }),
  };
  return { kind: 'article', article };
}

/** A splitter that buffers only response records of page size. */
export function createWarcSplitter(): WarcSplitter {
  return new WarcSplitter({ want: isResponseRecord, maxBlockBytes: WARC_MAX_PAGE_BYTES });
}

/** Adds splitter items to a result: articles, and problems naming file and record. */
export function collectWarcItems(file: string, items: readonly WarcItem[], into: { articles: RawArticle[]; problems: { path: string; message: string }[] }): void {
  for (const item of items) {
    if (item.kind === 'problem') {
      into.problems.push({ path: file, message: `WARC record ${item.number} at byte ${item.offset}: ${item.message}` });
      continue;
    }
    const out = warcRecordToArticle(item.record, file);
    if (out.kind === 'article') into.articles.push(out.article);
    else if (out.kind === 'problem') into.problems.push({ path: file, message: `WARC record ${item.record.number} at byte ${item.record.offset}: ${out.message}` });
  }
}

/**
 * A whole (uncompressed) WARC in memory → articles and problems. Big files go
 * through `readWarcFile` (src/pipeline/read-warc.ts), which streams.
 * @example parseWarc('crawl.warc', bytes).articles.length // 3
 */
export function parseWarc(file: string, bytes: Uint8Array): ParsedInput {
  const result = { articles: [] as RawArticle[], problems: [] as { path: string; message: string }[] };
  const splitter = createWarcSplitter();
  // .warc.gz: one gzip member per record, which gunzip reads as one stream.
  let data = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      data = gunzipSync(bytes);
    } catch (e) {
      return { articles: [], problems: [{ path: file, message: `corrupt gzip data: ${(e as Error).message}` }] };
    }
  }
  collectWarcItems(file, [...splitter.push(data), ...splitter.end()], result);
  return result;
}
