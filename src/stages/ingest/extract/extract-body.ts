/**
 * The article body of a parsed page: Readability finds the main container,
 * then a cleanup pass drops the boilerplate it leaves in.
 */
import { Readability } from '@mozilla/readability';
import type { parseHTML } from 'linkedom';
import { nodeToParagraphs, type DomNodeLike } from '../html-to-text.js';
import { cleanupParagraphs } from './cleanup-paragraphs.js';

type Doc = ReturnType<typeof parseHTML>['document'];

export interface BodyResult {
  readonly paragraphs: readonly string[];
  readonly title?: string;
  readonly byline?: string;
}

/**
 * Main text of a document (the document is modified).
 * @example extractBody(document).paragraphs // ['First paragraph…', …]
 */
export function extractBody(document: Doc, title?: string): BodyResult {
  const parsed = new Readability<DomNodeLike>(document as unknown as Document, {
    charThreshold: 100,
    serializer: (n: Node) => n as unknown as DomNodeLike,
  }).parse();
  const raw = parsed?.content ? nodeToParagraphs(parsed.content) : [];
  return {
    paragraphs: cleanupParagraphs(raw, { title: title ?? parsed?.title ?? undefined }),
    title: parsed?.title ?? undefined,
    byline: parsed?.byline?.trim() || undefined,
  };
}
