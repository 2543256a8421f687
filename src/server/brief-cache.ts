/**
 * Story briefs, computed once per version of a story. A story's change
 * counter (`updatedSeq`, moved by the store whenever the story gains or
 * loses an article) is the version: the brief depends on the story's
 * articles only, so an equal counter means an equal brief. Least recently
 * used briefs are dropped past `capacity` briefs or past `articleBudget`
 * articles over all cached briefs (a brief's size grows with its story: 5.5
 * MB of JSON for 184 articles, so the count alone would not bound memory);
 * each format is rendered, and
 * gzipped, on first use: a large story's JSON brief runs to megabytes and
 * compresses about tenfold, so compressing once per version rather than per
 * request is what keeps a cached brief cheap to serve.
 */
import { gzip as gzipAsync, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import type { StoryBrief } from '../core/brief.js';
import type { StoryId } from '../core/ids.js';
import { buildBrief } from '../pipeline/build-briefs.js';
import { renderHtml, renderJson, renderMarkdown } from '../stages/brief/index.js';
import type { Store } from '../storage/store.js';
import type { Metrics } from './metrics.js';
import type { BriefWorker } from './brief-worker.js';

export type BriefFormat = 'json' | 'md' | 'html';

interface Entry {
  readonly version: number;
  /** The story's article count: the entry's weight against the budget. */
  readonly articles: number;
  readonly brief: StoryBrief;
  readonly rendered: Partial<Record<BriefFormat, Rendered>>;
}

export interface Rendered {
  readonly text: string;
  /** The story version it was built at: with the format, what an ETag names. */
  readonly version: number;
  /** The text gzipped (made on first call, then kept with the text). */
  gzip(): Buffer;
  /**
   * As `gzip`, compressed in libuv's thread pool: a 4 MB brief takes tens of
   * milliseconds to gzip, which on the event loop every other request waits for.
   */
  gzipped(): Promise<Buffer>;
}

const gzipLater = promisify(gzipAsync);

function rendered(text: string, version: number): Rendered {
  let zipped: Buffer | undefined;
  let pending: Promise<Buffer> | undefined;
  return {
    text,
    version,
    gzip: () => (zipped ??= gzipSync(text, { level: 6 })),
    gzipped: () => (zipped !== undefined ? Promise.resolve(zipped) : (pending ??= gzipLater(text, { level: 6 }).then((b) => (zipped ??= b)))),
  };
}

export class BriefCache {
  private readonly entries = new Map<string, Entry>();
  private weight = 0;

  constructor(
    private readonly store: Store,
    private readonly metrics: Metrics,
    private readonly capacity = 256,
    private readonly articleBudget = 2000,
    /** Where briefs not cached are built (off the event loop); without one they are built here. */
    private readonly worker?: BriefWorker,
  ) {}

  /** Briefs being built in the worker, by story: two requests for one story share one build. */
  private readonly building = new Map<string, { version: number; done: Promise<Entry | undefined> }>();

  /** As `get`, with a brief not cached built in the worker: the server goes on answering meanwhile. */
  async getAsync(id: StoryId, format: BriefFormat): Promise<Rendered | undefined> {
    const entry = await this.entryAsync(id);
    return entry === undefined ? undefined : this.render(entry, format);
  }

  /** As `brief`, built in the worker when not cached. */
  async briefAsync(id: StoryId): Promise<StoryBrief | undefined> {
    return (await this.entryAsync(id))?.brief;
  }

  private async entryAsync(id: StoryId): Promise<Entry | undefined> {
    if (this.worker === undefined) return this.entry(id);
    const summary = this.store.storySummary(id);
    if (summary === undefined) return undefined;
    const cached = this.entries.get(id);
    if (cached !== undefined && cached.version === summary.updatedSeq) return this.entry(id);
    const inFlight = this.building.get(id);
    if (inFlight !== undefined && inFlight.version === summary.updatedSeq) return inFlight.done;
    this.metrics.briefMisses++;
    const done = this.worker.build(id).then((brief) => (brief === undefined ? undefined : this.put(id, summary.updatedSeq, summary.articles, brief)));
    const slot = { version: summary.updatedSeq, done };
    this.building.set(id, slot);
    try {
      return await done;
    } finally {
      if (this.building.get(id) === slot) this.building.delete(id);
    }
  }

  private put(id: StoryId, version: number, articles: number, brief: StoryBrief): Entry {
    const entry: Entry = { version, articles, brief, rendered: {} };
    this.drop(id);
    this.entries.set(id, entry);
    this.weight += entry.articles;
    // The newest entry stays even when it alone is over the budget: it is about to be sent.
    while (this.entries.size > 1 && (this.entries.size > this.capacity || this.weight > this.articleBudget)) this.drop(this.entries.keys().next().value!);
    return entry;
  }

  private render(entry: Entry, format: BriefFormat): Rendered {
    const done = entry.rendered[format];
    if (done !== undefined) return done;
    const text = format === 'json' ? renderJson(entry.brief) : format === 'md' ? renderMarkdown(entry.brief) : renderHtml(entry.brief);
    return (entry.rendered[format] = rendered(text, entry.version));
  }

  private drop(id: string): void {
    const e = this.entries.get(id);
    if (e === undefined) return;
    this.weight -= e.articles;
    this.entries.delete(id);
  }

  /** The brief of a story in one format, or undefined when there is no such story. */
  get(id: StoryId, format: BriefFormat): Rendered | undefined {
    const entry = this.entry(id);
    return entry === undefined ? undefined : this.render(entry, format);
  }

  /** The brief of a story (cached as `get` caches it), or undefined when there is no such story. */
  brief(id: StoryId): StoryBrief | undefined {
    return this.entry(id)?.brief;
  }

  private entry(id: StoryId): Entry | undefined {
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
      entry = this.put(id, summary.updatedSeq, summary.articles, brief);
    }
    return entry;
  }
}
