/**
 * What the job queue holds and reports: a job, a done job's outcome, its
 * staged articles and their places in the stream, and the queue's counts.
 */
import type { Analysis, CleanArticle } from '../../core/types.js';

export type JobKind = 'raw' | 'source';

export interface QueueJob {
  readonly pos: number;
  readonly chunk: number;
  readonly kind: JobKind;
  readonly payload: string;
  readonly attempts: number;
}

/** A cleaned, analysed article of a done job, waiting for its story. */
export interface StagedArticle {
  readonly idx: number;
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly published: string | null;
  readonly entities: readonly string[];
  /** Its clustering features as staged by the worker (pg-queue-features.ts); null when it staged none. */
  readonly features: Buffer | null;
}

/** A staged article's place, and the story it is stored with. */
export interface StagedPlace {
  readonly pos: number;
  readonly idx: number;
}

export interface JobOutcome {
  readonly articles: readonly {
    readonly article: CleanArticle;
    readonly analysis: Analysis;
    /** Its clustering features, encoded (pg-queue-features.ts), when the worker computed them. */
    readonly features?: Buffer;
  }[];
  readonly duplicates: number;
  readonly rejected: number;
  readonly error?: string;
}

export interface QueueCounts {
  readonly pending: number;
  readonly running: number;
  readonly done: number;
  readonly assigned: number;
  readonly added: number;
  readonly duplicates: number;
  readonly rejected: number;
  readonly failed: number;
}
