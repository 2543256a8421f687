/**
 * PostgreSQL backend: the same `Store` as SQLite, over one synchronous libpq
 * connection (pg-connection.ts). Many processes share one database: readers
 * never block, story assignment is one writer at a time (an advisory lock,
 * `lockWriters`), and `parallax worker` processes share the job queue
 * (pg-queue.ts). A URL may name a schema (`?options=-csearch_path%3Dname`);
 * the schema is created when missing, so one server can hold several
 * databases of parallax (the tests put each in its own).
 * @example const store = new PgStore('postgres://parallax@db.example/news')
 */
import type { ArticleId, StoryId } from '../../core/ids.js';
import type { Analysis, CleanArticle, Story } from '../../core/types.js';
import type { ClusterParams } from '../../stages/cluster/cluster-params.js';
import type { ClusterStore } from '../../stages/cluster/cluster-store.js';
import type { SearchRequest, SearchResults, StoryPage, StoryQuery, StorySummary, TokenRecord } from '../service-types.js';
import { ClusterParamsChanged, type OtherClusterParams, type Rejection, type Store, type StoredArticle } from '../store.js';
import { PgAlerts } from './pg-alerts.js';
import { PgProvenance } from './pg-provenance.js';
import { PgSharedText } from './pg-shared-text.js';
import { PgClusterParamsMismatch, PgClusterStore } from './pg-cluster-tables.js';
import { PgConnection } from './pg-connection.js';
import { LOCK_CLASS, LOCK_WRITER, migratePg } from './pg-migrations.js';
import { PgQueue } from './pg-queue.js';
import { configFor, foldForSearch, PgSearch, tsvSql } from './pg-search.js';
import { indexNames } from './pg-search-names.js';
import { defaultSearchChildren, PgSearchPool } from './pg-search-pool.js';
import { PgSources } from './pg-sources.js';
import { PgStoryIndex } from './pg-story-index.js';
import { PgTokens } from './pg-tokens.js';
import { ARTICLE_COLUMNS, type ArticleRow, toStored } from './pg-article-rows.js';

export class PgStore implements Store {
  readonly db: PgConnection;
  private readonly storyIndex: PgStoryIndex;
  private readonly searchIndex: PgSearch;
  private readonly tokens: PgTokens;
  private sourceTable: PgSources | undefined;
  private queueTable: PgQueue | undefined;
  /** Configurations already recorded in search_configs by this process. */
  private readonly configsSeen = new Set<string>();

  constructor(readonly url: string) {
    this.db = new PgConnection(url);
    try {
      const schema = this.db.one<{ s: string | null }>('SELECT current_schema() AS s')?.s;
      if (schema === null || schema === undefined) {
        // The search_path names a schema that does not exist yet: make it.
        const wanted = this.db.one<{ p: string }>("SELECT current_setting('search_path') AS p")?.p.split(',')[0]?.trim().replace(/^"|"$/g, '');
        if (wanted === undefined || wanted === '' || wanted.startsWith('$')) throw new Error('no schema to store parallax tables in (check search_path)');
        this.db.exec(`CREATE SCHEMA IF NOT EXISTS ${this.db.ident(wanted)}`);
      }
      migratePg(this.db);
    } catch (err) {
      this.db.close();
      throw err;
    }
    this.storyIndex = new PgStoryIndex(this.db);
    this.searchIndex = new PgSearch(this.db);
    this.tokens = new PgTokens(this.db);
  }

  schemaVersion(): number {
    return this.db.one<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations')?.v ?? 0;
  }

  putArticle(article: CleanArticle, analysis: Analysis, ingestedAt: string): boolean {
    // The article and its names and quotes together, without a savepoint's round trips when a caller's transaction is open.
    return this.db.inTransaction ? this.insertArticle(article, analysis, ingestedAt) : this.db.transaction(() => this.insertArticle(article, analysis, ingestedAt));
  }

