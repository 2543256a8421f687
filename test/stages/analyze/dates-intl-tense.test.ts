import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDatesIntl } from '../../../src/stages/analyze/dates-intl.js';

// Sentences written for these tests; the anchor is Wednesday 2020-03-18: last Friday 03-13, next Friday 03-20.
const day = (text: string, lang: string, word: string, anchor = '2020-03-18'): string | undefined =>
  extractDatesIntl(text, lang, { date: anchor }).find((d) => d.text.includes(word))?.date;

test('"from <weekday>" looks forward', () => {
  assert.equal(day('À partir de lundi, de nouvelles règles s’appliquent.', 'fr', 'lundi'), '2020-03-23');
  assert.equal(day('Los precios bajarán a partir de este jueves.', 'es', 'jueves'), '2020-03-19');
  assert.equal(day('A partire da lunedì cambiano gli orari.', 'it', 'lunedì'), '2020-03-23');
  assert.equal(day('اعتبارا من يوم الاثنين تطبق قواعد جديدة', 'ar', 'الاثنين'), '2020-03-23');
  assert.equal(day('从周一起实施新规定。', 'zh', '周一'), '2020-03-23');
  assert.equal(day('会议定于周五举行。', 'zh', '周五'), '2020-03-20');
});

test('German "ab" looks forward only before a day, not before an hour or a bare number', () => {
  assert.equal(day('Ab Freitag gilt die Maskenpflicht.', 'de', 'Freitag'), '2020-03-20');
  assert.equal(day('Die Regel gilt ab dem 1.10.2020, am Freitag wird abgestimmt.', 'de', 'Freitag'), '2020-03-20');
  // The hour of that evening's broadcast, an age: the day stays the last one.
  assert.equal(day('Die Komödie hat die ARD am Freitagabend ab 20.15 Uhr gezeigt.', 'de', 'Freitagabend'), '2020-03-13');
  assert.equal(day('Die Komödie hat die ARD am Freitagabend ab 2 Quoten gezeigt.', 'de', 'Freitagabend'), '2020-03-13');
  assert.equal(day('Am Freitag durften Kinder ab 12 Jahren wieder ins Kino.', 'de', 'Freitag'), '2020-03-13');
});

test('Polish perfective futures of events and verbs of expecting', () => {
  assert.equal(day('W piątek odbędzie się posiedzenie rządu.', 'pl', 'piątek'), '2020-03-20');
  assert.equal(day('Wybory odbędą się w niedzielę.', 'pl', 'niedziel'), '2020-03-22');
  assert.equal(day('Nie spodziewamy się, że szkoły otworzą od 1 września.', 'pl', 'września'), '2020-09-01');
  assert.equal(day('Rząd ogłosił w piątek zamknięcie szkół.', 'pl', 'piątek'), '2020-03-13');
});

test('German verb-second: a present verb after a fronted weekday is the coming day', () => {
  assert.equal(day('Am Freitag beginnt die Messe.', 'de', 'Freitag'), '2020-03-20');
  assert.equal(day('Er stieß ihn um. Am Dienstag steht der Mann vor Gericht.', 'de', 'Dienstag'), '2020-03-24');
  // The perfect, the preterite and strong past forms in -t stay past.
  assert.equal(day('Am Freitag hat die Polizei den Mann festgenommen.', 'de', 'Freitag'), '2020-03-13');
  assert.equal(day('Am Freitag sagte der Minister, es gebe keine Gefahr.', 'de', 'Freitag'), '2020-03-13');
  assert.equal(day('Am Freitag hielt die Kanzlerin eine Rede.', 'de', 'Freitag'), '2020-03-13');
  assert.equal(day('Am Freitag kommt es zum Streik, der am Montag angekündigt wurde.', 'de', 'Freitag'), '2020-03-13');
});

test('a clause after ", but" has its own tense', () => {
  assert.equal(day('Głosowanie potrwa do środy, ale już w piątek członkowie Rady zagłosowali.', 'pl', 'piątek'), '2020-03-13');
  assert.equal(day('La réunion aura lieu en avril, mais vendredi le ministre a démenti.', 'fr', 'vendredi'), '2020-03-13');
  // Chinese 虽然…但… shares one time: the forecast after 但 covers Sunday.
  assert.equal(day('虽然周日看起来相当平静，但这种模式将保持活跃。', 'zh', '周日'), '2020-03-22');
});

test('a weekday beside "yesterday" or "tomorrow" is that day', () => {
  assert.equal(day('اعتبارا من منتصف أمس السبت', 'ar', 'السبت', '2020-03-15'), '2020-03-14');
  assert.equal(day('posibles condiciones adversas mañana jueves', 'es', 'jueves'), '2020-03-19');
  assert.equal(day('Gestern, Dienstag, wurde gewählt.', 'de', 'Dienstag'), '2020-03-17');
});

