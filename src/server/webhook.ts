/**
 * One signed webhook POST: JSON, `X-Parallax-Signature: sha256=<hex
 * HMAC-SHA256 of the body>` keyed with the alert's secret, through the same
 * address guard as every fetch (loopback and private networks refused unless
 * `--allow-private`; checked on the address the connection actually goes
 * to), no redirects, a total timeout. Never rejects: the outcome says
 * whether to retry.
 */
import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { isIP, type Socket } from 'node:net';
import { BlockedAddressError, defaultPolicy, guardedLookup, refusal, systemResolver, type AddressGuard } from '../fetch/address-guard.js';
import { USER_AGENT } from '../fetch/user-agent.js';

export type WebhookOutcome =
  | { readonly ok: true; readonly status: number }
  /** `retry`: worth another attempt later (5xx, 408, 429, network, timeout). */
  | { readonly ok: false; readonly retry: boolean; readonly status?: number; readonly error: string };

export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export function webhookGuard(allowPrivate: boolean): AddressGuard {
  return { resolve: systemResolver, isAllowed: defaultPolicy(allowPrivate) };
}

/** Why a webhook URL cannot be used at all (checked when the alert is created), or undefined. */
export function webhookUrlProblem(url: string, guard: AddressGuard): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `not a valid URL: ${url}`;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `must be http or https (got ${u.protocol})`;
  if (u.username !== '' || u.password !== '') return 'must not carry a user name or password';
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const why = refusal(guard, host, host);
    if (why) return `refused: ${why} (serve --allow-private lifts this)`;
  }
  return undefined;
}

export interface PostOptions {
  readonly guard: AddressGuard;
  readonly timeoutMs: number;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * @example await postWebhook('https://hooks.example/x', '{"a":1}', 'secret', { guard, timeoutMs: 10_000 })
 */
export function postWebhook(url: string, body: string, secret: string, opts: PostOptions): Promise<WebhookOutcome> {
  const problem = webhookUrlProblem(url, opts.guard);
  if (problem !== undefined) return Promise.resolve({ ok: false, retry: false, error: problem });
  const u = new URL(url);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    let settled = false;
    const finish = (o: WebhookOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(o);
    };
    const mod = u.protocol === 'https:' ? https : http;
    const req = mod.request(u, {
      method: 'POST',
      lookup: guardedLookup(opts.guard) as never,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'user-agent': USER_AGENT,
        'x-parallax-signature': signature(secret, body),
        ...opts.headers,
      },
    });
    const timer = setTimeout(() => finish({ ok: false, retry: true, error: `no answer within ${opts.timeoutMs} ms` }), opts.timeoutMs);
    req.on('socket', (socket: Socket) => {
      const check = (): void => {
        const peer = socket.remoteAddress;
        const why = peer === undefined ? undefined : refusal(opts.guard, peer, host);
        if (why) finish({ ok: false, retry: false, error: `refused: ${why}` });
      };
      if (socket.remoteAddress !== undefined) check();
      else socket.once('connect', check);
    });
    req.on('error', (err) => {
      if (err instanceof BlockedAddressError) finish({ ok: false, retry: false, error: `refused: ${err.message}` });
      else finish({ ok: false, retry: true, error: `${(err as NodeJS.ErrnoException).code ?? 'network'}: ${err.message}` });
    });
    req.on('response', (res) => {
      // The answer's body is not needed; read and dropped so the socket is freed.
      res.resume();
      const status = res.statusCode ?? 0;
      if (status >= 200 && status < 300) finish({ ok: true, status });
      else finish({ ok: false, retry: status >= 500 || status === 408 || status === 429, status, error: `HTTP ${status}` });
    });
    req.end(body);
  });
}