  private insertArticle(article: CleanArticle, analysis: Analysis, ingestedAt: string): boolean {
    const cfg = this.noteConfig(analysis.language);
    const r = this.db.query<{ seq: number }>(
      `INSERT INTO articles (id, title, text, meta, analysis, published, source, language, ingested_at, tsv)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, ${tsvSql('$10', '$11', '$12')}) ON CONFLICT (id) DO NOTHING RETURNING seq`,
      [
        article.id,
        article.title,
        article.text,
        JSON.stringify(article.meta),
        JSON.stringify(analysis),
        article.meta.published ?? null,
        article.meta.source ?? null,
        analysis.language,
        ingestedAt,
        cfg,
        foldForSearch(article.title),
        foldForSearch(article.text),
      ],
    );
    if (r.length === 0) return false;
    indexNames(this.db, r[0]!.seq, article.text, analysis);
    return true;
  }

  /** The text-search configuration of a language, recorded once so queries read with it. */
  noteConfig(language: string | undefined): string {
    const cfg = configFor(language);
    if (!this.configsSeen.has(cfg)) {
      this.db.query('INSERT INTO search_configs (config) VALUES ($1) ON CONFLICT DO NOTHING', [cfg]);
      this.configsSeen.add(cfg);
    }
    return cfg;
  }

  hasArticle(id: ArticleId): boolean {
    return this.db.one('SELECT 1 FROM articles WHERE id = $1', [id]) !== undefined;
  }

  /** Which of these ids are stored (one query). */
  storedIds(ids: readonly string[]): Set<string> {
    if (ids.length === 0) return new Set();
    return new Set(this.db.query<{ id: string }>('SELECT id FROM articles WHERE id IN (SELECT json_array_elements_text($1::json))', [JSON.stringify(ids)]).map((r) => r.id));
  }