test('German verb-second: an adverb in -t after the weekday is no present verb', () => {
  assert.equal(day('Am Freitag zuletzt sah man ihn lebend.', 'de', 'Freitag'), '2020-03-13');
  assert.equal(day('Am Freitag nicht mehr zu sehen.', 'de', 'Freitag'), '2020-03-13');
});

test('a day before "that" after a verb of saying or deciding is the announcement\'s; a day after "that" takes the reported tense', () => {
  // Anchor Wednesday 2020-03-18: last Friday 03-13, next Friday 03-20.
  const fri = (text: string, lang: string): string | undefined => extractDatesIntl(text, lang, { date: '2020-03-18' })[0]?.date;
  assert.equal(fri('Le gouvernement a annoncé vendredi que les écoles fermeront.', 'fr'), '2020-03-13');
  assert.equal(fri('El gobierno anunció el viernes que las escuelas cerrarán.', 'es'), '2020-03-13');
  assert.equal(fri('Il governo ha annunciato venerdì che le scuole chiuderanno.', 'it'), '2020-03-13');
  assert.equal(fri('Rząd poinformował w piątek, że szkoły zostaną zamknięte.', 'pl'), '2020-03-13');
  assert.equal(fri('Die Regierung hat am Freitag entschieden, dass die Schulen schließen werden.', 'de'), '2020-03-13');
  assert.equal(fri('أعلنت الحكومة يوم الجمعة أن المدارس ستغلق.', 'ar'), '2020-03-13');
  assert.equal(fri('Premier zapowiedział, że w piątek rząd będzie głosował.', 'pl'), '2020-03-20');
  assert.equal(fri('Министр заявил, что в пятницу правительство решит.', 'ru'), '2020-03-20');
  assert.equal(fri('Il ministro ha detto che venerdì il governo deciderà.', 'it'), '2020-03-20');
  // A cleft is no report: "C'est vendredi que … décidera".
  assert.equal(fri("C'est vendredi que le gouvernement décidera.", 'fr'), '2020-03-20');
  // A relative "que" after the day keeps the clause ("las medidas que entrarán en vigor el viernes").
  assert.equal(fri('El gobierno anunció las medidas que entrarán en vigor el viernes.', 'es'), '2020-03-20');
});

test('futures of obligation and schedule, present tenses that look ahead, and "since" a day', () => {
  const fri = (text: string, lang: string): string | undefined => extractDatesIntl(text, lang, { date: '2020-03-18' })[0]?.date;
  assert.equal(fri('Der Prozess beginnt am Freitag.', 'de'), '2020-03-20');
  assert.equal(fri('Die Entscheidung fällt am Freitag.', 'de'), '2020-03-20');
  assert.equal(fri('Er muss am Freitag vor Gericht erscheinen.', 'de'), '2020-03-20');
  assert.equal(fri('Die Entscheidung fiel am Freitag.', 'de'), '2020-03-13');
  // The separable particle "ab" is no "from": "stimmte am Freitag … ab"; "ab Freitag" is.
  assert.equal(fri('Der Bundestag stimmte am Freitag über das Gesetz ab.', 'de'), '2020-03-13');
  assert.equal(fri('Ab Freitag gelten neue Regeln.', 'de'), '2020-03-20');
  assert.equal(fri('Правительство должно принять решение в пятницу.', 'ru'), '2020-03-20');
  assert.equal(fri('Правительство должно было принять решение в пятницу.', 'ru'), '2020-03-13');
  assert.equal(fri('ستقرر الحكومة يوم الجمعة.', 'ar'), '2020-03-20');
  assert.equal(fri('Bakanlar Cuma günü toplanıyor.', 'tr'), '2020-03-20');
  assert.equal(fri('Bakanlar Cuma günü toplandı.', 'tr'), '2020-03-13');
  assert.equal(fri('Cuma günü yapılan toplantıda karar alındı.', 'tr'), '2020-03-13');
  // Nouns made with the future suffix are no future: "yiyecek" (food).
  assert.equal(fri('Yiyecek yardımı Cuma günü dağıtıldı.', 'tr'), '2020-03-13');
  // Since a day: the past one, whatever the tense around it.
  assert.equal(fri('Er muss sich seit Freitag vor Gericht verantworten.', 'de'), '2020-03-13');
  assert.equal(fri('Protestolar Cuma\'dan beri sürüyor.', 'tr'), '2020-03-13');
  assert.equal(fri('Już w najbliższy piątek rząd zdecyduje.', 'pl'), '2020-03-20');
});

