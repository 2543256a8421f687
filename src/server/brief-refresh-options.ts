/**
 * The background refresher's settings (brief-refresh.ts) and their defaults:
 * quiet time, polling, the share of a core, the deferral to reads, and how
 * many viewed and listed stories it follows.
 */

export interface RefreshOptions {
  /** How long a changed story must stay unchanged before it is briefed again (ms). */
  readonly quietMs?: number;
  /** How often changes are looked for (ms). */
  readonly pollMs?: number;
  /** Background briefs of stories this large (articles) are kept in the cache. */
  readonly keepFrom?: number;
  /** The share of one core the background may use, in (0, 1]. */
  readonly share?: number;
  /** Without a worker: the largest story (articles) briefed in the background. */
  readonly mainThreadMax?: number;
  /** How many of the largest stories are briefed right after start. */
  readonly prewarm?: number;
  /** Requests a second above which no background brief starts (0: never defer to reads). */
  readonly busyRps?: number;
  /** The longest a background brief is deferred to reads (ms). */
  readonly maxDeferMs?: number;
}

/** Requests a second above which background briefs wait (see brief-refresh.ts's comment). */
export const DEFAULT_BUSY_RPS = 100;
export const DEFAULTS: Required<RefreshOptions> = { quietMs: 3000, pollMs: 1000, keepFrom: 20, share: 0.5, mainThreadMax: 20, prewarm: 16, busyRps: DEFAULT_BUSY_RPS, maxDeferMs: 60_000 };
/** Viewed stories followed, and for how long after their last view. */
export const MAX_VIEWED = 200;
export const VIEW_TTL_MS = 6 * 3600_000;
/** Listed stories queued for their badges (the most recent ones), and the largest of them. */
export const MAX_LISTED = 200;
export const LIST_MAX_ARTICLES = 60;
/** Stories the store-wide pass reads at a time. */
export const BATCH = 64;
