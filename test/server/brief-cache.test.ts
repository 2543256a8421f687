/**
 * The brief cache: one computation per version of a story, recomputed when
 * the story changes, bounded by the memory its entries take, keeping a
 * changed story's previous brief until the new one replaces it, and
 * recording each story's provenance counts as its brief is computed.
 */
import { test } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BriefWorker } from '../../src/server/brief-worker.js';
import { gunzipSync } from 'node:zlib';
import assert from 'node:assert/strict';
import { systemClock } from '../../src/core/result.js';
import { buildBrief } from '../../src/pipeline/build-briefs.js';
import { createIngester } from '../../src/pipeline/ingest-articles.js';
import { BriefCache } from '../../src/server/brief-cache.js';
import { Metrics } from '../../src/server/metrics.js';
import { renderJson, renderMarkdown } from '../../src/stages/brief/index.js';
import { badgesOf, type StoryBadges } from '../../src/stages/brief/badges.js';
import { parseJsonlLine } from '../../src/stages/ingest/parse-jsonl.js';
import { createStore } from '../../src/storage/create-store.js';
import type { Store } from '../../src/storage/store.js';
import { asStoryId } from '../../src/core/ids.js';
import { outletReuse } from '../../src/server/brief-provenance.js';
import { ingestRecords, OTHER_STORY, seedRecords, withTwoStories } from './helpers.js';

function seeded(): Store {
  const store = createStore({ type: 'memory' });
  const ing = createIngester({ store, clock: systemClock });
  [...seedRecords(), OTHER_STORY].forEach((r, i) => {
    const line = parseJsonlLine('request', i + 1, JSON.stringify(r));
    if (line?.kind === 'article') ing.add(line.article);
  });
  ing.finish();
  return store;
}

test('briefs are cached per story version and dropped past the memory budget', async () => {
  const store = seeded();
  const [seed, other] = store.storyPage({ sort: 'size', limit: 2 }).stories;
  assert.ok(seed && other && seed.articles > other.articles);
  // What the big story's entry weighs with its JSON and Markdown rendered and gzipped, measured without a bound.
  const unbounded = new BriefCache(store, new Metrics());
  for (const f of ['json', 'md'] as const) unbounded.get(seed.id, f)!.gzip();
  const weight = unbounded.usage().bytes;
  assert.ok(weight > 2 * renderJson(buildBrief(store, seed.id)!).length, 'the brief, its renderings and their gzip are counted');
  const metrics = new Metrics();
  // Room for the big story's entry but not for both stories'.
  const cache = new BriefCache(store, metrics, { budgetBytes: weight });
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
  assert.ok(cache.usage().bytes <= weight || cache.usage().entries === 1);
  assert.equal(cache.get('s_000000000000' as never, 'json'), undefined);
  store.close();
});

test('a changed story keeps its previous brief until the new one is built; provenance is recorded per version', async () => {
  const store = seeded();
  const [seed] = store.storyPage({ sort: 'size', limit: 1 }).stories;
  const cache = new BriefCache(store, new Metrics());
  const built: [string, number][] = [];
  cache.onBuilt((id, version) => built.push([id, version]));
  const first = cache.brief(seed!.id)!;
  assert.deepEqual(built, [[seed!.id, seed!.updatedSeq]]);
  assert.equal(cache.has(seed!.id, seed!.updatedSeq), true);
  const totals = store.provenanceStore().totals();
  assert.equal(totals.stories, 1);
  assert.deepEqual(totals.outlets, new Map([...outletReuse(first)].filter(([, v]) => v.origin > 0 || v.copied > 0)));
  // The story gains an article: the cached brief is now the previous one.
  const ing = createIngester({ store, clock: systemClock });
  const extra = seedRecords()[0]!;
  const line = parseJsonlLine('request', 99, JSON.stringify({ ...extra, url: 'https://example.org/again', source: 'Another Outlet', text: `${extra.text} One more sentence from another outlet.` }));
  if (line?.kind === 'article') ing.add(line.article);
  ing.finish();
  const now = store.storySummary(seed!.id)!;
  assert.ok(now.updatedSeq > seed!.updatedSeq && now.articles === seed!.articles + 1, 'the article joined the story');
  assert.equal(cache.has(seed!.id, now.updatedSeq), false);
  assert.deepEqual(cache.latest(seed!.id), { brief: first, version: seed!.updatedSeq });
  assert.deepEqual(store.provenanceStore().stale(2, 10).map((s) => s.id), [seed!.id], 'recorded at the older version');
  assert.equal(await cache.refresh(seed!.id), true);
  assert.equal(cache.latest(seed!.id)?.version, now.updatedSeq);
  assert.equal(cache.latest(seed!.id)?.brief.articles.length, now.articles);
  assert.deepEqual(store.provenanceStore().stale(2, 10), []);
  assert.equal(await cache.refresh(asStoryId('s_000000000000')), false);
  store.close();
});

