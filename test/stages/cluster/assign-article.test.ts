import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import { assignArticle, createClusterState, stories, storyOf, type ClusterState } from '../../../src/stages/cluster/index.js';
import type { ClusterDoc } from '../../../src/stages/cluster/doc-terms.js';
import { loadExamples } from '../dedupe/example-articles.js';
import { UNRELATED } from './fixtures.js';

function run(docs: readonly ClusterDoc[], state: ClusterState = createClusterState()) {
  const events = [];
  for (const d of docs) {
    const r = assignArticle(state, d);
    state = r.state;
    events.push(...r.events);
  }
  return { state, events };
}

const examples: ClusterDoc[] = loadExamples().map((e) => ({ id: e.id, title: e.title, text: e.text }));

test('the five example articles form one story; unrelated articles found their own', () => {
  const { state, events } = run([...examples, ...UNRELATED]);
  const all = stories(state);
  assert.equal(all.length, 3);
  assert.deepEqual(all[0].articleIds, examples.map((e) => e.id));
  assert.deepEqual(events.map((e) => e.kind), ['created', 'joined', 'joined', 'joined', 'joined', 'created', 'created']);
  assert.equal(storyOf(state, UNRELATED[0].id), all[1].id);
});

test('unrelated articles first, then the examples: still one story of five', () => {
  const { state } = run([...UNRELATED, ...[...examples].reverse()]);
  const sizes = stories(state).map((s) => s.articleIds.length).sort();
  assert.deepEqual(sizes, [1, 1, 5]);
});

test('story id is named after the founder and stays stable as articles join', () => {
  const { state } = run(examples);
  assert.equal(storyOf(state, examples[4].id), `s_${examples[0].id.slice(2, 14)}`);
});

test('re-assigning a known article changes nothing', () => {
  const { state } = run(examples.slice(0, 2));
  const again = assignArticle(state, examples[1]);
  assert.equal(again.state, state);
  assert.deepEqual(again.events, []);
  assert.equal(again.storyId, storyOf(state, examples[1].id));
});

test('empty and one-word articles do not crash and get their own story', () => {
  const { state } = run(examples);
  const empty = assignArticle(state, { id: asArticleId('a_empty'), title: '', text: '' });
  const one = assignArticle(empty.state, { id: asArticleId('a_one'), title: 'Ukraine', text: 'Ukraine' });
  assert.equal(empty.events[0].kind, 'created');
  assert.equal(one.events[0].kind, 'created');
  assert.equal(stories(one.state).length, 3);
});

test('an article linking two stories strongly merges them into the older one', () => {
  const a = 'Volcano erupts on island of Stromboli, lava reaches sea. The Stromboli volcano erupted on Monday, sending lava flows down the Sciara del Fuoco into the Tyrrhenian Sea as civil protection officials evacuated hikers.';
  const b = 'Ferry services to Aeolian islands suspended by ash cloud. Ferry operators suspended Aeolian services from Milazzo and Lipari after an ash cloud drifted over the harbour, stranding tourists and fishermen.';
  const p = { assignThreshold: 0.5, mergeThreshold: 0.3 };
  let s = createClusterState(p);
  s = assignArticle(s, { id: asArticleId('a_lava'), title: '', text: a }).state;
  s = assignArticle(s, { id: asArticleId('a_ferry'), title: '', text: b }).state;
  assert.equal(stories(s).length, 2);
  const r = assignArticle(s, { id: asArticleId('a_both'), title: '', text: `${a} ${b}` });
  const merged = r.events.find((e) => e.kind === 'merged');
  assert.ok(merged && merged.kind === 'merged');
  assert.equal(merged.into, storyOf(r.state, asArticleId('a_lava')));
  assert.deepEqual(merged.articleIds, ['a_ferry']);
  assert.equal(stories(r.state).length, 1);
  assert.equal(storyOf(r.state, asArticleId('a_ferry')), merged.into);
});

test('time decay: a far-apart date lowers the similarity', () => {
  const base = { ...examples[0], published: '2021-12-06' };
  const s = assignArticle(createClusterState(), base).state;
  const near = assignArticle(s, { ...examples[1], published: '2021-12-07' }).events[0];
  const far = assignArticle(s, { ...examples[1], published: '2022-06-07' }).events[0];
  assert.ok(near.kind === 'joined' && far.kind === 'joined');
  assert.ok(far.similarity < near.similarity);
  // One day apart: factor 0.5^(1/14); half a year: the 0.5 floor.
  assert.ok(Math.abs(far.similarity / near.similarity - 0.5 / 0.5 ** (1 / 14)) < 1e-9);
});

test('headline-only articles: the same words an hour apart join, two days apart found a new story', () => {
  let s = createClusterState();
  const h = (id: string, title: string, published: string) => ({ id: asArticleId(id), title, text: '', published });
  s = assignArticle(s, h('h1', 'Stocks slip on weak China export data', '2014-03-10T10:00:00Z')).state;
  s = assignArticle(s, h('h2', 'Oil prices steady ahead of OPEC meeting', '2014-03-10T10:30:00Z')).state;
  const near = assignArticle(s, h('h3', 'Stocks slip after weak China export data', '2014-03-10T11:00:00Z'));
  assert.equal(near.storyId, storyOf(s, asArticleId('h1')));
  const far = assignArticle(near.state, h('h4', 'Stocks slip on weak China export data', '2014-03-12T11:00:00Z'));
  assert.notEqual(far.storyId, storyOf(near.state, asArticleId('h1')));
});

