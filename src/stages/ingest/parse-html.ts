/**
 * One HTML page → one RawArticle. Metadata is read before Readability runs,
 * because Readability rewrites the document it is given.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { RawArticle } from '../../core/types.js';
import type { DomNodeLike } from './html-to-text.js';
import { asHtmlDocument, nodeToParagraphs } from './html-to-text.js';
import { toIsoDate } from './to-iso-date.js';

/** Either an article or the reason there is none. */
export type HtmlOutcome =
  | { readonly ok: true; readonly article: RawArticle }
  | { readonly ok: false; readonly message: string };

interface PageMeta {
  title?: string;
  published?: string;
  source?: string;
  byline?: string;
  language?: string;
  url?: string;
}

type Doc = ReturnType<typeof parseHTML>['document'];

function metaContent(doc: Doc, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`)
      ?? doc.querySelector(`meta[itemprop="${key}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

/** JSON-LD may be one object, an array, or an `@graph`; find a datePublished anywhere. */
function jsonLdField(doc: Doc, field: string): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is common and must not sink the page
    }
    const stack: unknown[] = [data];
    while (stack.length > 0) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v !== null && typeof v === 'object') {
        const rec = v as Record<string, unknown>;
        if (typeof rec[field] === 'string') return rec[field] as string;
        stack.push(...Object.values(rec));
      }
    }
  }
  return undefined;
}

function readMeta(doc: Doc): PageMeta {
  const published = toIsoDate(
    metaContent(doc, 'article:published_time', 'og:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'date', 'DC.date.issued')
      ?? jsonLdField(doc, 'datePublished')
      ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
  );
  const docTitle = doc.querySelector('title')?.textContent?.trim();
  return {
    title: metaContent(doc, 'og:title', 'twitter:title') ?? (docTitle || undefined),
    published,
    source: metaContent(doc, 'og:site_name', 'application-name'),
    byline: metaContent(doc, 'author', 'article:author'),
    language: doc.documentElement?.getAttribute('lang')?.trim() || undefined,
    url: metaContent(doc, 'og:url') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
  };
}

/** Drops undefined fields so outputs compare and serialise cleanly. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Extracts the main text and metadata of an HTML page.
 * @example parseHtml('a.html', '<html lang="en"><body><article><p>Text…</p></article></body></html>')
 *   // { ok: true, article: { format: 'html', body: 'Text…', language: 'en', … } }
 */
export function parseHtml(path: string, html: string): HtmlOutcome {
  const { document } = parseHTML(asHtmlDocument(html));
  if (!document.documentElement || !document.body) return { ok: false, message: 'not an HTML document' };
  const meta = readMeta(document);
  // charThreshold low: short wire stories are still articles; clean decides length.
  const parsed = new Readability<DomNodeLike>(document as unknown as Document, {
    charThreshold: 100,
    serializer: (n: Node) => n as unknown as DomNodeLike,
  }).parse();
  const paragraphs = parsed?.content ? nodeToParagraphs(parsed.content) : [];
  if (paragraphs.join('').trim() === '') return { ok: false, message: 'HTML page has no extractable text' };
  const article: RawArticle = compact({
    format: 'html' as const,
    path,
    url: meta.url,
    title: meta.title ?? parsed?.title ?? undefined,
    body: paragraphs.join('\n'),
    published: meta.published ?? toIsoDate(parsed?.publishedTime),
    source: meta.source ?? parsed?.siteName ?? undefined,
    byline: meta.byline ?? parsed?.byline?.trim() ?? undefined,
    language: meta.language ?? parsed?.lang ?? undefined,
  });
  return { ok: true, article };
}
