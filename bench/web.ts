/**
 * The web pages' speed (issue 15): the story page of a 200-article story
 * (target < 1 s in every case a user meets) and the stories list (target <
 * 300 ms), over HTTP from a running server. The database is
 * bench/brief-scale.ts's wire-driven story built from real article text
 * (../shared/data when present, else the bundled example), made by that
 * benchmark when missing, copied, with its first 200 articles as one story
 * and every other article a story of its own. Cases:
 * - first view of a story nobody has briefed (the facts page at once, the brief ready later);
 * - the page again (brief cached, as every later visitor gets it), p50/p99 of 20;
 * - right after the story gained an article (one of the single-article stories moved into it):
 *   the previous brief with its "Updating" note, p50/p99 over the trials; then the time until
 *   the new brief is ready and the first view of it;
 * - the page revalidated with its ETag (a browser holding it: 304), p50/p99 of 20;
 * - first view after a server start with the background briefing given N seconds, p50/p99 over
 *   fresh starts, and how many of those views got the brief rather than the facts page (the
 *   server reads each story's last brief saved beside the database, src/server/brief-disk.ts);
 * - the list's median and worst of 20, search, and the page's size.
 * Wall seconds, and CPU seconds of the whole process (server thread and brief worker together).
 *   node --import tsx bench/web.ts                      # ~2 min (builds the database the first time)
 *   node --import tsx bench/web.ts --db /tmp/x.db       # brief-scale's database at another path
 *   node --import tsx bench/web.ts --warm 1,5 --starts 5 --gains 10
 * Printed as `figure` lines, not gated: timings follow the machine's load.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { asStoryId } from '../src/core/ids.js';
import { startServer, type RunningServer } from '../src/server/start.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';

const args = process.argv.slice(2);
const SOURCE_DB = args.includes('--db') ? args[args.indexOf('--db') + 1]! : '/tmp/parallax-web-bench-source.db';
const SIZE = 200;
const listArg = (name: string, dflt: number[]): number[] => (args.includes(name) ? args[args.indexOf(name) + 1]!.split(',').map(Number) : dflt);
const WARM = listArg('--warm', [1, 5]);
const STARTS = listArg('--starts', [5])[0]!;
const GAINS = listArg('--gains', [10])[0]!;

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
/** Articles outside the story (each a story of its own), moved into it one per trial of the gained-an-article case. */
const spare: string[] = [];
{
  const store = new SqliteStore(db);
  const ids = store.listArticles().filter((a) => !a.article.title.startsWith('Filler ')).map((a) => a.article.id);
  if (ids.length < SIZE) {
    console.log(`web: ${SOURCE_DB} holds ${ids.length} story articles, fewer than ${SIZE}; skipped`);
    process.exit(0);
  }
  const all = store.listArticles().map((a) => a.article.id);
  store.transaction(() => all.forEach((id, i) => store.setStory(id, asStoryId(ids.indexOf(id) >= 0 && ids.indexOf(id) < SIZE ? STORY : `s_${(i + 1).toString(16).padStart(12, '0')}`))));
  spare.push(...ids.slice(SIZE));
  console.log(`web: ${all.length} articles, ${store.countStories()} stories; the story ${STORY} has ${store.storySummary(asStoryId(STORY))?.articles} articles`);
  store.close();
}

let server: RunningServer = await startServer({ db, port: 0, log: () => {} });

async function timed(path: string, headers: Record<string, string> = {}): Promise<{ wall: number; cpu: number; bytes: number; status: number; body: string; etag: string | null }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  // fetch asks for gzip, as browsers do.
  const res = await fetch(`${server.url}${path}`, { headers });
  const body = await res.text();
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1e6, bytes: Buffer.byteLength(body), status: res.status, body, etag: res.headers.get('etag') };
}

const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
const median = (xs: number[]): number => sorted(xs)[Math.floor(xs.length / 2)]!;
/** The 99th percentile by nearest rank: of fewer than 100 samples, the worst. */
const p99 = (xs: number[]): number => sorted(xs)[Math.min(xs.length - 1, Math.ceil(0.99 * xs.length) - 1)]!;
const f3 = (x: number): string => x.toFixed(3);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
async function untilReady(): Promise<void> {
  while ((await fetch(`${server.url}/stories/${STORY}/ready`)).status !== 200) await sleep(50);
}

