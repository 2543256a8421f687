/**
 * Escaping for the two text outputs. Everything in a brief (titles, article
 * text, quotes) comes from scraped web pages, so nothing is trusted.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and quoted attribute values.
 * @example escapeHtml('<script>') // '&lt;script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Escapes inline Markdown: backslash-escapes the characters that would start
 * HTML, emphasis, links or code, and folds line breaks so a scraped string
 * cannot open a new block (heading, list, quote). Kept light because the
 * Markdown is also read raw in a terminal.
 * @example escapeMarkdown('<b>*hi*</b>') // '\\<b\\>\\*hi\\*\\</b\\>'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/**
 * Escapes a Markdown table cell: inline escaping plus the column separator.
 * @example escapeMarkdownCell('a | b') // 'a \\| b'
 */
export function escapeMarkdownCell(text: string): string {
  return escapeMarkdown(text).replace(/\|/g, '\\|');
}
