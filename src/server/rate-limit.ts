/**
 * Rate limits: a token bucket per client, the client being the bearer token
 * when one is sent (so clients behind one address do not share a limit) and
 * the remote address otherwise. A request over the limit is a 429 with
 * Retry-After (whole seconds until a request would pass). Buckets idle long
 * enough to be full again are forgotten, so memory follows the clients
 * active in the last minute, not every address ever seen.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from './errors.js';

export interface RateLimitOptions {
  /** Sustained requests per second per client; 0 turns limiting off. */
  readonly perSecond: number;
  /** Requests a client may make at once after a quiet spell. */
  readonly burst: number;
}

export const RATE_LIMIT_DEFAULTS: RateLimitOptions = Object.freeze({ perSecond: 50, burst: 200 });

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = 0;

  constructor(
    readonly opts: RateLimitOptions,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** 0 when the request may go on, else the seconds to wait. */
  take(key: string): number {
    if (this.opts.perSecond <= 0) return 0;
    const t = this.now();
    this.sweep(t);
    const b = this.buckets.get(key) ?? { tokens: this.opts.burst, at: t };
    b.tokens = Math.min(this.opts.burst, b.tokens + ((t - b.at) / 1000) * this.opts.perSecond);
    b.at = t;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.opts.perSecond));
  }

  private sweep(t: number): void {
    const full = (this.opts.burst / this.opts.perSecond) * 1000;
    if (t - this.lastSweep < Math.max(10_000, full)) return;
    this.lastSweep = t;
    for (const [k, b] of this.buckets) if (t - b.at >= full) this.buckets.delete(k);
  }

  get clients(): number {
    return this.buckets.size;
  }
}

/** Whom a request is counted against: its token's hash, or its address. */
export function clientKey(req: FastifyRequest): string {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return m ? `t:${createHash('sha256').update(m[1]!).digest('hex').slice(0, 32)}` : `ip:${req.ip}`;
}

/** A Fastify onRequest hook: 429 with Retry-After over the limit (before the token is checked, so guessing tokens is limited too). */
export function rateLimitHook(limiter: RateLimiter, onLimited?: () => void) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    // Limiting off: not even the client's key is worked out.
    if (limiter.opts.perSecond <= 0) return;
    const wait = limiter.take(clientKey(req));
    if (wait === 0) return;
    onLimited?.();
    reply.header('Retry-After', String(wait));
    await reply.code(429).send(errorBody(429, `too many requests: at most ${limiter.opts.perSecond} per second per client; retry in ${wait} s`));
  };
}

