/**
 * The cached brief under load, and what a client pays to read it. Usage:
 *   node --import tsx bench/serve-lib/brief-load.ts DB [--near 200] [--connections 50] [--seconds 10]
 * Serves DB (a copy: opening it applies pending migrations) in a child
 * process with the API alone (no ingester, no background briefs, no polling:
 * only the brief route is measured), builds the brief of the story nearest
 * N articles once, then loads it with `--connections` closed-loop clients on
 * Node's own HTTP client, keep-alive, gzip accepted:
 *   - "transfer": bodies received and counted, not decoded;
 *   - "read": each body inflated and parsed with JSON.parse, as a client
 *     program does (the latency runs to the end of the parse).
 * Prints the JSON and gzipped sizes, each phase's req/s, p50, p99 and max,
 * CPU per request of the server process and of this (client) process, and
 * the in-process cost of inflating and parsing one body. The server's CPU
 * is read from /proc (Linux).
 *   node --import tsx bench/serve-lib/brief-load.ts --files A.json B.json...
 * prints, for JSON brief files, the megabytes of each top-level key, the
 * indentation, the total and gzipped size, and the CPU a client spends to
 * inflate and parse one (median of 15).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { gunzipSync, gunzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';

const args = process.argv.slice(2);
const inflate = promisify(gunzip);
const opt = (name: string, dflt: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);

if (args[0] === '--files') {
  // Sizes of JSON brief files (e.g. written by `bench/brief-scale.ts --child DB STORY --json-out FILE`) and a client's cost to read each.
  for (const file of args.slice(1)) sizeOf(file);
} else if (args[0] === '--child') {
  const { createStore } = await import('../../src/storage/create-store.js');
  const { buildApp } = await import('../../src/server/app.js');
  const store = createStore({ type: 'sqlite', file: args[1]! });
  // No rate limit: 50 clients on one address are the test.
  const { app } = await buildApp({ store, dbFile: args[1]!, loopbackOnly: true, log: () => {}, rateLimit: { perSecond: 0 } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.stdout.write(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}\n`);
  process.on('SIGTERM', () => void app.close().then(() => (store.close(), process.exit(0))));
  // Ends with the load process, however that ends (its stdin pipe closes).
  process.stdin.on('end', () => process.exit(0)).resume();
} else {
  await run();
}

interface Phase {
  readonly name: string;
  readonly n: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly bad: number;
}


/** Closed loop: `connections` clients, each sending its next request when the last is done. */
async function load(name: string, url: string, connections: number, seconds: number, parse: boolean): Promise<Phase> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const times: number[] = [];
  let bad = 0;
  const end = performance.now() + seconds * 1000;
  const one = (): Promise<void> =>
    new Promise((resolve) => {
      const t = performance.now();
      const req = http.get(url, { agent, headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => {
          if (parse) chunks.push(c);
        });
        res.on('end', () => {
          const done = (): void => {
            times.push(performance.now() - t);
            if (res.statusCode !== 200) bad++;
            resolve();
          };
          if (!parse) return done();
          const body = Buffer.concat(chunks);
          // Inflated in libuv's pool, as a client library does; the parse is on this thread.
          void (res.headers['content-encoding'] === 'gzip' ? inflate(body) : Promise.resolve(body)).then((b) => {
            JSON.parse(b.toString('utf8'));
            done();
          });
        });
      });
      req.on('error', () => {
        bad++;
        resolve();
      });
    });
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < end) await one();
  }));
  agent.destroy();
  times.sort((a, b) => a - b);
  const at = (q: number): number => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  return { name, n: times.length, rps: times.length / seconds, p50: at(0.5), p99: at(0.99), max: at(1), bad };
}

