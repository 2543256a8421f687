/**
 * One poll of one watched source, as a function of a clock, a fetcher and an
 * ingest callback (the server passes its API ingester, so polled articles
 * become stories and events exactly as posted ones do). A feed is fetched
 * with the validators of its last answer (a 304 stores nothing); a folder is
 * listed and each new `.html`/`.htm`/`.txt`/`.jsonl` file is read once; a
 * sitemap or URL list has its new pages fetched (poll-pages.ts). The
 * outcome sets the next poll: sooner after new items, later after none
 * (within bounds), and exponentially later after errors in a row.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Clock } from '../core/result.js';
import type { RawArticle } from '../core/types.js';
import type { Fetcher } from '../fetch/fetch-url.js';
import { decodeBytes } from '../stages/ingest/decode-bytes.js';
import { parseFeed } from '../stages/ingest/parse-feed.js';
import { parseInput } from '../stages/ingest/parse-input.js';
import type { SourceRecord, SourceStore, SourceUpdate } from '../storage/source-types.js';
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
  /** New pages a sitemap or URL-list source fetches per poll (the rest at the next polls). */
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
}

export type PollOutcome =
  | { readonly kind: 'new'; readonly added: number; readonly duplicates: number }
  | { readonly kind: 'unchanged'; readonly duplicates: number }
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'error'; readonly message: string };

const FOLDER_TYPES = new Set(['.html', '.htm', '.txt', '.jsonl']);

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

function header(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

async function pollFeed(s: SourceRecord, ctx: PollContext): Promise<{ outcome: PollOutcome; etag?: string; lastModified?: string }> {
  const res = await ctx.fetcher.fetch(s.url, { ...(s.etag ? { etag: s.etag } : {}), ...(s.lastModified ? { lastModified: s.lastModified } : {}) });
  if (!res.ok) return { outcome: { kind: 'error', message: `${res.reason}: ${res.message}` } };
  const validators = {
    ...(header(res.headers.etag) ? { etag: header(res.headers.etag)! } : s.etag ? { etag: s.etag } : {}),
    ...(header(res.headers['last-modified']) ? { lastModified: header(res.headers['last-modified'])! } : s.lastModified ? { lastModified: s.lastModified } : {}),
  };
  if (res.status === 304) return { outcome: { kind: 'not-modified' }, ...validators };
  // Parsed as a feed whatever the URL's path looks like (parseInput would go by its extension).
  const parsed = parseFeed(s.url, decodeBytes(res.body, res.contentType));
  if (parsed.articles.length === 0) {
    return { outcome: { kind: 'error', message: `not a readable feed: ${parsed.problems[0]?.message ?? 'no items'}` } };
  }
  const counts = await ctx.ingest(parsed.articles);
  return { outcome: counts.added > 0 ? { kind: 'new', ...counts } : { kind: 'unchanged', duplicates: counts.duplicates }, ...validators };
}

async function pollFolder(s: SourceRecord, ctx: PollContext, b: PollBounds): Promise<PollOutcome> {
  let names: string[];
  try {
    names = readdirSync(s.url).sort();
  } catch (err) {
    return { kind: 'error', message: `cannot list ${s.url}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
  const now = ctx.clock.now().getTime();
  let added = 0;
  let duplicates = 0;
  for (const name of names) {
    if (!FOLDER_TYPES.has(extname(name).toLowerCase())) continue;
    const path = join(s.url, name);
    let size: number;
    let mtimeMs: number;
    let bytes: Buffer;
    try {
      const st = statSync(path);
      if (!st.isFile() || now - st.mtimeMs < b.settleMs) continue;
      ({ size, mtimeMs } = st);
      if (ctx.sources.fileSeen(s.id, path, size, mtimeMs)) continue;
      bytes = readFileSync(path);
    } catch {
      continue; // gone between the listing and the read: nothing to ingest
    }
    const parsed = parseInput(path, bytes);
    if (parsed.articles.length > 0) {
      const counts = await ctx.ingest(parsed.articles);
      added += counts.added;
      duplicates += counts.duplicates;
    }
    // Marked even when unreadable: a bad file is reported once by the ingest, not every poll.
    ctx.sources.markFile(s.id, path, size, mtimeMs);
  }
  return added > 0 ? { kind: 'new', added, duplicates } : { kind: 'unchanged', duplicates };
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
    const r = s.kind === 'feed' ? await pollFeed(s, ctx) : await pollPages(s, ctx, b.maxPages);
    outcome = r.outcome;
    validators = { ...(r.etag ? { etag: r.etag } : {}), ...(r.lastModified ? { lastModified: r.lastModified } : {}) };
  } else outcome = await pollFolder(s, ctx, b);
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
