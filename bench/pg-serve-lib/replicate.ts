/**
 * A large test database for bench/pg-serve.ts, made in SQL from an ingest.
 */
import type { PgConnection } from '../../src/storage/postgres/pg-connection.js';

/**
 * --replicate R (writes: only on a database of your own): copies of the
 * articles ingested there (`parallax ingest --db URL FILE`), for replicas
 * 1..R, each with new ids and stories and days 3 days later per replica,
 * with their name links, quotes and story summaries, in SQL (the vectors
 * are copied, not recomputed: ≈ 3 min per 100,000 articles). The story
 * triggers are off for the copy (one row of story_counter updated 100,000
 * times in one statement is quadratic), so the summaries are copied too;
 * the clusterer's counter is set to the total so a server does not
 * re-cluster the copies at start.
 */
export function replicate(db: PgConnection, replicas: number): void {
  const done = db.one<{ r: number }>("SELECT coalesce(max(substring(id from '-r([0-9]+)$')::int), 0) AS r FROM articles")!.r;
  if (done >= replicas) return;
  const base = "SELECT * FROM articles WHERE id !~ '-r[0-9]+$'";
  const t = performance.now();
  db.transaction(() => {
    db.exec('SET LOCAL session_replication_role = replica');
    const range = `generate_series(${done + 1}, ${replicas}) r`;
    db.exec(`INSERT INTO articles (id, title, text, meta, analysis, published, source, language, ingested_at, story_id, tsv)
      SELECT a.id || '-r' || r, a.title, a.text, a.meta, a.analysis,
        to_char((a.published::timestamptz + r * interval '3 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        a.source, a.language, a.ingested_at, a.story_id || '-r' || r, a.tsv
      FROM ${range} CROSS JOIN (${base} ORDER BY seq) a ORDER BY r, a.seq`);
    db.exec(`CREATE TEMP TABLE replica_map ON COMMIT DROP AS SELECT r, a.seq AS base, b.seq AS seq FROM ${range} CROSS JOIN (${base}) a JOIN articles b ON b.id = a.id || '-r' || r`);
    db.exec('INSERT INTO article_names (name_id, seq) SELECT an.name_id, m.seq FROM article_names an JOIN replica_map m ON m.base = an.seq ON CONFLICT DO NOTHING');
    db.exec('INSERT INTO article_quotes (seq, speaker, start, "end", speaker_tsv, tsv) SELECT m.seq, q.speaker, q.start, q."end", q.speaker_tsv, q.tsv FROM article_quotes q JOIN replica_map m ON m.base = q.seq');
    db.exec(`INSERT INTO story_index (id, size, sources, title, first_seq, first_published, last_published, created_seq, updated_seq, updated_at)
      SELECT s.id || '-r' || m.r, s.size, s.sources, s.title, m.seq, s.first_published, s.last_published, s.created_seq, s.updated_seq, s.updated_at
      FROM story_index s JOIN replica_map m ON m.base = s.first_seq WHERE s.id !~ '-r[0-9]+$'`);
    db.exec(`INSERT INTO story_facets (story_id, kind, value, n) SELECT f.story_id || '-r' || r, f.kind, f.value, f.n FROM story_facets f CROSS JOIN ${range} WHERE f.story_id !~ '-r[0-9]+$'`);
    db.exec('UPDATE names n SET articles = c.k FROM (SELECT name_id, count(*)::int AS k FROM article_names GROUP BY name_id) c WHERE c.name_id = n.id');
    db.exec("UPDATE cluster_meta SET value = jsonb_set(value::jsonb, '{docCount}', to_jsonb((SELECT count(*) FROM articles)))::text WHERE key = 'counters'");
  });
  db.exec('VACUUM ANALYZE');
  process.stdout.write(`replicated to ${replicas} copies in ${((performance.now() - t) / 1000).toFixed(0)} s\n`);
}

