/**
 * Translation detection without a model: two texts in different languages are
 * one text translated when their sentences align in order, by the anchors a
 * translator carries over (names, numbers, dates), over most of the shorter
 * text. Two outlets reporting one event in two languages share the anchors
 * too, but not the sentence structure: their sentences carry the facts in
 * other groupings, other orders and other lengths, and each has sentences the
 * other lacks in the middle of the aligned stretch.
 */
import type { ArticleId } from '../../core/ids.js';
import type { Reuse, SharedPassage, Span } from '../../core/types.js';
import type { AnchoredSentence } from './anchors.js';

export interface TranslationParams {
  /** Least anchor similarity (shared / larger key set) for two sentences to align by anchors. */
  readonly minPairSim: number;
  /** Least anchor-aligned sentence pairs. */
  readonly minAnchorPairs: number;
  /** Least share of the more-covered text's characters in aligned sentences. */
  readonly minCoverage: number;
  /** Most share of either text's aligned stretch left unaligned (sentences one side has and the other lacks). */
  readonly maxInteriorGap: number;
  /** Most spread (median absolute deviation of log length ratios) of the aligned pairs' lengths. */
  readonly maxRatioSpread: number;
  /** Gap sentences pair up when their length ratio is within this factor (log) of the text's ratio. */
  readonly fillRatioTolerance: number;
  /**
   * Without enough anchored pairs, both texts aligned whole (each covered
   * `minCoverage`) by at least this many sentence pairs whose lengths keep
   * one ratio within `maxLengthSpread`: sentence lengths in step over a
   * whole article are a translation's mark (Gale and Church's aligner rests on it).
   */
  readonly minLengthPairs: number;
  readonly maxLengthSpread: number;
}

/**
 * Round values chosen before measuring; a change was kept only when it did
 * not lower precision or recall on either hash half of the labelled
 * cross-language pairs (bench/translation.ts, docs/BENCHMARKS.md
 * "Translation detection"). Half the anchors in common aligns two sentences;
 * a quarter of the aligned stretch left out is more than a translator drops
 * (a caption, a credit line) and less than two reports of one event differ;
 * three anchored pairs: two short reports of one event, lead and quote, align
 * by anchors as well as a translation does, so two are no evidence.
 */
export const TRANSLATION_DEFAULTS: TranslationParams = Object.freeze({
  minPairSim: 0.5,
  minAnchorPairs: 3,
  minCoverage: 0.7,
  maxInteriorGap: 0.25,
  maxRatioSpread: 0.35,
  fillRatioTolerance: 0.6,
  minLengthPairs: 6,
  maxLengthSpread: 0.2,
});

/** One aligned sentence pair: by anchors, or filling a gap between two anchored pairs. */
export interface AlignedPair {
  readonly i: number;
  readonly j: number;
  readonly score: number;
  readonly anchored: boolean;
}

export interface TranslationAlignment {
  readonly pairs: readonly AlignedPair[];
  readonly anchorPairs: number;
  readonly coverageA: number;
  readonly coverageB: number;
  /** Share of each side's aligned stretch (first to last aligned sentence) not aligned. */
  readonly interiorGapA: number;
  readonly interiorGapB: number;
  readonly ratioSpread: number;
  /** The same spread over every aligned pair, anchored or filled. */
  readonly lengthSpread: number;
}

/**
 * Languages written in a script without capitals (Han, Arabic, Hebrew, Devanagari, Thai, kana, hangul): the anchors
 * find no name in their text, so a name the other text holds and theirs seems to lack ("Britain", "Mehta" rendered
 * 英国, 梅塔) is no sign that a sentence says something else.
 */
const CASELESS = new Set(['zh', 'ja', 'ko', 'ar', 'fa', 'ur', 'he', 'hi', 'th']);

/** The two texts' languages, when known: what tells whether a name one lacks counts against a pair. */
export interface TranslationSides {
  readonly languageA: string;
  readonly languageB: string;
}

/** Name keys of at least this length match a longer key they begin ("krml" Kreml, "krmln" Kremlin). */
const PREFIX_KEY = 4;

/**
 * Keys both texts use, each mapped to one form (a name key to the shortest
 * key of either text it begins with). A key only one text has cannot align
 * anything: dropping it keeps a German noun's capital from diluting a sentence.
 */
function sharedKeys(a: readonly AnchoredSentence[], b: readonly AnchoredSentence[]): { canon: (k: string) => string; shared: ReadonlySet<string> } {
  const all = new Set<string>();
  for (const s of a) for (const k of s.keys) all.add(k);
  for (const s of b) for (const k of s.keys) all.add(k);
  const names = [...all].filter((k) => k.startsWith('e:') && k.length - 2 >= PREFIX_KEY).sort((x, y) => x.length - y.length || (x < y ? -1 : 1));
  const map = new Map<string, string>();
  for (let x = 0; x < names.length; x++) {
    const k = names[x]!;
    if (map.has(k)) continue;
    for (let y = x + 1; y < names.length; y++) if (!map.has(names[y]!) && names[y]!.startsWith(k)) map.set(names[y]!, k);
  }
  const canon = (k: string): string => map.get(k) ?? k;
  const inA = new Set(a.flatMap((s) => s.keys.map(canon)));
  const shared = new Set<string>();
  for (const s of b) for (const k of s.keys) if (inA.has(canon(k))) shared.add(canon(k));
  return { canon, shared };
}

