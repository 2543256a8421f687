/**
 * The serve bench's load phases against the server child, in order: a story list read while a brief is computed
 * afresh, the idle list and search, both while articles are posted, both during a 1,000-item feed burst (against
 * the idle p99), the cached brief (autocannon, wrk, Node's client, gunzipped, revalidated), the server's own time
 * per request and its memory after the load. `--only fresh` runs fresh-briefs.ts instead, `--only bursts` the idle
 * reads and the bursts only.
 */
import { get } from 'node:http';
import type { RawArticle } from '../../src/core/types.js';
import { freshBriefs } from './fresh-briefs.js';
import { cannon as autocannonRun, nativeCannon, serveFeed, wrkCannon } from './load.js';
import { PostStream } from './post-stream.js';
import { memoryLine, type Counts, type Memory } from './server-child.js';

type Load = Awaited<ReturnType<typeof autocannonRun>>;

/** What the phases use of bench/serve.ts's run: its options, the server child, the articles and the measured load tools. */
export interface ServeRun {
  readonly args: readonly string[];
  readonly ONLY: string | undefined;
  readonly SECONDS: number;
  readonly CONCURRENCY: number;
  readonly usersRate: number;
  readonly child: { readonly pid?: number; readonly stdin: { write(s: string): unknown } };
  readonly lines: AsyncIterator<string>;
  readonly url: string;
  readonly auth: { authorization: string };
  readonly opts: { connections: number; seconds: number };
  /** The stories nearest 200 articles, nearest first (`top`). */
  readonly nearest: readonly { id: string; size: number }[];
  readonly top: { id: string; size: number };
  readonly lists: (i: number) => string;
  readonly searches: (i: number) => string;
  readonly generate: (from?: number) => Generator<RawArticle>;
  readonly cannon: (...a: Parameters<typeof autocannonRun>) => Promise<Load>;
  readonly measured: (run: (...a: Parameters<typeof autocannonRun>) => Promise<Load>, ...a: Parameters<typeof autocannonRun>) => Promise<Load>;
  readonly report: (r: Load, note?: string) => string;
  readonly wrk: boolean;
  readonly threadCpu: () => Map<string, { ms: number; nice: number }>;
  readonly memory: (gc: boolean) => Promise<Memory>;
  readonly searchCounts: () => Promise<Counts>;
}

