/**
 * Similarity of a batch of text pairs: features once per text, document
 * frequencies over the whole batch (the corpus statistics IDF needs), then
 * one score per pair, in input order.
 */
import { allPairComponents, buildDocFreq, combineComponents, pairComponents, pairKind, type DocFreq, type PairComponents, type PairKind } from './score-pair.js';
import { chanceStats, featureColumns, learnedScore, withSquares, type LearnedModel } from './learned-combination.js';
import { HAN_BIGRAMS_PER_WORD, SIMILARITY_DEFAULTS, type SimilarityParams } from './similarity-params.js';
import { textFeatures, type TextFeatures } from './text-features.js';
import { stripBoilerplate } from './strip-boilerplate.js';
import { textLanguage } from '../text-model/index.js';

export interface TextPair {
  readonly id: string;
  readonly text1: string;
  readonly text2: string;
  /** ISO 639-1 codes; when both are given and differ, the cross-lingual boost applies. */
  readonly lang1?: string;
  readonly lang2?: string;
}

/** Embedding vectors of each pair's two texts, in pair order (from a user-supplied model). */
export interface PairVectors {
  readonly first: readonly ArrayLike<number>[];
  readonly second: readonly ArrayLike<number>[];
}

/**
 * Cosine of two vectors clipped to [0, 1]: opposed or zero vectors are "no
 * evidence" (0), like a sparse cosine with nothing shared.
 * @example vectorCosine([1, 0], [1, 0]) // 1
 */
export function vectorCosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let k = 0; k < a.length; k++) {
    dot += a[k] * b[k];
    na += a[k] * a[k];
    nb += b[k] * b[k];
  }
  return na > 0 && nb > 0 ? Math.min(1, Math.max(0, dot / Math.sqrt(na * nb))) : 0;
}

/** Features of each pair's two texts, with the batch's boilerplate cut first when `params.boilerplate` asks for it. */
export function batchFeatures(pairs: readonly TextPair[], params: SimilarityParams, onPair?: () => void): (readonly [TextFeatures, TextFeatures])[] {
  const all = pairs.flatMap((p) => [p.text1, p.text2]);
  const { shingle, minTexts } = params.boilerplate;
  const texts = minTexts > 0 ? stripBoilerplate(all, shingle, minTexts) : all;
  return pairs.map((_, i) => {
    const p = pairs[i];
    const lexicon = params.lexicon;
    const f = [
      textFeatures(texts[2 * i], lexicon ? { lexicon, ...(p.lang1 ? { language: p.lang1 } : {}) } : {}),
      textFeatures(texts[2 * i + 1], lexicon ? { lexicon, ...(p.lang2 ? { language: p.lang2 } : {}) } : {}),
    ] as const;
    onPair?.();
    return f;
  });
}

/**
 * The pairs with each missing language code detected from its text (the
 * text model's `textLanguage`; left out when undetermined), so a batch
 * without codes still gets cross-language weights and per-language chance levels.
 */
export function withLanguages(pairs: readonly TextPair[]): TextPair[] {
  const code = (given: string | undefined, text: string) => {
    if (given !== undefined) return given;
    const l = textLanguage(text, undefined, 'und');
    return l === 'und' ? undefined : l;
  };
  return pairs.map((p) => {
    if (p.lang1 !== undefined && p.lang2 !== undefined) return p;
    const lang1 = code(p.lang1, p.text1);
    const lang2 = code(p.lang2, p.text2);
    return { ...p, ...(lang1 !== undefined ? { lang1 } : {}), ...(lang2 !== undefined ? { lang2 } : {}) };
  });
}

/** True when the pair is known to be in two languages. */
export function isCrossLingual(p: TextPair): boolean {
  return p.lang1 !== undefined && p.lang2 !== undefined && p.lang1.toLowerCase() !== p.lang2.toLowerCase();
}

/**
 * The components of every pair (for scoring, benchmarks and tuning).
 * @example pairBatchComponents([{ id: '1', text1: 'a', text2: 'b' }])[0].words // 0
 */
