/**
 * The clusterer's state in PostgreSQL: the same tables and the same scheme
 * as the SQLite backend (storage/sqlite/cluster-tables.ts): each assignment
 * written through in the caller's transaction; an article's terms appended
 * as one row and folded into cluster_df every DF_FOLD_EVERY articles; in
 * memory all document frequencies and the active stories with their
 * inverted index. Writes are guarded against another process's
 * assignments (pg-cluster-options.ts).
 */
import { ActiveIndex } from '../../stages/cluster/active-index.js';
import { CLUSTER_DEFAULTS, type ClusterParams } from '../../stages/cluster/cluster-params.js';
import type { AssignPlan, ClusterStore, StoryCore } from '../../stages/cluster/cluster-store.js';
import { TermCounts } from '../../stages/cluster/term-counts.js';
import { toCore, type Counters, type StoryRow } from '../cluster-rows.js';
import type { PgConnection } from './pg-connection.js';
import { ClusterStateStale, DF_FOLD_EVERY, PgClusterParamsMismatch, type PgClusterOptions } from './pg-cluster-options.js';

export { ClusterStateStale, PgClusterParamsMismatch, type PgClusterOptions } from './pg-cluster-options.js';

export class PgClusterStore implements ClusterStore {
  readonly params: ClusterParams;
  private counters: Counters = { docCount: 0, nextSeq: 0 };
  // Typed-array hash table, as the SQLite store: a Map of every term made each lookup chase heap objects (term-counts.ts).
  private dfs = new TermCounts();
  private readonly touched = new Set<string>();
  private pending = 0;
  private readonly active: ActiveIndex;
  /** The counters row as stored when this memory last matched it (null before the first assignment). */
  private storedCounters: string | null = null;
  /** Assignments applied in memory and not yet written (deferWrites): written in one statement by flush. */
  private queued: { ord: number; terms: readonly string[]; record: StoryCore; articleId: string; storyId: string }[] = [];
  private deferring = false;
  /** The newest queued record of each story in `queued`. */
  private readonly queuedStories = new Map<string, StoryCore>();
  /** Story ids known not to be stored (noteAbsentStories), until the next flush. */
  private readonly absent = new Set<string>();

  /** Empties the cluster tables: the state is derived from the articles and can be rebuilt. */
  static clear(db: PgConnection): void {
    db.exec('DELETE FROM cluster_meta; DELETE FROM cluster_df; DELETE FROM cluster_df_pending; DELETE FROM cluster_stories; DELETE FROM cluster_articles;');
  }

  constructor(
    private readonly db: PgConnection,
    params: Partial<ClusterParams> = {},
    private readonly options: PgClusterOptions = {},
  ) {
    const wanted: ClusterParams = { ...CLUSTER_DEFAULTS, ...params };
    const meta = new Map(db.query<{ key: string; value: string }>('SELECT key, value FROM cluster_meta').map((r) => [r.key, r.value]));
    const stored = meta.get('params');
    if (stored !== undefined) {
      const had = { ...CLUSTER_DEFAULTS, ...(JSON.parse(stored) as Partial<ClusterParams>) } as ClusterParams;
      const diff = (Object.keys(wanted) as (keyof ClusterParams)[]).filter((k) => had[k] !== wanted[k]);
      if (diff.length > 0) throw new PgClusterParamsMismatch(`cluster state was built with other parameters (${diff.map((k) => `${k}=${had[k]}, now ${wanted[k]}`).join('; ')})`);
    } else db.query("INSERT INTO cluster_meta (key, value) VALUES ('params', $1) ON CONFLICT (key) DO NOTHING", [JSON.stringify(wanted)]);
    this.params = Object.freeze(wanted);
    const c = meta.get('counters');
    if (c !== undefined) this.counters = JSON.parse(c) as Counters;
    this.storedCounters = c ?? null;
    this.active = new ActiveIndex(this.params);
    this.load();
  }

  private load(): void {
    const dfRows = this.db.query<{ term: string; df: number }>('SELECT term, df FROM cluster_df');
    this.dfs = new TermCounts(dfRows.length * 1.1);
    for (const r of dfRows) this.dfs.set(r.term, r.df);
    for (const r of this.db.query<{ terms: string }>('SELECT terms FROM cluster_df_pending ORDER BY ord')) {
      this.countTerms(JSON.parse(r.terms) as string[]);
      this.pending++;
    }
    const { docCount, clockDay } = this.counters;
    const rows = this.db.query<StoryRow>('SELECT * FROM cluster_stories WHERE last_ord >= $1 OR last_day >= $2 ORDER BY last_ord', [
      docCount - this.params.activeArticles,
      clockDay === undefined ? Number.MAX_VALUE : clockDay - this.params.activeDays,
    ]);
    for (const r of rows) this.active.put(toCore(r));
    this.active.evict(clockDay, docCount);
  }

