import type { BriefArticle, BriefReuse, StoryBrief, SummarySentence } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import type { Figure } from '../../core/types.js';
import { buildTimeline } from './build-timeline.js';
import { CLAIM_DEFAULTS, claimStatementsOf, rankedClaims, type ClaimUnits, type RankedClaim } from './claims.js';
import { nameKeyOf, StoryClaimContext } from './claim-context.js';
import { candidateJobOf, pairsOf, runCandidateJob, type CandidateJob } from './candidate-pairs.js';
import type { ProvenanceLink } from '../provenance/index.js';
import type { Reuse, SharedPassage } from '../../core/types.js';
import { summarizeCluster, type SummaryInput, type SummaryOptions, type SummaryResult } from '../summarize/index.js';
import type { BriefClaim, BriefOverview } from '../../core/brief.js';
import { groupFigures } from './group-figures.js';
import type { QuoteGrouping } from './group-quotes.js';
import { runQuoteJob, type QuoteJob } from './quote-job.js';
import { mergeEntities } from './merge-entities.js';
import { COMPARE_DEFAULTS, type CompareOptions, type StoryInput, type StoryMember } from './story-input.js';
import { type Bag, bagOf, dice } from './text-sim.js';
import { alignVariants, type VariantAlignment } from './variants.js';
import { alignedNames, alignedQuotes } from './variant-counterparts.js';

/** The matching rules compare borrows from analyze, passed in so tests can vary them. */
export interface CompareRules {
  /** Two spellings name the same entity (Zelensky/Zelenskyy). */
  readonly sameEntity: (a: string, b: string) => boolean;
  /** Two figures count the same quantity (troops/soldiers); it may read only `unit`, `counted` and `isYear` (grouping asks once per distinct three). */
  readonly sameQuantity: (a: Figure, b: Figure) => boolean;
}

/**
 * What the brief takes from the members alone, before their shared text and
 * provenance are known: the pipeline computes it while another thread finds
 * the shared text. `compareStory` computes it itself when not given.
 */
export interface PreparedCompare {
  readonly members: readonly StoryMember[];
  readonly articles: readonly BriefArticle[];
  readonly entities: ReturnType<typeof mergeEntities>;
  /** Quotes by speaker and remark, asked for when the brief is assembled (it may be under way on another thread). */
  readonly quoteGrouping: () => QuoteGrouping;
  /** The claim statements and their candidate pairs (which may be under way on another thread). */
  readonly claimUnits: () => ClaimUnits;
  readonly title: string;
  readonly offload: Offload;
  /** The members as variants of representatives, their sentences aligned (variants.ts). */
  readonly variants: VariantAlignment;
}

/**
 * Steps the caller may run elsewhere (another thread): each starts a job and
 * returns the function that gives its result. Unset, a step runs here when
 * its result is needed. `quotes` must apply the rules' `sameEntity`.
 */
export interface Offload {
  readonly quotes?: (job: QuoteJob) => () => QuoteGrouping;
  /** `summarizeCluster(input, options)`. */
  readonly summary?: (input: SummaryInput, options: Partial<SummaryOptions>) => () => SummaryResult;
  /** `runCandidateJob(job)`: the claim statements' candidate pairs. */
  readonly candidates?: (job: CandidateJob) => () => Int32Array;
}

/**
 * The provenance-free part of `compareStory`; `offload` runs some steps
 * elsewhere (the quote grouping now, the overview summary in `compareStory`).
 * @example compareStory(input, rules, COMPARE_DEFAULTS, prepareCompare(input.members, rules))
 */
