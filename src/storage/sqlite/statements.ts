/**
 * Prepared statements, made once per connection and SQL text. A statement
 * holds native memory the garbage collector does not see, so preparing one
 * per call (hundreds of thousands in a big ingest, one per API request) let
 * the process grow by hundreds of megabytes before anything was collected.
 */
import type Database from 'better-sqlite3';

const byConnection = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The connection's prepared statement for `text`, prepared on first use. */
export function prepared(db: Database.Database, text: string): Database.Statement {
  let cache = byConnection.get(db);
  if (cache === undefined) byConnection.set(db, (cache = new Map()));
  let st = cache.get(text);
  if (st === undefined) cache.set(text, (st = db.prepare(text)));
  return st;
}
