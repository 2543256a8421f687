/**
 * Titles as candidate sentences (`SummaryOptions.titles`): a headline is the
 * outlet's own shortest statement of the story, offered beside its article's
 * sentences and cited to the title; the brief, whose citations point into
 * texts only, turns them off.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidatesOf } from '../../../src/stages/summarize/summarize-cluster.js';
import { DEFAULT_SUMMARY_OPTIONS, DEFAULT_WEIGHTS, summarizeCluster, type SummaryInput } from '../../../src/stages/summarize/index.js';
import { assertWellCited } from './citations.js';

// Every outlet's headline states the event; each lead tells its own angle in words the others do not use.
const ERUPTION: SummaryInput = {
  articles: [
    { title: 'Volcano erupts in Iceland', text: 'Residents of the fishing town watched anxiously through the night as columns of ash climbed over distant hills behind their homes.' },
    { title: 'Volcano erupts in Iceland', text: 'Airline schedules across northern Europe were thrown into disarray while officials weighed the risk to engines from drifting ash.' },
    { title: 'Iceland volcano erupts', text: 'Scientists had warned for weeks that magma was building beneath the peninsula, citing thousands of small earthquakes.' },
  ],
};

test('titles: each article with text offers its title as one more candidate, ended with a period and cited to the title', () => {
  const c = candidatesOf(ERUPTION, DEFAULT_SUMMARY_OPTIONS);
  const titles = c.units.filter((u) => u.title);
  assert.equal(titles.length, ERUPTION.articles.length);
  for (const u of titles) {
    const a = ERUPTION.articles[u.article]!;
    assert.equal(u.text, `${a.title}.`);
    assert.deepEqual(u.citations, [{ article: u.article, start: 0, end: a.title.length, field: 'title' }]);
    // Its own key: choosing the title does not rule out the article's lead, nor the reverse.
    assert.ok(c.units.some((x) => !x.title && x.article === u.article && x.key !== u.key));
  }
  assert.equal(candidatesOf(ERUPTION, { ...DEFAULT_SUMMARY_OPTIONS, titles: false }).units.filter((u) => u.title).length, 0);
});

test('titles: a headline all outlets share is chosen over leads that share little, and the summary stays well cited', () => {
  const r = summarizeCluster(ERUPTION);
  assertWellCited(ERUPTION, r, DEFAULT_SUMMARY_OPTIONS.maxWords);
  const headline = r.sentences.find((s) => s.citations.some((c) => c.field === 'title'));
  assert.ok(headline !== undefined, r.summary);
  assert.match(headline.text, /^(?:Volcano erupts in Iceland|Iceland volcano erupts)\.$/u);
  // Only one of the near-identical headlines: the others repeat its terms.
  assert.equal(r.sentences.filter((s) => s.citations.some((c) => c.field === 'title')).length, 1);
});

test('titles: off (the brief), an article with text is cited only into its text', () => {
  const r = summarizeCluster(ERUPTION, { titles: false });
  assertWellCited(ERUPTION, r, DEFAULT_SUMMARY_OPTIONS.maxWords);
  assert.ok(r.sentences.length > 0);
  for (const s of r.sentences) for (const c of s.citations) assert.equal(c.field, undefined);
});

test('titles: weighed down, a headline loses to a lead that states the same shared facts', () => {
  assert.ok(DEFAULT_WEIGHTS.title < 0);
  const input: SummaryInput = {
    articles: [
      { title: 'Senate passes bill', text: 'The Senate passed the infrastructure bill on Tuesday, sending it to the House.' },
      { title: 'Senate passes bill', text: 'The Senate passed the infrastructure bill on Tuesday after weeks of talks.' },
      { title: 'Bill clears Senate', text: 'The Senate on Tuesday passed the infrastructure bill.' },
    ],
  };
  const r = summarizeCluster(input);
  assertWellCited(input, r, DEFAULT_SUMMARY_OPTIONS.maxWords);
  assert.ok(r.sentences.every((s) => s.citations.every((c) => c.field === undefined)), r.summary);
});

test('titles: a headline with its own closing mark gets no period; a title-only article is cited by its title either way', () => {
  const input: SummaryInput = {
    articles: [
      { title: 'Will the dam hold?', text: '' },
      { title: 'Dam holds after storm', text: '' },
    ],
  };
  for (const titles of [true, false]) {
    const c = candidatesOf(input, { ...DEFAULT_SUMMARY_OPTIONS, titles });
    assert.deepEqual(c.units.map((u) => u.text), ['Will the dam hold?', 'Dam holds after storm']);
    const r = summarizeCluster(input, { titles });
    assertWellCited(input, r, DEFAULT_SUMMARY_OPTIONS.maxWords);
    assert.ok(r.sentences.length > 0 && r.sentences.every((s) => s.citations.every((c) => c.field === 'title')));
  }
  const asked: SummaryInput = { articles: [{ title: 'Will the dam hold?', text: 'Engineers inspected the dam on Monday after record rain.' }] };
  const t = candidatesOf(asked, DEFAULT_SUMMARY_OPTIONS).units.find((u) => u.title)!;
  assert.equal(t.text, 'Will the dam hold?');
  assert.ok(t.quoteLike, 'a question reads as no statement of fact');
});
