/**
 * The brief's shared-text links: each reuse pair with its provenance (or a
 * link of unknown direction when none was traced) and at most 12 of its
 * passages, with their text (compare-story.ts).
 */
import type { BriefReuse } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import type { Reuse, SharedPassage } from '../../core/types.js';
import type { ProvenanceLink } from '../provenance/index.js';
import type { StoryInput, StoryMember } from './story-input.js';

/** A link for a reuse pair whose provenance was not traced. */
export function unknownLink(r: Reuse): ProvenanceLink {
  return { a: r.a, b: r.b, from: null, to: null, kind: 'shared', derived: false, evidence: 'no provenance traced', coverage: Math.max(r.coverageA, r.coverageB) };
}

/** A reuse pair as the brief shows it, with its provenance link. */
export function toBriefReuse(r: StoryInput['reuse'][number], members: readonly StoryMember[], link: ProvenanceLink): BriefReuse {
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
