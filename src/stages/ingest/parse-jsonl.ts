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

/**
 * Parses JSONL text whose lines are `{title, text, url, published, source}`.
 * @example parseJsonl('a.jsonl', '{"text":"Hello."}\nnot json')
 *   // { articles: [{ format: 'jsonl', path: 'a.jsonl#L1', body: 'Hello.' }],
 *   //   problems: [{ path: 'a.jsonl', line: 2, message: 'invalid JSON: …' }] }
 */
export function parseJsonl(path: string, text: string): ParsedInput {
  const articles: RawArticle[] = [];
  const problems: InputProblem[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    if (line.trim() === '') return;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      problems.push({ path, line: lineNo, message: `invalid JSON: ${(e as Error).message}` });
      return;
    }
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
      problems.push({ path, line: lineNo, message: 'line is not a JSON object' });
      return;
    }
    const r = rec as Record<string, unknown>;
    const raw = str(r.text);
    if (raw === undefined) {
      problems.push({ path, line: lineNo, message: 'missing or empty "text" field' });
      return;
    }
    const body = looksLikeHtml(raw) ? htmlToParagraphs(raw).join('\n') : raw.replace(/\r\n?/g, '\n');
    const published = toIsoDate(r.published);
    const title = str(r.title);
    const url = str(r.url);
    const source = str(r.source);
    articles.push({
      format: 'jsonl',
      path: `${path}#L${lineNo}`,
      body,
      ...(title !== undefined && { title }),
      ...(url !== undefined && { url }),
      ...(published !== undefined && { published }),
      ...(source !== undefined && { source }),
    });
  });
  return { articles, problems };
}
