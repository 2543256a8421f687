import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

const texts = (t: string, lang?: string): string[] => splitSentences(t, lang).map((s) => s.text);

test('Chinese and Japanese full stops end a sentence without a space after them', () => {
  assert.deepEqual(texts('俄罗斯集结了约7万名士兵。他说：“局势严峻。”预计将发动进攻！真的吗？', 'zh'),
    ['俄罗斯集结了约7万名士兵。', '他说：“局势严峻。”', '预计将发动进攻！', '真的吗？']);
  assert.deepEqual(texts('東京で会談した。首相は述べた。'), ['東京で会談した。', '首相は述べた。']);
});

test('Arabic: the Arabic question mark ends a sentence and caseless letters start one', () => {
  assert.deepEqual(texts('قال الوزير إن الوضع خطير. وأضاف أن القوات جاهزة؟ نعم.', 'ar'),
    ['قال الوزير إن الوضع خطير.', 'وأضاف أن القوات جاهزة؟', 'نعم.']);
});

test('German ordinals before a month and abbreviations do not end a sentence', () => {
  assert.deepEqual(texts('Am 3. Dezember 2021 sagte er das. Am 31. August kam z. B. Dr. Müller. Danach ging er.', 'de'),
    ['Am 3. Dezember 2021 sagte er das.', 'Am 31. August kam z. B. Dr. Müller.', 'Danach ging er.']);
  assert.deepEqual(texts('Der Preis stieg um 3. Danach fiel er.', 'de'), ['Der Preis stieg um 3.', 'Danach fiel er.']);
});

test('Polish, Russian and Turkish abbreviations', () => {
  assert.deepEqual(texts('Sąd orzekł 28 lutego br. Sąd Rejonowy nie uwzględnił wniosku. Było ok. 300 osób.', 'pl'),
    ['Sąd orzekł 28 lutego br. Sąd Rejonowy nie uwzględnił wniosku.', 'Było ok. 300 osób.']);
  assert.deepEqual(texts('Это было в 2019 г. Потом всё изменилось.', 'ru'), ['Это было в 2019 г. Потом всё изменилось.']);
  assert.deepEqual(texts('Prof. Dr. Ahmet Yılmaz konuştu. Sonra gitti.', 'tr'), ['Prof. Dr. Ahmet Yılmaz konuştu.', 'Sonra gitti.']);
});

test('spans keep exact offsets in every script', () => {
  const t = 'La Russie a massé 70 000 soldats. « Le risque est réel », a-t-il dit.\n\n俄罗斯集结了士兵。他说：“风险真实。”';
  for (const s of splitSentences(t, 'fr')) assert.equal(t.slice(s.start, s.end), s.text);
});

test('machine-translated Arabic that glues sentences at a full stop is still split there; decimals are not', () => {
  const s = splitSentences('بعد التعافي.بعد أن قال مسؤولون إن 3.5 مليون شخص تعافوا.', 'ar').map((x) => x.text);
  assert.deepEqual(s, ['بعد التعافي.', 'بعد أن قال مسؤولون إن 3.5 مليون شخص تعافوا.']);
});

test('machine-translated Chinese that glues sentences with a Latin stop is split there; decimals and "U.S." are not', () => {
  const s = splitSentences('她不会考虑任何游戏契约在阿拉巴马州赌博.在周三早上接受记者采访时，艾维表示增长了3.5亿美元。美国U.S.总统说。', 'zh').map((x) => x.text);
  assert.deepEqual(s, ['她不会考虑任何游戏契约在阿拉巴马州赌博.', '在周三早上接受记者采访时，艾维表示增长了3.5亿美元。', '美国U.S.总统说。']);
  assert.deepEqual(splitSentences('sworn in officials.宣誓就职的还有大法官。', 'zh').map((x) => x.text), ['sworn in officials.', '宣誓就职的还有大法官。']);
});

test('Spanish: a question or an exclamation opened by ¿ or ¡ starts a sentence, in quotation marks too', () => {
  const t = '“Es un tipo”, dijo Trump en New Hampshire. “¿Qué es, más de 300 rondas? Oye, mira, está bien. ¡Pero juega con líderes!”';
  assert.deepEqual(splitSentences(t, 'es').map((s) => s.text), ['“Es un tipo”, dijo Trump en New Hampshire.', '“¿Qué es, más de 300 rondas?', 'Oye, mira, está bien.', '¡Pero juega con líderes!”']);
});
