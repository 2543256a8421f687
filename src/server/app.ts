/**
 * The HTTP application: Fastify with TypeBox schemas (validation, reply
 * serialisation and the OpenAPI document from one schema per shape), access
 * checks, security headers, JSON errors and request metrics. `buildApp`
 * wires it; `startServer` (start.ts) listens and shuts down.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import swagger from '@fastify/swagger';
import { openApiTuples } from './openapi-tuples.js';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { systemClock, type Clock } from '../core/result.js';
import { packageVersion } from '../package-version.js';
import type { Store } from '../storage/store.js';
import { ApiIngest } from './api-ingest.js';
import { accessHook, replyKind, SECURITY_HEADER_ENTRIES } from './access.js';
import { BriefCache } from './brief-cache.js';
import { BriefDisk } from './brief-disk.js';
import { BriefWorker, type BriefWorkerOptions } from './brief-worker.js';
import { BriefRefresher, DEFAULT_BUSY_RPS, type RefreshOptions } from './brief-refresh.js';
import { IngestWorker, type ThreadHeap } from './ingest-worker.js';
import { ReadSnapshot } from './read-snapshot.js';
import { DEFAULT_REFRESH_MS, SearchCache } from './search-cache.js';
import { REFRESH_NICE, SearchWorker } from './search-worker.js';
import { errorHandler, notFoundHandler } from './errors.js';
import { Metrics } from './metrics.js';
import { metaRoutes } from './routes-meta.js';
import { articleRoutes, searchRoutes } from './routes-articles.js';
import { storyRoutes } from './routes-stories.js';
import { ErrorReply, requestValidators, StorySummary } from './schemas.js';
import { EventHub } from './sse.js';
import { SourceScheduler, type SchedulerOptions } from './scheduler.js';
import { sourceRoutes } from './routes-sources.js';
import { AlertService, type AlertOptions } from './alerts.js';
import { alertRoutes } from './routes-alerts.js';
import { webRoutes } from '../web/index.js';
import { RATE_LIMIT_DEFAULTS, RateLimiter, rateLimitHook, type RateLimitOptions } from './rate-limit.js';

export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, TypeBoxTypeProvider>;

export interface AppOptions {
  readonly store: Store;
  /** False when the server listens beyond loopback: then every read needs a token too. */
  readonly loopbackOnly: boolean;
  /** Largest request body in bytes (default 10 MB). */
  readonly bodyLimit?: number;
  /** How often the event stream looks for stories changed by other writers (default 1000 ms). */
  readonly pollMs?: number;
  readonly clock?: Clock;
  /** The source scheduler's settings (started by start.ts, stopped on close). */
  readonly sources?: SchedulerOptions;
  /** Requests per second (and burst) per token or address; perSecond 0 turns limiting off. */
  readonly rateLimit?: Partial<RateLimitOptions>;
  /** Webhook delivery settings (--allow-private, retries); started by start.ts, stopped on close. */
  readonly alerts?: AlertOptions;
  /**
   * The database file: articles are then ingested, and briefs not cached
   * built, in worker threads with their own connections to it (absent, e.g.
   * in memory: both on the server's thread).
   */
  readonly dbFile?: string;
  /** Where internal errors are logged (default stderr). */
  readonly log?: (line: string) => void;
  /** The brief cache's memory budget in bytes (default 512 MB). */
  readonly briefBudgetBytes?: number;
  /** The brief worker's heap limit, recycling and background priority (brief-worker.ts). */
  readonly briefWorker?: BriefWorkerOptions;
  /** The background briefing's settings (brief-refresh.ts). */
  readonly refresh?: RefreshOptions;
  /** A directory where kept briefs are saved to be shown at once after a restart (brief-disk.ts); none: not saved. */
  readonly briefDir?: string;
  /** Bytes of saved briefs kept in `briefDir` (default 256 MB). */
  readonly briefDiskBytes?: number;
  /**
   * How often search answers and story list pages see new articles
   * (read-snapshot.ts): intervalMs default 1000, 0 for at once; `now` the
   * clock in ms (tests step it).
   */
  readonly readRefresh?: ReadRefreshOptions;
  /**
   * How many nice steps the ingest thread runs below the server thread
   * (default DEFAULT_INGEST_NICE, 0: the same priority); above 0 reads take
   * a core before a feed burst's ingest does (ingest-worker.ts).
   */
  readonly ingestNice?: number;
}

