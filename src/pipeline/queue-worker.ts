/**
 * `parallax worker`: takes jobs from the PostgreSQL queue (queue-enqueue.ts
 * puts them there), fetches, extracts, cleans and analyses them — the
 * expensive, parallel part — and stages the results; then, one worker at a
 * time (the database's writer lock), stores the staged articles and assigns
 * them to stories in stream order, so the stories equal a single-process
 * ingest of the same stream however many workers ran.
 *
 * Crash safety: a job is claimed under a lease; a worker killed mid-job
 * leaves it `running` until the lease runs out, when another worker claims
 * it again. A job's results and its `done` mark commit together, only while
 * the lease is still this worker's, and storing is idempotent by article id
 * (and done once per job, with the `assigned` mark, in one transaction), so
 * nothing is lost and nothing is stored twice. The assigner's transaction
 * dies with it, and the advisory lock is released by the server when its
 * connection drops.
 */
import { hostname } from 'node:os';
import type { RawArticle } from '../core/types.js';
import { asArticleId, asStoryId, storyIdFor } from '../core/ids.js';
import { createTemplateState, loadTemplateState, type TemplateState } from '../stages/clean/template-lines.js';
import { planAssignment, type ClusterStore } from '../stages/cluster/index.js';
import type { PgStore } from '../storage/postgres/pg-store.js';
import { PgClusterStore } from '../storage/postgres/pg-cluster-tables.js';
import { decodeFeatures, paramsKey } from '../storage/postgres/pg-queue-features.js';
import type { JobOutcome, QueueJob, StagedPlace } from '../storage/postgres/pg-queue.js';
import { createFetcher } from '../fetch/fetch-url.js';
import { readUrl } from '../fetch/read-url.js';
import { openCluster } from './ingest-articles.js';
import { ASSIGN_BATCH, MAX_ATTEMPTS, type WorkerOptions, type WorkerReport } from './queue-worker-options.js';
import { prepare } from './worker-prepare.js';

export type { PhaseTimes, WorkerOptions, WorkerReport } from './queue-worker-options.js';

