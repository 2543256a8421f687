/**
 * The brief thread's side (brief-worker.ts is the server thread's): opens
 * its own connection to the database, says its Linux thread id (and, for
 * the background lane, takes the idle scheduling class), then answers one
 * brief at a time: sets its nice value, builds the brief, records its
 * provenance and keeps its shared text (a large story's next brief compares
 * only new pairs), renders the JSON brief, and posts it as transferred
 * bytes (brief-lane.ts `WireBuilt`). A warm-up request does all of it but
 * the recording and the posting; the synthetic warm-up story's (WARM_STORY_ID)
 * is built from its own in-memory store; a warm-up pass over a stored story
 * (`forget`) then drops the texts it prepared, keeping only compiled code.
 */
import { getPriority, setPriority } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { StoryId } from '../core/ids.js';
import type { Store } from '../storage/store.js';
import { HELLO, type LaneReply, type LaneRequest, type WireBuilt } from './brief-lane.js';

/** This module's URL: what the lanes start their threads with. */
export const BRIEF_THREAD_URL = import.meta.url;

if (!isMainThread && (workerData as { role?: string } | null)?.role === 'parallax-brief-worker') {
  const { createStore } = await import('../storage/create-store.js');
  const { buildBrief, buildBriefKeeping, keepSharedText } = await import('../pipeline/build-briefs.js');
  const { forgetKeptTexts } = await import('../pipeline/brief-helper.js');
  const { recordProvenance } = await import('./brief-provenance.js');
  const { getHeapStatistics } = await import('node:v8');
  const { renderJson } = await import('../stages/brief/index.js');
  const { badgesOf } = await import('../stages/brief/badges.js');
  const utf8 = new TextEncoder();
  const { readlinkSync } = await import('node:fs');
  // This thread's Linux id ("PID/task/TID"): the server reads its CPU and may raise its priority to stop it.
  let tid: number | undefined;
  try {
    tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    tid = undefined;
  }
  // The background thread takes Linux's idle scheduling class (SCHED_IDLE, `chrt --idle`; allowed without privilege,
  // and inherited by the helper thread it starts): it then runs only on a core nothing else wants, where at nice 19 it
  // still took 0.7–1 s of CPU during a 3 s brief someone waited for on a nearly quiet machine (docs/BENCHMARKS.md).
  let idle = false;
  if ((workerData as { idle?: boolean }).idle === true && tid !== undefined) {
    const { execFileSync } = await import('node:child_process');
    try {
      execFileSync('chrt', ['--idle', '--pid', '0', String(tid)], { stdio: 'ignore', timeout: 5000 });
      idle = true;
    } catch {
      // No chrt (util-linux) or not Linux: nice 19 alone.
    }
  }
  if (tid !== undefined) parentPort!.postMessage({ n: HELLO, tid, idle } satisfies LaneReply);
  const store = createStore({ type: 'sqlite', file: (workerData as { file: string }).file });
  // The synthetic warm-up story (warm-story.ts), each pass drawn anew (another seed: other texts, so a pass prepares
  // its texts afresh as a new story's brief does, rather than finding them kept from the pass before) in a store of
  // this thread's own, dropped after the pass.
  const { WARM_STORY_ID, storeWarmStory } = await import('./warm-story.js');
  let warmPasses = 0;
  const storeFor = (req: LaneRequest): Store => {
    if (req.warm !== true || req.id !== WARM_STORY_ID) return store;
    const own = createStore({ type: 'memory' });
    storeWarmStory(own, req.articles, ++warmPasses);
    // The record its brief would have kept before its last three articles arrived: the pass finds a story's
    // whole shared text (for the record) and then takes the path of a story that grew since its last brief.
    keepSharedText(own, WARM_STORY_ID, 3);
    return own;
  };
  parentPort!.on('message', (req: LaneRequest) => {
    // pid 0: this thread (Linux keeps a nice value per thread).
    try {
      if (getPriority(0) !== req.nice) setPriority(0, req.nice);
    } catch {
      // Raising is refused (not privileged): the lane starts a fresh thread. Lowering failing is harmless.
      if (req.nice < getPriority(0)) {
        parentPort!.postMessage({ n: req.n, renice: false } satisfies LaneReply);
        return;
      }
    }
    let reply: LaneReply;
    let from: Store | undefined;
    let keep: (() => boolean) | undefined;
    try {
      from = storeFor(req);
      const summary = from.storySummary(req.id as StoryId);
      // A warm-up pass over a stored story neither reads nor keeps the database's shared-text record; the synthetic
      // story's pass reads the record storeFor kept in its own store.
      const kept = summary === undefined || (req.warm === true && from === store) ? undefined : buildBriefKeeping(from, req.id as StoryId);
      const brief = summary === undefined ? undefined : (kept?.brief ?? buildBrief(from, req.id as StoryId));
      if (summary === undefined || brief === undefined) reply = { n: req.n };
      else {
        // Rendered here, not on the server's event loop (brief-lane.ts WireBuilt); a warm-up does it too (compiled).
        // The rendering is posted first: a reader waiting for the JSON brief is answered while the brief itself is
        // stringified (6.5 MB for 201 articles: 35 ms on a quiet machine, 60-150 ms under load).
        const page = utf8.encode(renderJson(brief));
        if (req.warm !== true) parentPort!.postMessage({ n: req.n, page, version: summary.updatedSeq } satisfies LaneReply, [page.buffer as ArrayBuffer]);
        const built: WireBuilt = { version: summary.updatedSeq, json: utf8.encode(JSON.stringify(brief)), badges: badgesOf(brief) };
        if (req.warm === true) {
          reply = { n: req.n, warmArticles: brief.articles.length };
          // The synthetic story's record, packed and kept in its own store (compiled as a real brief's is).
          kept?.keep();
        }
        else {
          recordProvenance(store, req.id as StoryId, summary.updatedSeq, brief);
          // After the brief is posted: packing the record (~20 ms for 200 articles) delays no one.
          keep = kept?.keep;
          reply = { n: req.n, built };
        }
      }
    } catch (err) {
      reply = { n: req.n, error: err instanceof Error ? err.stack ?? err.message : String(err) };
    } finally {
      if (from !== store) from?.close();
      // A warm-up pass over a stored story leaves only compiled code: its prepared texts go (here and in the helper).
      if (req.forget === true) forgetKeptTexts();
    }
    const b = reply.built;
    parentPort!.postMessage({ ...reply, heapBytes: getHeapStatistics().total_heap_size, nice: getPriority(0), ...(tid !== undefined ? { tid } : {}) }, b === undefined ? [] : [b.json.buffer as ArrayBuffer]);
    try {
      keep?.();
    } catch {
      // A record that cannot be packed is a cache missed: the next brief computes its shared text anew.
    }
  });
}

