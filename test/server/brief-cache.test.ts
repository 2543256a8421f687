/**
 * The brief cache: one computation per version of a story, recomputed when
 * the story changes, and bounded by the articles its briefs cover.
 */
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import assert from 'node:assert/strict';
import { systemClock } from '../../src/core/result.js';
import { buildBrief } from '../../src/pipeline/build-briefs.js';
import { createIngester } from '../../src/pipeline/ingest-articles.js';
import { BriefCache } from '../../src/server/brief-cache.js';
import { Metrics } from '../../src/server/metrics.js';
import { renderJson, renderMarkdown } from '../../src/stages/brief/index.js';
import { parseJsonlLine } from '../../src/stages/ingest/parse-jsonl.js';
import { createStore } from '../../src/storage/create-store.js';
import { OTHER_STORY, seedRecords } from './helpers.js';

test('briefs are cached per story version and dropped past the article budget', async () => {
  const store = createStore({ type: 'memory' });
  const ing = createIngester({ store, clock: systemClock });
  [...seedRecords(), OTHER_STORY].forEach((r, i) => {
    const line = parseJsonlLine('request', i + 1, JSON.stringify(r));
    if (line?.kind === 'article') ing.add(line.article);
  });
  ing.finish();
  const [seed, other] = store.storyPage({ sort: 'size', limit: 2 }).stories;
  assert.ok(seed && other && seed.articles > other.articles);
  const metrics = new Metrics();
  // Room for the big story's articles but not for both stories.
  const cache = new BriefCache(store, metrics, 256, seed.articles);
  const json = cache.get(seed.id, 'json')!;
  assert.equal(json.text, renderJson(buildBrief(store, seed.id)!));
  assert.equal(cache.get(seed.id, 'md')!.text, renderMarkdown(buildBrief(store, seed.id)!));
  assert.equal(json.gzip(), json.gzip(), 'gzipped once');
  const md = cache.get(seed.id, 'md')!;
  const [a, b] = await Promise.all([md.gzipped(), md.gzipped()]);
  assert.equal(a, b, 'gzipped once, off the event loop');
  assert.equal(md.gzip(), a);
  assert.equal(gunzipSync(a).toString('utf8'), md.text);
  assert.deepEqual([metrics.briefHits, metrics.briefMisses], [2, 1]);
  cache.get(other.id, 'json');
  cache.get(seed.id, 'json');
  assert.deepEqual([metrics.briefHits, metrics.briefMisses], [2, 3], 'the older brief was dropped to stay within the budget');
  assert.equal(cache.get('s_000000000000' as never, 'json'), undefined);
  store.close();
});
