/**
 * Provenance: who copied or translated whom within a story, and which
 * articles derive from one source text (lineages). Pure: the pipeline finds
 * the shared text (dedupe) and passes it in; translations between languages,
 * which share no words, are found here by their aligned anchors.
 * `storyReuse` finds a story's shared text from its texts alone.
 */
import type { Reuse } from '../../core/types.js';
import { DIRECTION_DEFAULTS, linkOf, type DirectionParams, type ProvenanceDoc, type ProvenanceLink } from './direction.js';
import { buildProvenance, type Provenance } from './lineages.js';
import { findTranslations } from './find-translations.js';

export { embeddedPosts, findCredits, type Credit } from './credits.js';
export { provenanceCandidates, PROVENANCE_CANDIDATE_DEFAULTS } from './candidates.js';
export { storyReuse, type ReuseText } from './story-reuse.js';
export { anchoredSentences, type AnchoredSentence } from './anchors.js';
export { alignTranslation, isTranslation, translationReuse, TRANSLATION_DEFAULTS, type TranslationParams } from './translation.js';
export type { ProvenanceDoc, ProvenanceLink, ReuseKind } from './direction.js';
export type { Lineage, Provenance } from './lineages.js';

/**
 * Links every reuse pair (direction, kind) and groups the story's articles
 * into lineages. `docs` are in story order. `reuse` comes back with the
 * translations found between languages (their aligned sentences as
 * paraphrase passages), which the brief shows and cites like any reuse.
 * @example traceProvenance(docs, reuse).lineages.map((l) => l.origin)
 */
export function traceProvenance(
  docs: readonly ProvenanceDoc[],
  reuse: readonly Reuse[],
  params: DirectionParams = DIRECTION_DEFAULTS,
): Provenance & { readonly allLinks: readonly ProvenanceLink[]; readonly reuse: readonly Reuse[] } {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const translations = findTranslations(docs);
  const key = (r: Reuse): string => `${r.a}|${r.b}`;
  const translated = new Map(translations.map((r) => [key(r), r]));
  // A translation's aligned sentences replace the few words two languages
  // happen to share (a quoted English phrase, a name).
  const merged = [...reuse.filter((r) => !translated.has(key(r)) && !translated.has(`${r.b}|${r.a}`)), ...translations];
  const allLinks: ProvenanceLink[] = [];
  for (const r of merged) {
    const x = byId.get(r.a);
    const y = byId.get(r.b);
    if (x && y) allLinks.push(linkOf(r, x, y, params));
  }
  return { ...buildProvenance(docs.map((d) => d.id), allLinks), allLinks, reuse: merged };
}
