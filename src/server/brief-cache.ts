/**
 * Story briefs, computed once per version of a story. A story's change
 * counter (`updatedSeq`, moved by the store whenever the story gains or
 * loses an article) is the version: the brief depends on the story's
 * articles only, so an equal counter means an equal brief.
 *
 * Bounded by memory, not by count (5.5 MB of JSON for 184 articles, 2 KB for
 * two): each entry weighs OBJECT_BYTES_PER_JSON_BYTE times its brief's JSON
 * length plus every format rendered and gzipped from it; least recently used
 * entries are dropped past `budgetBytes` (default 512 MB: some 30 briefs of
 * 200 articles with their pages). A brief built in the background is not kept
 * when it alone would take more than a quarter of the budget (35 MB of JSON
 * at 1,460 articles would push out everything people read); one someone asked
 * for is kept, as the newest. A story that changed keeps its previous brief
 * until the new one replaces it (`latest`: stale-while-revalidate, see
 * src/web/story-briefs.ts). Each format is rendered, and gzipped, on first use.
 */
import type { StoryBrief } from '../core/brief.js';
import type { StoryId } from '../core/ids.js';
import { buildBrief } from '../pipeline/build-briefs.js';
import { renderHtml, renderJson, renderMarkdown } from '../stages/brief/index.js';
import { badgesOf, type StoryBadges } from '../stages/brief/badges.js';
import type { Store } from '../storage/store.js';
import type { Metrics } from './metrics.js';
import type { BriefWorker, Built } from './brief-worker.js';
import { recordProvenance } from './brief-provenance.js';
import type { BriefDisk } from './brief-disk.js';
import { entryOf, rendered, type BriefFormat, type BuildSlot as Slot, type Entry, type Rendered } from './brief-rendered.js';

export type { BriefFormat, Rendered };

export interface BriefCacheOptions {
  /** The memory budget in bytes (default 512 MB). */
  readonly budgetBytes?: number;
  /** Where briefs not cached are built (off the event loop); without one they are built here. */
  readonly worker?: BriefWorker;
  /** Where kept briefs are also saved, and read back after a restart (brief-disk.ts). */
  readonly disk?: BriefDisk;
}

/**
 * Told of every brief computed: the story, the version it was computed at, the brief (a function: a worker's
 * brief is parsed from its JSON on first use, tens of megabytes for a large story, which a listener needing it
 * should leave until after the answer) and its badges (counted where it was built: no parsing).
 */
export type BuiltListener = (id: StoryId, version: number, brief: () => StoryBrief, badges: () => StoryBadges) => void;

export const DEFAULT_BRIEF_BUDGET = 512 * 1024 * 1024;
/** What a cached brief's objects weigh per byte of its JSON (measured 0.88 for a 192-article brief's objects; 2 leaves room). */
export const OBJECT_BYTES_PER_JSON_BYTE = 2;

export class BriefCache {
  private readonly entries = new Map<string, Entry>();
  private weight = 0;
  private readonly budget: number;
  private readonly worker: BriefWorker | undefined;
  private readonly listeners: BuiltListener[] = [];
  private readonly disk: BriefDisk | undefined;
  /** Reads of saved briefs under way, by story. */
  private readonly restoring = new Map<string, Promise<void>>();

  constructor(
    private readonly store: Store,
    private readonly metrics: Metrics,
    opts: BriefCacheOptions = {},
  ) {
    this.budget = opts.budgetBytes ?? DEFAULT_BRIEF_BUDGET;
    this.worker = opts.worker;
    this.disk = opts.disk;
  }

  /** Whether a saved brief of this story could be read from disk (none cached here yet). */
  saved(id: StoryId): boolean {
    return this.disk !== undefined && !this.entries.has(id) && this.disk.has(id);
  }

  /**
   * Reads a story's saved brief from disk into the cache when nothing newer is
   * cached (after a restart): at the story's current version it is served as
   * is, at an older one as the previous brief while the new one is computed.
   */
  restore(id: StoryId): Promise<void> {
    const disk = this.disk;
    if (disk === undefined || this.entries.has(id) || !disk.has(id)) return Promise.resolve();
    let p = this.restoring.get(id);
    if (p === undefined) {
      p = disk
        .load(id)
        .then((saved) => {
          if (saved === undefined) return;
          const now = this.entries.get(id);
          if (now !== undefined && now.version >= saved.version) return;
          this.put(id, { version: saved.version, brief: saved.brief, rendered: {}, bytes: OBJECT_BYTES_PER_JSON_BYTE * saved.bytes });
        })
        .finally(() => this.restoring.delete(id));
      this.restoring.set(id, p);
    }
    return p;
  }

