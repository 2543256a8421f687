/**
 * Load tools for bench/serve.ts (a folder of its own: bench/run.ts runs
 * every bench/*.ts as a benchmark): autocannon runs (50 connections, URLs
 * rotated per request), and a local RSS feed of generated items for the
 * burst test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createGunzip } from 'node:zlib';
// autocannon ships no types; its programmatic API is the documented one (README: "Programmatically").
import autocannon from 'autocannon';

export interface LoadResult {
  readonly name: string;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly non2xx: number;
  readonly errors: number;
}

/**
 * Closed-loop load on `base` for `seconds`: `connections` at once, each
 * sending its next request when the last is answered, the path of each
 * request from `path(i)`.
 */
export async function cannon(name: string, base: string, path: (i: number) => string, opts: { connections: number; seconds: number; headers?: Record<string, string> }): Promise<LoadResult> {
  let i = 0;
  const result = (await autocannon({
    url: base,
    connections: opts.connections,
    duration: opts.seconds,
    headers: { 'accept-encoding': 'gzip', ...opts.headers },
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: path(i++) }) }],
  })) as { requests: { average: number }; latency: { p50: number; p99: number; max: number }; non2xx: number; errors: number };
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max, non2xx: result.non2xx, errors: result.errors };
}

/**
 * As `cannon`, with Node's own HTTP client (native parser, keep-alive
 * sockets) in place of autocannon's: autocannon parses bodies in JavaScript
 * (http-parser-js), 4 ms of CPU for a 0.3 MB gzipped brief against the
 * server's 0.6 ms, so on 2 shared cores its p99 for large bodies measures
 * the client. Bodies are counted, not decoded.
 */
export async function nativeCannon(name: string, base: string, path: (i: number) => string, opts: { connections: number; seconds: number; headers?: Record<string, string>; gunzip?: boolean }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let i = 0;
  const end = performance.now() + opts.seconds * 1000;
  const one = (): Promise<void> =>
    new Promise((resolve) => {
      const t = performance.now();
      const req = http.get(`${base}${path(i++)}`, { agent, headers: { 'accept-encoding': 'gzip', ...opts.headers } }, (res) => {
        // `gunzip`: bodies inflated as a browser or a client library would (in libuv's pool), to weigh the client's share.
        const body = opts.gunzip === true && res.headers['content-encoding'] === 'gzip' ? res.pipe(createGunzip()) : res;
        body.on('data', () => {});
        body.on('end', () => {
          latencies.push(performance.now() - t);
          if ((res.statusCode ?? 0) >= 300 && res.statusCode !== 304) non2xx++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
    });
  await Promise.all(
    Array.from({ length: opts.connections }, async () => {
      while (performance.now() < end) await one();
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number): number => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return { name, rps: latencies.length / opts.seconds, p50: at(0.5), p99: at(0.99), max: at(1), non2xx, errors };
}

/** Whether `wrk` (Debian's package: a C load generator) is on the PATH. */
export function hasWrk(): boolean {
  return spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error === undefined;
}

/** A wrk latency such as `812.00us`, `12.34ms` or `1.02s`, in ms. */
function wrkMs(v: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(v.trim());
  if (m === null) return Number.NaN;
  return Number(m[1]) * { us: 0.001, ms: 1, s: 1000, m: 60_000 }[m[2] as 'us' | 'ms' | 's' | 'm'];
}

/**
 * As `cannon`, with wrk (C, its HTTP parser in C, bodies read and dropped):
 * for large bodies autocannon's JavaScript parser costs more CPU than the
 * server's reply (7.5 ms per 0.4 MB brief), so its p99 measures itself; wrk's
 * cost per reply is the kernel's copy of the bytes. One wrk thread holds
 * `connections` keep-alive connections; a Lua script sends the paths in turn
 * (the first 100 of `path(i)`) with gzip accepted. wrk's own latency
 * percentiles (`--latency`: an HdrHistogram of every response).
 */
export async function wrkCannon(name: string, base: string, path: (i: number) => string, opts: { connections: number; seconds: number; headers?: Record<string, string> }): Promise<LoadResult> {
  const paths = Array.from({ length: 100 }, (_, i) => path(i));
  const headers = { 'accept-encoding': 'gzip', ...opts.headers };
  const dir = mkdtempSync(join(tmpdir(), 'px-wrk-'));
  const script = join(dir, 'paths.lua');
  const lua = (s: string): string => JSON.stringify(s); // a JSON string of ASCII is a Lua string literal
  writeFileSync(
    script,
    `local paths = {${paths.map(lua).join(', ')}}\nlocal i = 0\n` +
      Object.entries(headers).map(([k, v]) => `wrk.headers[${lua(k)}] = ${lua(v)}\n`).join('') +
      `request = function()\n  i = i + 1\n  return wrk.format(nil, paths[((i - 1) % #paths) + 1])\nend\n`,
  );
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const p = spawn('wrk', ['-t1', `-c${opts.connections}`, `-d${opts.seconds}s`, '--timeout', '10s', '--latency', '-s', script, base], { stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      p.stdout.on('data', (b: Buffer) => (text += b.toString()));
      p.stderr.on('data', (b: Buffer) => (text += b.toString()));
      p.on('error', reject);
      p.on('close', () => resolve(text));
    });
    const pct = (q: string): number => wrkMs(new RegExp(`^\\s*${q}%\\s+(\\S+)`, 'm').exec(out)?.[1] ?? '');
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
    const max = wrkMs(/Latency\s+\S+\s+\S+\s+(\S+)/.exec(out)?.[1] ?? '');
    const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
    const e = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
    const errors = e ? Number(e[1]) + Number(e[2]) + Number(e[3]) + Number(e[4]) : 0;
    if (!Number.isFinite(rps) || Number.isNaN(pct('99'))) throw new Error(`wrk: could not read its output: ${out.slice(0, 300)}`);
    const r1 = (x: number): number => Math.round(x * 10) / 10;
    return { name, rps, p50: r1(pct('50')), p99: r1(pct('99')), max: r1(max), non2xx, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function report(r: LoadResult, note = ''): string {
  const bad = r.non2xx + r.errors > 0 ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : '';
  return `${r.name}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms${bad}${note}\n` + `figure serve_${r.name.replace(/\W+/g, '_')}_p99_ms ${r.p99}\n`;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface FeedItem {
  readonly title: string;
  readonly text: string;
  readonly published: string;
}

/** An RSS feed on 127.0.0.1 serving `items` (its robots.txt: 404, so everything is allowed). */
export async function serveFeed(items: readonly FeedItem[]): Promise<{ url: string; close(): Promise<void> }> {
  const body = items
    .map(
      (it, i) =>
        `<item><title>${esc(it.title)}</title><link>http://127.0.0.1/burst/${i}</link><guid>burst-${i}</guid><pubDate>${new Date(it.published).toUTCString()}</pubDate><description>${esc(it.text)}</description></item>`,
    )
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Burst Wire</title><link>http://127.0.0.1/</link>${body}</channel></rss>`;
  const server = http.createServer((req, res) => {
    if (req.url === '/feed.xml') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(xml);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`, close: () => new Promise((r) => server.close(() => r())) };
}
