/**
 * One HTML page → one RawArticle. Metadata is read before the body is
 * extracted, because Readability rewrites the document it is given.
 */
import type { RawArticle } from '../../core/types.js';
import { MAX_MARKUP, readPage } from './extract/extract-page.js';

/** Either an article or the reason there is none. */
export type HtmlOutcome =
  | { readonly ok: true; readonly article: RawArticle }
  | { readonly ok: false; readonly message: string };

/** Drops undefined fields so outputs compare and serialise cleanly. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Extracts the main text and metadata of an HTML page.
 * @example parseHtml('a.html', '<html lang="en"><body><article><p>Text…</p></article></body></html>')
 *   // { ok: true, article: { format: 'html', body: 'Text…', language: 'en', … } }
 */
export function parseHtml(path: string, html: string, pageUrl?: string): HtmlOutcome {
  // The same reader as `parallax extract`, measured on the benchmark pages.
  const page = readPage(html, pageUrl);
  if (!page) return { ok: false, message: 'not an HTML document' };
  if ('tooLarge' in page) return { ok: false, message: `HTML page too large: ${page.tooLarge} characters of markup without scripts and styles (limit ${MAX_MARKUP})` };
  if (page.paragraphs.join('').trim() === '') return { ok: false, message: 'HTML page has no extractable text' };
  const { meta } = page;
  const article: RawArticle = compact({
    format: 'html' as const,
    path,
    url: meta.url,
    title: page.title,
    body: page.paragraphs.join('\n'),
    published: meta.published,
    source: meta.siteName,
    byline: page.author,
    language: meta.language,
  });
  return { ok: true, article };
}
