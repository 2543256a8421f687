/**
 * Page metadata from every signal a page offers, strongest first: JSON-LD
 * (written for search engines, so usually right), OpenGraph and other meta
 * tags, microdata, `<time>`, visible bylines, and finally the URL. It is read
 * before Readability runs, because Readability rewrites the document.
 */
import { cleanText, readTitle } from './read-title.js';
import { readAuthor } from './read-author.js';
import { readDate } from './read-date.js';
import { readJsonLd } from './read-json-ld.js';
import { allMeta, firstMeta } from './meta-tags.js';

export { cleanByline } from './read-author.js';
export { dateFromUrl, dateInText } from './read-date.js';

/** The slice of a DOM document we read (linkedom's and a browser's both fit). */
export interface MetaDoc {
  querySelector(sel: string): MetaEl | null;
  querySelectorAll(sel: string): Iterable<MetaEl>;
  readonly documentElement: MetaEl | null;
}
export interface MetaEl {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
  querySelector(sel: string): MetaEl | null;
}

export interface PageMetadata {
  readonly title?: string;
  readonly published?: string;
  readonly author?: string;
  readonly language?: string;
  readonly siteName?: string;
  readonly url?: string;
}

const clean = cleanText;

const metaContent = (doc: MetaDoc, keys: readonly string[]): string | undefined => firstMeta(doc, keys, clean);
const metaContents = (doc: MetaDoc, keys: readonly string[]): string[] => allMeta(doc, keys, clean);

/**
 * Title, date, author, language, site and canonical URL of a page.
 * @example readMetadata(doc, 'https://x.org/2020/01/02/a').published // '2020-01-02' when nothing better
 */
export function readMetadata(doc: MetaDoc, pageUrl?: string): PageMetadata {
  const ld = readJsonLd(doc);
  const siteName = metaContent(doc, ['og:site_name', 'application-name']);
  const docTitle = clean(doc.querySelector('title')?.textContent);
  const metaTitle = metaContent(doc, ['og:title', 'twitter:title', 'dc.title', 'headline']);
  const title = readTitle(doc, [ld.title, metaTitle, docTitle], siteName);
  const published = readDate(doc, ld.dates, pageUrl, ld.modified);
  const metaAuthor = metaContents(doc, ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author', 'citation_author', 'twitter:data1', 'cxenseparse:author']);
  const url = metaContent(doc, ['og:url']) ?? clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? pageUrl;
  const author = readAuthor(doc, { ldAuthors: ld.authors, metaAuthor, siteName, handle: metaContent(doc, ['twitter:creator']), publishers: ld.publishers, url: pageUrl ?? url });
  const language = clean(doc.documentElement?.getAttribute('lang'))
    ?? metaContent(doc, ['og:locale', 'content-language', 'language', 'dc.language'])
    ?? clean(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'));
  return { title, published, author, language: language?.replace('_', '-'), siteName, url };
}
