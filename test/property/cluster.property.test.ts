import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { asArticleId } from '../../src/core/ids.js';
import { assignArticle, assignInStore, createClusterState, loadClusterState, MemoryClusterStore, serializeClusterState, stories, storyOf, type ClusterState } from '../../src/stages/cluster/index.js';
import type { ClusterDoc } from '../../src/stages/cluster/doc-terms.js';

// Small vocabularies per topic so generated articles overlap within a topic and
// sometimes across topics, exercising joins, creations and merges.
const TOPICS = [
  'volcano lava eruption island ash crater evacuation magma summit',
  'election ballot voters candidate parliament campaign poll coalition',
  'football striker derby goal stadium keeper league transfer',
  'inflation bank rates bonds markets currency lending prices',
];
const WORDS = TOPICS.join(' ').split(' ');

const docArb = fc
  .record({
    topic: fc.nat(TOPICS.length - 1),
    picks: fc.array(fc.nat(WORDS.length - 1), { minLength: 0, maxLength: 25 }),
    mix: fc.nat(3),
    day: fc.nat(40),
  })
  .map(({ topic, picks, mix, day }) => {
    const own = TOPICS[topic].split(' ');
    const words = picks.map((p, i) => (i % 4 < mix ? WORDS[p] : own[p % own.length]));
    return { title: own.slice(0, 2).join(' '), text: words.join(' '), published: `2021-01-${String(1 + (day % 28)).padStart(2, '0')}` };
  });

const streamArb = fc.array(docArb, { minLength: 1, maxLength: 25 }).map((ds) => ds.map((d, i): ClusterDoc => ({ id: asArticleId(`a_${String(i).padStart(14, '0')}`), ...d })));

function replay(docs: readonly ClusterDoc[], state: ClusterState = createClusterState()): ClusterState {
  for (const d of docs) state = assignArticle(state, d).state;
  return state;
}

test('every article is in exactly one story, and storyOf agrees with stories', () => {
  fc.assert(
    fc.property(streamArb, (docs) => {
      const s = replay(docs);
      const seen = new Map<string, string>();
      for (const st of stories(s)) for (const id of st.articleIds) {
        assert.ok(!seen.has(id), `${id} twice`);
        seen.set(id, st.id);
      }
      assert.equal(seen.size, docs.length);
      for (const d of docs) assert.equal(storyOf(s, d.id), seen.get(d.id));
    }),
    { numRuns: 60, seed: 11 },
  );
});

test('replaying the same stream gives the same stories', () => {
  fc.assert(
    fc.property(streamArb, (docs) => {
      assert.deepEqual(stories(replay(docs)), stories(replay(docs)));
    }),
    { numRuns: 40, seed: 12 },
  );
});

test('serialise/load mid-stream gives the same subsequent assignments', () => {
  fc.assert(
    fc.property(streamArb, fc.nat(25), (docs, cutRaw) => {
      const cut = cutRaw % (docs.length + 1);
      const mid = replay(docs.slice(0, cut));
      const a = replay(docs.slice(cut), mid);
      const b = replay(docs.slice(cut), loadClusterState(serializeClusterState(mid)));
      assert.deepEqual(stories(b), stories(a));
    }),
    { numRuns: 40, seed: 13 },
  );
});

test('story ids are stable: an id, once seen, only disappears by merging into an older story', () => {
  fc.assert(
    fc.property(streamArb, (docs) => {
      let s = createClusterState();
      for (const d of docs) {
        const r = assignArticle(s, d);
        const before = new Set(s.order);
        const gone = [...before].filter((id) => !r.state.order.includes(id));
        const mergedFrom = r.events.flatMap((e) => (e.kind === 'merged' ? [e.from] : []));
        assert.deepEqual(gone.sort(), [...mergedFrom].sort());
        for (const e of r.events) if (e.kind === 'merged') assert.ok(before.has(e.into));
        s = r.state;
      }
    }),
    { numRuns: 40, seed: 14 },
  );
});

test('the mutable store (with window eviction) decides as the immutable state, whatever the window', () => {
  fc.assert(
    fc.property(streamArb, fc.nat(5), fc.nat(8), (docs, activeDays, activeArticles) => {
      const params = { activeDays, activeArticles };
      const state = replay(docs, createClusterState(params));
      const store = new MemoryClusterStore(params);
      for (const d of docs) assignInStore(store, d);
      for (const d of docs) assert.equal(store.storyOfArticle(d.id), storyOf(state, d.id));
      assert.deepEqual(store.listStories(), stories(state).map((s) => ({ id: s.id, articleIds: s.articleIds })));
    }),
    { numRuns: 60, seed: 15 },
  );
});
