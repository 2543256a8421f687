/**
 * A URL → RawArticles: fetch, decode, and hand the text to the same parsers
 * files go through (the HTML extractor `parallax extract` uses, the feed
 * parser). With `follow`, each feed item's page is fetched and extracted.
 */
import type { RawArticle } from '../core/types.js';
import type { InputProblem } from '../core/result.js';
import { parseFeed } from '../stages/ingest/parse-feed.js';
import { parseHtml } from '../stages/ingest/parse-html.js';
import { decodeBytes } from '../stages/ingest/decode-bytes.js';
import type { ParsedInput } from '../stages/ingest/parse-input.js';
import type { Fetcher, FetchFailure, FetchSuccess } from './fetch-url.js';

export type ResponseKind = 'html' | 'feed' | 'txt';

/**
 * Decodes a body by its declared charset (header, BOM, meta tag or XML declaration), else UTF-8, else windows-1252.
 * @example decodeBody(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'text/html; charset=iso-8859-1') // 'café'
 */
export const decodeBody: (body: Buffer, contentType: string | undefined) => string = decodeBytes;

/**
 * What a response is, by Content-Type, else by sniffing its start.
 * @example responseKind('application/rss+xml', '<rss>…') // 'feed'
 */
export function responseKind(contentType: string | undefined, text: string): ResponseKind | undefined {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const start = text.slice(0, 1024).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  const feedRoot = /<(rss|feed|rdf:rdf)[\s>]/.test(start);
  if (/(rss|atom)\+xml$/.test(type) || type === 'application/rdf+xml') return 'feed';
  if (type === 'text/html' || type === 'application/xhtml+xml') return feedRoot && !/<html[\s>]/.test(start) ? 'feed' : 'html';
  if (feedRoot) return 'feed';
  if (/^<!doctype html|^<html[\s>]|<head[\s>]|<body[\s>]/.test(start)) return 'html';
  if (type === 'text/plain') return 'txt';
  return undefined;
}

function problem(path: string, message: string): ParsedInput {
  return { articles: [], problems: [{ path, message }] };
}

function describe(f: FetchFailure): string {
  if (f.reason === 'blocked-address') return `${f.message}; private and local addresses are fetched only when explicitly allowed (--allow-private)`;
  return f.reason === 'http-status' ? `fetch failed: ${f.message}` : `fetch failed (${f.reason}): ${f.message}`;
}

/** Parses a fetched response as the kind of document it is; `keepLinkOnly` keeps feed items that have only a link (to follow). */
export function parseResponse(res: FetchSuccess, opts: { readonly keepLinkOnly?: boolean } = {}): ParsedInput {
  const text = decodeBody(res.body, res.contentType);
  const kind = responseKind(res.contentType, text);
  if (text.trim() === '') return problem(res.url, 'empty response');
  switch (kind) {
    case 'html': {
      const out = parseHtml(res.url, text);
      if (!out.ok) return problem(res.url, out.message);
      return { articles: [{ ...out.article, url: out.article.url ?? res.url }], problems: [] };
    }
    case 'feed': {
      const parsed = parseFeed(res.url, text, opts);
      // Relative item links are relative to the feed's own URL.
      const articles = parsed.articles.map((a) => (a.url ? { ...a, url: absolute(a.url, res.url) ?? a.url } : a));
      return { articles, problems: parsed.problems };
    }
    case 'txt':
      return { articles: [{ format: 'txt', path: res.url, url: res.url, body: text.replace(/\r\n?/g, '\n') }], problems: [] };
    default:
      return problem(res.url, `unsupported content type ${res.contentType ?? '(none)'}; expected HTML, RSS/Atom or plain text`);
  }
}

function absolute(link: string, base: string): string | undefined {
  try {
    return new URL(link, base).href;
  } catch {
    return undefined;
  }
}

/** A feed item after its link was followed: the page, or the item itself with why not. */
export type FollowedItem =
  | { readonly ok: true; readonly article: RawArticle }
  | { readonly ok: false; readonly article: RawArticle; readonly message: string; readonly transient: boolean };

/** Whether a feed item has a link that can be followed (an http(s) URL). */
export function followableLink(item: RawArticle): string | undefined {
  return item.format === 'feed' && item.url && /^https?:/i.test(item.url) ? item.url : undefined;
}

/**
 * Fetches one feed item's link and extracts the page; the item's title,
 * date, byline and source fill what the page lacks. A page that cannot be
 * fetched, is not an article or extracts to no text gives back the item
 * itself with the reason, and whether trying again later may succeed.
 * @example await followFeedItem(item, createFetcher()) // { ok: true, article: { format: 'html', body: '…', … } }
 */
export async function followFeedItem(item: RawArticle, fetcher: Fetcher): Promise<FollowedItem> {
  const link = followableLink(item);
  if (link === undefined) return { ok: false, article: item, message: 'no http(s) link to follow', transient: false };
  const res = await fetcher.fetch(link);
  const page = res.ok ? parseResponse(res) : undefined;
  const found = page?.articles[0];
  if (!found || found.format === 'feed' || found.body.trim() === '') {
    const why = !res.ok ? describe(res) : page?.problems[0]?.message ?? (found && found.format !== 'feed' ? 'linked page has no text' : 'linked page is not an article');
    // A network error, timeout or 5xx may pass; a 404 or a page that is no article will not.
    const transient = !res.ok && (res.reason === 'network' || res.reason === 'timeout' || (res.reason === 'http-status' && (res.status ?? 0) >= 500));
    const kept = item.body.trim() !== '' ? "kept the feed's own text" : 'the item has no text of its own: nothing stored';
    return { ok: false, article: item, message: `could not follow feed item (${why}); ${kept}`, transient };
  }
  const merged: RawArticle = {
    ...found,
    title: found.title ?? item.title,
    published: found.published ?? item.published,
    source: found.source ?? item.source,
    byline: found.byline ?? item.byline,
    language: found.language ?? item.language,
  };
  return { ok: true, article: Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)) as unknown as RawArticle };
}

/**
 * Fetches each feed item's link and extracts the page (see followFeedItem).
 * A failed follow keeps the item's own text and reports one problem.
 */
export async function followFeedItems(items: readonly RawArticle[], fetcher: Fetcher): Promise<ParsedInput> {
  const articles: RawArticle[] = [];
  const problems: InputProblem[] = [];
  for (const item of items) {
    const link = followableLink(item);
    if (link === undefined) {
      articles.push(item);
      continue;
    }
    const got = await followFeedItem(item, fetcher);
    if (!got.ok) problems.push({ path: link, message: got.message });
    // A bare-link item whose page failed has no text of its own to keep.
    if (got.article.body.trim() !== '') articles.push(got.article);
  }
  return { articles, problems };
}

/**
 * Fetches one URL and parses it; `follow` also fetches every feed item's page.
 * @example await readUrl('https://example.com/feed.xml', createFetcher(), { follow: true })
 */
export async function readUrl(url: string, fetcher: Fetcher, opts: { readonly follow: boolean }): Promise<ParsedInput> {
  const res = await fetcher.fetch(url);
  if (!res.ok) return problem(url, describe(res));
  const parsed = parseResponse(res, { keepLinkOnly: opts.follow });
  if (!opts.follow || !parsed.articles.some((a) => a.format === 'feed')) return parsed;
  const followed = await followFeedItems(parsed.articles, fetcher);
  return { articles: followed.articles, problems: [...parsed.problems, ...followed.problems] };
}
