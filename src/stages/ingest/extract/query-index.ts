/**
 * Answers the simple CSS selectors the metadata readers ask (tags, classes,
 * ids, attribute tests, descendant chains, comma lists) from one list of the
 * page's elements and per-attribute value columns built once, instead of one
 * selector-engine walk over the whole DOM per query: the readers ask dozens
 * per page, mostly on the same few attributes (class, itemprop, rel, href).
 * Anything else (child or sibling combinators, pseudo-classes) is declined,
 * and the caller asks the DOM.
 */
import { readAttr } from './read-attr.js';

export interface QueryEl {
  readonly localName?: string;
  readonly parentNode: unknown;
  getAttribute(name: string): string | null;
}

interface AttrTest {
  readonly name: string;
  /** '' = present, '=' equal, '*=' contains, '^=' starts, '$=' ends, '~=' has word. */
  readonly op: string;
  readonly value: string;
  readonly ci: boolean;
}

interface Compound {
  readonly tag?: string;
  readonly tests: readonly AttrTest[];
}

/** A selector group: alternatives, each a descendant chain of compounds (last = the element itself). */
type Group = readonly (readonly Compound[])[];

const ATTR = /^\[\s*([\w:-]+)\s*(?:([*^$~]?=)\s*"([^"]*)"\s*(i)?\s*)?\]/;
const PART = /^(?:\.([\w-]+)|#([\w-]+))/;

function parseCompound(s: string): Compound | undefined {
  const tag = /^([a-z][a-z0-9-]*|\*)/i.exec(s);
  let rest = tag ? s.slice(tag[0].length) : s;
  const tests: AttrTest[] = [];
  while (rest) {
    const p = PART.exec(rest);
    const a = p ? null : ATTR.exec(rest);
    if (p) tests.push(p[1] !== undefined ? { name: 'class', op: '~=', value: p[1], ci: false } : { name: 'id', op: '=', value: p[2], ci: false });
    else if (a) tests.push({ name: a[1].toLowerCase(), op: a[2] ?? '', value: a[4] ? (a[3] ?? '').toLowerCase() : (a[3] ?? ''), ci: !!a[4] });
    else return undefined;
    rest = rest.slice((p ?? a)![0].length);
  }
  if (!tag && tests.length === 0) return undefined;
  return { tag: tag && tag[1] !== '*' ? tag[1].toLowerCase() : undefined, tests };
}

/** The selector as a group, or undefined when it uses anything beyond the simple forms. */
export function parseSelector(sel: string): Group | undefined {
  if (/[>+~:()\\']/.test(sel.replace(/\[[^\]]*\]/g, '[]'))) return undefined;
  const group: Compound[][] = [];
  for (const alt of sel.split(',')) {
    // Split on spaces outside brackets: "[itemprop=\"author\"] [itemprop=\"name\"]".
    const parts = alt.trim().match(/(?:[^\s[]|\[[^\]]*\])+/g);
    if (!parts) return undefined;
    const chain: Compound[] = [];
    for (const part of parts) {
      const c = parseCompound(part);
      if (!c) return undefined;
      chain.push(c);
    }
    group.push(chain);
  }
  return group;
}

/** `v` is already lower-cased when the test is case-insensitive. */
function test(v: string | null, t: AttrTest): boolean {
  if (v === null) return false;
  if (t.op === '') return true;
  const x = v;
  switch (t.op) {
    case '=': return x === t.value;
    case '*=': return t.value !== '' && x.includes(t.value);
    case '^=': return t.value !== '' && x.startsWith(t.value);
    case '$=': return t.value !== '' && x.endsWith(t.value);
    default: return x.split(/\s+/).includes(t.value);
  }
}

function matchesEl(el: QueryEl, c: Compound): boolean {
  if (c.tag !== undefined && el.localName !== c.tag) return false;
  for (const t of c.tests) {
    const v = readAttr(el, t.name);
    if (!test(t.ci ? (v?.toLowerCase() ?? null) : v, t)) return false;
  }
  return true;
}

/**
 * Selector answers over a fixed list of elements in document order.
 * @example queryIndex(els).all('[itemprop="author"] [itemprop="name"]') // QueryEl[] or undefined
 */
export function queryIndex<E extends QueryEl>(elements: readonly E[]): { all(sel: string): E[] | undefined } {
  // Values are read lazily, per element and attribute, and only for elements
  // whose tag already matched: most queries name a tag ("a[href*=…]"). Each
  // query looks its columns up once, not once per element.
  const columns = new Map<string, (string | null | undefined)[]>();
  const column = (name: string, ci: boolean): (string | null | undefined)[] => {
    const key = ci ? `${name} i` : name;
    let col = columns.get(key);
    if (!col) columns.set(key, (col = new Array<string | null | undefined>(elements.length)));
    return col;
  };
  const read = (t: AttrTest, col: (string | null | undefined)[], raw: (string | null | undefined)[] | undefined, i: number): string | null => {
    let v = col[i];
    if (v === undefined) {
      if (raw) {
        let r = raw[i];
        if (r === undefined) raw[i] = r = readAttr(elements[i], t.name);
        v = r?.toLowerCase() ?? null;
      } else v = readAttr(elements[i], t.name);
      col[i] = v;
    }
    return v;
  };
  /** A compound with its columns resolved: one matcher per query. */
  const matcherOf = (c: Compound): ((i: number) => boolean) => {
    const cols = c.tests.map((t) => column(t.name, t.ci));
    const raws = c.tests.map((t) => (t.ci ? column(t.name, false) : undefined));
    return (i: number): boolean => {
      if (c.tag !== undefined && elements[i].localName !== c.tag) return false;
      for (let k = 0; k < c.tests.length; k++) if (!test(read(c.tests[k], cols[k], raws[k], i), c.tests[k])) return false;
      return true;
    };
  };
  const inChain = (el: E, chain: readonly Compound[]): boolean => {
    let node = el.parentNode as QueryEl | null;
    for (let k = chain.length - 2; k >= 0; k--) {
      while (node && typeof node.getAttribute === 'function' && !matchesEl(node, chain[k])) node = node.parentNode as QueryEl | null;
      if (!node || typeof node.getAttribute !== 'function') return false;
      node = node.parentNode as QueryEl | null;
    }
    return true;
  };
  return {
    all(sel: string): E[] | undefined {
      const group = parseSelector(sel);
      if (!group) return undefined;
      const out: E[] = [];
      const last = group.map((chain) => matcherOf(chain[chain.length - 1]));
      for (let i = 0; i < elements.length; i++) {
        for (let g = 0; g < group.length; g++) {
          if (last[g](i) && (group[g].length === 1 || inChain(elements[i], group[g]))) { out.push(elements[i]); break; }
        }
      }
      return out;
    },
  };
}