export function prepareCompare(members: readonly StoryMember[], rules: CompareRules, opts: CompareOptions = COMPARE_DEFAULTS, offload: Offload = {}): PreparedCompare {
  const startQuotes = offload.quotes ?? ((job: QuoteJob) => () => runQuoteJob(job, rules.sameEntity));
  const analyses = members.map((m) => m.analysis);
  // Variants of one text (copies, edited copies) are compared through their representative: variants.ts.
  const variants = alignVariants(analyses);
  const entities = mergeEntities(
    analyses.map((a) => [a.articleId, a.entities] as const),
    rules.sameEntity,
    undefined,
    alignedNames(analyses, variants),
  );
  const articles = members.map(toBriefArticle);
  const units = claimStatementsOf(analyses, nameKeyOf(entities), variants);
  const job = candidateJobOf(units, CLAIM_DEFAULTS.candidatesPerUnit);
  // The candidate pairs first: the claims need them before the brief needs its quotes.
  const pairs = offload.candidates?.(job) ?? (() => runCandidateJob(job));
  const quotes = startQuotes({
    perArticle: analyses.map((a) => [a.articleId, a.quotes] as const),
    opts,
    preferredNames: entities.filter((e) => e.type !== 'place').map((e) => e.name),
    languages: analyses.map((a) => [a.articleId, a.language] as const),
    twins: alignedQuotes(analyses, variants),
  });
  let grouping: QuoteGrouping | undefined;
  let claimUnits: ClaimUnits | undefined;
  return {
    members,
    articles,
    entities,
    quoteGrouping: () => (grouping ??= quotes()),
    claimUnits: () => (claimUnits ??= { units, pairs: pairsOf(pairs()) }),
    title: pickTitle(members),
    offload,
    variants,
  };
}

/**
 * Builds the brief of one story: its articles, what the sources agree on, the
 * figures side by side, who said what, what one source alone reports, the
 * timeline, shared text and entities. Pure: the pipeline loads the inputs.
 * `prepared` (from `prepareCompare` on the same members) is used as computed.
 * @example compareStory({ id, members, reuse }, rules).figures[0].values
 */
export function compareStory(input: StoryInput, rules: CompareRules, opts: CompareOptions = COMPARE_DEFAULTS, prepared?: PreparedCompare): StoryBrief {
  const members = input.members;
  const pre = prepared !== undefined && prepared.members === members ? prepared : prepareCompare(members, rules, opts);
  const { articles, entities } = pre;
  // Started first: the overview may be summarised on another thread while the claims are found here.
  const overview = overviewOf(input, pre.offload.summary);
  const analyses = members.map((m) => m.analysis);
  const known = articles.map((a) => a.published ?? a.publishedInferred).filter((d): d is string => d !== undefined).map((d) => d.slice(0, 10)).sort();
  const ctx = new StoryClaimContext(input, entities);
  const languageOf = new Map(analyses.map((a) => [a.articleId as string, a.language]));
  const figures = groupFigures(
    analyses.map((a) => ({ articleId: a.articleId, figures: a.figures, sentences: a.sentences })),
    rules.sameQuantity,
    // Own properties: the figure grouping passes them on as plain functions.
    { lineageOf: (id) => ctx.lineageOf(id), dayOf: (id) => ctx.dayOf(id), languageOf: (id) => languageOf.get(id) ?? '' },
    pre.variants,
  );
  ctx.useFigures(figures);
  // The candidate pairs may have been found on another thread meanwhile.
  const ranked = rankedClaims(analyses, ctx, CLAIM_DEFAULTS, pre.claimUnits());
  const claims = ranked.map((r) => r.claim);
  const links = input.provenance?.links ?? input.reuse.map((r) => unknownLink(r));
  const linkOf = new Map(links.map((l) => [`${l.a}|${l.b}`, l]));
  const shownReuse = input.reuse.filter((r) => linkOf.has(`${r.a}|${r.b}`));
  // Last: the quote grouping may be under way on another thread.
  const { quotes, speakers } = pre.quoteGrouping();
  const brief: StoryBrief = {
    id: input.id,
    title: pre.title,
    overview: withClaimCitations(overview(), claims),
    articles,
    summary: summaryOf(ranked, opts),
    figures,
    quotes,
    speakers,
    reuse: shownReuse.map((r) => toBriefReuse(r, members, linkOf.get(`${r.a}|${r.b}`)!)),
    lineages: (input.provenance?.lineages ?? members.map((m, i) => ({ id: `l${i + 1}`, articleIds: [m.article.id], origin: null }))).map((l) => ({
      id: l.id,
      articleIds: l.articleIds,
      origin: l.origin,
    })),
    claims,
    timeline: buildTimeline(
      members.map((m) => ({
        articleId: m.analysis.articleId,
        dates: m.analysis.dates,
        sentences: m.analysis.sentences,
        ...(m.captionDates ? { captionDates: m.captionDates } : {}),
      })),
    ),
    entities,
  };
  return known.length > 0 ? { ...brief, dateRange: { from: known[0]!, to: known[known.length - 1]! } } : brief;
}

