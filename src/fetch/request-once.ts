/**
 * One HTTP GET, no redirects or retries: the guarded connection, the connect
 * and total timeouts, and the response size limit (counted after
 * decompression, so a small gzip bomb is stopped too).
 */
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Socket } from 'node:net';
import zlib from 'node:zlib';
import type { Transform } from 'node:stream';
import { BlockedAddressError, guardedLookup, refusal, type AddressGuard } from './address-guard.js';

export type FetchFailureReason =
  | 'invalid-url' | 'unsupported-scheme' | 'blocked-address' | 'robots' | 'too-large'
  | 'timeout' | 'too-many-redirects' | 'http-status' | 'network';

export interface FetchFailure {
  readonly ok: false;
  readonly reason: FetchFailureReason;
  readonly url: string;
  readonly status?: number;
  readonly message: string;
}

/** A response: the body is read only for 2xx statuses. */
export interface RawResponse {
  readonly ok: true;
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface RequestLimits {
  readonly connectTimeoutMs: number;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly userAgent: string;
  readonly guard: AddressGuard;
}

function decoderFor(encoding: string | undefined): Transform | undefined {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip': case 'x-gzip': return zlib.createGunzip();
    case 'deflate': return zlib.createInflate();
    case 'br': return zlib.createBrotliDecompress();
    default: return undefined;
  }
}

/**
 * GETs `url` once. Never rejects: every failure is a FetchFailure.
 * @example await requestOnce(new URL('http://127.0.0.1:8080/'), limits) // { ok: true, status: 200, headers, body }
 */
export function requestOnce(url: URL, limits: RequestLimits, extraHeaders: Readonly<Record<string, string>> = {}): Promise<RawResponse | FetchFailure> {
  const href = url.href;
  const fail = (reason: FetchFailureReason, message: string, status?: number): FetchFailure =>
    status === undefined ? { ok: false, reason, url: href, message } : { ok: false, reason, url: href, status, message };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An IP literal never goes through `lookup`, so it is checked here first.
  if (isIP(host)) {
    const why = refusal(limits.guard, host, host);
    if (why) return Promise.resolve(fail('blocked-address', `refused: ${why}`));
  }
  return new Promise((resolve) => {
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (r: RawResponse | FetchFailure): void => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      req.destroy();
      resolve(r);
    };
    const checkPeer = (socket: Socket): boolean => {
      const peer = socket.remoteAddress;
      const why = peer === undefined ? undefined : refusal(limits.guard, peer, host);
      if (why) finish(fail('blocked-address', `refused: ${why}`));
      return why === undefined;
    };
    const mod = url.protocol === 'https:' ? https : http;
    const req = mod.request(url, {
      method: 'GET',
      agent: false,
      lookup: guardedLookup(limits.guard) as unknown as http.RequestOptions['lookup'],
      headers: {
        'user-agent': limits.userAgent,
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
        // Conditional-request validators (If-None-Match, If-Modified-Since) from a poller.
        ...extraHeaders,
      },
    });
    timers.push(setTimeout(() => finish(fail('timeout', `no connection within ${limits.connectTimeoutMs} ms`)), limits.connectTimeoutMs));
    timers.push(setTimeout(() => finish(fail('timeout', `no complete response within ${limits.timeoutMs} ms`)), limits.timeoutMs));
    req.on('socket', (socket: Socket) => {
      socket.once('connect', () => {
        clearTimeout(timers[0]);
        checkPeer(socket);
      });
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err instanceof BlockedAddressError) finish(fail('blocked-address', `refused: ${err.message}`));
      else finish(fail('network', err.code ? `${err.code}: ${err.message}` : err.message));
    });
    req.on('response', (res) => {
      // Re-checked here too: a reused or proxied socket never fired 'connect' for us.
      if (!checkPeer(res.socket)) return;
      clearTimeout(timers[0]);
      const status = res.statusCode ?? 0;
      if (status < 200 || status >= 300) {
        res.resume();
        return finish({ ok: true, status, headers: res.headers, body: Buffer.alloc(0) });
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        return finish(fail('too-large', `response of ${declared} bytes is over the limit of ${limits.maxBytes}`, status));
      }
      const decoder = decoderFor(res.headers['content-encoding']);
      const stream = decoder ? res.pipe(decoder) : res;
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBytes) {
          decoder?.destroy();
          finish(fail('too-large', `response over the limit of ${limits.maxBytes} bytes; download stopped`, status));
        } else chunks.push(chunk);
      });
      stream.on('end', () => finish({ ok: true, status, headers: res.headers, body: Buffer.concat(chunks) }));
      stream.on('error', (err: Error) => finish(fail('network', `bad response body: ${err.message}`, status)));
      res.on('error', (err: Error) => finish(fail('network', `connection broke during the response: ${err.message}`, status)));
    });
    req.end();
  });
}