export async function loadPhases(run: ServeRun): Promise<void> {
  const { ONLY, SECONDS, child, lines, url, auth, opts, nearest, top, lists, searches, generate, cannon, measured, report, wrk, memory, searchCounts } = run;
  const api = `${url}/api/v1`;
  // A brief computed afresh (never requested before) while 50 clients read the story list. Not awaited here:
  // right after a start the brief worker may be on a background brief of one of the largest stories (thousands of
  // articles, minutes of CPU), which a request waits behind; the other phases go on meanwhile.
  const all = ONLY !== 'bursts';
  // A running service has warmed its foreground brief thread and opened its ingester long before a reader comes:
  // wait for them (and say how long).
  const tw = performance.now();
  child.stdin.write('warm\n');
  for (;;) {
    const l = String((await lines.next()).value);
    if (l.startsWith('warm ')) {
      const [ms, ...searchWarm] = l.slice(5).split(' ');
      process.stdout.write(`foreground brief thread warm: ${ms} ms after the server listened${searchWarm.length > 0 ? ` ${searchWarm.join(' ')}` : ''} (waited ${(performance.now() - tw).toFixed(0)} ms here)\n`);
      break;
    }
  }
  if (ONLY === 'fresh') {
    await freshBriefs(run, nearest);
    return;
  }
  const t = performance.now();
  const during = all ? cannon('story list during a fresh brief', url, lists, { ...opts, seconds: 3 }) : undefined;
  const freshBrief = all
    ? new Promise<{ status: number; ms: number }>((resolve) =>
        get(`${api}/stories/${top.id}`, (r) => {
          r.on('data', () => {}).on('end', () => resolve({ status: r.statusCode ?? 0, ms: performance.now() - t }));
        }).on('error', () => resolve({ status: 0, ms: performance.now() - t })),
      )
    : undefined;
  if (during !== undefined) process.stdout.write(report(await during));
  // Warm: the first search of a process compiles its statements; not what a user waits for every time.
  await fetch(`${api}/search?q=warm`);
  // The idle figures the bursts are compared with: as long as a burst's read phase (10 s), so both p99s are
  // taken over as many requests and as many chances of a rare stall.
  const burstOpts = { ...opts, seconds: Math.max(SECONDS, 10) };
  const idleList = await cannon('story list', url, lists, burstOpts);
  process.stdout.write(report(idleList));
  // The same with Node's own client (native parser): how much of the p99 is the load generator's CPU.
  if (all) process.stdout.write(report(await measured(nativeCannon, 'story list node client', url, lists, opts)));
  const idleSearch = await cannon('search', url, searches, burstOpts);
  process.stdout.write(report(idleSearch));

  // Reads while articles are posted (batches of 20, back to back: as fast as the ingest worker takes them),
  // replicas never generated before (a rerun on a kept database posts new articles, not duplicates).
  const fresh0 = 1_000_000 + (Math.floor(Date.now() / 1000) % 100_000) * 2000;
  const stream = all ? new PostStream(api, auth, generate(fresh0), (m) => process.stdout.write(`post failed: ${m}\n`)) : undefined;
  const postedIn = async (name: string, phase: () => Promise<Load>): Promise<string> => {
    const t0 = performance.now();
    const r = await phase();
    const t1 = performance.now();
    const n = stream?.addedBetween(t0, t1) ?? 0;
    return report(r, `; posted meanwhile ${n} articles in ${((t1 - t0) / 1000).toFixed(1)} s (${(n / ((t1 - t0) / 1000)).toFixed(1)} articles/s)`);
  };
  const ingestStart = performance.now();
  if (all) {
    // The stream under way before the reads start.
    await stream?.started();
    process.stdout.write(await postedIn('story list while ingesting', () => cannon('story list while ingesting', url, lists, opts)));
    process.stdout.write(await postedIn('search while ingesting', () => cannon('search while ingesting', url, searches, opts)));
    await stream?.stop();
    process.stdout.write(`ingested meanwhile: ${stream?.total ?? 0} articles in ${((performance.now() - ingestStart) / 1000).toFixed(0)} s\n`);
  }

  // A burst of 1,000 feed items polled while 50 clients read the story list, then another while they search.
  const burstPhase = async (name: string, paths: (i: number) => string, idle: Load, from: number): Promise<void> => {
    const burst: { title: string; text: string; published: string }[] = [];
    const bit = generate(from);
    while (burst.length < 1000) {
      const a = bit.next().value as RawArticle;
      burst.push({ title: a.title ?? '', text: a.body, published: a.published ?? '2030-01-01' });
    }
    const feed = await serveFeed(burst);
    try {
      const before = Number(/^parallax_articles (\d+)/m.exec(await (await fetch(`${url}/metrics`)).text())?.[1]);
      const t0 = performance.now();
      const src = await fetch(`${api}/sources`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ url: feed.url, kind: 'feed' }) });
      const { id } = (await src.json()) as { id: string };
      const k0 = await searchCounts();
      const burstRead = await cannon(name, url, paths, burstOpts);
      const k1 = await searchCounts();
      const ratio = burstRead.p99 / Math.max(1, idle.p99);
      // Searches computed during the read phase: what the search workers took beside ingest.
      const d = (f: keyof Counts): number => (k1[f] ?? 0) - (k0[f] ?? 0);
      const kept = name.startsWith('search') ? `; searches computed during it: ${((d('computed') + d('refreshed')) / burstOpts.seconds).toFixed(1)}/s (${d('computed')} first, ${d('refreshed')} refreshes), ${d('held')} answers held, ${d('stale')} stood in while recomputed, ${d('escalated')} refreshes repeated at the server's priority` : '';
      process.stdout.write(report(burstRead, ` (idle p99 ${idle.p99} ms: ${ratio.toFixed(1)}x)${kept}`));
      process.stdout.write(`figure serve_burst_${name.startsWith('search') ? 'search_' : ''}p99_ratio ${ratio.toFixed(2)}\n`);
      for (;;) {
        const s = (await (await fetch(`${api}/sources/${id}`)).json()) as { lastPollAt?: string; itemsSeen: number; lastError?: string };
        if (s.lastPollAt !== undefined) {
          const after = Number(/^parallax_articles (\d+)/m.exec(await (await fetch(`${url}/metrics`)).text())?.[1]);
          const secs = (performance.now() - t0) / 1000;
          process.stdout.write(`feed burst: ${s.itemsSeen} of 1000 items ingested (${after - before} new articles) in ${secs.toFixed(0)} s (${((after - before) / secs).toFixed(1)} articles/s)${s.lastError ? `; error ${s.lastError}` : ''}\n`);
          break;
        }
        await new Promise((r) => setTimeout(r, 1000));
      }
    } finally {
      await feed.close();
    }
  };
  await burstPhase('story list during a 1,000-item feed burst', lists, idleList, fresh0 + 500_000);
  await burstPhase('search during a 1,000-item feed burst', searches, idleSearch, fresh0 + 700_000);

  if (freshBrief === undefined) return;
  const fresh = await freshBrief;
  process.stdout.write(`brief afresh over HTTP (${top.size} articles, worker thread, while the phases above ran): ${fresh.ms.toFixed(0)} ms wall, status ${fresh.status}\n`);
  process.stdout.write(`figure serve_brief_fresh_ms ${fresh.ms.toFixed(0)}\n`);
  const json = (await (await fetch(`${api}/stories/${top.id}`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()).byteLength;
  const gz = (await new Promise<number>((resolve) =>
    get(`${api}/stories/${top.id}`, { headers: { 'accept-encoding': 'gzip' } }, (r) => {
      let n = 0;
      r.on('data', (c: Buffer) => (n += c.length)).on('end', () => resolve(n));
    }),
  ));
  process.stdout.write(`brief of that story: ${(json / 2 ** 20).toFixed(1)} MB of JSON, ${(gz / 2 ** 20).toFixed(1)} MB gzipped\n`);
  process.stdout.write(report(await measured(autocannonRun, 'brief cached', url, () => `/api/v1/stories/${top.id}`, opts)));
  // wrk parses in C and drops the bodies: its p99 is the server's and the kernel's, not a JavaScript parser's.
  if (wrk) process.stdout.write(report(await measured(wrkCannon, 'brief cached wrk', url, () => `/api/v1/stories/${top.id}`, opts)));
  // The same with Node's native HTTP parser (autocannon's is JavaScript: its CPU per 0.3 MB body is the bottleneck),
  // and revalidated: a client holding the current version sends its ETag and gets a 304.
  process.stdout.write(report(await measured(nativeCannon, 'brief cached node client', url, () => `/api/v1/stories/${top.id}`, opts)));
  // The client's own work per reply, apart from the transfer: inflating the gzipped body, and parsing the JSON.
  const { gunzipSync, gzipSync } = await import('node:zlib');
  const text = await (await fetch(`${api}/stories/${top.id}`, { headers: { 'accept-encoding': 'identity' } })).text();
  const zipped = gzipSync(text, { level: 6 });
  const cpuOf = (f: () => void, n = 5): number => {
    const c0 = process.cpuUsage();
    for (let k = 0; k < n; k++) f();
    const c1 = process.cpuUsage(c0);
    return (c1.user + c1.system) / 1000 / n;
  };
  process.stdout.write(`client work per cached brief reply: gunzip ${cpuOf(() => gunzipSync(zipped)).toFixed(1)} ms CPU, JSON.parse ${cpuOf(() => JSON.parse(text)).toFixed(1)} ms CPU (${(text.length / 2 ** 20).toFixed(1)} MB of JSON)\n`);
  process.stdout.write(report(await measured((n, b, p, o) => nativeCannon(n, b, p, { ...o, gunzip: true }), 'brief cached node client gunzipped', url, () => `/api/v1/stories/${top.id}`, opts)));
  const etag = (await fetch(`${api}/stories/${top.id}`, { headers: { 'accept-encoding': 'gzip' } })).headers.get('etag') ?? '';
  process.stdout.write(report(await cannon('brief revalidated', url, () => `/api/v1/stories/${top.id}`, { ...opts, headers: { 'if-none-match': etag } }), ' (304s)'));

  const rss = await (await fetch(`${url}/metrics`)).text();
  // Time inside the server per request (from its own metrics): what the server spends, apart from queueing and the clients.
  const sums = new Map<string, { sum: number; n: number }>();
  for (const m of rss.matchAll(/^parallax_http_request_duration_seconds_(sum|count)\{method="GET",route="([^"]+)"\} ([\d.e+-]+)$/gm)) {
    const e = sums.get(m[2]!) ?? { sum: 0, n: 0 };
    if (m[1] === 'sum') e.sum = Number(m[3]);
    else e.n = Number(m[3]);
    sums.set(m[2]!, e);
  }
  for (const [route, e] of sums) if (e.n > 0) process.stdout.write(`server time per request, ${route}: ${((e.sum / e.n) * 1000).toFixed(1)} ms mean over ${e.n}\n`);
  process.stdout.write(`server RSS after the load: ${(Number(/^process_resident_memory_bytes (\d+)/m.exec(rss)?.[1]) / 2 ** 20).toFixed(0)} MB\n`);
  process.stdout.write(memoryLine('server memory after the load', await memory(false)));
  process.stdout.write(memoryLine('server memory after the load, server thread collected', await memory(true)));
}
