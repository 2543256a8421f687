/**
 * The text side of PostgreSQL search: the text-search configuration of a
 * language, text folded as it is indexed and queried, an article's vector,
 * and the compiler of the search language (search-query.ts) to tsquery
 * SQL, every word a bound parameter. How and why: pg-search.ts.
 */
import type { SearchNode } from '../search-query.js';
import { spaceCjk } from '../search-snippet.js';
import type { Param } from './pg-connection.js';

/** ISO 639-1 → PostgreSQL's built-in text-search configurations. */
const CONFIGS: Readonly<Record<string, string>> = {
  ar: 'arabic', hy: 'armenian', eu: 'basque', ca: 'catalan', da: 'danish', nl: 'dutch', en: 'english', fi: 'finnish',
  fr: 'french', de: 'german', el: 'greek', hi: 'hindi', hu: 'hungarian', id: 'indonesian', ga: 'irish', it: 'italian',
  lt: 'lithuanian', ne: 'nepali', no: 'norwegian', nb: 'norwegian', nn: 'norwegian', pt: 'portuguese', ro: 'romanian',
  ru: 'russian', sr: 'serbian', es: 'spanish', sv: 'swedish', ta: 'tamil', tr: 'turkish', yi: 'yiddish',
};

export function configFor(language: string | undefined): string {
  return (language !== undefined && CONFIGS[language]) || 'simple';
}

const FOLD = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;

/**
 * Characters that normalisation, folding and CJK spacing all leave alone:
 * ASCII, the rest of Latin-1 below its first letter with a canonical
 * decomposition (U+00C0), general punctuation but its two quads (U+2000 and
 * U+2001 decompose to U+2002 and U+2003) and currency signs. Most English
 * texts are made of nothing else (curly quotes and dashes included).
 */
// eslint-disable-next-line no-control-regex
const UNCHANGED = /^[\x00-\xbf\u2002-\u206f\u20a0-\u20bf]*$/;

/** Text as it is indexed and queried: diacritics of Latin, Greek and Cyrillic dropped, CJK spaced out. */
export function foldForSearch(text: string): string {
  // Two normalisations of a whole article cost about as much as the rest of staging it: skipped when they change nothing.
  if (UNCHANGED.test(text)) return text;
  return spaceCjk(text.normalize('NFD').replace(FOLD, '$1').normalize('NFC'));
}

/** The SQL expression of an article's search vector, from parameters $cfg, $title, $text. */
export function tsvSql(cfg: string, title: string, text: string): string {
  return `setweight(to_tsvector(${cfg}::regconfig, ${title}), 'A') || setweight(to_tsvector(${cfg}::regconfig, ${text}), 'D')`;
}

const WORD = /[\p{L}\p{N}]+/gu;
export class Compiler {
  readonly params: Param[] = [];
  constructor(private readonly configs: readonly string[]) {}

  private bind(v: Param): string {
    this.params.push(v);
    return `$${this.params.length}`;
  }

  /** Each configuration's reading of one word or phrase, ORed. */
  private anyConfig(fn: string, text: string): string {
    const p = this.bind(foldForSearch(text));
    return `(${this.configs.map((c) => `${fn}('${c}', ${p})`).join(' || ')})`;
  }

  /** A name's words as a phrase of the 'simple' vectors of names and speakers: speaker:Putin finds "Vladimir Putin". */
  namePhrase(name: string): string {
    return `phraseto_tsquery('simple', ${this.bind(foldForSearch(name))})`;
  }

  compile(node: SearchNode): string {
    switch (node.kind) {
      case 'term': {
        // A word spaced into several tokens (Chinese, Japanese: one a character) is a phrase of them, as in SQLite.
        if (!node.prefix) return this.anyConfig(/\s/.test(foldForSearch(node.text).trim()) ? 'phraseto_tsquery' : 'plainto_tsquery', node.text);
        // A prefix is matched on the unstemmed form: each token of the word, the last one open.
        const toks = foldForSearch(node.text).toLowerCase().match(WORD) ?? [];
        if (toks.length === 0) return this.anyConfig('plainto_tsquery', node.text);
        const q = toks.map((t, i) => `'${t}'${i === toks.length - 1 ? ':*' : ''}`).join(' <-> ');
        return `to_tsquery('simple', ${this.bind(q)})`;
      }
      case 'phrase':
        return this.anyConfig('phraseto_tsquery', node.text);
      case 'or':
        return `(${node.items.map((n) => this.compile(n)).join(' || ')})`;
      case 'and': {
        const base = node.items.map((n) => this.compile(n)).join(' && ');
        return node.not.reduce((acc, n) => `(${acc} && !!${this.compile(n)})`, `(${base})`);
      }
    }
  }
}
