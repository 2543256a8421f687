/**
 * The serve bench's `--only fresh` phase: briefs of the stories nearest 200 articles computed afresh over HTTP,
 * one after another, while clients read (and, with --fresh-posting, articles are posted).
 */
import { execFile } from 'node:child_process';
import { get } from 'node:http';
import { seededRandom } from '../../src/core/random.js';
import type { ServeRun } from './load-phases.js';
import { PostStream } from './post-stream.js';
import { loadAvg, loadCpuMs } from './proc-cpu.js';
import { users } from './users.js';

/** One GET by curl: its status and its own time from the start of the request to the last byte. */
function curlGet(url: string): Promise<{ status: number; ms: number }> {
  return new Promise((resolve) => {
    execFile('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code} %{time_total}', url], (err, out) => {
      const [code, secs] = String(out).trim().split(' ');
      resolve(err ? { status: 0, ms: 0 } : { status: Number(code), ms: Number(secs) * 1000 });
    });
  });
}

/**
 * Fresh briefs one after another, each while 50 clients read the story list for 3 s (started together):
 * the brief's wall time over HTTP, the list's p99 in the same window, the load average, and the CPU each
 * server thread took from the request to the answer (the main thread apart; workers by their nice value).
 */
export async function freshBriefs(run: ServeRun, stories: readonly { id: string; size: number }[]): Promise<void> {
  const { args, url, auth, generate, usersRate, CONCURRENCY, searches, lists, cannon, opts, threadCpu, child, lines, report } = run;
  // With --fresh-posting, articles are posted meanwhile (batches of 20, back to back), as in the issue's target.
  const stream = args.includes('--fresh-posting') ? new PostStream(`${url}/api/v1`, auth, generate(3_000_000 + (Math.floor(Date.now() / 1000) % 100_000) * 2000)) : undefined;
  await stream?.started(200);
  for (const s of stories) {
    const p0 = stream?.total ?? 0;
    // --fresh-users RATE: 50 people reading (story list and search, alternately), each pausing a random 0–2/RATE s
    // between requests (bench/serve-lib/users.ts), started 1 s before the brief is asked; else 50 connections back to back.
    let k = 0;
    const during = usersRate > 0
      ? users([url], CONCURRENCY, 4, () => (k++ % 2 ? { path: searches(k), kind: 'search' } : { path: lists(k), kind: 'list' }), usersRate, seededRandom(17 + k))
      : cannon(`story list during a fresh brief (${s.size} articles)`, url, lists, { ...opts, seconds: 3 });
    if (usersRate > 0) await new Promise((r) => setTimeout(r, 1000));
    const l0 = loadAvg();
    const th0 = threadCpu();
    const c0 = loadCpuMs();
    const t0 = performance.now();
    // --fresh-client curl: asked by a client process of its own (curl), as a reader's browser would be; by default
    // from this process, whose event loop the load generator shares (50 connections back to back: its reads wait there).
    const brief = args.includes('--fresh-client') && args[args.indexOf('--fresh-client') + 1] === 'curl'
      ? await curlGet(`${url}/api/v1/stories/${s.id}`)
      : await new Promise<{ status: number; ms: number }>((resolve) =>
          get(`${url}/api/v1/stories/${s.id}`, (r) => {
            r.on('data', () => {}).on('end', () => resolve({ status: r.statusCode ?? 0, ms: performance.now() - t0 }));
          }).on('error', () => resolve({ status: 0, ms: performance.now() - t0 })),
        );
    const th1 = threadCpu();
    const c1 = loadCpuMs();
    // Which thread is which: the brief threads name their ids (code without them: none named).
    child.stdin.write('threads\n');
    let named: { foreground?: number; background?: number } = {};
    for (;;) {
      const l = String((await lines.next()).value);
      if (l.startsWith('threads ')) {
        named = JSON.parse(l.slice(8)) as typeof named;
        break;
      }
    }
    const role = (tid: string): string => (tid === String(child.pid) ? 'main' : Number(tid) === named.foreground ? 'foreground brief' : Number(tid) === named.background ? 'background brief' : 'other');
    const rows = [...th1].map(([tid, a]) => ({ tid, role: role(tid), nice: a.nice, ms: a.ms - (th0.get(tid)?.ms ?? 0) })).filter((r) => r.ms >= 50 || r.role !== 'other');
    rows.sort((a, b) => (a.role === 'other' ? 1 : 0) - (b.role === 'other' ? 1 : 0) || b.ms - a.ms);
    process.stdout.write(`brief afresh over HTTP (${s.size} articles, while 50 clients read the list): ${brief.ms.toFixed(0)} ms wall, status ${brief.status}; load average ${l0} → ${loadAvg()}; CPU from request to answer: server threads ${rows.map((r) => `${r.role === 'other' ? '' : `${r.role} `}${(r.ms / 1000).toFixed(2)} s (nice ${r.nice})`).join(', ') || 'none'}, load generator ${((c1 - c0) / 1000).toFixed(2)} s${stream ? `; ${stream.total - p0} articles posted meanwhile` : ''}\n`);
    process.stdout.write(`figure serve_brief_fresh_ms ${brief.ms.toFixed(0)}\n`);
    const d = await during;
    if ('kinds' in d) {
      const q = (v: readonly number[], p: number): string => (v.length ? v[Math.min(v.length - 1, Math.floor(p * v.length))]!.toFixed(0) : '–');
      const perKind = [...d.kinds].map(([kind, v]) => `${kind} p50 ${q(v, 0.5)} / p99 ${q(v, 0.99)} ms (${v.length})`).join(', ');
      process.stdout.write(`${CONCURRENCY} users pausing 0–${(2 / usersRate).toFixed(1)} s, 4 s around the brief: ${(d.latencies.length / 4).toFixed(0)} req/s, p99 ${q(d.latencies, 0.99)} ms; ${perKind}; non-2xx ${d.non2xx}, errors ${d.errors}\n`);
    } else process.stdout.write(report(d));
  }
  await stream?.stop();
}