/** Sentences of each text aligned at most. */
const MAX_SENTENCES = 300;

function len(s: Span): number {
  return Math.max(1, s.end - s.start);
}

function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((p, q) => p - q);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Aligns two texts' sentences in order: the monotone matching of most anchor
 * similarity, then gaps between aligned pairs filled one to one where both
 * sides hold as many sentences and their lengths keep the text's ratio.
 * @example alignTranslation(anchoredSentences(en), anchoredSentences(de)).coverageA
 */
export function alignTranslation(allA: readonly AnchoredSentence[], allB: readonly AnchoredSentence[], params: TranslationParams = TRANSLATION_DEFAULTS, sides?: TranslationSides): TranslationAlignment {
  // The first MAX_SENTENCES of each: enough to tell a translation, and the
  // matching stays bounded on a 200,000-character article (n·m cells).
  const a = allA.slice(0, MAX_SENTENCES);
  const b = allB.slice(0, MAX_SENTENCES);
  const { canon, shared } = sharedKeys(a, b);
  // Keys both texts use, and the firm keys the other text lacks: a sentence
  // that names someone or a number the other text never mentions is not
  // that text's sentence, whatever one name they share.
  // Against a text in a caseless script only its numbers, dates and shared names count.
  const keysOf = (otherCaseless: boolean) => (s: AnchoredSentence): Set<string> =>
    new Set([...s.keys.map(canon).filter((k) => shared.has(k)), ...s.firm.map(canon).filter((k) => !shared.has(k) && !(otherCaseless && k.startsWith('e:')))]);
  const caselessA = sides !== undefined && CASELESS.has(sides.languageA);
  const caselessB = sides !== undefined && CASELESS.has(sides.languageB);
  const ka = a.map(keysOf(caselessB));
  const kb = b.map(keysOf(caselessA));
  // What a gap sentence may not hold when its partner holds none: with a caseless side, its names are no such thing
  // (the caseless text may name the same place in its own script: "South Salt Lake", 南盐湖城).
  const unnamed = (keys: ReadonlySet<string>): boolean => {
    if (!caselessA && !caselessB) return keys.size === 0;
    for (const k of keys) if (!k.startsWith('e:')) return false;
    return true;
  };
  const n = a.length;
  const m = b.length;
  const sim = (i: number, j: number): number => {
    const x = ka[i]!;
    const y = kb[j]!;
    if (x.size === 0 || y.size === 0) return 0;
    let common = 0;
    for (const k of x) if (y.has(k)) common++;
    return common / Math.max(x.size, y.size);
  };
  // Monotone matching of most total similarity (n·m: articles are tens of sentences).
  const dp = new Float64Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => i * (m + 1) + j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      let best = Math.max(dp[at(i - 1, j)]!, dp[at(i, j - 1)]!);
      const s = sim(i - 1, j - 1);
      if (s >= params.minPairSim) best = Math.max(best, dp[at(i - 1, j - 1)]! + s);
      dp[at(i, j)] = best;
    }
  }
  const anchored: AlignedPair[] = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const s = sim(i - 1, j - 1);
    if (s >= params.minPairSim && Math.abs(dp[at(i, j)]! - (dp[at(i - 1, j - 1)]! + s)) < 1e-9) {
      anchored.push({ i: i - 1, j: j - 1, score: s, anchored: true });
      i--;
      j--;
    } else if (dp[at(i - 1, j)]! >= dp[at(i, j - 1)]!) i--;
    else j--;
  }
  anchored.reverse();
  const logRatios = anchored.map((p) => Math.log(len(b[p.j]!) / len(a[p.i]!)));
  const ratio = median(logRatios);
  const ratioSpread = median(logRatios.map((r) => Math.abs(r - ratio)));
  // A gap sentence pairs when its length keeps the text's ratio and its
  // anchors do not contradict its partner's (none, or some in common).
  const fits = (i: number, j: number): boolean =>
    Math.abs(Math.log(len(b[j]!) / len(a[i]!)) - ratio) <= params.fillRatioTolerance && ((unnamed(ka[i]!) && unnamed(kb[j]!)) || sim(i, j) > 0);
  const pairs: AlignedPair[] = [];
  const fill = (i0: number, i1: number, j0: number, j1: number, edge: 'lead' | 'inner' | 'trail'): void => {
    // [i0, i1) and [j0, j1): the sentences between two aligned pairs.
    const gi = i1 - i0;
    const gj = j1 - j0;
    if (gi === 0 || gj === 0) return;
    if (edge === 'inner' && gi !== gj) return;
    const k = Math.min(gi, gj);
    if (edge === 'lead') {
      // Outward from the first anchored pair: a lead, a dateline or a headline line may have no counterpart.
      const out: AlignedPair[] = [];
      for (let d = 1; d <= k && fits(i1 - d, j1 - d); d++) out.push({ i: i1 - d, j: j1 - d, score: 0.5, anchored: false });
      pairs.push(...out.reverse());
      return;
    }
    if (edge === 'inner') {
      // Between two anchored pairs with as many sentences on each side, the
      // sentences correspond one to one: each pair that fits is kept.
      for (let d = 0; d < k; d++) if (fits(i0 + d, j0 + d)) pairs.push({ i: i0 + d, j: j0 + d, score: 0.5, anchored: false });
      return;
    }
    for (let d = 0; d < k && fits(i0 + d, j0 + d); d++) pairs.push({ i: i0 + d, j: j0 + d, score: 0.5, anchored: false });
  };
  // No anchor at all (prose naming no one, no number, no date): two texts of as many sentences, six or more, pair
  // one to one where their lengths keep one ratio, and the length verdict below decides (Gale and Church).
  if (anchored.length === 0 && n === m && n >= params.minLengthPairs) fill(0, n, 0, m, 'inner');
  if (anchored.length > 0) {
    fill(0, anchored[0]!.i, 0, anchored[0]!.j, 'lead');
    anchored.forEach((p, x) => {
      pairs.push(p);
      const next = anchored[x + 1];
      if (next) fill(p.i + 1, next.i, p.j + 1, next.j, 'inner');
      else fill(p.i + 1, n, p.j + 1, m, 'trail');
    });
  }
  const allRatios = pairs.map((p) => Math.log(len(b[p.j]!) / len(a[p.i]!)));
  const allMedian = median(allRatios);
  const lengthSpread = median(allRatios.map((r) => Math.abs(r - allMedian)));
  const totalA = a.reduce((t, s) => t + len(s), 0);
  const totalB = b.reduce((t, s) => t + len(s), 0);
  const coveredA = pairs.reduce((t, p) => t + len(a[p.i]!), 0);
  const coveredB = pairs.reduce((t, p) => t + len(b[p.j]!), 0);
  const interior = (side: readonly AnchoredSentence[], idx: readonly number[]): number => {
    if (idx.length === 0) return 1;
    const lo = idx[0]!;
    const hi = idx[idx.length - 1]!;
    let span = 0;
    for (let x = lo; x <= hi; x++) span += len(side[x]!);
    const inPairs = idx.reduce((t, x) => t + len(side[x]!), 0);
    return span === 0 ? 0 : 1 - inPairs / span;
  };
  return {
    pairs,
    anchorPairs: anchored.length,
    coverageA: totalA === 0 ? 0 : coveredA / totalA,
    coverageB: totalB === 0 ? 0 : coveredB / totalB,
    interiorGapA: interior(a, pairs.map((p) => p.i)),
    interiorGapB: interior(b, pairs.map((p) => p.j)),
    ratioSpread,
    lengthSpread,
  };
}

