/**
 * The clusterer's story rows as both backends read them (the same columns in
 * SQLite and PostgreSQL), its counters, and a row's conversion to the
 * clusterer's StoryCore.
 */
import type { StoryCore } from '../stages/cluster/cluster-store.js';

export interface StoryRow {
  id: string;
  seq: number;
  size: number;
  first_day: number | null;
  last_day: number | null;
  last_ord: number;
  centroid: string;
  recent: string | null;
}

export interface Counters {
  docCount: number;
  nextSeq: number;
  clockDay?: number;
}

export function toCore(r: StoryRow): StoryCore {
  return {
    id: r.id,
    seq: r.seq,
    centroid: JSON.parse(r.centroid) as Record<string, number>,
    ...(r.recent !== null ? { recent: JSON.parse(r.recent) as Record<string, number>[] } : {}),
    ...(r.first_day !== null && r.last_day !== null ? { firstDay: r.first_day, lastDay: r.last_day } : {}),
    lastOrd: r.last_ord,
    size: r.size,
  };
}
