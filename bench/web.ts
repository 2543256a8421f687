/**
 * The web pages' speed (issue 15): the story page of a 200-article story
 * (target < 1 s) and the stories list (target < 300 ms), over HTTP from a
 * running server. The database is bench/brief-scale.ts's wire-driven story
 * built from real article text (../shared/data when present, else the
 * bundled example), made by that benchmark when missing, copied, with its
 * first 200 articles as one story and every other article a story of its
 * own. Reports wall and CPU seconds (the process's, server and brief
 * worker together) of the first story page (its brief computed) and of the
 * page again (the brief cached, as every later visitor gets it), the list's
 * median and worst of 20, search, and the page's size.
 *   node --import tsx bench/web.ts                      # ~1 min the first time (builds the database)
 *   node --import tsx bench/web.ts --db /tmp/x.db       # brief-scale's database at another path
 * Printed as `figure` lines, not gated: timings follow the machine's load.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { asStoryId } from '../src/core/ids.js';
import { startServer } from '../src/server/start.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';

const args = process.argv.slice(2);
const SOURCE_DB = args.includes('--db') ? args[args.indexOf('--db') + 1]! : '/tmp/parallax-web-bench-source.db';
const SIZE = 200;

if (!existsSync(SOURCE_DB)) {
  console.log(`building ${SOURCE_DB} with bench/brief-scale.ts (200 articles, no fillers)`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'brief-scale.ts'), '--sizes', String(SIZE), '--fillers', '0', '--db', SOURCE_DB, '--keep'], { stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(SOURCE_DB)) {
    console.log('web: could not build the database; skipped');
    process.exit(0);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'px-web-bench-'));
const db = join(dir, 'web.db');
copyFileSync(SOURCE_DB, db);
const STORY = 's_0000000000c8';
{
  const store = new SqliteStore(db);
  const ids = store.listArticles().filter((a) => !a.article.title.startsWith('Filler ')).map((a) => a.article.id);
  if (ids.length < SIZE) {
    console.log(`web: ${SOURCE_DB} holds ${ids.length} story articles, fewer than ${SIZE}; skipped`);
    process.exit(0);
  }
  const all = store.listArticles().map((a) => a.article.id);
  store.transaction(() => all.forEach((id, i) => store.setStory(id, asStoryId(ids.indexOf(id) >= 0 && ids.indexOf(id) < SIZE ? STORY : `s_${(i + 1).toString(16).padStart(12, '0')}`))));
  console.log(`web: ${all.length} articles, ${store.countStories()} stories; the story ${STORY} has ${store.storySummary(asStoryId(STORY))?.articles} articles`);
  store.close();
}

const server = await startServer({ db, port: 0, log: () => {} });

async function timed(path: string): Promise<{ wall: number; cpu: number; bytes: number; status: number; body: string }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  // fetch asks for gzip, as browsers do.
  const res = await fetch(`${server.url}${path}`);
  const body = await res.text();
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1e6, bytes: Buffer.byteLength(body), status: res.status, body };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f3 = (x: number): string => x.toFixed(3);

try {
  // A large story's first view answers at once with what the summary knows, and computes the brief meanwhile.
  const prep = await timed(`/stories/${STORY}`);
  if (prep.status !== 200 || !prep.body.includes('data-wait')) throw new Error(`story page answered ${prep.status} without the preparing page`);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  while ((await fetch(`${server.url}/stories/${STORY}/ready`)).status !== 200) await new Promise((r) => setTimeout(r, 100));
  const readyWall = (performance.now() - t0) / 1000 + prep.wall;
  const cr = process.cpuUsage(c0);
  const readyCpu = (cr.user + cr.system) / 1e6 + prep.cpu;
  const first = await timed(`/stories/${STORY}`);
  if (first.status !== 200) throw new Error(`story page answered ${first.status}`);
  console.log(`story page, ${SIZE} articles, first view: the preparing page in ${f3(prep.wall)} s wall (${f3(prep.cpu)} CPU s); the brief ready ${f3(readyWall)} s after the request (${f3(readyCpu)} CPU s, server thread and brief worker); then the page in ${f3(first.wall)} s (${f3(first.cpu)} CPU s, rendered for this version)`);
  const again: number[] = [];
  const againCpu: number[] = [];
  for (let i = 0; i < 5; i++) {
    const r = await timed(`/stories/${STORY}`);
    again.push(r.wall);
    againCpu.push(r.cpu);
  }
  const marks = (first.body.match(/<mark id=/g) ?? []).length;
  const sent = Number((await fetch(`${server.url}/stories/${STORY}`, { method: 'HEAD' })).headers.get('content-length') ?? 0);
  console.log(`story page, ${SIZE} articles, again: median ${f3(median(again))} s wall (${f3(median(againCpu))} CPU s); ${(first.bytes / 1e6).toFixed(2)} MB of HTML (${(gzipSync(first.body, { level: 4 }).length / 1e6).toFixed(2)} MB gzipped${sent > 0 ? `, ${(sent / 1e6).toFixed(2)} MB sent` : ''}), ${marks} highlighted spans`);
  const list: number[] = [];
  const listCpu: number[] = [];
  for (let i = 0; i < 20; i++) {
    const r = await timed(i % 2 === 0 ? '/' : '/?sort=size');
    list.push(r.wall);
    listCpu.push(r.cpu);
  }
  console.log(`stories list (30 per page, newest and most covered): median ${f3(median(list))} s wall (${f3(median(listCpu))} CPU s), worst ${f3(Math.max(...list))} s`);
  const search: number[] = [];
  for (let i = 0; i < 10; i++) search.push((await timed('/search?q=said')).wall);
  console.log(`search page: median ${f3(median(search))} s wall`);
  console.log(`figure web_story_page_200_preparing_s ${f3(prep.wall)}`);
  console.log(`figure web_story_brief_200_ready_s ${f3(readyWall)}`);
  console.log(`figure web_story_page_200_first_s ${f3(first.wall)}`);
  console.log(`figure web_story_page_200_cached_s ${f3(median(again))}`);
  console.log(`figure web_stories_list_s ${f3(median(list))}`);
  console.log(`figure web_search_page_s ${f3(median(search))}`);
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
