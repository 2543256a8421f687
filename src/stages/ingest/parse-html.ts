/**
 * One HTML page → one RawArticle. Metadata is read before the body is
 * extracted, because Readability rewrites the document it is given.
 */
import { parseHTML } from 'linkedom';
import type { RawArticle } from '../../core/types.js';
import { extractBody } from './extract/extract-body.js';
import { cleanByline, readMetadata, type MetaDoc } from './extract/read-metadata.js';
import { asHtmlDocument } from './html-to-text.js';

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
  const { document } = parseHTML(asHtmlDocument(html));
  if (!document.documentElement || !document.body) return { ok: false, message: 'not an HTML document' };
  // The same extractor as `parallax extract`, measured on the benchmark pages.
  const meta = readMetadata(document as unknown as MetaDoc, pageUrl);
  const body = extractBody(document, meta.title);
  if (body.paragraphs.join('').trim() === '') return { ok: false, message: 'HTML page has no extractable text' };
  const article: RawArticle = compact({
    format: 'html' as const,
    path,
    url: meta.url,
    title: meta.title ?? (body.title || undefined),
    body: body.paragraphs.join('\n'),
    published: meta.published,
    source: meta.siteName,
    byline: meta.author ?? cleanByline(body.byline),
    language: meta.language,
  });
  return { ok: true, article };
}