  docCount(): number {
    return this.counters.docCount;
  }
  nextSeq(): number {
    return this.counters.nextSeq;
  }
  clockDay(): number | undefined {
    return this.counters.clockDay;
  }
  df(term: string): number {
    return this.dfs.get(term);
  }
  storyOfArticle(id: string): string | undefined {
    this.flush();
    return this.db.one<{ story_id: string }>('SELECT story_id FROM cluster_articles WHERE article_id = $1', [id])?.story_id;
  }
  story(id: string): StoryCore | undefined {
    const hot = this.active.story(id);
    if (hot) return hot;
    // Queued records are the newest; every other story is as stored (merges are written at once).
    const queued = this.queuedStories.get(id);
    if (queued !== undefined) return queued;
    if (this.absent.has(id)) return undefined;
    const row = this.db.one<StoryRow>('SELECT * FROM cluster_stories WHERE id = $1', [id]);
    return row ? toCore(row) : undefined;
  }
  postings(term: string): Iterable<string> {
    return this.active.postings(term);
  }
  members(id: string): readonly string[] {
    this.flush();
    return this.db.query<{ article_id: string }>('SELECT article_id FROM cluster_articles WHERE story_id = $1 ORDER BY ord', [id]).map((r) => r.article_id);
  }
  activeCount(): number {
    return this.active.size;
  }

  private countTerms(terms: readonly string[]): void {
    for (const t of terms) {
      this.dfs.add(t);
      this.touched.add(t);
    }
  }

  /** Writes the frequencies changed since the last fold (one statement) and drops the pending rows. */
  private fold(): void {
    const changed: Record<string, number> = {};
    for (const t of this.touched) changed[t] = this.dfs.get(t);
    this.db.transaction(() => {
      this.db.query('INSERT INTO cluster_df (term, df) SELECT key, value::int FROM json_each_text($1::json) ON CONFLICT (term) DO UPDATE SET df = excluded.df', [
        JSON.stringify(changed),
      ]);
      this.db.query('DELETE FROM cluster_df_pending WHERE ord < $1', [this.counters.docCount]);
    });
    this.touched.clear();
    this.pending = 0;
  }

  private next(plan: AssignPlan): Counters {
    return {
      docCount: this.counters.docCount + 1,
      nextSeq: this.counters.nextSeq + (plan.created ? 1 : 0),
      ...(plan.clockDay !== undefined ? { clockDay: plan.clockDay } : {}),
    };
  }

  /**
   * One round trip for an assignment (data-modifying CTEs), two more per
   * absorbed story. The counters row is replaced only if it still holds
   * what this memory was built on; otherwise nothing is written.
   */
  private writePlan(plan: AssignPlan): void {
    const db = this.db;
    const ord = this.counters.docCount;
    for (const from of plan.absorbed) {
      db.query('UPDATE cluster_articles SET story_id = $1 WHERE story_id = $2', [plan.storyId, from]);
      db.query('DELETE FROM cluster_stories WHERE id = $1', [from]);
    }
    const r = plan.record;
    const written = db.query(
      `WITH pending AS (INSERT INTO cluster_df_pending (ord, terms) VALUES ($1, $2)),
       story AS (
         INSERT INTO cluster_stories (id, seq, size, first_day, last_day, last_ord, centroid, recent) VALUES ($3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, size = excluded.size, first_day = excluded.first_day, last_day = excluded.last_day,
         last_ord = excluded.last_ord, centroid = excluded.centroid, recent = excluded.recent),
       assigned AS (INSERT INTO cluster_articles (article_id, story_id, ord) VALUES ($11, $12, $1))
       INSERT INTO cluster_meta (key, value) VALUES ('counters', $13) ON CONFLICT (key) DO UPDATE SET value = excluded.value
       WHERE cluster_meta.value = $14 RETURNING key`,
      [
        ord,
        JSON.stringify(plan.terms),
        r.id,
        r.seq,
        r.size ?? 1,
        r.firstDay ?? null,
        r.lastDay ?? null,
        r.lastOrd ?? ord,
        JSON.stringify(r.centroid),
        r.recent ? JSON.stringify(r.recent) : null,
        plan.articleId,
        plan.storyId,
        JSON.stringify(this.next(plan)),
        this.storedCounters,
      ],
    );
    if (written.length === 0) {
      throw new ClusterStateStale(`another process assigned stories since this one loaded the clusterer's state (${ord} articles then); nothing was written`);
    }
  }

  /**
   * From now on, assignments without merges are kept and written together
   * (one statement) by `flush`, or before anything is read back from the
   * tables: the queue's assigner writes a batch of articles in one round
   * trip. Call inside a transaction, and flush before it commits.
   */
  deferWrites(on: boolean): void {
    if (!on) this.flush();
    this.deferring = on;
  }

