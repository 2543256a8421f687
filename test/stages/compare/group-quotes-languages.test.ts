/** Quotes across languages and scripts: one speaker, one remark, whatever the language it is reported in. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId, type ArticleId } from '../../../src/core/ids.js';
import type { Quote } from '../../../src/core/types.js';
import { sameEntity } from '../../../src/stages/analyze/names.js';
import { groupQuotes } from '../../../src/stages/compare/group-quotes.js';
import { COMPARE_DEFAULTS } from '../../../src/stages/compare/story-input.js';

const EN = asArticleId('a_eeeeeeeeeeeeeeee');
const FR = asArticleId('a_ffffffffffffffff');
const RU = asArticleId('a_rrrrrrrrrrrrrrrr');
const LANG = new Map<ArticleId, string>([[EN, 'en'], [FR, 'fr'], [RU, 'ru']]);
const languageOf = (id: ArticleId): string => LANG.get(id) ?? '';

function q(text: string, speaker: string, start = 0): Quote {
  return { text, start, end: start + text.length, speaker };
}

function group(perArticle: [ArticleId, Quote[]][]) {
  return groupQuotes(perArticle, sameEntity, COMPARE_DEFAULTS, [], undefined, languageOf);
}

test('one speaker in Latin and Cyrillic script, with another transliteration, is one speaker', () => {
  const g = group([
    [EN, [q('We are ready for any scenario', 'Oleksii Reznikov')]],
    [FR, [q('Nous sommes prêts à tout scénario', 'Oleksij Resnikow')]],
    [RU, [q('Мы готовы к любому сценарию', 'Алексей Резников')]],
  ]);
  assert.equal(g.speakers.length, 1);
  assert.equal(g.speakers[0]!.speaker, 'Oleksii Reznikov');
});

test('two people who share a surname but not a first name stay two speakers', () => {
  const g = group([
    [EN, [q('The talks went well', 'Dmitry Peskov')]],
    [RU, [q('Переговоры прошли хорошо', 'Елена Пескова')]],
  ]);
  assert.equal(g.speakers.length, 2);
});

test('a remark and its translation are one remark: the numbers agree and the international words meet', () => {
  const g = group([
    [EN, [q('Russia has massed about 70,000 troops near our border and an escalation is possible', 'Oleksii Reznikov')]],
    [FR, [q('La Russie a massé environ 70 000 soldats près de notre frontière et une escalade est possible', 'Oleksii Reznikov')]],
    [RU, [q('Россия стянула около 70 тысяч военных к нашей границе, эскалация возможна', 'Алексей Резников')]],
  ]);
  assert.equal(g.speakers.length, 1);
  assert.equal(g.speakers[0]!.remarks.length, 1);
  assert.equal(g.speakers[0]!.remarks[0]!.length, 3);
});

test('two remarks of one speaker in two languages with other numbers stay two remarks', () => {
  const g = group([
    [EN, [q('Russia has massed about 70,000 troops near our border and an escalation is possible', 'Oleksii Reznikov')]],
    [FR, [q('La Russie avait massé plus de 100 000 soldats au printemps, une escalade était possible', 'Oleksii Reznikov')]],
  ]);
  assert.equal(g.speakers[0]!.remarks.length, 2);
});

test('without languages, quotes in two languages are compared by their words only', () => {
  const g = groupQuotes(
    [
      [EN, [q('Russia has massed about 70,000 troops near our border and an escalation is possible', 'Oleksii Reznikov')]],
      [FR, [q('La Russie a massé environ 70 000 soldats près de notre frontière et une escalade est possible', 'Oleksii Reznikov')]],
    ],
    sameEntity,
    COMPARE_DEFAULTS,
  );
  assert.equal(g.speakers[0]!.remarks.length, 2);
});

test('a speaker known only by a one-word title whose words are a named speaker’s, word for word, is that speaker', () => {
  const remark = 'Der wahrscheinlichste Zeitpunkt für eine Eskalation ist Ende Januar';
  const g = groupQuotes(
    [
      [EN, [q(remark, 'Oleksij Resnikow')]],
      [FR, [q(remark, 'Minister')]],
    ],
    sameEntity,
    COMPARE_DEFAULTS,
  );
  assert.deepEqual(g.speakers.map((s) => s.speaker), ['Oleksij Resnikow']);
  assert.equal(g.speakers[0]!.remarks.length, 1);
});

test('a one-word title keeps its own name when its words are not one named speaker’s', () => {
  const g = groupQuotes(
    [
      [EN, [q('Der wahrscheinlichste Zeitpunkt für eine Eskalation ist Ende Januar', 'Oleksij Resnikow')]],
      [FR, [q('Der wahrscheinlichste Zeitpunkt für eine Eskalation ist Ende Januar', 'Minister'), q('Wir sind auf jedes Szenario vorbereitet, sagte er heute', 'Minister', 200)]],
    ],
    sameEntity,
    COMPARE_DEFAULTS,
  );
  assert.deepEqual(g.speakers.map((s) => s.speaker).sort(), ['Minister', 'Oleksij Resnikow']);
});

test('a one-word name of the story is never renamed after another speaker', () => {
  const words = 'We expect the talks to be long and difficult';
  const g = groupQuotes([[EN, [q(words, 'Dmitry Peskov')]], [FR, [q(words, 'Putin')]]], sameEntity, COMPARE_DEFAULTS, ['Vladimir Putin', 'Dmitry Peskov']);
  assert.equal(g.speakers.length, 2);
});

test('a remark in several languages shows its English rendering first, whatever the articles\' order', () => {
  const g = group([
    [FR, [q('Environ 70 000 soldats russes sont massés à la frontière, selon Kyiv', 'Oleksij Resnikow')]],
    [RU, [q('Около 70 тысяч российских солдат стоят у границы', 'Алексей Резников')]],
    [EN, [q('About 70,000 Russian troops are massed at the border', 'Oleksii Reznikov')]],
  ]);
  assert.equal(g.speakers[0]!.remarks.length, 1);
  assert.equal(g.speakers[0]!.remarks[0]![0]!.articleId, EN);
  assert.deepEqual(g.speakers[0]!.remarks[0]!.slice(1).map((x) => x.articleId), [FR, RU]);
});
