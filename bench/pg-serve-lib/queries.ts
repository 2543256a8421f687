/**
 * The query pool of bench/pg-serve.ts, made from the database it measures
 * (deterministic), and a generator for its random draws.
 */
import type { PgConnection } from '../../src/storage/postgres/pg-connection.js';
import { seededRandom } from '../../src/core/random.js';

/** The shared seeded generator (src/core/random.ts), under the name this bench's files use. */
export const rng = seededRandom;

export interface Query {
  readonly kind: string;
  readonly path: string;
}

/** The query pool, from a sample of the database's articles and its name index. */
export function queryPool(db: PgConnection): { queries: Query[]; articles: number; frequent: Query[] } {
  const { n, top } = db.one<{ n: number; top: number }>('SELECT count(*)::int AS n, coalesce(max(seq), 0)::int AS top FROM articles')!;
  const step = Math.max(1, Math.floor(top / 600));
  const sample = db.query<{ title: string; text: string }>('SELECT title, left(text, 4000) AS text FROM articles WHERE seq % $1 = 0 ORDER BY seq LIMIT 600', [step]);
  const df = new Map<string, number>();
  const phrases = new Set<string>();
  for (const a of sample) {
    for (const w of new Set(`${a.title} ${a.text}`.toLowerCase().match(/\p{L}{4,}/gu) ?? [])) df.set(w, (df.get(w) ?? 0) + 1);
    const t = a.title.match(/\p{L}{4,}(?:\s+\p{L}{4,})/gu) ?? [];
    for (const p of t) phrases.add(p);
  }
  // Stop words (PostgreSQL's english list) are left out: they match nothing.
  const words = [...df.keys()];
  const kept = new Set(db.query<{ w: string }>("SELECT w FROM unnest($1::text[]) w WHERE to_tsvector('english', w) <> ''::tsvector", [`{${words.map((w) => `"${w}"`).join(',')}}`]).map((r) => r.w));
  const byDf = words.filter((w) => kept.has(w)).sort((x, y) => df.get(y)! - df.get(x)! || (x < y ? -1 : 1));
  const common = byDf.filter((w) => w.length >= 5).slice(0, 150);
  // The sample's three most frequent words (four letters or more; not in the HTTP pool, which keeps its earlier make-up): the
  // in-process costs show the words whose matches are most numerous.
  const frequent = byDf.slice(0, 3).map((w) => ({ kind: 'most frequent word', path: `/api/v1/search?q=${encodeURIComponent(w)}` }));
  const rare = byDf.filter((w) => df.get(w) === 1 && w.length >= 7).slice(0, 1500);
  const names = (kind: string): string[] =>
    db.query<{ name: string }>('SELECT name FROM names WHERE kind = $1 AND articles > 0 ORDER BY articles DESC, id LIMIT 60', [kind]).map((r) => r.name.replace(/"/g, ''));
  const field = (f: string, name: string): string => (/\s/.test(name) ? `${f}:"${name}"` : `${f}:${name}`);
  const q = (s: string, extra = ''): string => `/api/v1/search?q=${encodeURIComponent(s)}${extra}`;
  const queries: Query[] = [];
  common.forEach((w) => queries.push({ kind: 'common word', path: q(w) }, { kind: 'page 2', path: q(w, '&offset=20') }, { kind: 'stories', path: q(w, '&type=stories') }));
  rare.forEach((w) => queries.push({ kind: 'rare word', path: q(w) }));
  for (let i = 0; i < common.length; i++) for (let j = i + 1; j < common.length; j += 7) queries.push({ kind: 'two words', path: q(`${common[i]} ${common[j]}`) });
  [...phrases].slice(0, 800).forEach((p) => queries.push({ kind: 'phrase', path: q(`"${p}"`) }));
  names('speaker').forEach((s) => queries.push({ kind: 'speaker:', path: q(field('speaker', s)) }, { kind: 'speaker: + word', path: q(`${field('speaker', s)} ${common[s.length % common.length]}`) }));
  names('entity').forEach((e) => queries.push({ kind: 'entity:', path: q(field('entity', e)) }, { kind: 'entity: + word', path: q(`${field('entity', e)} ${common[e.length % common.length]}`) }));
  // A fixed shuffle, so each phase's run of queries mixes the kinds.
  const r = rng(16);
  for (let i = queries.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [queries[i], queries[j]] = [queries[j]!, queries[i]!];
  }
  return { queries, articles: n, frequent };
}

