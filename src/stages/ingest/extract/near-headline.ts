/**
 * The elements right around the headline, where most themes print the date
 * line and the byline: four below it and three above (a kicker and a picture
 * may stand between a date line and the headline).
 */
import type { MetaDoc, MetaEl } from './read-metadata.js';

type Sib = MetaEl & { nextElementSibling?: Sib | null; previousElementSibling?: Sib | null };

/** The headline's neighbours, below first; empty when the page has no h1. */
export function nearHeadline(doc: MetaDoc): MetaEl[] {
  const h1 = (doc.querySelector('article h1') ?? doc.querySelector('h1')) as Sib | null;
  const near: Sib[] = [];
  for (let el = h1?.nextElementSibling ?? null, i = 0; el && i < 4; i++, el = el.nextElementSibling ?? null) near.push(el);
  for (let el = h1?.previousElementSibling ?? null, i = 0; el && i < 3; i++, el = el.previousElementSibling ?? null) near.push(el);
  return near;
}