/** The clusterer's view, told that one article is not assigned yet (saves the query planAssignment starts with). */
export function newArticle(cluster: ClusterStore, id: string): ClusterStore {
  return new Proxy(cluster, {
    get(target, prop) {
      if (prop === 'storyOfArticle') return (other: string) => (other === id ? undefined : target.storyOfArticle(other));
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** The id planAssignment gives a story an article founds (when no story has it yet): looked up for a batch at once. */
const newStoryKey = (id: string): string => (/^a_[0-9a-f]{12}/.test(id) ? storyIdFor(asArticleId(id)) : `s_${id}`);

const cpuNow = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Runs one worker until stopped (or, with `drain`, until the queue is empty
 * and every done job has its stories).
 * @example await runWorker(store, { clock: systemClock, drain: true })
 */
export async function runWorker(store: PgStore, opts: WorkerOptions): Promise<WorkerReport> {
  const queue = store.queue();
  const worker = opts.workerId ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const batch = Math.max(1, opts.batch ?? 4);
  const lease = Math.max(1, opts.leaseSeconds ?? 120);
  const pollMs = opts.pollMs ?? 500;
  const templateCache = new Map<number, TemplateState>();
  let fetcher: ReturnType<typeof createFetcher> | undefined;
  let jobs = 0;
  let added = 0;
  let duplicates = 0;
  let rejected = 0;
  let assigned = 0;
  let assignBatches = 0;
  const ms = { claim: 0, process: 0, stage: 0, assign: 0, idle: 0 };
  const cpu = { claim: 0, process: 0, stage: 0, assign: 0, idle: 0 };
  const timed = <T>(key: keyof typeof ms, f: () => T): T => {
    const t = performance.now();
    const c = cpuNow();
    try {
      return f();
    } finally {
      ms[key] += performance.now() - t;
      cpu[key] += cpuNow() - c;
    }
  };

  // The writer: the lock and the clusterer's memory, kept while there is work so the state is not reloaded.
  let writer: { cluster: ClusterStore; release: () => void } | undefined;
  const takeWriter = (): boolean => {
    if (writer !== undefined) return true;
    if (!store.tryLockWriters()) return false;
    writer = { cluster: openCluster(store, { otherParams: 'refuse' }), release: () => store.unlockWriters() };
    return true;
  };
  const dropWriter = (): void => {
    writer?.release();
    writer = undefined;
  };

  const templatesOf = (chunk: number): TemplateState => {
    let t = templateCache.get(chunk);
    if (t === undefined) {
      const json = queue.chunkTemplates(chunk);
      t = json === undefined ? createTemplateState() : loadTemplateState(json);
      if (templateCache.size > 8) templateCache.clear();
      templateCache.set(chunk, t);
    }
    return t;
  };

  const process1 = async (job: QueueJob): Promise<JobOutcome> => {
    const out = { articles: [] as JobOutcome['articles'][number][], duplicates: 0, rejected: 0 };
    if (job.attempts > MAX_ATTEMPTS) return { ...out, error: `given up after ${MAX_ATTEMPTS} attempts (each ended its worker)` };
    const templates = templatesOf(job.chunk);
    try {
      if (job.kind === 'raw') {
        prepare(store, JSON.parse(job.payload) as RawArticle, templates, opts.clock, out, opts.onProblem);
      } else {
        const src = JSON.parse(job.payload) as { url: string; follow: boolean; fetch: Parameters<typeof createFetcher>[0] };
        fetcher ??= createFetcher(src.fetch);
        const got = await readUrl(src.url, fetcher, { follow: src.follow });
        for (const p of got.problems) opts.onProblem?.(p);
        for (const raw of got.articles) prepare(store, raw, templates, opts.clock, out, opts.onProblem);
      }
      return out;
    } catch (err) {
      // A bug on one input: reported against it, and the queue goes on.
      const message = `internal error while ingesting: ${err instanceof Error ? err.message : String(err)}`;
      opts.onProblem?.({ path: `job ${job.pos}`, message });
      return { articles: [], duplicates: 0, rejected: 0, error: message };
    }
  };

  // Whether the writer's last look at the open jobs saw another worker's job running (saves a query per turn).
  let othersSeen = false;
  /**
   * Stores and assigns every done job from the oldest unassigned one on,
   * stopping at the first not done; up to ASSIGN_BATCH jobs per transaction.
   */
  const assignReady = (): number => {
    let jobsAssigned = 0;
    for (;;) {
      const rows = queue.unassigned(ASSIGN_BATCH, worker);
      othersSeen = rows.some((r) => r.other);
      const firstOpen = rows.findIndex((r) => r.state !== 'done');
      const ready = firstOpen < 0 ? rows : rows.slice(0, firstOpen);
      if (ready.length === 0) return jobsAssigned;
      const from = ready[0]!.pos;
      const to = ready[ready.length - 1]!.pos;
      try {
        store.transaction(() => {
          const cluster = writer!.cluster;
          // The clusterer's table writes of the whole batch go in one statement (flushed before anything is read back).
          const deferred = cluster instanceof PgClusterStore ? cluster : undefined;
          deferred?.deferWrites(true);
          const key = paramsKey(cluster.params);
          const places: StagedPlace[] = [];
          const taken = new Set<string>();
          const times: [number, number][] = [];
          const staged = queue.staged(from, to);
          // The id a new story would take is looked up before use (planAssignment): read with the batch instead.
          deferred?.noteStories(staged.flatMap((s) => (s.newStory === newStoryKey(s.id) ? [[s.newStory, s.newStoryTaken] as const] : [])));
          const timing = opts.onAssign !== undefined;
          for (const s of staged) {
            const t = timing ? performance.now() : 0;
            const c = timing ? cpuNow() : 0;
            // Stored already (a copy ingested earlier), or a copy earlier in this batch: nothing to do.
            if (s.known || taken.has(s.id)) continue;
            const features = decodeFeatures(s.features, key);
            // Known new when the batch was read: the plan need not ask the database again.
            const plan = planAssignment(newArticle(cluster, s.id), {
              id: asArticleId(s.id),
              title: s.title,
              text: s.text,
              ...(s.published !== null ? { published: s.published } : {}),
              entities: [...s.entities],
              ...(features !== undefined ? { features } : {}),
            });
            // No plan: an earlier copy of the same article has its story already.
            if (plan === undefined) continue;
            cluster.apply(plan);
            taken.add(s.id);
            places.push(s);
            // Articles of earlier batches move now; this batch's are stored below with their story as it ends up.
            for (const ev of plan.events) if (ev.kind === 'merged') for (const id of ev.articleIds) store.setStory(id, asStoryId(ev.into));
            times.push(timing ? [performance.now() - t, cpuNow() - c] : [0, 0]);
          }
          // One round trip for the clusterer's tables, one statement storing the articles with their stories and marking the jobs, then the name index.
          const t = performance.now();
          const c = cpuNow();
          deferred?.deferWrites(false);
          queue.storeStagedMany(places, { from, to });
          const shareMs = (performance.now() - t) / Math.max(1, times.length);
          const shareCpu = (cpuNow() - c) / Math.max(1, times.length);
          assigned += times.length;
          assignBatches++;
          for (const [ms1, cpu1] of times) opts.onAssign?.(ms1 + shareMs, cpu1 + shareCpu);
        });
      } catch (err) {
        // The clusterer's memory may be ahead of the rolled-back tables.
        writer!.cluster = openCluster(store, { otherParams: 'refuse' });
        throw err;
      }
      jobsAssigned += ready.length;
      if (ready.length < rows.length || rows.length < ASSIGN_BATCH) return jobsAssigned;
    }
  };

  try {
    for (;;) {
      if (opts.shouldStop?.()) break;
      const readyJobs = takeWriter() ? timed('assign', assignReady) : 0;
      // The writer is the one sequential step. While other workers run jobs it assigns whatever they finish, and
      // only when nothing was ready takes one job of its own (its share of the processing; the results others finish
      // meanwhile wait for it, and are then assigned together, in fewer round trips), so the others never wait long.
      const othersBusy = writer !== undefined && othersSeen;
      if (othersBusy && readyJobs > 0) continue;
      const claimed = timed('claim', () => queue.claim(worker, othersBusy ? 1 : batch, lease));
      if (othersBusy && claimed.length === 0) {
        const t = performance.now();
        await sleep(Math.min(pollMs, 5));
        ms.idle += performance.now() - t;
        continue;
      }
      if (claimed.length === 0) {
        const c = queue.counts();
        const open = c.pending + c.running + c.done;
        if (writer !== undefined && open === 0) {
          // Idle: drop the finished chunks' template lines, and let a single-process ingest (or another worker later) have the writer's turn.
          queue.pruneChunks();
          dropWriter();
          if (opts.drain) break;
        } else if (writer === undefined && opts.drain && c.pending === 0) {
          // Another worker holds the writer's turn and will assign what is done.
          break;
        }
        const t = performance.now();
        await sleep(pollMs);
        ms.idle += performance.now() - t;
        continue;
      }
      for (const job of claimed) {
        const t = performance.now();
        const c = cpuNow();
        const outcome = await process1(job);
        ms.process += performance.now() - t;
        cpu.process += cpuNow() - c;
        opts.beforeFinish?.(job);
        if (timed('stage', () => queue.finish(job.pos, worker, outcome, opts.clock.now().toISOString()))) {
          jobs++;
          added += outcome.articles.length;
          duplicates += outcome.duplicates;
          rejected += outcome.rejected;
          opts.onJob?.(job, outcome);
        }
        if (opts.shouldStop?.()) break;
      }
    }
  } finally {
    dropWriter();
  }
  return { jobs, added, duplicates, rejected, assigned, assignBatches, queue: queue.counts(), ms, cpuMs: cpu };
}
