/**
 * Specs of the batch commands whose code lives in cmd-extract.ts and
 * cmd-cluster.ts: those parse their flags with these, and `main` prints
 * their help from them (kept apart so the worker threads of extract do not
 * load the whole command table).
 */
import type { CommandSpec } from './flags.js';

export const EXTRACT_SPEC: CommandSpec = {
  name: 'extract',
  args: '--in PAGES.jsonl[.gz] --out OUT.jsonl',
  group: 'batch',
  summary: 'article text and metadata of HTML pages: {id, url, html} → {id, title, text, published, author, language}',
  details: 'Output lines come in input order; a page that fails gets an "error" field instead of stopping the batch.',
  flags: {
    in: { type: 'string', arg: 'PAGES.jsonl[.gz]', help: 'input pages, JSON Lines (gzip when the name ends in .gz); - for stdin' },
    out: { type: 'string', short: 'o', arg: 'FILE', help: 'output file; - for stdout' },
    workers: { type: 'string', arg: 'N', help: 'worker threads (default: CPUs, at most 8; 0 = in-process)' },
  },
};

export const CLUSTER_SPEC: CommandSpec = {
  name: 'cluster',
  args: '--in ARTICLES.jsonl [--out OUT.jsonl]',
  group: 'batch',
  summary: 'stories of a stream of articles: {id, title, text, published, source, url} in stream order → {id, story}',
  details: 'With --db the story state is kept in SQLite and a rerun on the same input resumes where it stopped.',
  flags: {
    in: { type: 'string', short: 'i', arg: 'FILE', help: 'input articles, JSON Lines (.gz too); - for stdin' },
    out: { type: 'string', short: 'o', arg: 'FILE', help: 'output file; - or absent: stdout' },
    db: { type: 'string', arg: 'STATE.db', help: 'keep the story state in this SQLite file (resumable)' },
    quiet: { type: 'boolean', short: 'q', help: 'no problem or summary lines on stderr' },
  },
};
