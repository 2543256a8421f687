/**
 * API bearer tokens in PostgreSQL: only the SHA-256 hash of each token is
 * stored, so a copy of the database does not hand out access.
 */
import type { TokenRecord, TokenScope } from '../service-types.js';
import type { PgConnection } from './pg-connection.js';

interface Row {
  id: string;
  scope: TokenScope;
  created_at: string;
}

export class PgTokens {
  constructor(private readonly db: PgConnection) {}

  put(hash: string, record: TokenRecord): void {
    this.db.query('INSERT INTO api_tokens (id, hash, scope, created_at) VALUES ($1, $2, $3, $4)', [record.id, hash, record.scope, record.createdAt]);
  }

  find(hash: string): TokenRecord | undefined {
    const row = this.db.one<Row>('SELECT id, scope, created_at FROM api_tokens WHERE hash = $1', [hash]);
    return row === undefined ? undefined : { id: row.id, scope: row.scope, createdAt: row.created_at };
  }

  list(): TokenRecord[] {
    return this.db.query<Row>('SELECT id, scope, created_at FROM api_tokens ORDER BY created_at, id').map((r) => ({ id: r.id, scope: r.scope, createdAt: r.created_at }));
  }

  /** False when no token has that id. */
  revoke(id: string): boolean {
    return this.db.query('DELETE FROM api_tokens WHERE id = $1 RETURNING id', [id]).length > 0;
  }
}
