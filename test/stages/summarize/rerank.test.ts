/**
 * The reranker: alternatives are the greedy's own selections from other
 * openings and stop points; the greedy's summary is kept unless the forest
 * prefers another by the margin.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidatesOf, summarizeCluster } from '../../../src/stages/summarize/summarize-cluster.js';
import { rerankedSelection, rollouts, orderForReading, RERANK_OPENINGS } from '../../../src/stages/summarize/rerank.js';
import { DEFAULT_WEIGHTS, selectUnits } from '../../../src/stages/summarize/select.js';
import { DEFAULT_SUMMARY_OPTIONS, type SummaryInput } from '../../../src/stages/summarize/index.js';
import type { Forest } from '../../../src/core/regression-trees.js';

const STORY: SummaryInput = {
  articles: [
    { title: 'Senate passes infrastructure bill', text: 'The Senate passed a $1 trillion infrastructure bill on Tuesday, sending it to the House. The vote was 69 to 30. Nineteen Republicans joined the Democrats.' },
    { title: 'Infrastructure bill clears Senate', text: 'The Senate on Tuesday passed the infrastructure bill after weeks of talks. The House is expected to take it up next month. Critics warned of a spending spree.' },
    { title: 'Bill heads to House', text: 'Senators passed the $1 trillion infrastructure bill on Tuesday with 69 votes. The bill funds roads, bridges and broadband. It now goes to the House.' },
  ],
};

const input = () => {
  const c = candidatesOf(STORY, DEFAULT_SUMMARY_OPTIONS);
  return { ...c, articles: STORY.articles.length };
};

test('rerank: the alternatives hold the greedy\'s own summary once, and read differently from each other', () => {
  const c = input();
  const rs = rollouts(c, 100, DEFAULT_WEIGHTS);
  const base = rs.filter((r) => r.base);
  assert.equal(base.length, 1);
  assert.deepEqual(base[0].units, selectUnits(c.units, c.worth, c.vocab, 100, DEFAULT_WEIGHTS, c.inputWords));
  assert.ok(rs.length > 1 && rs.length <= RERANK_OPENINGS * 3, `${rs.length} alternatives`);
  const others = rs.filter((r) => !r.base).map((r) => r.text);
  assert.equal(new Set(others).size, others.length, 'no two alternatives read the same');
  for (const r of rs) {
    assert.equal(r.features.length, 24);
    assert.equal(r.text, orderForReading(r.units).map((u) => u.text).join(' '));
    assert.ok(r.units.reduce((n, u) => n + u.words, 0) <= 100);
  }
  // Different openings are tried, not only the greedy's best.
  assert.ok(new Set(rs.map((r) => r.units[0].key)).size >= 2);
});

test('rerank: an indifferent forest keeps the greedy\'s summary; one that wants more words takes a longer one', () => {
  const c = input();
  const greedy = selectUnits(c.units, c.worth, c.vocab, 100, DEFAULT_WEIGHTS, c.inputWords);
  const flat: Forest = { base: 0, rate: 1, trees: [] };
  assert.deepEqual(rerankedSelection(c, 100, DEFAULT_WEIGHTS, flat), greedy);
  // One stump on feature 20 (words beyond the greedy's summary): +1 for a longer alternative.
  const more: Forest = { base: 0, rate: 1, trees: [{ f: [20, -1, -1], t: [0.5, 0, 0], l: [1, -1, -1], r: [2, -1, -1], v: [0, 0, 1] }] };
  const words = (us: readonly { words: number }[]): number => us.reduce((n, u) => n + u.words, 0);
  const longer = rollouts(c, 100, DEFAULT_WEIGHTS).filter((r) => words(r.units) > words(greedy));
  assert.ok(longer.length > 0, 'this story has a longer alternative');
  assert.deepEqual(rerankedSelection(c, 100, DEFAULT_WEIGHTS, more), longer[0].units, 'the first alternative the forest prefers');
  // Below the margin, nothing changes.
  const slight: Forest = { ...more, rate: 0.01 };
  assert.deepEqual(rerankedSelection(c, 100, DEFAULT_WEIGHTS, slight, 0.02), greedy);
});

test('rerank: the summary is one of the alternatives, and without reranking it is the greedy\'s', () => {
  const c = input();
  const texts = rollouts(c, 100, DEFAULT_WEIGHTS).map((r) => r.text);
  assert.ok(texts.includes(summarizeCluster(STORY).summary));
  const plain = summarizeCluster(STORY, { rerank: false }).summary;
  const greedy = selectUnits(c.units, c.worth, c.vocab, 100, DEFAULT_WEIGHTS, c.inputWords);
  assert.equal(plain, orderForReading(greedy).map((u) => u.text).join(' '));
});
