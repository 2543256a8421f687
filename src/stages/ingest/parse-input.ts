/**
 * One input file's bytes → RawArticles + InputProblems. Every bad input is a
 * problem naming the file, never a throw: a batch of thousands of scraped
 * files always contains a few broken ones.
 */
import type { RawArticle } from '../../core/types.js';
import type { InputProblem } from '../../core/result.js';
import type { ParsedInput } from './parse-jsonl.js';
import { parseJsonl } from './parse-jsonl.js';
import { parseFeed } from './parse-feed.js';
import { parseHtml } from './parse-html.js';
import { parseWarc } from './parse-warc.js';
import { decodeText } from './decode-text.js';

export type { ParsedInput } from './parse-jsonl.js';

export interface IngestOptions {
  /** Files larger than this are refused (scrapes that large are dumps, not articles). */
  readonly maxBytes: number;
}

/** Defaults for {@link parseInput}. */
export const INGEST_DEFAULTS: IngestOptions = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
});

export type InputKind = 'txt' | 'html' | 'jsonl' | 'feed' | 'warc';

const KINDS: Readonly<Record<string, InputKind>> = Object.freeze({
  txt: 'txt', text: 'txt',
  html: 'html', htm: 'html', xhtml: 'html',
  jsonl: 'jsonl', ndjson: 'jsonl',
  xml: 'feed', rss: 'feed', atom: 'feed',
});

/**
 * The input kind a path's extension names, or undefined for unknown ones.
 * @example inputKindOf('a/b.HTM') // 'html'
 */
export function inputKindOf(path: string): InputKind | undefined {
  if (/\.warc(\.gz)?$/i.test(path)) return 'warc';
  const m = /\.([A-Za-z0-9]+)$/.exec(path.replace(/#.*$/, ''));
  return m ? KINDS[m[1].toLowerCase()] : undefined;
}

function problem(path: string, message: string): ParsedInput {
  return { articles: [], problems: [{ path, message }] };
}

/**
 * Decodes and parses one file; the extension picks the parser.
 * @example parseInput('a.txt', new TextEncoder().encode('Title\nBody.'))
 *   // { articles: [{ format: 'txt', path: 'a.txt', body: 'Title\nBody.' }], problems: [] }
 */
export function parseInput(path: string, bytes: Uint8Array, opts: Partial<IngestOptions> = {}): ParsedInput {
  const { maxBytes } = { ...INGEST_DEFAULTS, ...opts };
  const kind = inputKindOf(path);
  if (kind === undefined) return problem(path, 'unknown file type (expected .txt, .html, .htm, .jsonl, .ndjson, .xml, .rss, .atom, .warc or .warc.gz)');
  // WARC archives are big and binary (gzip); src/pipeline/read-warc.ts streams files.
  if (kind === 'warc') return bytes.length === 0 ? problem(path, 'empty file') : parseWarc(path, bytes);
  if (bytes.length > maxBytes) return problem(path, `file too large: ${bytes.length} bytes (limit ${maxBytes})`);
  if (bytes.length === 0) return problem(path, 'empty file');
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return problem(path, decoded.problem);
  const text = decoded.text;
  if (text.trim() === '') return problem(path, 'empty file (only whitespace)');
  return parseText(path, kind, text);
}

function parseText(path: string, kind: InputKind, text: string): ParsedInput {
  switch (kind) {
    case 'txt': {
      const article: RawArticle = { format: 'txt', path, body: text.replace(/\r\n?/g, '\n') };
      return { articles: [article], problems: [] };
    }
    case 'html': {
      const out = parseHtml(path, text);
      return out.ok ? { articles: [out.article], problems: [] } : problem(path, out.message);
    }
    case 'jsonl':
      return parseJsonl(path, text);
    case 'feed':
      return parseFeed(path, text);
    case 'warc':
      return parseWarc(path, new TextEncoder().encode(text));
  }
}

/** Re-exported so callers need one import for the problem type. */
export type { InputProblem };
