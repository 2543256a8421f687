/**
 * A letter-style signature closing the article: the writer's name on one
 * line and the date on the next ("Benni<br>10. September 2017"), as personal
 * blogs and open letters sign off. Only the last paragraphs of an `<article>`
 * or `<main>` are read, and the name must be followed by a date, so a closing
 * "Danke!" or a photo credit is not taken for a signature.
 */
import { dateInText } from './date-in-text.js';
import type { MetaDoc, MetaEl } from './read-metadata.js';

export interface Signature {
  readonly name: string;
  /** The signature's date, as YYYY-MM-DD. */
  readonly date: string;
}

interface LineNode {
  readonly nodeType: number;
  readonly localName?: string;
  readonly textContent: string | null;
  readonly childNodes?: ArrayLike<LineNode>;
}

/** A paragraph's lines as a reader sees them: `<br>` ends a line. */
function lines(p: LineNode): string[] {
  const out: string[] = [''];
  const walk = (n: LineNode): void => {
    if (n.nodeType === 3) out[out.length - 1] += n.textContent ?? '';
    else if (n.localName === 'br') out.push('');
    else for (const k of Array.from(n.childNodes ?? [])) walk(k);
  };
  walk(p);
  return out.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l.length > 0);
}

/** One to three capitalised words: a first name, or a full name. */
const NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’.-]*){0,2}$/u;

/**
 * The signature of the page's article, or undefined.
 * @example readSignature(doc) // { name: 'Benni', date: '2017-09-10' } for '<article>…<p>Benni<br>10. September 2017</p></article>'
 */
export function readSignature(doc: MetaDoc): Signature | undefined {
  const paragraphs = [...doc.querySelectorAll('article p, main p')] as (MetaEl & LineNode)[];
  for (const p of paragraphs.slice(-3).reverse()) {
    if ((p.textContent ?? '').length > 120) continue;
    const ls = lines(p);
    if (ls.length !== 2 || ls[0].length > 40 || !NAME.test(ls[0])) continue;
    // The date line is a date and nothing else (a weekday or place may precede it).
    const date = ls[1].length <= 40 ? dateInText(ls[1]) : undefined;
    if (date) return { name: ls[0], date };
  }
  return undefined;
}
