/**
 * Story coherence (ClusterParams.memberSupport): a story's centroid sums its
 * members, so an article can resemble the centroid of a two-topic story while
 * resembling neither member; such an article must found its own story.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import { assignArticle, createClusterState, stories, type ClusterState } from '../../../src/stages/cluster/index.js';
import { effectiveParams, rankStories } from '../../../src/stages/cluster/assign-article.js';
import { stateView } from '../../../src/stages/cluster/state-view.js';

// Two reports forced into one story (join threshold overridden for the second), each on its own subject.
const FERRY = 'coastal harbour ferry crews walked out over wages, ferry terminals closed, commuters stranded at the wharf, unions demanded talks';
const ORCHARD = 'coastal apple orchards lost their harvest to hail, growers counted damaged trees, insurers sent assessors, cider makers worried';
// A newcomer sharing a few words with each report: close to their sum, close to neither alone.
const MIXED = 'stranded commuters, closed terminals, damaged trees and hail: a city council debated budgets, parking fees, library hours, school buses, rubbish collection, tram timetables, pool repairs, festival permits and dog parks';

function doc(id: string, text: string) {
  return { id: asArticleId(id), title: '', text, language: 'en' };
}

function twoTopicStory(params: Record<string, number>): ClusterState {
  let state = createClusterState(params);
  state = assignArticle(state, doc('ferry', FERRY)).state;
  state = assignArticle(state, doc('orchard', ORCHARD), { assignThreshold: -1, singleMemberSupport: 0, anchorEvidenceBelow: 0 }).state;
  assert.equal(stories(state).length, 1);
  return state;
}

test('the newcomer resembles the two-topic centroid but neither member', () => {
  const state = twoTopicStory({});
  const view = stateView(state);
  const r = rankStories(view, doc('mixed', MIXED), effectiveParams(view));
  const best = r.scored[0]!;
  assert.ok(best.sim >= 0.14, `centroid ${best.sim} member ${best.member}`);
  assert.ok(best.member !== undefined && best.member < 0.15, `member ${best.member}`);
});

test('with the coherence test (default) the newcomer founds its own story; without it, it joins', () => {
  const on = assignArticle(twoTopicStory({}), doc('mixed', MIXED));
  assert.equal(on.events[0]!.kind, 'created');
  const off = assignArticle(twoTopicStory({ memberSupport: 0 }), doc('mixed', MIXED));
  assert.equal(off.events[0]!.kind, 'joined');
});

test('with singleMemberSupport off, a one-article story is judged by its centroid alone', () => {
  const state = assignArticle(createClusterState({ singleMemberSupport: 0 }), doc('ferry', FERRY)).state;
  const view = stateView(state);
  const r = rankStories(view, doc('mixed', MIXED), effectiveParams(view));
  assert.equal(r.scored[0]?.member, undefined);
});

test('with singleMemberSupport on, a one-article story is held to it too', () => {
  const state = assignArticle(createClusterState({ singleMemberSupport: 0.5 }), doc('ferry', FERRY)).state;
  const view = stateView(state);
  const r = rankStories(view, doc('mixed', MIXED), effectiveParams(view));
  assert.ok(r.scored[0]?.member !== undefined && r.scored[0].member < 0.5);
  assert.equal(assignArticle(state, doc('mixed', MIXED)).events[0]!.kind, 'created');
});

// nameEvidenceBelow (off by default): both articles name places and share none, and the match is weak.
test('with nameEvidenceBelow on, a weak match naming other places does not join', () => {
  const a = 'Flooding in Brisbane closed roads and schools as rivers rose after days of rain, and residents filled sandbags.';
  const b = 'Flooding in Perth closed roads and schools as rivers rose after days of rain, and shops handed out sandbags.';
  const base = assignArticle(createClusterState(), doc('a', a)).state;
  assert.equal(assignArticle(base, doc('b', b)).events[0]!.kind, 'joined');
  const strict = assignArticle(createClusterState({ nameEvidenceBelow: 0.99 }), doc('a', a)).state;
  assert.equal(assignArticle(strict, doc('b', b)).events[0]!.kind, 'created');
});
