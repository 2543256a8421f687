import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import { CLUSTER_DEFAULTS } from '../../../src/stages/cluster/cluster-params.js';
import { clusterStream } from '../../../src/stages/cluster/cluster-stream.js';
import { docFeatures, valueNumberKeys } from '../../../src/stages/cluster/doc-terms.js';

// One event in English and Russian (hand-written): they share names, in two scripts, and a number in two formats.
const EN = {
  id: 'en',
  title: 'Reznikov: Russia has massed about 70,000 troops near Ukraine',
  text: 'Ukrainian defence minister Oleksii Reznikov told the Verkhovna Rada in Kyiv on Friday that Russia had gathered about 70,000 troops near the border. Reznikov said Moscow could be ready for an escalation by late January, and Kyiv asked Washington and Berlin for support. Zelensky met Blinken later.',
};
const RU = {
  id: 'ru',
  title: 'Резников: Россия стянула к границе около 70 тысяч военных',
  text: 'Министр обороны Украины Алексей Резников заявил в пятницу в Верховной Раде в Киеве, что Россия сосредоточила около 70 тысяч военных у границы. По словам Резникова, Москва может быть готова к эскалации в конце января, а Киев попросил поддержки у Вашингтона и Берлина. Позже Зеленский встретился с Блинкеном.',
};
// An unrelated English story sharing two of the names.
const OTHER = {
  id: 'other',
  title: 'Washington and Berlin agree on a new trade deal for electric cars',
  text: 'Negotiators in Washington and Berlin agreed on tariffs for electric cars and batteries on Tuesday. The deal lowers duties on parts, and carmakers said prices could fall next year as factories expand production.',
};

// The anchor channel (anchor-channel.test.ts), anchor evidence without dates (undated-anchor-join.test.ts) and body
// backing without dates (undated-body-ratio.test.ts: a match by names and numbers alone is no body match) off, so the
// neutral channel is measured alone.
const CHANNEL = { soundNameKeys: 1, valueNumbers: 1, numberBoost: 0.5, neutralWeight: 0.5, neutralMinShared: 4, neutralMaxWordSim: 0.1, anchorWeight: 0, undatedAnchorJoinShared: 0, undatedBodyRatio: 0 };

test('numbers are keyed by value in each language, years and one-digit numbers left out', () => {
  assert.deepEqual(valueNumberKeys('70 000 soldats en 2021, 3 divisions', 'fr'), ['#70000']);
  assert.deepEqual(valueNumberKeys('70.000 Soldaten', 'de'), ['#70000']);
  assert.deepEqual(valueNumberKeys('около 70 тысяч военных', 'ru'), ['#70000']);
  assert.deepEqual(valueNumberKeys('about 70,000 troops', 'en'), ['#70000']);
});

test('with sound keys, a name in Cyrillic and in Latin letters gives one key', () => {
  const p = { ...CLUSTER_DEFAULTS, ...CHANNEL };
  const en = docFeatures({ id: asArticleId('en'), ...EN }, p).terms;
  const ru = docFeatures({ id: asArticleId('ru'), ...RU }, p).terms;
  const shared = [...en.keys()].filter((k) => k.startsWith('e:') && ru.has(k));
  assert.ok(shared.length >= 4, shared.join(' '));
  assert.ok(en.has('#70000') && ru.has('#70000'));
});

test('the neutral channel joins a report in another language, not a story in the same language that shares two names', () => {
  const story = (params: object) => new Map(clusterStream([EN, OTHER, RU], params).assignments.map((a) => [a.id, a.story]));
  const off = story({ ...CHANNEL, neutralWeight: 0 });
  assert.notEqual(off.get('ru'), off.get('en'), 'without the channel the Russian report stands alone');
  const on = story(CHANNEL);
  assert.equal(on.get('ru'), on.get('en'));
  assert.notEqual(on.get('other'), on.get('en'));
});
