import type { Store, StoreConfig } from './store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

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
    default: {
      const unknown: never = config;
      throw new Error(`unknown store type ${JSON.stringify((unknown as { type: string }).type)}: use "sqlite" or "memory"`);
    }
  }
}
