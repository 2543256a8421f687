/**
 * Meta tags by key, as pages write them: a key may sit in `property`
 * (OpenGraph), `name` (most others) or `itemprop` (microdata).
 */
import type { MetaDoc } from './read-metadata.js';

const ATTRS = ['property', 'name', 'itemprop'] as const;

/**
 * The first meta tag content, in key order, that `read` accepts.
 * @example firstMeta(doc, ['og:site_name'], cleanText) // 'Example News'
 */
export function firstMeta<T>(doc: MetaDoc, keys: readonly string[], read: (content: string | null | undefined) => T | undefined): T | undefined {
  for (const key of keys) {
    for (const attr of ATTRS) {
      const v = read(doc.querySelector(`meta[${attr}="${key}" i]`)?.getAttribute('content'));
      if (v) return v;
    }
  }
  return undefined;
}

/** Every distinct content of the keys that `read` accepts, in key order: a page may name the paper in one author tag and the writer in the next. */
export function allMeta<T>(doc: MetaDoc, keys: readonly string[], read: (content: string | null | undefined) => T | undefined): T[] {
  const out: T[] = [];
  for (const key of keys) {
    for (const attr of ATTRS) {
      const v = read(doc.querySelector(`meta[${attr}="${key}" i]`)?.getAttribute('content'));
      if (v && !out.includes(v)) out.push(v);
    }
  }
  return out;
}
