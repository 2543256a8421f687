/**
 * The polite, safe fetcher: robots.txt, a per-host delay, redirects (each
 * target re-checked by the address guard and robots.txt), and retries with
 * exponential backoff on 429/5xx/network errors honouring Retry-After.
 * Every outcome is a value; nothing here throws for a bad URL or server.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { defaultPolicy, systemResolver, type AddressPolicy, type Resolver } from './address-guard.js';
import { createHostDelay, realSleep, type HostDelay } from './host-delay.js';
import { requestOnce, type FetchFailure, type RawResponse, type RequestLimits } from './request-once.js';
import { createRobotsCache, type RobotsCache } from './robots.js';
import { ROBOTS_TOKEN, USER_AGENT } from './user-agent.js';

export type { FetchFailure, FetchFailureReason } from './request-once.js';

export interface FetchSuccess {
  readonly ok: true;
  /** The URL finally answered, after redirects. */
  readonly url: string;
  readonly status: number;
  readonly contentType: string | undefined;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** Every URL redirected to, in order. */
  readonly redirects: readonly string[];
}

export type FetchOutcome = FetchSuccess | FetchFailure;

export interface FetchOptions {
  /** Permit loopback, private, link-local… addresses (local use only). */
  readonly allowPrivate: boolean;
  /** Overrides the address policy (tests; special deployments). */
  readonly isAllowed?: AddressPolicy;
  readonly resolve?: Resolver;
  readonly connectTimeoutMs: number;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /** Retries after the first attempt. */
  readonly retries: number;
  readonly backoffMs: number;
  /** A Retry-After longer than this gives up instead of waiting. */
  readonly maxRetryAfterMs: number;
  /** Minimum gap between requests to one host. */
  readonly delayMs: number;
  readonly robots: boolean;
  readonly userAgent: string;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Defaults. 30 s total / 10 s connect covers slow news sites without hanging
 * a batch; 10 MB is far above any article page; 1 s between requests to one
 * host is the common courtesy for crawlers.
 */
export const FETCH_DEFAULTS: FetchOptions = Object.freeze({
  allowPrivate: false,
  connectTimeoutMs: 10_000,
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 1000,
  maxRetryAfterMs: 60_000,
  delayMs: 1000,
  robots: true,
  userAgent: USER_AGENT,
});

/** Validators from an earlier answer: the server may reply 304 Not Modified (a success with an empty body). */
export interface Conditional {
  readonly etag?: string;
  readonly lastModified?: string;
}

export interface Fetcher {
  fetch(url: string, conditional?: Conditional): Promise<FetchOutcome>;
}

function conditionalHeaders(c: Conditional | undefined): Record<string, string> {
  const h: Record<string, string> = {};
  if (c?.etag) h['if-none-match'] = c.etag;
  if (c?.lastModified) h['if-modified-since'] = c.lastModified;
  return h;
}

const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);

/** Retry-After as milliseconds (seconds or an HTTP date), if present and sane. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function failure(url: string, reason: FetchFailure['reason'], message: string, status?: number): FetchFailure {
  return status === undefined ? { ok: false, reason, url, message } : { ok: false, reason, url, status, message };
}

/**
 * A fetcher with its own robots.txt cache and per-host clock.
 * @example await createFetcher({ allowPrivate: true }).fetch('http://127.0.0.1:8080/a.html') // { ok: true, status: 200, body, … }
 */
export function createFetcher(options: Partial<FetchOptions> = {}): Fetcher {
  const o: FetchOptions = { ...FETCH_DEFAULTS, ...options };
  const now = o.now ?? Date.now;
  const sleep = o.sleep ?? realSleep;
  const limits: RequestLimits = {
    connectTimeoutMs: o.connectTimeoutMs,
    timeoutMs: o.timeoutMs,
    maxBytes: o.maxBytes,
    userAgent: o.userAgent,
    guard: { resolve: o.resolve ?? systemResolver, isAllowed: o.isAllowed ?? defaultPolicy(o.allowPrivate) },
  };
  const delay: HostDelay = createHostDelay({ delayMs: o.delayMs, now, sleep });

  /** One URL with retries; 3xx comes back as is. */
  async function withRetries(url: URL, crawlDelayMs: number | undefined, headers: Record<string, string>): Promise<RawResponse | FetchFailure> {
    for (let attempt = 0; ; attempt++) {
      await delay.wait(url.host, crawlDelayMs);
      const res = await requestOnce(url, limits, headers);
      const retryable = res.ok ? RETRY_STATUS.has(res.status) : res.reason === 'network';
      if (!retryable || attempt >= o.retries) return res;
      const header = res.ok ? res.headers['retry-after'] : undefined;
      const asked = retryAfterMs(Array.isArray(header) ? header[0] : header, now());
      if (asked !== undefined && asked > o.maxRetryAfterMs) return res;
      await sleep(asked ?? o.backoffMs * 2 ** attempt);
    }
  }

  async function follow(start: string, robots: RobotsCache | undefined, conditional?: Conditional): Promise<FetchOutcome> {
    const headers = conditionalHeaders(conditional);
    let current: URL;
    try {
      current = new URL(start);
    } catch {
      return failure(start, 'invalid-url', 'not a valid URL');
    }
    const redirects: string[] = [];
    for (;;) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        return failure(current.href, 'unsupported-scheme', `only http and https are fetched (got ${current.protocol})`);
      }
      const verdict = robots ? await robots.check(current) : undefined;
      if (verdict && !verdict.allowed) return failure(current.href, verdict.unreachable ? 'network' : 'robots', verdict.message ?? 'disallowed by robots.txt');
      const res = await withRetries(current, verdict?.crawlDelayMs, headers);
      if (!res.ok) return res;
      if (res.status === 304 && Object.keys(headers).length > 0) {
        return { ok: true, url: current.href, status: 304, contentType: undefined, headers: res.headers, body: res.body, redirects };
      }
      const location = res.headers.location;
      if (res.status >= 300 && res.status < 400 && location) {
        if (redirects.length >= o.maxRedirects) {
          return failure(current.href, 'too-many-redirects', `more than ${o.maxRedirects} redirects`, res.status);
        }
        try {
          current = new URL(location, current);
        } catch {
          return failure(current.href, 'invalid-url', `redirect to an invalid URL: ${location}`, res.status);
        }
        redirects.push(current.href);
        continue;
      }
      if (res.status < 200 || res.status >= 300) return failure(current.href, 'http-status', `HTTP ${res.status}`, res.status);
      const type = res.headers['content-type'];
      return { ok: true, url: current.href, status: res.status, contentType: type, headers: res.headers, body: res.body, redirects };
    }
  }

  const robots = o.robots
    ? createRobotsCache(async (url) => {
      const r = await follow(url, undefined);
      return r.ok ? { ok: true, status: r.status, text: r.body.toString('utf8') } : r;
    }, ROBOTS_TOKEN)
    : undefined;

  return { fetch: (url, conditional) => follow(url, robots, conditional) };
}
