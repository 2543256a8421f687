/**
 * Distinctness without dates (ClusterParams.undatedRunnerUpRatio): an undated
 * article about as close to a second story as to its best one is about their
 * topic, and founds its own story; a dated one is judged as before, since in a
 * dated stream the time factor sets the topic-mates of other days apart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import { assignArticle, createClusterState, stories, type ClusterState } from '../../../src/stages/cluster/index.js';
import { effectiveParams, rankStories } from '../../../src/stages/cluster/assign-article.js';
import { stateView } from '../../../src/stages/cluster/state-view.js';

// Two fires, two places, two days: one topic, two events.
const HARBOUR = 'Fire crews battled a warehouse blaze in the harbour district of Portsmouth, firefighters were treated for smoke, and the owner Dalton Freight said stock worth millions was lost in the flames.';
const HILLSIDE = 'Fire crews battled a hillside blaze above the village of Ronda, residents were evacuated overnight, and the mayor Elena Ruiz said the wind had spread the flames towards the olive groves.';
// A round-up of the topic: close to both fires, closer to neither.
const ROUNDUP = 'Fire crews battled a blaze: firefighters were treated for smoke at a harbour warehouse and residents were evacuated near olive groves, while insurers and weather forecasters met to review drought plans and summer budgets.';

const DAY = '2024-05-02T10:00:00Z';

function doc(id: string, text: string, published?: string) {
  return { id: asArticleId(id), title: '', text, language: 'en', ...(published ? { published } : {}) };
}

function twoFires(published?: string, params: Record<string, number> = {}): ClusterState {
  let state = createClusterState(params);
  state = assignArticle(state, doc('harbour', HARBOUR, published)).state;
  state = assignArticle(state, doc('hillside', HILLSIDE, published)).state;
  assert.equal(stories(state).length, 2, 'the two fires are two stories');
  return state;
}

test('the round-up scores about as high against both fires', () => {
  const state = twoFires();
  const view = stateView(state);
  const r = rankStories(view, doc('roundup', ROUNDUP), effectiveParams(view));
  const [best, second] = r.scored;
  assert.ok(best !== undefined && second !== undefined);
  assert.ok(best.sim >= 0.14 && second.sim > 0, `best ${best.sim}, second ${second.sim}`);
  assert.ok(best.sim < 1.5 * second.sim, `best ${best.sim}, second ${second.sim}`);
});

test('undated, the round-up founds its own story; with the rule off it joins one fire', () => {
  assert.equal(assignArticle(twoFires(), doc('roundup', ROUNDUP)).events[0]!.kind, 'created');
  const off = assignArticle(twoFires(undefined, { undatedRunnerUpRatio: 0 }), doc('roundup', ROUNDUP));
  assert.equal(off.events[0]!.kind, 'joined');
});

test('dated, the round-up is judged as without the rule', () => {
  const on = assignArticle(twoFires(DAY), doc('roundup', ROUNDUP, DAY));
  const off = assignArticle(twoFires(DAY, { undatedRunnerUpRatio: 0 }), doc('roundup', ROUNDUP, DAY));
  assert.equal(on.events[0]!.kind, off.events[0]!.kind);
  assert.equal(on.storyId, off.storyId);
  assert.equal(on.events[0]!.kind, 'joined');
});
