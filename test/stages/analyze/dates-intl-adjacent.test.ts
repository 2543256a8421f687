import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDatesIntl } from '../../../src/stages/analyze/dates-intl.js';

// Sentences written for these tests; the anchor is Wednesday 2020-03-18 unless said otherwise.
const dates = (text: string, lang: string, anchor = '2020-03-18'): [string, string | undefined][] =>
  extractDatesIntl(text, lang, { date: anchor }).map((d) => [d.text, d.date]);

test('the day before, with no date before it in its sentence, is named from the publication date', () => {
  assert.deepEqual(dates('Das war etwa ein Dollar mehr als am Vortag.', 'de'), [['am Vortag', '2020-03-17']]);
  assert.deepEqual(dates('La veille, le cours avait chuté de 3 %.', 'fr'), [['La veille', '2020-03-17']]);
  assert.deepEqual(dates('El día anterior, el índice cayó un 3 %.', 'es'), [['El día anterior', '2020-03-17']]);
  assert.deepEqual(dates('Il giorno prima l’indice era sceso del 3 %.', 'it'), [['Il giorno prima', '2020-03-17']]);
  assert.deepEqual(dates('Dzień wcześniej indeks spadł o 3 proc.', 'pl'), [['Dzień wcześniej', '2020-03-17']]);
  assert.deepEqual(dates('Накануне индекс упал на 3%.', 'ru'), [['Накануне', '2020-03-17']]);
  assert.deepEqual(dates('Bir gün önce endeks yüzde 3 düştü.', 'tr'), [['Bir gün önce', '2020-03-17']]);
  assert.deepEqual(dates('في اليوم السابق انخفض المؤشر بنسبة 3%.', 'ar'), [['في اليوم السابق', '2020-03-17']]);
  assert.deepEqual(dates('前一天，指数下跌了 3%。', 'zh'), [['前一天', '2020-03-17']]);
});

test('the day after (and before) a date written earlier in the sentence is named from that date', () => {
  const after: [string, string, string][] = [
    ['de', 'Am 3. Dezember 2019 kam er an, am Tag darauf reiste er ab.', 'am Tag darauf'],
    ['fr', 'Le 3 décembre 2019, il est arrivé ; le lendemain, il est reparti.', 'le lendemain'],
    ['es', 'El 3 de diciembre de 2019 llegó y al día siguiente se fue.', 'al día siguiente'],
    ['it', 'Il 3 dicembre 2019 è arrivato e il giorno dopo è ripartito.', 'il giorno dopo'],
    ['pl', '3 grudnia 2019 r. przyjechał, a następnego dnia wyjechał.', 'następnego dnia'],
    ['ru', '3 декабря 2019 года он прибыл, а на следующий день уехал.', 'на следующий день'],
    ['tr', '3 Aralık 2019\'da geldi, ertesi gün gitti.', 'ertesi gün'],
    ['ar', 'وصل في 3 ديسمبر 2019 وغادر في اليوم التالي.', 'في اليوم التالي'],
    ['zh', '他于 2019 年 12 月 3 日抵达，次日离开。', '次日'],
  ];
  for (const [lang, text, phrase] of after) assert.deepEqual(dates(text, lang)[1], [phrase, '2019-12-04'], `${lang}: ${text}`);
  assert.deepEqual(dates('Am Dienstag (10. März) stimmte der Rat ab, tags zuvor hatte er beraten.', 'de').map((d) => d[1]), ['2020-03-10', '2020-03-10', '2020-03-09']);
  // A date in an earlier sentence is not the one meant: the publication date is.
  assert.deepEqual(dates('Am Donnerstag fiel der Kurs. Heute lag er höher als am Vortag.', 'de').map((d) => d[1]), ['2020-03-12', '2020-03-18', '2020-03-17']);
});

test('the eve of a named event and a counted day are no day', () => {
  assert.deepEqual(dates('Am Vortag der Wahl sprach er in Berlin.', 'de'), []);
  assert.deepEqual(dates('La veille du scrutin, il a parlé.', 'fr'), []);
  assert.deepEqual(dates('Un día antes de las elecciones habló.', 'es'), []);
  assert.deepEqual(dates('La vigilia di Natale ha parlato.', 'it'), []);
  assert.deepEqual(dates('Накануне выборов кандидаты выступили.', 'ru'), []);
  assert.deepEqual(dates('Накануне Рождества кандидаты выступили.', 'ru'), []);
  assert.deepEqual(dates('Seçimden bir gün önce konuştu.', 'tr'), []);
  assert.deepEqual(dates('في اليوم السابق للانتخابات تحدث الرئيس.', 'ar'), []);
  assert.deepEqual(dates('في اليوم الأول من المؤتمر تحدث الرئيس.', 'ar'), []);
  assert.deepEqual(dates('选举的前一天他发表讲话。', 'zh'), []);
  assert.deepEqual(dates('民兵连续第二天向大使馆投掷石块，人们观看第一次日出。', 'zh'), []);
  assert.deepEqual(dates('Il fumo si è alzato un giorno dopo che i miliziani hanno fatto irruzione.', 'it'), []);
  assert.deepEqual(dates('На следующий день после выборов он уехал.', 'ru'), []);
});

