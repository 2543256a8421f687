/**
 * A cached brief and its formats (JSON, Markdown, HTML), each rendered once per
 * story version and gzipped on first use: a large story's JSON brief runs to
 * megabytes and compresses about tenfold, so compressing once per version
 * rather than per request is what keeps a cached brief cheap to serve. The
 * gzip is made on the event loop (`gzip`) or in libuv's thread pool
 * (`gzipped`), and its bytes are weighed against the cache's budget through
 * the `weigh` callback (brief-cache.ts).
 */
import { gzip as gzipAsync, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import type { StoryBrief } from '../core/brief.js';

export type BriefFormat = 'json' | 'md' | 'html';

/** A cached brief at one story version with the formats rendered from it so far. */
export interface Entry {
  readonly version: number;
  readonly brief: StoryBrief;
  readonly rendered: Partial<Record<BriefFormat, Rendered>>;
  /** What the entry weighs against the budget (grows as formats are rendered and gzipped). */
  bytes: number;
}

export interface Rendered {
  /**
   * The rendering as text. A worker's JSON rendering arrives as UTF-8 bytes and is decoded on first
   * read: a background brief of a story of thousands of articles renders to tens of megabytes, which
   * the server thread decoded on arrival (94 ms for 22.7 MB) whether or not anyone asked for it.
   */
  readonly text: string;
  /** Its length in bytes or characters (what it weighs against the budget), known without decoding. */
  readonly size: number;
  /** The story version it was built at: with the format, what an ETag names. */
  readonly version: number;
  /** The text gzipped (made on first call, then kept with the text). */
  gzip(): Buffer;
  /**
   * As `gzip`, compressed in libuv's thread pool: a 4 MB brief takes tens of
   * milliseconds to gzip, which on the event loop every other request waits for.
   */
  gzipped(): Promise<Buffer>;
}

const gzipLater = promisify(gzipAsync);

const utf8 = new TextDecoder();

export function rendered(source: string | Uint8Array, version: number, weigh: (bytes: number) => void, gzipped?: Buffer): Rendered {
  let text = typeof source === 'string' ? source : undefined;
  // Until decoded, the bytes (also what gzip reads: no decoding for a client that takes gzip); then the text alone.
  let bytes = typeof source === 'string' ? undefined : source;
  const size = typeof source === 'string' ? source.length : source.byteLength;
  let zipped: Buffer | undefined = gzipped;
  if (gzipped !== undefined) weigh(gzipped.length);
  let pending: Promise<Buffer> | undefined;
  const keep = (b: Buffer): Buffer => {
    if (zipped === undefined) {
      zipped = b;
      weigh(b.length);
    }
    return zipped;
  };
  return {
    get text(): string {
      if (text === undefined) {
        text = utf8.decode(bytes);
        bytes = undefined;
      }
      return text;
    },
    size,
    version,
    gzip: () => zipped ?? keep(gzipSync(bytes ?? text!, { level: 6 })),
    gzipped: () => (zipped !== undefined ? Promise.resolve(zipped) : (pending ??= gzipLater(bytes ?? text!, { level: 6 }).then(keep))),
  };
}

/** A brief being built (brief-cache.ts): two requests for one story share it; its JSON rendering once posted, and the entry it became. */
export interface BuildSlot {
  version: number;
  keep: boolean;
  asked: boolean;
  done: Promise<Entry | undefined>;
  page?: Rendered;
  /** Gzipped bytes of `page` made before the entry existed. */
  gzipBytes: number;
  entry?: Entry;
}

/**
 * The cache entry of a brief just built, weighing `objectBytesPerJsonByte`
 * times its JSON plus its renderings: its brief read on first use (a worker's
 * is parsed then: only a format other than the worker's JSON, or the brief
 * itself, needs it), the worker's JSON rendering kept as its JSON format
 * (`page` when it was already answered with, so its gzip is made once);
 * `weigh` is told the bytes of gzips made later.
 */
export function entryOf(
  b: { readonly brief: StoryBrief; readonly version: number; readonly bytes: number; readonly rendered?: { readonly page: string | Uint8Array } },
  objectBytesPerJsonByte: number,
  weigh: (bytes: number) => void,
  page?: Rendered,
): Entry {
  const entry: Entry = {
    version: b.version,
    get brief(): StoryBrief {
      return b.brief;
    },
    rendered: {},
    bytes: objectBytesPerJsonByte * b.bytes,
  };
  if (b.rendered !== undefined) {
    const json = page ?? rendered(b.rendered.page, b.version, weigh);
    entry.bytes += json.size;
    entry.rendered.json = json;
  }
  return entry;
}
