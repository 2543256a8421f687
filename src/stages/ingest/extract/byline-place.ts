/**
 * Where a byline candidate sits: in readers' comments, a picture credit, a
 * menu, or a link to the front page. One walk up the ancestors answers all
 * four; linkedom's `closest` compiles its selector on every call, which made
 * these checks a tenth of the metadata time.
 */
import type { MetaEl } from './read-metadata.js';
import { readAttr } from './read-attr.js';

export interface Walkable extends MetaEl {
  readonly localName?: string;
  readonly parentElement?: Walkable | null;
}

export interface BylinePlace {
  /** Comment sections have author markup of their own; those names are readers. */
  readonly comment: boolean;
  /** Captions and picture credits name photographers. */
  readonly credit: boolean;
  /** Menus list the paper's columnists ("Opinión ▸ Juan Soruco"), not this article's author. */
  readonly menu: boolean;
  /** A link to the site's front page names the site, whatever its markup says (a header's "vcard author"). */
  readonly frontPage: boolean;
}

const COMMENT = /comment/i;
const CREDIT = /caption|credit|photo/i;
const MENU = /menu|dropdown/i;
const FRONT_PAGE = /^(?:https?:\/\/[^/]+)?\/?(?:index\.\w+)?$/i;

/** The element and its ancestors, read once. */
export function bylinePlace(el: Walkable): BylinePlace {
  let comment = false, credit = false, menu = false, href: string | null | undefined;
  for (let e: Walkable | null | undefined = el, i = 0; e && i < 60; e = e.parentElement, i++) {
    const tag = e.localName ?? '';
    const cls = readAttr(e, 'class') ?? '';
    if (!comment && (COMMENT.test(cls) || COMMENT.test(readAttr(e, 'id') ?? ''))) comment = true;
    if (!credit && (tag === 'figure' || tag === 'figcaption' || CREDIT.test(cls))) credit = true;
    if (!menu && (tag === 'nav' || (tag === 'ul' && MENU.test(cls)) || e.getAttribute('role') === 'navigation')) menu = true;
    if (href === undefined && tag === 'a') href = e.getAttribute('href');
  }
  return { comment, credit, menu, frontPage: typeof href === 'string' && FRONT_PAGE.test(href.trim()) };
}

/** Whether the element or an ancestor has a class or id naming comments. */
export function inComments(el: Walkable): boolean {
  for (let e: Walkable | null | undefined = el, i = 0; e && i < 60; e = e.parentElement, i++) {
    if (COMMENT.test(readAttr(e, 'class') ?? '') || COMMENT.test(readAttr(e, 'id') ?? '')) return true;
  }
  return false;
}

/** Whether the element or an ancestor is one of the tags (lower case). */
export function insideTag(el: Walkable, tags: ReadonlySet<string>): boolean {
  for (let e: Walkable | null | undefined = el, i = 0; e && i < 60; e = e.parentElement, i++) if (tags.has(e.localName ?? '')) return true;
  return false;
}
