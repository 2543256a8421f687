/**
 * The synthetic stream of the scale benchmarks (cluster-scale.ts on SQLite,
 * pg-scale.ts on PostgreSQL): the dev streams (giveme5w1h full texts and
 * uci-headlines-dev headlines, interleaved by date) replayed over and over
 * with new ids, dates advancing DAYS_PER_REPLICA days per replica (about
 * 1,100 articles a day), and about a third of the words of 4+ letters given
 * one of 26 suffixes per replica, so every replica holds new stories over a
 * shared vocabulary. Deterministic: position n is always the same article.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StreamArticle } from '../../src/stages/cluster/cluster-stream.js';

export const DAYS_PER_REPLICA = 3;
export const STREAM_ROOT = join(import.meta.dirname, '../../../shared/data/clusters');
const SETS = ['giveme5w1h', 'uci-headlines-dev'] as const;
const START = Date.parse('2020-01-01T00:00:00Z');

interface Row extends StreamArticle {
  readonly at: number;
}

/** Whether ../shared holds the dev streams the synthetic stream is built from. */
export function streamAvailable(): boolean {
  return SETS.every((s) => existsSync(join(STREAM_ROOT, s, 'articles.jsonl')));
}

function load(set: string): Row[] {
  const rows = readFileSync(join(STREAM_ROOT, set, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as StreamArticle);
  const times = rows.map((r) => Date.parse(r.published ?? '') || 0);
  const lo = Math.min(...times);
  const span = Math.max(1, Math.max(...times) - lo);
  // Each set's dates squeezed into one replica's days, order kept.
  return rows.map((r, i) => ({ ...r, at: ((times[i]! - lo) / span) * DAYS_PER_REPLICA }));
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** About a third of the words of 4+ letters get one of 26 suffixes, chosen per word and replica. */
function perturb(text: string, replica: number): string {
  return text.replace(/\p{L}{4,}/gu, (w) => {
    const h = hash(`${w.toLowerCase()}|${replica}`);
    return h % 100 < 35 ? `${w}${String.fromCharCode(97 + ((h >>> 8) % 26))}x` : w;
  });
}

/** Articles `from` (inclusive) to `max` (exclusive) of the stream; a resumed run starts where it stopped. */
export function* syntheticStream(max: number, from = 0): Generator<StreamArticle> {
  const base = SETS.flatMap((s) => load(s)).sort((a, b) => a.at - b.at);
  for (let n = from; n < max; n++) {
    const r = Math.floor(n / base.length);
    const a = base[n % base.length]!;
    const at = START + (r * DAYS_PER_REPLICA + a.at) * 86_400_000;
    yield { id: `r${r}-${a.id}`, title: perturb(a.title ?? '', r), text: perturb(a.text ?? '', r), published: new Date(at).toISOString(), ...(a.source ? { source: a.source } : {}) };
  }
}
