import type { BriefArticle, BriefReuse, StoryBrief } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import type { Figure } from '../../core/types.js';
import { buildTimeline } from './build-timeline.js';
import { findAgreement } from './find-agreement.js';
import { groupFigures } from './group-figures.js';
import { groupQuotes } from './group-quotes.js';
import { mergeEntities } from './merge-entities.js';
import { COMPARE_DEFAULTS, type CompareOptions, type StoryInput, type StoryMember } from './story-input.js';
import { bagOf, dice } from './text-sim.js';

/** The matching rules compare borrows from analyze, passed in so tests can vary them. */
export interface CompareRules {
  /** Two spellings name the same entity (Zelensky/Zelenskyy). */
  readonly sameEntity: (a: string, b: string) => boolean;
  /** Two figures count the same quantity (troops/soldiers). */
  readonly sameQuantity: (a: Figure, b: Figure) => boolean;
}

/**
 * Builds the brief of one story: its articles, what the sources agree on, the
 * figures side by side, who said what, what one source alone reports, the
 * timeline, shared text and entities. Pure: the pipeline loads the inputs.
 * @example compareStory({ id, members, reuse }, rules).figures[0].values
 */
export function compareStory(input: StoryInput, rules: CompareRules, opts: CompareOptions = COMPARE_DEFAULTS): StoryBrief {
  const members = input.members;
  const articles = members.map(toBriefArticle);
  const analyses = members.map((m) => m.analysis);
  const entities = mergeEntities(
    analyses.map((a) => [a.articleId, a.entities] as const),
    rules.sameEntity,
  );
  const { quotes, speakers } = groupQuotes(
    analyses.map((a) => [a.articleId, a.quotes] as const),
    rules.sameEntity,
    opts,
    entities.filter((e) => e.type !== 'place').map((e) => e.name),
  );
  const known = articles.map((a) => a.published ?? a.publishedInferred).filter((d): d is string => d !== undefined).map((d) => d.slice(0, 10)).sort();
  const brief: StoryBrief = {
    id: input.id,
    title: pickTitle(members),
    articles,
    summary: findAgreement(analyses, opts),
    figures: groupFigures(
      analyses.map((a) => [a.articleId, a.figures] as const),
      rules.sameQuantity,
    ),
    quotes,
    speakers,
    reuse: input.reuse.map((r) => toBriefReuse(r, members)),
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
    words: article.text.split(/\s+/).filter(Boolean).length,
    captions: meta.captions,
    credits: meta.credits,
    headings: meta.headings,
  };
}

/** The title closest to all the others: the story's most typical headline. */
function pickTitle(members: readonly StoryMember[]): string {
  if (members.length === 0) return '';
  const bags = members.map((m) => bagOf(`${m.article.title} ${m.article.text.slice(0, 600)}`));
  const titleBags = members.map((m) => bagOf(m.article.title));
  let best = 0;
  let bestScore = -1;
  members.forEach((m, i) => {
    let s = 0;
    bags.forEach((b, j) => {
      if (i !== j) s += dice(titleBags[i]!, b);
    });
    // Machine translations make clumsy headlines, and a title cut from the
    // first sentence is no headline at all: prefer a real, original one.
    if (m.article.meta.machineTranslated) s *= 0.9;
    if (isDerivedTitle(m.article.title, m.article.text)) s *= 0.5;
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  });
  return members[best]!.article.title;
}

function isDerivedTitle(title: string, text: string): boolean {
  const stem = title.replace(/[…\s.]+$/u, '');
  return stem.length > 0 && text.startsWith(stem);
}

function toBriefReuse(r: StoryInput['reuse'][number], members: readonly StoryMember[]): BriefReuse {
  const textOf = (id: ArticleId): string => members.find((m) => m.article.id === id)?.article.text ?? '';
  const ta = textOf(r.a);
  const tb = textOf(r.b);
  return {
    a: r.a,
    b: r.b,
    coverageA: r.coverageA,
    coverageB: r.coverageB,
    passages: r.passages.map((p) => ({
      kind: p.kind,
      score: p.score,
      a: { articleId: r.a, start: p.a.start, end: p.a.end, text: ta.slice(p.a.start, p.a.end) },
      b: { articleId: r.b, start: p.b.start, end: p.b.end, text: tb.slice(p.b.start, p.b.end) },
    })),
  };
}
