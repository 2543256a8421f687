/**
 * The clusterer's state in SQLite (tables of migrations 2 and 3): document
 * frequencies, story records with centroids and article → story
 * assignments. Each assignment is written through in one transaction, so a
 * crash leaves the state of a prefix of the stream and a restart continues
 * from there. An article's terms are appended as one row
 * (cluster_df_pending) and folded into cluster_df every DF_FOLD_EVERY
 * articles: a full text has a few hundred terms, and upserting them one by
 * one dirtied as many B-tree pages per article. In memory: all document
 * frequencies (every article reads a few thousand), in typed arrays
 * (TermCounts: at 100,000 articles the Map of 570,000 terms held 47 MB of
 * heap objects the garbage collector traced, for the same counts), and the
 * active stories with their inverted index; stories that leave the active
 * window are evicted but stay stored.
 */
import Database from 'better-sqlite3';
import { ActiveIndex } from '../../stages/cluster/active-index.js';
import { CLUSTER_DEFAULTS, type ClusterParams } from '../../stages/cluster/cluster-params.js';
import { TermCounts } from '../../stages/cluster/term-counts.js';
import type { AssignPlan, ClusterStore, StoryCore } from '../../stages/cluster/cluster-store.js';
import { toCore, type Counters, type StoryRow } from '../cluster-rows.js';
import { migrate } from './migrations.js';
import { packJson, unpackJson } from './packed-json.js';

/**
 * Articles between two folds of the pending terms into cluster_df. A fold
 * writes each term touched since the last one (tens of thousands, ~0.1–0.3 s
 * on the scale bench), so one article in DF_FOLD_EVERY pays it: far below
 * the 99th percentile, while the pending rows replayed on open stay few.
 */
const DF_FOLD_EVERY = 2000;


export interface SqliteClusterOptions {
  /** Called inside each assignment's transaction after its writes; a throw rolls the assignment back (tests simulate a crash with it). */
  readonly beforeCommit?: (plan: AssignPlan) => void;
  /** Articles between folds of their terms into cluster_df (default DF_FOLD_EVERY; tests use a few). */
  readonly dfFoldEvery?: number;
}

/** The stored state was built with other parameters (continuing would not reproduce the run). */
export class ClusterParamsMismatch extends Error {}

/**
 * A ClusterStore over a SQLite file (or ':memory:'). A file made with other
 * parameters is refused, since continuing with them would not reproduce the run.
 * @example const store = SqliteClusterStore.open('state.db'); assignInStore(store, doc); store.close()
 */
export class SqliteClusterStore implements ClusterStore {
  readonly params: ClusterParams;
  private counters: Counters = { docCount: 0, nextSeq: 0 };
  private dfs = new TermCounts();
  /** Terms whose frequency changed since the last fold, and how many articles are pending. */
  private readonly touched = new Set<string>();
  private pending = 0;
  private readonly active: ActiveIndex;
  private readonly stmts;
  private readonly write: (plan: AssignPlan) => void;

  static open(file: string, params: Partial<ClusterParams> = {}, options: SqliteClusterOptions = {}): SqliteClusterStore {
    const db = new Database(file);
    migrate(db);
    return new SqliteClusterStore(db, params, options, { tune: file !== ':memory:', owned: true });
  }

  /**
   * The cluster tables of an open, migrated database (the pipeline's Store),
   * on its connection: assignments then commit with the caller's writes when
   * made inside its transaction. The connection's settings stay the caller's.
   */
  static attach(db: Database.Database, params: Partial<ClusterParams> = {}, options: SqliteClusterOptions = {}): SqliteClusterStore {
    return new SqliteClusterStore(db, params, options, { tune: false, owned: false });
  }

  /** Empties the cluster tables: the state is derived from the articles and can be rebuilt. */
  static clear(db: Database.Database): void {
    db.exec('DELETE FROM cluster_meta; DELETE FROM cluster_df; DELETE FROM cluster_df_pending; DELETE FROM cluster_stories; DELETE FROM cluster_articles;');
  }

