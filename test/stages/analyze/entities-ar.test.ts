import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabicEntities } from '../../../src/stages/analyze/entities-ar.js';

const found = (text: string): string[][] => arabicEntities(text).map((e) => [e.type, e.text, e.name]);

test('Arabic: a given name and the name words after it, a role before it skipped, the surname alone later the same person', () => {
  assert.deepEqual(found('وقال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين في موسكو إن المحادثات ستكون طويلة. وأضاف بيسكوف أن'), [
    ['organization', 'الكرملين', 'Kremlin'],
    ['person', 'ديمتري بيسكوف', 'ديمتري بيسكوف'],
    ['place', 'موسكو', 'Moscow'],
    ['person', 'بيسكوف', 'ديمتري بيسكوف'],
  ]);
});

test('Arabic: clitics are read off a name (the mention starts after them); countries by CLDR, with their English name', () => {
  const es = arabicEntities('وصل الوفد إلى القاهرة وروسيا بالولايات المتحدة.');
  assert.deepEqual(es.map((e) => [e.text, e.name]), [['القاهرة', 'Cairo'], ['روسيا', 'Russia'], ['الولايات المتحدة', 'United States']]);
  const text = 'وصل الوفد إلى القاهرة وروسيا بالولايات المتحدة.';
  for (const e of es) assert.equal(text.slice(e.start, e.end), e.text);
});

test('Arabic: the people the news names most carry their English name; an institution\'s head and what names it', () => {
  assert.deepEqual(found('والتقى بالرئيس عبد الفتاح السيسي. وقالت وزارة الخارجية الروسية إن الجيش الوطني الليبي انسحب من مستشفى قها.'), [
    ['person', 'عبد الفتاح السيسي', 'Abdel Fattah el-Sisi'],
    ['organization', 'وزارة الخارجية الروسية', 'وزارة الخارجية الروسية'],
    ['organization', 'الجيش الوطني الليبي', 'الجيش الوطني الليبي'],
    ['organization', 'مستشفى قها', 'مستشفى قها'],
  ]);
});

test('Arabic: a name stops before a verb, a preposition, a word in the accusative or with a pronoun after it', () => {
  const people = arabicEntities('وأكد محمد الصاوي مديرا للمستشفى أن حسن نصرالله يتحدث، وهو ما أكده قصي الطلافحة وهو طبيب.').filter((e) => e.type === 'person');
  assert.deepEqual(people.map((e) => e.text), ['محمد الصاوي', 'حسن نصرالله', 'قصي الطلافحة']);
});

test('Arabic: a place\'s noun and the name after it, one word or two when the first opens place names; not a police station', () => {
  const places = (t: string): string[] => arabicEntities(t).filter((e) => e.type === 'place').map((e) => e.text);
  assert.deepEqual(places('في العاصمة الأفغانية كابول، وفي محافظة مرسى مطروح، وأعلن محافظ بني سويف أن'), ['كابول', 'مرسى مطروح', 'بني سويف']);
  assert.deepEqual(places('في حفل زفافه في محافظة إربد شمالي الأردن'), ['إربد', 'الأردن']);
  assert.deepEqual(places('مركز شرطة كوم أمبو'), []);
});
