/**
 * The summary of a story: about 70 words saying what its sources report, each
 * sentence cited to the article words it repeats. Extractive by design — every
 * word is an outlet's own, so each sentence can be checked against its source —
 * with deletions only (see compress.ts). Pure: articles in, summary out.
 */
import { DEFAULT_WEIGHTS, selectUnits, type SelectWeights, type TermStats } from './select.js';
import { contentTermsOf, countWords, unitsOf, type Unit } from './units.js';
import { DEFAULT_SUMMARY_OPTIONS, type SummaryCitation, type SummaryInput, type SummaryOptions, type SummaryResult, type SummarySentence } from './types.js';

function statsOf(input: SummaryInput): { stats: TermStats; articleTerms: Set<string>[] } {
  const df = new Map<string, number>();
  const inTitle = new Set<string>();
  const articleTerms = input.articles.map((a) => {
    const title = contentTermsOf(a.title);
    for (const t of title) inTitle.add(t);
    const terms = new Set([...title, ...contentTermsOf(a.text)]);
    for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
    return terms;
  });
  return { stats: { df, inTitle }, articleTerms };
}

const WORD_END = /[\p{L}\p{N}\p{M}_]+/gu;

/**
 * A unit cut to at most `maxWords` words, at the last clause boundary (comma,
 * semicolon, dash) past half the budget when there is one, else at a word; the
 * cut is marked with "…". Only used when not even one sentence fits.
 */
function truncate(unit: Unit, input: SummaryInput, maxWords: number): SummarySentence {
  const cites: SummaryCitation[] = [];
  let words = 0;
  let clauseCut: { i: number; end: number } | null = null;
  for (const c of unit.citations) {
    const a = input.articles[c.article];
    const src = c.field === 'title' ? a.title : a.text;
    const piece = src.slice(c.start, c.end);
    let end = c.end;
    let full = true;
    for (const m of piece.matchAll(WORD_END)) {
      words++;
      const wEnd = c.start + (m.index ?? 0) + m[0].length;
      if (words > maxWords) {
        full = false;
        break;
      }
      end = wEnd;
      if (words >= maxWords / 2 && /^\s*[,;:—–]/u.test(src.slice(wEnd, c.end))) clauseCut = { i: cites.length, end: wEnd };
    }
    cites.push({ ...c, end });
    if (!full) break;
  }
  const kept = clauseCut === null ? cites : [...cites.slice(0, clauseCut.i), { ...cites[clauseCut.i], end: clauseCut.end }];
  const text = kept.map((c) => {
    const a = input.articles[c.article];
    return (c.field === 'title' ? a.title : a.text).slice(c.start, c.end).replace(/\s+/gu, ' ');
  }).join(' ');
  return { text: `${text} …`, citations: kept };
}

/**
 * Summarises one cluster. Never empty when any article has words: a cluster
 * of one-sentence leads (or titles only) still gets a summary.
 * @example summarizeCluster({ articles: [{ title: 'Storm hits coast', text: 'A storm hit the coast on Monday.' }] }).summary
 * // 'A storm hit the coast on Monday.'
 */
export function summarizeCluster(input: SummaryInput, options: Partial<SummaryOptions> = {}, weights: SelectWeights = DEFAULT_WEIGHTS): SummaryResult {
  const opts = { ...DEFAULT_SUMMARY_OPTIONS, ...options };
  const units = input.articles.flatMap((a, i) => unitsOf(a, i, opts.compress));
  if (units.length === 0) return { summary: '', sentences: [] };
  const { stats, articleTerms } = statsOf(input);
  let picked = selectUnits(units, stats, articleTerms, opts.maxWords, weights);
  let sentences: SummarySentence[];
  if (picked.length === 0) {
    // Not one sentence fits the budget: the best one, cut.
    const best = selectUnits(units, stats, articleTerms, Number.POSITIVE_INFINITY, weights)[0] ?? units[0];
    sentences = [truncate(best, input, opts.maxWords)];
  } else {
    picked = orderForReading(picked);
    sentences = picked.map((u) => ({ text: u.text, citations: u.citations }));
  }
  return { summary: sentences.map((s) => s.text).join(' '), sentences };
}

/** Reading order: the first pick (the best-supported sentence) leads; the rest follow it. */
function orderForReading(units: readonly Unit[]): Unit[] {
  return [...units];
}

export { countWords };
