/**
 * The source scheduler of `parallax serve`: every tick it polls the sources
 * that are due (pipeline/poll-sources.ts), one at a time, through the same
 * queued ingester as POST /api/v1/articles, then tells the event stream to
 * look for changed stories. A tick never overlaps the previous one; `stop`
 * waits for the poll in flight (bounded by the fetcher's timeout).
 */
import type { Clock } from '../core/result.js';
import { createFetcher, type Fetcher, type FetchOptions } from '../fetch/fetch-url.js';
import { dueSources, POLL_DEFAULTS, pollSource, type PollBounds, type PollOutcome } from '../pipeline/poll-sources.js';
import type { Store } from '../storage/store.js';
import type { ApiIngest } from './api-ingest.js';
import type { EventHub } from './sse.js';

export interface SchedulerOptions {
  /** How often due sources are looked for (default 5000 ms). */
  readonly tickMs?: number;
  /** Lifts the address guard for feeds on loopback or a private network. */
  readonly allowPrivate?: boolean;
  readonly fetch?: Partial<FetchOptions>;
  readonly bounds?: Partial<PollBounds>;
  /** A fetcher to use instead of making one (tests). */
  readonly fetcher?: Fetcher;
}

/** The most articles one ingest call takes (as the POST body limit). */
const BATCH = 500;

export class SourceScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private readonly fetcher: Fetcher;

  constructor(
    private readonly store: Store,
    private readonly ingester: ApiIngest,
    private readonly events: EventHub,
    private readonly clock: Clock,
    private readonly opts: SchedulerOptions = {},
    private readonly log: (line: string) => void = () => {},
  ) {
    this.fetcher = opts.fetcher ?? createFetcher({ ...opts.fetch, allowPrivate: opts.allowPrivate ?? opts.fetch?.allowPrivate ?? false });
  }

  /** The interval a new source starts with. */
  initialIntervalSec(): number {
    return this.opts.bounds?.initialSec ?? POLL_DEFAULTS.initialSec;
  }

  start(): void {
    if (this.timer !== undefined || this.stopped) return;
    this.timer = setInterval(() => void this.tick(), this.opts.tickMs ?? 5000);
    this.timer.unref();
  }

  /** Polls every due source once; a tick already running is joined, not doubled. Never rejects. */
  tick(): Promise<void> {
    this.running ??= this.pollDue()
      .catch((err: unknown) => this.log(`parallax serve: source scheduler: ${err instanceof Error ? err.stack ?? err.message : String(err)}`))
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private async pollDue(): Promise<void> {
    if (this.stopped) return;
    const sources = this.store.sourceStore();
    for (const s of dueSources(sources, this.clock.now())) {
      if (this.stopped) return;
      let outcome: PollOutcome;
      try {
        outcome = await pollSource(s, {
          clock: this.clock,
          fetcher: this.fetcher,
          sources,
          // A shutdown does not wait for a long poll (30 item pages, a big archive) to finish.
          stopped: () => this.stopped,
          ...(this.opts.bounds ? { bounds: this.opts.bounds } : {}),
          ingest: async (raws) => {
            let added = 0;
            let duplicates = 0;
            // Passed as read (not as POST records), so a page's byline and language and a WARC record's crawl date are kept.
            const articles = raws.filter((a) => a.body.trim() !== '');
            for (let i = 0; i < articles.length; i += BATCH) {
              const r = await this.ingester.ingest({ raws: articles.slice(i, i + BATCH) });
              added += r.added;
              duplicates += r.duplicates;
            }
            return { added, duplicates };
          },
        });
      } catch (err) {
        // A bug, not a source's fault: logged, and the other sources still polled.
        this.log(`parallax serve: polling ${s.url} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        continue;
      }
      if (outcome.kind === 'new') this.events.poll();
    }
  }

  /** No more ticks; resolves when the poll in flight has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
