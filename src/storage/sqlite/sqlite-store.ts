import Database from 'better-sqlite3';
import { prepared } from './statements.js';
import type { ArticleId, StoryId } from '../../core/ids.js';
import type { Analysis, CleanArticle, CleanMeta, Story } from '../../core/types.js';
import { ClusterParamsChanged, type OtherClusterParams, type Rejection, type Store, type StoredArticle } from '../store.js';
import type { ClusterParams } from '../../stages/cluster/cluster-params.js';
import type { ClusterStore } from '../../stages/cluster/cluster-store.js';
import { ClusterParamsMismatch, SqliteClusterStore } from './cluster-tables.js';
import { migrate } from './migrations.js';
import type { SearchRequest, SearchResults, StoryPage, StoryQuery, StorySummary, TokenRecord } from '../service-types.js';
import { SqliteSearchIndex } from './search-index.js';
import { SqliteStoryIndex } from './story-index.js';
import { SqliteTokens } from './tokens.js';
import { SqliteSources } from './sources.js';
import { SqliteAlerts } from './alerts.js';
import { SqliteProvenance } from './provenance.js';
import { SqliteSharedText } from './shared-text.js';
import { readAnalysis, writeAnalysis } from './analysis-json.js';
import { packJson, unpackJson } from './packed-json.js';

interface ArticleRow {
  seq: number;
  id: string;
  title: string;
  text: string;
  /** JSON, packed (packed-json.ts) since migration 13. */
  meta: string | Buffer;
  analysis: string | Buffer;
  story_id: string | null;
}

/**
 * WAL mode. Switching a new file to it needs the file to itself, and SQLite
 * answers SQLITE_BUSY at once (no busy handler) when another process is
 * opening the same new file: two `parallax` commands started together on a
 * new database made one of them fail. Retried for up to 10 s.
 */
function useWal(db: Database.Database): void {
  const until = Date.now() + 10_000;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > until) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

