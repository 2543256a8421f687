/**
 * One poll of one watched source, as a function of a clock, a fetcher and an
 * ingest callback (the server passes its API ingester, so polled articles
 * become stories and events exactly as posted ones do). A feed is fetched
 * with the validators of its last answer (a 304 stores nothing), and with
 * followLinks its new items' pages are fetched (poll-feed.ts); a folder is
 * listed and each new `.html`/`.htm`/`.txt`/`.jsonl`/`.warc(.gz)` file is
 * read once (poll-folder.ts); a sitemap or URL list has its new pages
 * fetched (poll-pages.ts). The outcome sets the next poll: sooner after new
 * items, later after none (within bounds), and exponentially later after
 * errors in a row. A poll that worked but met a bad item page or file says
 * so in the source's health (last error) without backing off.
 */
import type { Clock } from '../core/result.js';
import type { RawArticle } from '../core/types.js';
import type { Fetcher } from '../fetch/fetch-url.js';
import type { SourceRecord, SourceStore, SourceUpdate } from '../storage/source-types.js';
import { pollFeed } from './poll-feed.js';
import { pollFolder } from './poll-folder.js';
import { pollPages } from './poll-pages.js';

export interface PollBounds {
  /** Shortest interval between two polls of one source, in seconds. */
  readonly minSec: number;
  /** Longest interval, and the longest backoff after errors. */
  readonly maxSec: number;
  /** The interval of a new source. */
  readonly initialSec: number;
  /** A folder file younger than this may still be being written: left for the next poll. */
  readonly settleMs: number;
  /** New pages a sitemap, URL-list or link-following feed source fetches per poll (the rest at the next polls). */
  readonly maxPages: number;
}

/** A feed polled every 2 min at busiest, every 6 h at quietest; 15 min to start. */
export const POLL_DEFAULTS: PollBounds = Object.freeze({ minSec: 120, maxSec: 6 * 3600, initialSec: 900, settleMs: 2000, maxPages: 30 });

export interface IngestCounts {
  readonly added: number;
  readonly duplicates: number;
}

export interface PollContext {
  readonly clock: Clock;
  readonly fetcher: Fetcher;
  readonly sources: SourceStore;
  /** Ingests articles read from a source (the server's ingester). */
  ingest(raws: readonly RawArticle[]): Promise<IngestCounts>;
  readonly bounds?: Partial<PollBounds>;
  /** True once the server is shutting down: a poll stops between pages, files and chunks, keeping what it stored (the rest comes next time). */
  readonly stopped?: () => boolean;
}

/** `problem`: the poll worked, but an item page or a file could not be read as it should (one line for the health record). */
export type PollOutcome =
  | { readonly kind: 'new'; readonly added: number; readonly duplicates: number; readonly problem?: string }
  | { readonly kind: 'unchanged'; readonly duplicates: number; readonly problem?: string }
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'error'; readonly message: string };

/**
 * Sooner (half) after new items, later (1.5×) after none, within bounds.
 * With `perDay`, the source's publishing rate over a day or more, the step
 * is pulled toward two polls per item it is expected to publish (the
 * geometric mean of the two): a source that publishes hourly settles near
 * 30 minutes whatever one poll found, a daily one near 12 hours.
 */
export function nextInterval(currentSec: number, foundNew: boolean, b: PollBounds, perDay?: number): number {
  const step = foundNew ? currentSec / 2 : currentSec * 1.5;
  const next = perDay !== undefined ? Math.sqrt(step * (43_200 / Math.max(perDay, 0.01))) : step;
  return Math.round(Math.min(b.maxSec, Math.max(b.minSec, next)));
}

/** Items per day when the source has a day of history, else undefined (too little to go by). */
export function knownRate(s: SourceRecord, added: number, now: Date): number | undefined {
  const days = (now.getTime() - Date.parse(s.createdAt)) / 86_400_000;
  return days >= 1 ? (s.itemsSeen + added) / days : undefined;
}

