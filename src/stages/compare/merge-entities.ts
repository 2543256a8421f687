import type { BriefEntity } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import type { EntityMention, EntityType } from '../../core/types.js';
import { storyNameKey } from '../text-model/name-keys.js';
import { displayNameOf } from './display-name.js';
import { blockNeighbours, sameEntityBlockHashes, type AnyBlockKeys } from './name-blocks.js';
import { UnionFind } from './union-find.js';
import { joinInflectedForms } from './inflected-names.js';

interface NameStats {
  name: string;
  type: EntityType;
  mentions: number;
  articles: Set<ArticleId>;
  roles: Set<string>;
  /** The roles English articles give it: the brief's language, shown alone when there are some. */
  englishRoles: Set<string>;
  surfaces: Set<string>;
}

/**
 * Merges the entities of a story's articles: spelling variants of one person,
 * place or organisation (Zelensky/Zelenskyy, Kiev/Kyiv) become one entry with
 * their aliases and the articles that mention them.
 * @example mergeEntities([[id, mentions]], sameEntity)[0] // { name: 'Joe Biden', aliases: ['Biden'], … }
 */
export function mergeEntities(
  perArticle: readonly (readonly [ArticleId, readonly EntityMention[]])[],
  sameName: (a: string, b: string) => boolean,
  /** Names `sameName` may join share one of these keys: only those pairs are tested (numbers by default: name-blocks.ts). */
  blockKeys: AnyBlockKeys = sameEntityBlockHashes,
  /**
   * `type|name` → `type|name` known to be one entity (a variant's name at the
   * place of its representative's: variants.ts): joined without a test, and
   * tested no further, since the name they join is.
   */
  sameAs: ReadonlyMap<string, string> = new Map(),
  /** Each article's language: a person written in two languages is joined by the sound of the name's last two words. */
  languageOf?: (id: ArticleId) => string,
): BriefEntity[] {
  const stats = new Map<string, NameStats>();
  for (const [articleId, mentions] of perArticle) {
    for (const m of mentions) {
      const key = `${m.type}|${m.name}`;
      let s = stats.get(key);
      if (!s) {
        s = { name: m.name, type: m.type, mentions: 0, articles: new Set(), roles: new Set(), englishRoles: new Set(), surfaces: new Set() };
        stats.set(key, s);
      }
      s.mentions++;
      s.articles.add(articleId);
      if (m.role) {
        s.roles.add(m.role);
        if (languageOf?.(articleId) === 'en') s.englishRoles.add(m.role);
      }
      s.surfaces.add(m.text);
    }
  }
  const all = [...stats.values()];
  const uf = new UnionFind(all.length);
  // Names joined to another by alignment are left out of the tests; the name they join takes part.
  // Loops and module-level functions, not callbacks made per call: V8 drops a
  // dead closure's optimised code at each full GC and compiles it again.
  const indexOf = new Map<string, number>();
  for (const k of stats.keys()) indexOf.set(k, indexOf.size);
  const joined = new Uint8Array(all.length);
  for (const [k, i] of indexOf) {
    const target = sameAs.get(k);
    const j = target !== undefined ? indexOf.get(target) : undefined;
    if (j === undefined || j === i || joined[j] === 1 || sameAs.has(target!)) continue;
    joined[i] = 1;
    uf.union(i, j);
  }
  const tested: number[] = [];
  for (let i = 0; i < all.length; i++) if (joined[i] === 0) tested.push(i);
  const list: NameStats[] = [];
  const listNames: string[] = [];
  for (const i of tested) {
    list.push(all[i]!);
    listNames.push(all[i]!.name);
  }
  const neighbours = blockNeighbours(listNames, blockKeys);
  // Each name's one-word flag and lower case once, not per neighbour (a replica story's spellings have tens of thousands of pairs).
  const singles = new Uint8Array(list.length);
  const lowers: string[] = [];
  for (let i = 0; i < list.length; i++) {
    singles[i] = single(list[i]!.name) ? 1 : 0;
    lowers.push(list[i]!.name.toLowerCase());
  }
  // Full names first (Anthony/Antony Blinken, Zelensky/Zelenskyy, Kiev/Kyiv) …
  for (let i = 0; i < list.length; i++) {
    for (const j of neighbours[i]!) {
      if (j <= i) continue;
      const a = list[i]!;
      const b = list[j]!;
      if (a.type !== b.type || (a.type === 'person' && singles[i] !== singles[j])) continue;
      // Already one entity (through other spellings): a test could only join them again.
      if (uf.find(tested[i]!) === uf.find(tested[j]!)) continue;
      if (lowers[i] === lowers[j] || sameName(a.name, b.name)) uf.union(tested[i]!, tested[j]!);
    }
  }
  // … then a bare surname ("Biden", from an article that never wrote the first name) joins the one person it can
  // be; when it fits two ("Joe Biden", "Hunter Biden") it stays apart rather than chaining them into one.
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    if (a.type !== 'person' || singles[i] === 0) continue;
    const groups = new Set<number>();
    for (const j of neighbours[i]!) {
      const b = list[j]!;
      if (b.type !== 'person' || singles[j] === 1) continue;
      // A group already found needs no second test.
      const root = uf.find(tested[j]!);
      if (!groups.has(root) && sameName(a.name, b.name)) groups.add(root);
    }
    if (groups.size === 1) uf.union(tested[i]!, [...groups][0]!);
  }
  // A name declined in Polish or Russian ("Andrzeja Dudy", "Andrzejem Dudą") is one person.
  if (languageOf !== undefined) joinInflectedForms(all, uf, languageOf);
  const across = languageOf !== undefined && severalLanguages(perArticle, languageOf) ? joinAcrossLanguages(all, uf, languageOf) : undefined;
  const merged: BriefEntity[] = [];
  for (const g of uf.groups()) merged.push(entityOf(g, all, across));
  // Entities most sources mention first.
  return merged.sort(byReach);
}

