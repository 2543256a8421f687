import type { Sentence } from '../../../src/core/types.js';

/**
 * A deliberately simple sentence splitter for figure and date tests, so those
 * tests do not depend on the real splitter's rules.
 */
export function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n]+?(?:[.!?]+["”’]?(?=\s+[A-Z“"„‘]|\s*$)|$)/gm;
  for (const m of text.matchAll(re)) {
    const t = m[0].trim();
    if (!t) continue;
    const s = m.index + m[0].indexOf(t);
    out.push({ start: s, end: s + t.length, text: t });
  }
  return out;
}
