/**
 * Body backing without dates (ClusterParams.undatedBodyRatio): an undated
 * article whose match with a one-article story is carried by the title channel
 * (a recurring headline over another day's report) must also resemble that
 * article by its body; a dated one is judged as before, since there the time
 * factor tells one day's issue of a recurring headline from the next. A body
 * that agrees with the story's as much as undatedBodyEnough meets it whatever
 * the share (ClusterParams.undatedBodyEnough): an identical title only raises
 * the score the share is taken of.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import { assignArticle, createClusterState, type ClusterState } from '../../../src/stages/cluster/index.js';
import { effectiveParams, rankStories } from '../../../src/stages/cluster/assign-article.js';
import { stateView } from '../../../src/stages/cluster/state-view.js';

// A daily column under one headline: two days, two different markets stories (bodies long enough that the
// shared headline words are a small part of them, as in real reports).
const TITLE = 'Currency markets: euro steady against dollar, traders await central bank';
const MONDAY =
  'Currency markets: the euro held steady against the dollar on Monday as traders await the central bank. Dealers in Frankfurt said Italian bond yields fell after Rome presented its budget, and the pound slipped when British factory orders shrank for a third month. Oil importers bought dollars early in the session. Shipping insurers in Hamburg raised premiums for tankers, a Dutch pension fund sold Spanish debt, and Polish zloty forwards widened after Warsaw postponed a bond auction. Analysts at a Paris brokerage expect wage figures from Madrid to move the market on Wednesday.';
const TUESDAY =
  'Currency markets: the euro stayed steady against the dollar on Tuesday while traders await the central bank. In Tokyo the yen weakened after Japanese exporters reported record car shipments, and the Swiss franc gained once Zurich jewellers announced gold purchases. Copper miners in Chile sold pesos. Brazilian coffee growers hedged harvest receipts, Korean chipmakers repatriated earnings, and the Canadian loonie tracked lumber prices higher after Vancouver sawmills reopened. Hedge funds in Singapore trimmed bets on the Indian rupee before elections in Delhi. Australian iron ore exporters sold forward, Turkish banks drew on swap lines, and Mexican peso options priced a quiet week in Monterrey.';
// The same Monday session told again: the body agrees with Monday's.
const MONDAY_AGAIN =
  'Currency markets: the euro held steady against the dollar on Monday, traders await the central bank. Frankfurt dealers reported that Italian bond yields fell once Rome presented its budget, and the pound slipped as British factory orders shrank for a third month, while oil importers bought dollars. Hamburg shipping insurers raised tanker premiums, a Dutch pension fund sold Spanish debt and zloty forwards widened after Warsaw postponed its bond auction.';
// Monday's session from another desk: the same lead, then other markets, so its body agrees with Monday's well, if
// less than the identical title would ask of it.
const MONDAY_OTHER_DESK =
  'Currency markets: the euro held steady against the dollar on Monday as traders await the central bank. Dealers in Frankfurt said Italian bond yields fell after Rome presented its budget, and the pound slipped when British factory orders shrank. Elsewhere the Norwegian krone rose with salmon exports, Czech koruna traders watched Prague inflation data, Hungarian forint swaps eased after Budapest cut fuel taxes, and Romanian leu deposits grew at Bucharest lenders ahead of the holidays.';
const DAY = '2024-05-02T10:00:00Z';

function doc(id: string, text: string, published?: string) {
  return { id: asArticleId(id), title: TITLE, text, language: 'en', ...(published ? { published } : {}) };
}

function monday(published?: string, params: Record<string, number> = {}): ClusterState {
  return assignArticle(createClusterState(params), doc('monday', MONDAY, published)).state;
}

test("Tuesday's report scores high against Monday's story by its title, and its body resembles Monday's far less", () => {
  const view = stateView(monday());
  const p = effectiveParams(view);
  const [best] = rankStories(view, doc('tuesday', TUESDAY), p).scored;
  assert.ok(best !== undefined && best.member !== undefined);
  assert.ok(best.sim >= p.anchorEvidenceBelow, `sim ${best.sim}`);
  assert.ok(best.member >= p.singleMemberSupport && best.member < p.undatedBodyRatio * best.sim && best.member < p.undatedBodyEnough, `member ${best.member}, sim ${best.sim}`);
});

test("undated, Tuesday's report founds its own story; with the rule off it joins Monday's", () => {
  assert.equal(assignArticle(monday(), doc('tuesday', TUESDAY)).events[0]!.kind, 'created');
  const off = assignArticle(monday(undefined, { undatedBodyRatio: 0 }), doc('tuesday', TUESDAY));
  assert.equal(off.events[0]!.kind, 'joined');
});

test("undated, a second report of Monday's session, whose body agrees, still joins", () => {
  const again = assignArticle(monday(), doc('monday-again', MONDAY_AGAIN));
  assert.equal(again.events[0]!.kind, 'joined');
});

test("dated, Tuesday's report is judged as without the rule", () => {
  const on = assignArticle(monday(DAY), doc('tuesday', TUESDAY, DAY));
  const off = assignArticle(monday(DAY, { undatedBodyRatio: 0 }), doc('tuesday', TUESDAY, DAY));
  assert.equal(on.events[0]!.kind, off.events[0]!.kind);
  assert.equal(on.storyId, off.storyId);
  assert.equal(on.events[0]!.kind, 'joined');
});

test("undated, another desk's report of Monday's session, whose body agrees well but under the share of its score, joins; without the cap it founds its own", () => {
  const view = stateView(monday());
  const p = effectiveParams(view);
  const [best] = rankStories(view, doc('other-desk', MONDAY_OTHER_DESK), p).scored;
  assert.ok(best !== undefined && best.member !== undefined);
  assert.ok(best.member >= p.undatedBodyEnough && best.member < p.undatedBodyRatio * best.sim, `member ${best.member}, sim ${best.sim}`);
  const on = assignArticle(monday(), doc('other-desk', MONDAY_OTHER_DESK));
  assert.equal(on.events[0]!.kind, 'joined');
  assert.equal(on.storyId, assignArticle(createClusterState(), doc('monday', MONDAY)).storyId);
  const uncapped = assignArticle(monday(undefined, { undatedBodyEnough: 0 }), doc('other-desk', MONDAY_OTHER_DESK));
  assert.equal(uncapped.events[0]!.kind, 'created');
});
