/**
 * The facts a page's JSON-LD states about its article: headline, publication
 * date, authors and publisher. JSON-LD is written for search engines and is
 * usually right, but it comes in many shapes: arrays, `@graph`s (Yoast and
 * most WordPress SEO plugins), `mainEntity` wrappers, and authors given only
 * as a reference (`{"@id": "…#/schema/person/…"}`) to a Person node elsewhere
 * in the graph. All of them are flattened and references resolved here.
 */
import { cleanText } from './read-title.js';
import type { MetaDoc } from './read-metadata.js';

type Node = Record<string, unknown>;

/** Every object in every JSON-LD block (arrays, `@graph`s and `mainEntity`s flattened). */
export function jsonLdObjects(doc: MetaDoc): Node[] {
  const out: Node[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      // Some CMSs wrap the JSON in CDATA or leave control characters in it.
      data = JSON.parse((script.textContent ?? '').replace(/^\s*(\/\/)?<!\[CDATA\[|(\/\/)?\]\]>\s*$/g, '').replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      continue; // a broken JSON-LD block is common and must not sink the page
    }
    const stack: unknown[] = [data];
    while (stack.length > 0) {
      const v = stack.pop();
      // One by one: spreading a 150,000-item @graph into push() overflows the stack.
      if (Array.isArray(v)) for (const x of v) stack.push(x);
      else if (v !== null && typeof v === 'object') {
        const rec = v as Node;
        out.push(rec);
        if (Array.isArray(rec['@graph'])) for (const x of rec['@graph'] as unknown[]) stack.push(x);
        else if (rec['mainEntity'] && typeof rec['mainEntity'] === 'object') stack.push(rec['mainEntity']);
      }
    }
  }
  return out;
}

export function ldType(o: Node): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
}

const ARTICLE_TYPE = /Article|Posting|Report|Blog|NewsArticle|WebPage|CreativeWork|Recipe|HowTo/i;

/** Articles before web pages before anything else: a page's WebSite or Organization node has a name too. */
function rank(o: Node): number {
  const t = ldType(o);
  return /Article|Posting|Report|Blog/i.test(t) ? 2 : /WebPage|Recipe|HowTo/i.test(t) ? 1 : 0;
}

/** A person or organisation value as names: "A", {name}, [{name}, …], {"@id"} resolved through the graph. */
function names(v: unknown, byId: ReadonlyMap<string, Node>, depth = 0): string[] {
  if (depth > 3) return [];
  if (typeof v === 'string') return /^https?:/.test(v) ? [] : [v];
  if (Array.isArray(v)) return v.flatMap((x) => names(x, byId, depth + 1));
  if (v && typeof v === 'object') {
    const rec = v as Node;
    const n = rec['name'];
    if (typeof n === 'string') return [n];
    if (Array.isArray(n)) return n.filter((x): x is string => typeof x === 'string');
    // Schema.org Person split into parts.
    if (typeof rec['givenName'] === 'string') return [[rec['givenName'], rec['familyName']].filter((x) => typeof x === 'string').join(' ')];
    const ref = rec['@id'];
    const target = typeof ref === 'string' ? byId.get(ref) : undefined;
    if (target && target !== rec) return names(target, byId, depth + 1);
  }
  return [];
}

export interface LdFacts {
  readonly title?: string;
  /** Publication dates as written, best first (the date reader parses them; some are malformed). */
  readonly dates: readonly string[];
  /** Modification dates as written: a visible "updated" date that equals one is not a publication date. */
  readonly modified: readonly string[];
  readonly authors: readonly string[];
  readonly publishers: readonly string[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * Headline, publication date, authors and publishers from the page's JSON-LD.
 * @example readJsonLd(doc).authors // ['Anna Muster'] for {"author": {"@id": "#a"}} and {"@id": "#a", "name": "Anna Muster"}
 */
export function readJsonLd(doc: MetaDoc): LdFacts {
  const all = jsonLdObjects(doc);
  const byId = new Map<string, Node>();
  for (const o of all) if (typeof o['@id'] === 'string' && !byId.has(o['@id'])) byId.set(o['@id'], o);
  const objs = all.filter((o) => ARTICLE_TYPE.test(ldType(o))).sort((a, b) => rank(b) - rank(a));
  let title: string | undefined, authors: string[] = [];
  const dates: string[] = [];
  const modified: string[] = [];
  const publishers: string[] = [];
  for (const o of objs) {
    title ??= cleanText(str(o['headline']));
    for (const k of ['datePublished', 'dateCreated', 'uploadDate']) { const d = str(o[k]); if (d) dates.push(d); }
    const m = str(o['dateModified']);
    if (m) modified.push(m);
    if (authors.length === 0) authors = names(o['author'] ?? o['creator'], byId).map((s) => cleanText(s)).filter((s): s is string => !!s);
    for (const n of names(o['publisher'], byId)) publishers.push(n);
  }
  return { title, dates, modified, authors, publishers };
}