test('scheduled, expected, and "for" a day look ahead; the night from one day to the next and "to Sunday\'s" do not', () => {
  const fri = (text: string, lang: string): string | undefined => extractDatesIntl(text, lang, { date: '2020-03-18' })[0]?.date;
  assert.equal(fri('Die Abstimmung ist für Freitag angesetzt.', 'de'), '2020-03-20');
  assert.equal(fri('Les résultats sont attendus vendredi.', 'fr'), '2020-03-20');
  assert.equal(fri('La votación está prevista para el viernes.', 'es'), '2020-03-20');
  assert.equal(fri('Il voto è fissato per venerdì.', 'it'), '2020-03-20');
  assert.equal(fri('Głosowanie zaplanowano na piątek.', 'pl'), '2020-03-20');
  assert.equal(fri('Голосование назначено на пятницу.', 'ru'), '2020-03-20');
  assert.equal(fri('Голосование запланировано на пятницу.', 'ru'), '2020-03-20');
  // The night before a day, the night from one day to the next, an adjective of the day: no "for".
  assert.equal(fri('В ночь на пятницу погибли 12 человек.', 'ru'), '2020-03-13');
  assert.equal(fri('W nocy z czwartku na piątek zginęło 12 osób.', 'pl'), '2020-03-12');
  assert.equal(fri('Demonstracja była reakcją na piątkowy nalot.', 'pl'), '2020-03-13');
  assert.equal(fri('会议预定周五举行。', 'zh'), '2020-03-20');
  assert.equal(fri('该法案有望在周五获得通过。', 'zh'), '2020-03-20');
  assert.equal(fri('周五起，新规正式实施。', 'zh'), '2020-03-20');
  assert.equal(fri('من المنتظر أن يصل الوزير يوم الجمعة.', 'ar'), '2020-03-20');
  assert.equal(fri('يعتزم الوزير زيارة القاهرة يوم الجمعة.', 'ar'), '2020-03-20');
  // "as planned" tells of a plan carried out.
  assert.equal(fri('Comme prévu, le procès a commencé vendredi.', 'fr'), '2020-03-13');
  assert.equal(fri('Come previsto, il processo è iniziato venerdì.', 'it'), '2020-03-13');
  assert.equal(fri('Como estaba previsto, el juicio comenzó el viernes.', 'es'), '2020-03-13');
  assert.equal(fri('Wie geplant begann der Prozess am Freitag.', 'de'), '2020-03-13');
  // "long-awaited" is no schedule.
  assert.equal(fri('Ha vinto la tanto attesa rivincita a Las Vegas venerdì.', 'it'), '2020-03-13');
});

test('Russian: a weekday that falls tomorrow is tomorrow when no past verb dates its clause', () => {
  // Anchor Wednesday 2020-03-18: Thursday is tomorrow (03-19) or six days back (03-12).
  assert.equal(day('Концерт в четверг, в 19:00, вход свободный.', 'ru', 'четверг'), '2020-03-19');
  assert.equal(day('Только вторник, 18:00 до полуночи, для празднования Нового года.', 'ru', 'вторник', '2019-12-30'), '2019-12-31');
  // A past verb, also capitalised, a past participle, or a day standing alone after a past sentence keeps it past.
  assert.equal(day('В четверг президент подписал указ.', 'ru', 'четверг'), '2020-03-12');
  assert.equal(day('Сообщила в четверг полиция о задержании.', 'ru', 'четверг'), '2020-03-12');
  assert.equal(day('Опубликованный в четверг доклад вызвал споры.', 'ru', 'четверг'), '2020-03-12');
  assert.equal(day('Об этом сообщила полиция. в четверг. Двое обвиняемых задержаны.', 'ru', 'четверг'), '2020-03-12');
  // Other distances are untouched: Monday is two days back, not five ahead.
  assert.equal(day('Концерт в понедельник, в 19:00.', 'ru', 'понедельник'), '2020-03-16');
});

test('a day and month without a year in a past clause is the last one, unless the date is what something is for or in a later conjunct', () => {
  // A report of 3 December 2021: next 22 April is 140 days ahead, last 22 April 225 days back.
  const dec = '2021-12-03';
  assert.equal(day("Au printemps, Moscou avait déjà massé plus de 100 000 hommes avant d'annoncer un retrait partiel le 22 avril.", 'fr', 'avril', dec), '2021-04-22');
  assert.equal(day('Moskau hatte am 22. April einen Teilabzug angekündigt.', 'de', 'April', dec), '2021-04-22');
  assert.equal(day('Moscú había anunciado una retirada parcial el 22 de abril.', 'es', 'abril', dec), '2021-04-22');
  assert.equal(day('Mosca ha annunciato un ritiro parziale il 22 aprile.', 'it', 'aprile', dec), '2021-04-22');
  // No past verb, a future one, a date something is for, a later conjunct without a past verb: ahead.
  assert.equal(day('Le sommet aura lieu le 22 avril.', 'fr', 'avril', dec), '2022-04-22');
  assert.equal(day('Il a déclaré que le sommet aurait lieu le 22 avril.', 'fr', 'avril', dec), '2022-04-22');
  assert.equal(day('El modelo aumentó su proyección a 147.000 muertes para el 22 de abril.', 'es', 'abril', dec), '2022-04-22');
  assert.equal(day('Ha firmato un contratto nel 2019 e può diventare free agent il 22 aprile.', 'it', 'aprile', dec), '2022-04-22');
});