  private constructor(
    private readonly db: Database.Database,
    params: Partial<ClusterParams>,
    private readonly options: SqliteClusterOptions,
    private readonly connection: { readonly tune: boolean; readonly owned: boolean },
  ) {
    if (connection.tune) {
      db.pragma('journal_mode = WAL');
      // WAL with NORMAL sync is still atomic per transaction; only the last commits may be lost on power failure, and a restart redoes them.
      db.pragma('synchronous = NORMAL');
      // A checkpoint copies the WAL into the file inside some commit: every ~1,000 articles
      // rather than every ~100 keeps it out of the 99th percentile (the WAL grows to ~40 MB).
      db.pragma('wal_autocheckpoint = 10000');
      // 32 MB of page cache: the assignment index takes random inserts (article ids are hashes).
      db.pragma('cache_size = -32768');
    }
    const wanted: ClusterParams = { ...CLUSTER_DEFAULTS, ...params };
    const meta = new Map((db.prepare('SELECT key, value FROM cluster_meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
    const stored = meta.get('params');
    if (stored !== undefined) {
      const had = { ...CLUSTER_DEFAULTS, ...(JSON.parse(stored) as Partial<ClusterParams>) } as ClusterParams;
      const diff = (Object.keys(wanted) as (keyof ClusterParams)[]).filter((k) => had[k] !== wanted[k]);
      if (diff.length > 0) throw new ClusterParamsMismatch(`cluster state was built with other parameters (${diff.map((k) => `${k}=${had[k]}, now ${wanted[k]}`).join('; ')})`);
    } else db.prepare("INSERT INTO cluster_meta (key, value) VALUES ('params', ?)").run(JSON.stringify(wanted));
    this.params = Object.freeze(wanted);
    const c = meta.get('counters');
    if (c !== undefined) this.counters = JSON.parse(c) as Counters;
    this.active = new ActiveIndex(this.params);

    this.stmts = {
      // One appended row per article for all its terms: a full text has hundreds.
      pending: db.prepare('INSERT INTO cluster_df_pending (ord, terms) VALUES (?, ?)'),
      foldDf: db.prepare('INSERT INTO cluster_df (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = excluded.df'),
      clearPending: db.prepare('DELETE FROM cluster_df_pending WHERE ord < ?'),
      putStory: db.prepare(
        'INSERT OR REPLACE INTO cluster_stories (id, seq, size, first_day, last_day, last_ord, centroid, recent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      delStory: db.prepare('DELETE FROM cluster_stories WHERE id = ?'),
      getStory: db.prepare('SELECT * FROM cluster_stories WHERE id = ?'),
      assign: db.prepare('INSERT INTO cluster_articles (article_id, story_id, ord) VALUES (?, ?, ?)'),
      move: db.prepare('UPDATE cluster_articles SET story_id = ? WHERE story_id = ?'),
      storyOf: db.prepare('SELECT story_id FROM cluster_articles WHERE article_id = ?').pluck(),
      members: db.prepare('SELECT article_id FROM cluster_articles WHERE story_id = ? ORDER BY ord').pluck(),
      counters: db.prepare("INSERT INTO cluster_meta (key, value) VALUES ('counters', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
    };
    this.write = db.transaction((plan: AssignPlan) => this.writePlan(plan));
    this.load();
  }

  /** Document frequencies, and the stories still active at the stored clock, back into memory. */
  private load(): void {
    this.dfs = new TermCounts((this.db.prepare('SELECT COUNT(*) FROM cluster_df').pluck().get() as number) * 1.1);
    for (const r of this.db.prepare('SELECT term, df FROM cluster_df').raw().iterate() as IterableIterator<[string, number]>) this.dfs.set(r[0], r[1]);
    // Articles since the last fold: their terms are in the pending rows only.
    for (const [terms] of this.db.prepare('SELECT terms FROM cluster_df_pending ORDER BY ord').raw().iterate() as IterableIterator<[string | Buffer]>) {
      this.countTerms(JSON.parse(unpackJson(terms)) as string[]);
      this.pending++;
    }
    const { docCount, clockDay } = this.counters;
    const rows = this.db
      .prepare('SELECT * FROM cluster_stories WHERE last_ord >= ? OR last_day >= ? ORDER BY last_ord')
      .all(docCount - this.params.activeArticles, clockDay === undefined ? Number.MAX_VALUE : clockDay - this.params.activeDays) as StoryRow[];
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
    return this.stmts.storyOf.get(id) as string | undefined;
  }
  story(id: string): StoryCore | undefined {
    const hot = this.active.story(id);
    if (hot) return hot;
    const row = this.stmts.getStory.get(id) as StoryRow | undefined;
    return row ? toCore(row) : undefined;
  }
  postings(term: string): Iterable<string> {
    return this.active.postings(term);
  }
  members(id: string): readonly string[] {
    return this.stmts.members.all(id) as string[];
  }
  /** Stories held in the in-memory index. */
  activeCount(): number {
    return this.active.size;
  }

  /** Each assigned article's story, in arrival order. */
  *assignments(): IterableIterator<{ id: string; story: string }> {
    for (const [id, story] of this.db.prepare('SELECT article_id, story_id FROM cluster_articles ORDER BY ord').raw().iterate() as IterableIterator<[string, string]>) {
      yield { id, story };
    }
  }

  private countTerms(terms: readonly string[]): void {
    for (const t of terms) {
      this.dfs.add(t);
      this.touched.add(t);
    }
  }

  /** Writes the frequencies changed since the last fold and drops the pending rows, in one transaction. */
  private fold(): void {
    this.db.transaction(() => {
      for (const t of this.touched) this.stmts.foldDf.run(t, this.dfs.get(t));
      this.stmts.clearPending.run(this.counters.docCount);
    })();
    this.touched.clear();
    this.pending = 0;
  }

  private writePlan(plan: AssignPlan): void {
    const s = this.stmts;
    // Packed: a few hundred terms per article, kept until the next fold (rows written before read as text).
    s.pending.run(this.counters.docCount, packJson(JSON.stringify(plan.terms)));
    for (const from of plan.absorbed) {
      s.move.run(plan.storyId, from);
      s.delStory.run(from);
    }
    const r = plan.record;
    s.putStory.run(r.id, r.seq, r.size ?? 1, r.firstDay ?? null, r.lastDay ?? null, r.lastOrd ?? this.counters.docCount, JSON.stringify(r.centroid), r.recent ? JSON.stringify(r.recent) : null);
    s.assign.run(plan.articleId, plan.storyId, this.counters.docCount);
    const next: Counters = {
      docCount: this.counters.docCount + 1,
      nextSeq: this.counters.nextSeq + (plan.created ? 1 : 0),
      ...(plan.clockDay !== undefined ? { clockDay: plan.clockDay } : {}),
    };
    s.counters.run(JSON.stringify(next));
    this.options.beforeCommit?.(plan);
  }

  apply(plan: AssignPlan): void {
    this.write(plan);
    // Memory follows only a committed write, so a failed one leaves both as they were.
    this.countTerms(plan.terms);
    for (const from of plan.absorbed) this.active.remove(from);
    this.active.put(plan.record);
    this.counters = {
      docCount: this.counters.docCount + 1,
      nextSeq: this.counters.nextSeq + (plan.created ? 1 : 0),
      ...(plan.clockDay !== undefined ? { clockDay: plan.clockDay } : {}),
    };
    this.active.evict(this.counters.clockDay, this.counters.docCount);
    if (++this.pending >= (this.options.dfFoldEvery ?? DF_FOLD_EVERY)) this.fold();
  }

  close(): void {
    if (this.pending > 0 && this.db.open) this.fold();
    if (this.connection.owned) this.db.close();
  }
}
