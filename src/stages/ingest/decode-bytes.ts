/**
 * Bytes of a fetched or archived page → text, the way browsers pick the
 * charset. Shared by the URL fetcher and the WARC reader so both read a
 * latin-1 page alike.
 */

/** windows-1252 characters for the bytes 0x80–0x9F (the rest of 0x00–0xFF is latin-1). */
export const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Labels the WHATWG Encoding standard maps to windows-1252 (latin-1 pages are really windows-1252). */
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'cp819', 'ibm819', 'iso-ir-100']);

/** windows-1252 by hand: Node 20's TextDecoder treats it as ISO-8859-1 and leaves 0x80–0x9F as controls. */
function decodeWindows1252(body: Uint8Array): string {
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

const CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;

/**
 * The page's text: charset from the HTTP header, else a BOM, else a meta tag
 * or XML declaration in the first 4 KB, else UTF-8 if valid, else
 * windows-1252 (what browsers do).
 * @example decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'text/html; charset=iso-8859-1') // 'café'
 */
export function decodeBytes(body: Uint8Array, contentType: string | undefined): string {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return new TextDecoder('utf-8').decode(body.subarray(3));
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 4096)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  for (const label of [CHARSET.exec(contentType ?? '')?.[1], declared?.[1]]) {
    if (label === undefined) continue;
    if (WINDOWS_1252_LABELS.has(label.toLowerCase())) return decodeWindows1252(body);
    try {
      return new TextDecoder(label.toLowerCase()).decode(body);
    } catch {
      // Unknown label: try the next signal.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}
