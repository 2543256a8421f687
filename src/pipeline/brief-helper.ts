/**
 * A second thread for the brief of a large story. A story's shared text
 * (texts only), its quote grouping (quotes, entity names, languages), its
 * claim statements' candidate pairs (their word bags as numbers) and its
 * overview summary (one text per lineage) are posted to a helper worker while
 * this thread does the rest it can before provenance is known (dates,
 * credits, entities, claim statements) and then the figures and claims; on
 * two cores a cold 200-article brief then waits for the longer of the two
 * threads, not their sum.
 *
 * One helper per process, started on first use and kept (unref'd, so it never
 * holds the process open): a CLI brief pays its start once, and a running
 * service's briefs find it warm. `buildBrief` is synchronous, so a result is
 * awaited with `Atomics.wait` on a shared counter and read with
 * `receiveMessageOnPort`. The same functions run in either thread, so the
 * brief is the same either way. Small stories stay on this thread (starting
 * the helper costs more than they gain), and so does any job the helper fails
 * or does not answer within the time limit.
 *
 * This file is the posting side; the jobs and the helper's side are in
 * brief-helper-jobs.ts.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Reuse } from '../core/types.js';
import type { QuoteGrouping } from '../stages/compare/group-quotes.js';
import type { QuoteJob } from '../stages/compare/quote-job.js';
import { clearPreparedTexts, knownResults, mergeReuse, PreparedTexts, reuseCandidates, reuseOfPairs, type IndexedReuse, type ReuseText } from '../stages/provenance/story-reuse.js';
import { packSketches, unpackReuse, unpackSketches, type PackedReuse } from '../stages/provenance/packed-reuse.js';
import { keptRecord, type KeptReuse } from '../stages/provenance/kept-reuse.js';
import type { CandidateJob } from '../stages/compare/candidate-pairs.js';
import type { PairDiceJob } from '../stages/compare/pair-dice.js';
import type { Offload } from '../stages/compare/compare-story.js';
import type { SummaryInput, SummaryOptions, SummaryResult } from '../stages/summarize/types.js';
import { clearPlan, draw, HELPER_JOBS_URL, run, type Job, type Reply, type Request, type ReusePlan } from './brief-helper-jobs.js';
import type { CandidateSketches } from '../stages/provenance/candidates.js';
import { alignVariants, variantSources, type VariantAlignment, type VariantSource } from '../stages/compare/variants.js';

/**
 * From this many articles a story's jobs go to the helper: below it, the
 * helper's start (tens of ms) costs more than the overlap gains.
 */
export const HELPER_MIN_ARTICLES = 60;

/** Longest wait for one job before it is run here instead (a helper that died never answers). */
const WAIT_LIMIT_MS = 120_000;

interface Helper {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly signal: Int32Array;
  /** Replies read while waiting for another job. */
  readonly early: Map<number, Reply>;
  n: number;
}
let helper: Helper | undefined;
/** Set when the helper failed: every later job runs on this thread. */
let helperBroken = false;
/** Jobs the helper answered (tests check the helper is used, not only the fallback). */
let answered = 0;

/** How many jobs the helper thread has answered in this process. */
export function jobsOnHelper(): number {
  return answered;
}

/**
 * The helper's bootstrap: imports the jobs module (compiled, or through tsx when
 * running from TypeScript: Node 20 does not apply the parent's `--import tsx`
 * hooks inside workers, so they are registered there).
 */
function bootstrap(): string {
  const self = JSON.stringify(HELPER_JOBS_URL);
  return HELPER_JOBS_URL.endsWith('.ts') ? `import('tsx/esm/api').then((api) => { api.register(); return import(${self}); });` : `import(${self});`;
}

function startHelper(): Helper {
  if (helper !== undefined) return helper;
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  // No inherited flags: a parent run with `--import tsx` would load tsx's loader in the helper even when it runs compiled code.
  const worker = new Worker(bootstrap(), { eval: true, execArgv: [], workerData: { role: 'parallax-brief-helper', port: port2, signal }, transferList: [port2] });
  worker.unref();
  port1.unref();
  // An error or exit is seen only between briefs (this thread blocks while waiting); the wait limit covers one during a brief.
  const drop = (): void => {
    if (helper?.worker === worker) helper = undefined;
    helperBroken = true;
  };
  worker.on('error', drop);
  worker.on('exit', drop);
  helper = { worker, port: port1, signal, early: new Map(), n: 0 };
  return helper;
}

/**
 * Posted jobs this thread may still take over, in the order posted: run by
 * `takeOverQueued` when this thread would otherwise wait, so that it does
 * work the helper has not started instead of work the helper has half done
 * (comparing shared-text pairs here means preparing their texts a second time).
 */
let queued: (() => void)[] = [];

/** Runs here each queued job the helper has not started yet. */
function takeOverQueued(): void {
  const jobs = queued;
  queued = [];
  for (const take of jobs) take();
}

/**
 * Posts a job to the helper (or keeps it here) and returns the function that
 * gives its result; `shared`: this thread may take it over (at `reuse()`);
 * `whenAsked`: also when its result is asked for before the helper started it.
 */
