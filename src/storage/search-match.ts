/**
 * Whether one article matches a parsed search query, without an index: the
 * alert matcher tests each new article against each saved search as it
 * arrives. Tokens are folded as the full-text index folds them (lower case,
 * no diacritics, each Chinese or Japanese character a token), so a saved
 * search matches a new article exactly when searching would find it.
 */
import type { SearchNode, SearchQuery } from './search-query.js';
import { foldToken } from './search-snippet.js';

const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+/gu;

export interface MatchDoc {
  readonly title: string;
  readonly text: string;
  readonly source?: string;
  readonly language?: string;
  /** ISO date or time; its day is compared with from:/to:. */
  readonly published?: string;
  /** Names of the quoted speakers and of the entities, for speaker: and entity:. */
  readonly speakers?: readonly string[];
  readonly entities?: readonly string[];
}

/** Whether some name holds the filter's words in order (speaker:Putin matches "Vladimir Putin"). */
function nameMatches(filter: string, names: readonly string[] | undefined): boolean {
  const parts = foldedTokens(filter);
  return (names ?? []).some((n) => hasSequence([foldedTokens(n)], parts, false));
}

/** The folded tokens of a text, in order. */
export function foldedTokens(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => foldToken(m[0]));
}

/** Title and body are separate fields: a phrase never spans from one to the other. */
type Fields = readonly (readonly string[])[];

function hasSequence(fields: Fields, parts: readonly string[], prefixLast: boolean): boolean {
  if (parts.length === 0) return false;
  for (const toks of fields) {
    outer: for (let i = 0; i + parts.length <= toks.length; i++) {
      for (let k = 0; k < parts.length; k++) {
        const tok = toks[i + k]!;
        const part = parts[k]!;
        const last = k === parts.length - 1;
        if (!(tok === part || (last && prefixLast && tok.startsWith(part)))) continue outer;
      }
      return true;
    }
  }
  return false;
}

function matchNode(node: SearchNode, fields: Fields): boolean {
  switch (node.kind) {
    case 'term':
      return hasSequence(fields, foldedTokens(node.text), node.prefix);
    case 'phrase':
      return hasSequence(fields, foldedTokens(node.text), false);
    case 'or':
      return node.items.some((n) => matchNode(n, fields));
    case 'and':
      return node.items.every((n) => matchNode(n, fields)) && !node.not.some((n) => matchNode(n, fields));
  }
}

/**
 * True when the document passes the query's filters and its words.
 * @example matchesQuery(parseSearchQuery('"city council" -tax').value, { title: 'City council', text: '…' })
 */
export function matchesQuery(q: SearchQuery, doc: MatchDoc): boolean {
  if (q.source !== undefined && (doc.source ?? '').toLowerCase() !== q.source.toLowerCase()) return false;
  if (q.language !== undefined && doc.language !== q.language) return false;
  const day = doc.published?.slice(0, 10);
  if (q.from !== undefined && (day === undefined || day < q.from)) return false;
  if (q.to !== undefined && (day === undefined || day > q.to)) return false;
  if (q.speaker !== undefined && !nameMatches(q.speaker, doc.speakers)) return false;
  if (q.entity !== undefined && !nameMatches(q.entity, doc.entities)) return false;
  if (q.text === undefined) return true;
  return matchNode(q.text, [foldedTokens(doc.title), foldedTokens(doc.text)]);
}
