/**
 * The candidates selection works from (`candidatesOf`, also used to fit the
 * weights): every sentence of every article with its shorter versions, and a
 * term worth that follows what the outlets share.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidatesOf } from '../../../src/stages/summarize/summarize-cluster.js';
import { unitFeatures } from '../../../src/stages/summarize/select.js';
import { contentTermsOf } from '../../../src/stages/summarize/units.js';
import { DEFAULT_SUMMARY_OPTIONS, type SummaryInput } from '../../../src/stages/summarize/index.js';

const STORY: SummaryInput = {
  articles: [
    { title: 'Senate passes infrastructure bill', text: 'The Senate passed a $1 trillion infrastructure bill on Tuesday. He called it historic.' },
    { title: 'Infrastructure bill clears Senate', text: 'The Senate on Tuesday passed the infrastructure bill, sending it to the House. "It is a good day," a senator said.' },
    { title: 'Bill heads to House', text: 'Senators passed the infrastructure bill on Tuesday. Critics warned of a spending spree.' },
  ],
};

test('candidates: every sentence of every article, each version keyed to its sentence', () => {
  const c = candidatesOf(STORY, DEFAULT_SUMMARY_OPTIONS);
  const keys = new Set(c.units.map((u) => u.key));
  assert.equal(keys.size, 6, 'two sentences in each of three articles');
  // The comma sentence also comes cut at its clause mark, under the same key.
  const versions = c.units.filter((u) => u.key === '1:0');
  assert.ok(versions.some((u) => u.clipped && u.text === 'The Senate on Tuesday passed the infrastructure bill.'));
  assert.equal(c.inputWords, c.units.filter((u) => !u.clipped).reduce((n, u) => n + u.words, 0));
});

test('candidates: a term all outlets report is worth more than one outlet\'s word', () => {
  const c = candidatesOf(STORY, DEFAULT_SUMMARY_OPTIONS);
  const term = (w: string): string => contentTermsOf(w)[0]!;
  const shared = c.worth.get(term('infrastructure')) ?? 0;
  const alone = c.worth.get(term('spree')) ?? 0;
  assert.ok(alone > 0, 'every term of the window has a worth');
  assert.ok(shared > alone, `infrastructure ${shared} > spree ${alone}`);
});

test('unit features: pronoun openings, quotations and words other outlets use', () => {
  const c = candidatesOf(STORY, DEFAULT_SUMMARY_OPTIONS);
  const byText = (t: string) => c.units.find((u) => u.text === t)!;
  const lead = unitFeatures(byText('The Senate passed a $1 trillion infrastructure bill on Tuesday.'), c.vocab);
  const pronoun = unitFeatures(byText('He called it historic.'), c.vocab);
  const quote = unitFeatures(byText('"It is a good day," a senator said.'), c.vocab);
  assert.equal(pronoun.pronoun, 1);
  assert.equal(lead.pronoun, 0);
  assert.equal(quote.quote, 1);
  assert.equal(lead.quote, 0);
  // "He called it historic." shares none of its words with the other outlets; the lead shares most.
  assert.ok(lead.sharedWords > 0.5 && pronoun.sharedWords < lead.sharedWords);
});
