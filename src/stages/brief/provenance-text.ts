/**
 * Provenance in words, shared by the Markdown and HTML briefs: "[2] is a
 * machine translation of [1]", "[5] republishes [3]". One phrasing, so the two
 * formats never tell a reader different things.
 */
import type { BriefArticle, BriefReuse, StoryBrief } from '../../core/brief.js';
import { formatPercent } from './format.js';

/** A sentence with `{a}`/`{b}` (or `{from}`/`{to}`) standing for article refs, filled by the renderer. */
export interface ProvenancePhrase {
  /** Refs in the order they appear in `parts`. */
  readonly parts: readonly (string | BriefArticle)[];
}

/** Only links that make one article derive from another, or two from one text, are provenance. */
export function isDerivation(r: BriefReuse): boolean {
  return r.kind !== 'shared';
}

/**
 * The phrase for one link, as text parts and articles (rendered as refs).
 * @example describeLink(link, brief).parts // [art2, ' is a machine translation of ', art1]
 */
export function describeLink(r: BriefReuse, brief: StoryBrief): ProvenancePhrase {
  const art = (id: string | null): BriefArticle | undefined => (id === null ? undefined : brief.articles.find((a) => a.id === id));
  const from = art(r.from);
  const to = art(r.to);
  const a = art(r.a)!;
  const b = art(r.b)!;
  const share = ` (shares ${formatPercent(Math.max(r.coverageA, r.coverageB))} of its text; ${r.evidence})`;
  if (from && to) {
    switch (r.kind) {
      case 'translation':
        return { parts: [to, to.machineTranslated || r.evidence === 'machine-translation note' ? ' is a machine translation of ' : ' is a translation of ', from, share] };
      case 'verbatim':
        return { parts: [to, ' republishes ', from, ' word for word', share] };
      case 'edited':
        return { parts: [to, ' republishes ', from, ', edited', share] };
      case 'common-source':
        return { parts: [a, ' and ', b, ' carry one wire story', share] };
      default:
        return { parts: [to, ' reuses passages of ', from, share] };
    }
  }
  switch (r.kind) {
    case 'translation':
      return { parts: [a, ' and ', b, ' are renderings of one text in two languages or translations', share] };
    case 'verbatim':
      return { parts: [a, ' and ', b, ' carry the same text; which came first is not known', share] };
    case 'edited':
      return { parts: [a, ' and ', b, ' are versions of one text; which came first is not known', share] };
    case 'common-source':
      return { parts: [a, ' and ', b, ' both carry one wire story', share] };
    default:
      return { parts: [a, ' and ', b, ' share a few passages', share] };
  }
}

/** "confirmed by 3 independent sources (5 articles)". */
export function confirmation(independent: number, articles: number): string {
  const src = `${independent} independent source${independent === 1 ? '' : 's'}`;
  return articles > independent ? `${src} (${articles} articles)` : src;
}