  /** Waits for briefs being saved (before the server stops). */
  async flush(): Promise<void> {
    await this.disk?.flush();
  }

  /** Calls `fn` for every brief computed from now on (badges, pages kept warm). */
  onBuilt(fn: BuiltListener): void {
    this.listeners.push(fn);
  }

  /** Briefs being built, by story: two requests for one story share one build. */
  private readonly building = new Map<string, Slot>();

  /** As `get`, built in the worker when not cached; the JSON is answered as soon as the worker posts it (brief-thread.ts). */
  async getAsync(id: StoryId, format: BriefFormat): Promise<Rendered | undefined> {
    let onPage: ((page: Rendered) => void) | undefined;
    const early = format === 'json' ? new Promise<Rendered>((resolve) => (onPage = resolve)) : undefined;
    const entry = this.entryAsync(id, true, true, onPage).then((e) => (e === undefined ? undefined : this.render(id, e, format)));
    return early === undefined ? entry : Promise.race([early, entry]);
  }

  /** As `brief`, built in the worker when not cached. */
  async briefAsync(id: StoryId): Promise<StoryBrief | undefined> {
    return (await this.entryAsync(id, true))?.brief;
  }

  /**
   * Brings a story's cached brief to its current version, as background
   * work (behind the briefs someone waits for); resolves to whether the
   * story exists. `keep` false records the brief (listeners, provenance)
   * without caching it unless it was cached already: small briefs are cheap
   * to build again, and the background must not push out what people read.
   */
  async refresh(id: StoryId, keep = true): Promise<boolean> {
    return (await this.entryAsync(id, false, keep)) !== undefined;
  }

  /** The cached brief of a story whatever its version (the previous one while a new one is computed), without building. */
  latest(id: StoryId): { brief: StoryBrief; version: number } | undefined {
    const e = this.entries.get(id);
    return e === undefined ? undefined : { brief: e.brief, version: e.version };
  }

  /** Whether the brief of this version is cached. */
  has(id: StoryId, version: number): boolean {
    return this.entries.get(id)?.version === version;
  }

  /** Whether a brief of this story is being computed now. */
  pending(id: StoryId): boolean {
    return this.building.has(id);
  }

  /**
   * Warms the worker thread that builds briefs someone waits for (brief-worker.ts `warm`): with a
   * synthetic story of `articles` articles unless a stored story `id` is named, the last pass with the stored story
   * `stored` when given; resolves when done (at once without a worker).
   */
  warm(id?: StoryId, articles?: number, stored?: StoryId): Promise<void> {
    return this.worker?.warm(id, articles, stored) ?? Promise.resolve();
  }

  /** The brief threads' Linux ids (for the benchmark's per-thread CPU). */
  briefThreads(): { foreground: number | undefined; background: number | undefined } {
    return this.worker?.threads() ?? { foreground: undefined, background: undefined };
  }

  /** Resolves when the last warm-up is done. */
  whenWarm(): Promise<void> {
    return this.worker?.whenWarm() ?? Promise.resolve();
  }

  /** Whether a brief asked for now would wait behind another one (the worker is building). */
  busy(): boolean {
    return this.worker?.busy() ?? false;
  }

  /** What the cached entries weigh, in bytes, and how many there are. */
  usage(): { bytes: number; entries: number; budget: number } {
    return { bytes: this.weight, entries: this.entries.size, budget: this.budget };
  }

  private async entryAsync(id: StoryId, urgent: boolean, keep = true, onPage?: (page: Rendered) => void): Promise<Entry | undefined> {
    if (this.worker === undefined) return this.entry(id, keep, urgent);
    const summary = this.store.storySummary(id);
    if (summary === undefined) return undefined;
    // After a restart: the brief saved on disk, which may be of this version.
    if (this.saved(id)) await this.restore(id);
    const cached = this.entries.get(id);
    if (cached !== undefined && cached.version === summary.updatedSeq) return urgent ? this.entry(id) : cached;
    const inFlight = this.building.get(id);
    if (inFlight !== undefined && inFlight.version === summary.updatedSeq) {
      // A background build not meant to be kept is kept once someone asks for it.
      if (keep || urgent) inFlight.keep = true;
      if (urgent) {
        inFlight.asked = true;
        this.worker.hurry(id);
      }
      return inFlight.done;
    }
    this.metrics.briefMisses++;
    const slot: Slot = { version: summary.updatedSeq, keep: keep || urgent || cached !== undefined, asked: urgent, done: Promise.resolve(undefined), gzipBytes: 0 };
    // The JSON rendering, posted ahead of the brief: answered with (onPage) and kept as the entry's, so its gzip is made once.
    const pageOf = (page: Uint8Array, version: number): void => {
      slot.page = rendered(page, version, (bytes) => (slot.entry !== undefined ? this.weighIn(id, slot.entry, bytes) : (slot.gzipBytes += bytes)));
      onPage?.(slot.page);
    };
    slot.done = this.worker.build(id, urgent, pageOf).then((built) => (built === undefined ? undefined : this.built(id, built, slot)));
    const done = slot.done;
    this.building.set(id, slot);
    try {
      return await done;
    } finally {
      if (this.building.get(id) === slot) this.building.delete(id);
    }
  }

