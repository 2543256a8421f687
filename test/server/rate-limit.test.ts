/**
 * Rate limits: a token bucket per token or address, 429 with Retry-After
 * over it, refilled with time; measured on a real server on loopback.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { RateLimiter } from '../../src/server/rate-limit.js';
import { bearer, createToken, startTestServer } from './helpers.js';

describe('RateLimiter', () => {
  it('lets a burst through, then one request per refill interval, per key', () => {
    let now = 0;
    const l = new RateLimiter({ perSecond: 2, burst: 3 }, () => now);
    assert.deepEqual([l.take('a'), l.take('a'), l.take('a')], [0, 0, 0]);
    assert.equal(l.take('a'), 1, 'the fourth waits: half a second, rounded up to whole seconds');
    assert.equal(l.take('b'), 0, 'another client has its own bucket');
    now = 500;
    assert.equal(l.take('a'), 0, 'one token refilled after 1/perSecond');
    assert.equal(l.take('a'), 1);
  });

  it('is off with perSecond 0', () => {
    const l = new RateLimiter({ perSecond: 0, burst: 0 }, () => 0);
    for (let i = 0; i < 1000; i++) assert.equal(l.take('a'), 0);
  });

  it('forgets buckets that are full again', () => {
    let now = 0;
    const l = new RateLimiter({ perSecond: 10, burst: 10 }, () => now);
    for (let i = 0; i < 50; i++) l.take(`ip${i}`);
    assert.equal(l.clients, 50);
    now = 60_000;
    l.take('late');
    assert.equal(l.clients, 1);
  });
});

describe('rate limits on the server', () => {
  it('answers 429 with Retry-After past the burst, counted per token, and in /metrics', async () => {
    const t = await startTestServer({ rateLimit: { perSecond: 1, burst: 3 } });
    try {
      const read = await createToken(t.db, 'read');
      const statuses: number[] = [];
      let limited: Response | undefined;
      for (let i = 0; i < 4; i++) {
        const r = await fetch(`${t.url}/api/v1/health`);
        statuses.push(r.status);
        if (r.status === 429) limited = r;
      }
      assert.deepEqual(statuses, [200, 200, 200, 429]);
      assert.equal(limited!.headers.get('retry-after'), '1');
      const body = (await limited!.json()) as { statusCode: number; message: string };
      assert.equal(body.statusCode, 429);
      assert.match(body.message, /too many requests: at most 1 per second per client/);
      // The same address with a token is another client.
      assert.equal((await fetch(`${t.url}/api/v1/health`, { headers: bearer(read) })).status, 200);
      const metrics = await (await fetch(`${t.url}/metrics`, { headers: bearer(read) })).text();
      assert.match(metrics, /^parallax_rate_limited_total 1$/m);
    } finally {
      await t.stop();
    }
  });
});
