/**
 * The article body of a parsed page: obvious widgets (cookie banners, share
 * bars, newsletter boxes) are removed first, Readability finds the main
 * container, and a cleanup pass drops the boilerplate it leaves in.
 */
import { Readability } from '@mozilla/readability';
import type { parseHTML } from 'linkedom';
import type { DomNodeLike } from '../html-to-text.js';
import { cleanupParagraphs } from './cleanup-paragraphs.js';
import { toBlocks } from './to-blocks.js';

type Doc = ReturnType<typeof parseHTML>['document'];

export interface BodyResult {
  readonly paragraphs: readonly string[];
  readonly title?: string;
  readonly byline?: string;
}

/**
 * Class or id words of page widgets. Readability spares an element whose class
 * also says "content" or "article" ("article-share", "content-related"), so
 * these go before it runs.
 */
const WIDGET = /(^|[\s_-])(cookies?|consent|gdpr|newsletter|sharing|share-?buttons|social-?share|breadcrumbs?|outbrain|taboola|popup|modal)($|[\s_-])/i;

/** Elements that are never article text in any page. */
const NEVER_SELECTOR = '[role="navigation"], [role="contentinfo"], [hidden]';

interface El {
  readonly className?: string;
  readonly id?: string;
  readonly textContent: string | null;
  readonly tagName: string;
  remove(): void;
  querySelectorAll(sel: string): Iterable<El>;
}

function removeWidgets(document: Doc): void {
  const body = document.body as unknown as El;
  const bodyLen = (body.textContent ?? '').length;
  for (const el of [...body.querySelectorAll(NEVER_SELECTOR)]) {
    // Some sites put the whole article inside <aside> or a hidden wrapper: keep big ones.
    if ((el.textContent ?? '').length < bodyLen * 0.3) el.remove();
  }
  for (const el of [...body.querySelectorAll('[class], [id]')]) {
    const words = `${typeof el.className === 'string' ? el.className : ''} ${el.id ?? ''}`;
    if (!WIDGET.test(words) || /^(BODY|HTML|ARTICLE|MAIN)$/.test(el.tagName)) continue;
    if ((el.textContent ?? '').length < bodyLen * 0.15) el.remove();
  }
}

/**
 * Main text of a document (the document is modified).
 * @example extractBody(document).paragraphs // ['First paragraph…', …]
 */
export function extractBody(document: Doc, title?: string): BodyResult {
  removeWidgets(document);
  const parsed = new Readability<DomNodeLike>(document as unknown as Document, {
    charThreshold: 100,
    serializer: (n: Node) => n as unknown as DomNodeLike,
  }).parse();
  const blocks = parsed?.content ? toBlocks(parsed.content) : [];
  return {
    paragraphs: cleanupParagraphs(blocks, { title: title ?? parsed?.title ?? undefined }),
    title: parsed?.title ?? undefined,
    byline: parsed?.byline?.trim() || undefined,
  };
}