/**
 * SQLite backend (better-sqlite3, synchronous): one file, no server.
 * WAL mode so a reader (e.g. `parallax stories`) never blocks an ingest.
 * @example const store = new SqliteStore('parallax.db')
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;

  constructor(private readonly file: string) {
    this.db = new Database(file);
    if (file !== ':memory:') useWal(this.db);
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    this.storyIndex = new SqliteStoryIndex(this.db);
    this.searchIndex = new SqliteSearchIndex(this.db);
    this.tokens = new SqliteTokens(this.db);
  }

  private sql(text: string): Database.Statement {
    return prepared(this.db, text);
  }

  schemaVersion(): number {
    const r = this.sql('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
    return r.v ?? 0;
  }

  putArticle(article: CleanArticle, analysis: Analysis, ingestedAt: string): boolean {
    const r = this.sql(
        `INSERT OR IGNORE INTO articles (id, title, text, meta, analysis, published, source, language, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        article.id,
        article.title,
        article.text,
        packJson(JSON.stringify(article.meta)),
        packJson(writeAnalysis(analysis, article.text)),
        article.meta.published ?? null,
        article.meta.source ?? null,
        analysis.language,
        ingestedAt,
      );
    // Indexed for search in the same transaction as the article.
    if (r.changes > 0) {
      this.searchIndex.add(Number(r.lastInsertRowid), article.title, article.text);
      this.searchIndex.names.add(Number(r.lastInsertRowid), article.text, analysis);
    }
    return r.changes > 0;
  }

  hasArticle(id: ArticleId): boolean {
    return this.sql('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  getArticle(id: ArticleId): StoredArticle | undefined {
    const row = this.sql('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    return row ? toStored(row) : undefined;
  }

  listArticles(): StoredArticle[] {
    return (this.sql('SELECT * FROM articles ORDER BY seq').all() as ArticleRow[]).map(toStored);
  }

  countArticles(): number {
    return (this.sql('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  }

  articlesAfter(seq: number, limit: number): StoredArticle[] {
    return (this.sql('SELECT * FROM articles WHERE seq > ? ORDER BY seq LIMIT ?').all(seq, limit) as ArticleRow[]).map(toStored);
  }

  setStory(articleId: ArticleId, storyId: StoryId): void {
    this.sql('UPDATE articles SET story_id = ? WHERE id = ?').run(storyId, articleId);
  }

  listStories(): Story[] {
    const rows = this.sql('SELECT id, story_id FROM articles WHERE story_id IS NOT NULL ORDER BY seq').all() as {
      id: string;
      story_id: string;
    }[];
    const byStory = new Map<string, ArticleId[]>();
    for (const r of rows) {
      const list = byStory.get(r.story_id) ?? [];
      list.push(r.id as ArticleId);
      byStory.set(r.story_id, list);
    }
    // Largest first; ties keep first-seen order (Map iteration order).
    return [...byStory.entries()]
      .map(([id, articleIds]) => ({ id: id as StoryId, articleIds }))
      .sort((a, b) => b.articleIds.length - a.articleIds.length);
  }

  getStory(id: StoryId): Story | undefined {
    const rows = this.sql('SELECT id FROM articles WHERE story_id = ? ORDER BY seq').all(id) as { id: string }[];
    return rows.length === 0 ? undefined : { id, articleIds: rows.map((r) => r.id as ArticleId) };
  }

  storyArticles(id: StoryId): StoredArticle[] {
    return (this.sql('SELECT * FROM articles WHERE story_id = ? ORDER BY seq').all(id) as ArticleRow[]).map(toStored);
  }

  putRejection(r: Rejection): void {
    // One row per input and reason (a unique index): a re-run refreshes its time instead of adding a copy.
    this.sql('INSERT OR REPLACE INTO rejections (path, reason, detail, at) VALUES (?, ?, ?, ?)').run(r.path, r.reason, r.detail ?? null, r.at);
  }

  listRejections(): Rejection[] {
    const rows = this.sql('SELECT path, reason, detail, at FROM rejections ORDER BY rowid').all() as {
      path: string;
      reason: string;
      detail: string | null;
      at: string;
    }[];
    return rows.map((r) => (r.detail === null ? { path: r.path, reason: r.reason, at: r.at } : { ...r, detail: r.detail }));
  }

  loadState(name: string): string | undefined {
    const r = this.sql('SELECT json FROM stage_state WHERE name = ?').get(name) as { json: string | Buffer } | undefined;
    return r === undefined ? undefined : unpackJson(r.json);
  }

  saveState(name: string, json: string): void {
    this.sql('INSERT INTO stage_state (name, json) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET json = excluded.json, updated_at = datetime(\'now\')')
      .run(name, packJson(json));
  }

  /**
   * The clusterer's state in this database's cluster tables, on this
   * connection (so an article and its assignment commit together). A state
   * built with other parameters is derived data: it is cleared, and the
   * caller re-clusters the stored articles (see ingestArticles).
   */
  clusterStore(params: Partial<ClusterParams> = {}, otherParams: OtherClusterParams = 'rebuild'): ClusterStore {
    try {
      return SqliteClusterStore.attach(this.db, params);
    } catch (err) {
      if (!(err instanceof ClusterParamsMismatch)) throw err;
      if (otherParams === 'refuse') throw new ClusterParamsChanged(err.message);
      SqliteClusterStore.clear(this.db);
      return SqliteClusterStore.attach(this.db, params);
    }
  }

  // The service's reads (migration 5's tables), each in its own file.
  private readonly storyIndex: SqliteStoryIndex;
  private readonly searchIndex: SqliteSearchIndex;
  private readonly tokens: SqliteTokens;

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

  putToken(hash: string, record: TokenRecord): void {
    this.tokens.put(hash, record);
  }

  findToken(hash: string): TokenRecord | undefined {
    return this.tokens.find(hash);
  }

  private sourceTable: SqliteSources | undefined;

  sourceStore(): SqliteSources {
    return (this.sourceTable ??= new SqliteSources(this.db));
  }

  private alertTable: SqliteAlerts | undefined;

  alertStore(): SqliteAlerts {
    return (this.alertTable ??= new SqliteAlerts(this.db));
  }

  private provenanceTable: SqliteProvenance | undefined;

  provenanceStore(): SqliteProvenance {
    return (this.provenanceTable ??= new SqliteProvenance(this.db));
  }

  private sharedTextTable: SqliteSharedText | undefined;

  sharedTextStore(): SqliteSharedText {
    return (this.sharedTextTable ??= new SqliteSharedText(this.db));
  }

  transaction<T>(fn: () => T): T {
    // IMMEDIATE: the write lock is taken at the start, so a second process
    // waits (busy timeout) instead of failing half-way with SQLITE_BUSY.
    return this.db.transaction(fn).immediate();
  }

  /**
   * The writer's turn is an exclusive lock on a companion file (`FILE-lock`,
   * an empty SQLite database) held for the whole ingest: the operating
   * system drops it when the process ends, however it ends, so a killed
   * ingest never leaves a stale lock. Readers never take it.
   */
  lockWriters(onWait?: (message: string) => void): () => void {
    if (this.file === ':memory:' || this.file === '') return () => {};
    const lock = new Database(`${this.file}-lock`, { timeout: 0 });
    try {
      lock.exec('BEGIN EXCLUSIVE');
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY') {
        lock.close();
        throw err;
      }
      onWait?.(`waiting for another parallax process writing to ${this.file} to finish…`);
      // SQLite retries until the holder is gone; the whole wait is one call.
      lock.pragma('busy_timeout = 2147483647');
      lock.exec('BEGIN EXCLUSIVE');
    }
    return () => {
      if (!lock.open) return;
      lock.exec('ROLLBACK');
      lock.close();
    };
  }

  close(): void {
    this.db.close();
  }
}

function toStored(row: ArticleRow): StoredArticle {
  const article: CleanArticle = {
    id: row.id as ArticleId,
    title: row.title,
    text: row.text,
    meta: JSON.parse(unpackJson(row.meta)) as CleanMeta,
  };
  const base = { article, analysis: readAnalysis(unpackJson(row.analysis), row.text), seq: row.seq };
  return row.story_id === null ? base : { ...base, storyId: row.story_id as StoryId };
}
