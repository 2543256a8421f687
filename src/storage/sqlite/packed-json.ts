/**
 * JSON columns stored compressed: an article's analysis and metadata and the
 * stages' saved state are JSON text that deflates to a quarter of its size
 * (the analysis: 4.7 → 1.1 KB per article on the serve benchmark's articles,
 * ~60 µs to deflate and ~30 µs to inflate with Node's zlib, against 6–10 ms
 * of ingest per article). A packed value is a BLOB: one format byte, then
 * the raw deflate stream of the UTF-8 JSON. A TEXT value is JSON as written
 * before (a value written before packing, or by hand),
 * read as it is, so both can sit in one column; migration 13 packs them.
 */
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';

/** Format byte of a raw deflate stream. Other values are refused, never guessed. */
const DEFLATE = 1;

/** The stored value of a JSON text. Large states (megabytes, rewritten often) use the fastest level. */
export function packJson(json: string): Buffer {
  const bytes = Buffer.from(json, 'utf8');
  const level = bytes.length > 1 << 20 ? constants.Z_BEST_SPEED : constants.Z_DEFAULT_COMPRESSION;
  const body = deflateRawSync(bytes, { level });
  const out = Buffer.allocUnsafe(body.length + 1);
  out[0] = DEFLATE;
  body.copy(out, 1);
  return out;
}

/** The JSON text of a stored value: a packed BLOB or a TEXT written before packing. */
export function unpackJson(stored: string | Uint8Array): string {
  if (typeof stored === 'string') return stored;
  if (stored.length === 0 || stored[0] !== DEFLATE) throw new Error(`stored JSON value has an unknown format byte ${stored[0] ?? '(empty)'}`);
  return inflateRawSync(stored.subarray(1)).toString('utf8');
}
