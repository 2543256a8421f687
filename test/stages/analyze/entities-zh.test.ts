import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hanEntities, latinPart } from '../../../src/stages/analyze/entities-zh.js';
import { analyze } from '../../../src/stages/analyze/index.js';
import { clean } from '../../../src/stages/clean/clean.js';

const names = (text: string): string[] => hanEntities(text).map((e) => `${e.type}:${e.text}`);

test('Chinese: countries by CLDR with their English name, cities and states the lists know, a place\'s ministry', () => {
  const es = hanEntities('美国和朝鲜在华盛顿会谈。俄罗斯外交部表示，香港和北卡罗来纳州的官员出席。');
  assert.deepEqual(es.map((e) => [e.type, e.text, e.name]), [
    ['place', '美国', 'United States'],
    ['place', '朝鲜', 'North Korea'],
    ['place', '华盛顿', 'Washington'],
    ['organization', '俄罗斯外交部', '俄罗斯外交部'],
    ['place', '香港', 'Hong Kong'],
    ['place', '北卡罗来纳州', 'North Carolina'],
  ]);
});

test('Chinese: a person after a role, before a verb of saying, or in dotted form; each later mention and a dotted name\'s last part', () => {
  assert.deepEqual(names('美国总统特朗普周二表示，他相信习近平。中国领导人习近平说，佩斯科夫说。'), [
    'place:美国', 'person:特朗普', 'person:习近平', 'place:中国', 'person:习近平', 'person:佩斯科夫',
  ]);
  const abiy = hanEntities('总理阿比·艾哈迈德的新法引发抗议。艾哈迈德没有回应。').filter((e) => e.type === 'person');
  assert.deepEqual(abiy.map((e) => [e.text, e.name]), [['阿比·艾哈迈德', '阿比·艾哈迈德'], ['艾哈迈德', '阿比·艾哈迈德']]);
  // At the text's opening too.
  assert.deepEqual(names('扎哈罗娃说，会谈将继续。'), ['person:扎哈罗娃']);
  // The people the news names most carry the name the other languages give them: one person across languages.
  assert.deepEqual(hanEntities('特朗普没有回应。').map((e) => [e.type, e.text, e.name]), [['person', '特朗普', 'Donald Trump']]);
});

test('Chinese: common words that open with a surname\'s character, places before a verb and suffixes make no person', () => {
  const es = names('方面说，这是好事。朝鲜说不会。加州州长出席了会议。沿海地区受灾。');
  assert.ok(!es.some((e) => e.startsWith('person:')), es.join(' '));
  assert.ok(es.includes('place:朝鲜') && es.includes('place:加州'), es.join(' '));
  assert.ok(!es.includes('place:海地'));
});

test('Chinese: a transliterated name with a suffix is a place or an organisation', () => {
  assert.deepEqual(names('他在劳雷尔县被捕，后来进入乔治城大学。'), ['place:劳雷尔县', 'organization:乔治城大学']);
});

test('a Latin-script name of a Chinese text loses the Chinese run into it; the analyzer gives both scripts\' names', () => {
  const e = { start: 0, end: 20, text: 'Wattle Creek Fire的那场大火', type: 'person' as const, name: 'Wattle Creek Fire的那场大火' };
  assert.deepEqual(latinPart(e), { ...e, text: 'Wattle Creek Fire', end: 17, name: 'Wattle Creek Fire' });
  assert.equal(latinPart({ ...e, text: '的那场' }), undefined);
  const c = clean({ format: 'jsonl', title: '', body: '特朗普称朝鲜领导人信守承诺\n美国总统特朗普周二在华盛顿表示，他相信 Kim Jong-un 会信守承诺。特朗普说，朝鲜的试验不会继续，双方的谈判仍有希望。这是他本周第二次这样说，白宫随后发表声明，重申美国的立场没有改变，并呼吁各方保持克制，继续通过对话解决分歧。' });
  assert.ok(c.ok);
  const a = analyze(c.value);
  assert.equal(a.language, 'zh');
  const got = a.entities.map((e) => e.text);
  for (const n of ['美国', '特朗普', '华盛顿', '朝鲜']) assert.ok(got.includes(n), `${n} in ${got.join(' ')}`);
  assert.ok(a.entities.every((e, i) => i === 0 || a.entities[i - 1]!.start <= e.start), 'in text order');
});
