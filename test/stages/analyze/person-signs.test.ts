/**
 * Signs of a person in a run of capitalised words (src/stages/analyze/person-signs.ts): a forename, a role, a surname the
 * text uses; a run with none is a phrase in German, Polish and Turkish, and in the Romance languages when it holds a
 * common word before its last.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { people } from './people-of.js';
import { saintNamed } from '../../../src/stages/analyze/person-signs.js';

test('German: a run of capitalised words with no forename, role or surname the text gives a forename elsewhere is a noun phrase, not a person', () => {
  const text = 'Wegen der Pandemie Menschen meiden Zahlen Lünen heute die Innenstadt. Uwe Ochsenknecht spielte mit, und Kultusminister Lorz kam auch. ' +
    'Frau Esken widersprach. Caroline Flack moderierte. Nach Jahren Flack wiederzusehen freut viele. In Städten Bayerns gilt Maskenpflicht. ' +
    'Annegret Kramp sprach mit Félicien Kabuga.';
  const names = people(text, 'de');
  for (const no of ['Pandemie Menschen', 'Zahlen Lünen', 'Städten Bayerns']) assert.ok(!names.some((n) => n.includes(no)), `${no}: ${names.join(' | ')}`);
  for (const yes of ['Uwe Ochsenknecht', 'Lorz', 'Esken', 'Caroline Flack', 'Jahren Flack', 'Annegret Kramp', 'Félicien Kabuga']) assert.ok(names.some((n) => n.includes(yes)), `${yes}: ${names.join(' | ')}`);
});

test('Spanish, Italian: a run whose words before the last hold a common word and no forename or office is a phrase; a surname pair is a name', () => {
  const es = people('Según Impacto Camargo, la Comisaría Crespo cerró. Ayer López Obrador habló con Óscar Hurtado. Presidente Sánchez respondió.', 'es');
  assert.ok(!es.some((n) => /Impacto|Comisaría/.test(n)), es.join(' | '));
  for (const yes of ['López Obrador', 'Óscar Hurtado', 'Presidente Sánchez']) assert.ok(es.includes(yes), `${yes}: ${es.join(' | ')}`);
  const it = people('Secondo Metro Detroit, il sindaco ha parlato. Mario Bianchi ha risposto.', 'it');
  assert.ok(!it.some((n) => n.includes('Metro')) && it.includes('Mario Bianchi'), it.join(' | '));
});

test('Polish and Turkish: a run needs a forename (Polish in any case form), a role or a surname the text gives a forename', () => {
  const pl = people('Wczoraj Straż Pożarna ugasiła pożar. Prezes PiS Jarosława Kaczyńskiego nie było. Spotkanie Andrzeja Dudy z Małgorzatą Kidawą trwało. Prezydenta Dudę pytano.', 'pl');
  assert.ok(!pl.some((n) => n.includes('Straż')), pl.join(' | '));
  // A role's stem is no prefix of another word ("Papież", not "Papierów").
  const stock = people('Notowania Giełdy Papierów Wartościowych rosną. Wczoraj Papież Franciszek przyjął gości.', 'pl');
  assert.ok(!stock.some((n) => n.includes('Giełdy')) && stock.some((n) => n.endsWith('Papież Franciszek')), stock.join(' | '));
  for (const yes of ['Jarosława Kaczyńskiego', 'Andrzeja Dudy', 'Małgorzatą Kidawą', 'Prezydenta Dudę']) assert.ok(pl.some((n) => n.includes(yes)), `${yes}: ${pl.join(' | ')}`);
  const tr = people('Dün Doğa Koruma Merkezi kapandı ve Sosyal Koruma tartışıldı. Sağlık Bakanı Fahrettin Koca açıklama yaptı. Başbakan Paşinyan da konuştu.', 'tr');
  assert.ok(!tr.some((n) => n.includes('Sosyal')), tr.join(' | '));
  for (const yes of ['Fahrettin Koca', 'Paşinyan']) assert.ok(tr.some((n) => n.includes(yes)), `${yes}: ${tr.join(' | ')}`);
});

test('a function word of the language is no forename, though the broad lists hold it ("Morgen", "Kaynak"); a two-letter one may be ("Xi")', () => {
  const de = people('Das meldet der Mannheimer Morgen heute. Angela Merkel reist ab.', 'de');
  assert.ok(!de.some((n) => n.includes('Morgen')) && de.includes('Angela Merkel'), de.join(' | '));
  const tr = people('Haber merkezi ADIYAMAN Kaynak gösterdi. Recep Tayyip Erdoğan konuştu.', 'tr');
  assert.ok(!tr.some((n) => n.includes('Kaynak')), tr.join(' | '));
  const pl = people('Wczoraj rozmawiali prezydent oraz Xi Jinping o handlu.', 'pl');
  assert.ok(pl.includes('Xi Jinping'), pl.join(' | '));
});

test('a kept run\'s name opens at its first forename after words that are no role ("Dymisja Andrzeja Dudy" → "Andrzeja Dudy")', () => {
  const pl = people('Dymisja Andrzeja Dudy sposobem na wybory? Prezydent Andrzej Duda milczy.', 'pl');
  assert.ok(pl.includes('Andrzeja Dudy') && !pl.some((n) => n.includes('Dymisja')), pl.join(' | '));
  const de = people('Der Auftritt von Politiker Karl Nehammer war kurz, sagte Kardinal Christoph Schönborn.', 'de');
  assert.ok(de.includes('Karl Nehammer'), de.join(' | '));
});

test('a place\'s name the forename lists hold is no sign of a person ("Corona Panik", "Holstein Kiel")', () => {
  const de = people('Wegen Corona Panik kaufen viele ein. Gestern gewann Holstein Kiel. Friedrich Merz schwieg.', 'de');
  assert.ok(!de.some((n) => /Corona|Kiel/.test(n)) && de.includes('Friedrich Merz'), de.join(' | '));
});

test('Russian: a run with no forename, patronymic or role is no person when it holds a word of the dictionary of five letters or more; a foreign name in Cyrillic is kept', () => {
  const ru = people('Пожары в Девоне. Новом Южном Уэльсе объявили режим. Исследование Кембриджского показало рост. ' +
    'Вчера Алексея Навального навестила Анна Петровна. Затем Губернатор Кэти Хокул согласилась, а Джессика Парк промолчала. Пост Мэлоун выступил.', 'ru');
  for (const no of ['Новом Южном', 'Исследование']) assert.ok(!ru.some((n) => n.includes(no)), `${no}: ${ru.join(' | ')}`);
  for (const yes of ['Алексея Навального', 'Анна Петровна', 'Кэти Хокул', 'Джессика Парк', 'Пост Мэлоун']) assert.ok(ru.some((n) => n.includes(yes)), `${yes}: ${ru.join(' | ')}`);
});

test('Russian: a kept run opens at its forename after a Russian word, a country or words in Latin letters, not after a first name the lists miss', () => {
  const ru = people('Некролог Робин Наэоле опубликован. Министр обороны Украины Алексей Резников выступил. Turf Moor Юргеном Клоппом гордится. Шив Кумар Мишра ответил.', 'ru');
  for (const yes of ['Робин Наэоле', 'Алексей Резников', 'Юргеном Клоппом', 'Шив Кумар Мишра']) assert.ok(ru.includes(yes), `${yes}: ${ru.join(' | ')}`);
});

test('a run named after a saint is a place, a church or a day, not a person ("St. Veit", "San Mamés"); a saint\'s title after a forename is part of a name', () => {
  const de = people('In den Nachbargemeinden St. Veit und Wien wurde gewählt. Friedrich Merz schwieg.', 'de');
  assert.ok(!de.some((n) => n.includes('Veit')) && de.includes('Friedrich Merz'), de.join(' | '));
  const es = people('El partido se jugará en San Mamés el domingo. Pedro Sánchez asistirá.', 'es');
  assert.ok(!es.some((n) => n.includes('Mamés')) && es.includes('Pedro Sánchez'), es.join(' | '));
  assert.ok(saintNamed(['Mount', 'St.', 'Mary']));
  for (const name of [['Aung', 'San', 'Suu', 'Kyi'], ['Yves', 'Saint', 'Laurent'], ['Cathy', 'Dos', 'Santo']]) assert.ok(!saintNamed(name), name.join(' '));
});

test('Spanish, French, Italian: an English phrase quoted in the text is no person ("Getty Images", "Nintendo Switch"); a name with a short English word is kept', () => {
  const es = people('Según Getty Images, la consola Nintendo Switch se vendió bien. Kola Ologbondiyan habló después.', 'es');
  assert.ok(!es.some((n) => /Getty|Nintendo/.test(n)), es.join(' | '));
  assert.ok(es.includes('Kola Ologbondiyan'), es.join(' | '));
});
