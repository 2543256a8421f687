/**
 * The compare stage's entry: a story's members in, its brief out. The
 * members-only part (`prepareCompare`) and the assembly (`compareStory`) are
 * here; the brief's prose is in brief-overview.ts, its article records and
 * title in brief-articles.ts, its shared-text links in brief-reuse.ts.
 */
import type { ArticleId } from '../../core/ids.js';
import type { StoryBrief } from '../../core/brief.js';
import type { Figure } from '../../core/types.js';
import { buildTimeline } from './build-timeline.js';
import { CLAIM_DEFAULTS, claimStatementsOf, rankedClaims, type ClaimUnits } from './claims.js';
import { nameKeyOf, StoryClaimContext } from './claim-context.js';
import { candidateJobOf, pairsOf, runCandidateJob, type CandidateJob } from './candidate-pairs.js';
import { pairDiceJobOf, type PairDiceJob } from './pair-dice.js';
import type { SummaryInput, SummaryOptions, SummaryResult } from '../summarize/index.js';
import type { BriefArticle } from '../../core/brief.js';
import { figureItems, groupFigures, type FigureItems, type FigureSource } from './group-figures.js';
import type { QuoteGrouping } from './group-quotes.js';
import { runQuoteJob, type QuoteJob } from './quote-job.js';
import { joinTranslatedRemarks } from './quote-translations.js';
import { mergeEntities } from './merge-entities.js';
import { COMPARE_DEFAULTS, type CompareOptions, type StoryInput, type StoryMember } from './story-input.js';
import { alignVariants, type VariantAlignment } from './variants.js';
import type { TranslatedText } from './figure-translations.js';
import { alignedNames, alignedQuotes } from './variant-counterparts.js';
import { overviewOf, summaryOf, withClaimCitations } from './brief-overview.js';
import { outletsAsOrganisations } from './outlet-entities.js';
import { foldContainedNames } from './contained-names.js';
import { pickTitle, toBriefArticle } from './brief-articles.js';
import { toBriefReuse, unknownLink } from './brief-reuse.js';

export { wordCount } from './brief-articles.js';

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
  /** The claim statements and their candidate pairs (which may be under way on another thread), with the pairs' Dice when `startPairDice` started them. */
  readonly claimUnits: () => ClaimUnits;
  /** Starts the candidate pairs' Dice elsewhere when the offload can (`pairDice`); nothing otherwise (the claims compute them). */
  readonly startPairDice: () => void;
  readonly title: string;
  readonly offload: Offload;
  /** The members as variants of representatives, their sentences aligned (variants.ts). */
  readonly variants: VariantAlignment;
  /** The figures' items (they read only the members' days and languages), for `groupFigures`. */
  readonly figureItems: FigureItems;
}

/**
 * Steps the caller may run elsewhere (another thread): each starts a job and
 * returns the function that gives its result. Unset, a step runs here when
 * its result is needed. `quotes` must apply the rules' `sameEntity`.
 */
export interface Offload {
  /** The members' variant alignment (`alignVariants` of their analyses), started by the caller before the rest of the brief (it may be under way on another thread). */
  readonly variants?: () => VariantAlignment;
  readonly quotes?: (job: QuoteJob) => () => QuoteGrouping;
  /** `summarizeCluster(input, options)`. */
  readonly summary?: (input: SummaryInput, options: Partial<SummaryOptions>) => () => SummaryResult;
  /** `runCandidateJob(job)`: the claim statements' candidate pairs. */
  readonly candidates?: (job: CandidateJob) => () => Int32Array;
  /** `runPairDice(job)`: the Dice of the claim statements' candidate pairs. */
  readonly pairDice?: (job: PairDiceJob) => () => Float64Array;
}

/**
 * The provenance-free part of `compareStory`; `offload` runs some steps
 * elsewhere (the quote grouping now, the overview summary in `compareStory`).
 * @example compareStory(input, rules, COMPARE_DEFAULTS, prepareCompare(input.members, rules))
 */
