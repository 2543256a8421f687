/**
 * The `sources` table's row as both backends read it (the same columns in
 * SQLite and PostgreSQL), and its conversion to a SourceRecord.
 */
import type { SourceRecord } from './source-types.js';

export interface SourceRow {
  id: string;
  kind: SourceRecord['kind'];
  url: string;
  created_at: string;
  etag: string | null;
  last_modified: string | null;
  next_poll_at: string;
  interval_sec: number;
  failures: number;
  last_poll_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  items_seen: number;
  /** 0 or 1 (an integer in both backends, so the row reads the same). */
  follow_links: number;
}

export function sourceOf(r: SourceRow): SourceRecord {
  return {
    id: r.id,
    kind: r.kind,
    url: r.url,
    createdAt: r.created_at,
    nextPollAt: r.next_poll_at,
    intervalSec: r.interval_sec,
    failures: r.failures,
    itemsSeen: r.items_seen,
    ...(r.etag !== null ? { etag: r.etag } : {}),
    ...(r.last_modified !== null ? { lastModified: r.last_modified } : {}),
    ...(r.last_poll_at !== null ? { lastPollAt: r.last_poll_at } : {}),
    ...(r.last_success_at !== null ? { lastSuccessAt: r.last_success_at } : {}),
    ...(r.last_error !== null ? { lastError: r.last_error } : {}),
    ...(r.last_error_at !== null ? { lastErrorAt: r.last_error_at } : {}),
    ...(Number(r.follow_links) === 1 ? { followLinks: true } : {}),
  };
}
