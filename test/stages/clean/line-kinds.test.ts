import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCaption, isCredit, isNonSentence, parseByline, splitDateline } from '../../../src/stages/clean/line-kinds.js';

test('captions by credit tail, opener or picture positions', () => {
  assert.equal(isCaption('Leaders meet in Geneva, Switzerland, June 16, 2021. (REUTERS)'), true);
  assert.equal(isCaption('Smoke rises over the city (AP Photo/Evan Vucci)'), true);
  assert.equal(isCaption('FILE PHOTO: Troops take part in drills'), true);
  assert.equal(isCaption('Biden (right) and Putin will discuss the border'), true);
  assert.equal(isCaption('The minister (left) said he was confident the deal would hold.'), false);
  assert.equal(isCaption('Peskov told Reuters the talks would be long.'), false);
});

test('non-sentences: headings and lost-credit captions, not quotes or clauses', () => {
  assert.equal(isNonSentence('Details and tension'), true);
  assert.equal(isNonSentence('planning and commitment'), true);
  assert.equal(isNonSentence('But they have become more volatile in recent months.'), false);
  assert.equal(isNonSentence('“We know what he has done”'), false);
  assert.equal(isNonSentence('He said:'), false);
  assert.equal(isNonSentence('***'), false);
});

test('credit lines', () => {
  assert.equal(isCredit('CNN’s Kevin Liptak, Natasha Bertrand and Jim Sciutto contributed to this report.'), true);
  assert.equal(isCredit('Reporting by Jane Doe; Editing by John Roe'), true);
  assert.equal(isCredit('(Additional reporting by Sam Lee)'), true);
  assert.equal(isCredit('Officials said reporting by the agency was accurate.'), false);
});

test('bylines', () => {
  assert.equal(parseByline('By Jane Doe'), 'Jane Doe');
  assert.equal(parseByline('BY Jane Doe and Sam Lee, Reuters'), 'Jane Doe and Sam Lee, Reuters');
  assert.equal(parseByline('By the end of the week, prices had fallen.'), undefined);
});

test('datelines: capitals then a dash, the sentence kept', () => {
  assert.deepEqual(splitDateline('WASHINGTON/MOSCOW — US President Joe Biden spoke.'), { dateline: 'WASHINGTON/MOSCOW', rest: 'US President Joe Biden spoke.' });
  assert.deepEqual(splitDateline('KYIV, Ukraine (AP) — Troops moved.'), { dateline: 'KYIV, Ukraine', rest: 'Troops moved.' });
  assert.deepEqual(splitDateline('LONDON (Reuters) - Prices rose.'), { dateline: 'LONDON', rest: 'Prices rose.' });
  assert.equal(splitDateline('US officials — speaking privately — said no.'), undefined);
  assert.equal(splitDateline('Washington — the capital — was quiet.'), undefined);
});

test('Chinese prose whose last sentence the scrape cut is prose, not a caption: two full stops inside the line', () => {
  const line = '世界以五彩纸屑、烟花迎接 2020 年。在澳大利亚，一百万狂欢者聚集在悉尼港观看烟花。获取技术新闻、小工具评论和评级';
  assert.equal(isNonSentence(line), false);
  assert.equal(isNonSentence('北京今日天气'), true);
  assert.equal(isNonSentence('图片：北京。'), false);
});