export function prepareCompare(members: readonly StoryMember[], rules: CompareRules, opts: CompareOptions = COMPARE_DEFAULTS, offload: Offload = {}): PreparedCompare {
  const startQuotes = offload.quotes ?? ((job: QuoteJob) => () => runQuoteJob(job, rules.sameEntity));
  const analyses = members.map((m) => m.analysis);
  // Before the variants, which may be under way on another thread: the steps that do not need them.
  const articles = members.map(toBriefArticle);
  const title = pickTitle(members);
  // Variants of one text (copies, edited copies) are compared through their representative: variants.ts.
  const variants = offload.variants?.() ?? alignVariants(analyses);
  const entities = outletsAsOrganisations(
    foldContainedNames(mergeEntities(analyses.map((a) => [a.articleId, a.entities] as const), rules.sameEntity, undefined, alignedNames(analyses, variants), languageOfArticles(analyses))),
    members.flatMap((m) => (m.article.meta.source !== undefined ? [m.article.meta.source] : [])),
  );
  // The quote grouping needs only the quotes, names and variants: posted before the claim statements are made, it
  // runs on the helper while this thread makes them (posted after them, this thread took it over while the helper waited).
  const quotes = startQuotes({
    perArticle: analyses.map((a) => [a.articleId, a.quotes] as const),
    opts,
    preferredNames: entities.filter((e) => e.type !== 'place').map((e) => e.name),
    languages: analyses.map((a) => [a.articleId, a.language] as const),
    twins: alignedQuotes(analyses, variants),
  });
  const units = claimStatementsOf(analyses, nameKeyOf(entities), variants);
  const job = candidateJobOf(units, CLAIM_DEFAULTS.candidatesPerUnit);
  const startedPairs = offload.candidates?.(job) ?? (() => runCandidateJob(job));
  // Asked for twice (the Dice job, the claims): an offloaded result can be read once.
  let flat: Int32Array | undefined;
  const pairs = (): Int32Array => (flat ??= startedPairs());
  // The figures' items need no lineage: built here, while the shared text is found (another thread,
  // which this thread helps when done), not after it when this thread alone groups the figures and claims.
  const days = new Map<string, string | undefined>();
  for (const m of members) days.set(m.article.id, (m.article.meta.published ?? m.publishedInferred)?.slice(0, 10));
  const languages = new Map(analyses.map((a) => [a.articleId as string, a.language]));
  const items = figureItems(figureSources(analyses), rules.sameQuantity, { dayOf: (id) => days.get(id), languageOf: (id) => languages.get(id) ?? '' }, variants);
  let grouping: QuoteGrouping | undefined;
  let claimUnits: ClaimUnits | undefined;
  let sims: (() => Float64Array) | undefined;
  return {
    members,
    articles,
    entities,
    quoteGrouping: () => (grouping ??= quotes()),
    claimUnits: () => (claimUnits ??= { units, pairs: pairsOf(pairs()), ...(sims !== undefined ? { sims: sims() } : {}) }),
    startPairDice: () => {
      if (offload.pairDice !== undefined && sims === undefined && claimUnits === undefined) sims = offload.pairDice(pairDiceJobOf(units, job, pairs()));
    },
    title,
    offload,
    variants,
    figureItems: items,
  };
}

/** The story's translation records, sentence by sentence (their paraphrase passages are the aligned sentences). */
function translationsOf(input: StoryInput): TranslatedText[] {
  const translated = new Set<string>();
  for (const l of input.provenance?.links ?? []) if (l.kind === 'translation') translated.add(`${l.a}|${l.b}`);
  const out: TranslatedText[] = [];
  if (translated.size === 0) return out;
  for (const r of input.reuse) if (translated.has(`${r.a}|${r.b}`)) out.push({ a: r.a, b: r.b, pairs: r.passages.map((p) => ({ a: p.a, b: p.b })) });
  return out;
}

/** Each article's language ('' when unknown), for joining a person's names across languages (merge-entities.ts). */
function languageOfArticles(analyses: readonly StoryMember['analysis'][]): (id: ArticleId) => string {
  const byId = new Map<ArticleId, string>();
  for (const a of analyses) byId.set(a.articleId, a.language ?? '');
  return (id) => byId.get(id) ?? '';
}

function figureSources(analyses: readonly StoryMember['analysis'][]): FigureSource[] {
  const out: FigureSource[] = [];
  for (const a of analyses) out.push({ articleId: a.articleId, figures: a.figures, sentences: a.sentences });
  return out;
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
  // Started first, the claims' pair Dice before the overview summary: both may run on another thread
  // (idle after provenance otherwise) while the figures are grouped here, and the claims come first.
  pre.startPairDice();
  const overview = overviewOf(input, pre.offload.summary);
  const analyses = members.map((m) => m.analysis);
  const known = articles.map((a) => a.published ?? a.publishedInferred).filter((d): d is string => d !== undefined).map((d) => d.slice(0, 10)).sort();
  const ctx = new StoryClaimContext(input, entities);
  const languageOf = new Map(analyses.map((a) => [a.articleId as string, a.language]));
  const translations = translationsOf(input);
  // A translation's quotes join their original's remarks once provenance has aligned the two texts (quote-translations.ts).
  let grouping: QuoteGrouping | undefined;
  const quoteGrouping = (): QuoteGrouping => (grouping ??= joinTranslatedRemarks(pre.quoteGrouping(), translations, (id) => languageOf.get(id) ?? ''));
  const figures = groupFigures(
    figureSources(analyses),
    rules.sameQuantity,
    // Own properties: the figure grouping passes them on as plain functions.
    { lineageOf: (id) => ctx.lineageOf(id), dayOf: (id) => ctx.dayOf(id), languageOf: (id) => languageOf.get(id) ?? '', translations },
    pre.variants,
    pre.figureItems,
  );
  ctx.useFigures(figures);
  // In several languages a remark and its renderings are one claim, so the quotes are grouped first there; a story in
  // one language keeps the quote grouping last (it may be under way on another thread).
  if (new Set(languageOf.values()).size > 1) ctx.useRemarks(quoteGrouping().quotes);
  // The candidate pairs may have been found on another thread meanwhile.
  const ranked = rankedClaims(analyses, ctx, CLAIM_DEFAULTS, pre.claimUnits());
  const claims = ranked.map((r) => r.claim);
  const links = input.provenance?.links ?? input.reuse.map((r) => unknownLink(r));
  const linkOf = new Map(links.map((l) => [`${l.a}|${l.b}`, l]));
  const shownReuse = input.reuse.filter((r) => linkOf.has(`${r.a}|${r.b}`));
  // Last: the quote grouping may be under way on another thread.
  const { quotes, speakers } = quoteGrouping();
  const overviewArticles = new Map(members.map((m) => [m.article.id as string, { language: m.analysis.language, text: m.article.text }]));
  const brief: StoryBrief = {
    id: input.id,
    title: pre.title,
    overview: withClaimCitations(overview(), claims, (id) => overviewArticles.get(id)),
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
