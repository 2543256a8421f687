/**
 * One page of a batch → one output record. Pure and synchronous, so the CLI
 * can run it on worker threads; a failure is a value with a reason, never a throw.
 */
import { parseHTML } from 'linkedom';
import { asHtmlDocument } from '../html-to-text.js';
import { extractBody } from './extract-body.js';
import { readMetadata, type MetaDoc, type MetaEl, type PageMetadata } from './read-metadata.js';
import { cleanByline } from './read-author.js';
import { authorOrCredit } from './closing-credit.js';
import { letterDictionary, restoreLostLetters } from './restore-letters.js';
import { stripDeadMarkup } from './strip-dead-markup.js';
import { queryIndex, type QueryEl } from './query-index.js';
import { capNesting } from './cap-nesting.js';

export interface PageInput {
  readonly id: string | number;
  readonly url?: string;
  readonly html: string;
}

export interface ExtractedPage {
  readonly id: string | number;
  readonly title: string | null;
  readonly text: string;
  readonly published: string | null;
  readonly author: string | null;
  readonly language: string | null;
  readonly error?: string;
}

/** `meta[name="description" i]` and the like: the metadata readers ask dozens of these per page. */
const META_QUERY = /^meta\[(name|property|itemprop|http-equiv)="([^"\\]+)" i\]$/;

/**
 * The document as the metadata readers see it, with their many
 * `meta[attr="key" i]` lookups answered from one index of the page's meta
 * tags, simple selectors answered from one list of the page's elements
 * (query-index.ts), and every answer remembered, instead of a walk over the
 * whole DOM per lookup (that was a third of the extraction time). The readers
 * do not modify the document, so remembered answers stay right.
 */
export function indexedMetaDoc(document: MetaDoc): MetaDoc {
  const metas = [...document.querySelectorAll('meta')];
  const first = new Map<string, MetaEl>();
  for (const m of metas) {
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const v = m.getAttribute(attr);
      const key = v === null ? '' : `${attr}=${v.toLowerCase()}`;
      if (key && !first.has(key)) first.set(key, m);
    }
  }
  const all = new Map<string, MetaEl[]>();
  let index: { all(sel: string): (MetaEl & QueryEl)[] | undefined } | undefined;
  const queryAll = (sel: string): MetaEl[] => {
    let v = all.get(sel);
    if (v === undefined) {
      index ??= queryIndex([...document.querySelectorAll('*')] as (MetaEl & QueryEl)[]);
      all.set(sel, (v = index.all(sel) ?? [...document.querySelectorAll(sel)]));
    }
    return v;
  };
  return {
    documentElement: document.documentElement,
    querySelector(sel: string): MetaEl | null {
      const m = META_QUERY.exec(sel);
      if (m) return first.get(`${m[1]}=${m[2].toLowerCase()}`) ?? null;
      return queryAll(sel)[0] ?? null;
    },
    querySelectorAll(sel: string): Iterable<MetaEl> {
      return sel === 'meta' ? metas : queryAll(sel);
    },
  };
}

/** Refuse absurd pages rather than stall a worker (the largest benchmark page is ~2 MB). */
const MAX_HTML = 20_000_000;

/**
 * Markup left after scripts, styles and comments go: the DOM of a page costs
 * about 30 times its size in memory and Readability's time grows with it (a
 * 19 MB page took 19 s and 650 MB). The largest dev page keeps 365,000
 * characters; ten times that is no article page.
 */
export const MAX_MARKUP = 4_000_000;

const JSON_LD_SCRIPT = /<script\b[^>]*ld\+json[^>]*>[\s\S]*?<\/script\s*>/gi;

/** A page refused before parsing, with its markup's size. */
export interface PageTooLarge {
  readonly tooLarge: number;
}

/** What one page gives: the metadata and the main text's paragraphs. */
export interface ReadPage {
  readonly meta: PageMetadata;
  readonly title?: string;
  readonly paragraphs: readonly string[];
  readonly author?: string;
}

/**
 * Metadata and body of one HTML page, as both `parallax extract` and ingest
 * read it. Metadata is read first, because Readability rewrites the document.
 * Throws only on a broken environment; a page that is not HTML gives undefined.
 */
export function readPage(rawHtml: string, pageUrl?: string): ReadPage | PageTooLarge | undefined {
  // Nesting is capped before parsing, so no walk (ours or Readability's) overflows the stack.
  const html = capNesting(stripDeadMarkup(asHtmlDocument(rawHtml)));
  if (html.length > MAX_MARKUP) {
    // JSON-LD is one text node in the DOM, cheap to hold: it does not count.
    const size = html.length - [...html.matchAll(JSON_LD_SCRIPT)].reduce((n, m) => n + m[0].length, 0);
    if (size > MAX_MARKUP) return { tooLarge: size };
  }
  const { document } = parseHTML(html);
  if (!document.documentElement || !document.body) return undefined;
  const meta = readMetadata(indexedMetaDoc(document as unknown as MetaDoc), pageUrl);
  // Letters lost to a wrong charset are restored from the page's own words, read before Readability prunes it.
  const dictionary = html.includes('\uFFFD') ? letterDictionary(pageWords(document as unknown as MetaDoc)) : undefined;
  const body = extractBody(document, meta.title, { reparse: () => parseHTML(html).document });
  const author = authorOrCredit(meta.author ?? cleanByline(body.byline), body.paragraphs);
  const title = meta.title ?? (body.title || undefined);
  if (!dictionary) return { meta, title, paragraphs: body.paragraphs, author };
  const fix = (t: string): string => restoreLostLetters(t, dictionary);
  return { meta, title: title && fix(title), paragraphs: body.paragraphs.map(fix), author: author && fix(author) };
}

/** The page's text and descriptions, where a word mangled in one place may be spelled right in another. */
function pageWords(doc: MetaDoc): string[] {
  const out = [doc.querySelector('body')?.textContent ?? ''];
  for (const m of doc.querySelectorAll('meta[content]')) out.push(m.getAttribute('content') ?? '');
  return out;
}

/**
 * Main text and metadata of one HTML page.
 * @example extractPage({ id: 1, html: '<article><h1>T</h1><p>Body text…</p></article>' }).text // 'Body text…'
 */
export function extractPage(page: PageInput): ExtractedPage {
  const empty = { id: page.id, title: null, text: '', published: null, author: null, language: null };
  if (typeof page.html !== 'string') return { ...empty, error: 'no html field' };
  if (page.html.length > MAX_HTML) return { ...empty, error: `page too large (${page.html.length} chars)` };
  try {
    const read = readPage(page.html, page.url);
    if (!read) return { ...empty, error: 'not an HTML document' };
    if ('tooLarge' in read) return { ...empty, error: `page too large (${read.tooLarge} characters of markup without scripts and styles, limit ${MAX_MARKUP})` };
    return {
      id: page.id,
      title: read.title ?? null,
      text: read.paragraphs.join('\n'),
      published: read.meta.published ?? null,
      author: read.author ?? null,
      language: read.meta.language ?? null,
    };
  } catch (err) {
    return { ...empty, error: `extraction failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
