/**
 * The shared text of a story: each text prepared once (tokens, sentences,
 * alignment terms), candidate pairs chosen by sketches (every pair of a small
 * story), and `findReuse` on each candidate pair. It reads only the texts, so
 * the pipeline can run it beside the rest of the brief (another thread).
 */
import type { ArticleId } from '../../core/ids.js';
import type { Reuse } from '../../core/types.js';
import { findReuse, prepareReuseText } from '../dedupe/passages.js';
import { provenanceCandidates } from './candidates.js';

/** One article's text, in story order. */
export interface ReuseText {
  readonly id: ArticleId;
  readonly text: string;
}

/**
 * Pairs of the story's articles that share text, most covered first.
 * @example storyReuse(members.map((m) => ({ id: m.article.id, text: m.article.text })))[0]?.coverageA
 */
export function storyReuse(texts: readonly ReuseText[]): Reuse[] {
  const byId = new Map(texts.map((t) => [t.id, { id: t.id, text: t.text, prepared: prepareReuseText(t.text) }]));
  const out: Reuse[] = [];
  for (const [a, b] of provenanceCandidates(texts.map((t) => ({ id: t.id, text: t.text, words: byId.get(t.id)!.prepared.tokens.words })))) {
    const r = findReuse(byId.get(a)!, byId.get(b)!);
    if (r) out.push(r);
  }
  return out.sort((x, y) => Math.max(y.coverageA, y.coverageB) - Math.max(x.coverageA, x.coverageB));
}
