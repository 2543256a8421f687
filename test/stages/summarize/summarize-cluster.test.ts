import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, DEFAULT_SUMMARY_OPTIONS, summarizeCluster, type SummaryInput } from '../../../src/stages/summarize/index.js';
import { assertWellCited } from './citations.js';

const STORY: SummaryInput = {
  articles: [
    {
      title: 'Senate passes infrastructure bill',
      text: 'WASHINGTON (Reuters) - The Senate passed a $1 trillion infrastructure bill on Tuesday, sending it to the House. ' +
        'The vote was 69 to 30. Critics called the package a reckless spending spree that will haunt taxpayers.',
    },
    {
      title: 'Bipartisan infrastructure bill clears the Senate',
      text: 'The Senate on Tuesday passed the $1 trillion bipartisan infrastructure bill in a 69-30 vote. ' +
        'The bill now goes to the House, where progressives want a larger package.',
    },
    {
      title: 'Infrastructure package heads to the House',
      text: 'Senators voted 69-30 on Tuesday to pass a $1 trillion infrastructure bill, CNN reports. ' +
        'Nineteen Republicans joined every Democrat in voting for it.',
    },
  ],
};

test('summary: cited sentences that state what the outlets share, within the word limit', () => {
  const r = summarizeCluster(STORY);
  assertWellCited(STORY, r, DEFAULT_SUMMARY_OPTIONS.maxWords);
  assert.ok(r.sentences.length >= 1);
  assert.match(r.summary, /\$1 trillion/);
  assert.match(r.summary, /Tuesday/);
  // One outlet's loaded characterisation is not what the sources report together.
  assert.doesNotMatch(r.summary, /reckless spending spree/);
  assert.doesNotMatch(r.summary, /WASHINGTON \(Reuters\)/, 'the dateline is cut');
});

test('summary: a tighter limit is respected and still cited', () => {
  for (const maxWords of [5, 12, 25, 40]) assertWellCited(STORY, summarizeCluster(STORY, { maxWords }), maxWords);
});

test('summary: one-sentence leads are valid articles; never empty for a cluster with words', () => {
  const input: SummaryInput = {
    articles: [
      { title: 'Quake', text: 'A quake struck.' },
      { title: 'Earthquake hits', text: 'An earthquake hit Chile.' },
      { title: '', text: 'Chile shook.' },
    ],
  };
  const r = summarizeCluster(input);
  assert.notEqual(r.summary, '');
  assertWellCited(input, r, DEFAULT_SUMMARY_OPTIONS.maxWords);
});

test('summary: an article without text is cited by its title, marked field "title"', () => {
  const input: SummaryInput = { articles: [{ title: 'Storm closes schools across the region', text: '' }, { title: ' ', text: '  ' }] };
  const r = summarizeCluster(input);
  assert.equal(r.summary, 'Storm closes schools across the region');
  assert.deepEqual(r.sentences[0].citations, [{ article: 0, start: 0, end: 38, field: 'title' }]);
  assertWellCited(input, r, DEFAULT_SUMMARY_OPTIONS.maxWords);
});

test('summary: nothing to say gives an empty summary, not an error', () => {
  assert.deepEqual(summarizeCluster({ articles: [] }), { summary: '', sentences: [] });
  assert.deepEqual(summarizeCluster({ articles: [{ title: '', text: ' \n ' }] }), { summary: '', sentences: [] });
});

test('summary: one sentence longer than the limit is cut and marked', () => {
  const long = `The council approved the new budget with money for ${'roads and schools and parks and '.repeat(5)}libraries on Monday.`;
  const input: SummaryInput = { articles: [{ title: 'Budget', text: long }] };
  const r = summarizeCluster(input, { maxWords: 20 });
  assert.equal(r.sentences.length, 1);
  assert.ok(r.summary.endsWith(' …'));
  assert.ok(countWords(r.summary) <= 20);
  assertWellCited(input, r, 20);
});

test('summary: sentences given by the caller are used as they are', () => {
  const text = 'Alpha beta gamma delta epsilon; zeta eta theta iota kappa lambda. Mu nu xi omicron pi rho sigma tau.';
  const input: SummaryInput = { articles: [{ title: 'Greek letters', text, sentences: [{ start: 0, end: 66 }, { start: 67, end: text.length }] }] };
  const r = summarizeCluster(input);
  assertWellCited(input, r, DEFAULT_SUMMARY_OPTIONS.maxWords);
  for (const s of r.sentences) for (const c of s.citations) assert.ok(c.end <= 66 || c.start >= 67, 'no citation crosses a given sentence boundary');
});

test('summary: the same input gives the same summary (deterministic)', () => {
  assert.deepEqual(summarizeCluster(STORY), summarizeCluster(STORY));
});

test('summary: a sentence inside a quotation opened earlier is not given as the writer’s statement', () => {
  const input: SummaryInput = {
    articles: [
      { title: 'Sanders wins Nevada', text: 'Sanders won the Nevada caucuses on Saturday. He tweeted: “I have news for the establishment. They cannot stop us. We will win.” Sanders won the Nevada vote.' },
      { title: 'Sanders takes Nevada', text: 'Bernie Sanders won the Nevada caucuses on Saturday with a large lead. They cannot stop us, supporters said.' },
    ],
  };
  const r = summarizeCluster(input);
  assertWellCited(input, r, DEFAULT_SUMMARY_OPTIONS.maxWords);
  assert.doesNotMatch(r.summary, /They cannot stop us\. We will win/);
  for (const s of r.sentences) assert.ok(!/^They cannot stop us\./u.test(s.text), s.text);
});

test('summary: a big cluster is summarised from its articles’ first sentences (maxSentences)', () => {
  const article = (n: number) => ({
    title: `Report ${n}`,
    text: `The dam failed on Monday and flooded the valley town. Rescuers reached ${n} families by boat on Tuesday. ` +
      `Officials opened three shelters in the school. The river fell by evening.`,
  });
  const input: SummaryInput = { articles: Array.from({ length: 6 }, (_, n) => article(n)) };
  const r = summarizeCluster(input, { maxSentences: 8 });
  assertWellCited(input, r, DEFAULT_SUMMARY_OPTIONS.maxWords);
  // 6 articles, 8 sentences: k = 1, each lead only.
  for (const s of r.sentences) for (const c of s.citations) assert.ok(c.start < 53, `cites beyond the lead: ${s.text}`);
  const wide = summarizeCluster(input, { maxSentences: 400 });
  assertWellCited(input, wide, DEFAULT_SUMMARY_OPTIONS.maxWords);
  assert.notEqual(wide.summary, '');
});

test('summary: a split after "v." or "Sens." is joined back, so no fragment reads as a sentence', () => {
  const text = 'The justices overturned Roe v. Wade on Friday in a 6-3 ruling. Sens. Warren and Sanders called for new laws.';
  const input: SummaryInput = {
    articles: [
      { title: 'Court overturns Roe v. Wade', text },
      { title: 'Roe v. Wade overturned', text: 'The Supreme Court overturned Roe v. Wade on Friday, ending a constitutional right.' },
    ],
  };
  const r = summarizeCluster(input);
  assertWellCited(input, r, DEFAULT_SUMMARY_OPTIONS.maxWords);
  for (const s of r.sentences) assert.ok(!/^(?:Wade|Sens\.$|Warren)/u.test(s.text), `fragment: ${s.text}`);
  assert.ok(r.sentences.some((s) => /Roe v\. Wade/u.test(s.text)), r.summary);
});
