/**
 * API bearer tokens: only the SHA-256 hash of each token is stored, so a
 * copy of the database does not hand out access.
 */
import type Database from 'better-sqlite3';
import { prepared } from './statements.js';
import type { TokenRecord, TokenScope } from '../service-types.js';

export class SqliteTokens {

  constructor(private readonly db: Database.Database) {}

  private sql(text: string): Database.Statement {
    return prepared(this.db, text);
  }

  put(hash: string, record: TokenRecord): void {
    this.sql('INSERT INTO api_tokens (id, hash, scope, created_at) VALUES (?, ?, ?, ?)').run(record.id, hash, record.scope, record.createdAt);
  }

  find(hash: string): TokenRecord | undefined {
    const row = this.sql('SELECT id, scope, created_at FROM api_tokens WHERE hash = ?').get(hash) as { id: string; scope: TokenScope; created_at: string } | undefined;
    return row === undefined ? undefined : { id: row.id, scope: row.scope, createdAt: row.created_at };
  }

  list(): TokenRecord[] {
    const rows = this.sql('SELECT id, scope, created_at FROM api_tokens ORDER BY created_at, id').all() as { id: string; scope: TokenScope; created_at: string }[];
    return rows.map((r) => ({ id: r.id, scope: r.scope, createdAt: r.created_at }));
  }

  /** False when no token has that id. */
  revoke(id: string): boolean {
    return this.sql('DELETE FROM api_tokens WHERE id = ?').run(id).changes > 0;
  }
}