  getArticle(id: ArticleId): StoredArticle | undefined {
    const row = this.db.one<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id]);
    return row ? toStored(row) : undefined;
  }

  listArticles(): StoredArticle[] {
    return this.db.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY seq`).map(toStored);
  }

  articlesAfter(seq: number, limit: number): StoredArticle[] {
    return this.db.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2`, [seq, limit]).map(toStored);
  }

  countArticles(): number {
    return this.db.one<{ n: number }>('SELECT count(*)::int AS n FROM articles')?.n ?? 0;
  }

  setStory(articleId: ArticleId, storyId: StoryId): void {
    this.db.query('UPDATE articles SET story_id = $1 WHERE id = $2', [storyId, articleId]);
  }

  listStories(): Story[] {
    const rows = this.db.query<{ id: string; story_id: string }>('SELECT id, story_id FROM articles WHERE story_id IS NOT NULL ORDER BY seq');
    const byStory = new Map<string, ArticleId[]>();
    for (const r of rows) {
      const list = byStory.get(r.story_id) ?? [];
      list.push(r.id as ArticleId);
      byStory.set(r.story_id, list);
    }
    return [...byStory.entries()].map(([id, articleIds]) => ({ id: id as StoryId, articleIds })).sort((a, b) => b.articleIds.length - a.articleIds.length);
  }

  getStory(id: StoryId): Story | undefined {
    const rows = this.db.query<{ id: string }>('SELECT id FROM articles WHERE story_id = $1 ORDER BY seq', [id]);
    return rows.length === 0 ? undefined : { id, articleIds: rows.map((r) => r.id as ArticleId) };
  }

  storyArticles(id: StoryId): StoredArticle[] {
    return this.db.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE story_id = $1 ORDER BY seq`, [id]).map(toStored);
  }

  putRejection(r: Rejection): void {
    // One row per input and reason; a re-run moves it to the end with its new time (as SQLite's INSERT OR REPLACE does).
    this.db.transaction(() => {
      this.db.query("DELETE FROM rejections WHERE path = $1 AND reason = $2 AND coalesce(detail, '') = coalesce($3, '')", [r.path, r.reason, r.detail ?? null]);
      this.db.query('INSERT INTO rejections (path, reason, detail, at) VALUES ($1, $2, $3, $4)', [r.path, r.reason, r.detail ?? null, r.at]);
    });
  }

  listRejections(): Rejection[] {
    const rows = this.db.query<{ path: string; reason: string; detail: string | null; at: string }>('SELECT path, reason, detail, at FROM rejections ORDER BY id');
    return rows.map((r) => (r.detail === null ? { path: r.path, reason: r.reason, at: r.at } : { ...r, detail: r.detail }));
  }

  loadState(name: string): string | undefined {
    return this.db.one<{ json: string }>('SELECT json FROM stage_state WHERE name = $1', [name])?.json;
  }

  saveState(name: string, json: string): void {
    this.db.query('INSERT INTO stage_state (name, json) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET json = excluded.json, updated_at = now()', [name, json]);
  }

  clusterStore(params: Partial<ClusterParams> = {}, otherParams: OtherClusterParams = 'rebuild'): ClusterStore {
    try {
      return new PgClusterStore(this.db, params);
    } catch (err) {
      if (!(err instanceof PgClusterParamsMismatch)) throw err;
      if (otherParams === 'refuse') throw new ClusterParamsChanged(err.message);
      PgClusterStore.clear(this.db);
      return new PgClusterStore(this.db, params);
    }
  }

  storyPage(query: StoryQuery): StoryPage {
    return this.storyIndex.page(query);
  }
  storySummary(id: StoryId): StorySummary | undefined {
    return this.storyIndex.get(id);
  }
  storiesChangedSince(seq: number, limit: number): StorySummary[] {
    return this.storyIndex.changedSince(seq, limit);
  }
  lastStoryChange(): number {
    return this.storyIndex.lastSeq();
  }
  countStories(): number {
    return this.storyIndex.count();
  }

  search(request: SearchRequest): SearchResults {
    return this.searchIndex.search(request);
  }

  private pool: PgSearchPool | undefined;
  /**
   * The same search, run by a pool of child processes with connections of
   * their own (pg-search-pool.ts), so a server answers several at once; the
   * pool starts on first use (or with startSearchPool) and ends with close.
   */
  searchAsync(request: SearchRequest): Promise<SearchResults> {
    const pool = this.startSearchPool();
    if (pool === undefined) return Promise.resolve(this.search(request));
    return pool.search(request);
  }
  /** The pool (size: defaultSearchChildren, from PARALLAX_PG_SEARCH_PROCESSES); none when that is 0. */
  startSearchPool(size = defaultSearchChildren()): PgSearchPool | undefined {
    if (size < 1) return undefined;
    this.pool ??= new PgSearchPool(this.db.url, size);
    return this.pool;
  }

  putToken(hash: string, record: TokenRecord): void {
    this.tokens.put(hash, record);
  }
  findToken(hash: string): TokenRecord | undefined {
    return this.tokens.find(hash);
  }
  tokenTable(): PgTokens {
    return this.tokens;
  }

  sourceStore(): PgSources {
    return (this.sourceTable ??= new PgSources(this.db));
  }

  private alertTable: PgAlerts | undefined;

  alertStore(): PgAlerts {
    return (this.alertTable ??= new PgAlerts(this.db));
  }

  private provenanceTable: PgProvenance | undefined;

  provenanceStore(): PgProvenance {
    return (this.provenanceTable ??= new PgProvenance(this.db));
  }

  private sharedTextTable: PgSharedText | undefined;

  sharedTextStore(): PgSharedText {
    return (this.sharedTextTable ??= new PgSharedText(this.db));
  }

  /** The job queue of `parallax worker` in this database. */
  queue(): PgQueue {
    return (this.queueTable ??= new PgQueue(this.db, (language) => this.noteConfig(language)));
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn);
  }

  /**
   * The writer's turn is a session advisory lock (per schema): the server
   * drops it when the connection ends, however the process ends, so a
   * killed writer never leaves a stale lock.
   */
  lockWriters(onWait?: (message: string) => void): () => void {
    if (!this.tryLockWriters()) {
      onWait?.('waiting for another parallax process writing to this database to finish…');
      this.db.query('SELECT pg_advisory_lock($1, hashtext(current_schema()))', [LOCK_CLASS + LOCK_WRITER]);
    }
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      try {
        this.db.query('SELECT pg_advisory_unlock($1, hashtext(current_schema()))', [LOCK_CLASS + LOCK_WRITER]);
      } catch {
        // The connection is closed: the lock went with it.
      }
    };
  }

  /** Gives back a turn taken with tryLockWriters. */
  unlockWriters(): void {
    this.db.query('SELECT pg_advisory_unlock($1, hashtext(current_schema()))', [LOCK_CLASS + LOCK_WRITER]);
  }

  /** Takes the writer's turn if it is free; false when another session holds it. */
  tryLockWriters(): boolean {
    return this.db.one<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, hashtext(current_schema())) AS ok', [LOCK_CLASS + LOCK_WRITER])?.ok === true;
  }

  close(): void {
    this.pool?.close();
    this.db.close();
  }
}
