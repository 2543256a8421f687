/**
 * Page metadata from every signal a page offers, strongest first: JSON-LD
 * (written for search engines, so usually right), OpenGraph and other meta
 * tags, microdata, `<time>`, visible bylines, and finally the URL. It is read
 * before Readability runs, because Readability rewrites the document.
 */
import { toIsoDate } from '../to-iso-date.js';
import { cleanText, readTitle } from './read-title.js';
import { readAuthor } from './read-author.js';

export { cleanByline } from './read-author.js';

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

/**
 * An ISO timestamp is kept as written: converting "2022-05-03T23:00+02:00" to
 * UTC would move it to another day, and the day is what readers and the
 * benchmarks compare. Other forms go through toIsoDate.
 */
function toDate(v: unknown): string | undefined {
  if (typeof v === 'string' && /^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && !Number.isNaN(Date.parse(v.trim()))) return v.trim();
  return toIsoDate(v);
}

const MONTHS: Record<string, number> = {
  jan: 1, januar: 1, january: 1, janvier: 1, feb: 2, februar: 2, february: 2, février: 2, mär: 3, mar: 3, märz: 3, march: 3, mars: 3,
  apr: 4, april: 4, avril: 4, may: 5, mai: 5, jun: 6, juni: 6, june: 6, juin: 6, jul: 7, juli: 7, july: 7, juillet: 7,
  aug: 8, august: 8, août: 8, sep: 9, sept: 9, september: 9, septembre: 9, okt: 10, oct: 10, oktober: 10, october: 10, octobre: 10,
  nov: 11, november: 11, novembre: 11, dez: 12, dec: 12, dezember: 12, december: 12, décembre: 12,
  // Italian, Spanish, Portuguese and Dutch, the other languages of the dev pages.
  gennaio: 1, enero: 1, janeiro: 1, januari: 1, febbraio: 2, febrero: 2, fevereiro: 2, februari: 2, marzo: 3, março: 3, maart: 3,
  aprile: 4, abril: 4, maggio: 5, mayo: 5, maio: 5, mei: 5, giugno: 6, junio: 6, junho: 6, luglio: 7, julio: 7, julho: 7,
  agosto: 8, augustus: 8, settembre: 9, septiembre: 9, setembro: 9, ottobre: 10, octubre: 10, outubro: 10,
  noviembre: 11, dicembre: 12, diciembre: 12, dezembro: 12,
};

/** A calendar date written in visible text: 06.08.2009, 6. August 2009, August 6, 2009, 2009-08-06. */
export function dateInText(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const day = (y: string, m: number | undefined, d: string): string | undefined =>
    m ? toIsoDate(`${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`) : undefined;
  let m = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(text);
  if (m) return day(m[1], +m[2], m[3]);
  m = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})\b/.exec(text);
  if (m) return day(m[3], +m[2], m[1]);
  m = /\b(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?((?:19|20)\d{2})\b/u.exec(text);
  if (m && MONTHS[m[2].toLowerCase()]) return day(m[3], MONTHS[m[2].toLowerCase()], m[1]);
  m = /\b(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b/u.exec(text);
  if (m && MONTHS[m[1].toLowerCase()]) return day(m[3], MONTHS[m[1].toLowerCase()], m[2]);
  return undefined;
}

const clean = cleanText;

function metaContent(doc: MetaDoc, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const v = clean(doc.querySelector(`meta[${attr}="${key}" i]`)?.getAttribute('content'));
      if (v) return v;
    }
  }
  return undefined;
}

/** Every object in every JSON-LD block (arrays and `@graph`s flattened). */
function jsonLdObjects(doc: MetaDoc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      // Some CMSs wrap the JSON in CDATA or leave control characters in it.
      data = JSON.parse((script.textContent ?? '').replace(/^\s*(\/\/)?<!\[CDATA\[|(\/\/)?\]\]>\s*$/g, '').replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      continue; // a broken JSON-LD block is common and must not sink the page
    }
    const stack: unknown[] = [data];
    while (stack.length > 0) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v !== null && typeof v === 'object') {
        const rec = v as Record<string, unknown>;
        out.push(rec);
        if (Array.isArray(rec['@graph'])) stack.push(...rec['@graph']);
        else if (rec['mainEntity'] && typeof rec['mainEntity'] === 'object') stack.push(rec['mainEntity']);
      }
    }
  }
  return out;
}

const ARTICLE_TYPE = /Article|Posting|Report|Blog|NewsArticle|WebPage|CreativeWork/i;

function ldType(o: Record<string, unknown>): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
}

