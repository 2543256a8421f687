/**
 * Starts the service on a database file and stops it cleanly: the server
 * takes the database's writer turn for its lifetime (a `parallax ingest`
 * started meanwhile waits, reads are never blocked), listens, and on
 * `close` ends the event streams, lets requests in flight finish, and
 * closes the database. Everything written is committed article by article,
 * so a killed server loses nothing that was acknowledged.
 */
import type { AddressInfo } from 'node:net';
import type { Clock } from '../core/result.js';
import { createStore, isPostgresUrl, storeConfigFor } from '../storage/create-store.js';
import type { Store } from '../storage/store.js';
import { buildApp, type App, type Deps, type ReadRefreshOptions } from './app.js';
import { WARM_STORY_ARTICLES } from './brief-lane.js';
import { HELPER_MIN_ARTICLES } from '../pipeline/brief-helper.js';
import type { StoryId } from '../core/ids.js';
import { isLoopback } from './access.js';
import { tuneCompiler } from './compiler-budget.js';
import type { SchedulerOptions } from './scheduler.js';
import type { AlertOptions } from './alerts.js';
import type { RateLimitOptions } from './rate-limit.js';

export interface ServeOptions {
  readonly db: string;
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly bodyLimit?: number;
  readonly pollMs?: number;
  readonly clock?: Clock;
  readonly log?: (line: string) => void;
  /** Source polling settings (tick, --allow-private, fetch limits, interval bounds). */
  readonly sources?: SchedulerOptions;
  /** Requests per second and burst per token or address (perSecond 0: no limit). */
  readonly rateLimit?: Partial<RateLimitOptions>;
  /** Webhook delivery settings (--allow-private, retry timing). */
  readonly alerts?: AlertOptions;
  /** How often search answers and story list pages see new articles (default every 1000 ms; 0: at once). */
  readonly readRefresh?: ReadRefreshOptions;
  /** The brief worker's V8 heap limit in MB: a brief needing more is refused with a 503 (default 1536). */
  readonly briefHeapMb?: number;
  /** Nice steps the ingest thread runs below the server's priority (default 0: the same). */
  readonly ingestNice?: number;
  /** Whether the foreground brief thread is started and warmed at start (default true; tests of other things may skip it). */
  readonly warmBriefs?: boolean;
  /** Whether the search workers are started and warmed at start (default true; search-worker.ts `warm`). */
  readonly warmSearches?: boolean;
  /** Called once if another process is writing to the database and the server waits for it. */
  readonly onWait?: (message: string) => void;
}

export interface RunningServer {
  readonly url: string;
  readonly app: App;
  readonly deps: Deps;
  readonly store: Store;
  /** Resolves when the search workers' warm-up is done, with the searches it ran (0: none, e.g. on PostgreSQL or with warmSearches false). */
  readonly searchesWarm: Promise<number>;
  /** Resolves when the ingester is open (its clusterer's tables level with the stored articles), with the seconds it took; -1 when it could not start. */
  readonly ingestOpen: Promise<number>;
  /** Stops accepting, finishes requests in flight, closes the database; safe to call twice. */
  close(): Promise<void>;
}

/**
 * @example const server = await startServer({ db: 'parallax.db', port: 8080 }); … await server.close()
 */