  /**
   * Asks once which of these story ids are stored, so that story() answers
   * for the absent ones without a round trip each (a new story's id is
   * looked up before it is used); forgotten at the next flush.
   */
  noteAbsentStories(ids: readonly string[]): void {
    const wanted = ids.filter((id) => this.active.story(id) === undefined && !this.queuedStories.has(id));
    if (wanted.length === 0) return;
    const stored = new Set(
      this.db.query<{ id: string }>('SELECT v.value AS id FROM json_array_elements_text($1::json) AS v WHERE EXISTS (SELECT 1 FROM cluster_stories s WHERE s.id = v.value)', [JSON.stringify(wanted)]).map((r) => r.id),
    );
    this.noteStories(wanted.map((id) => [id, stored.has(id)]));
  }

  /** As noteAbsentStories, with the answers read by the caller (story id, whether it is stored), as of now. */
  noteStories(answers: readonly (readonly [string, boolean])[]): void {
    for (const [id, stored] of answers) if (!stored && this.active.story(id) === undefined && !this.queuedStories.has(id)) this.absent.add(id);
  }

  /** Writes the assignments kept by deferWrites, checking the counters row as writePlan does. */
  flush(): void {
    this.absent.clear();
    if (this.queued.length === 0) return;
    const rows = this.queued;
    this.queued = [];
    this.queuedStories.clear();
    // A story grown several times in the batch: its last record is the one to keep.
    const stories = new Map<string, StoryCore>();
    for (const q of rows) stories.set(q.record.id, q.record);
    const counters = JSON.stringify(this.counters);
    const write = (): void => {
      const written = this.db.query(
        `WITH pending AS (INSERT INTO cluster_df_pending (ord, terms) SELECT x.ord, x.terms::text FROM json_to_recordset($1::json) AS x(ord integer, terms json)),
         story AS (
           INSERT INTO cluster_stories (id, seq, size, first_day, last_day, last_ord, centroid, recent)
           SELECT x.id, x.seq, x.size, x.first_day, x.last_day, x.last_ord, x.centroid::text, x.recent::text
           FROM json_to_recordset($2::json) AS x(id text, seq integer, size integer, first_day double precision, last_day double precision, last_ord integer, centroid json, recent json)
           ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, size = excluded.size, first_day = excluded.first_day, last_day = excluded.last_day,
           last_ord = excluded.last_ord, centroid = excluded.centroid, recent = excluded.recent),
         assigned AS (INSERT INTO cluster_articles (article_id, story_id, ord) SELECT x.article_id, x.story_id, x.ord FROM json_to_recordset($3::json) AS x(article_id text, story_id text, ord integer))
         INSERT INTO cluster_meta (key, value) VALUES ('counters', $4) ON CONFLICT (key) DO UPDATE SET value = excluded.value
         WHERE cluster_meta.value = $5 RETURNING key`,
        [
          JSON.stringify(rows.map((q) => ({ ord: q.ord, terms: q.terms }))),
          JSON.stringify(
            [...stories.values()].map((r) => ({
              id: r.id,
              seq: r.seq,
              size: r.size ?? 1,
              first_day: r.firstDay ?? null,
              last_day: r.lastDay ?? null,
              last_ord: r.lastOrd,
              centroid: r.centroid,
              recent: r.recent ?? null,
            })),
          ),
          JSON.stringify(rows.map((q) => ({ article_id: q.articleId, story_id: q.storyId, ord: q.ord }))),
          counters,
          this.storedCounters,
        ],
      );
      if (written.length === 0) {
        throw new ClusterStateStale(`another process assigned stories since this one loaded the clusterer's state (${rows[0]!.ord} articles then); nothing was written`);
      }
    };
    if (this.db.inTransaction) write();
    else this.db.transaction(write);
    this.storedCounters = counters;
  }

  apply(plan: AssignPlan): void {
    if (this.deferring && plan.absorbed.length === 0) {
      const record = { ...plan.record, lastOrd: plan.record.lastOrd ?? this.counters.docCount };
      this.queued.push({ ord: this.counters.docCount, terms: plan.terms, record, articleId: plan.articleId, storyId: plan.storyId });
      this.queuedStories.set(record.id, record);
      this.absent.delete(record.id);
    } else {
      this.flush();
      // Inside the caller's transaction no savepoint of its own: a failure rolls the caller back, and the caller reloads.
      if (this.db.inTransaction) this.writePlan(plan);
      else this.db.transaction(() => this.writePlan(plan));
      this.storedCounters = JSON.stringify(this.next(plan));
    }
    // Memory follows only a written plan; the caller reloads after a rolled-back transaction.
    this.countTerms(plan.terms);
    for (const from of plan.absorbed) this.active.remove(from);
    this.active.put(plan.record);
    this.counters = this.next(plan);
    this.active.evict(this.counters.clockDay, this.counters.docCount);
    // Inside the caller's transaction the fold is a savepoint of it: a rollback undoes both, and the caller reloads.
    if (++this.pending >= (this.options.dfFoldEvery ?? DF_FOLD_EVERY)) {
      this.flush();
      this.fold();
    }
  }
}