/** The wait after the n-th error in a row (n ≥ 1): the interval doubled per error, at most maxSec. */
export function backoffSec(intervalSec: number, failures: number, b: PollBounds): number {
  return Math.round(Math.min(b.maxSec, Math.max(b.minSec, intervalSec) * 2 ** Math.min(failures - 1, 30)));
}

/** Items per day since the source was added (a day at least, so a new source is not extrapolated). */
export function itemsPerDay(s: SourceRecord, now: Date): number {
  const days = Math.max(1, (now.getTime() - Date.parse(s.createdAt)) / 86_400_000);
  return Math.round((s.itemsSeen / days) * 100) / 100;
}

/**
 * Polls one source now and stores its new state; returns what happened.
 * @example await pollSource(source, { clock, fetcher, sources: store.sourceStore(), ingest })
 */
export async function pollSource(s: SourceRecord, ctx: PollContext): Promise<PollOutcome> {
  const b: PollBounds = { ...POLL_DEFAULTS, ...ctx.bounds };
  let outcome: PollOutcome;
  let validators: { etag?: string; lastModified?: string } = {};
  if (s.kind === 'feed' || s.kind === 'sitemap' || s.kind === 'urls') {
    const r = s.kind === 'feed' ? await pollFeed(s, ctx, b.maxPages) : await pollPages(s, ctx, b.maxPages);
    outcome = r.outcome;
    validators = { ...(r.etag ? { etag: r.etag } : {}), ...(r.lastModified ? { lastModified: r.lastModified } : {}) };
  } else outcome = await pollFolder(s, ctx, b.settleMs);
  const now = ctx.clock.now();
  const at = (sec: number): string => new Date(now.getTime() + sec * 1000).toISOString();
  const kept = {
    ...(s.lastSuccessAt ? { lastSuccessAt: s.lastSuccessAt } : {}),
    ...(s.lastError ? { lastError: s.lastError } : {}),
    ...(s.lastErrorAt ? { lastErrorAt: s.lastErrorAt } : {}),
  };
  let update: SourceUpdate;
  if (outcome.kind === 'error') {
    const failures = s.failures + 1;
    update = {
      ...kept,
      ...(s.etag ? { etag: s.etag } : {}),
      ...(s.lastModified ? { lastModified: s.lastModified } : {}),
      intervalSec: s.intervalSec,
      failures,
      nextPollAt: at(backoffSec(s.intervalSec, failures, b)),
      lastPollAt: now.toISOString(),
      lastError: outcome.message,
      lastErrorAt: now.toISOString(),
      itemsSeen: s.itemsSeen,
    };
  } else {
    const added = outcome.kind === 'new' ? outcome.added : 0;
    const intervalSec = nextInterval(s.intervalSec, outcome.kind === 'new', b, knownRate(s, added, now));
    update = {
      ...kept,
      ...validators,
      intervalSec,
      failures: 0,
      nextPollAt: at(intervalSec),
      lastPollAt: now.toISOString(),
      lastSuccessAt: now.toISOString(),
      ...(outcome.kind !== 'not-modified' && outcome.problem !== undefined ? { lastError: outcome.problem, lastErrorAt: now.toISOString() } : {}),
      itemsSeen: s.itemsSeen + (outcome.kind === 'new' ? outcome.added : 0),
    };
  }
  // The source may have been deleted while it was being polled: then nothing is written.
  if (ctx.sources.get(s.id) !== undefined) ctx.sources.update(s.id, update);
  return outcome;
}

/** The sources due at the clock's time, soonest first. */
export function dueSources(sources: SourceStore, now: Date): SourceRecord[] {
  const t = now.toISOString();
  return sources.list().filter((s) => s.nextPollAt <= t).sort((a, b) => a.nextPollAt.localeCompare(b.nextPollAt));
}
