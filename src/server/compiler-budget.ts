/**
 * V8's inlining budget for the service. A brief someone waits for is mostly
 * the first brief of its story: on the 100,000-article database about a third
 * of its CPU went to V8's optimising compiler (TurboFan) on its own threads,
 * compiling again what the warm-up had compiled for other data (the real
 * story's branches deoptimise code optimised without them). A compile's cost
 * grows with what it inlines, and the largest of the brief's functions inline
 * whole call trees (figure grouping, speaker names, name blocks: 50–130 ms of
 * compiler time each, per compile). Inlining at most a quarter of V8's default
 * cumulative budget (920 bytes of bytecode per compiled function) made those
 * compiles cheaper and the code no slower: the first brief of the stories
 * nearest 200 articles took 6–13 % less CPU over all threads, a brief built
 * again the same (within noise), and analysis per article the same or faster
 * (docs/BENCHMARKS.md, issue 14 sections). Process-wide (V8 flags are), set
 * once at the server's start, before its threads compile anything.
 */
import { setFlagsFromString } from 'node:v8';

/** Bytes of bytecode inlined at most into one optimised function (V8's default 920). */
export const INLINED_BYTECODE_BUDGET = 230;

/** The V8 flag that sets it. */
export const COMPILER_FLAG = `--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_BUDGET}`;

let tuned = false;

/** Sets the budget once per process (later calls do nothing). */
export function tuneCompiler(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString(COMPILER_FLAG);
}