  /**
   * A brief from the worker (which recorded its provenance): told to the
   * listeners, cached when `keep`, unless built in the background (not
   * `asked`) and heavier than a quarter of the budget.
   */
  private built(id: StoryId, b: Built, slot: Pick<Slot, 'keep' | 'asked'> & Partial<Slot>): Entry {
    for (const fn of this.listeners) fn(id, b.version, () => b.brief, () => b.badges ?? badgesOf(b.brief));
    const page = slot.page?.version === b.version ? slot.page : undefined;
    const entry: Entry = entryOf(b, OBJECT_BYTES_PER_JSON_BYTE, (bytes) => this.weighIn(id, entry, bytes), page);
    if (page !== undefined) {
      entry.bytes += slot.gzipBytes ?? 0;
      slot.entry = entry;
    }
    if (slot.keep && (slot.asked || entry.bytes <= this.budget / 4)) {
      this.put(id, entry);
      void this.disk?.save(id, b.version, b.json ?? b.brief);
    }
    return entry;
  }

  private put(id: StoryId, entry: Entry): void {
    this.drop(id);
    this.entries.set(id, entry);
    this.weight += entry.bytes;
    // The newest entry stays even when it alone is over the budget: it is about to be sent.
    while (this.entries.size > 1 && this.weight > this.budget) this.drop(this.entries.keys().next().value!);
  }

  private render(id: StoryId, entry: Entry, format: BriefFormat): Rendered {
    const done = entry.rendered[format];
    if (done !== undefined) return done;
    const text = format === 'json' ? renderJson(entry.brief) : format === 'md' ? renderMarkdown(entry.brief) : renderHtml(entry.brief);
    const weigh = (bytes: number): void => this.weighIn(id, entry, bytes);
    weigh(text.length);
    return (entry.rendered[format] = rendered(text, entry.version, weigh));
  }

  /** Adds bytes rendered or gzipped later to an entry; only an entry still cached counts against the budget. */
  private weighIn(id: StoryId, entry: Entry, bytes: number): void {
    entry.bytes += bytes;
    if (this.entries.get(id) === entry) this.weight += bytes;
  }

  private drop(id: string): void {
    const e = this.entries.get(id);
    if (e === undefined) return;
    this.weight -= e.bytes;
    this.entries.delete(id);
  }

  /** The brief of a story in one format, or undefined when there is no such story. */
  get(id: StoryId, format: BriefFormat): Rendered | undefined {
    const entry = this.entry(id);
    return entry === undefined ? undefined : this.render(id, entry, format);
  }

  /** The brief of a story (cached as `get` caches it), or undefined when there is no such story. */
  brief(id: StoryId): StoryBrief | undefined {
    return this.entry(id)?.brief;
  }

  private entry(id: StoryId, keep = true, asked = true): Entry | undefined {
    // The version is read before the articles: a change in between leaves a
    // newer brief under an older version, which is only recomputed next time.
    const summary = this.store.storySummary(id);
    if (summary === undefined) return undefined;
    let entry = this.entries.get(id);
    if (entry !== undefined && entry.version === summary.updatedSeq) {
      this.metrics.briefHits++;
      // Most recently used last.
      this.entries.delete(id);
      this.entries.set(id, entry);
    } else {
      this.metrics.briefMisses++;
      const brief = buildBrief(this.store, id);
      if (brief === undefined) return undefined;
      // Built on this thread (no worker: PostgreSQL or memory): its provenance is recorded here.
      recordProvenance(this.store, id, summary.updatedSeq, brief);
      entry = this.built(id, { brief, version: summary.updatedSeq, bytes: JSON.stringify(brief).length }, { keep: keep || entry !== undefined, asked });
    }
    return entry;
  }
}