/**
 * The agreed and single-source lines of the brief, from the claims: agreed
 * means two or more independent sources; a single source's lines are those
 * with a name or number no other source has (what makes them news).
 */
function summaryOf(ranked: readonly RankedClaim[], opts: typeof COMPARE_DEFAULTS): SummarySentence[] {
  const agreed = ranked.filter((r) => r.claim.status === 'agreed' && r.claim.speaker === undefined).slice(0, opts.maxAgreed);
  const singles = ranked
    .filter((r) => r.claim.status === 'single-source' && r.novelty > 0)
    .sort((a, b) => b.novelty - a.novelty || a.first - b.first)
    .slice(0, opts.maxSingle)
    .sort((a, b) => a.first - b.first);
  return [
    ...agreed.map((r): SummarySentence => ({ text: r.claim.text, kind: 'agreed', citations: r.claim.citations })),
    ...singles.map((r): SummarySentence => ({ text: r.claim.text, kind: 'single', citations: r.claim.citations })),
  ];
}

/**
 * The overview summarises one article per lineage (its origin, else its
 * longest member): what independent sources report, not what the most
 * copied text says. The 40 largest lineages at most, in story order.
 */
function overviewOf(input: StoryInput, startSummary?: Offload['summary']): () => BriefOverview {
  const byId = new Map(input.members.map((m) => [m.article.id as string, m]));
  const order = new Map(input.members.map((m, i) => [m.article.id as string, i]));
  const lineages = input.provenance?.lineages ?? input.members.map((m) => ({ articleIds: [m.article.id], origin: null }));
  const reps = [...lineages]
    .sort((a, b) => b.articleIds.length - a.articleIds.length)
    .slice(0, 40)
    .map((l) => byId.get(l.origin ?? [...l.articleIds].sort((x, y) => byId.get(y)!.article.text.length - byId.get(x)!.article.text.length)[0]!)!)
    .sort((a, b) => order.get(a.article.id)! - order.get(b.article.id)!);
  const summaryInput: SummaryInput = { articles: reps.map((m) => ({ title: m.article.title, text: m.article.text, sentences: m.analysis.sentences })) };
  const options = { maxWords: 75 };
  const summary = startSummary ? startSummary(summaryInput, options) : () => summarizeCluster(summaryInput, options);
  return () => {
    const result = summary();
    const sentences = result.sentences.map((s) => ({
      text: s.text,
      citations: s.citations.filter((c) => c.field !== 'title').map((c) => ({ articleId: reps[c.article]!.article.id, start: c.start, end: c.end })),
    }));
    return { text: result.summary, sentences };
  };
}

/**
 * An overview sentence taken from one source cites every source of the
 * claim it states, so the summary shows who confirms each line.
 */
function withClaimCitations(overview: BriefOverview, claims: readonly BriefClaim[]): BriefOverview {
  const sentences = overview.sentences.map((s) => {
    const own = s.citations[0];
    if (own === undefined) return s;
    const claim = claims.find((c) => c.citations.some((x) => x.articleId === own.articleId && x.start <= own.start && own.end <= x.end));
    if (claim === undefined || claim.citations.length < 2) return s;
    const others = claim.citations.filter((x) => x.articleId !== own.articleId);
    return { ...s, citations: [...s.citations, ...others] };
  });
  return { ...overview, sentences };
}

function unknownLink(r: Reuse): ProvenanceLink {
  return { a: r.a, b: r.b, from: null, to: null, kind: 'shared', derived: false, evidence: 'no provenance traced', coverage: Math.max(r.coverageA, r.coverageB) };
}

