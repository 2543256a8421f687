/**
 * Polish and Russian decline names: "Andrzej Duda", "Andrzeja Dudy",
 * "Andrzejem Dudą"; "Владимир Путин", "Владимира Путина", "Владимиром
 * Путиным" are one person in three cases, and the spelling tests, made for
 * English, keep them apart (two endings are more than a spelling variant). A
 * name's key here is its words without their case ending, in each
 * declining language of the story; two names of a person with one key are
 * one person. A first name keeps two people apart ("Maria Nowak", "Marek
 * Nowak"), as does a word whose stem is under three letters.
 */
import type { ArticleId } from '../../core/ids.js';
import type { UnionFind } from './union-find.js';

/** Case endings, longest first: each word loses the longest it ends with. */
const ENDINGS: Readonly<Record<string, readonly string[]>> = {
  pl: ['iego', 'iemu', 'ego', 'emu', 'owi', 'iem', 'ą', 'ę', 'em', 'im', 'ym', 'ie', 'y', 'i', 'a', 'u', 'e'],
  ru: ['ого', 'ему', 'ому', 'ой', 'ей', 'ом', 'ым', 'им', 'ем', 'ую', 'а', 'у', 'е', 'ы', 'и', 'я', 'ю'],
};

/** A word without its case ending (lower case), or undefined when the stem would be under three letters. */
function stem(word: string, endings: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  for (const e of endings) if (w.endsWith(e) && w.length - e.length >= 3) return w.slice(0, w.length - e.length);
  return w.length >= 3 ? w : undefined;
}

/**
 * The key of a person's name in `lang` (pl, ru), or undefined.
 * @example inflectionKey('Andrzejem Dudą', 'pl') === inflectionKey('Andrzej Duda', 'pl') // true
 */
export function inflectionKey(name: string, lang: string): string | undefined {
  const endings = ENDINGS[lang];
  if (endings === undefined) return undefined;
  const out: string[] = [];
  for (const w of name.split(/\s+/u)) {
    const s = stem(w, endings);
    if (s === undefined) return undefined;
    out.push(s);
  }
  return `${lang}:${out.join(' ')}`;
}

/** A name as merge-entities.ts counts it: its type and the articles that give it. */
export interface NamedIn {
  readonly name: string;
  readonly type: string;
  readonly articles: ReadonlySet<ArticleId>;
}

/**
 * Joins in `uf` the people of `all` whose names are one name declined: one
 * key in a declining language of the story.
 * @example joinInflectedForms(all, uf, languageOf)
 */
export function joinInflectedForms(all: readonly NamedIn[], uf: UnionFind, languageOf: (id: ArticleId) => string): void {
  // The declining languages of the story: a name an English report writes as it stands ("Rafał Trzaskowski") is the
  // nominative of the one a Polish report declines ("Rafałem Trzaskowskim").
  const declining = new Set<string>();
  for (const s of all) for (const a of s.articles) if (ENDINGS[languageOf(a)] !== undefined) declining.add(languageOf(a));
  if (declining.size === 0) return;
  const byKey = new Map<string, number>();
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!;
    if (s.type !== 'person') continue;
    for (const lang of declining) {
      const key = inflectionKey(s.name, lang);
      if (key === undefined) continue;
      const first = byKey.get(key);
      if (first === undefined) byKey.set(key, i);
      else uf.union(first, i);
    }
  }
}
