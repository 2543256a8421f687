/**
 * POST /api/v1/articles with many articles: ingested in slices, with other
 * requests answered between them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bearer, createToken, postJson, startTestServer } from './helpers.js';

describe('a large post', () => {
  it('is ingested in slices: other requests are answered while it runs', async () => {
    const t = await startTestServer();
    try {
      const write = await createToken(t.db, 'write');
      const towns = ['Ashford', 'Brampton', 'Carlow', 'Dunmore', 'Elmsted', 'Fairholm', 'Glenrock', 'Hartwell'];
      const records = Array.from({ length: 200 }, (_, i) => ({
        title: `Council ${i} approves plan for ${towns[i % towns.length]}`,
        text: `The council of ${towns[i % towns.length]} district ${i} approved a plan numbered ${i * 7 + 3} on Tuesday. `.repeat(4) + `Officials said item ${i} would cost ${1000 + i} pounds and open in ${2030 + (i % 9)}.`,
        source: `Paper ${i % 5}`,
      }));
      let postDone = 0;
      const post = postJson(`${t.url}/api/v1/articles`, records, bearer(write)).then(async (r) => {
        postDone = performance.now();
        return (await r.json()) as { added: number };
      });
      await new Promise((r) => setTimeout(r, 50));
      const health = await fetch(`${t.url}/api/v1/health`);
      const healthDone = performance.now();
      assert.equal(health.status, 200);
      const body = (await health.json()) as { articles: number };
      assert.ok(body.articles < 200, `health answered mid-ingest (${body.articles} articles stored so far)`);
      assert.equal((await post).added, 200);
      assert.ok(healthDone < postDone, 'the read did not wait for the whole post');
    } finally {
      await t.stop();
    }
  });
});
