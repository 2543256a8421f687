/**
 * One poll of a feed source. The feed is fetched with the validators of its
 * last answer (a 304 stores nothing) and parsed as a feed whatever its URL
 * looks like; relative item links are resolved against the feed's URL.
 *
 * With `followLinks`, each new item's link is fetched through the same
 * polite, guarded fetcher and the extracted page is ingested instead of the
 * feed's teaser; a page that fails or extracts to nothing falls back to the
 * item's own text, and the reason goes into the source's health (an item
 * with no text of its own whose page failed for a reason that may pass, a
 * timeout or a 5xx, is tried again at the next poll). A link is
 * remembered once its article is stored (the source's seen list, the table
 * folder sources use), so no item page is fetched twice, across restarts
 * too. At most `maxPages` pages per poll, as for sitemaps: the rest come at
 * the next polls, which then fetch the feed unconditionally (a 304 would
 * otherwise hide the items left over).
 */
import type { RawArticle } from '../core/types.js';
import type { FetchSuccess } from '../fetch/fetch-url.js';
import { followableLink, followFeedItem } from '../fetch/read-url.js';
import { decodeBytes } from '../stages/ingest/decode-bytes.js';
import { parseFeed } from '../stages/ingest/parse-feed.js';
import type { SourceRecord } from '../storage/source-types.js';
import type { PollContext, PollOutcome } from './poll-sources.js';

export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export interface ListPoll extends Validators {
  readonly outcome: PollOutcome;
}

function header(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** The validators to send next time: this answer's, else the ones the source had. */
export function validatorsOf(res: FetchSuccess, s: SourceRecord): Validators {
  const etag = header(res.headers.etag) ?? s.etag;
  const lastModified = header(res.headers['last-modified']) ?? s.lastModified;
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

/** The source's validators as a conditional request. */
export function conditionalOf(s: SourceRecord): Validators {
  return { ...(s.etag ? { etag: s.etag } : {}), ...(s.lastModified ? { lastModified: s.lastModified } : {}) };
}

function absolute(link: string, base: string): string {
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}

/** Summary of the item pages that could not be followed, for the source's health. */
function followProblem(failed: readonly string[]): string | undefined {
  if (failed.length === 0) return undefined;
  return failed.length === 1 ? failed[0] : `${failed.length} item pages not followed; first: ${failed[0]}`;
}

/** `unfinished`: items not tried this poll or to be tried again, so the next poll must read the feed in full. */
async function followNew(s: SourceRecord, items: readonly RawArticle[], ctx: PollContext, maxPages: number): Promise<{ outcome: PollOutcome; unfinished: boolean }> {
  const raws: RawArticle[] = [];
  const fresh: RawArticle[] = [];
  const links = new Set<string>();
  for (const item of items) {
    const link = followableLink(item);
    // An item without a link cannot be followed: its own text, as without followLinks (stored once by its text).
    if (link === undefined) raws.push(item);
    else if (!links.has(link) && !ctx.sources.fileSeen(s.id, link, 0, 0)) {
      links.add(link);
      fresh.push(item);
    }
  }
  const failed: string[] = [];
  const done: string[] = [];
  let tried = 0;
  let retry = 0;
  for (const item of fresh.slice(0, maxPages)) {
    if (ctx.stopped?.() === true) break;
    tried++;
    const got = await followFeedItem(item, ctx.fetcher);
    if (!got.ok) failed.push(`${item.url}: ${got.message}`);
    if (got.article.body.trim() !== '') raws.push(got.article);
    // A bare link whose page failed for a reason that may pass has nothing stored: tried again at the next poll.
    else if (!got.ok && got.transient) {
      retry++;
      continue;
    }
    done.push(item.url!);
  }
  const counts = raws.length > 0 ? await ctx.ingest(raws) : { added: 0, duplicates: 0 };
  // Marked after the ingest: a crash before it fetches these pages again rather than losing them.
  for (const link of done) ctx.sources.markFile(s.id, link, 0, 0);
  const remaining = fresh.length - tried;
  const problem = followProblem(failed);
  const extra = problem !== undefined ? { problem } : {};
  const outcome: PollOutcome = counts.added > 0 || remaining > 0
    ? { kind: 'new', added: counts.added, duplicates: counts.duplicates, ...extra }
    : { kind: 'unchanged', duplicates: counts.duplicates, ...extra };
  return { outcome, unfinished: remaining > 0 || retry > 0 };
}

/**
 * Polls one feed source (see the file comment); the caller stores the outcome.
 * @example await pollFeed(source, ctx, 30) // { outcome: { kind: 'new', added: 3, duplicates: 0 }, etag: '"v3"' }
 */
export async function pollFeed(s: SourceRecord, ctx: PollContext, maxPages: number): Promise<ListPoll> {
  const res = await ctx.fetcher.fetch(s.url, conditionalOf(s));
  if (!res.ok) return { outcome: { kind: 'error', message: `${res.reason}: ${res.message}` } };
  const validators = validatorsOf(res, s);
  if (res.status === 304) return { outcome: { kind: 'not-modified' }, ...validators };
  // Parsed as a feed whatever the URL's path looks like (parseInput would go by its extension).
  const parsed = parseFeed(res.url, decodeBytes(res.body, res.contentType), { keepLinkOnly: s.followLinks === true });
  if (parsed.articles.length === 0) {
    return { outcome: { kind: 'error', message: `not a readable feed: ${parsed.problems[0]?.message ?? 'no items'}` } };
  }
  const items = parsed.articles.map((a) => (a.url ? { ...a, url: absolute(a.url, res.url) } : a));
  if (s.followLinks !== true) {
    const counts = await ctx.ingest(items);
    return { outcome: counts.added > 0 ? { kind: 'new', ...counts } : { kind: 'unchanged', duplicates: counts.duplicates }, ...validators };
  }
  const { outcome, unfinished } = await followNew(s, items, ctx, maxPages);
  return unfinished ? { outcome } : { outcome, ...validators };
}
