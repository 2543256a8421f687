/**
 * Issue 13, 2026-12-06 night (fifth round): who can speak. A run in capitals of two words or more (a headline run into
 * the text) and a user handle name no one who speaks: the best-scored person the text names takes their place; an
 * acronym, a name with its own inner capital ("McCain") and a handle by a verb of saying still speak. German perfect
 * participles ("hat unterstrichen, dass") and Italian "recita" ("recita la didascalia") are verbs of saying; a Turkish
 * name in the ablative right before a quotation ("Erdoğan'dan “…”") is its source; Spanish "finalizó" closes a remark; a name between slashes is a photo credit. Sentences
 * written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { isUnlikelySpeaker } from '../../../src/stages/analyze/speaker-choice-intl.js';
import { SPEECH } from '../../../src/stages/analyze/speech-verbs-intl.js';

const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

const verbs = (lang: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${SPEECH[lang].verbs})(?![\\p{L}])`, 'iu');

test('a headline run in capitals is no speaker: the person the text names speaks', () => {
  assert.deepEqual(quotes('Ayşe Demir, Ankara\'da trafik kazasına karıştı. Demir, yan şeritteki otomobilin sürücüsü ile konuştu. ARAÇ SÜRÜCÜSÜ ÖZÜR DİLEDİ, Demir otomobili yolun kenarına çekerek, "Polis çağırmayın. Aynanızı yaptırayım" teklifinde bulundu.', 'tr'),
    [['Polis çağırmayın. Aynanızı yaptırayım', 'Demir']]);
});

test('a name set in capitals still speaks', () => {
  assert.deepEqual(quotes('Vali Ali Kaya toplantıya katıldı. Vali Ali Kaya konuştu ve Ali Kaya açıklama yaptı. MEHMET YILMAZ, "Bu iş bitmeli" dedi.', 'tr'),
    [['Bu iş bitmeli', 'MEHMET YILMAZ']]);
  assert.deepEqual(quotes('El presidente Juan Pérez habló ayer. Juan Pérez dijo muchas cosas y Juan Pérez saludó. "Esto debe terminar", dijo CARLOS GÓMEZ.', 'es'),
    [['Esto debe terminar', 'CARLOS GÓMEZ']]);
});

test('a user handle is no speaker when the text names a person with evidence', () => {
  assert.deepEqual(quotes('La diputada Carla Méndez encabezó la marcha del sábado. Méndez habló con los vecinos y Carla Méndez saludó a la prensa. Hoy nos unimos por la libertad ForLibertad "Venezuela no se rinde". La marcha terminó sin incidentes.', 'es'),
    [['Venezuela no se rinde', 'Carla Méndez']]);
});

test('which capitalised phrases are unlikely speakers', () => {
  const text = 'NATO teilte mit, die Lage sei ruhig. McCain sagte nichts. JeanMarc75 schrieb etwas. PaulaRx sagte "ja".';
  const v = verbs('de');
  const lower = new Set(['araç', 'sürücüsü']);
  const unlikely = (w: string): boolean => isUnlikelySpeaker(w, text, v, lower, 'tr');
  assert.equal(unlikely('ARAÇ SÜRÜCÜSÜ ÖZÜR DİLEDİ'), true);
  // A name set in capitals is no ordinary word of the text.
  assert.equal(unlikely('MEHMET YILMAZ'), false);
  assert.equal(unlikely('DoudouRh'), true);
  // An acronym, a name's own prefix, a handle by a verb of saying, an ordinary name: they may speak.
  assert.equal(unlikely('NATO'), false);
  assert.equal(unlikely('McCain'), false);
  assert.equal(unlikely('PaulaRx'), false);
  assert.equal(unlikely('Angela Merkel'), false);
});

test('"recita la didascalia" attributes the caption, not a platform named before', () => {
  assert.deepEqual(quotes('La foto è stata pubblicata martedì sull\'account Instagram del fotografo Luca Bianchi. "Il mio lavoro più bello", recita la didascalia.', 'it'),
    [['Il mio lavoro più bello', 'la didascalia']]);
  // Before marked words "recita" is acting, not saying.
  assert.deepEqual(quotes('Luca Bianchi recita nel film "La grande bellezza" da protagonista.', 'it'), []);
});

test('a German perfect participle of saying introduces a quote with its own subject', () => {
  assert.deepEqual(quotes('"Wir bleiben bei unserem Plan", sagte Minister Hans Weber. Die Opposition hat unterstrichen, dass "der Plan gescheitert ist".', 'de'),
    [['Wir bleiben bei unserem Plan', 'Minister Hans Weber'], ['der Plan gescheitert ist', 'Opposition']]);
  // After a closing mark a participle takes the marked words as its object: no quote.
  assert.deepEqual(quotes('Der Minister hat „harte Maßnahmen“ angekündigt. Sie hat „Nein“ gesagt und ist gegangen.', 'de'), []);
});

test('a Turkish name in the ablative right before a quotation is its source', () => {
  assert.deepEqual(quotes('Depremde yaralanan İletişim Müdürü Ali Çelik hastaneye kaldırıldı. Çelik ailesini aradı. Telefonda Cumhurbaşkanı Erdoğan\'dan "Geçmiş olsun. Ailenize selamlarımı iletin" mesajı geldi.', 'tr'),
    [['Geçmiş olsun. Ailenize selamlarımı iletin', 'Cumhurbaşkanı Erdoğan']]);
});

test('a Spanish verb that closes a remark ("finalizó") attributes it', () => {
  assert.deepEqual(quotes('El ex detenido pudo cobrar. “Hablamos con la secretaría. Desde el Ministerio consideramos que es justo”, finalizó el subsecretario.', 'es'),
    [['Hablamos con la secretaría. Desde el Ministerio consideramos que es justo', 'el subsecretario']]);
  assert.deepEqual(quotes('El equipo remató "a puerta vacía" en el último minuto.', 'es'), []);
});

test('a name between slashes is a photo credit, not the speaker of a subjectless verb', () => {
  const text = '"Szpitale się zapełniają, dlatego otwieramy kolejne" - poinformował wiceminister zdrowia Jan Nowak.\n/ Piotr Kowalski / PAP\nNowak poinformował na konferencji prasowej, iż szpitale wypełniają się już pacjentami.\nDlatego otwieramy kolejne oddziały, które także staną się oddziałami zakaźnymi - powiedział.';
  assert.deepEqual(quotes(text, 'pl'), [
    ['Szpitale się zapełniają, dlatego otwieramy kolejne', 'Jan Nowak'],
    ['Dlatego otwieramy kolejne oddziały, które także staną się oddziałami zakaźnymi', 'Jan Nowak'],
  ]);
});
