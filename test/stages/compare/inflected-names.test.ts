/** Names declined in Polish and Russian are one person (src/stages/compare/inflected-names.ts, merge-entities.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId, type ArticleId } from '../../../src/core/ids.js';
import type { EntityMention } from '../../../src/core/types.js';
import { sameEntity } from '../../../src/stages/analyze/names.js';
import { inflectionKey } from '../../../src/stages/compare/inflected-names.js';
import { mergeEntities } from '../../../src/stages/compare/merge-entities.js';

test('a name in three cases has one key; two first names keep two people apart', () => {
  const pl = ['Andrzej Duda', 'Andrzeja Dudy', 'Andrzejem Dudą'].map((n) => inflectionKey(n, 'pl'));
  assert.equal(new Set(pl).size, 1);
  const ru = ['Владимир Путин', 'Владимира Путина', 'Владимиром Путиным'].map((n) => inflectionKey(n, 'ru'));
  assert.equal(new Set(ru).size, 1);
  assert.notEqual(inflectionKey('Maria Nowak', 'pl'), inflectionKey('Marek Nowak', 'pl'));
  assert.equal(inflectionKey('Andrzej Duda', 'en'), undefined);
});

test('in a story with a Polish report, the declined forms and the English report\'s nominative are one person', () => {
  const PL = asArticleId('a_1111111111111111');
  const EN = asArticleId('a_2222222222222222');
  const lang = new Map<ArticleId, string>([[PL, 'pl'], [EN, 'en']]);
  const m = (name: string, start: number): EntityMention => ({ start, end: start + name.length, text: name, type: 'person', name });
  const merged = mergeEntities(
    [[PL, [m('Andrzejem Dudą', 0), m('Rafałem Trzaskowskim', 40)]], [EN, [m('Andrzej Duda', 0), m('Rafał Trzaskowski', 40), m('Maria Nowak', 80)]]],
    sameEntity,
    undefined,
    undefined,
    (id) => lang.get(id) ?? '',
  ).filter((e) => e.type === 'person');
  assert.equal(merged.length, 3, merged.map((e) => e.name).join(' | '));
  assert.ok(merged.some((e) => e.name === 'Andrzej Duda' && e.articleIds.length === 2));
});