test('a weekday of last week or next week is that day of the week before or after the publication\'s', () => {
  const cases: [string, string, string][] = [
    ['de', 'Letzte Woche Montag begann der Prozess.', '2020-03-09'],
    ['de', 'Am Montag letzter Woche begann der Prozess.', '2020-03-09'],
    ['fr', 'La semaine dernière, lundi, il a parlé.', '2020-03-09'],
    ['es', 'El lunes de la semana pasada habló.', '2020-03-09'],
    ['it', 'La settimana scorsa, lunedì, ha parlato.', '2020-03-09'],
    ['pl', 'W zeszłym tygodniu w poniedziałek minister przemówił.', '2020-03-09'],
    ['ru', 'В понедельник на прошлой неделе министр выступил.', '2020-03-09'],
    ['tr', 'Geçen hafta Pazartesi toplantı yapıldı.', '2020-03-09'],
    ['tr', 'Gelecek hafta Salı toplantı yapılacak.', '2020-03-24'],
    ['ar', 'الأسبوع الماضي يوم الاثنين عقدت القمة.', '2020-03-09'],
    ['zh', '上周一，部长发表讲话。', '2020-03-09'],
    ['zh', '上周五，部长发表讲话。', '2020-03-13'],
  ];
  for (const [lang, text, day] of cases) assert.deepEqual(dates(text, lang).map((d) => d[1]), [day], `${lang}: ${text}`);
  // On a Monday, next week's Tuesday is eight days on, not tomorrow.
  assert.deepEqual(dates('下周二将举行会议。', 'zh', '2020-03-16').map((d) => d[1]), ['2020-03-24']);
  // Without the week's word, the last Monday.
  assert.deepEqual(dates('Pazartesi toplantı yapıldı.', 'tr').map((d) => d[1]), ['2020-03-16']);
});

test('a year written alone in the sentence gives a day and month its year', () => {
  assert.deepEqual(dates('Обещания на 2020 год, который заканчивается 31 декабря, не выполнены.', 'ru', '2020-01-02'), [['31 декабря', '2020-12-31']]);
  assert.deepEqual(dates('Im Jahr 2020 endet die Frist am 31. Dezember.', 'de', '2020-01-02').map((d) => d[1]), ['2020-12-31']);
  assert.deepEqual(dates('2020 yılında bütçe 31 Aralık\'ta kapanıyor.', 'tr', '2020-01-02').map((d) => d[1]), ['2020-12-31']);
  assert.deepEqual(dates('在 2020 年，该计划将于 12 月 31 日结束。', 'zh', '2020-01-02').map((d) => d[1]), ['2020-12-31']);
  // A year naming an event is not the sentence's year.
  assert.deepEqual(dates('12 月 31 日，主席向在 2020 年东京奥运会上的运动员表示祝贺。', 'zh', '2020-01-02').map((d) => d[1]), ['2019-12-31']);
  // Two years in the sentence name none; without a year the nearest 31 December stays.
  assert.deepEqual(dates('W 2019 r. i 2020 r. termin mija 31 grudnia.', 'pl', '2020-01-02').map((d) => d[1]), ['2019-12-31']);
  assert.deepEqual(dates('Термин истек 31 декабря.', 'ru', '2020-01-02').map((d) => d[1]), ['2019-12-31']);
  // A target year is no sentence's year: "bis 2021", "pour 2021".
  assert.deepEqual(dates('Die Regel gilt bis 2021, abgestimmt wurde am 3. März.', 'de').map((d) => d[1]), ['2020-03-03']);
  assert.deepEqual(dates('Un plan pour 2021 a été adopté le 3 mars.', 'fr').map((d) => d[1]), ['2020-03-03']);
});

test('participles of expecting and planning (tr) and the future prefix on verbs of events (ar) look forward', () => {
  assert.deepEqual(dates('Perşembe günü düzenlenmesi beklenen toplantıda ele alınacak.', 'tr').map((d) => d[1]), ['2020-03-19']);
  assert.deepEqual(dates('Perşembe günü yapılması planlanan toplantı.', 'tr').map((d) => d[1]), ['2020-03-19']);
  assert.deepEqual(dates('Perşembe günü beklenmedik bir açıklama yaptı.', 'tr').map((d) => d[1]), ['2020-03-12']);
  assert.deepEqual(dates('ستعقد القمة يوم الخميس.', 'ar').map((d) => d[1]), ['2020-03-19']);
  assert.deepEqual(dates('سيلتقي الوزير نظيره يوم الخميس.', 'ar').map((d) => d[1]), ['2020-03-19']);
  assert.deepEqual(dates('عقدت القمة يوم الخميس.', 'ar').map((d) => d[1]), ['2020-03-12']);
  assert.deepEqual(dates('وصلت سيارة الوزير يوم الخميس.', 'ar').map((d) => d[1]), ['2020-03-12']);
});

test('the day after a day named in an earlier sentence of the paragraph continues that story', () => {
  assert.deepEqual(dates('Am 3. März kam er an. Am Tag darauf reiste er ab.', 'de').map((d) => d[1]), ['2020-03-03', '2020-03-04']);
  assert.deepEqual(dates('Le 3 mars, il est arrivé. Le lendemain, il est reparti.', 'fr').map((d) => d[1]), ['2020-03-03', '2020-03-04']);
  // With no day named before, the day after the publication.
  assert.deepEqual(dates('Al día siguiente se conocerán los resultados.', 'es').map((d) => d[1]), ['2020-03-19']);
});

test('the "next" of "am nächsten Tag" or "на следующий день" is no future for the clause\'s weekday', () => {
  assert.deepEqual(dates('Am Freitag kam er an, am nächsten Tag reiste er ab.', 'de').map((d) => d[1]), ['2020-03-13', '2020-03-14']);
  assert.deepEqual(dates('В пятницу он прибыл, а на следующий день уехал.', 'ru').map((d) => d[1]), ['2020-03-13', '2020-03-14']);
});
