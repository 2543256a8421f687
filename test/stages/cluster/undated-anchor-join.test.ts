/**
 * Anchor evidence without dates (ClusterParams.undatedAnchorJoinShared): an
 * undated report that names the same people and places as its best story, and
 * whose anchor weight that story mostly holds, joins it from a lower bar; a
 * dated one is judged as before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import { assignArticle, createClusterState, type ClusterState } from '../../../src/stages/cluster/index.js';
import { effectiveParams, rankStories } from '../../../src/stages/cluster/assign-article.js';
import { stateView } from '../../../src/stages/cluster/state-view.js';

// One opening of one station, told with different words: the names are what the two share.
const OPENING =
  'Mayor Klaus Wedemeyer of Hildesheim opened the new railway station on Tuesday. The rail operator invested there for years, and travellers praised the bright halls and the short walks to the buses. A brass band played, children painted murals, volunteers served soup, the choir sang old songs under glass domes, bakers handed out pretzels to commuters, firefighters demonstrated ladders beside waiting trains, students sold lemonade, gardeners planted tulips along the platforms, pigeons circled the clock tower, photographers climbed scaffolding, grandparents recalled steam engines, florists decorated benches with ribbons, and trains to Goslar left on time.';
const REMARKS =
  'Klaus Wedemeyer spoke in Hildesheim about tracks, costs and delays to Goslar; residents complained about building noise while shopkeepers expect new customers, cyclists want safer lanes, taxi drivers fear fewer fares, and pensioners asked for seats.';
const DAY = '2024-05-02T10:00:00Z';

function doc(id: string, text: string, published?: string) {
  return { id: asArticleId(id), title: '', text, language: 'en', ...(published ? { published } : {}) };
}

function opened(published?: string, params: Record<string, number> = {}): ClusterState {
  return assignArticle(createClusterState(params), doc('opening', OPENING, published)).state;
}

test('the remarks score under the join threshold and share three names, all of their anchor weight', () => {
  const view = stateView(opened());
  const p = effectiveParams(view);
  const [best] = rankStories(view, doc('remarks', REMARKS), p).scored;
  assert.ok(best !== undefined);
  assert.ok(best.sim < p.assignThreshold && best.sim >= p.undatedAnchorJoinThreshold, `sim ${best.sim}`);
  assert.ok((best.anchorsShared ?? 0) >= p.undatedAnchorJoinShared, `shared ${best.anchorsShared}`);
  assert.ok((best.anchorShare ?? 0) >= p.undatedAnchorJoinShare, `share ${best.anchorShare}`);
});

test('undated, the remarks join the opening; with the rule off they found their own story', () => {
  const on = assignArticle(opened(), doc('remarks', REMARKS));
  assert.equal(on.events[0]!.kind, 'joined');
  const off = assignArticle(opened(undefined, { undatedAnchorJoinShared: 0 }), doc('remarks', REMARKS));
  assert.equal(off.events[0]!.kind, 'created');
});

test('dated, the remarks are judged as without the rule', () => {
  const on = assignArticle(opened(DAY), doc('remarks', REMARKS, DAY));
  const off = assignArticle(opened(DAY, { undatedAnchorJoinShared: 0 }), doc('remarks', REMARKS, DAY));
  assert.equal(on.events[0]!.kind, off.events[0]!.kind);
  assert.equal(on.events[0]!.kind, 'created');
});
