/**
 * Shared by the server tests: a real server on a free loopback port over a
 * temporary database, tokens made by the CLI, and the seed articles as API
 * records.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { startServer, type RunningServer, type ServeOptions } from '../../src/server/start.js';
import { systemClock } from '../../src/core/result.js';
import { createIngester } from '../../src/pipeline/ingest-articles.js';
import { parseJsonlLine } from '../../src/stages/ingest/parse-jsonl.js';
import { createStore } from '../../src/storage/create-store.js';
import type { Store } from '../../src/storage/store.js';

export interface TestServer {
  readonly server: RunningServer;
  readonly url: string;
  readonly dir: string;
  readonly db: string;
  stop(): Promise<void>;
}

export async function startTestServer(opts: Partial<ServeOptions> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'px-serve-'));
  const db = join(dir, 'news.db');
  // Search and the story list see every article at once (refresh interval 0), as most tests expect;
  // test/server/read-refresh.test.ts steps the interval's clock. The search workers start at the first search, not
  // warmed at start (two threads' start per server, about 2.5 CPU s from TypeScript): test/server/search-warm.test.ts
  // tests the warm-up.
  const server = await startServer({ db, host: '127.0.0.1', port: 0, pollMs: 50, log: () => {}, readRefresh: { intervalMs: 0 }, warmSearches: false, ...opts });
  return {
    server,
    url: server.url,
    dir,
    db,
    stop: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A token made the way a user makes one: `parallax token create`. */
export async function createToken(db: string, scope: 'read' | 'write'): Promise<string> {
  const out: string[] = [];
  const code = await main(['token', 'create', '--scope', scope, '--db', db], { stdout: (s) => out.push(s), stderr: () => {} });
  if (code !== 0 || out.length !== 1) throw new Error(`token create failed (${code})`);
  return out[0]!;
}

const SOURCES = ['Daily Wire Service', 'Ukraine Today', 'Inquirer', 'Tehran Desk', 'Arab Herald'];

/** The five seed articles of examples/biden-putin-call as POST /api/v1/articles records. */
export function seedRecords(): { text: string; source: string; url: string }[] {
  const dir = new URL('../../examples/biden-putin-call/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => ({ text: readFileSync(new URL(f, dir), 'utf8'), source: SOURCES[i]!, url: `https://example.org/${f}` }));
}

export const OTHER_STORY = {
  title: 'Valley orchards report record apple harvest',
  text: [
    'Orchards across the river valley reported a record apple harvest this autumn, with growers picking more than 40,000 tonnes of fruit.',
    'The regional growers association said warm spring weather and late rains helped the trees, and that prices at the wholesale market fell by 12 percent.',
    '"We have never seen crates stacked this high," said Maria Lopez, who runs a family orchard near the old mill. Pickers worked extra shifts through October.',
    'Cider makers in the valley said they would buy the surplus, and a new cold store opened next to the railway station to keep the apples fresh until spring.',
  ].join('\n'),
  source: 'Valley Post',
  published: '2024-10-20',
};

/** Ingests API records into a store through the pipeline, as the server would (for tests that need stories without a server). */
export function ingestRecords(store: Store, records: readonly object[]): void {
  const ing = createIngester({ store, clock: systemClock });
  records.forEach((r, i) => {
    const line = parseJsonlLine('request', i + 1, JSON.stringify(r));
    if (line?.kind === 'article') ing.add(line.article);
  });
  ing.finish();
}

export const CHINESE_STORY = {
  title: '城市推出新的公共交通计划',
  text: '市政府周二宣布了一项新的公共交通计划，将在明年增加三百辆电动公交车。交通部门负责人表示，新计划将减少市中心的拥堵和空气污染。市民对这项计划普遍表示欢迎，许多人说早高峰的公交车太拥挤了。该计划的总投资约为十二亿元，资金来自市财政和国家补贴。'.repeat(2),
  source: '城市日报',
  published: '2024-06-04',
};

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

/** Two stored stories of different sizes (the seed story and another) in a temporary SQLite file, for the brief worker tests. */
export async function withTwoStories(run: (file: string, big: { id: string; articles: number }, small: { id: string; articles: number }) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'px-brief-worker-'));
  const file = join(dir, 'news.db');
  const store = createStore({ type: 'sqlite', file });
  ingestRecords(store, [...seedRecords(), OTHER_STORY]);
  const [big, small] = store.storyPage({ sort: 'size', limit: 2 }).stories;
  store.close();
  // The worker does not hold the process open (a server does): the test does while it waits.
  const alive = setInterval(() => {}, 1000);
  try {
    assert.ok(big && small && big.articles > small.articles);
    await run(file, big, small);
  } finally {
    clearInterval(alive);
    rmSync(dir, { recursive: true, force: true });
  }
}
