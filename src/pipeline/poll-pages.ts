/**
 * Sources that list pages rather than carry them: a (news) sitemap, a
 * sitemap index, or a plain list of URLs (each may be gzip-compressed). The list is fetched with the
 * validators of its last answer (304: nothing to do); each page not fetched
 * before is fetched through the same polite, guarded fetcher, extracted as
 * `parallax ingest URL` extracts it, with the sitemap's title and date
 * filling what the page lacks. At most `maxPages` new pages per poll (the
 * newest first for a dated sitemap), so a first poll of a large sitemap
 * does not hammer one host; the rest come at the next polls. A page that
 * failed for a reason that may pass (network, timeout, 5xx) is tried again
 * next time; one that cannot be an article is remembered and skipped. While
 * pages are left over, the list's validators are not kept, so the next poll
 * fetches it in full rather than getting a 304 that would hide them.
 */
import { gunzipSync } from 'node:zlib';
import type { RawArticle } from '../core/types.js';
import type { FetchOutcome, FetchSuccess } from '../fetch/fetch-url.js';
import { decodeBody, parseResponse } from '../fetch/read-url.js';
import { parseSitemap, parseUrlList, type SitemapEntry } from '../stages/ingest/parse-sitemap.js';
import type { SourceRecord } from '../storage/source-types.js';
import { conditionalOf, validatorsOf, type ListPoll } from './poll-feed.js';
import type { PollContext, PollOutcome } from './poll-sources.js';

/** Child sitemaps read from one sitemap index per poll. */
const MAX_CHILD_SITEMAPS = 5;

export interface PagesPoll extends ListPoll {
  /** New pages left for the next poll (over the per-poll cap). */
  readonly remaining: number;
}

function failed(res: Extract<FetchOutcome, { ok: false }>): string {
  return `${res.reason}: ${res.message}`;
}

/** Whether a failed page fetch may succeed later. */
function transient(res: Extract<FetchOutcome, { ok: false }>): boolean {
  return res.reason === 'network' || res.reason === 'timeout' || (res.reason === 'http-status' && (res.status ?? 0) >= 500);
}

/** The sitemaps protocol's limit on an uncompressed sitemap. */
const MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

/**
 * A list's text. Sitemaps are often served as `.xml.gz` files (gzip bytes,
 * not a gzip Content-Encoding the fetcher undoes): inflated here, within the
 * protocol's 50 MB, else an error.
 */
function listText(res: FetchSuccess): { text: string } | { error: string } {
  const b = res.body;
  if (!(b.length >= 3 && b[0] === 0x1f && b[1] === 0x8b && b[2] === 8)) return { text: decodeBody(b, res.contentType) };
  try {
    return { text: decodeBody(gunzipSync(b, { maxOutputLength: MAX_SITEMAP_BYTES }), undefined) };
  } catch (e) {
    return { error: `${res.url}: gzip-compressed list that cannot be inflated within ${MAX_SITEMAP_BYTES / 1024 / 1024} MB (${(e as Error).message})` };
  }
}

async function listEntries(s: SourceRecord, text: string, ctx: PollContext): Promise<{ entries: SitemapEntry[] } | { error: string }> {
  if (s.kind === 'urls') return { entries: parseUrlList(s.url, text).map((url) => ({ url })) };
  const parsed = parseSitemap(s.url, text);
  if (parsed.kind === 'invalid') return { error: parsed.message };
  if (parsed.kind === 'urlset') return { entries: [...parsed.entries] };
  const entries: SitemapEntry[] = [];
  for (const child of parsed.sitemaps.slice(0, MAX_CHILD_SITEMAPS)) {
    const res = await ctx.fetcher.fetch(child);
    if (!res.ok) continue;
    const body = listText(res);
    const sub = 'text' in body ? parseSitemap(child, body.text) : undefined;
    if (sub?.kind === 'urlset') entries.push(...sub.entries);
  }
  return { entries };
}

export async function pollPages(s: SourceRecord, ctx: PollContext, maxPages: number): Promise<PagesPoll> {
  const res = await ctx.fetcher.fetch(s.url, conditionalOf(s));
  if (!res.ok) return { outcome: { kind: 'error', message: failed(res) }, remaining: 0 };
  const validators = validatorsOf(res, s);
  if (res.status === 304) return { outcome: { kind: 'not-modified' }, ...validators, remaining: 0 };
  const body = listText(res);
  if ('error' in body) return { outcome: { kind: 'error', message: body.error }, remaining: 0 };
  const listed = await listEntries(s, body.text, ctx);
  if ('error' in listed) return { outcome: { kind: 'error', message: listed.error }, remaining: 0 };
  const fresh = listed.entries.filter((e) => !ctx.sources.fileSeen(s.id, e.url, 0, 0));
  const raws: RawArticle[] = [];
  const done: string[] = [];
  let tried = 0;
  for (const e of fresh.slice(0, maxPages)) {
    if (ctx.stopped?.() === true) break;
    tried++;
    const page = await ctx.fetcher.fetch(e.url);
    if (!page.ok) {
      if (!transient(page)) done.push(e.url);
      continue;
    }
    done.push(e.url);
    const article = parseResponse(page).articles.find((a) => a.format !== 'feed');
    if (article === undefined) continue;
    raws.push({
      ...article,
      url: article.url ?? e.url,
      ...(article.title === undefined && e.title !== undefined ? { title: e.title } : {}),
      ...(article.published === undefined && e.published !== undefined ? { published: e.published } : {}),
    });
  }
  const counts = raws.length > 0 ? await ctx.ingest(raws) : { added: 0, duplicates: 0 };
  // Marked after the ingest: a crash before it fetches these pages again rather than losing them.
  for (const url of done) ctx.sources.markFile(s.id, url, 0, 0);
  const remaining = fresh.length - tried;
  const outcome: PollOutcome = counts.added > 0 || remaining > 0 ? { kind: 'new', added: counts.added, duplicates: counts.duplicates } : { kind: 'unchanged', duplicates: counts.duplicates };
  // Pages left over: the next poll must not be answered 304 for a list it has not finished.
  return remaining > 0 ? { outcome, remaining } : { outcome, ...validators, remaining };
}