export function pairBatchComponents(pairs: readonly TextPair[], params: SimilarityParams = SIMILARITY_DEFAULTS): (PairComponents & { kind: PairKind })[] {
  const feats = batchFeatures(pairs, params);
  const df = buildDocFreq(feats.flat());
  const coded = withLanguages(pairs);
  return feats.map(([a, b], i) => ({ ...pairComponents(a, b, df), kind: pairKind(a, b, isCrossLingual(coded[i])) }));
}

/**
 * About how many distinct content words a text has: Chinese is counted in
 * overlapping character bigrams, about two per word.
 */
function contentWords(f: TextFeatures): number {
  return f.script === 'han' ? f.words.size / HAN_BIGRAMS_PER_WORD : f.words.size;
}

/** Unrelated pairs sampled per pair for the chance level of a language pair. */
const CHANCE_SAMPLES = 6;
/** Smallest group of same-language-pair pairs whose chance level is estimated. */
const MIN_GROUP = 8;

/**
 * For each pair, the mean of `f` (a vector, so several signals share one
 * pass) over text1 of the pairs of its language pair against text2 of the
 * next CHANCE_SAMPLES pairs of the same languages, round the group: the level
 * a language pair reaches by chance. Undefined in groups smaller than MIN_GROUP.
 * @example chanceMeans(pairs, (i, j) => [score(i, j)])[0] // [0.21]
 */
export function chanceMeans(pairs: readonly TextPair[], f: (i: number, j: number) => readonly number[]): (number[] | undefined)[] {
  const groups = new Map<string, number[]>();
  pairs.forEach((p, i) => {
    const k = `${p.lang1 ?? '?'}-${p.lang2 ?? '?'}`;
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  });
  const out: (number[] | undefined)[] = pairs.map(() => undefined);
  for (const idx of groups.values()) {
    if (idx.length < MIN_GROUP) continue;
    let sum: number[] | undefined;
    let n = 0;
    idx.forEach((i, a) => {
      for (let k = 1; k <= Math.min(CHANCE_SAMPLES, idx.length - 1); k++) {
        const v = f(i, idx[(a + k) % idx.length]);
        sum ??= v.map(() => 0);
        for (let c = 0; c < v.length; c++) sum[c] += v[c];
        n++;
      }
    });
    const mean = (sum ?? []).map((x) => x / n);
    for (const i of idx) out[i] = mean;
  }
  return out;
}

/** The pair kind of each pair of a batch. */
export function batchKinds(pairs: readonly TextPair[], feats: readonly (readonly [TextFeatures, TextFeatures])[]): PairKind[] {
  return pairs.map((p, i) => pairKind(feats[i][0], feats[i][1], isCrossLingual(p)));
}

/**
 * One score in [0, 1] per pair, 1 = same story. Within a batch, the score a
 * language pair reaches by chance (text1 of one pair against text2 of other
 * pairs of the same languages) is subtracted: Arabic or Spanish pairs share
 * more common words than Chinese and English ones, and the same raw score
 * means less there (semeval2022-dev 0.670 → 0.680).
 * Without vectors, the components are combined by the learned model
 * (`params.learned`, or `params.learnedLexicon` with a lexicon pack;
 * learned-combination.ts): each column is read against its language pair's
 * chance statistics in the batch and the model predicts a rating; a group
 * smaller than MIN_GROUP is read against the statistics the model was fitted with.
 * Otherwise (or with the model absent) the fixed weights combine them, the batch-wide chance level is
 * added back, and groups smaller than MIN_GROUP keep their raw score.
 * With `vectors` (one embedding per text, same order as `pairs`), the raw
 * score is `params.modelWeight` × embedding cosine + the rest × the sparse
 * score, and the chance levels are those of that combination: embedding
 * models have their own floor (unrelated texts often reach cosine 0.7).
 * Before any of this, word runs many texts of the batch share (site
 * boilerplate) are cut if `params.boilerplate.minTexts` > 0 (off by
 * default), and after it, without vectors a pair whose shorter text has
 * few content words is pulled towards the batch mean (`evidenceWords`).
 * @example scorePairs([{ id: 'x', text1: 'Quake hits Chile', text2: 'Quake hits Chile' }]) // [{ id: 'x', score: 1 }]
 */