export interface ReadRefreshOptions {
  readonly intervalMs?: number;
  readonly now?: () => number;
  /** While articles keep arriving, how old a kept search answer may get before it is recomputed (default 5000 ms; 0: at every refresh; search-cache.ts). */
  readonly searchMaxStaleMs?: number;
}

/** What the routes share. */
export interface Deps {
  readonly store: Store;
  readonly metrics: Metrics;
  readonly briefs: BriefCache;
  /** Keeps briefs current in the background (the store-wide pass started by start.ts). */
  readonly refresher: BriefRefresher;
  readonly ingest: ApiIngest;
  readonly events: EventHub;
  readonly scheduler: SourceScheduler;
  readonly alerts: AlertService;
  readonly clock: Clock;
  /** The snapshot search answers and story list pages are kept for (refreshed once per interval). */
  readonly snapshot: ReadSnapshot;
  /** Search answers kept per query for `snapshot`. */
  readonly searches: SearchCache;
  /** Where SQLite searches are computed off the event loop (absent: on PostgreSQL, or in memory). */
  readonly searchWorker: SearchWorker | undefined;
  /** Where SQLite searches whose previous answer stands in are recomputed, at nice 19 (absent as searchWorker). */
  readonly searchRefreshWorker: SearchWorker | undefined;
  /** What the process's memory is made of, as far as it can be told apart (for the benchmark and operators). */
  memory(): Promise<MemoryReport>;
}

/** Bytes: the process's resident set, the server thread's heap, the brief cache's weight, the worker threads' heaps. */
export interface MemoryReport {
  readonly rss: number;
  readonly heapUsed: number;
  readonly heapTotal: number;
  /** Buffers and other memory outside the V8 heaps (gzipped briefs and pages among them). */
  readonly external: number;
  readonly briefCache: { readonly bytes: number; readonly entries: number; readonly budget: number };
  readonly ingestWorker: ThreadHeap | undefined;
  readonly searchWorker: ThreadHeap | undefined;
  readonly searchRefreshWorker?: ThreadHeap | undefined;
  /** The brief threads' V8 heaps (total) after their last brief: the foreground one kept warm, the background one. */
  readonly briefWorkers?: { readonly foreground: number | undefined; readonly background: number | undefined };
}

