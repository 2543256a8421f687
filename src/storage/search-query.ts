/**
 * The search language, parsed into a backend-neutral tree so each storage
 * backend compiles it to its own engine (FTS5 MATCH here, tsquery later) and
 * no user text ever reaches an engine's own syntax unquoted.
 *
 *   budget council           both words (AND is implied)
 *   "city council"           the exact phrase
 *   budget OR tax            either;  NOT / a leading - excludes: budget -tax
 *   (budget OR tax) school   parentheses group
 *   budg*                    a word prefix
 *   source:Reuters  lang:en  from:2024-05-01  to:2024-05-31   filters on the whole query
 *   source:"New York Times"  a quoted filter value
 *   speaker:Putin  entity:"European Union"   articles quoting that speaker / naming that
 *                            entity (the words of the name, so speaker:Putin finds "Vladimir Putin")
 */
import { fail, ok, type Result } from '../core/result.js';

export type SearchNode =
  | { readonly kind: 'term'; readonly text: string; readonly prefix: boolean }
  | { readonly kind: 'phrase'; readonly text: string }
  | { readonly kind: 'and'; readonly items: readonly SearchNode[]; readonly not: readonly SearchNode[] }
  | { readonly kind: 'or'; readonly items: readonly SearchNode[] };

export interface SearchQuery {
  /** Absent when the query holds only filters. */
  readonly text?: SearchNode;
  readonly source?: string;
  readonly language?: string;
  /** YYYY-MM-DD, inclusive. */
  readonly from?: string;
  readonly to?: string;
  /** Words of a quoted speaker's name (matched as the full-text index matches words). */
  readonly speaker?: string;
  /** Words of a named entity (person, organisation, place). */
  readonly entity?: string;
}

type Token =
  | { readonly t: 'word'; readonly text: string }
  | { readonly t: 'phrase'; readonly text: string }
  | { readonly t: 'op'; readonly op: 'AND' | 'OR' | 'NOT' | '(' | ')' };

const FIELDS: Record<string, 'source' | 'language' | 'from' | 'to' | 'speaker' | 'entity'> = {
  source: 'source',
  lang: 'language',
  language: 'language',
  from: 'from',
  to: 'to',
  speaker: 'speaker',
  entity: 'entity',
};
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_WORD = /[\p{L}\p{N}]/u;
const MAX_TERMS = 32;

type Filters = { -readonly [K in Exclude<keyof SearchQuery, 'text'>]?: string };

