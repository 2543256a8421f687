/**
 * Sitemaps and URL lists → the page URLs a watched source points at.
 *
 * - A sitemap (`<urlset>`): each `<url><loc>`, with the Google News
 *   extension's `<news:title>` and `<news:publication_date>` (or the plain
 *   `<lastmod>`) when present; newest first when dated, so a capped poll
 *   takes the latest news.
 * - A sitemap index (`<sitemapindex>`): the child sitemaps' URLs, for the
 *   caller to fetch.
 * - A URL list: one http(s) URL per line; blank lines and `#` comments
 *   skipped.
 */
import { XMLParser } from 'fast-xml-parser';
import { toIsoDate } from './to-iso-date.js';

export interface SitemapEntry {
  readonly url: string;
  readonly title?: string;
  /** ISO 8601, when the sitemap gives a date. */
  readonly published?: string;
}

export type SitemapParse =
  | { readonly kind: 'urlset'; readonly entries: readonly SitemapEntry[] }
  | { readonly kind: 'index'; readonly sitemaps: readonly string[] }
  | { readonly kind: 'invalid'; readonly message: string };

type Rec = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

function text(v: unknown): string | undefined {
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'string' || typeof v === 'number') {
    const s = String(v).trim();
    return s === '' ? undefined : s;
  }
  if (v !== null && typeof v === 'object') return text((v as Rec)['#text']);
  return undefined;
}

/** An absolute http(s) URL, resolved against `base`, or undefined. */
function httpUrl(s: string | undefined, base: string): string | undefined {
  if (s === undefined) return undefined;
  try {
    const u = new URL(s, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @example parseSitemap('https://x.org/sitemap.xml', '<urlset><url><loc>https://x.org/a</loc></url></urlset>') // { kind: 'urlset', entries: [{ url: 'https://x.org/a' }] }
 */
export function parseSitemap(base: string, xml: string): SitemapParse {
  let doc: Rec;
  try {
    doc = parser.parse(xml) as Rec;
  } catch (err) {
    return { kind: 'invalid', message: `not a readable sitemap: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
  }
  const index = doc.sitemapindex as Rec | undefined;
  if (index !== undefined && index !== null && typeof index === 'object') {
    const sitemaps = ((index.sitemap as Rec[] | undefined) ?? []).map((s) => httpUrl(text(s.loc), base)).filter((u): u is string => u !== undefined);
    return { kind: 'index', sitemaps };
  }
  const set = doc.urlset as Rec | undefined;
  if (set === undefined || set === null || typeof set !== 'object') return { kind: 'invalid', message: 'not a sitemap: no <urlset> or <sitemapindex>' };
  const entries: SitemapEntry[] = [];
  for (const u of (set.url as Rec[] | undefined) ?? []) {
    const url = httpUrl(text(u.loc), base);
    if (url === undefined) continue;
    const news = (Array.isArray(u.news) ? u.news[0] : u.news) as Rec | undefined;
    const title = news !== undefined ? text(news.title) : undefined;
    const date = (news !== undefined ? text(news.publication_date) : undefined) ?? text(u.lastmod);
    const published = date !== undefined ? toIsoDate(date) : undefined;
    entries.push({ url, ...(title !== undefined ? { title } : {}), ...(published !== undefined ? { published } : {}) });
  }
  // Newest first (undated last, in document order): a capped poll takes the latest.
  const order = entries.map((e, i) => ({ e, i }));
  order.sort((a, b) => (b.e.published ?? '').localeCompare(a.e.published ?? '') || a.i - b.i);
  return { kind: 'urlset', entries: order.map((o) => o.e) };
}

/** The http(s) URLs of a plain-text list, in order, each once. */
export function parseUrlList(base: string, text: string): string[] {
  const out = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const u = httpUrl(t.split(/\s+/)[0], base);
    if (u !== undefined) out.add(u);
  }
  return [...out];
}