function toBriefArticle(m: StoryMember, index: number): BriefArticle {
  const { article, analysis } = m;
  const meta = article.meta;
  return {
    id: article.id,
    ref: index + 1,
    ...(meta.path !== undefined ? { path: meta.path } : {}),
    ...(meta.url !== undefined ? { url: meta.url } : {}),
    ...(meta.source !== undefined ? { source: meta.source } : {}),
    title: article.title,
    ...(meta.published !== undefined ? { published: meta.published } : {}),
    ...(meta.published !== undefined && meta.publishedFrom !== 'none' ? { publishedFrom: meta.publishedFrom } : {}),
    ...(meta.published === undefined && m.publishedInferred !== undefined ? { publishedInferred: m.publishedInferred } : {}),
    language: analysis.language,
    machineTranslated: meta.machineTranslated,
    text: article.text,
    chars: article.text.length,
    words: wordCount(article.text),
    captions: meta.captions,
    credits: meta.credits,
    headings: meta.headings,
  };
}

/**
 * Runs of non-white-space characters: `text.split(/\s+/).filter(Boolean).length`
 * without the array of every word (20 MB for a 200-article story). The set
 * is the regular expression's `\s`.
 */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The title closest to all the others: the story's most typical headline. */
function pickTitle(members: readonly StoryMember[]): string {
  if (members.length === 0) return '';
  // Against an evenly spread sample of 60 articles at most: the most typical
  // headline of a 1,000-article story does not need a million comparisons.
  const step = Math.max(1, Math.ceil(members.length / 60));
  // The sample's numbers and bags as two arrays, in sample order (an iterator result per entry and member was garbage).
  const sample: number[] = [];
  const bags: Bag[] = [];
  for (let j = 0; j < members.length; j += step) {
    sample.push(j);
    bags.push(bagOf(`${members[j]!.article.title} ${members[j]!.article.text.slice(0, 600)}`));
  }
  let best = 0;
  let bestScore = -1;
  // A loop, not a callback: a closure made per call loses its optimised code at every full GC.
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    const title = bagOf(m.article.title);
    let s = 0;
    for (let k = 0; k < sample.length; k++) if (i !== sample[k]) s += dice(title, bags[k]!);
    // Machine translations make clumsy headlines, and a title cut from the
    // first sentence is no headline at all: prefer a real, original one.
    if (m.article.meta.machineTranslated) s *= 0.9;
    if (isDerivedTitle(m.article.title, m.article.text)) s *= 0.5;
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  return members[best]!.article.title;
}

function isDerivedTitle(title: string, text: string): boolean {
  const stem = title.replace(/[…\s.]+$/u, '');
  return stem.length > 0 && text.startsWith(stem);
}

function toBriefReuse(r: StoryInput['reuse'][number], members: readonly StoryMember[], link: ProvenanceLink): BriefReuse {
  const ta = textOf(members, r.a);
  const tb = textOf(members, r.b);
  // A loop and module-level functions, not callbacks made per call (they lose their optimised code at every full GC).
  const passages: BriefReuse['passages'][number][] = [];
  for (const p of r.passages.slice(0, 12)) passages.push(briefPassage(p, r.a, r.b, ta, tb));
  return {
    a: r.a,
    b: r.b,
    from: link.from,
    to: link.to,
    kind: link.kind,
    evidence: link.evidence,
    coverageA: r.coverageA,
    coverageB: r.coverageB,
    // At most 12 passages a link (in text order): enough to see what was
    // taken; a copy of a long article would otherwise repeat it whole.
    passages,
  };
}

function briefPassage(p: SharedPassage, a: ArticleId, b: ArticleId, ta: string, tb: string): BriefReuse['passages'][number] {
  return {
    kind: p.kind,
    score: p.score,
    a: { articleId: a, start: p.a.start, end: p.a.end, text: ta.slice(p.a.start, p.a.end) },
    b: { articleId: b, start: p.b.start, end: p.b.end, text: tb.slice(p.b.start, p.b.end) },
  };
}

/** The text of the first member with this id ('' when none is). */
function textOf(members: readonly StoryMember[], id: ArticleId): string {
  for (const m of members) if (m.article.id === id) return m.article.text;
  return '';
}