/**
 * One person as two languages write the name: "Oleksii Reznikov",
 * "Verteidigungsminister Oleksij Resnikow" and "Украины Алексей Резников"
 * (a title or a country's genitive read into the name in front) have the same
 * first and last name by their cross-script keys (text-model/name-keys.ts:
 * "alaks rasnakav"). Only names of articles in different languages are joined
 * this way: within a language the spelling tests above decide, so a story in
 * one language is merged as before.
 */
function joinAcrossLanguages(all: readonly NameStats[], uf: UnionFind, languageOf: (id: ArticleId) => string): Set<number> {
  const joined = new Set<number>();
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!;
    if (s.type !== 'person') continue;
    const words = s.name.split(/\s+/u);
    if (words.length < 2) continue;
    const first = storyNameKey(words[words.length - 2]!);
    const last = storyNameKey(words[words.length - 1]!);
    if (first === undefined || last === undefined) continue;
    const key = `${first} ${last}`;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [i]);
    else list.push(i);
  }
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const languages = list.map((i) => languagesOf(all[i]!, languageOf));
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        if (!disjoint(languages[x]!, languages[y]!)) continue;
        uf.union(list[x]!, list[y]!);
        joined.add(list[x]!).add(list[y]!);
      }
    }
  }
  return joined;
}

/** Articles in two languages or more: a story in one language has no names to join across them (and pays nothing). */
function severalLanguages(perArticle: readonly (readonly [ArticleId, readonly EntityMention[]])[], languageOf: (id: ArticleId) => string): boolean {
  let first: string | undefined;
  for (const [id] of perArticle) {
    const lang = languageOf(id);
    if (first === undefined) first = lang;
    else if (lang !== first) return true;
  }
  return false;
}

function languagesOf(s: NameStats, languageOf: (id: ArticleId) => string): Set<string> {
  const out = new Set<string>();
  for (const a of s.articles) out.add(languageOf(a));
  return out;
}

function joinedAcross(g: readonly number[], across: ReadonlySet<number>): boolean {
  for (const i of g) if (across.has(i)) return true;
  return false;
}

function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return false;
  return true;
}

function single(n: string): boolean {
  return !/\s/.test(n.trim());
}

function byReach(a: BriefEntity, b: BriefEntity): number {
  return b.articleIds.length - a.articleIds.length || b.mentions - a.mentions || a.name.localeCompare(b.name);
}

/**
 * The entity of one group of spellings (indexes into `all`). A group joined
 * across languages is shown by a name of first and last name only when it has
 * one: the fullest form there is mostly a title or a genitive read into the
 * name ("Verteidigungsminister Oleksij Resnikow").
 */
function entityOf(g: readonly number[], all: readonly NameStats[], across?: ReadonlySet<number>): BriefEntity {
  const members: NameStats[] = [];
  for (const i of g) members.push(all[i]!);
  let shown = members;
  if (across !== undefined && joinedAcross(g, across)) {
    const plain: NameStats[] = [];
    for (const m of members) if (m.name.trim().split(/\s+/u).length === 2) plain.push(m);
    if (plain.length > 0) shown = plain;
  }
  const names: string[] = [];
  const counts: number[] = [];
  for (const m of shown) {
    names.push(m.name);
    // The mentions of the first member of that name, as `find` gave.
    let c = 0;
    for (const o of members) {
      if (o.name === m.name) {
        c = o.mentions;
        break;
      }
    }
    counts.push(c);
  }
  const name = displayNameOf(names, counts);
  const aliases = new Set<string>();
  for (const m of members) {
    if (m.name !== name) aliases.add(m.name);
    for (const s of m.surfaces) if (s !== name && !name.endsWith(` ${s}`) && !/^(he|she|his|her)$/i.test(s)) aliases.add(s);
  }
  const articleIds = new Set<ArticleId>();
  for (const m of members) for (const a of m.articles) articleIds.add(a);
  // The roles in English when an English article gives one ("defence minister", not also "Verteidigungsminister").
  const roles = new Set<string>();
  for (const m of members) for (const r of m.englishRoles) roles.add(r);
  if (roles.size === 0) for (const m of members) for (const r of m.roles) roles.add(r);
  let mentions = 0;
  for (const m of members) mentions += m.mentions;
  return {
    name,
    type: members[0]!.type,
    aliases: [...aliases].sort(),
    roles: [...roles].sort(),
    articleIds: [...articleIds],
    mentions,
  };
}
