/**
 * Alerts end to end on loopback: a saved search, a watched entity and a
 * watched story's disagreements, delivered to a local webhook receiver that
 * checks the signature and fails the first attempt with a 500 (so the retry
 * is exercised), recorded as deliveries, and listed in the alert's Atom feed.
 */
import { strict as assert } from 'node:assert';
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { bearer, createToken, OTHER_STORY, postJson, seedRecords, startTestServer, type TestServer } from './helpers.js';

interface Received {
  readonly body: string;
  readonly signature: string | undefined;
  readonly event: string | undefined;
  readonly status: number;
}

/** A webhook receiver: answers 500 to the first `failFirst` requests, then 204. */
async function startReceiver(failFirst: number): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const status = received.length < failFirst ? 500 : 204;
      received.push({
        body: Buffer.concat(chunks).toString('utf8'),
        signature: req.headers['x-parallax-signature'] as string | undefined,
        event: req.headers['x-parallax-event'] as string | undefined,
        status,
      });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

async function until<T>(what: string, f: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('alerts', () => {
  let t: TestServer;
  let write: string;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const api = (p: string): string => `${t.url}/api/v1${p}`;

  before(async () => {
    receiver = await startReceiver(1);
    t = await startTestServer({ alerts: { allowPrivate: true, retryBaseMs: 100, tickMs: 50 } });
    write = await createToken(t.db, 'write');
  });
  after(async () => {
    await t.stop();
    await receiver.close();
  });

  it('refuses bad alerts with a clear 4xx', async () => {
    assert.equal((await postJson(api('/alerts'), { name: 'x', query: 'Putin' })).status, 401);
    const none = await postJson(api('/alerts'), { name: 'x' }, bearer(write));
    assert.equal(none.status, 400);
    assert.match(((await none.json()) as { message: string }).message, /at least one of query, storyId, entity/);
    const bad = await postJson(api('/alerts'), { name: 'x', query: '"unclosed' }, bearer(write));
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as { message: string }).message, /body\/query: unclosed quote/);
    const scheme = await postJson(api('/alerts'), { name: 'x', query: 'a', webhook: { url: 'ftp://example.org/' } }, bearer(write));
    assert.equal(scheme.status, 400);
    const unknown = await postJson(api('/alerts'), { name: 'x', query: 'a', colour: 'red' }, bearer(write));
    assert.equal(unknown.status, 400);
    assert.equal((await fetch(api('/alerts/al_00'))).status, 404);
    assert.equal((await fetch(api('/alerts/nope'))).status, 400);
  });

  it('delivers a matching article to a signed webhook, retrying after a 500, and lists it in the feed', async () => {
    const secret = 'test-secret-123';
    const res = await postJson(
      api('/alerts'),
      { name: 'Putin call', query: 'Putin Biden -apples', onDisagreement: true, webhook: { url: receiver.url, secret } },
      bearer(write),
    );
    assert.equal(res.status, 201);
    const alert = (await res.json()) as { id: string; feedUrl: string; webhookUrl: string; secret: string; query: string; storyId: null; entity: null; onDisagreement: boolean };
    assert.match(alert.id, /^al_[0-9a-f]+$/);
    assert.equal(alert.secret, secret);
    assert.equal(alert.webhookUrl, receiver.url);
    assert.equal(alert.storyId, null);
    assert.equal(alert.onDisagreement, true);
    const entity = (await (await postJson(api('/alerts'), { name: 'orchards', entity: 'maria lopez' }, bearer(write))).json()) as { id: string; secret?: string };
    assert.equal(entity.secret, undefined, 'no webhook, no secret');

    assert.equal((await postJson(api('/articles'), [...seedRecords(), OTHER_STORY], bearer(write))).status, 200);

    // Five articles, each delivered, and the seed story's disagreements (its sources differ on troop
    // numbers, found in the brief after the articles); the first attempt of all got a 500 and was retried.
    const deliveries = await until('five article events and a disagreement, delivered', async () => {
      const d = ((await (await fetch(api(`/alerts/${alert.id}/deliveries`))).json()) as { deliveries: { event: string; status: string; attempts: number; httpStatus?: number; articleId?: string }[] }).deliveries;
      const done = d.filter((x) => x.event === 'article' && x.status === 'delivered');
      return done.length === 5 && d.some((x) => x.event === 'disagreement') && d.every((x) => x.status !== 'pending') ? d : undefined;
    });
    assert.ok(deliveries.every((d) => d.status === 'delivered' && d.httpStatus === 204));
    assert.equal(deliveries.filter((d) => d.attempts === 2).length, 1, 'one delivery was retried after the 500');
    assert.equal(receiver.received[0]!.status, 500);

    for (const r of receiver.received) {
      const expected = `sha256=${createHmac('sha256', secret).update(r.body).digest('hex')}`;
      assert.equal(r.signature, expected, 'the signature is the HMAC-SHA256 of the exact body');
      const body = JSON.parse(r.body) as { alert: { id: string }; event: { kind: string; title: string } };
      assert.equal(body.alert.id, alert.id);
      assert.equal(r.event, body.event.kind);
    }
    const titles = receiver.received.map((r) => (JSON.parse(r.body) as { event: { title: string } }).event.title);
    assert.ok(!titles.includes(OTHER_STORY.title), 'the orchard story does not match');

    const disagreement = receiver.received.map((r) => JSON.parse(r.body) as { event: { kind: string; summary: string } }).find((b) => b.event.kind === 'disagreement');
    assert.match(disagreement?.event.summary ?? '', /Sources give \d+ values for/);

    const feed = await fetch(api(`/alerts/${alert.id}/feed.atom`));
    assert.equal(feed.status, 200);
    assert.match(feed.headers.get('content-type') ?? '', /^application\/atom\+xml/);
    const xml = await feed.text();
    assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    assert.equal((xml.match(/<entry>/g) ?? []).length, deliveries.length);

    // The entity alert caught the orchard story's quoted grower, and nothing else.
    const entityFeed = await (await fetch(api(`/alerts/${entity.id}/feed.atom`))).text();
    assert.equal((entityFeed.match(/<entry>/g) ?? []).length, 1);
    assert.ok(entityFeed.includes(OTHER_STORY.title));
  });

  it('lists, shows and deletes alerts', async () => {
    const list = (await (await fetch(api('/alerts'))).json()) as { alerts: { id: string; feedUrl: string; secret?: string }[] };
    assert.equal(list.alerts.length, 2);
    assert.ok(list.alerts.every((a) => a.secret === undefined), 'the secret is shown once, at creation');
    const one = list.alerts[0]!;
    assert.equal(one.feedUrl, `/api/v1/alerts/${one.id}/feed.atom`);
    assert.equal((await fetch(api(`/alerts/${one.id}`))).status, 200);
    assert.equal((await fetch(api(`/alerts/${one.id}`), { method: 'DELETE' })).status, 401);
    assert.equal((await fetch(api(`/alerts/${one.id}`), { method: 'DELETE', headers: bearer(write) })).status, 204);
    assert.equal((await fetch(api(`/alerts/${one.id}`))).status, 404);
    assert.equal((await fetch(api(`/alerts/${one.id}/deliveries`))).status, 404);
    assert.equal((await fetch(api(`/alerts/${one.id}`), { method: 'DELETE', headers: bearer(write) })).status, 404);
  });
});

describe('alert webhooks and the address guard', () => {
  it('refuses a loopback webhook unless the server was started with --allow-private', async () => {
    const t = await startTestServer();
    try {
      const write = await createToken(t.db, 'write');
      const res = await postJson(`${t.url}/api/v1/alerts`, { name: 'x', query: 'a', webhook: { url: 'http://127.0.0.1:9/hook' } }, bearer(write));
      assert.equal(res.status, 400);
      assert.match(((await res.json()) as { message: string }).message, /loopback address.*--allow-private/);
    } finally {
      await t.stop();
    }
  });
});
