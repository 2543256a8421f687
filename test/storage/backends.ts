/**
 * The storage backends a test runs against: SQLite always, PostgreSQL when
 * PARALLAX_TEST_PG names a server (`.ci/run` starts one and exports it).
 * Without it the PostgreSQL half is skipped with a message, never silently.
 *
 * Each test file that uses PostgreSQL gets a database of its own, created on
 * first use and dropped when the file's tests end, so test files running in
 * parallel never meet; each store location inside it is a fresh schema.
 */
import { after } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, storeConfigFor } from '../../src/storage/create-store.js';
import { PgConnection } from '../../src/storage/postgres/pg-connection.js';
import type { Store } from '../../src/storage/store.js';

export interface TestBackend {
  readonly name: 'sqlite' | 'postgres';
  /** A reason to skip (shown by the test runner), or false. */
  readonly skip: string | false;
  /** A new, empty database location: an SQLite file path or a PostgreSQL URL (fresh schema). */
  location(): string;
  /** Opens (creating when missing) the store at a location. */
  open(location: string): Store;
  /** A fresh, empty store. */
  fresh(): Store;
}

const PG_SERVER = process.env.PARALLAX_TEST_PG;
export const PG_SKIP = PG_SERVER ? false : 'PARALLAX_TEST_PG is not set: the PostgreSQL half of this test is skipped (set it to a server URL, as .ci/run does)';

let tmp: string | undefined;
let files = 0;

const sqlite: TestBackend = {
  name: 'sqlite',
  skip: false,
  location() {
    if (tmp === undefined) {
      tmp = mkdtempSync(join(tmpdir(), 'px-backend-'));
      const dir = tmp;
      process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    }
    return join(tmp, `s${++files}.db`);
  },
  open: (location) => createStore({ type: 'sqlite', file: location }),
  fresh: () => createStore({ type: 'memory' }),
};

let database: string | undefined;
let schemas = 0;

/** This test file's own database on the test server, made on first use and dropped after the file's tests. */
function testDatabase(): string {
  if (database !== undefined) return database;
  const name = `parallax_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new PgConnection(PG_SERVER!);
  try {
    admin.exec(`CREATE DATABASE ${name}`);
  } finally {
    admin.close();
  }
  database = name;
  return name;
}

// After all of the file's tests (a hook at the top level of the file), whatever they did;
// FORCE ends connections a failed test left open.
after(() => {
  if (database === undefined) return;
  const drop = new PgConnection(PG_SERVER!);
  try {
    drop.exec(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  } finally {
    drop.close();
  }
  database = undefined;
});

/** A URL for a fresh schema in this file's test database. */
export function pgLocation(): string {
  const url = new URL(PG_SERVER!);
  url.pathname = `/${testDatabase()}`;
  url.searchParams.set('options', `-csearch_path=t${++schemas}`);
  return url.toString();
}

const postgres: TestBackend = {
  name: 'postgres',
  skip: PG_SKIP,
  location: pgLocation,
  open: (location) => createStore(storeConfigFor(location)),
  fresh: () => createStore(storeConfigFor(pgLocation())),
};

export const BACKENDS: readonly TestBackend[] = [sqlite, postgres];
