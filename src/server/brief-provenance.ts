/**
 * Who copied whom in one story, per outlet, from its brief: how often an
 * outlet's text was the origin of another article's copy or translation,
 * and how often it copied. Recorded in storage (provenance-types.ts) each
 * time a story's brief is computed, at the story version it was computed
 * for, so the sources page sums every story briefed, across restarts.
 */
import type { StoryBrief } from '../core/brief.js';
import type { StoryId } from '../core/ids.js';
import type { OutletOrigins } from '../storage/provenance-types.js';
import type { Store } from '../storage/store.js';

/** Per outlet in one story: times its text was copied or translated by another article, times it copied. */
export type OutletReuse = ReadonlyMap<string, OutletOrigins>;

export function outletReuse(b: StoryBrief): OutletReuse {
  const outlet = new Map(b.articles.map((a) => [a.id as string, a.source ?? a.url?.replace(/^https?:\/\/(www\.)?([^/]+).*$/, '$2') ?? '']));
  const out = new Map<string, { origin: number; copied: number }>();
  const bump = (name: string | undefined, key: 'origin' | 'copied'): void => {
    if (name === undefined || name === '') return;
    const e = out.get(name) ?? { origin: 0, copied: 0 };
    e[key]++;
    out.set(name, e);
  };
  for (const r of b.reuse) {
    // Shared text and a common source say nothing of who came first.
    if (r.from === null || r.to === null || r.kind === 'shared' || r.kind === 'common-source') continue;
    bump(outlet.get(r.from), 'origin');
    bump(outlet.get(r.to), 'copied');
  }
  return out;
}

/** Records a story's counts at `version`; false when the database refused (busy, closing): the next brief records them. */
export function recordProvenance(store: Store, id: StoryId, version: number, brief: StoryBrief): boolean {
  try {
    store.provenanceStore().put(id, version, outletReuse(brief));
    return true;
  } catch {
    return false;
  }
}
