/**
 * HTML → paragraphs. `textContent` glues paragraphs together ("...end.Next"),
 * which breaks sentence splitting and reuse detection downstream, so we walk
 * the tree and start a new line at every block boundary and `<br>`.
 */
import { parseHTML } from 'linkedom';
import { capNesting } from './extract/cap-nesting.js';

/** The slice of the DOM we read; linkedom and browsers both satisfy it. */
export interface DomNodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNodeLike>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'HEAD', 'FORM',
]);

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'NAV',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH',
  'ADDRESS', 'HR', 'BODY', 'CENTER', 'DETAILS', 'SUMMARY', 'TBODY', 'THEAD',
]);

/** Collapses the whitespace HTML collapses; NBSP survives for clean to handle. */
function collapse(s: string): string {
  return s.replace(/[ \t\r\n\f]+/g, ' ');
}

/**
 * The paragraphs of a DOM subtree, one string per block, in document order.
 * @example nodeToParagraphs(document.body) // ['First para.', 'Second para.']
 */
export function nodeToParagraphs(root: DomNodeLike): readonly string[] {
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    const line = buf.trim();
    if (line !== '') out.push(line);
    buf = '';
  };
  const walk = (node: DomNodeLike): void => {
    if (node.nodeType === TEXT_NODE) {
      buf += collapse(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      flush();
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

/**
 * A full document for linkedom, which builds no root element (and then
 * throws on `.body`) for a fragment or plain text without `<html>`.
 * @example asHtmlDocument('<p>Hi</p>') // '<!doctype html><html><head></head><body><p>Hi</p></body></html>'
 */
export function asHtmlDocument(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/**
 * The paragraphs of an HTML fragment or document (no boilerplate removal:
 * that is Readability's job for pages and clean's for everything).
 * @example htmlToParagraphs('<p>One.</p><p>Two<br>Three</p>') // ['One.', 'Two', 'Three']
 */
export function htmlToParagraphs(html: string): readonly string[] {
  const { document } = parseHTML(asHtmlDocument(capNesting(html)));
  const body = (document.body ?? document.documentElement) as unknown as DomNodeLike | null;
  return body ? nodeToParagraphs(body) : [];
}

/**
 * True when a string looks like markup rather than plain text, so feed and
 * JSONL content is only run through the HTML parser when it needs it.
 * @example looksLikeHtml('<p>Hi</p>') // true
 */
export function looksLikeHtml(s: string): boolean {
  return /<\/?(p|div|br|span|a|b|i|em|strong|h[1-6]|ul|ol|li|img|figure|blockquote|table)\b[^>]*>/i.test(s);
}
