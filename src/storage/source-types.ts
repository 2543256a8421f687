/**
 * Watched sources of `parallax serve`: what is stored per source (where it
 * is, the validators of its last answer, when to poll it next, its health)
 * and the files a folder source has already ingested.
 */
/** feed: RSS/Atom; folder: a watched directory; sitemap: a (news) sitemap or sitemap index; urls: a plain list of page URLs. */
export type SourceKind = 'feed' | 'folder' | 'sitemap' | 'urls';

export interface SourceRecord {
  readonly id: string;
  readonly kind: SourceKind;
  /** A feed's, sitemap's or URL list's URL, or a folder's absolute path. */
  readonly url: string;
  readonly createdAt: string;
  /** Validators from the last 200 answer, sent back as If-None-Match / If-Modified-Since. */
  readonly etag?: string;
  readonly lastModified?: string;
  /** ISO time the scheduler polls this source next. */
  readonly nextPollAt: string;
  /** Current polling interval in seconds (adapts to how often the source publishes). */
  readonly intervalSec: number;
  /** Errors in a row; the backoff doubles with each. */
  readonly failures: number;
  readonly lastPollAt?: string;
  readonly lastSuccessAt?: string;
  readonly lastError?: string;
  readonly lastErrorAt?: string;
  /** Articles this source has added (items already stored not counted). */
  readonly itemsSeen: number;
  /** A feed whose items' linked pages are fetched and extracted instead of the feed's own text (absent: false). */
  readonly followLinks?: boolean;
}

/** What a poll changes: everything but identity. */
export type SourceUpdate = Omit<SourceRecord, 'id' | 'kind' | 'url' | 'createdAt' | 'followLinks'>;

/** The store's part for sources (a `Store` hands it out). */
export interface SourceStore {
  /** False when a source with that URL or path exists already. */
  add(s: SourceRecord): boolean;
  get(id: string): SourceRecord | undefined;
  byUrl(url: string): SourceRecord | undefined;
  list(): SourceRecord[];
  update(id: string, u: SourceUpdate): void;
  /** False when there was no such source. */
  remove(id: string): boolean;
  /**
   * Whether a folder source has ingested this file (same path, size and mtime) already; a sitemap, a URL list
   * or a feed following its links marks its pages' URLs with size and mtime 0.
   */
  fileSeen(sourceId: string, path: string, size: number, mtimeMs: number): boolean;
  markFile(sourceId: string, path: string, size: number, mtimeMs: number): void;
}