test('title channel: same body words under a different title score lower than under the same title', () => {
  const text = 'The Stromboli volcano erupted on Monday, sending lava flows down the Sciara del Fuoco into the Tyrrhenian Sea as civil protection officials evacuated hikers from the island.';
  const s = assignArticle(createClusterState(), { id: asArticleId('a_t1'), title: 'Stromboli volcano erupts, lava reaches sea', text }).state;
  const sameTitle = { id: asArticleId('a_t2'), title: 'Stromboli volcano erupts, lava reaches the sea', text };
  const otherTitle = { id: asArticleId('a_t3'), title: 'Hikers evacuated from Sciara del Fuoco', text };
  const sim = (doc: ClusterDoc, titleWeight?: number) => {
    const e = assignArticle(s, doc, titleWeight === undefined ? { assignThreshold: 0 } : { assignThreshold: 0, titleWeight }).events[0];
    assert.ok(e.kind === 'joined');
    return e.similarity;
  };
  assert.ok(sim(otherTitle) < sim(sameTitle));
  assert.ok(sim(otherTitle) < sim(otherTitle, 0), 'the title channel is what lowers it');
});

test('merge step: a story grown by an article merges with a close candidate story', () => {
  const a = 'Volcano erupts on island of Stromboli, lava reaches sea. The Stromboli volcano erupted on Monday, sending lava flows down the Sciara del Fuoco as officials evacuated hikers.';
  const b = 'Stromboli volcano eruption: lava flows reach the sea. Officials evacuated hikers from the island of Stromboli as lava ran down the Sciara del Fuoco on Monday.';
  let s = createClusterState();
  s = assignArticle(s, { id: asArticleId('a_m1'), title: '', text: a }).state;
  // Anchor evidence (undatedAnchorJoinShared) would join the two undated reports from a lower bar: off here.
  s = assignArticle(s, { id: asArticleId('a_m2'), title: '', text: b }, { assignThreshold: 1.1, undatedAnchorJoinShared: 0 }).state;
  assert.equal(stories(s).length, 2, 'the second founded its own story');
  const third = { id: asArticleId('a_m3'), title: '', text: `${a} ${b}` };
  // Without the merge step an undated article as close to two stories founds its own (undatedRunnerUpRatio): off too.
  const off = assignArticle(s, third, { mergeThreshold: 1.1, storyMergeThreshold: 0, undatedRunnerUpRatio: 0 });
  assert.equal(stories(off.state).length, 2);
  const on = assignArticle(s, third, { mergeThreshold: 1.1, storyMergeThreshold: 0.3 });
  assert.equal(stories(on.state).length, 1);
  assert.ok(on.events.some((e) => e.kind === 'merged'));
});

test('merge guard: one headline naming two unrelated stories does not chain them', () => {
  const h = (id: string, title: string) => ({ id: asArticleId(id), title, text: '', published: '2014-03-10T10:00:00Z' });
  let s = createClusterState();
  s = assignArticle(s, h('a_g1', 'Fed official says weak data caused by weather')).state;
  s = assignArticle(s, h('a_g2', 'Apple shares climb on iPhone sales')).state;
  const both = h('a_g3', 'Fed official weather data; Apple shares iPhone sales');
  const loose = { headlineAssignThreshold: 0.05, headlineMergeThreshold: 0.05 };
  assert.equal(stories(assignArticle(s, both, { ...loose, headlineMergeConfirm: 0 }).state).length, 1);
  assert.equal(stories(assignArticle(s, both, { ...loose, headlineMergeConfirm: 0.05 }).state).length, 2);
});

test('maxScoredTerms: the heaviest terms enter the story, every term still counts in document frequencies', async () => {
  const { planAssignment } = await import('../../../src/stages/cluster/assign-article.js');
  const { MemoryClusterStore } = await import('../../../src/stages/cluster/memory-cluster-store.js');
  const { docTerms } = await import('../../../src/stages/cluster/doc-terms.js');
  const { CLUSTER_DEFAULTS } = await import('../../../src/stages/cluster/cluster-params.js');
  const doc = examples[0];
  // The all-terms channel: not the title (t:) or anchor (k:) channels, nor a story's language counts (@).
  const all = [...docTerms(doc, CLUSTER_DEFAULTS)].filter(([t]) => !/^(?:t:|k:|@)/.test(t));
  assert.ok(all.length > 10);
  const capped = planAssignment(new MemoryClusterStore({ maxScoredTerms: 10 }), doc)!;
  const uncapped = planAssignment(new MemoryClusterStore({ maxScoredTerms: 0 }), doc)!;
  const main = (c: Record<string, number>) => Object.keys(c).filter((t) => !/^(?:t:|k:|@)/.test(t));
  // A first article: every term has the same IDF, so the heaviest by TF-IDF are the heaviest by weight.
  const heaviest = all.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 10).map(([t]) => t);
  assert.deepEqual(main(capped.record.centroid).sort(), heaviest.sort());
  assert.equal(main(uncapped.record.centroid).length, Math.min(all.length, CLUSTER_DEFAULTS.centroidSize));
  // The title channel is kept whole, and document frequencies see all terms either way.
  assert.deepEqual(Object.keys(capped.record.centroid).filter((t) => t.startsWith('t:')).sort(), Object.keys(uncapped.record.centroid).filter((t) => t.startsWith('t:')).sort());
  assert.deepEqual(capped.terms, uncapped.terms);
});
