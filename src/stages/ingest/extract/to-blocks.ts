/**
 * A DOM subtree → text blocks with the facts the cleanup needs: how much of a
 * block is link text (menus and "related" lists are mostly links) and
 * whether it is a heading or list item. Figures and captions are dropped
 * here: article-body benchmarks, and readers, do not count them as text.
 */
import type { DomNodeLike } from '../html-to-text.js';

export interface Block {
  readonly text: string;
  /** Characters of the text that sit inside `<a>`. */
  readonly linkChars: number;
  /** Tag of the innermost block element that produced it (`P`, `H2`, `LI`, …). */
  readonly tag: string;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'BUTTON',
  'SELECT', 'INPUT', 'TEXTAREA', 'HEAD', 'FORM', 'FIGCAPTION', 'PICTURE', 'VIDEO', 'AUDIO', 'NAV',
]);

const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'FIGURE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'ADDRESS', 'HR', 'BODY', 'CENTER',
  'DETAILS', 'SUMMARY', 'TBODY', 'THEAD', 'CAPTION',
]);

interface ElementLike extends DomNodeLike {
  getAttribute?(name: string): string | null;
}

/** Class/id words of captions and photo credits, which live outside `<figcaption>` on many sites. */
const CAPTION = /(^|[\s_-])(caption|credit|photo-?credit|image-?credit|wp-caption-text|media-credit)($|[\s_-])/i;

/** A figure is dropped whole unless it holds real paragraphs (some CMSs wrap the article in one). */
function isCaptionLike(el: ElementLike, name: string): boolean {
  const cls = `${el.getAttribute?.('class') ?? ''} ${el.getAttribute?.('id') ?? ''}`;
  if (CAPTION.test(cls)) return true;
  if (name !== 'FIGURE') return false;
  return (el.textContent ?? '').length < 400;
}

const collapse = (s: string): string => s.replace(/[ \t\r\n\f]+/g, ' ');

/**
 * Blocks of a subtree in document order.
 * @example toBlocks(node) // [{ text: 'First para.', linkChars: 0, tag: 'P' }, …]
 */
export function toBlocks(root: DomNodeLike): Block[] {
  const out: Block[] = [];
  let buf = '', links = 0, tag = 'DIV';
  const flush = (): void => {
    const text = buf.trim();
    if (text !== '') out.push({ text, linkChars: Math.min(links, text.length), tag });
    buf = '';
    links = 0;
  };
  const walk = (node: DomNodeLike, inLink: boolean, blockTag: string): void => {
    if (node.nodeType === TEXT_NODE) {
      const t = collapse(node.textContent ?? '');
      buf += t;
      if (inLink) links += t.trim().length;
      tag = blockTag;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name) || isCaptionLike(node as ElementLike, name)) return;
    if (name === 'BR') {
      flush();
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    // A table row is one line; its cells are separated, not split.
    if (name === 'TD' || name === 'TH') buf += ' ';
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i], inLink || name === 'A', block ? name : blockTag);
    if (block) flush();
  };
  walk(root, false, 'DIV');
  flush();
  return out;
}