try {
  // A large story's first view answers at once with what the summary knows, and computes the brief meanwhile
  // (the background briefing, started with the server, is computing it already).
  const prep = await timed(`/stories/${STORY}`);
  if (prep.status !== 200) throw new Error(`story page answered ${prep.status}`);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await untilReady();
  const readyWall = (performance.now() - t0) / 1000 + prep.wall;
  const cr = process.cpuUsage(c0);
  const readyCpu = (cr.user + cr.system) / 1e6 + prep.cpu;
  const first = await timed(`/stories/${STORY}`);
  if (first.status !== 200) throw new Error(`story page answered ${first.status}`);
  console.log(`story page, ${SIZE} articles, first view: ${prep.body.includes('data-wait') ? 'the facts page' : 'the brief'} in ${f3(prep.wall)} s wall (${f3(prep.cpu)} CPU s); the brief ready ${f3(readyWall)} s after the request (${f3(readyCpu)} CPU s, server thread and brief worker); then the page in ${f3(first.wall)} s (${f3(first.cpu)} CPU s, rendered for this version)`);
  const again: number[] = [];
  const againCpu: number[] = [];
  for (let i = 0; i < 20; i++) {
    const r = await timed(`/stories/${STORY}`);
    again.push(r.wall);
    againCpu.push(r.cpu);
  }
  // A browser holding the page asks with its ETag: 304, no body.
  const revalidated: number[] = [];
  const revalidatedCpu: number[] = [];
  let notModified = 0;
  for (let i = 0; i < 20 && first.etag !== null; i++) {
    const r = await timed(`/stories/${STORY}`, { 'if-none-match': first.etag });
    revalidated.push(r.wall);
    revalidatedCpu.push(r.cpu);
    if (r.status === 304) notModified++;
  }
  if (revalidated.length > 0) console.log(`story page, ${SIZE} articles, revalidated with its ETag (20): p50 ${f3(median(revalidated))} s, p99 ${f3(p99(revalidated))} s wall (${f3(median(revalidatedCpu))} CPU s); ${notModified} of 20 answered 304`);
  else console.log('story page: no ETag sent; revalidation skipped');
  const marks = (first.body.match(/<mark id=/g) ?? []).length;
  const sent = Number((await fetch(`${server.url}/stories/${STORY}`, { method: 'HEAD' })).headers.get('content-length') ?? 0);
  console.log(`story page, ${SIZE} articles, again (20): p50 ${f3(median(again))} s, p99 ${f3(p99(again))} s wall (${f3(median(againCpu))} CPU s); ${(first.bytes / 1e6).toFixed(2)} MB of HTML (${(gzipSync(first.body, { level: 4 }).length / 1e6).toFixed(2)} MB gzipped${sent > 0 ? `, ${(sent / 1e6).toFixed(2)} MB sent` : ''}), ${marks} highlighted spans`);

  // The story gains an article (another connection to the database, as an ingest would write it).
  const stale: number[] = [];
  const staleCpu: number[] = [];
  const toReady: number[] = [];
  const fresh: number[] = [];
  let notes = 0;
  const gains = Math.min(GAINS, spare.length);
  const writer = new SqliteStore(db);
  for (let i = 0; i < gains; i++) {
    writer.setStory(spare[i]! as never, asStoryId(STORY));
    const changed = performance.now();
    await sleep(20);
    const r = await timed(`/stories/${STORY}`);
    stale.push(r.wall);
    staleCpu.push(r.cpu);
    if (/Updating:<\/strong> 1 new article/.test(r.body)) notes++;
    await untilReady();
    toReady.push((performance.now() - changed) / 1000);
    fresh.push((await timed(`/stories/${STORY}`)).wall);
  }
  writer.close();
  if (gains > 0) {
    console.log(`story page right after the story gained an article (${gains} trials): p50 ${f3(median(stale))} s, p99 ${f3(p99(stale))} s wall (${f3(median(staleCpu))} CPU s); ${notes} of ${gains} showed the previous brief with the Updating note`);
    console.log(`  the new brief ready after the change: p50 ${f3(median(toReady))} s, p99 ${f3(p99(toReady))} s (the page asked for it at once); its first view: p50 ${f3(median(fresh))} s, p99 ${f3(p99(fresh))} s`);
  } else console.log('story page right after the story gained an article: no article outside the story to move in; skipped');

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

  // Fresh starts: the brief cache is empty; the background briefing starts with the largest stories.
  const afterStart = new Map<number, { wall: number[]; briefs: number }>();
  for (const n of WARM) {
    const r = { wall: [] as number[], cpu: [] as number[], briefs: 0 };
    for (let i = 0; i < STARTS; i++) {
      await server.close();
      server = await startServer({ db, port: 0, log: () => {} });
      await sleep(n * 1000);
      const p = await timed(`/stories/${STORY}`);
      r.wall.push(p.wall);
      r.cpu.push(p.cpu);
      if (p.status === 200 && !p.body.includes('data-wait')) r.briefs++;
    }
    afterStart.set(n, r);
    console.log(`first view after a server start, background briefing given ${n} s (${STARTS} starts): p50 ${f3(median(r.wall))} s, p99 ${f3(p99(r.wall))} s wall (${f3(median(r.cpu))} CPU s p50); ${r.briefs} of ${STARTS} got the brief (the others the facts page, which reloads into it)`);
  }

  console.log(`figure web_story_page_200_preparing_s ${f3(prep.wall)}`);
  console.log(`figure web_story_brief_200_ready_s ${f3(readyWall)}`);
  console.log(`figure web_story_page_200_first_s ${f3(first.wall)}`);
  console.log(`figure web_story_page_200_cached_s ${f3(median(again))}`);
  console.log(`figure web_story_page_200_cached_p99_s ${f3(p99(again))}`);
  console.log(`figure web_story_page_200_cached_cpu_s ${f3(median(againCpu))}`);
  if (revalidated.length > 0) console.log(`figure web_story_page_200_revalidated_s ${f3(median(revalidated))}`);
  if (gains > 0) {
    console.log(`figure web_story_page_200_gained_p50_s ${f3(median(stale))}`);
    console.log(`figure web_story_page_200_gained_p99_s ${f3(p99(stale))}`);
    console.log(`figure web_story_brief_200_gained_ready_p50_s ${f3(median(toReady))}`);
  }
  for (const [n, r] of afterStart) {
    console.log(`figure web_story_page_200_after_start_${n}s_p50_s ${f3(median(r.wall))}`);
    console.log(`figure web_story_page_200_after_start_${n}s_p99_s ${f3(p99(r.wall))}`);
  }
  console.log(`figure web_stories_list_s ${f3(median(list))}`);
  console.log(`figure web_search_page_s ${f3(median(search))}`);
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
