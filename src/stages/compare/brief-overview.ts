/**
 * The brief's prose: the overview (a summary of one article per lineage, each
 * sentence citing every source of the claim it states) and the agreed and
 * single-source lines drawn from the ranked claims (compare-story.ts).
 */
import type { BriefClaim, BriefOverview, SummarySentence } from '../../core/brief.js';
import { summarizeCluster, type SummaryInput } from '../summarize/index.js';
import type { RankedClaim } from './claims.js';
import type { Offload } from './compare-story.js';
import type { COMPARE_DEFAULTS, StoryInput } from './story-input.js';

/**
 * The agreed and single-source lines of the brief, from the claims: agreed
 * means two or more independent sources; a single source's lines are those
 * with a name or number no other source has (what makes them news).
 */
export function summaryOf(ranked: readonly RankedClaim[], opts: typeof COMPARE_DEFAULTS): SummarySentence[] {
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
 * member in the brief's language, English, else its longest member): what
 * independent sources report, not what the most copied text says, and a text
 * and its translation summarised in English. The 40 largest lineages at
 * most, in story order.
 */
export function overviewOf(input: StoryInput, startSummary?: Offload['summary']): () => BriefOverview {
  const byId = new Map(input.members.map((m) => [m.article.id as string, m]));
  const order = new Map(input.members.map((m, i) => [m.article.id as string, i]));
  const lineages = input.provenance?.lineages ?? input.members.map((m) => ({ articleIds: [m.article.id], origin: null }));
  const english = (id: string): number => (byId.get(id)!.analysis.language === 'en' ? 1 : 0);
  const reps = [...lineages]
    .sort((a, b) => b.articleIds.length - a.articleIds.length)
    .slice(0, 40)
    .map((l) => byId.get(l.origin ?? [...l.articleIds].sort((x, y) => english(y) - english(x) || byId.get(y)!.article.text.length - byId.get(x)!.article.text.length)[0]!)!)
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

/** What the overview's last step reads of a cited article. */
export interface OverviewArticle {
  readonly language: string;
  readonly text: string;
}

/**
 * An overview sentence taken from one source cites every source of the
 * claim it states, so the summary shows who confirms each line; and it
 * states each claim once, in English where an English source states it (the
 * brief is written in English). The summary picks one article per lineage,
 * so in a story told in several languages it may pick a claim in another
 * language, or one claim's renderings from several ("about 70,000 troops",
 * "unos 70.000 soldados"), which no word overlap tells apart: a line stating
 * a claim an English source states is shown in that source's sentence, and a
 * later line stating an earlier line's claim is dropped.
 */
export function withClaimCitations(overview: BriefOverview, claims: readonly BriefClaim[], articleOf: (id: string) => OverviewArticle | undefined = () => undefined): BriefOverview {
  type Line = BriefOverview['sentences'][number];
  const kept: Line[] = [];
  const stated = new Set<BriefClaim>();
  let changed = false;
  for (const s of overview.sentences) {
    const own = s.citations[0];
    const claim = own === undefined ? undefined : claims.find((c) => c.citations.some((x) => x.articleId === own.articleId && x.start <= own.start && own.end <= x.end));
    if (claim === undefined || claim.citations.length < 2) {
      kept.push(s);
      continue;
    }
    if (stated.has(claim)) {
      changed = true;
      continue;
    }
    stated.add(claim);
    const english = articleOf(own!.articleId)?.language === 'en' ? undefined : claim.citations.find((x) => articleOf(x.articleId)?.language === 'en');
    if (english === undefined) {
      kept.push({ ...s, citations: [...s.citations, ...claim.citations.filter((x) => x.articleId !== own!.articleId)] });
      continue;
    }
    changed = true;
    const text = articleOf(english.articleId)!.text.slice(english.start, english.end);
    kept.push({ text, citations: [english, ...claim.citations.filter((x) => x !== english)] });
  }
  return changed ? { text: kept.map((s) => s.text).join(' '), sentences: kept } : { ...overview, sentences: kept };
}