export function scorePairs(given: readonly TextPair[], params: SimilarityParams = SIMILARITY_DEFAULTS, vectors?: PairVectors, onPair?: () => void): { id: string; score: number }[] {
  const pairs = withLanguages(given);
  if (vectors && (vectors.first.length !== pairs.length || vectors.second.length !== pairs.length)) {
    throw new RangeError(`scorePairs: ${pairs.length} pairs but ${vectors.first.length}/${vectors.second.length} vectors`);
  }
  // Text features are most of the time: `onPair` after each pair's (a progress bar).
  const feats = batchFeatures(pairs, params, onPair);
  return scoreFeaturePairs(pairs, feats, buildDocFreq(feats.flat()), params, vectors);
}

/**
 * `scorePairs` on texts whose features and document frequencies are read
 * (pairs with their language codes): the fitting script scores one batch
 * under many models without reading it again.
 */
export function scoreFeaturePairs(
  pairs: readonly TextPair[],
  feats: readonly (readonly [TextFeatures, TextFeatures])[],
  df: DocFreq,
  params: SimilarityParams,
  vectors?: PairVectors,
): { id: string; score: number }[] {
  const kinds = batchKinds(pairs, feats);
  // Vectors have no column in the learned models; a pack has its own model (with the gloss column).
  const learned = vectors ? undefined : params.lexicon ? params.learnedLexicon : params.learned;
  const vs = learned ? learnedScores(pairs, feats, df, kinds, learned) : weightedScores(pairs, feats, df, params, vectors);
  // A text of a few words (a headline, a blocked page) is weak evidence either
  // way, and the pair was rated on the real article: the mean is the better guess.
  // Only the sparse score: a model reads a headline as well as a page.
  const avg = vs.reduce((a, b) => a + b, 0) / Math.max(1, vs.length);
  return pairs.map((p, i) => {
    const words = Math.min(contentWords(feats[i][0]), contentWords(feats[i][1]));
    const shrink = !vectors && words < params.evidenceWords;
    const v = shrink ? avg + (vs[i] - avg) * (words / params.evidenceWords) ** params.evidencePower : vs[i];
    return { id: p.id, score: +v.toFixed(6) };
  });
}

/** Scores by the learned model: each pair's columns against its language pair's chance statistics (learned-combination.ts). */
function learnedScores(
  pairs: readonly TextPair[],
  feats: readonly (readonly [TextFeatures, TextFeatures])[],
  df: DocFreq,
  kinds: readonly PairKind[],
  learned: LearnedModel,
): number[] {
  const columns = (i: number, j: number) => featureColumns(allPairComponents(feats[i][0], feats[j][1], df));
  const stats = chanceMeans(pairs, (i, j) => withSquares(columns(i, j)));
  return pairs.map((_, i) => {
    const m = learned[kinds[i]];
    const s = stats[i];
    return learnedScore(columns(i, i), s ? chanceStats(s) : m.chance, m, learned.calibration, learned.trees, kinds[i]);
  });
}

/** Scores by the fixed weights (and the vectors' cosine): raw less the language pair's chance level plus the batch-wide level. */
function weightedScores(
  pairs: readonly TextPair[],
  feats: readonly (readonly [TextFeatures, TextFeatures])[],
  df: DocFreq,
  params: SimilarityParams,
  vectors: PairVectors | undefined,
): number[] {
  const sparse = (i: number, j: number) => {
    const kind = pairKind(feats[i][0], feats[j][1], isCrossLingual(pairs[i]));
    return combineComponents(pairComponents(feats[i][0], feats[j][1], df, params[kind]), params, kind);
  };
  const w = params.modelWeight;
  const score = vectors ? (i: number, j: number) => w * vectorCosine(vectors.first[i], vectors.second[j]) + (1 - w) * sparse(i, j) : sparse;
  const raw = pairs.map((_, i) => score(i, i));
  const chance = chanceMeans(pairs, (i, j) => [score(i, j)]).map((m) => m?.[0]);
  const levels = chance.filter((c): c is number => c !== undefined);
  const mean = levels.length > 0 ? levels.reduce((a, b) => a + b, 0) / levels.length : 0;
  return raw.map((v, i) => {
    const level = chance[i];
    return level === undefined ? v : Math.min(1, Math.max(0, v - level + mean));
  });
}
