/**
 * Candidate stories for an arriving article (the online clusterer, assign-article.ts): the active stories an
 * inverted index of story terms proposes, by the article's heaviest words, and the stories in other languages
 * that share its heaviest cross-language anchors. The work per article is bounded by the caps in ClusterParams.
 */
import type { ClusterParams } from './cluster-params.js';
import { isActive, type ClusterView, type StoryCore } from './cluster-store.js';
import { isLanguageKey } from './doc-terms.js';

/** Whether a story holds language counts and none for this language key: a story in other languages. */
export function otherLanguages(rec: StoryCore, langKey: string | undefined): boolean {
  if (langKey === undefined || rec.centroid[langKey] !== undefined) return false;
  for (const t of Object.keys(rec.centroid)) if (isLanguageKey(t)) return true;
  return false;
}

/** What a candidate search keeps: stories to pass over, stories to accept, the terms they must share, how many. */
interface CandidateFilter {
  readonly skip?: ReadonlySet<string>;
  readonly accept?: (rec: StoryCore) => boolean;
  readonly minShared: number;
  readonly limit: number;
}

/** Active stories sharing the query's terms, most shared first (earliest story first on a tie), as the filter says. */
function storiesSharing(view: ClusterView, query: readonly string[], p: ClusterParams, clock: number | undefined, f: CandidateFilter): StoryCore[] {
  const ord = view.docCount();
  const hits = new Map<string, number>();
  const recs = new Map<string, StoryCore>();
  for (const t of query) {
    const ids: string[] = [];
    let tooCommon = false;
    for (const sid of view.postings(t)) {
      if (f.skip?.has(sid)) continue;
      let rec = recs.get(sid);
      if (rec === undefined) {
        rec = view.story(sid);
        if (rec === undefined || !isActive(rec, clock, ord, p) || (f.accept !== undefined && !f.accept(rec))) continue;
        recs.set(sid, rec);
      }
      ids.push(sid);
      // A term in very many active stories cannot tell them apart; skipping it bounds the work per article.
      if (ids.length > p.maxPostings) {
        tooCommon = true;
        break;
      }
    }
    if (!tooCommon) for (const sid of ids) hits.set(sid, (hits.get(sid) ?? 0) + 1);
  }
  return [...hits]
    .filter(([, h]) => h >= f.minShared)
    .map(([sid, h]) => ({ rec: recs.get(sid)!, h }))
    .sort((x, y) => y.h - x.h || x.rec.seq - y.rec.seq)
    .slice(0, f.limit)
    .map((c) => c.rec);
}

/**
 * Stories in other languages that share the article's heaviest anchors, most shared first, beyond those
 * already found by its words: a report in another language shares few of its words with its story.
 */
export function anchorCandidates(view: ClusterView, query: readonly string[], p: ClusterParams, clock: number | undefined, langKey: string | undefined, found: ReadonlySet<string>): StoryCore[] {
  return storiesSharing(view, query, p, clock, { skip: found, accept: (rec) => otherLanguages(rec, langKey), minShared: p.anchorMinShared, limit: p.anchorCandidates });
}

/** Stories sharing the article's heaviest terms, most shared first, active ones only. */
export function candidateStories(view: ClusterView, query: readonly string[], p: ClusterParams, clock: number | undefined): StoryCore[] {
  return storiesSharing(view, query, p, clock, { minShared: 1, limit: p.maxCandidates });
}
