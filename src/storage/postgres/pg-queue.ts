/**
 * The job queue of `parallax worker` (tables of pg-queue-schema.ts): jobs in
 * stream order, claimed with `SELECT … FOR UPDATE SKIP LOCKED` under a lease
 * (a killed worker's job is claimed again when its lease runs out), finished
 * with their staged articles in one transaction that checks the lease is
 * still this worker's (so a job taken over by another worker is never
 * staged twice), then stored and assigned to stories in stream order by the
 * writer-lock holder. Articles are idempotent by id: storing a staged article
 * already stored does nothing.
 */
import type { Analysis } from '../../core/types.js';
import type { Param, PgConnection } from './pg-connection.js';
import { foldForSearch, tsvSql } from './pg-search.js';
import { byteaParam } from './pg-queue-features.js';
import { indexNameRows, indexNames, nameRows, type NameRows } from './pg-search-names.js';
import type { JobKind, JobOutcome, QueueCounts, QueueJob, StagedArticle, StagedPlace } from './pg-queue-types.js';

export type { JobKind, JobOutcome, QueueCounts, QueueJob, StagedArticle, StagedPlace } from './pg-queue-types.js';

/** A done job's articles staged per statement (15 parameters each; a feed job may have hundreds). */
const STAGE_ROWS = 16;

export class PgQueue {
  constructor(
    private readonly db: PgConnection,
    private readonly noteConfig: (language: string | undefined) => string,
  ) {}

  /** The number the next enqueued chunk takes. */
  nextChunk(): number {
    return (this.db.one<{ n: number | null }>('SELECT max(chunk) AS n FROM queue_chunks')?.n ?? -1) + 1;
  }

  putChunk(chunk: number, templates: string): void {
    this.db.query('INSERT INTO queue_chunks (chunk, templates) VALUES ($1, $2) ON CONFLICT (chunk) DO UPDATE SET templates = excluded.templates', [chunk, templates]);
  }

  chunkTemplates(chunk: number): string | undefined {
    return this.db.one<{ templates: string }>('SELECT templates FROM queue_chunks WHERE chunk = $1', [chunk])?.templates;
  }

  /** Enqueues jobs of one kind in order, in one statement; returns their positions. */
  enqueueMany(chunk: number, kind: JobKind, payloads: readonly string[]): number[] {
    if (payloads.length === 0) return [];
    return this.db
      .query<{ pos: number }>(
        `INSERT INTO queue_jobs (chunk, kind, payload)
         SELECT $1, $2, p.value FROM json_array_elements_text($3::json) WITH ORDINALITY AS p ORDER BY p.ordinality RETURNING pos`,
        [chunk, kind, JSON.stringify(payloads)],
      )
      .map((r) => r.pos)
      .sort((x, y) => x - y);
  }

  enqueue(chunk: number, kind: JobKind, payload: string): number {
    return this.db.one<{ pos: number }>('INSERT INTO queue_jobs (chunk, kind, payload) VALUES ($1, $2, $3) RETURNING pos', [chunk, kind, payload])!.pos;
  }

  /** Up to `n` jobs, oldest first: pending ones, and running ones whose lease has run out (their worker died). */
  claim(worker: string, n: number, leaseSeconds: number): QueueJob[] {
    return this.db.query<QueueJob>(
      `UPDATE queue_jobs j SET state = 'running', worker = $1, lease_until = clock_timestamp() + make_interval(secs => $2), attempts = j.attempts + 1
       FROM (SELECT pos FROM queue_jobs WHERE (state = 'pending' OR (state = 'running' AND lease_until < clock_timestamp()))
             ORDER BY pos LIMIT $3 FOR UPDATE SKIP LOCKED) c
       WHERE j.pos = c.pos RETURNING j.pos, j.chunk, j.kind, j.payload, j.attempts`,
      [worker, leaseSeconds, n],
    ).sort((a, b) => a.pos - b.pos);
  }