/** CPU milliseconds of a process so far (user + system), from /proc. */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function run(): Promise<void> {
  const db = args[0];
  if (db === undefined) {
    process.stderr.write('usage: brief-load.ts DB [--near N] [--connections N] [--seconds S]\n');
    process.exit(2);
  }
  const near = opt('--near', 200);
  const connections = opt('--connections', 50);
  const seconds = opt('--seconds', 10);
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', db], { stdio: ['pipe', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  try {
    const list = (await (await fetch(`${base}/api/v1/stories?sort=size&limit=100`)).json()) as { stories: { id: string; articles: number }[] };
    const story = [...list.stories].sort((a, b) => Math.abs(a.articles - near) - Math.abs(b.articles - near) || (a.id < b.id ? -1 : 1))[0]!;
    const url = `${base}/api/v1/stories/${story.id}`;
    const t0 = performance.now();
    const text = await (await fetch(url, { headers: { 'accept-encoding': 'identity' } })).text();
    process.stdout.write(`story ${story.id} (${story.articles} articles): first brief ${((performance.now() - t0) / 1000).toFixed(1)} s wall\n`);
    const gz = await new Promise<Buffer>((resolve) =>
      http.get(url, { headers: { 'accept-encoding': 'gzip' } }, (r) => {
        const cs: Buffer[] = [];
        r.on('data', (c: Buffer) => cs.push(c)).on('end', () => resolve(Buffer.concat(cs)));
      }),
    );
    process.stdout.write(`brief: ${Buffer.byteLength(text)} bytes of JSON, ${gz.length} gzipped\n`);
    // One client's work per reply, in this process: median of 21.
    const cost = (f: () => void): number => {
      const xs: number[] = [];
      for (let k = 0; k < 21; k++) {
        const c0 = process.cpuUsage();
        f();
        const c = process.cpuUsage(c0);
        xs.push((c.user + c.system) / 1000);
      }
      return xs.sort((a, b) => a - b)[10]!;
    };
    process.stdout.write(`client work per reply (CPU, median of 21): gunzip ${cost(() => gunzipSync(gz)).toFixed(1)} ms, JSON.parse ${cost(() => JSON.parse(text)).toFixed(1)} ms\n`);
    for (const parse of [false, true]) {
      const s0 = cpuMsOf(child.pid!);
      const c0 = process.cpuUsage();
      const r = await load(parse ? 'read' : 'transfer', url, connections, seconds, parse);
      const server = (cpuMsOf(child.pid!) - s0) / Math.max(1, r.n);
      const c = process.cpuUsage(c0);
      const client = (c.user + c.system) / 1000 / Math.max(1, r.n);
      process.stdout.write(
        `${r.name} (${connections} connections, ${seconds} s): ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms${r.bad > 0 ? `, ${r.bad} failed` : ''}; CPU per request: server ${server.toFixed(2)} ms, client ${client.toFixed(2)} ms\n`,
      );
      process.stdout.write(`figure brief_load_${r.name}_p99_ms ${r.p99}\n`);
    }
  } finally {
    child.kill('SIGTERM');
  }
}

/** One JSON brief file: megabytes by top-level key, indentation, total, gzipped; gunzip + parse CPU. */
function sizeOf(file: string): void {
  const raw = readFileSync(file, 'utf8');
  const brief = JSON.parse(raw) as Record<string, unknown>;
  const mb = (n: number): string => (n / 1e6).toFixed(2);
  const compact = Buffer.byteLength(JSON.stringify(brief));
  const keys = Object.keys(brief).map((k) => `${k} ${mb(Buffer.byteLength(JSON.stringify(brief[k])))}`);
  const gz = gzipSync(raw);
  const cpu: number[] = [];
  for (let k = 0; k < 15; k++) {
    const c0 = process.cpuUsage();
    JSON.parse(gunzipSync(gz).toString('utf8'));
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  process.stdout.write(
    `${file}: ${mb(Buffer.byteLength(raw))} MB (indentation ${mb(Buffer.byteLength(raw) - compact - (raw.endsWith('\n') ? 1 : 0))}), gzipped ${mb(gz.length)} MB; gunzip + JSON.parse ${cpu[7]!.toFixed(1)} ms CPU (median of 15)\n  ${keys.join(', ')}\n`,
  );
}
