/**
 * The brief helper's jobs (brief-helper.ts posts them): what each computes,
 * on either thread, and the helper thread's side, which answers them in the
 * order posted. The posting thread runs the same `run` when it takes a job
 * over or the helper fails, so the brief is the same either way.
 */
import { isMainThread, workerData, type MessagePort } from 'node:worker_threads';
import { sameEntity } from '../stages/analyze/names.js';
// The modules themselves, not the stage indexes: the helper loads only what its jobs need.
import { runQuoteJob, type QuoteJob } from '../stages/compare/quote-job.js';
import { clearPreparedTexts, PreparedTexts, reuseCandidates, reuseOfPairs, storyReuse, type ReuseText } from '../stages/provenance/story-reuse.js';
import { packReuse, packSketches, unpackSketches, type PackedSketches } from '../stages/provenance/packed-reuse.js';
import { runCandidateJob, type CandidateJob } from '../stages/compare/candidate-pairs.js';
import { runPairDice, type PairDiceJob } from '../stages/compare/pair-dice.js';
import { summarizeCluster } from '../stages/summarize/summarize-cluster.js';
import { alignVariants, type VariantSource } from '../stages/compare/variants.js';
import type { SummaryInput, SummaryOptions } from '../stages/summarize/types.js';

/** This module's URL: what the helper thread is started with. */
export const HELPER_JOBS_URL = import.meta.url;

// Transferring an ArrayBuffer (the helper's packed results, the posted
// brief) invalidates, once per thread, V8's assumption that no buffer was
// ever detached, and every function optimised under it is thrown away and
// compiled again: some 50 of the brief's hottest (union-find, sketches,
// Dice, candidate pairs, figure grouping) after a thread's first real brief,
// in the helper in the middle of it. Detaching an empty buffer as this module
// loads, in both threads, spends that assumption before anything is optimised.
const spent = new ArrayBuffer(0);
structuredClone(spent, { transfer: [spent] });

export type Job =
  | { readonly kind: 'reuse'; readonly texts: readonly ReuseText[] }
  /** `sketches`: texts' candidate sketches kept from an earlier brief. Answers the pairs and every text's sketches (`ReusePlan`). */
  | { readonly kind: 'reusePlan'; readonly texts: readonly ReuseText[]; readonly whole: boolean; readonly sketches?: PackedSketches }
  /** `known`: pairs kept from an earlier brief (`a * n + b`), not compared again. */
  | { readonly kind: 'reusePairs'; readonly counter: Int32Array; readonly texts: readonly ReuseText[]; readonly known?: Float64Array }
  | { readonly kind: 'variants'; readonly articles: readonly VariantSource[] }
  | { readonly kind: 'quotes'; readonly job: QuoteJob }
  | { readonly kind: 'summary'; readonly input: SummaryInput; readonly options: Partial<SummaryOptions> }
  | { readonly kind: 'candidates'; readonly job: CandidateJob }
  | { readonly kind: 'pairDice'; readonly job: PairDiceJob }
  | { readonly kind: 'forget' };
export interface Request {
  readonly n: number;
  readonly job: Job;
  /**
   * For a job this thread may take over: 0 while not started, then 1 when the
   * helper starts it or 2 when this thread does (whoever moves it first runs it).
   */
  readonly claim?: Int32Array;
}
export interface Reply {
  readonly n: number;
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: string;
}
export interface HelperData {
  readonly role: 'parallax-brief-helper';
  readonly port: MessagePort;
  readonly signal: Int32Array;
}

/** A `reusePlan` job's answer: the candidate pairs (flat text indexes) and the texts' sketches (for the story's kept record). */
export interface ReusePlan {
  readonly pairs: Int32Array;
  readonly sketches: PackedSketches;
}

/**
 * The texts' sketches, packed: every text's for a story large enough to have them (`reuseCandidates`
 * computed them), none for a small one.
 * @example sketchesOf(prepared).ends.length === 2 * prepared.texts.length
 */
export function sketchesOf(prepared: PreparedTexts): PackedSketches {
  return packSketches(prepared.texts.map((_, i) => prepared.sketchesIfAny(i)));
}

/** The shared-text candidates of the last `reusePlan` job on this thread, for its `reusePairs` job. */
let plan: { readonly pairs: Int32Array; readonly prepared: PreparedTexts } | undefined;

/** Drops the last plan (a helper that failed midway: the caller computes everything anew). */
export function clearPlan(): void {
  plan = undefined;
}

/** What a job computes, on either thread. */
export function run(job: Job): unknown {
  switch (job.kind) {
    case 'reuse':
      return storyReuse(job.texts);
    case 'reusePlan': {
      const prepared = new PreparedTexts(job.texts, job.whole, job.sketches === undefined ? undefined : unpackSketches(job.sketches));
      const pairs = reuseCandidates(job.texts, prepared);
      plan = { pairs, prepared };
      return { pairs, sketches: sketchesOf(prepared) } satisfies ReusePlan;
    }
    case 'reusePairs': {
      // Without its plan (a job run here after the helper failed) the caller computes everything anew.
      const p = plan;
      plan = undefined;
      const counter = job.counter;
      // Packed as numbers: the reply is read on the brief's own thread, where cloning objects back was costly.
      const known = job.known === undefined ? undefined : new Set(job.known);
      return packReuse(p === undefined ? [] : reuseOfPairs(p.pairs, p.prepared, () => draw(counter, true, p.pairs.length / 2), known), job.texts);
    }
    case 'variants':
      return alignVariants(job.articles);
    case 'quotes':
      return runQuoteJob(job.job, sameEntity);
    case 'summary':
      return summarizeCluster(job.input, job.options);
    case 'candidates':
      return runCandidateJob(job.job);
    case 'pairDice':
      return runPairDice(job.job);
    case 'forget':
      return clearPreparedTexts();
  }
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === 'parallax-brief-helper') {
  const { port, signal } = workerData as HelperData;
  port.on('message', (req: Request) => {
    let reply: Reply;
    if (req.claim !== undefined && Atomics.compareExchange(req.claim, 0, 0, 1) !== 0) {
      // Taken over by the posting thread: nothing to compute, nobody waits for a value.
      reply = { n: req.n, ok: true };
    } else {
      try {
        reply = { n: req.n, ok: true, value: run(req.job) };
      } catch (err) {
        reply = { n: req.n, ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    }
    port.postMessage(reply);
    // The reply is queued before the counter moves, so a waiter woken by it finds it.
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
}

/**
 * The next pair to compare, or `pairs` when none is left: the helper draws
 * from the front and this thread from the back (the pairs are in text order,
 * so each thread prepares mostly texts of its own end), under a lock.
 */
export function draw(counter: Int32Array, front: boolean, pairs: number): number {
  while (Atomics.compareExchange(counter, 2, 0, 1) !== 0);
  if (counter[1] === -1) counter[1] = pairs;
  let k = pairs;
  if (counter[0]! < counter[1]!) k = front ? counter[0]!++ : --counter[1]!;
  Atomics.store(counter, 2, 0);
  return k;
}
