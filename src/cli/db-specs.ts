/**
 * Specs of the commands that work on the database (analyze, ingest, stories,
 * brief): their flags, parsed and shown in `--help` from this one place.
 */
import type { CommandSpec, FlagSpec } from './flags.js';

const DB_FLAG: Record<string, FlagSpec> = { db: { type: 'string', arg: 'FILE|URL', help: 'SQLite database file (default ./parallax.db), or postgres://… for PostgreSQL' } };
const OUT_FLAG: Record<string, FlagSpec> = { out: { type: 'string', short: 'o', arg: 'FILE', help: 'write the output to FILE (- or absent: stdout)' } };
const BRIEF_FORMAT_FLAG: Record<string, FlagSpec> = { format: { type: 'string', short: 'f', arg: 'md|json|html', help: 'output format (default md)' } };
const STRICT_FLAG: Record<string, FlagSpec> = { strict: { type: 'boolean', help: 'exit 1 when any input had a problem' } };
const QUIET_FLAG: Record<string, FlagSpec> = { quiet: { type: 'boolean', short: 'q', help: 'no summary or rejection lines and no progress bars on stderr\n(unreadable inputs are still named)' } };

/** Flags of the commands that read inputs: URLs and feeds. */
export const SOURCE_FLAGS: Record<string, FlagSpec> = {
  follow: { type: 'boolean', help: "fetch each feed item's page (feeds that carry only teasers)" },
  'allow-private': { type: 'boolean', help: 'permit URLs on local and private addresses' },
  timeout: { type: 'string', arg: 'MS', help: 'per request, in milliseconds' },
  'max-bytes': { type: 'string', arg: 'N', help: 'largest response body read' },
  delay: { type: 'string', arg: 'MS', help: 'pause between requests to one host' },
};

const INPUTS_HELP = `Inputs: .txt, .html/.htm, .jsonl/.ndjson, RSS/Atom .xml and .warc[.gz] files, folders of
them (read recursively), http(s) URLs of pages or feeds, and - for standard input (its
format is detected from its first bytes).`;

export const INGEST_SPEC: CommandSpec = {
  name: 'ingest',
  args: 'PATH|URL|-...',
  group: 'main',
  summary: 'add articles from files, folders, URLs or stdin to the database (default ./parallax.db)',
  details: `${INPUTS_HELP}
Exit code: 0 when articles were stored (or were already there), 1 when nothing could be,
or when any input had a problem under --strict.`,
  flags: { ...DB_FLAG, ...SOURCE_FLAGS, ...STRICT_FLAG, ...QUIET_FLAG, queue: { type: 'boolean', help: 'with --db postgres://…: put the inputs in the job queue for parallax worker\nprocesses instead of ingesting them here' } },
};

export const ANALYZE_SPEC: CommandSpec = {
  name: 'analyze',
  args: 'PATH|URL|-...',
  group: 'main',
  summary: 'ingest inputs and print a brief of every story (a temporary database unless --db)',
  details: INPUTS_HELP,
  flags: { ...BRIEF_FORMAT_FLAG, ...OUT_FLAG, ...DB_FLAG, ...SOURCE_FLAGS, ...STRICT_FLAG, ...QUIET_FLAG },
};

export const STORIES_SPEC: CommandSpec = {
  name: 'stories',
  group: 'main',
  summary: 'list the stories in the database: id, article count, title (never creates a database)',
  flags: { ...DB_FLAG, format: { type: 'string', short: 'f', arg: 'text|json', help: 'output format (default text: one story a line, tab-separated)' } },
};

export const BRIEF_SPEC: CommandSpec = {
  name: 'brief',
  args: 'STORY',
  group: 'main',
  summary: 'the brief of one story: agreement, differing figures, quotes, timeline, shared text',
  details: 'STORY is an id from `parallax stories`. Never creates a database.',
  flags: { ...BRIEF_FORMAT_FLAG, ...OUT_FLAG, ...DB_FLAG },
};
