import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import type { Analysis, EntityMention, Sentence } from '../../../src/core/types.js';
import { findAgreement } from '../../../src/stages/compare/find-agreement.js';
import { COMPARE_DEFAULTS } from '../../../src/stages/compare/story-input.js';

function analysis(id: string, text: string, people: string[] = []): Analysis {
  const sentences: Sentence[] = [];
  for (const m of text.matchAll(/[^.]+\./g)) {
    const start = m.index! + (m[0].length - m[0].trimStart().length);
    sentences.push({ start, end: m.index! + m[0].length, text: m[0].trim() });
  }
  const entities: EntityMention[] = people.flatMap((p) => {
    const i = text.indexOf(p);
    return i < 0 ? [] : [{ start: i, end: i + p.length, text: p, type: 'person' as const, name: p }];
  });
  return { articleId: asArticleId(id), language: 'en', sentences, entities, quotes: [], figures: [], dates: [] };
}

const a = analysis('a_1', 'The minister resigned on Friday after the vote of no confidence in parliament. Rain fell over the capital all weekend long.');
const b = analysis('a_2', 'After the no-confidence vote in parliament, the minister resigned on Friday. Jane Doe, an opposition leader, called for early elections this spring.', ['Jane Doe']);
const c = analysis('a_3', 'Parliament voted no confidence and the minister resigned Friday afternoon. The stock market barely moved during the whole day.');

test('a statement made by several sources is one agreed line citing each source once', () => {
  const out = findAgreement([a, b, c], COMPARE_DEFAULTS);
  const agreed = out.filter((s) => s.kind === 'agreed');
  assert.equal(agreed.length, 1);
  assert.deepEqual(new Set(agreed[0]!.citations.map((x) => x.articleId)), new Set(['a_1', 'a_2', 'a_3']));
  for (const cit of agreed[0]!.citations) {
    const text = [a, b, c].find((x) => x.articleId === cit.articleId)!.sentences.find((s) => s.start === cit.start)!.text;
    assert.match(text, /resigned/);
  }
});

test('a line only one source has, naming someone no other source names, is single-source', () => {
  const single = findAgreement([a, b, c], COMPARE_DEFAULTS).filter((s) => s.kind === 'single');
  assert.equal(single.length, 1);
  assert.match(single[0]!.text, /Jane Doe/);
  assert.equal(single[0]!.citations[0]!.articleId, 'a_2');
});

test('sentences that only share the story\'s recurring names do not agree', () => {
  const x = analysis('a_4', 'Officials said the talks in Geneva would resume next week with both delegations. Geneva officials prepared the delegations a hall.');
  const y = analysis('a_5', 'Officials said the weather in Geneva was cold for the delegations arriving this week. The delegations met Geneva officials.');
  const z = analysis('a_6', 'Geneva hosted the delegations and officials again. Officials in Geneva greeted the delegations.');
  const agreed = findAgreement([x, y, z], COMPARE_DEFAULTS).filter((s) => s.kind === 'agreed');
  assert.ok(agreed.every((s) => !/talks|weather/.test(s.text)), agreed.map((s) => s.text).join(' | '));
});