test('a background brief not kept is recorded but leaves the cache as it was', async () => {
  const store = seeded();
  const [, other] = store.storyPage({ sort: 'size', limit: 2 }).stories;
  const cache = new BriefCache(store, new Metrics());
  assert.equal(await cache.refresh(other!.id, false), true);
  assert.equal(cache.latest(other!.id), undefined);
  assert.equal(cache.usage().entries, 0);
  assert.equal(store.provenanceStore().stale(1, 10).some((s) => s.id === other!.id), false, 'its provenance is recorded');
  store.close();
});

test('in the worker: a request sharing a background build not meant to be kept gets it kept', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-brief-cache-'));
  const file = join(dir, 'news.db');
  const store = createStore({ type: 'sqlite', file });
  ingestRecords(store, seedRecords());
  const [seed] = store.storyPage({ sort: 'size', limit: 1 }).stories;
  const worker = new BriefWorker(file);
  const cache = new BriefCache(store, new Metrics(), { worker });
  try {
    const background = cache.refresh(seed!.id, false);
    assert.equal(cache.pending(seed!.id), true);
    const asked = await cache.briefAsync(seed!.id);
    assert.equal(await background, true);
    assert.equal(asked?.articles.length, seed!.articles);
    assert.equal(cache.has(seed!.id, seed!.updatedSeq), true, 'kept for the request that shared it');
    assert.equal(store.provenanceStore().totals().stories, 1, 'the worker recorded its provenance');
  } finally {
    await worker.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('in the worker: a background brief heavier than a quarter of the budget is not kept; the same brief asked for is', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-brief-cache-'));
  const file = join(dir, 'news.db');
  const store = createStore({ type: 'sqlite', file });
  ingestRecords(store, seedRecords());
  const [seed] = store.storyPage({ sort: 'size', limit: 1 }).stories;
  const json = JSON.stringify(buildBrief(store, seed!.id)).length;
  const worker = new BriefWorker(file);
  // The brief weighs OBJECT_BYTES_PER_JSON_BYTE (2) × its JSON: over a quarter of this budget, under the whole.
  const cache = new BriefCache(store, new Metrics(), { worker, budgetBytes: json * 4 });
  try {
    assert.equal(await cache.refresh(seed!.id, true), true);
    assert.equal(cache.usage().entries, 0, 'built in the background, recorded, not kept');
    assert.equal((await cache.briefAsync(seed!.id))?.articles.length, seed!.articles);
    assert.equal(cache.has(seed!.id, seed!.updatedSeq), true, 'kept once asked for');
    assert.ok(cache.usage().bytes >= json * 2, 'weighed at twice its JSON');
  } finally {
    await worker.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a worker's JSON brief is answered with its rendering, kept as the entry's, gzipped once and weighed once", async () => {
  await withTwoStories(async (file, big) => {
    const store = createStore({ type: 'sqlite', file });
    const worker = new BriefWorker(file);
    try {
      const cache = new BriefCache(store, new Metrics(), { worker });
      const first = await cache.getAsync(asStoryId(big.id), 'json');
      assert.ok(first !== undefined);
      const zipped = await first.gzipped();
      assert.equal(gunzipSync(zipped).toString(), first.text);
      // The brief arrives after the rendering: the cached entry keeps that same rendering and its gzip.
      await cache.briefAsync(asStoryId(big.id));
      const again = await cache.getAsync(asStoryId(big.id), 'json');
      assert.equal(again, first, 'one rendering object');
      assert.equal(await again!.gzipped(), zipped, 'gzipped once');
      assert.equal(first.text, renderJson(cache.brief(asStoryId(big.id))!));
      const brief = cache.brief(asStoryId(big.id))!;
      const json = JSON.stringify(brief).length;
      assert.ok(cache.usage().bytes >= 2 * json + first.text.length + zipped.length, 'the gzip counts against the budget');
    } finally {
      await worker.close();
      store.close();
    }
  });
});

test("a worker's brief tells the listeners its badges, counted in the worker: the brief is not parsed for them", async () => {
  await withTwoStories(async (file, big) => {
    const store = createStore({ type: 'sqlite', file });
    const worker = new BriefWorker(file);
    try {
      const cache = new BriefCache(store, new Metrics(), { worker });
      const seen: StoryBadges[] = [];
      let parsed = 0;
      const parse = JSON.parse;
      cache.onBuilt((id, _version, _brief, badges) => {
        // A worker's brief arrives as JSON bytes: counting its badges must not parse them (megabytes for a large story).
        JSON.parse = ((...a: Parameters<typeof JSON.parse>) => {
          parsed++;
          return parse(...a);
        }) as typeof JSON.parse;
        try {
          if (id === big.id) seen.push(badges());
        } finally {
          JSON.parse = parse;
        }
      });
      const brief = await cache.briefAsync(asStoryId(big.id));
      assert.ok(brief !== undefined);
      assert.equal(parsed, 0, 'no JSON parsed for the badges');
      assert.deepEqual(seen, [badgesOf(brief)]);
      assert.deepEqual(seen[0], badgesOf(buildBrief(store, asStoryId(big.id))!));
    } finally {
      await worker.close();
      store.close();
    }
  });
});
