/**
 * Opening the database a command names (`--db`, `parallax.db` by default):
 * a path or server that cannot hold one is a one-line error, and commands
 * that only read never create an empty database.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { createStore, isPostgresUrl, storeConfigFor } from '../storage/create-store.js';
import type { Store } from '../storage/store.js';
import { CliError, fileErrorLine } from './errors.js';

export const DEFAULT_DB = 'parallax.db';

/** Why a database file cannot be opened, in one line. */
function databaseProblem(file: string, err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (/directory does not exist/i.test(e.message ?? '')) return `cannot open database ${file}: the folder ${dirname(file)} does not exist`;
  if (e.code === 'SQLITE_NOTADB') return `cannot open database ${file}: not a database (an SQLite file made by parallax ingest)`;
  if (e.code === 'SQLITE_CANTOPEN') return `cannot open database ${file}: cannot open the file (a folder, or no permission)`;
  if (e.code === 'SQLITE_READONLY') return `cannot open database ${file}: the file or its folder is read-only`;
  return `cannot open database ${file}: ${fileErrorLine(err) ?? e.message ?? String(err)}`;
}

/** Opens (or creates) the database; a path that cannot hold one is a one-line error. */
export function openStore(db: string | undefined): Store {
  const file = db ?? DEFAULT_DB;
  try {
    return createStore(storeConfigFor(file));
  } catch (err) {
    // PostgreSQL's messages already name the server (password hidden) and say what failed.
    if (isPostgresUrl(file)) throw new CliError(err instanceof Error ? err.message.split('\n')[0]!.trim() : String(err));
    throw new CliError(databaseProblem(file, err));
  }
}

/** For commands that only read: a missing file is an error, never a new empty database. */
export function openExistingStore(db: string | undefined): Store {
  const file = db ?? DEFAULT_DB;
  if (file !== ':memory:' && !isPostgresUrl(file) && !existsSync(file)) throw new CliError(`no database at ${file} (run parallax ingest first)`);
  return openStore(db);
}