export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  // Before any thread starts compiling (compiler-budget.ts): cheaper optimising compiles for a story's first brief.
  tuneCompiler();
  const store = createStore(storeConfigFor(opts.db));
  let release: (() => void) | undefined;
  try {
    // On PostgreSQL several servers share one database: none holds the writer's turn for its lifetime.
    release = isPostgresUrl(opts.db) ? () => {} : store.lockWriters(opts.onWait);
    const { app, deps } = await buildApp({
      store,
      // libpq cannot be loaded again in a worker thread (not context-aware): on PostgreSQL briefs are built on the main thread.
      ...(isPostgresUrl(opts.db) ? {} : { dbFile: opts.db }),
      // Each story's last brief saved beside the SQLite file, shown at once after a restart (brief-disk.ts).
      ...(isPostgresUrl(opts.db) || opts.db === ':memory:' ? {} : { briefDir: `${opts.db}.briefs` }),
      loopbackOnly: isLoopback(host),
      ...(opts.bodyLimit !== undefined ? { bodyLimit: opts.bodyLimit } : {}),
      ...(opts.pollMs !== undefined ? { pollMs: opts.pollMs } : {}),
      ...(opts.clock !== undefined ? { clock: opts.clock } : {}),
      ...(opts.log !== undefined ? { log: opts.log } : {}),
      ...(opts.sources !== undefined ? { sources: opts.sources } : {}),
      ...(opts.alerts !== undefined ? { alerts: opts.alerts } : {}),
      ...(opts.rateLimit !== undefined ? { rateLimit: opts.rateLimit } : {}),
      ...(opts.readRefresh !== undefined ? { readRefresh: opts.readRefresh } : {}),
      ...(opts.briefHeapMb !== undefined ? { briefWorker: { heapMb: opts.briefHeapMb } } : {}),
      ...(opts.ingestNice !== undefined ? { ingestNice: opts.ingestNice } : {}),
    });
    await app.listen({ host, port: opts.port ?? 8080 });
    // The ingester opened now rather than by the first request: after an upgrade that changed the
    // clustering parameters, opening it re-clusters the stored articles (minutes on a large database).
    let stopping = false;
    const say = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
    const ingestOpen = deps.ingest.open().then(
      (s) => {
        if (s >= 1) say(`parallax serve: ingest ready after ${s.toFixed(1)} s (the clusterer's tables brought level with the stored articles)`);
        return s;
      },
      (err: unknown) => {
        if (!stopping) say(`parallax serve: ingest could not start: ${err instanceof Error ? err.message : String(err)}`);
        return -1;
      },
    );
    deps.scheduler.start();
    deps.alerts.start();
    // The thread for briefs someone waits for, warmed now rather than by the first reader (brief-worker.ts), with a
    // synthetic story of its own (warm-story.ts), then one stored story of about 100 articles (`warmStoredStory`).
    if (opts.warmBriefs !== false) void deps.briefs.warm(undefined, warmArticles(store), warmStoredStory(store));
    // The search workers started and warmed now (search-worker.ts): the first users' searches queued behind a worker's
    // start for seconds beside the brief warm-up. Answers dropped; the refresh worker runs its warm-up at nice 19.
    const searchesWarm =
      opts.warmSearches === false
        ? Promise.resolve(0)
        : Promise.all([deps.searchWorker?.warm(), deps.searchRefreshWorker?.warm()]).then(([a, b]) => (a ?? 0) + (b ?? 0));
    // Every story's brief kept current in the background, largest first (brief-refresh.ts).
    deps.refresher.start();
    // Articles stored while the server was down (or killed mid-batch) are matched now.
    void deps.alerts.match();
    const addr = app.server.address() as AddressInfo;
    const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
    let closing: Promise<void> | undefined;
    const unlock = release;
    return {
      url: `http://${shownHost}:${addr.port}`,
      app,
      deps,
      store,
      searchesWarm,
      ingestOpen,
      close: () =>
        (closing ??= ((stopping = true), app.close()).finally(() => {
          store.close();
          unlock();
        })),
    };
  } catch (err) {
    release?.();
    store.close();
    throw err;
  }
}

/**
 * The size of the synthetic story the foreground brief thread is warmed
 * with: as large as the database's largest story, up to WARM_STORY_ARTICLES
 * (the large briefs that must answer fast); a database of small stories (or
 * none) warms with a small one (or not at all), in a fraction of a second.
 */
export function warmArticles(store: Store): number {
  try {
    return Math.min(WARM_STORY_ARTICLES, store.storyPage({ sort: 'size', limit: 1 }).stories[0]?.articles ?? 0);
  } catch {
    // The database is busy: the full warm-up (its cost is the thread's, off every reader's path).
    return WARM_STORY_ARTICLES;
  }
}

/** The largest story the last warm-up pass may brief: about half the large briefs that must answer fast, so the pass costs half of one. */
export const WARM_STORED_MAX_ARTICLES = 120;

/**
 * The stored story the foreground brief thread's last warm-up pass briefs:
 * the largest of at most WARM_STORED_MAX_ARTICLES articles, if it has at
 * least the helper thread's threshold (so the helper's code is warmed by
 * real text too); undefined when there is none (a new or small database:
 * the synthetic passes only). Real news text warms what the synthetic story
 * cannot (its shapes of data, the paths its sentences take); nothing of it is
 * kept but compiled code, and no larger story (one a reader waits for the
 * longest) is briefed ahead of being asked.
 */
export function warmStoredStory(store: Store): StoryId | undefined {
  try {
    const s = store.storyPage({ sort: 'size', limit: 1, after: [WARM_STORED_MAX_ARTICLES + 1, Number.MAX_SAFE_INTEGER] }).stories[0];
    return s !== undefined && s.articles >= HELPER_MIN_ARTICLES ? s.id : undefined;
  } catch {
    // The database is busy: the synthetic passes only.
    return undefined;
  }
}
