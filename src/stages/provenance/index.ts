/**
 * Provenance: who copied or translated whom within a story, and which
 * articles derive from one source text (lineages). Pure: the pipeline finds
 * the shared text (dedupe) and passes it in.
 */
import type { Reuse } from '../../core/types.js';
import { DIRECTION_DEFAULTS, linkOf, type DirectionParams, type ProvenanceDoc, type ProvenanceLink } from './direction.js';
import { buildProvenance, type Provenance } from './lineages.js';

export { embeddedPosts, findCredits, type Credit } from './credits.js';
export { provenanceCandidates, PROVENANCE_CANDIDATE_DEFAULTS } from './candidates.js';
export type { ProvenanceDoc, ProvenanceLink, ReuseKind } from './direction.js';
export type { Lineage, Provenance } from './lineages.js';

/**
 * Links every reuse pair (direction, kind) and groups the story's articles
 * into lineages. `docs` are in story order.
 * @example traceProvenance(docs, reuse).lineages.map((l) => l.origin)
 */
export function traceProvenance(docs: readonly ProvenanceDoc[], reuse: readonly Reuse[], params: DirectionParams = DIRECTION_DEFAULTS): Provenance & { readonly allLinks: readonly ProvenanceLink[] } {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const allLinks: ProvenanceLink[] = [];
  for (const r of reuse) {
    const x = byId.get(r.a);
    const y = byId.get(r.b);
    if (x && y) allLinks.push(linkOf(r, x, y, params));
  }
  return { ...buildProvenance(docs.map((d) => d.id), allLinks), allLinks };
}