/** A person or organisation value as names: "A", {name}, [{name}, …]. */
function names(v: unknown): string[] {
  if (typeof v === 'string') return /^https?:/.test(v) ? [] : [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (v && typeof v === 'object') {
    const n = (v as Record<string, unknown>)['name'];
    return typeof n === 'string' ? [n] : [];
  }
  return [];
}

interface LdFacts { title?: string; published?: string; authors: string[]; publishers: string[] }

function fromJsonLd(doc: MetaDoc): LdFacts {
  // Article-like objects first: a page's WebSite or Organization node has a name too.
  const objs = jsonLdObjects(doc).sort((a, b) => rank(b) - rank(a));
  let title: string | undefined, published: string | undefined, authors: string[] = [];
  const publishers: string[] = [];
  for (const o of objs) {
    if (!ARTICLE_TYPE.test(ldType(o))) continue;
    title ??= typeof o['headline'] === 'string' ? clean(o['headline']) : undefined;
    published ??= toDate(o['datePublished']) ?? toDate(o['dateCreated']) ?? toDate(o['uploadDate']);
    if (authors.length === 0) authors = names(o['author']).map((s) => clean(s)).filter((s): s is string => !!s);
    publishers.push(...names(o['publisher']));
  }
  return { title, published, authors, publishers };
}

function rank(o: Record<string, unknown>): number {
  const t = ldType(o);
  return /Article|Posting|Report|Blog/i.test(t) ? 2 : /WebPage/i.test(t) ? 1 : 0;
}

/** Dates in article URLs: /2019/11/18/, /2019-11-18-, /20191118/. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /[/_-]((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/.exec(url)
    ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(url);
  if (m) return toIsoDate(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`);
  // Day-first, as European sites write it: /meldungen/29-10-2021.
  const d = /[/_-](\d{1,2})[-_.](\d{1,2})[-_.]((?:19|20)\d{2})(?:[/_.-]|$)/.exec(url);
  return d ? toIsoDate(`${d[3]}-${d[2].padStart(2, '0')}-${d[1].padStart(2, '0')}`) : undefined;
}

const DATE_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'article.published',
  'datePublished', 'publishdate', 'publish-date', 'pubdate', 'publication_date', 'sailthru.date',
  'parsely-pub-date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'date',
  'citation_publication_date', 'citation_date', 'og:pubdate', 'article:published', 'parsely-pub-date', 'dc.date.created',
  'originalpublicationdate', 'date_published', 'publishedat', 'published_time', 'release_date', 'uploaddate',
];

/** Modification dates: only when nothing says when the page was published. */
const MODIFIED_META = ['og:updated_time', 'article:modified_time', 'last-modified', 'dateModified', 'lastmod'];

/** Short text just below the headline, where most themes print the date. */
function dateNearHeadline(doc: MetaDoc): string | undefined {
  const h1 = doc.querySelector('article h1') ?? doc.querySelector('h1');
  type Sib = MetaEl & { nextElementSibling?: Sib | null; parentElement?: Sib | null };
  let el = (h1 as Sib | null)?.nextElementSibling ?? null;
  for (let i = 0; el && i < 4; i++, el = el.nextElementSibling ?? null) {
    const t = el.textContent ?? '';
    if (t.length < 300) {
      const d = dateInText(clean(t));
      if (d) return d;
    }
  }
  return undefined;
}

function visibleDate(doc: MetaDoc): string | undefined {
  const el = doc.querySelector('[itemprop="datePublished"]');
  const v = toDate(el?.getAttribute('content') ?? el?.getAttribute('datetime')) ?? dateInText(clean(el?.textContent)?.slice(0, 200));
  if (v) return v;
  for (const sel of ['time[pubdate]', 'article time[datetime]', 'time[datetime]']) {
    const t = toDate(doc.querySelector(sel)?.getAttribute('datetime'));
    if (t) return t;
  }
  // Dates written for readers, in the elements themes use for them.
  for (const sel of ['time', '[class*="date" i]', '[class*="datum" i]', '[class*="fecha" i]', '[class*="posted" i]', '[class*="publi" i]',
    '[class*="submitted" i]', '[class*="meta" i]', '[class*="byline" i]', '[class*="time" i]', '[class*="info" i]']) {
    const t = dateInText(clean(doc.querySelector(sel)?.textContent)?.slice(0, 200));
    if (t) return t;
  }
  return dateNearHeadline(doc);
}

/**
 * Title, date, author, language, site and canonical URL of a page.
 * @example readMetadata(doc, 'https://x.org/2020/01/02/a').published // '2020-01-02' when nothing better
 */
export function readMetadata(doc: MetaDoc, pageUrl?: string): PageMetadata {
  const ld = fromJsonLd(doc);
  const siteName = metaContent(doc, ['og:site_name', 'application-name']);
  const docTitle = clean(doc.querySelector('title')?.textContent);
  const metaTitle = metaContent(doc, ['og:title', 'twitter:title', 'dc.title', 'headline']);
  const title = readTitle(doc, [ld.title, metaTitle, docTitle], siteName);
  const published = ld.published ?? toDate(metaContent(doc, DATE_META)) ?? visibleDate(doc) ?? dateFromUrl(pageUrl)
    ?? toDate(metaContent(doc, MODIFIED_META));
  const metaAuthor = metaContent(doc, ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author', 'citation_author', 'twitter:data1', 'cxenseparse:author']);
  const url = metaContent(doc, ['og:url']) ?? clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? pageUrl;
  const author = readAuthor(doc, { ldAuthors: ld.authors, metaAuthor, siteName, publishers: ld.publishers, url: pageUrl ?? url });
  const language = clean(doc.documentElement?.getAttribute('lang'))
    ?? metaContent(doc, ['og:locale', 'content-language', 'language', 'dc.language'])
    ?? clean(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'));
  return { title, published, author, language: language?.replace('_', '-'), siteName, url };
}
