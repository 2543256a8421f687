/**
 * The settings of the brief worker (brief-worker.ts) and their defaults: each
 * brief thread's heap limit and the heap above which a thread is recycled,
 * how many passes warm the foreground thread, the background thread's nice
 * value and scheduling class, and how long background briefs wait for the
 * server's reads; with the server thread's own nice value, below which no
 * lane's thread runs.
 */
import { getPriority } from 'node:os';

/** The nice value of background briefs: the lowest priority. */
export const BACKGROUND_NICE = 19;

export interface BriefWorkerOptions {
  /** Each brief thread's V8 heap limit in MB (old generation): a brief needing more fails as BriefTooLarge (default 1536). */
  readonly heapMb?: number;
  /** The background thread is ended after a brief that left its heap above this many MB (default 256). */
  readonly recycleMb?: number;
  /**
   * The foreground thread likewise (default 768): it is kept warm, so only a
   * brief far larger than the usual is worth a cold start (a 200-article
   * brief leaves 180–300 MB of heap, garbage included, before V8 collects it).
   */
  readonly foregroundRecycleMb?: number;
  /**
   * How many times the warm-up builds its story (default WARM_PASSES), each a job of its own (a brief someone
   * waits for goes between two).
   */
  readonly warmPasses?: number;
  /** The nice value of background briefs (default BACKGROUND_NICE; the process's own: no lowering). */
  readonly backgroundNice?: number;
  /** Whether the background thread also takes Linux's idle scheduling class (SCHED_IDLE) where it can (default true). */
  readonly backgroundIdle?: boolean;
  /**
   * Whether the server is busy answering reads: then no background brief
   * starts (checked every second, for at most `maxDeferMs` at a time).
   */
  readonly readsBusy?: () => boolean;
  /** The longest a background brief waits for the reads to calm down (default 60 s). */
  readonly maxDeferMs?: number;
}

export const DEFAULT_BRIEF_HEAP_MB = 1536;
/**
 * Three passes of the warm-up story, each a new synthetic story of 200
 * articles (warm-story.ts): after them the first brief of the 201-article
 * story of the 100,000-article database cost 1.8–2.3 CPU s over all threads
 * (median 1.96 in 12 rounds), against 1.9–2.6 (median 2.18) after three
 * passes of the database's 61-article story used before: V8's compiler
 * threads do ~0.15–0.3 s less, optimising afresh what that story left cold;
 * the brief's own thread is unchanged. Two passes 2.0–2.3, four 1.7–1.9
 * (3 rounds each, within noise of three) (docs/BENCHMARKS.md). The warm-up
 * takes ~9–10 CPU s at start (4 before), off every reader's path; with a
 * stored story, which replaces the last of these passes, one synthetic pass
 * more follows it (brief-worker.ts `warm`), ~1.8 CPU s.
 */
export const WARM_PASSES = 3;
export const DEFAULT_RECYCLE_MB = 256;
export const DEFAULT_FOREGROUND_RECYCLE_MB = 768;

/** The server thread's nice value (0 where the system cannot tell). */
export function ownNice(): number {
  try {
    return getPriority(0);
  } catch {
    return 0;
  }
}
