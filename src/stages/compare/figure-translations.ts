/**
 * A translation's figures are its original's figures: "252 giorni" in the
 * Italian rendering of a sentence that says "more than 252 days" is that
 * figure again, not a second quantity to compare ("70 000 soldats" and
 * "70,000 troops" one value of one quantity). Their words cannot be compared
 * across languages, but the translation detector aligned the two texts
 * sentence by sentence (provenance/translation.ts): within an aligned pair of
 * sentences, a value each side gives once is one figure. Such figures join
 * one wording group, as a same-language copy's figures join their
 * representative's (variants.ts), so they are grouped as one, by the
 * original's words when it is in the brief's language.
 */
import type { ArticleId } from '../../core/ids.js';
import type { Span } from '../../core/types.js';
import type { FigureItems } from './group-figures.js';
import type { Item } from './figure-items.js';
import { UnionFind } from './union-find.js';

/** A translation pair's aligned sentences, as the reuse record of kind "translation" holds them. */
export interface TranslatedText {
  readonly a: ArticleId;
  readonly b: ArticleId;
  readonly pairs: readonly { readonly a: Span; readonly b: Span }[];
}

/** Equal values, to the float error of scaling ("$4.28 billion" is 4280000000.000001, "42.8 亿美元" 4280000000). */
function near(x: number | undefined, y: number | undefined): boolean {
  if (x === undefined || y === undefined) return x === y;
  return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
}

/** Units every language's figures share: a percentage and the currencies (figures-units.ts, figures-intl.ts). */
const SHARED_UNITS: ReadonlySet<string> = new Set(['percent', 'degrees', 'usd', 'eur', 'gbp', 'jpy', 'rub', 'uah', 'cny', 'chf', 'pln', 'try', 'inr', 'cad', 'aud']);

function special(unit: string): boolean {
  return SHARED_UNITS.has(unit);
}

/** One value in two languages: equal values, and a percentage or a currency on both sides alike (counted words differ by language). */
function sameFigure(x: Item, y: Item): boolean {
  const a = x.f;
  const b = y.f;
  if (!near(a.value, b.value) || !near(a.valueMax, b.valueMax) || Boolean(a.isYear) !== Boolean(b.isYear)) return false;
  return special(a.unit) || special(b.unit) ? a.unit === b.unit : true;
}

/**
 * For each aligned pair of passages of each translation, what of each side lies inside its passage (`byArticle`:
 * each article's things in start order; `spanOf`: where one is): the figures here, the quotes in quote-translations.ts.
 */
export function* alignedContents<T>(translations: readonly TranslatedText[], byArticle: ReadonlyMap<ArticleId, readonly T[]>, spanOf: (x: T) => Span): Generator<readonly [T[], T[]]> {
  for (const t of translations) {
    const la = byArticle.get(t.a);
    const lb = byArticle.get(t.b);
    if (la === undefined || lb === undefined) continue;
    for (const p of t.pairs) yield [inside(la, p.a, spanOf), inside(lb, p.b, spanOf)];
  }
}

function inside<T>(list: readonly T[], span: Span, spanOf: (x: T) => Span): T[] {
  const out: T[] = [];
  for (const x of list) {
    const s = spanOf(x);
    if (s.start >= span.start && s.end <= span.end) out.push(x);
  }
  return out;
}

/**
 * `prepared` with the wording groups of a translation's figures joined to
 * their original's; unchanged when no translation aligns a figure.
 * @example withTranslatedFigures(prepared, [{ a, b, pairs }], (id) => lang.get(id)).repItems.length // fewer
 */
export function withTranslatedFigures(prepared: FigureItems, translations: readonly TranslatedText[], languageOf: (id: ArticleId) => string): FigureItems {
  if (translations.length === 0) return prepared;
  const { items, rep } = prepared;
  const byArticle = new Map<ArticleId, number[]>();
  for (let i = 0; i < items.length; i++) {
    const list = byArticle.get(items[i]!.articleId);
    if (list) list.push(i);
    else byArticle.set(items[i]!.articleId, [i]);
  }
  const uf = new UnionFind(prepared.repItems.length);
  let joined = false;
  for (const [xa, xb] of alignedContents(translations, byArticle, (i) => items[i]!.f)) {
    for (const i of xa) {
      const mates = xb.filter((j) => sameFigure(items[i]!, items[j]!));
      // A value given twice on either side of the pair is ambiguous: which is which is unknown.
      if (mates.length !== 1 || xa.filter((k) => sameFigure(items[k]!, items[mates[0]!]!)).length !== 1) continue;
      uf.union(rep[i]!, rep[mates[0]!]!);
      joined = true;
    }
  }
  if (!joined) return prepared;
  // Each joined group's representative: a wording in the brief's language (English) when there is one, else the first.
  const chosen = new Map<number, number>();
  for (let r = 0; r < prepared.repItems.length; r++) {
    const root = uf.find(r);
    const cur = chosen.get(root);
    if (cur === undefined || (languageOf(prepared.repItems[cur]!.articleId) !== 'en' && languageOf(prepared.repItems[r]!.articleId) === 'en')) chosen.set(root, r);
  }
  const renumber = new Map<number, number>();
  const repItems: Item[] = [];
  for (let r = 0; r < prepared.repItems.length; r++) {
    const c = chosen.get(uf.find(r))!;
    if (!renumber.has(c)) {
      renumber.set(c, repItems.length);
      repItems.push(prepared.repItems[c]!);
    }
  }
  const newRep = rep.map((r) => renumber.get(chosen.get(uf.find(r))!)!);
  return { items, rep: newRep, repItems };
}
