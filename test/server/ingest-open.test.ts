/**
 * `parallax serve` opens its ingester at start: a database whose clusterer
 * state was built with other parameters (an upgrade that changed them) is
 * re-clustered then, in the ingest worker, not by the first request that
 * posts an article.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startServer } from '../../src/server/start.js';
import { CLUSTER_DEFAULTS } from '../../src/stages/cluster/cluster-params.js';
import { createStore } from '../../src/storage/create-store.js';
import { ingestRecords, OTHER_STORY, seedRecords } from './helpers.js';

test('a database clustered with other parameters is re-clustered when the server starts, before any request', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-ingest-open-'));
  const db = join(dir, 'news.db');
  try {
    const store = createStore({ type: 'sqlite', file: db });
    ingestRecords(store, [...seedRecords(), OTHER_STORY]);
    const articles = store.countArticles();
    store.close();

    // As if an older version had built the clusterer's tables with another setting.
    const raw = new Database(db);
    const params = JSON.parse((raw.prepare("SELECT value FROM cluster_meta WHERE key = 'params'").get() as { value: string }).value) as Record<string, unknown>;
    raw.prepare("UPDATE cluster_meta SET value = ? WHERE key = 'params'").run(JSON.stringify({ ...params, memberSupport: CLUSTER_DEFAULTS.memberSupport + 0.05 }));
    raw.close();

    const lines: string[] = [];
    const server = await startServer({ db, host: '127.0.0.1', port: 0, log: (l) => lines.push(l), readRefresh: { intervalMs: 0 } });
    try {
      // `ingestOpen` resolves once the tables are level (the service bench waits for it before measuring).
      const seconds = await server.ingestOpen;
      assert.ok(seconds >= 0, `opened in ${seconds} s`);
      await server.deps.ingest.drain();
      const check = new Database(db, { readonly: true });
      const now = JSON.parse((check.prepare("SELECT value FROM cluster_meta WHERE key = 'params'").get() as { value: string }).value) as Record<string, unknown>;
      const assigned = (check.prepare('SELECT COUNT(*) AS n FROM cluster_articles').get() as { n: number }).n;
      check.close();
      assert.equal(now['memberSupport'], CLUSTER_DEFAULTS.memberSupport, 'the tables were rebuilt with the present parameters');
      assert.equal(assigned, articles, 'every stored article re-clustered');
      assert.deepEqual(lines.filter((l) => l.includes('could not')), []);
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
