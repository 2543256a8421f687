/**
 * Which pairs of a story's articles in different languages are one text
 * translated. Every cross-language pair of a small story is aligned; a large
 * one (a thousand articles in several languages) aligns each article only
 * with the few of other languages that share most of its anchors, so the cost
 * grows with the articles, not their pairs.
 */
import type { ArticleId } from '../../core/ids.js';
import type { Reuse } from '../../core/types.js';
import { anchoredSentences, type AnchoredSentence } from './anchors.js';
import type { ProvenanceDoc } from './direction.js';
import { translationReuse, TRANSLATION_DEFAULTS, type TranslationParams } from './translation.js';

export interface TranslationSearchParams {
  /** Up to this many articles, every cross-language pair is aligned. */
  readonly allPairsMax: number;
  /** Otherwise each article's nearest of other languages, by shared anchors. */
  readonly neighbours: number;
  /** An anchor held by more articles than this ties nothing (a date every report states). */
  readonly maxPostings: number;
  /** Least distinct anchors two texts share to be aligned at all. */
  readonly minSharedAnchors: number;
}

export const TRANSLATION_SEARCH_DEFAULTS: TranslationSearchParams = Object.freeze({ allPairsMax: 40, neighbours: 4, maxPostings: 200, minSharedAnchors: 2 });

/**
 * Translation reuse records, `a` before `b` in story order.
 * @example findTranslations(docs).map((r) => [r.a, r.b])
 */
export function findTranslations(docs: readonly ProvenanceDoc[], params: TranslationParams = TRANSLATION_DEFAULTS, search: TranslationSearchParams = TRANSLATION_SEARCH_DEFAULTS): Reuse[] {
  const languages = new Set(docs.map((d) => d.language).filter((l) => l !== '' && l !== 'und'));
  if (languages.size < 2) return [];
  const sentences = new Map<ArticleId, AnchoredSentence[]>();
  const sentencesOf = (d: ProvenanceDoc): AnchoredSentence[] => {
    let s = sentences.get(d.id);
    if (!s) {
      s = anchoredSentences({ text: d.text, language: d.language, ...(d.sentences ? { sentences: d.sentences } : {}), ...(d.dates ? { dates: d.dates } : {}), ...(d.entities ? { entities: d.entities } : {}), ...(d.quoted ? { quoted: d.quoted } : {}) });
      sentences.set(d.id, s);
    }
    return s;
  };
  const keysOf = docs.map((d) => new Set(sentencesOf(d).flatMap((s) => s.keys)));
  const out: Reuse[] = [];
  for (const [i, j] of candidatePairs(docs, keysOf, search)) {
    const r = translationReuse(docs[i]!.id, sentencesOf(docs[i]!), docs[j]!.id, sentencesOf(docs[j]!), params, { languageA: docs[i]!.language, languageB: docs[j]!.language });
    if (r) out.push(r);
  }
  return out;
}

function sharedCount(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  let n = 0;
  for (const k of x) if (y.has(k)) n++;
  return n;
}

function candidatePairs(docs: readonly ProvenanceDoc[], keysOf: readonly ReadonlySet<string>[], p: TranslationSearchParams): [number, number][] {
  const n = docs.length;
  // An undetermined language may be either's: only two known, different languages are a translation's mark.
  const known = (l: string): boolean => l !== '' && l !== 'und';
  const crossLanguage = (i: number, j: number): boolean => known(docs[i]!.language) && known(docs[j]!.language) && docs[i]!.language !== docs[j]!.language;
  if (n <= p.allPairsMax) {
    const out: [number, number][] = [];
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (crossLanguage(i, j) && sharedCount(keysOf[i]!, keysOf[j]!) >= p.minSharedAnchors) out.push([i, j]);
    return out;
  }
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, i) => {
    for (const k of keys) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  const pairs = new Set<number>();
  const counts = new Int32Array(n);
  const touched: number[] = [];
  keysOf.forEach((keys, i) => {
    for (const k of keys) {
      const list = postings.get(k)!;
      if (list.length > p.maxPostings) continue;
      for (const j of list) {
        if (j === i || !crossLanguage(i, j)) continue;
        if (counts[j] === 0) touched.push(j);
        counts[j]++;
      }
    }
    const best = touched.filter((j) => counts[j]! >= p.minSharedAnchors).sort((a, b) => counts[b]! - counts[a]! || a - b).slice(0, p.neighbours);
    for (const j of best) pairs.add(Math.min(i, j) * n + Math.max(i, j));
    for (const j of touched) counts[j] = 0;
    touched.length = 0;
  });
  return [...pairs].sort((a, b) => a - b).map((k) => [Math.floor(k / n), k % n]);
}
