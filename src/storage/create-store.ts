import type { Store, StoreConfig } from './store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import { PgStore } from './postgres/pg-store.js';

/** Whether a `--db` value names a PostgreSQL database rather than an SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(db);
}

/**
 * The store a `--db` value names: `postgres://…` (or `postgresql://…`) is
 * the PostgreSQL backend, anything else an SQLite file.
 * @example createStore(storeConfigFor('postgres://localhost/news'))
 */
export function storeConfigFor(db: string): StoreConfig {
  return isPostgresUrl(db) ? { type: 'postgres', url: db } : { type: 'sqlite', file: db };
}

/**
 * Opens the PostgreSQL backend; pg-native (libpq) is loaded only now, so an
 * SQLite user never needs it, and without it this is a one-line error.
 */
export function openPostgres(url: string): PgStore {
  return new PgStore(url);
}

/**
 * Opens the configured backend. `memory` is SQLite in memory: the same code
 * path as the file database, nothing left on disk.
 * @example const store = createStore({ type: 'sqlite', file: 'parallax.db' })
 */
export function createStore(config: StoreConfig): Store {
  switch (config.type) {
    case 'sqlite':
      return new SqliteStore(config.file);
    case 'memory':
      return new SqliteStore(':memory:');
    case 'postgres':
      return openPostgres(config.url);
    default: {
      const unknown: never = config;
      throw new Error(`unknown store type ${JSON.stringify((unknown as { type: string }).type)}: use "sqlite", "postgres" or "memory"`);
    }
  }
}
