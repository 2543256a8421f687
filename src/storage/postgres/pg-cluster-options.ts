/**
 * What PgClusterStore is opened with and what it refuses. Only one process
 * may assign at a time (the writer lock); as a guard, each write checks, on
 * the locked counters row, that the stored article count is the one this
 * memory was built on, and refuses to write over another process's
 * assignments (ClusterStateStale) instead of corrupting them. A state built
 * with other clusterer parameters is refused when opened
 * (PgClusterParamsMismatch).
 */

export const DF_FOLD_EVERY = 2000;

/** The stored state was built with other parameters. */
export class PgClusterParamsMismatch extends Error {}
/** Another process assigned articles since this state was loaded. */
export class ClusterStateStale extends Error {}

export interface PgClusterOptions {
  readonly dfFoldEvery?: number;
}
