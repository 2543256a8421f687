/**
 * People in other languages than English, by the text's own usage and each language's institution heads: a run of
 * capitalised words is no person when the text writes one of its words in lower case (in German: after an article),
 * when it follows an article, when it ends in a country, a place or an institution's head noun
 * (src/stages/analyze/person-evidence-intl.ts, entity-heads-intl.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesFromTokens } from '../../../src/stages/analyze/entities.js';
import { institutionOrPlace } from '../../../src/stages/analyze/entity-heads-intl.js';
import { nameEvidenceOf, notANameByUsage } from '../../../src/stages/analyze/person-evidence-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { tokenize } from '../../../src/stages/analyze/tokens.js';
import { people } from './people-of.js';


test('German: words it writes in lower case opening a run, runs after an article are no people; a role and a name after an article are, and a surname that is an adjective', () => {
  const text = 'Das Statistische Bundesamt meldet neue Zahlen. Tausende Hotelbetten stehen leer, weil tausende Touristen fehlen. Sebastian Kurz sprach nur kurz. ' +
    'Nähere Informationen gibt es morgen, sagte ein Sprecher mit näheren Angaben. Der Besuch der Bundeskanzlerin Angela Merkel in Ankara war kurz. ' +
    'Außenminister Mevlüt Cavusoglu empfing Bundeskanzlerin Angela Merkel am Flughafen.';
  const names = people(text, 'de');
  for (const no of ['Statistische Bundesamt', 'Tausende Hotelbetten', 'Nähere Informationen']) assert.ok(!names.some((n) => n.includes(no)), `${no}: ${names.join(' | ')}`);
  assert.ok(names.some((n) => n.endsWith('Angela Merkel')), names.join(' | '));
  assert.ok(names.some((n) => n.endsWith('Mevlüt Cavusoglu')), names.join(' | '));
  assert.ok(names.includes('Sebastian Kurz'), names.join(' | '));
});

test('Spanish, Italian, French: a run the text writes in lower case or after an article is no person; a name is', () => {
  const es = people('El Poder Judicial y la Protección Civil actuaron. En Estados Unidos, los estados y el poder judicial discrepan. Pedro Sánchez habló con Ana Botín.', 'es');
  assert.ok(!es.some((n) => /Poder|Protección|Estados/.test(n)), es.join(' | '));
  assert.ok(es.includes('Pedro Sánchez') && es.includes('Ana Botín'), es.join(' | '));
  const it = people('Gli Stati Uniti hanno risposto. Il ministro della Difesa Mark Esper ha parlato con Giuseppe Conte.', 'it');
  assert.ok(!it.some((n) => n.includes('Stati')), it.join(' | '));
  assert.ok(it.includes('Mark Esper') && it.includes('Giuseppe Conte'), it.join(' | '));
  const places = people('Vive en Nueva York desde 2010. Ayer Nueva York celebró. Lo dijo Eric Adams.', 'es');
  assert.ok(!places.some((n) => n.includes('York')) && places.includes('Eric Adams'), places.join(' | '));
  const fr = people('Marine Le Pen a répondu à Emmanuel Macron depuis la Maison Blanche.', 'fr');
  assert.ok(fr.includes('Marine Le Pen') && fr.includes('Emmanuel Macron'), fr.join(' | '));
});

test('a full name after a word the text writes in lower case is kept alone ("Difesa Mark Esper" → "Mark Esper")', () => {
  const names = people('La difesa americana è guidata da anni. Secondo il segretario alla Difesa Mark Esper la base resterà aperta.', 'it');
  assert.ok(names.includes('Mark Esper'), names.join(' | '));
  assert.ok(!names.some((n) => n.startsWith('Difesa')), names.join(' | '));
});

test('Turkish and Polish: institution heads and compound endings, countries and places are no people', () => {
  const tr = people('Milli Eğitim Bakanlığı açıklama yaptı. Süleymanpaşa Belediyesi ve Sabiha Gökçen Havalimanı kapandı. İçişleri Bakanı Süleyman Soylu konuştu. Seul\'da kulüpler kapandı.', 'tr');
  assert.ok(!tr.some((n) => /Bakanlığı|Belediyesi|Havalimanı|Seul/.test(n)), tr.join(' | '));
  assert.ok(tr.some((n) => n.endsWith('Süleyman Soylu')), tr.join(' | '));
  const pl = people('Światowa Organizacja Zdrowia ostrzega. Premier Wielkiej Brytanii rozmawiał z Andrzejem Dudą w Warszawie.', 'pl');
  assert.ok(!pl.some((n) => /Organizacja|Brytanii/.test(n)), pl.join(' | '));
  assert.equal(institutionOrPlace(['Milli', 'Eğitim', 'Bakanlığı'], 'tr'), true);
  assert.equal(institutionOrPlace(['Van', 'Valiliğinden'], 'tr'), true);
  assert.equal(institutionOrPlace(['Recep', 'Tayyip', 'Erdoğan'], 'tr'), false);
  assert.equal(institutionOrPlace(['Aliağa', 'Kültür', 'Merkezinde'], 'tr'), true);
  assert.equal(institutionOrPlace(['Hüseyin', 'Metin'], 'tr'), false);
  assert.equal(institutionOrPlace(['Giełdy', 'Papierów'], 'pl'), false);
  assert.equal(institutionOrPlace(['Organizacja', 'Narodów'], 'pl'), true);
});

test('addresses and handles are no usage: a name in a link stays a name', () => {
  const text = '主持人安德森·库珀（Anderson Cooper）与他的共同主持人。infowars.com/stay-classy-cnn-anderson-cooper @andersoncooper';
  const ev = nameEvidenceOf(text, 'zh');
  assert.equal(ev.lower.has('anderson'), false);
  assert.equal(notANameByUsage(['Anderson', 'Cooper'], ev), false);
});

test('German: a role noun before a full name is the role, and numbers written as nouns are no names', () => {
  const text = 'Der Weltkriegsveteran Tom Moore sammelte 30 Millionen Pfund. Das teilte Premierminister Boris Johnson mit. Moore bedankte sich.';
  const sentences = splitSentences(text, 'de');
  const ents = entitiesFromTokens(text, tokenize(text, sentences), 'de').filter((e) => e.type === 'person');
  assert.ok(ents.some((e) => e.name === 'Boris Johnson' && e.role === 'Premierminister'), ents.map((e) => `${e.name}/${e.role}`).join(' | '));
  assert.ok(ents.some((e) => e.name === 'Tom Moore'), ents.map((e) => e.name).join(' | '));
  assert.ok(!ents.some((e) => /Millionen|Pfund/.test(e.name)), ents.map((e) => e.name).join(' | '));
});

test('a run of the language\'s own common words is a phrase, not a person, unless a given name, a form of address or a surname\'s particle opens it', () => {
  const es = people('Las Fuerzas Armadas y la Guardia Nacional llegaron. Seguridad Social pagará. Pedro Sánchez lo anunció; Rosa Torres también.', 'es');
  for (const no of ['Fuerzas Armadas', 'Guardia Nacional', 'Seguridad Social']) assert.ok(!es.some((n) => n.includes(no)), `${no}: ${es.join(' | ')}`);
  assert.ok(es.includes('Pedro Sánchez') && es.includes('Rosa Torres'), es.join(' | '));
  const it = people('Lo ha detto Di Maio ai giornalisti. Re Giacomo regnava. Alta Tensione in città.', 'it');
  assert.ok(it.includes('Di Maio') && it.some((n) => n.includes('Giacomo')), it.join(' | '));
  const de = people('Nächstes Hoch zieht nach Tirol, sagte Frau Esken. Neuer Bericht: Offizielle Wege bleiben offen.', 'de');
  assert.ok(!de.some((n) => /Hoch|Bericht|Wege/.test(n)) && de.some((n) => n.includes('Esken')), de.join(' | '));
  // A role the rules do not know before a given name and a surname the list holds: still a person.
  assert.ok(people('Der Film zeigt Detektiv Daniel Craig in Bestform.', 'de').some((n) => n.includes('Daniel Craig')));
});

test('a name a text in another language keeps in English, headed as a place or an institution, is no person ("Bryant Park", "Hertel Ave")', () => {
  assert.ok(institutionOrPlace(['Bryant', 'Park'], 'it') && institutionOrPlace(['Hertel', 'Ave.'], 'es') && institutionOrPlace(['George', 'V', 'Hospital'], 'fr'));
  assert.ok(!institutionOrPlace(['Park'], 'it') && !institutionOrPlace(['Jeffrey', 'Epstein'], 'es'));
  const it = people('Bryant Park è chiuso da ieri, ha detto Eric Adams ai giornalisti.', 'it');
  assert.deepEqual(it, ['Eric Adams']);
});

test('Russian: an adjective opening a run heads a place or an institution ("Южный Уэльс", "Святого Петра"); a name in the instrumental is still a name', () => {
  assert.ok(institutionOrPlace(['Южный', 'Уэльс'], 'ru') && institutionOrPlace(['Нового', 'Южного', 'Уэльса'], 'ru') && institutionOrPlace(['Святого', 'Петра'], 'ru'));
  assert.ok(!institutionOrPlace(['Владимиром', 'Путиным'], 'ru') && !institutionOrPlace(['Анной', 'Ивановой'], 'ru') && !institutionOrPlace(['Юрий', 'Дудь'], 'ru'));
});

test('Polish: an adjective opening a run heads a place or an institution ("Biały Dom", "Wielkiej Brytanii"); "Andrzej", "Zuzanna" open names', () => {
  assert.ok(institutionOrPlace(['Biały', 'Dom'], 'pl') && institutionOrPlace(['Ochotniczej', 'Straży', 'Pożarnej'], 'pl') && institutionOrPlace(['Nowy', 'Rok'], 'pl'));
  assert.ok(!institutionOrPlace(['Andrzej', 'Duda'], 'pl') && !institutionOrPlace(['Zuzanna', 'Dąbrowska'], 'pl') && !institutionOrPlace(['Kobego', 'Bryanta'], 'pl'));
});

test('two words or more in capitals, none a given name, are a headline or page furniture, not a person; a name in capitals keeps its given name', () => {
  const ev = nameEvidenceOf('GÖRÜNTÜ GEÇİLİYOR. Polis geldi.', 'tr');
  assert.ok(notANameByUsage(['GÖRÜNTÜ', 'GEÇİLİYOR'], ev) && notANameByUsage(['LEER', 'MÁS'], nameEvidenceOf('LEER MÁS', 'es')));
  assert.ok(!notANameByUsage(['JAMES', 'CARAFANO'], nameEvidenceOf('JAMES CARAFANO dijo algo.', 'es')));
});

test('a large city is no person, whole or alone, unless a given name opens it or the text writes it after one', () => {
  const fr = people('Los Angeles a fermé ses écoles. Le maire de Luton, Archant Luton, et Eric Garcetti ont parlé.', 'fr');
  assert.ok(!fr.includes('Los Angeles'), fr.join(' | '));
  assert.ok(fr.some((n) => n.endsWith('Eric Garcetti')), fr.join(' | '));
  const ev = nameEvidenceOf('Trabzon ve Fort Wayne. Carlos Mesa dijo. Mesa volvió. Orlando Bloom llegó.', 'es');
  assert.equal(notANameByUsage(['Trabzon'], ev), true);
  assert.equal(notANameByUsage(['Fort', 'Wayne'], ev), true);
  // Mesa (Arizona) is a city; the text writes it after "Carlos": a surname.
  assert.equal(notANameByUsage(['Mesa'], ev), false);
  assert.equal(notANameByUsage(['Carlos', 'Mesa'], ev), false);
  assert.equal(notANameByUsage(['Orlando'], ev), false);
});

test('Chinese and Russian: a run in Latin letters with an English word and no forename is an English phrase, a name without English words is kept', () => {
  const zh = people('据 Getty Images 报道，Xbox Series X 将上市。Omoyele Sowore 和 Scott Morrison 表示欢迎。', 'zh');
  assert.ok(!zh.some((n) => /Getty|Xbox/.test(n)), zh.join(' | '));
  assert.ok(zh.includes('Omoyele Sowore') && zh.includes('Scott Morrison'), zh.join(' | '));
  const ru = people('По данным Rasmussen Reports, рейтинг вырос. Об этом сообщил Daniel Craig.', 'ru');
  assert.ok(!ru.some((n) => n.includes('Rasmussen')) && ru.includes('Daniel Craig'), ru.join(' | '));
});

test('a word the country lexicon reads as a country is a surname after a given name ("Mario Rossi"), unless it is the country\'s own name', () => {
  const it = people('Il sindaco ha parlato con Mario Rossi ieri. Paolo Russo conferma che la Russia attacca.', 'it');
  assert.ok(it.includes('Mario Rossi') && it.includes('Paolo Russo'), it.join(' | '));
  assert.ok(!people('Wczoraj Ed Rosja ogłosiła sankcje.', 'pl').some((n) => n.includes('Rosja')));
});

test('Russian: a large city written in Cyrillic, in any case, is no name ("Миннеаполиса", "Лос-Анджелесе"); a person is', () => {
  const ev = nameEvidenceOf('Мужчина погиб на севере Миннеаполиса.', 'ru');
  for (const city of [['Миннеаполиса'], ['Лос-Анджелесе'], ['Детройте']]) assert.ok(notANameByUsage(city, ev), city[0]);
  for (const name of [['Алексей', 'Навальный'], ['Резников']]) assert.ok(!notANameByUsage(name, ev), name.join(' '));
});

test('Russian: a run of two words opened by a word the text writes in lower case in another case form is no person', () => {
  const ru = people('Вчера власть штата решила иначе. Власти Аризоны ввели карантин. Администратор Кэролин Фарли пояснила решение.', 'ru');
  assert.ok(!ru.some((n) => n.includes('Аризоны')), ru.join(' | '));
  assert.ok(ru.some((n) => n.includes('Кэролин Фарли')), ru.join(' | '));
});

test('German: two forenames joined by a hyphen open one name, and a role run that loses its forename to it is nobody; nouns so joined stay apart', () => {
  const found = people('Der frühere FPÖ-Chef Heinz-Christian Strache war in Wien. Hans-Peter Doskozil traf Jean-Claude Juncker. Die Corona-Krise trifft Frank-Walter Steinmeier.', 'de');
  for (const n of ['Heinz-Christian Strache', 'Hans-Peter Doskozil', 'Jean-Claude Juncker', 'Frank-Walter Steinmeier']) assert.ok(found.includes(n), `${n} in ${found.join(' | ')}`);
  assert.ok(!found.some((p) => /^(?:Chef Heinz|Christian Strache|Peter Doskozil|Corona)/u.test(p)), found.join(' | '));
});

test('Spanish: a lone word that is a verb of the language (a player\'s "Reproducir") is nobody; a surname that is a common noun stays a name', () => {
  const found = people('Cargando Reproducir Reproducir video En la calle principal de Mogo, Averill Berryman habló. Después habló Cabello con la prensa.', 'es');
  assert.ok(!found.includes('Reproducir'), found.join(' | '));
  assert.ok(found.includes('Averill Berryman'), found.join(' | '));
});

test('German: a double surname joins a run opened by a forename, and alone as the text writes it after one; a noun does not join', () => {
  const found = people('Er wolle sich mit der CDU-Vorsitzenden Annegret Kramp-Karrenbauer und Norbert Walter-Borjans beraten. Walter-Borjans sagte nichts. Die Angela Merkel-Regierung schwieg, die Regierung auch.', 'de');
  for (const n of ['Annegret Kramp-Karrenbauer', 'Norbert Walter-Borjans', 'Walter-Borjans']) assert.ok(found.includes(n), `${n} in ${found.join(' | ')}`);
  assert.ok(!found.includes('Angela Merkel-Regierung'), found.join(' | '));
});

test('English words run into a name from a headline are no part of it in another language; a run of English words alone stays none', () => {
  const found = people('Bocelli sang im Dom. WZ Online Leader Italian Crowd Pleaser Andrea Bocelli hat Leben in die Kathedrale gebracht. Die New Yorker Gouverneur Andrew Cuomo sprach.', 'de');
  assert.ok(found.includes('Andrea Bocelli'), found.join(' | '));
  assert.ok(!found.some((p) => /Pleaser|Yorker/u.test(p)), found.join(' | '));
  assert.ok(!people('Oficial corriendo. Share Shares Copy Link Copy Ocultar Transcripción.', 'es').includes('Link Copy'));
});
