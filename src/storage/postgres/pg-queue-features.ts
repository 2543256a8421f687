/**
 * An article's clustering features (`docFeatures`: its term vector before
 * IDF, title support and language) in a compact binary form, computed by
 * the worker that analysed it and staged with it in `queue_results`, so the
 * one sequential assigner only decodes them instead of tokenising the text.
 *
 * Layout (little-endian): u8 version, u32 params key, f64 title support,
 * u32 term count n, n × f64 weights, u16 language length, language, then
 * the n terms in the vector's own order, UTF-8, each ended by a NUL byte.
 * Weights are kept as f64: stories must equal those of a single process, so
 * no weight may be rounded. The params key names the clusterer parameters
 * the vector was computed with; a vector made with others is ignored (and
 * recomputed by the assigner) rather than trusted.
 */
import type { ClusterParams } from '../../stages/cluster/cluster-params.js';
import type { DocFeatures } from '../../stages/cluster/doc-terms.js';
import type { Language } from '../../stages/text-model/index.js';

const VERSION = 1;

/** A 32-bit FNV-1a hash of the parameters (keys sorted), naming what shaped a vector. */
export function paramsKey(params: ClusterParams): number {
  const text = JSON.stringify(Object.keys(params).sort().map((k) => [k, params[k as keyof ClusterParams]]));
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The features as bytes. */
export function encodeFeatures(f: DocFeatures, key: number): Buffer {
  const n = f.terms.size;
  const lang = Buffer.from(f.language, 'utf8');
  const terms = Buffer.from(`${[...f.terms.keys()].join('\0')}\0`, 'utf8');
  const head = 1 + 4 + 8 + 4;
  const out = Buffer.allocUnsafe(head + n * 8 + 2 + lang.length + terms.length);
  out.writeUInt8(VERSION, 0);
  out.writeUInt32LE(key, 1);
  out.writeDoubleLE(f.titleSupport, 5);
  out.writeUInt32LE(n, 13);
  let at = head;
  for (const w of f.terms.values()) at = out.writeDoubleLE(w, at);
  at = out.writeUInt16LE(lang.length, at);
  at += lang.copy(out, at);
  terms.copy(out, at);
  return out;
}

/** bytea's text input form of the bytes (pg-native sends parameters as text). */
export const byteaParam = (b: Buffer): string => `\\x${b.toString('hex')}`;

/** The features, or undefined when absent, malformed or made with other parameters. */
export function decodeFeatures(b: Buffer | null | undefined, key: number): DocFeatures | undefined {
  if (b == null || b.length < 17 || b.readUInt8(0) !== VERSION || b.readUInt32LE(1) !== key) return undefined;
  const titleSupport = b.readDoubleLE(5);
  const n = b.readUInt32LE(13);
  let at = 17;
  if (b.length < at + n * 8 + 2) return undefined;
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++, at += 8) weights[i] = b.readDoubleLE(at);
  const langLen = b.readUInt16LE(at);
  at += 2;
  const language = b.toString('utf8', at, at + langLen) as Language;
  at += langLen;
  const names = b.toString('utf8', at).split('\0');
  // The last NUL ends the last term: one more (empty) piece than terms.
  if (names.length !== n + 1) return undefined;
  const terms = new Map<string, number>();
  for (let i = 0; i < n; i++) terms.set(names[i]!, weights[i]!);
  return { terms, titleSupport, language };
}
