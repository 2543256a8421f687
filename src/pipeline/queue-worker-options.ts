/**
 * A queue worker's settings (batch, lease, polling, hooks), the report it
 * returns (jobs, articles, where its time went), and the limits it works to.
 */
import type { Clock, InputProblem } from '../core/result.js';
import type { JobOutcome, QueueCounts, QueueJob } from '../storage/postgres/pg-queue.js';

/** After this many claims a job is given up (recorded as failed): it kept killing its workers. */
export const MAX_ATTEMPTS = 3;
/** Done jobs stored and assigned per transaction (fewer commits; a failure redoes at most this many). */
export const ASSIGN_BATCH = 50;

export interface WorkerOptions {
  readonly clock: Clock;
  /** Jobs claimed at once (one round trip). */
  readonly batch?: number;
  /** Seconds a claimed job stays this worker's; after that, another worker may take it. */
  readonly leaseSeconds?: number;
  /** Exit when the queue has nothing left to do (default: keep polling). */
  readonly drain?: boolean;
  readonly pollMs?: number;
  readonly workerId?: string;
  /** Stop after the current job (SIGTERM). */
  readonly shouldStop?: () => boolean;
  readonly onProblem?: (p: InputProblem) => void;
  /** After each job this worker finished. */
  readonly onJob?: (job: QueueJob, outcome: JobOutcome) => void;
  /** Each article this worker stored and assigned to its story: wall and CPU milliseconds (this process's) of that work. */
  readonly onAssign?: (ms: number, cpuMs: number) => void;
  /** Test hook: called after a job is processed and before its results are committed. */
  readonly beforeFinish?: (job: QueueJob) => void;
}

export interface WorkerReport {
  readonly jobs: number;
  readonly added: number;
  readonly duplicates: number;
  readonly rejected: number;
  /** Articles this worker stored and assigned to stories (as the writer). */
  readonly assigned: number;
  /** Transactions that stored and assigned them (a batch each). */
  readonly assignBatches: number;
  readonly queue: QueueCounts;
  /** Where this worker's time went, in milliseconds: wall, and this process's CPU (the database's own work is not in it). */
  readonly ms: PhaseTimes;
  readonly cpuMs: PhaseTimes;
}

export interface PhaseTimes {
  readonly claim: number;
  readonly process: number;
  readonly stage: number;
  readonly assign: number;
  readonly idle: number;
}