function start<T>(job: Job, articles: number, shared = false, whenAsked = false): () => T {
  const here = (): T => run(job) as T;
  if (articles < HELPER_MIN_ARTICLES || helperBroken) return here;
  let h: Helper;
  try {
    h = startHelper();
  } catch {
    helperBroken = true;
    return here;
  }
  const n = ++h.n;
  let count = Atomics.load(h.signal, 0);
  const claim = shared ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
  let taken: { readonly value: T } | undefined;
  h.port.postMessage({ n, job, ...(claim !== undefined ? { claim } : {}) } satisfies Request);
  if (claim !== undefined) {
    queued.push(() => {
      if (taken === undefined && Atomics.compareExchange(claim, 0, 0, 2) === 0) taken = { value: here() };
    });
  }
  return () => {
    if (taken !== undefined) return taken.value;
    // Asked for before the helper started it (it is busy with an earlier job): run here, not wait for both.
    if (whenAsked && claim !== undefined && Atomics.compareExchange(claim, 0, 0, 2) === 0) {
      taken = { value: here() };
      return taken.value;
    }
    const deadline = Date.now() + WAIT_LIMIT_MS;
    for (;;) {
      let reply = h.early.get(n);
      h.early.delete(n);
      // Read only up to this job's reply: a later one stays queued for its own waiter.
      while (reply === undefined) {
        const m = receiveMessageOnPort(h.port);
        if (m === undefined) break;
        const r = m.message as Reply;
        if (r.n === n) reply = r;
        else h.early.set(r.n, r);
      }
      if (reply !== undefined) {
        if (!reply.ok) {
          helperBroken = true;
          return here();
        }
        answered++;
        // Kept: the reply is read off the port once, and a result may be asked for again.
        taken = { value: reply.value as T };
        return taken.value;
      }
      const left = deadline - Date.now();
      if (left <= 0) break;
      Atomics.wait(h.signal, 0, count, Math.min(left, 1000));
      count = Atomics.load(h.signal, 0);
    }
    helperBroken = true;
    void h.worker.terminate();
    return here();
  };
}

/** A story's shared text being found: the result, and the record to keep of it (kept-reuse.ts). */
export interface StartedReuse {
  /** The story's shared text (`storyReuse(texts)`), waiting for the helper's part if it is not done. */
  readonly result: () => Reuse[];
  /** The record of it to keep for the story's next brief, after `result()`; undefined when there is nothing new to keep. */
  readonly record: () => Uint8Array | undefined;
}

/**
 * Starts finding the story's shared text and returns the functions that give it and its record.
 * The helper finds the candidate pairs and starts comparing them from the
 * first; when this thread asks for the result it compares pairs too, from
 * the last, so the pairs left are split between the two threads. With a
 * story's `kept` record (kept-reuse.ts) only pairs it does not hold are
 * compared, and with every text unchanged, none.
 * @example const reuse = startStoryReuse(texts); … work of this thread …; traceProvenance(docs, reuse.result())
 */
export function startStoryReuse(texts: readonly ReuseText[], kept?: KeptReuse): StartedReuse {
  newBrief();
  return reuseJobs(texts, kept);
}

/** A brief's jobs under way: its articles' variant alignment and its shared text. */
export interface StartedBrief {
  /** `alignVariants` of the articles, waiting for the helper if it is on it (done here if it has not started it). */
  readonly variants: () => VariantAlignment;
  readonly reuse: StartedReuse;
}

/**
 * Starts a brief's jobs. With a stored record (`kept`: reads it) the helper
 * has few shared-text pairs to compare, so it takes the variant alignment
 * first: the brief's thread needs it before anything else it computes, and
 * meanwhile reads the record, dates, credits and article records. Without
 * one, the helper's share of the whole story's shared text is already the
 * longer of the two threads' paths (an alignment posted ahead of it made a
 * 201-article story's first brief some 40 ms slower), and it is done here.
 * The shared text is started as `startStoryReuse` does (needed only at
 * provenance). `sources`: the articles' analyses, in the order of `texts`.
 * @example const jobs = startBriefJobs(texts, analyses, () => readKept(bytes, texts)); …; prepareCompare(members, rules, opts, { variants: jobs.variants })
 */
export function startBriefJobs(texts: readonly ReuseText[], sources: readonly VariantSource[], kept?: () => KeptReuse | undefined): StartedBrief {
  newBrief();
  // Posted as the fields the alignment reads, not whole analyses: the copy the helper gets is a fraction of their size.
  const variants =
    kept === undefined || sources.length < HELPER_MIN_ARTICLES || helperBroken
      ? () => alignVariants(sources)
      : start<VariantAlignment>({ kind: 'variants', articles: variantSources(sources) }, sources.length, true, true);
  // The stored record is read while the helper aligns.
  return { variants: once(variants), reuse: reuseJobs(texts, kept?.()) };
}

