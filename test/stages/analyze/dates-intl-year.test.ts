import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDatesIntl } from '../../../src/stages/analyze/dates-intl.js';
import { extractFiguresIntl } from '../../../src/stages/analyze/figures-intl.js';

// Sentences written for these tests; the anchor is Wednesday 2020-03-18.
const days = (text: string, lang: string): (string | undefined)[] => extractDatesIntl(text, lang, { date: '2020-03-18' }).map((d) => d.date);

test('"last" and "next" beside a day and month pick the last or the next such day, not the nearest', () => {
  // 20 March is two days on: the nearest reading would be 2020-03-20.
  assert.deepEqual(days('El pasado 20 de marzo murieron 12 personas.', 'es'), ['2019-03-20']);
  assert.deepEqual(days('Lo scorso 20 marzo sono morte 12 persone.', 'it'), ['2019-03-20']);
  assert.deepEqual(days('Le 20 mars dernier, 12 personnes sont mortes.', 'fr'), ['2019-03-20']);
  assert.deepEqual(days('في 20 مارس الماضي لقي 12 شخصا حتفهم.', 'ar'), ['2019-03-20']);
  // 3 March is two weeks back: the nearest reading would be 2020-03-03.
  assert.deepEqual(days('El próximo 3 de marzo se reunirán.', 'es'), ['2021-03-03']);
  assert.deepEqual(days('Il prossimo 3 marzo si riuniranno.', 'it'), ['2021-03-03']);
  assert.deepEqual(days('Le 3 mars prochain, ils se réuniront.', 'fr'), ['2021-03-03']);
  assert.deepEqual(days('في 3 مارس المقبل سيجتمع المجلس.', 'ar'), ['2021-03-03']);
});

test('last year, this year and next year beside a day and month give its year', () => {
  assert.deepEqual(days('Am 20. März des vergangenen Jahres starben 12 Menschen.', 'de'), ['2019-03-20']);
  assert.deepEqual(days('El 20 de marzo del año pasado murieron 12 personas.', 'es'), ['2019-03-20']);
  assert.deepEqual(days('20 marca ubiegłego roku zginęło 12 osób.', 'pl'), ['2019-03-20']);
  assert.deepEqual(days('20 марта прошлого года погибли 12 человек.', 'ru'), ['2019-03-20']);
  assert.deepEqual(days('3 марта этого года пройдут выборы.', 'ru'), ['2020-03-03']);
  assert.deepEqual(days("Geçen yıl 20 Mart'ta 12 kişi öldü.", 'tr'), ['2019-03-20']);
  assert.deepEqual(days('في 20 مارس من العام الماضي لقي 12 شخصا حتفهم.', 'ar'), ['2019-03-20']);
  assert.deepEqual(days('去年 12 月 3 日，12 人死亡。', 'zh'), ['2019-12-03']);
  assert.deepEqual(days('明年 1 月 3 日将举行会议。', 'zh'), ['2021-01-03']);
  assert.deepEqual(days('今年 12 月 3 日将举行会议。', 'zh'), ['2020-12-03']);
});

test('Chinese days of this, last and next month are days, not figures', () => {
  const text = '本月 3 日，12 人死亡；上月 3 日，5 人死亡；下个月 3 日将举行会议。';
  const dates = extractDatesIntl(text, 'zh', { date: '2020-03-18' });
  assert.deepEqual(dates.map((d) => d.date), ['2020-03-03', '2020-02-03', '2020-04-03']);
  assert.deepEqual(extractFiguresIntl(text, 'zh', dates).map((f) => f.value), [12, 5]);
});

test('more words beside a day and month that give its year or direction (written for issue 13)', () => {
  const d = (text: string, lang: string): string | undefined => extractDatesIntl(text, lang, { date: '2020-03-18' })[0]?.date;
  assert.equal(d('El 20 de marzo último se cerró.', 'es'), '2019-03-20');
  assert.equal(d('Le 20 mars passé, il a fermé.', 'fr'), '2019-03-20');
  assert.equal(d('Il 20 marzo ultimo scorso ha chiuso.', 'it'), '2019-03-20');
  assert.equal(d('Il 20 marzo u.s. ha chiuso.', 'it'), '2019-03-20');
  assert.equal(d('أغلق في 20 مارس المنصرم.', 'ar'), '2019-03-20');
  assert.equal(d('Zamknięto 20 marca ub.r.', 'pl'), '2019-03-20');
  assert.equal(d('Закрыт 20 марта п.г.', 'ru'), '2019-03-20');
  assert.equal(d('Закрыт 20 марта т.г.', 'ru'), '2020-03-20');
  assert.equal(d('Geschlossen am 20. März v.J.', 'de'), '2019-03-20');
  assert.equal(d('Geschlossen am 20. März d.J.', 'de'), '2020-03-20');
  assert.equal(d('El 20 de marzo del año en curso se abrirá.', 'es'), '2020-03-20');
});
