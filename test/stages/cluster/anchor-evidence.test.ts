/**
 * Anchor evidence (ClusterParams.anchorEvidenceBelow): a full text whose best
 * story scores weakly joins it only when the two share names, figures or days
 * (cross-language anchors). Two reports of one event share them; topic-mates
 * share the topic's words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import { assignArticle, createClusterState } from '../../../src/stages/cluster/index.js';
import { effectiveParams, rankStories } from '../../../src/stages/cluster/assign-article.js';
import { stateView } from '../../../src/stages/cluster/state-view.js';

const FIRST = 'Flooding in Brisbane closed roads and schools on Tuesday as rivers rose after days of rain. Mayor Adrian Schrinner said 1,240 homes were flooded and residents filled sandbags at depots across the city.';
// Another report of the same flood: the same city, mayor and count of homes, in other words.
const SAME_EVENT = 'Rivers burst their banks around Brisbane and about 1,240 homes took water, Mayor Adrian Schrinner told reporters, while roads stayed shut and schools sent pupils home.';
// A flood elsewhere: the topic's words, none of its names or figures.
const TOPIC_MATE = 'Flooding closed roads and schools on Tuesday as rivers rose after days of rain, and residents filled sandbags at depots across the region while farmers moved cattle to higher ground.';

function doc(id: string, text: string) {
  return { id: asArticleId(id), title: '', text, language: 'en' };
}

test('the topic-mate shares the first report\'s words but no anchor; the same-event report shares names and the figure', () => {
  const state = assignArticle(createClusterState(), doc('first', FIRST)).state;
  const view = stateView(state);
  const p = effectiveParams(view, { anchorEvidenceBelow: 0.99 });
  const mate = rankStories(view, doc('mate', TOPIC_MATE), p).scored[0]!;
  const same = rankStories(view, doc('same', SAME_EVENT), p).scored[0]!;
  assert.equal(mate.anchorsShared, 0);
  assert.ok((same.anchorsShared ?? 0) >= 2, `shared ${same.anchorsShared}`);
});

test('with anchor evidence required, the topic-mate founds its own story and the same-event report joins', () => {
  const strict = { anchorEvidenceBelow: 0.99, anchorEvidenceMin: 2 };
  const state = assignArticle(createClusterState(strict), doc('first', FIRST)).state;
  assert.equal(assignArticle(state, doc('mate', TOPIC_MATE), { assignThreshold: 0.01 }).events[0]!.kind, 'created');
  assert.equal(assignArticle(state, doc('same', SAME_EVENT), { assignThreshold: 0.01 }).events[0]!.kind, 'joined');
  // Without it the topic-mate joins at the same threshold.
  const loose = assignArticle(createClusterState({ anchorEvidenceBelow: 0 }), doc('first', FIRST)).state;
  assert.equal(assignArticle(loose, doc('mate', TOPIC_MATE), { assignThreshold: 0.01 }).events[0]!.kind, 'joined');
});