export async function buildApp(opts: AppOptions): Promise<{ app: App; deps: Deps }> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const app: App = Fastify({
    logger: false,
    bodyLimit: opts.bodyLimit ?? 10 * 1024 * 1024,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(requestValidators());
  const metrics = new Metrics();
  const clock = opts.clock ?? systemClock;
  const file = opts.dbFile !== undefined && opts.dbFile !== ':memory:' ? opts.dbFile : undefined;
  const ingestWorker = file !== undefined ? new IngestWorker(file, opts.ingestNice) : undefined;
  const ingest = new ApiIngest(opts.store, clock, metrics, ingestWorker);
  const events = new EventHub(opts.store, metrics, opts.pollMs ?? 1000);
  // Reads come first: background briefs neither start nor restart while the server answers many (brief-refresh.ts).
  const readsBusy = (): boolean => metrics.recentRate() > (opts.refresh?.busyRps ?? DEFAULT_BUSY_RPS);
  const worker = file !== undefined ? new BriefWorker(file, { readsBusy, ...opts.briefWorker }) : undefined;
  const snapshot = new ReadSnapshot(() => opts.store.lastStoryChange(), opts.readRefresh?.intervalMs ?? DEFAULT_REFRESH_MS, opts.readRefresh?.now);
  const searchWorker = file !== undefined ? new SearchWorker(file) : undefined;
  const searchRefreshWorker = file !== undefined ? new SearchWorker(file, REFRESH_NICE) : undefined;
  const disk = opts.briefDir !== undefined ? new BriefDisk(opts.briefDir, log, opts.briefDiskBytes) : undefined;
  const briefs = new BriefCache(opts.store, metrics, { ...(worker !== undefined ? { worker } : {}), ...(disk !== undefined ? { disk } : {}), ...(opts.briefBudgetBytes !== undefined ? { budgetBytes: opts.briefBudgetBytes } : {}) });
  const deps: Deps = {
    store: opts.store,
    metrics,
    briefs,
    // Timers run on real time, whatever clock the data is stamped with.
    // Background briefs wait while reads are many (brief-refresh.ts).
    refresher: new BriefRefresher(opts.store, briefs, worker !== undefined, Date.now, opts.refresh, () => metrics.recentRate()),
    ingest,
    events,
    scheduler: new SourceScheduler(opts.store, ingest, events, clock, opts.sources, log),
    alerts: new AlertService(opts.store, clock, (id) => briefs.briefAsync(id), opts.alerts, log),
    clock,
    snapshot,
    searches: new SearchCache(opts.store, { snapshot, ...(opts.readRefresh?.searchMaxStaleMs !== undefined ? { maxStaleMs: opts.readRefresh.searchMaxStaleMs } : {}) }),
    searchWorker,
    searchRefreshWorker,
    memory: async () => {
      const [ingestHeap, searchHeap, refreshHeap] = await Promise.all([ingestWorker?.heap(), searchWorker?.heap(), searchRefreshWorker?.heap()]);
      const m = process.memoryUsage();
      return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, briefCache: briefs.usage(), ingestWorker: ingestHeap, searchWorker: searchHeap, searchRefreshWorker: refreshHeap, ...(worker !== undefined ? { briefWorkers: worker.heaps() } : {}) };
    },
  };
  ingest.onIngested(() => void deps.alerts.match());
  // A page shown from a story's previous brief offers the new one when this arrives.
  briefs.onBuilt((id, version) => events.notify('brief.ready', { id, version }));

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Parallax API', version: packageVersion(), description: 'Stories, briefs, articles and search over a Parallax database. See docs/API.md.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'a token from `parallax token create`' } } },
    },
    // Fixed-length arrays written as OpenAPI 3.0 allows (openapi-tuples.ts).
    transformObject: (doc) => openApiTuples('openapiObject' in doc ? doc.openapiObject : doc.swaggerObject),
    // Schemas registered with addSchema appear under components.schemas with these names.
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  app.addSchema(StorySummary);
  app.addSchema(ErrorReply);

  const limiter = new RateLimiter({ ...RATE_LIMIT_DEFAULTS, ...opts.rateLimit });
  app.addHook('onRequest', rateLimitHook(limiter, () => metrics.rateLimited++));
  app.addHook('onRequest', accessHook(opts.store, opts.loopbackOnly));
  app.addHook('onSend', async (_req, reply, payload) => {
    for (const [k, v] of SECURITY_HEADER_ENTRIES[replyKind(reply.getHeader('content-type'))]) reply.header(k, v);
    return payload;
  });
  app.addHook('onResponse', async (req, reply) => {
    metrics.request(req.method, req.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
  });
  app.setErrorHandler(errorHandler(log));
  app.setNotFoundHandler(notFoundHandler);
  // Before the server waits for open connections: an event stream never ends by itself.
  app.addHook('preClose', async () => deps.events.close());
  // A poll in flight finishes (its fetch is time-limited) before the database closes.
  app.addHook('onClose', async () => {
    await deps.scheduler.stop();
    await deps.alerts.stop();
    // Requests in flight are done (the server waited for them); queued ingests too (not an open alone), then the workers end.
    deps.refresher.stop();
    await ingest.drain({ open: false });
    await ingestWorker?.close();
    await worker?.close();
    await searchWorker?.close();
    await searchRefreshWorker?.close();
    await briefs.flush();
  });

  metaRoutes(app, deps);
  storyRoutes(app, deps);
  articleRoutes(app, deps);
  searchRoutes(app, deps);
  sourceRoutes(app, deps);
  alertRoutes(app, deps);
  webRoutes(app, deps, { loopbackOnly: opts.loopbackOnly });
  return { app, deps };
}
