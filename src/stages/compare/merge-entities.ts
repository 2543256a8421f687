import type { BriefEntity } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import type { EntityMention, EntityType } from '../../core/types.js';
import { displayNameOf } from './display-name.js';
import { blockNeighbours, sameEntityBlockHashes, type AnyBlockKeys } from './name-blocks.js';
import { UnionFind } from './union-find.js';

interface NameStats {
  name: string;
  type: EntityType;
  mentions: number;
  articles: Set<ArticleId>;
  roles: Set<string>;
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
): BriefEntity[] {
  const stats = new Map<string, NameStats>();
  for (const [articleId, mentions] of perArticle) {
    for (const m of mentions) {
      const key = `${m.type}|${m.name}`;
      let s = stats.get(key);
      if (!s) {
        s = { name: m.name, type: m.type, mentions: 0, articles: new Set(), roles: new Set(), surfaces: new Set() };
        stats.set(key, s);
      }
      s.mentions++;
      s.articles.add(articleId);
      if (m.role) s.roles.add(m.role);
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
  const merged: BriefEntity[] = [];
  for (const g of uf.groups()) merged.push(entityOf(g, all));
  // Entities most sources mention first.
  return merged.sort(byReach);
}

function single(n: string): boolean {
  return !/\s/.test(n.trim());
}

function byReach(a: BriefEntity, b: BriefEntity): number {
  return b.articleIds.length - a.articleIds.length || b.mentions - a.mentions || a.name.localeCompare(b.name);
}

/** The entity of one group of spellings (indexes into `all`). */
function entityOf(g: readonly number[], all: readonly NameStats[]): BriefEntity {
  const members: NameStats[] = [];
  for (const i of g) members.push(all[i]!);
  const names: string[] = [];
  const counts: number[] = [];
  for (const m of members) {
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
  const roles = new Set<string>();
  for (const m of members) for (const r of m.roles) roles.add(r);
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
