/**
 * The article stream of bench/postgres.ts: the giveme5w1h full texts
 * replayed with new words (a replica per pass, a day apart), a bench schema's
 * URL, and the stream enqueued as `ingest --queue` does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { enqueueSources } from '../../src/pipeline/queue-enqueue.js';
import { openPostgres } from '../../src/storage/create-store.js';
import { SERVER, SRC } from './settings.js';
import { cpuMs } from './measure.js';

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A third of the 4+ letter words get a suffix per replica, so replicas are new articles with new words. */
export function perturb(text: string, replica: number): string {
  if (replica === 0) return text;
  return text.replace(/\p{L}{4,}/gu, (w) => (hash(`${w.toLowerCase()}|${replica}`) % 100 < 35 ? `${w}${String.fromCharCode(97 + ((hash(`${w}|${replica}`) >>> 8) % 26))}x` : w));
}

export function writeArticles(file: string, n: number, offset: number): void {
  const base = readFileSync(SRC, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { title?: string; text?: string; source?: string });
  const lines: string[] = [];
  for (let k = 0; k < n; k++) {
    const r = Math.floor((k + offset) / base.length);
    const a = base[(k + offset) % base.length]!;
    const day = new Date(Date.parse('2020-01-01') + (r * 3 + (hash(a.text ?? '') % 3)) * 86_400_000).toISOString().slice(0, 10);
    lines.push(JSON.stringify({ title: perturb(a.title ?? '', r), text: perturb(a.text ?? '', r), published: day, ...(a.source ? { source: a.source } : {}) }));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

export function schemaUrl(dbName: string, schema: string): string {
  const url = new URL(SERVER!);
  url.pathname = `/${dbName}`;
  url.searchParams.set('options', `-csearch_path=${schema}`);
  return url.toString();
}

export async function enqueue(url: string, file: string): Promise<{ jobs: number; wallMs: number; cpuMs: number }> {
  const store = openPostgres(url);
  const t = performance.now();
  const c = cpuMs();
  const r = await enqueueSources(store, [file]);
  const out = { jobs: r.jobs, wallMs: performance.now() - t, cpuMs: cpuMs() - c };
  store.close();
  return out;
}
