/**
 * Builds WARC files for tests: records with the right framing, optionally
 * gzip-compressed one member per record (as crawlers write them).
 */
import { gzipSync } from 'node:zlib';

export interface RecordSpec {
  readonly type?: string;
  readonly uri?: string;
  readonly date?: string;
  /** The record block (for a response: HTTP header + payload). */
  readonly block: Uint8Array | string;
  /** Overrides Content-Length, to make a corrupt record. */
  readonly contentLength?: number;
}

const bytes = (b: Uint8Array | string): Buffer => (typeof b === 'string' ? Buffer.from(b, 'utf8') : Buffer.from(b));

/** One record's bytes, header + block + CRLF CRLF. */
export function warcRecord(spec: RecordSpec, version = '1.0'): Buffer {
  const block = bytes(spec.block);
  const head = [
    `WARC/${version}`,
    `WARC-Type: ${spec.type ?? 'response'}`,
    ...(spec.uri ? [`WARC-Target-URI: ${spec.uri}`] : []),
    `WARC-Date: ${spec.date ?? '2024-01-02T03:04:05Z'}`,
    `WARC-Record-ID: <urn:uuid:${Math.abs(block.length * 7919) % 100000}-test>`,
    ...((spec.type ?? 'response') === 'response' ? ['Content-Type: application/http; msgtype=response'] : []),
    `Content-Length: ${spec.contentLength ?? block.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

/** An HTTP response block. */
export function httpResponse(body: Uint8Array | string, headers: Record<string, string> = {}, status = '200 OK'): Buffer {
  const b = bytes(body);
  const lines = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), b]);
}

/** A chunked transfer-encoding of `body` in pieces of `size` bytes. */
export function chunked(body: Uint8Array | string, size: number): Buffer {
  const b = bytes(body);
  const parts: Buffer[] = [];
  for (let i = 0; i < b.length; i += size) {
    const piece = b.subarray(i, i + size);
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

/** A whole WARC: records concatenated, or gzip per record. */
export function warcFile(records: readonly Buffer[], gzip: boolean): Buffer {
  return Buffer.concat(gzip ? records.map((r) => gzipSync(r)) : records);
}

/** A small news page; `extra` goes in the head. */
export function newsPage(title: string, paragraphs: readonly string[], extra = ''): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title>${extra}</head><body><nav><a href="/">Home</a></nav>`
    + `<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}