  /**
   * Stages a job's articles and marks it done, atomically, only if this
   * worker still holds it; false (nothing written) when the lease ran out
   * and another worker took the job over. One statement (the mark and the
   * rows as data-modifying CTEs) for a job of up to STAGE_ROWS articles, the
   * common case (one article per job): no BEGIN/COMMIT round trips.
   */
  finish(pos: number, worker: string, outcome: JobOutcome, stagedAt: string): boolean {
    const arts = outcome.articles;
    // Configurations noted first: noting one may write a row, a statement of its own.
    const configs = arts.map(({ analysis }) => this.noteConfig(analysis.language));
    const mark = [pos, worker, arts.length, outcome.duplicates, outcome.rejected, outcome.error ?? null, stagedAt];
    const stage = (from: number, first: boolean): boolean => {
      const rows = arts.slice(from, from + STAGE_ROWS);
      // $7 (the staging time) only where rows use it: a parameter no statement reads has no type.
      const params: Param[] = rows.length > 0 ? [...mark] : mark.slice(0, 6);
      const values = rows.map(({ article, analysis, features }, k) => {
        const at = params.length;
        params.push(
          from + k,
          article.id,
          article.title,
          article.text,
          JSON.stringify(article.meta),
          JSON.stringify(analysis),
          JSON.stringify(analysis.entities.map((e) => e.name)),
          article.meta.published ?? null,
          article.meta.source ?? null,
          analysis.language,
          configs[from + k]!,
          foldForSearch(article.title),
          foldForSearch(article.text),
          features !== undefined ? byteaParam(features) : null,
          // The name index rows, computed here in parallel rather than by the assigner.
          JSON.stringify(nameRows(article.text, analysis)),
        );
        const p = (i: number): string => `$${at + i}`;
        return `(${p(1)}::int, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}, ${p(9)}, ${p(10)}, ${tsvSql(p(11), p(12), p(13))}, ${p(14)}::bytea, ${p(15)})`;
      });
      // The mark, or (for the rows after the first STAGE_ROWS, in the same transaction) the job as already marked.
      const mine = first
        ? `UPDATE queue_jobs SET state = 'done', lease_until = NULL, added = $3, duplicates = $4, rejected = $5, error = $6
           WHERE pos = $1 AND state = 'running' AND worker = $2 RETURNING pos`
        : 'SELECT $1::int AS pos, $2::text, $3::int, $4::int, $5::int, $6::text';
      const staged =
        values.length === 0
          ? ''
          : `, staged AS (INSERT INTO queue_results (pos, idx, article_id, title, text, meta, analysis, entities, published, source, language, tsv, features, names, staged_at)
               SELECT mine.pos, v.*, $7 FROM mine CROSS JOIN (VALUES ${values.join(', ')}) AS v ON CONFLICT (pos, idx) DO NOTHING)`;
      return this.db.query(`WITH mine AS (${mine})${staged} SELECT pos FROM mine`, params).length > 0;
    };
    if (arts.length <= STAGE_ROWS) return stage(0, true);
    return this.db.transaction(() => {
      if (!stage(0, true)) return false;
      for (let from = STAGE_ROWS; from < arts.length; from += STAGE_ROWS) stage(from, false);
      return true;
    });
  }

  /**
   * The oldest jobs not yet assigned, in stream order (assignment stops at
   * the first that is not done); `other` when another worker than `worker`
   * holds it under a live lease (jobs are claimed oldest first, so the jobs
   * others are running are among the oldest open ones).
   */
  unassigned(limit: number, worker = ''): { pos: number; state: string; other: boolean }[] {
    return this.db.query<{ pos: number; state: string; other: boolean }>(
      "SELECT pos, state, (state = 'running' AND worker <> $2 AND lease_until >= clock_timestamp()) AS other FROM queue_jobs WHERE state <> 'assigned' ORDER BY pos LIMIT $1",
      [limit, worker],
    );
  }

  /**
   * The staged articles of the jobs from..to (inclusive), in stream order;
   * `known` when the id is stored or assigned already (a copy ingested
   * earlier).
   */
  staged(from: number, to: number): (StagedArticle & StagedPlace & { readonly known: boolean; readonly newStory: string; readonly newStoryTaken: boolean })[] {
    return this.db
      .query<{
        pos: number;
        idx: number;
        article_id: string;
        title: string;
        text: string;
        published: string | null;
        entities: string;
        features: Buffer | null;
        known: boolean;
        new_story: string;
        new_story_taken: boolean;
      }>(
        // new_story: the id a story founded by the article would take (as planAssignment names it: storyIdFor, or s_ + a
        // stream's own id), and whether a story has it, so the assigner need not ask one article at a time.
        `SELECT r.pos, r.idx, r.article_id, r.title, r.text, r.published, r.entities, r.features,
                EXISTS (SELECT 1 FROM cluster_articles c WHERE c.article_id = r.article_id) OR EXISTS (SELECT 1 FROM articles a WHERE a.id = r.article_id) AS known,
                k.id AS new_story, EXISTS (SELECT 1 FROM cluster_stories s WHERE s.id = k.id) AS new_story_taken
         FROM queue_results r
         CROSS JOIN LATERAL (SELECT CASE WHEN r.article_id ~ '^a_[0-9a-f]{12}' THEN 's_' || substr(r.article_id, 3, 12) ELSE 's_' || r.article_id END AS id) k
         WHERE r.pos BETWEEN $1 AND $2 ORDER BY r.pos, r.idx`,
        [from, to],
      )
      .map((r) => ({
        pos: r.pos,
        idx: r.idx,
        id: r.article_id,
        title: r.title,
        text: r.text,
        published: r.published,
        entities: JSON.parse(r.entities) as string[],
        features: r.features,
        known: r.known,
        newStory: r.new_story,
        newStoryTaken: r.new_story_taken,
      }));
  }

