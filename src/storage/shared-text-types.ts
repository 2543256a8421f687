/**
 * A large story's shared text kept between its briefs (the record
 * `keptRecord` packs, src/stages/provenance/kept-reuse.ts): written when the
 * story is briefed, read by its next brief, which then compares only the
 * pairs the record does not hold. One record per story, replaced each time;
 * a record is a cache (a brief without one computes everything), so a
 * failed write loses nothing.
 */
import type { StoryId } from '../core/ids.js';

export interface SharedTextStore {
  /** The story's record, or undefined when none is kept. */
  get(story: StoryId): Uint8Array | undefined;
  /** Replaces the story's record; records of stories that no longer exist (merged into another) go too. */
  put(story: StoryId, record: Uint8Array): void;
}
