import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import { assignArticle, createClusterState, stories, type ClusterParams, type ClusterState } from '../../../src/stages/cluster/index.js';

// Headline-only articles of one morning, minutes apart (a wire feed).
const h = (id: string, title: string, minute: number) => ({ id: asArticleId(id), title, text: '', published: new Date(Date.UTC(2014, 2, 10, 10, minute)).toISOString() });

// The merge step for headlines at its default, the value measured on uci-headlines-dev (see params-thresholds.ts),
// with the merge through the article (headlineMergeThreshold) kept out, so only the merge step can join two stories.
const STEP: Partial<ClusterParams> = { headlineStoryMergeThreshold: 0.13, headlineMergeThreshold: 1.1 };
const NO_STEP: Partial<ClusterParams> = { headlineStoryMergeThreshold: 0, headlineMergeThreshold: 1.1 };

/** Four unrelated headlines, then two (the second made to found its own story), then a third, scored with `params`. */
function third(first: string, second: string, last: string, params: Partial<ClusterParams>) {
  let s: ClusterState = createClusterState();
  const other = ['Oil prices steady ahead of OPEC meeting', 'Pizza chain files for bankruptcy again', 'Storm brings heavy snow to the Alps', 'United win derby with late header'];
  other.forEach((t, i) => (s = assignArticle(s, h(`a_bg${i}`, t, i)).state));
  s = assignArticle(s, h('a_e1', first, 10)).state;
  s = assignArticle(s, h('a_e2', second, 11), { headlineAssignThreshold: 1.1 }).state;
  const r = assignArticle(s, h('a_e3', last, 12), params);
  return { before: stories(s).length, after: stories(r.state).length, kinds: r.events.map((e) => e.kind) };
}

test('headline story merge: an event split by its first two headlines is mended when a third joins one part', () => {
  const cases = [
    ['Search for missing plane goes global', 'Satellite firm crowdsources search for jet', 'Satellite firm crowdsources global search for missing plane'],
    ['Snowden speaks at SXSW via video link', 'NSA leaker Snowden urges tech firms to encrypt', 'Snowden at SXSW urges tech firms to encrypt'],
  ] as const;
  for (const [first, second, last] of cases) {
    const on = third(first, second, last, STEP);
    assert.equal(on.before, 6, `${first}: the second headline founded its own story`);
    assert.deepEqual(on.kinds, ['joined', 'merged'], `${first}: the story the third joined merged with the other part`);
    assert.equal(on.after, 5);
    // Off: the third joins one part and the other stays apart.
    const off = third(first, second, last, NO_STEP);
    assert.deepEqual(off.kinds, ['joined']);
    assert.equal(off.after, 6);
  }
});

test('headline story merge: a headline naming two unrelated subjects does not merge their stories (merge guard)', () => {
  const fed = 'Fed official says weak data caused by weather';
  const apple = 'Apple shares climb on iPhone sales';
  const both = 'Fed official weather data; Apple shares iPhone sales';
  // Without the guard the Fed story grown by this headline is close to the Apple story by its words alone.
  assert.deepEqual(third(fed, apple, both, { ...STEP, headlineMergeConfirm: 0 }).kinds, ['joined', 'merged']);
  // With it (headlineMergeConfirm 0.05, the default) the two stories must resemble each other without the article.
  const guarded = third(fed, apple, both, STEP);
  assert.deepEqual(guarded.kinds, ['joined']);
  assert.equal(guarded.after, guarded.before);
});

test('headline story merge: the headline value never applies to articles with a body', () => {
  const body = (t: string) => `${t}. ${t}, officials said on Monday, adding that more details would follow later in the day.`;
  let s = createClusterState();
  s = assignArticle(s, { id: asArticleId('a_b1'), title: 'Search for missing plane goes global', text: body('The search for the missing plane has gone global'), published: '2014-03-10T10:10:00Z' }).state;
  s = assignArticle(s, { id: asArticleId('a_b2'), title: 'Satellite firm crowdsources search for jet', text: body('A satellite firm crowdsources the search for the jet'), published: '2014-03-10T10:11:00Z' }, { assignThreshold: 1.1 }).state;
  const last = { id: asArticleId('a_b3'), title: 'Satellite firm crowdsources global search for missing plane', text: body('A satellite firm crowdsources the global search for the missing plane'), published: '2014-03-10T10:12:00Z' };
  const a = assignArticle(s, last, { headlineStoryMergeThreshold: 0, mergeThreshold: 1.1 });
  const b = assignArticle(s, last, { headlineStoryMergeThreshold: 0.01, mergeThreshold: 1.1 });
  assert.deepEqual(stories(a.state), stories(b.state));
  assert.deepEqual(a.events, b.events);
});
