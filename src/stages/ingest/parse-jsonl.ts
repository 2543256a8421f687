/**
 * JSON Lines: one article object per line. A bad line is reported with its
 * 1-based number and skipped, so one broken record does not lose a batch.
 */
import type { RawArticle } from '../../core/types.js';
import type { InputProblem } from '../../core/result.js';
import { htmlToParagraphs, looksLikeHtml } from './html-to-text.js';
import { toIsoDate } from './to-iso-date.js';

/** What parsing one file yields: the articles and what went wrong. */
export interface ParsedInput {
  readonly articles: readonly RawArticle[];
  readonly problems: readonly InputProblem[];
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** One JSONL line's outcome: an article, a problem, or nothing (a blank line). */
export type JsonlLine =
  | { readonly kind: 'article'; readonly article: RawArticle }
  | { readonly kind: 'problem'; readonly problem: InputProblem }
  | undefined;

/**
 * One line of a JSONL file; `lineNo` is 1-based. Streaming readers call this
 * per line, so a file of any size is read one record at a time.
 * @example parseJsonlLine('a.jsonl', 3, '{"text":"Hello."}') // { kind: 'article', article: { format: 'jsonl', path: 'a.jsonl#L3', body: 'Hello.' } }
 */
export function parseJsonlLine(path: string, lineNo: number, line: string): JsonlLine {
  if (line.trim() === '') return undefined;
  const problem = (message: string): JsonlLine => ({ kind: 'problem', problem: { path, line: lineNo, message } });
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return problem(`invalid JSON: ${(e as Error).message}`);
  }
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) return problem('line is not a JSON object');
  const r = rec as Record<string, unknown>;
  const raw = str(r.text);
  if (raw === undefined) return problem('missing or empty "text" field');
  const body = looksLikeHtml(raw) ? htmlToParagraphs(raw).join('\n') : raw.replace(/\r\n?/g, '\n');
  const published = toIsoDate(r.published);
  const title = str(r.title);
  const url = str(r.url);
  const source = str(r.source);
  return {
    kind: 'article',
    article: {
      format: 'jsonl',
      path: `${path}#L${lineNo}`,
      body,
      ...(title !== undefined && { title }),
      ...(url !== undefined && { url }),
      ...(published !== undefined && { published }),
      ...(source !== undefined && { source }),
    },
  };
}

/**
 * Parses JSONL text whose lines are `{title, text, url, published, source}`.
 * @example parseJsonl('a.jsonl', '{"text":"Hello."}\nnot json')
 *   // { articles: [{ format: 'jsonl', path: 'a.jsonl#L1', body: 'Hello.' }],
 *   //   problems: [{ path: 'a.jsonl', line: 2, message: 'invalid JSON: …' }] }
 */
export function parseJsonl(path: string, text: string): ParsedInput {
  const articles: RawArticle[] = [];
  const problems: InputProblem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const out = parseJsonlLine(path, i + 1, line);
    if (out?.kind === 'article') articles.push(out.article);
    else if (out?.kind === 'problem') problems.push(out.problem);
  });
  return { articles, problems };
}
