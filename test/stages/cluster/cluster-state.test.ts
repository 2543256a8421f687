import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignArticle, createClusterState, loadClusterState, serializeClusterState, stories } from '../../../src/stages/cluster/index.js';
import { loadExamples } from '../dedupe/example-articles.js';
import { UNRELATED } from './fixtures.js';

const docs = [...loadExamples().map((e) => ({ id: e.id, title: e.title, text: e.text })), ...UNRELATED];

test('a serialised state loads back and continues identically', () => {
  let s = createClusterState();
  for (const d of docs.slice(0, 3)) s = assignArticle(s, d).state;
  let loaded = loadClusterState(serializeClusterState(s));
  for (const d of docs.slice(3)) {
    const x = assignArticle(s, d);
    const y = assignArticle(loaded, d);
    assert.equal(x.storyId, y.storyId);
    assert.deepEqual(x.events, y.events);
    s = x.state;
    loaded = y.state;
  }
  assert.deepEqual(stories(loaded), stories(s));
});

test('loading rejects another version or other structural params', () => {
  const json = serializeClusterState(createClusterState());
  assert.throws(() => loadClusterState(json.replace('"version":1', '"version":2')), /version/);
  assert.throws(() => loadClusterState(json, { centroidSize: 10 }), /centroidSize/);
  assert.throws(() => loadClusterState('null'), /version/);
  assert.doesNotThrow(() => loadClusterState(json, { centroidSize: 120 }));
});

test('assigning does not mutate the previous state', () => {
  const s0 = createClusterState();
  const s1 = assignArticle(s0, docs[0]).state;
  const before = serializeClusterState(s1);
  assignArticle(s1, docs[1]);
  assert.equal(serializeClusterState(s1), before);
  assert.equal(s0.docCount, 0);
});
