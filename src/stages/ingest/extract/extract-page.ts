/**
 * One page of a batch → one output record. Pure and synchronous, so the CLI
 * can run it on worker threads; a failure is a value with a reason, never a throw.
 */
import { parseHTML } from 'linkedom';
import { asHtmlDocument } from '../html-to-text.js';
import { extractBody } from './extract-body.js';
import { readMetadata, type MetaDoc } from './read-metadata.js';
import { cleanByline } from './read-author.js';

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

/** Refuse absurd pages rather than stall a worker (the largest benchmark page is ~2 MB). */
const MAX_HTML = 20_000_000;

/**
 * Main text and metadata of one HTML page.
 * @example extractPage({ id: 1, html: '<article><h1>T</h1><p>Body text…</p></article>' }).text // 'Body text…'
 */
export function extractPage(page: PageInput): ExtractedPage {
  const empty = { id: page.id, title: null, text: '', published: null, author: null, language: null };
  if (typeof page.html !== 'string') return { ...empty, error: 'no html field' };
  if (page.html.length > MAX_HTML) return { ...empty, error: `page too large (${page.html.length} chars)` };
  try {
    const html = asHtmlDocument(page.html);
    const { document } = parseHTML(html);
    if (!document.documentElement || !document.body) return { ...empty, error: 'not an HTML document' };
    const meta = readMetadata(document as unknown as MetaDoc, page.url);
    const body = extractBody(document, meta.title, { reparse: () => parseHTML(html).document });
    return {
      id: page.id,
      title: meta.title ?? (body.title || null),
      text: body.paragraphs.join('\n'),
      published: meta.published ?? null,
      author: meta.author ?? cleanByline(body.byline) ?? null,
      language: meta.language ?? null,
    };
  } catch (err) {
    return { ...empty, error: `extraction failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
