import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorsOf } from '../../../src/stages/cluster/anchors.js';

// One sentence of one event in five languages (hand-written): the number, the day and the minister's name.
const REPORTS = [
  { language: 'en', text: 'Oleksii Reznikov said on 3 December 2021 that Russia had massed about 70,000 troops.', names: ['Oleksii', 'Reznikov', 'Russia'] },
  { language: 'fr', text: 'Oleksiï Reznikov a déclaré le 3 décembre 2021 que la Russie avait massé 70 000 soldats.', names: ['Oleksiï', 'Reznikov', 'Russie'] },
  { language: 'de', text: 'Oleksij Resnikow sagte am 3. Dezember 2021, Russland habe 70.000 Soldaten zusammengezogen.', names: ['Oleksij', 'Resnikow', 'Russland'] },
  { language: 'es', text: 'Oleksiy Réznikov dijo el 3 de diciembre de 2021 que Rusia concentró 70.000 soldados.', names: ['Oleksiy', 'Réznikov', 'Rusia'] },
  { language: 'ru', text: 'Алексей Резников заявил 3 декабря 2021 года, что Россия стянула 70 тысяч военных.', names: ['Алексей', 'Резников', 'Россия'] },
] as const;

test('numbers by value, dates as ISO days and names by sound class: one key each in five languages', () => {
  const all = REPORTS.map((r) => anchorsOf({ text: r.text, language: r.language, names: r.names }));
  for (const [i, a] of all.entries()) {
    assert.deepEqual(a.numbers, ['k:#70000'], REPORTS[i].language);
    assert.deepEqual(a.dates, ['k:d:2021-12-03'], REPORTS[i].language);
  }
  // The surname meets across all five spellings; the first name in four of them ("Алексей" is the Russian name,
  // not a spelling of "Oleksii").
  const surname = all.map((a) => a.names[1]);
  assert.equal(new Set(surname).size, 1, surname.join(' '));
  assert.equal(new Set(all.slice(0, 4).map((a) => a.names[0])).size, 1);
});

test('a year alone, a number under ten and the digits of a date are no number anchors', () => {
  const a = anchorsOf({ text: 'In 2021 the 3 ministers met on 14 March 2021 and counted 250 votes.', language: 'en', names: [] });
  assert.deepEqual(a.numbers, ['k:#250']);
  assert.deepEqual(a.dates, ['k:d:2021-03-14']);
});

test('a weekday is a day only against the publication date', () => {
  const text = 'Le ministre a parlé vendredi devant la Rada.';
  assert.deepEqual(anchorsOf({ text, language: 'fr', names: [] }).dates, []);
  assert.deepEqual(anchorsOf({ text, language: 'fr', names: [], published: '2021-12-03T12:40:00Z' }).dates, ['k:d:2021-12-03']);
});

test('scale words and local formats give one value', () => {
  const keys = [
    anchorsOf({ text: 'un coste de 13.000 millones de dólares', language: 'es', names: [] }).numbers,
    anchorsOf({ text: 'a cost of $13 billion', language: 'en', names: [] }).numbers,
    anchorsOf({ text: 'Kosten von 13 Mrd. Dollar', language: 'de', names: [] }).numbers,
  ];
  for (const k of keys) assert.deepEqual(k, ['k:#13000000000']);
});
