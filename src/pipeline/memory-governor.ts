/**
 * Keeps a long ingest's memory near its live size. The live heap of a
 * streaming ingest is flat (about 140 MB after each full collection, from
 * the 20,000th record of a 250 MB file to the last), but V8 sizes its heap
 * from the machine's memory, not the program's needs, and let garbage reach
 * 580 MB before collecting it. Past a soft limit, this asks for a full
 * collection, at most once every `everyCalls` checks; when V8 offers no way
 * to ask (it always does in Node 20), it does nothing.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Resident size above which a full collection is asked for. */
export const SOFT_LIMIT_BYTES = 320 * 1024 * 1024;

let collect: (() => void) | null | undefined;

/** V8's full collection, made callable at run time (the --expose-gc flag, set after start). */
function collector(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    collect = typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    collect = null;
  }
  return collect;
}

export interface MemoryGovernor {
  /** Call once per record; cheap (reads the resident size every `everyCalls` calls). */
  check(): void;
  /** Full collections asked for so far. */
  readonly collections: number;
}

/**
 * @example const mem = createMemoryGovernor(); for (const ev of events) { mem.check(); … }
 */
export function createMemoryGovernor(softLimitBytes = SOFT_LIMIT_BYTES, everyCalls = 200): MemoryGovernor {
  let calls = 0;
  let collections = 0;
  return {
    check() {
      if (++calls % everyCalls !== 0) return;
      if (process.memoryUsage.rss() < softLimitBytes) return;
      const gc = collector();
      if (!gc) return;
      gc();
      collections++;
    },
    get collections() {
      return collections;
    },
  };
}
