/**
 * Load as people make it: N users, each sending a request, reading the answer,
 * then pausing a random time (Locust's `between`). Used by bench/pg-serve.ts
 * (`name@~rate`) and bench/serve.ts (`--fresh-users RATE`).
 */
import { Agent, get } from 'node:http';

/** A request to send: its path and a kind to group latencies by. */
export interface Request {
  readonly path: string;
  readonly kind: string;
}

/** Every answer's latency (ms, sorted), by kind too; non-2xx answers and socket errors counted. */
export interface PhaseResult {
  readonly latencies: number[];
  readonly non2xx: number;
  readonly errors: number;
  readonly kinds: Map<string, number[]>;
}

/**
 * `connections` users split over the servers, each sending one search, reading the answer, then waiting a random
 * 0 to 2/rate seconds (mean 1/rate) before the next, for `seconds`. Why not autocannon's connectionRate: its paced
 * connections all start at once and fire in step, so every second's searches arrive together and queue behind each
 * other; people searching do not synchronise. Latency is from sending to the answer's last byte (keep-alive sockets).
 */
export async function users(bases: readonly string[], connections: number, seconds: number, next: () => Request, rate: number, random: () => number): Promise<PhaseResult> {
  const latencies: number[] = [];
  const kinds = new Map<string, number[]>();
  let non2xx = 0;
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const agents = bases.map(() => new Agent({ keepAlive: true, maxSockets: connections }));
  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
  const once = (base: string, agent: Agent, q: Request): Promise<void> =>
    new Promise((resolve) => {
      const t = performance.now();
      get(base + q.path, { agent, headers: { 'accept-encoding': 'gzip' } }, (res) => {
        res.on('data', () => {});
        res.on('end', () => {
          const ms = performance.now() - t;
          latencies.push(ms);
          (kinds.get(q.kind) ?? kinds.set(q.kind, []).get(q.kind)!).push(ms);
          if ((res.statusCode ?? 0) < 200 || (res.statusCode ?? 0) >= 300) non2xx++;
          resolve();
        });
      }).on('error', () => {
        errors++;
        resolve();
      });
    });
  await Promise.all(
    Array.from({ length: connections }, async (_, u) => {
      const k = u % bases.length;
      for (;;) {
        await sleep(random() * (2000 / rate));
        if (performance.now() >= end) return;
        await once(bases[k]!, agents[k]!, next());
      }
    }),
  );
  for (const a of agents) a.destroy();
  latencies.sort((a, b) => a - b);
  for (const v of kinds.values()) v.sort((a, b) => a - b);
  return { latencies, non2xx, errors, kinds };
}
