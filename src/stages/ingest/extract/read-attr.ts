/**
 * An element's attribute, read from its attribute node when the DOM offers
 * one. linkedom answers getAttribute('class') by building the element's
 * DOMTokenList (a Set of its classes) and joining it again, on every call;
 * the extractor reads the class of most elements several times, and that was
 * about a tenth of the metadata time. The node's value is the attribute as
 * written, which is what the callers' patterns test.
 */

export interface AttrEl {
  getAttribute(name: string): string | null;
  getAttributeNode?(name: string): { readonly value: string } | null;
}

/** The attribute's value, or null when the element has none. */
export function readAttr(el: AttrEl, name: string): string | null {
  if (typeof el.getAttributeNode === 'function') {
    const node = el.getAttributeNode(name);
    return node ? node.value : null;
  }
  return el.getAttribute(name);
}