/**
 * The verdict on an alignment: nothing left out inside the aligned stretch,
 * and either most of the shorter text aligned by anchors, or both texts
 * aligned whole with their sentence lengths in step.
 */
export function isTranslation(al: TranslationAlignment, params: TranslationParams = TRANSLATION_DEFAULTS): boolean {
  if (Math.max(al.interiorGapA, al.interiorGapB) > params.maxInteriorGap) return false;
  const byAnchors = al.anchorPairs >= params.minAnchorPairs && Math.max(al.coverageA, al.coverageB) >= params.minCoverage && al.ratioSpread <= params.maxRatioSpread;
  const byLengths = al.pairs.length >= params.minLengthPairs && Math.min(al.coverageA, al.coverageB) >= params.minCoverage && al.lengthSpread <= params.maxLengthSpread;
  return byAnchors || byLengths;
}

/**
 * The reuse record of a translation: one paraphrase passage per aligned
 * sentence pair, coverage by characters. Undefined when the texts are not
 * one text translated.
 * @example translationReuse(idA, sentencesA, idB, sentencesB)?.coverageA
 */
export function translationReuse(a: ArticleId, sa: readonly AnchoredSentence[], b: ArticleId, sb: readonly AnchoredSentence[], params: TranslationParams = TRANSLATION_DEFAULTS, sides?: TranslationSides): Reuse | undefined {
  const al = alignTranslation(sa, sb, params, sides);
  if (!isTranslation(al, params)) return undefined;
  const passages: SharedPassage[] = al.pairs.map((p) => ({
    a: { start: sa[p.i]!.start, end: sa[p.i]!.end },
    b: { start: sb[p.j]!.start, end: sb[p.j]!.end },
    kind: 'paraphrase',
    score: Math.round(p.score * 1000) / 1000,
  }));
  return { a, b, coverageA: al.coverageA, coverageB: al.coverageB, passages };
}
