/**
 * The web pages' briefs: the `StoryBrief` of a story from the server's
 * brief cache (shared with the API; built in its worker thread when the
 * server has one, so pages keep answering meanwhile), what the lists show
 * of it — the badges (independent sources, disputed figures, contested
 * claims), remembered per version of the story whenever a brief is
 * computed — and the rendered story pages.
 *
 * Keeping briefs current is the server's background briefing
 * (src/server/brief-refresh.ts): this module tells it which stories were
 * viewed and which small ones a list showed. A story that changed keeps
 * its previous brief in the cache until the new one is ready, and its page
 * is shown from it at once with a note (stale-while-revalidate; see
 * routes-pages.ts). Who copied whom is recorded in storage as each brief is
 * computed (src/server/brief-provenance.ts), so the sources page's counts
 * cover every story briefed, across restarts.
 */
import type { StoryBrief } from '../core/brief.js';
import type { StoryBadges } from '../stages/brief/badges.js';
import { asStoryId } from '../core/ids.js';
import type { BriefCache } from '../server/brief-cache.js';
import type { BriefRefresher } from '../server/brief-refresh.js';
import type { OutletOrigins } from '../storage/provenance-types.js';
import type { Store } from '../storage/store.js';
import { PageCache, type PageDoc } from './page-cache.js';

export { outletReuse, type OutletReuse } from '../server/brief-provenance.js';

export { badgesOf, type StoryBadges } from '../stages/brief/badges.js';

/** Rendered story pages kept, in characters (the most recently viewed): some twenty pages of 200-article stories. */
const PAGE_BUDGET = 96 * 1024 * 1024;
/** Whole pages with their gzip, per variant (see page-cache.ts): some fifteen 200-article pages. */
const DOC_BUDGET = 64 * 1024 * 1024;

export class StoryBriefs {
  private readonly badges = new Map<string, { version: number; badges: StoryBadges }>();
  private readonly preparing = new Set<string>();
  /** Rendered page bodies by story, one version each (most recently used last). */
  private readonly pages = new Map<string, { version: number; html: string }>();
  private pageChars = 0;
  private readonly docs = new PageCache(DOC_BUDGET);
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly cache: BriefCache,
    private readonly refresher: BriefRefresher,
  ) {
    // The badges come with the brief (counted where it was built): a worker's brief is not parsed here for them.
    cache.onBuilt((id, version, _brief, badges) => {
      const had = this.badges.get(id);
      if (had === undefined || had.version <= version) this.badges.set(id, { version, badges: badges() });
    });
  }

  /** A story someone opened: the background keeps its brief current first. */
  opened(id: string): void {
    this.refresher.viewed(id);
  }

  /** The brief of a story as it is now (built when not cached), or undefined when there is no such story. */
  async get(id: string): Promise<StoryBrief | undefined> {
    return this.cache.briefAsync(asStoryId(id));
  }

  /** The cached brief of a story at an older version than its current one, shown while the new one is computed. */
  previous(id: string, version: number): { brief: StoryBrief; version: number } | undefined {
    const l = this.cache.latest(asStoryId(id));
    return l !== undefined && l.version < version ? l : undefined;
  }

  /** Per outlet, summed over every story briefed (kept in storage): times its text was the origin of a copy, times it copied. */
  outletReuse(): { stories: number; outlets: Map<string, OutletOrigins> } {
    try {
      return this.store.provenanceStore().totals();
    } catch {
      return { stories: 0, outlets: new Map() };
    }
  }

  /** Whether a brief not cached would wait behind another one being built (a background brief of a large story takes seconds). */
  busy(): boolean {
    return this.cache.busy();
  }

  /** Whether the story's last brief is saved on disk and not read yet (after a restart). */
  saved(id: string): boolean {
    return this.cache.saved(asStoryId(id));
  }

  /** Reads the story's saved brief into the cache (brief-disk.ts). */
  restore(id: string): Promise<void> {
    return this.cache.restore(asStoryId(id));
  }

  /** Whether the brief of this version is cached. */
  ready(id: string, version: number): boolean {
    return this.cache.has(asStoryId(id), version);
  }

  /** Starts computing a story's brief now, ahead of the background's. */
  prepare(id: string): void {
    if (this.stopped || this.preparing.has(id)) return;
    this.preparing.add(id);
    // After this request is answered: without a brief worker the brief is computed on this thread.
    setImmediate(() => {
      if (this.stopped) return void this.preparing.delete(id);
      void this.get(id)
        .catch(() => undefined)
        .finally(() => this.preparing.delete(id));
    });
  }

  /** The badges of a story at this version, when its brief has been computed. */
  badgesAt(id: string, version: number): StoryBadges | undefined {
    const b = this.badges.get(id);
    return b !== undefined && b.version === version ? b.badges : undefined;
  }

  /** Stories a list shows: the small ones whose badges are unknown are briefed in the background. */
  warm(stories: readonly { id: string; updatedSeq: number; articles: number }[]): void {
    if (this.stopped) return;
    this.refresher.listed(stories.filter((s) => this.badgesAt(s.id, s.updatedSeq) === undefined));
  }

  /** A story page's body at a version, rendered once per version for every visitor. */
  page(id: string, version: number, render: () => string): string {
    const kept = this.pages.get(id);
    if (kept !== undefined && kept.version === version) {
      this.pages.delete(id);
      this.pages.set(id, kept);
      return kept.html;
    }
    const html = render();
    // An older version's body stays only while it is the newest rendered (pages of a newer one replace it).
    if (kept !== undefined && kept.version > version) return html;
    if (kept !== undefined) this.pageChars -= kept.html.length;
    this.pages.delete(id);
    this.pages.set(id, { version, html });
    this.pageChars += html.length;
    while (this.pages.size > 1 && this.pageChars > PAGE_BUDGET) {
      const [oldest, p] = this.pages.entries().next().value!;
      this.pages.delete(oldest);
      this.pageChars -= p.html.length;
    }
    return html;
  }

  /** A whole story page (frame and body) of one variant, with its ETag and gzip, made once per variant. */
  doc(id: string, version: number, variant: string, render: () => string): PageDoc {
    return this.docs.get(id, version, variant, render);
  }

  /** Stops the background work this module asked for (before the database closes). */
  stop(): void {
    this.stopped = true;
  }
}
