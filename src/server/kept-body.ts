/**
 * A kept JSON answer ready to send as it is: its bytes, its ETag and, for
 * clients that accept it, the same bytes gzipped once. The story list's
 * pages and the search answers are kept per snapshot (read-snapshot.ts)
 * and asked thousands of times a second under load; serialising a search
 * answer (20 hits with snippets, three facet lists) for every request, and
 * sending 10–20 KB uncompressed that the client then parses, was most of
 * what a kept answer cost. Now the serialiser runs once per kept answer and
 * the gzip once per kept answer asked with gzip.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Smaller bodies are sent as they are: compressing them saves less than it costs. */
export const GZIP_FROM = 1024;

const JSON_TYPE = 'application/json; charset=utf-8';

export function acceptsGzip(header: string | undefined): boolean {
  return header !== undefined && /(?:^|,)\s*gzip\s*(?:;\s*q=(?!0(?:\.0*)?\s*(?:,|$))[\d.]+)?\s*(?:,|$)/i.test(header);
}

/**
 * Whether an If-None-Match header names `tag` (or is `*`): the weak
 * comparison RFC 9110 asks for, so W/ prefixes are ignored.
 */
export function ifNoneMatch(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false;
  const bare = tag.replace(/^W\//, '');
  return header.split(',').some((t) => {
    const x = t.trim();
    return x === '*' || x.replace(/^W\//, '') === bare;
  });
}

/** A 304 with the tag (and no body) when the client's copy is current; false to send the body. */
export function notModified(reply: FastifyReply, header: string | undefined, tag: string): boolean {
  reply.header('ETag', tag);
  if (!ifNoneMatch(header, tag)) return false;
  void reply.code(304).send();
  return true;
}

/**
 * The header telling a client how old, in ms, the database snapshot of a kept
 * answer (a search answer, a story list page) is: it reflects every article
 * stored before then (docs/API.md, Freshness).
 */
export const DATA_AGE_HEADER = 'X-Parallax-Data-Age-Ms';

/** Sets DATA_AGE_HEADER from the snapshot's time `asOf` (nothing when unknown). */
export function dataAge(reply: FastifyReply, now: number, asOf: number | undefined): void {
  if (asOf !== undefined && Number.isFinite(asOf)) reply.header(DATA_AGE_HEADER, String(Math.max(0, Math.round(now - asOf))));
}

/** The gzipped representation's tag: another representation, another tag ("x" → "x-gz"). */
export function gzipTag(tag: string): string {
  return `${tag.slice(0, -1)}-gz"`;
}

export class KeptBody {
  readonly body: Buffer;
  readonly tag: string;
  private zipped: Buffer | undefined;

  /**
   * @param text the answer as the route's serialiser wrote it
   * @param tag its ETag (quoted); absent: one from a hash of the bytes, so an answer that did not change keeps its tag across snapshots
   */
  constructor(text: string, tag?: string) {
    this.body = Buffer.from(text, 'utf8');
    this.tag = tag ?? `"h${createHash('sha256').update(this.body).digest('base64url').slice(0, 22)}"`;
  }

  /** The bytes gzipped, made on the first call (a kept answer is small: a millisecond at most). */
  gzip(): Buffer {
    return (this.zipped ??= gzipSync(this.body, { level: 6 }));
  }

  /** The bytes kept with the answer: what it holds in memory. */
  weight(): number {
    return this.body.length + (this.zipped?.length ?? 0);
  }
}

/**
 * Sends a kept answer: gzipped when the client accepts it and the body is
 * large enough, 304 when the client's If-None-Match names the tag of the
 * representation it would get.
 */
export function sendKept(req: FastifyRequest, reply: FastifyReply, kept: KeptBody): FastifyReply {
  const gzip = kept.body.length >= GZIP_FROM && acceptsGzip(req.headers['accept-encoding']);
  reply.type(JSON_TYPE).header('Vary', 'Accept-Encoding');
  if (notModified(reply, req.headers['if-none-match'], gzip ? gzipTag(kept.tag) : kept.tag)) return reply;
  if (!gzip) return reply.send(kept.body);
  return reply.header('Content-Encoding', 'gzip').send(kept.gzip());
}