/** A brief asks for its jobs' results before the next brief starts; a reply kept from before is of a job never asked for (a brief that threw): let it go. */
function newBrief(): void {
  helper?.early.clear();
  queued = [];
}

function once<T>(f: () => T): () => T {
  let done: { readonly value: T } | undefined;
  return () => (done ??= { value: f() }).value;
}

function reuseJobs(texts: readonly ReuseText[], kept?: KeptReuse): StartedReuse {
  if (kept?.whole !== undefined) {
    const whole = kept.whole;
    return { result: () => whole, record: () => undefined };
  }
  const copies = texts.map((t) => ({ id: t.id, text: t.text }));
  // The pairs' job needs only the ids (to name the articles of its packed results).
  const ids = texts.map((t) => ({ id: t.id, text: '' }));
  const known = kept !== undefined && kept.pairs.size > 0 ? kept.pairs : undefined;
  let done: { pairs: Int32Array; found: IndexedReuse[]; sketches: readonly (CandidateSketches | undefined)[] } | undefined;
  const record = (): Uint8Array | undefined => (done === undefined || texts.length < HELPER_MIN_ARTICLES ? undefined : keptRecord(copies, done.pairs, done.found, done.sketches));
  // Without the helper (a small story, or a helper that failed): all of it here, by the same steps.
  const anew = (): Reuse[] => {
    clearPlan();
    const prepared = new PreparedTexts(copies, known === undefined, kept?.sketches);
    const pairs = reuseCandidates(copies, prepared);
    let k = 0;
    const found = [...reuseOfPairs(pairs, prepared, () => k++, known), ...(known === undefined ? [] : knownResults(pairs, known, copies.length))];
    done = { pairs, found, sketches: copies.map((_, i) => prepared.sketchesIfAny(i)) };
    return mergeReuse([found]);
  };
  if (texts.length < HELPER_MIN_ARTICLES || helperBroken) return { result: anew, record };
  // [next from the front, one past the next from the back (-1: not set yet), lock].
  const counter = new Int32Array(new SharedArrayBuffer(12));
  counter[1] = -1;
  const given = kept?.sketches.some((s) => s !== undefined) === true ? packSketches(kept.sketches) : undefined;
  const candidates = start<ReusePlan>({ kind: 'reusePlan', texts: copies, whole: known === undefined, ...(given !== undefined ? { sketches: given } : {}) }, texts.length);
  const theirs = start<PackedReuse>({ kind: 'reusePairs', counter, texts: ids, ...(known !== undefined ? { known: Float64Array.from(known.keys()) } : {}) }, texts.length);
  const result = (): Reuse[] => {
    // The claims' candidate pairs and the quote grouping, when the helper has not reached them (it
    // works through the shared-text pairs first): here, before any pair is taken from its end.
    takeOverQueued();
    const plan = candidates();
    const pairs = plan.pairs;
    // A helper that failed (before or midway: it may have taken pairs it never returned): all of it here.
    if (helperBroken) return anew();
    const mine = reuseOfPairs(pairs, new PreparedTexts(copies, known === undefined), () => draw(counter, false, pairs.length / 2), known);
    const rest = theirs();
    if (helperBroken) return anew();
    const found = [...mine, ...unpackReuse(rest, copies), ...(known === undefined ? [] : knownResults(pairs, known, copies.length))];
    done = { pairs, found, sketches: unpackSketches(plan.sketches) };
    return mergeReuse([found]);
  };
  return { result, record };
}

/**
 * The compare steps a story of `articles` articles runs on the helper (none
 * for a small story): its quote grouping (`runQuoteJob(job, sameEntity)`),
 * its overview summary (`summarizeCluster`), its claim statements'
 * candidate pairs (`runCandidateJob`) and, after provenance, their Dice
 * (`runPairDice`), found while this thread groups the figures.
 * @example prepareCompare(members, rules, COMPARE_DEFAULTS, helperOffload(members.length))
 */
export function helperOffload(articles: number): Offload {
  if (articles < HELPER_MIN_ARTICLES) return {};
  return {
    quotes: (job) => start<QuoteGrouping>({ kind: 'quotes', job }, articles, true),
    summary: (input, options) => start<SummaryResult>({ kind: 'summary', input, options }, articles, true),
    candidates: (job) => start<Int32Array>({ kind: 'candidates', job }, articles, true),
    // Asked for some 70 ms after it is posted (the figures are grouped meanwhile): if the helper is still busy then, done here.
    pairDice: (job) => start<Float64Array>({ kind: 'pairDice', job }, articles, true, true),
  };
}

/**
 * Drops the prepared texts kept between briefs, on this thread and on the
 * helper if it runs (posted; nothing waits for it: the helper answers jobs
 * in order, so the next brief's jobs find its cache empty). Returns how many
 * were dropped here, and the function that gives the helper's count (tests).
 */
export function forgetKeptTexts(): { readonly here: number; readonly helper: (() => number) | undefined } {
  const here = clearPreparedTexts();
  return { here, helper: helper !== undefined && !helperBroken ? start<number>({ kind: 'forget' }, HELPER_MIN_ARTICLES) : undefined };
}