/** Splits the query into words, phrases and operators; fields go straight into `filters`. */
function lex(q: string, filters: Filters): Result<Token[]> {
  const out: Token[] = [];
  let i = 0;
  const readQuoted = (from: number): Result<{ text: string; end: number }> => {
    const close = q.indexOf('"', from + 1);
    if (close < 0) return fail('syntax', `unclosed quote at character ${from + 1}: close the phrase with "`);
    return ok({ text: q.slice(from + 1, close), end: close + 1 });
  };
  while (i < q.length) {
    const c = q[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      out.push({ t: 'op', op: c });
      i++;
    } else if (c === '"') {
      const r = readQuoted(i);
      if (!r.ok) return r;
      if (HAS_WORD.test(r.value.text)) out.push({ t: 'phrase', text: r.value.text });
      i = r.value.end;
    } else if (c === '-' && i + 1 < q.length && !/[\s-]/.test(q[i + 1]!)) {
      out.push({ t: 'op', op: 'NOT' });
      i++;
    } else {
      let j = i;
      while (j < q.length && !/[\s()"]/.test(q[j]!)) j++;
      const word = q.slice(i, j);
      const field = /^([a-z]+):(.*)$/i.exec(word);
      if (field && FIELDS[field[1]!.toLowerCase()] !== undefined) {
        const key = FIELDS[field[1]!.toLowerCase()]!;
        let value = field[2]!;
        if (value === '' && q[j] === '"') {
          const r = readQuoted(j);
          if (!r.ok) return r;
          value = r.value.text.trim();
          j = r.value.end;
        }
        const example = key === 'from' || key === 'to' ? '2024-05-01' : key === 'language' ? 'en' : key === 'speaker' || key === 'entity' ? 'Putin' : 'Reuters';
        if (value === '') return fail('syntax', `${field[1]}: needs a value, e.g. ${field[1]}:${example}`);
        if ((key === 'speaker' || key === 'entity') && !HAS_WORD.test(value)) return fail('syntax', `${field[1]}: needs a name with letters or digits (got "${value}")`);
        if ((key === 'from' || key === 'to') && !DAY.test(value)) return fail('syntax', `${field[1]}: takes a day as YYYY-MM-DD (got "${value}")`);
        if (out[out.length - 1]?.t === 'op' && (out[out.length - 1] as { op: string }).op === 'NOT') return fail('syntax', `filters cannot be negated (NOT ${word})`);
        filters[key] = key === 'language' ? value.toLowerCase() : value;
      } else if (field && !/^https?$/i.test(field[1]!) && field[2] !== '') {
        return fail('syntax', `unknown field "${field[1]}:" (fields: source:, lang:, from:, to:, speaker:, entity:)`);
      } else if (word === 'AND' || word === 'OR' || word === 'NOT') {
        out.push({ t: 'op', op: word });
      } else if (HAS_WORD.test(word)) {
        out.push({ t: 'word', text: word });
      }
      i = j;
    }
  }
  return ok(out);
}

class Parser {
  private i = 0;
  terms = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private peekOp(): string | undefined {
    const t = this.tokens[this.i];
    return t?.t === 'op' ? t.op : undefined;
  }

  parseOr(): SearchNode {
    const items = [this.parseAnd()];
    while (this.peekOp() === 'OR') {
      this.i++;
      items.push(this.parseAnd());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }

  private parseAnd(): SearchNode {
    const items: SearchNode[] = [];
    const not: SearchNode[] = [];
    for (;;) {
      const op = this.peekOp();
      if (this.i >= this.tokens.length || op === 'OR' || op === ')') break;
      if (op === 'AND') {
        this.i++;
        continue;
      }
      let negated = false;
      while (this.peekOp() === 'NOT') {
        negated = !negated;
        this.i++;
      }
      const node = this.parsePrimary();
      (negated ? not : items).push(node);
    }
    if (items.length === 0 && not.length > 0) throw new QueryError('NOT needs something to exclude from: write a term before it (budget NOT tax)');
    if (items.length === 0) throw new QueryError(this.i >= this.tokens.length ? 'an operator needs a term after it' : `nothing before "${this.peekOp() ?? ''}"`);
    return items.length === 1 && not.length === 0 ? items[0]! : { kind: 'and', items, not };
  }

  private parsePrimary(): SearchNode {
    const t = this.tokens[this.i++];
    if (t === undefined) throw new QueryError('the query ends where a term was expected');
    if (t.t === 'op') {
      if (t.op !== '(') throw new QueryError(`"${t.op}" where a term was expected`);
      const inner = this.parseOr();
      if (this.peekOp() !== ')') throw new QueryError('a "(" is never closed');
      this.i++;
      return inner;
    }
    if (++this.terms > MAX_TERMS) throw new QueryError(`at most ${MAX_TERMS} terms in a query`);
    if (t.t === 'phrase') return { kind: 'phrase', text: t.text };
    const prefix = t.text.endsWith('*');
    return { kind: 'term', text: prefix ? t.text.replace(/\*+$/, '') : t.text, prefix };
  }

  done(): boolean {
    return this.i >= this.tokens.length;
  }
}

class QueryError extends Error {}

/**
 * Parses a search query; a malformed one is a data outcome with a message
 * that says what to fix.
 * @example parseSearchQuery('"city council" budget -tax source:Reuters')
 */
export function parseSearchQuery(q: string): Result<SearchQuery> {
  const filters: Filters = {};
  const lexed = lex(q, filters);
  if (!lexed.ok) return lexed;
  if (lexed.value.length === 0) {
    return Object.keys(filters).length > 0 ? ok({ ...filters }) : fail('empty', 'the query has no words to search for (and no source:, lang:, from:, to:, speaker: or entity: filter)');
  }
  const parser = new Parser(lexed.value);
  try {
    const text = parser.parseOr();
    if (!parser.done()) return fail('syntax', 'a ")" has no matching "("');
    return ok({ text, ...filters });
  } catch (err) {
    if (err instanceof QueryError) return fail('syntax', err.message);
    throw err;
  }
}

/** The positive words and phrases of a query (what a snippet highlights). */
export function positiveTerms(node: SearchNode | undefined): { text: string; prefix: boolean }[] {
  if (node === undefined) return [];
  switch (node.kind) {
    case 'term':
      return [{ text: node.text, prefix: node.prefix }];
    case 'phrase':
      return [{ text: node.text, prefix: false }];
    case 'and':
    case 'or':
      return node.items.flatMap(positiveTerms);
  }
}