  /**
   * Moves staged articles into `articles`, in the order given, each with the
   * story the clusterer's tables give it now (so an article whose story was
   * merged later in the same batch is stored in the surviving one), and
   * indexes their names and quotes; with `done`, the same statement marks
   * the jobs from..to assigned and drops their staged rows (markAssigned):
   * two or three statements for the whole batch. Ids stored already are
   * skipped. Returns how many were stored.
   */
  storeStagedMany(places: readonly StagedPlace[], done?: { readonly from: number; readonly to: number }): number {
    if (places.length === 0) {
      if (done !== undefined) this.markAssigned(done.from, done.to);
      return 0;
    }
    // The staged rows are read (as of the statement's start) and deleted by one statement: its parts see one snapshot.
    const mark =
      done === undefined
        ? ''
        : `, gone AS (DELETE FROM queue_results WHERE pos BETWEEN $2 AND $3),
           marked AS (UPDATE queue_jobs SET state = 'assigned' WHERE pos BETWEEN $2 AND $3)`;
    const stored = this.db.query<{ seq: number; names: string | null; text: string | null; analysis: string | null }>(
      `WITH ins AS (
         INSERT INTO articles (id, title, text, meta, analysis, published, source, language, ingested_at, tsv, story_id)
         SELECT r.article_id, r.title, r.text, r.meta, r.analysis, r.published, r.source, r.language, r.staged_at, r.tsv, c.story_id
         FROM json_to_recordset($1::json) AS x(pos integer, idx integer, ord integer)
         JOIN queue_results r ON r.pos = x.pos AND r.idx = x.idx JOIN cluster_articles c ON c.article_id = r.article_id
         ORDER BY x.ord
         ON CONFLICT (id) DO NOTHING RETURNING seq, id)${mark}
       SELECT ins.seq, r.names, CASE WHEN r.names IS NULL THEN r.text END AS text, CASE WHEN r.names IS NULL THEN r.analysis END AS analysis
       FROM ins JOIN queue_results r ON r.article_id = ins.id JOIN json_to_recordset($1::json) AS p(pos integer, idx integer) ON p.pos = r.pos AND p.idx = r.idx
       ORDER BY ins.seq`,
      [JSON.stringify(places.map((p, ord) => ({ pos: p.pos, idx: p.idx, ord }))), ...(done !== undefined ? [done.from, done.to] : [])],
    );
    indexNameRows(
      this.db,
      stored.map((r) => ({ seq: r.seq, rows: r.names !== null ? (JSON.parse(r.names) as NameRows) : nameRows(r.text!, JSON.parse(r.analysis!) as Analysis) })),
    );
    return stored.length;
  }

  /**
   * Moves one staged article into `articles` with its story (its search
   * vector as computed by the worker); false when that id is stored already.
   */
  storeStaged(pos: number, idx: number, storyId: string): boolean {
    const stored = this.db.query<{ seq: number; text: string; analysis: string }>(
      `INSERT INTO articles (id, title, text, meta, analysis, published, source, language, ingested_at, tsv, story_id)
       SELECT article_id, title, text, meta, analysis, published, source, language, staged_at, tsv, $3 FROM queue_results WHERE pos = $1 AND idx = $2
       ON CONFLICT (id) DO NOTHING RETURNING seq, text, analysis`,
      [pos, idx, storyId],
    )[0];
    if (stored === undefined) return false;
    indexNames(this.db, stored.seq, stored.text, JSON.parse(stored.analysis) as Analysis);
    return true;
  }

  /** Marks the jobs from..to (inclusive, all done) assigned and drops their staged rows. */
  markAssigned(from: number, to: number): void {
    this.db.query("WITH gone AS (DELETE FROM queue_results WHERE pos BETWEEN $1 AND $2) UPDATE queue_jobs SET state = 'assigned' WHERE pos BETWEEN $1 AND $2", [from, to]);
  }

  /**
   * Drops the template lines of chunks none of whose jobs is still open (a
   * chunk's lines are a few megabytes once many outlets are known); the
   * job rows themselves stay as a record until deleted by hand.
   */
  pruneChunks(): void {
    this.db.query("DELETE FROM queue_chunks c WHERE NOT EXISTS (SELECT 1 FROM queue_jobs j WHERE j.chunk = c.chunk AND j.state <> 'assigned')");
  }

  counts(): QueueCounts {
    const r = this.db.one<Record<keyof QueueCounts, number>>(
      `SELECT count(*) FILTER (WHERE state = 'pending')::int AS pending, count(*) FILTER (WHERE state = 'running')::int AS running,
              count(*) FILTER (WHERE state = 'done')::int AS done, count(*) FILTER (WHERE state = 'assigned')::int AS assigned,
              coalesce(sum(added), 0)::int AS added, coalesce(sum(duplicates), 0)::int AS duplicates,
              coalesce(sum(rejected), 0)::int AS rejected, count(*) FILTER (WHERE error IS NOT NULL)::int AS failed
       FROM queue_jobs`,
    );
    return r ?? { pending: 0, running: 0, done: 0, assigned: 0, added: 0, duplicates: 0, rejected: 0, failed: 0 };
  }

  /** Jobs that ended with an error (their input is named in the payload). */
  failures(limit: number): { pos: number; error: string; payload: string }[] {
    return this.db.query('SELECT pos, error, payload FROM queue_jobs WHERE error IS NOT NULL ORDER BY pos LIMIT $1', [limit]);
  }
}
