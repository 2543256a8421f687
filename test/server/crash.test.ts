/**
 * kill -9 during ingestion, then a restart: every article the server
 * acknowledged is stored, none twice, each assigned to a story whose
 * summary counts it, and an alert watching everything has exactly one
 * event per article (articles stored but not yet matched when the process
 * died are matched after the restart, none twice).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { bearer, createToken, OTHER_STORY, postJson, seedRecords } from './helpers.js';

function serve(db: string): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/cli/run-cli.ts', 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  const url = new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: string) => {
      stderr += chunk;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
  url.catch(() => undefined);
  return { child, url };
}

/** Distinct articles: the seed story and variants of another, each with its own sentences. */
function records(): { title?: string; text: string; source: string; published?: string }[] {
  const districts = ['north', 'south', 'east', 'west', 'harbour', 'old town', 'hill', 'river', 'market', 'station', 'airport', 'college'];
  const variants = districts.flatMap((d, i) => [0, 1].map((k) => ({
    title: `${OTHER_STORY.title} in the ${d} district (${k})`,
    text: `${OTHER_STORY.text}\nIn the ${d} district, ${120 + i * 7 + k} growers took part in the count number ${i * 2 + k}, officials of the ${d} office said on day ${k + 1}.`,
    // One source each: lines repeated within one outlet are learned as its template and cleaned away.
    source: `Paper ${i * 2 + k}`,
    published: OTHER_STORY.published,
  })));
  return [...seedRecords(), ...variants];
}

test('a kill -9 while articles are being ingested loses nothing acknowledged and doubles nothing after a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-crash-'));
  const db = join(dir, 'news.db');
  const all = records();
  const first = serve(db);
  try {
    const url = await first.url;
    const write = await createToken(db, 'write');
    const alert = await postJson(`${url}/api/v1/alerts`, { name: 'everything', query: 'the' }, bearer(write));
    assert.equal(alert.status, 201);
    const alertId = ((await alert.json()) as { id: string }).id;

    // One article per request, acknowledged one by one; killed while a request is in flight.
    const acked: string[] = [];
    let inFlight: Promise<unknown> | undefined;
    for (const r of all) {
      if (acked.length === 8) {
        inFlight = postJson(`${url}/api/v1/articles`, [r], bearer(write)).catch(() => undefined);
        await new Promise((res) => setTimeout(res, 5));
        break;
      }
      const res = await postJson(`${url}/api/v1/articles`, [r], bearer(write));
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as { added: number }).added, 1);
      acked.push(r.text);
    }
    const died = new Promise((r) => first.child.on('exit', r));
    first.child.kill('SIGKILL');
    await died;
    await inFlight;

    const second = serve(db);
    try {
      const url2 = await second.url;
      // Only acknowledged articles and the one in flight can have been stored: at least every acknowledged one is.
      const stored = new Database(db, { readonly: true });
      const before = (stored.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
      stored.close();
      assert.ok(before === acked.length || before === acked.length + 1, `stored ${before} after ${acked.length} acknowledged`);

      const again = await postJson(`${url2}/api/v1/articles`, all, bearer(write));
      assert.equal(again.status, 200);
      const r = (await again.json()) as { added: number; duplicates: number };
      assert.equal(r.added + r.duplicates, all.length, JSON.stringify(r).slice(0, 600));
      assert.equal(r.duplicates, before, 'what was stored before the kill is a duplicate now, nothing else');

      // Every alert event once: wait for the matcher to catch up with the last article.
      const feedEntries = async (): Promise<number> => ((await (await fetch(`${url2}/api/v1/alerts/${alertId}/feed.atom?limit=200`)).text()).match(/<entry>/g) ?? []).length;
      const end = Date.now() + 20_000;
      while ((await feedEntries()) < all.length && Date.now() < end) await new Promise((res) => setTimeout(res, 100));
      assert.equal(await feedEntries(), all.length, 'one alert event per article');
    } finally {
      const exited = new Promise((r) => second.child.on('exit', r));
      second.child.kill('SIGTERM');
      await exited;
    }

    const check = new Database(db, { readonly: true });
    const n = (check.prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS d, COUNT(story_id) AS s FROM articles').get() as { n: number; d: number; s: number });
    assert.deepEqual(n, { n: all.length, d: all.length, s: all.length }, 'every article once, each in a story');
    const sizes = (check.prepare('SELECT SUM(size) AS total FROM story_index').get() as { total: number }).total;
    assert.equal(sizes, all.length, 'story summaries count every article once');
    const events = check.prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT article_id) AS d FROM alert_events').get() as { n: number; d: number };
    assert.deepEqual(events, { n: all.length, d: all.length });
    check.close();
  } finally {
    first.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
