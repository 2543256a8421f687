import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDatesIntl } from '../../../src/stages/analyze/dates-intl.js';

// Sentences written for these tests; the anchor is a Thursday unless said otherwise.
const dates = (text: string, lang: string, anchor = '2021-03-18'): [string, string | undefined][] =>
  extractDatesIntl(text, lang, { date: anchor }).map((d) => [d.text, d.date]);
const day = (text: string, lang: string, word: string, anchor = '2021-03-18'): string | undefined =>
  extractDatesIntl(text, lang, { date: anchor }).find((d) => d.text.includes(word))?.date;

test('a future verb inside quoted speech does not move the weekday of the report forward', () => {
  assert.equal(day('« Le plan sera voté en avril », a déclaré la ministre mardi soir.', 'fr', 'mardi'), '2021-03-16');
  assert.equal(day('„Wir werden gewinnen“, sagte der Trainer am Dienstag.', 'de', 'Dienstag'), '2021-03-16');
  assert.equal(day('"La ley se aprobará pronto", dijo el ministro el martes.', 'es', 'martes'), '2021-03-16');
  // The weekday inside the quote keeps the quote's own tense.
  assert.equal(day('« Le vote aura lieu mardi », a-t-il dit.', 'fr', 'mardi'), '2021-03-23');
});

test('what a verb of saying reports after the weekday has its own time', () => {
  assert.equal(day('市长周二表示，新桥将在五月开放。', 'zh', '周二'), '2021-03-16');
  assert.equal(day('Министр во вторник заявил, что закон будет принят.', 'ru', 'вторник'), '2021-03-16');
  // Without a verb of saying the future still decides.
  assert.equal(day('新桥将于周二开放。', 'zh', '周二'), '2021-03-23');
});

test('a headline glued to the body by spaces ends a clause', () => {
  assert.equal(day('Brücke wird gesperrt  Ein Lastwagen krachte am Dienstagabend gegen den Pfeiler.', 'de', 'Dienstag'), '2021-03-16');
});

test('days written with one month: ranges, lists and a repeated preposition', () => {
  assert.deepEqual(dates('vom 8. bis 12. April', 'de'), [['8', '2021-04-08'], ['12. April', '2021-04-12']]);
  assert.deepEqual(dates('du 2 au 5 mai', 'fr'), [['2', '2021-05-02'], ['5 mai', '2021-05-05']]);
  assert.deepEqual(dates('entre el 3 y el 7 de junio de 2020', 'es'), [['3', '2020-06-03'], ['7 de junio de 2020', '2020-06-07']]);
  assert.deepEqual(dates('il 4 e 5 febbraio', 'it'), [['4', '2021-02-04'], ['5 febbraio', '2021-02-05']]);
  assert.deepEqual(dates('Sklepy będą otwarte od 22, a kina - od 29 marca.', 'pl').map((d) => d[1]), ['2021-03-22', '2021-03-29']);
  assert.deepEqual(dates('7, 8 и 9 января', 'ru').map((d) => d[1]), ['2021-01-07', '2021-01-08', '2021-01-09']);
  assert.deepEqual(dates('15-19 Haziran tarihleri arasında', 'tr', '2021-06-01').map((d) => d[1]), ['2021-06-15', '2021-06-19']);
  assert.deepEqual(dates('بين 10 و 12 مارس', 'ar').map((d) => d[1]), ['2021-03-10', '2021-03-12']);
  // A later day smaller than the earlier one, or a score before, is no range.
  assert.deepEqual(dates('Das Spiel endete 2:1 und 5. Mai', 'de').map((d) => d[0]), ['5. Mai']);
  assert.deepEqual(dates('am 25. und 3. Mai', 'de').map((d) => d[0]), ['3. Mai']);
});

test('Chinese days that share one month', () => {
  assert.deepEqual(dates('3 月 19-28 日举行', 'zh'), [['3 月 19', '2021-03-19'], ['28 日', '2021-03-28']]);
  assert.deepEqual(dates('2020 年 2 月 7 日、8 日举行', 'zh'), [['2020 年 2 月 7 日', '2020-02-07'], ['8 日', '2020-02-08']]);
  assert.deepEqual(dates('1 月 19 日和 20 日', 'zh', '2021-01-25').map((d) => d[1]), ['2021-01-19', '2021-01-20']);
});

test('"from" a date looks forward in a clause about the future; "since" never does', () => {
  assert.equal(day('Od 25 maja szkoły będą otwarte.', 'pl', '25 maja', '2021-05-12'), '2021-05-25');
  assert.equal(day('Od 6 maja przebywał w areszcie.', 'pl', '6 maja', '2021-05-12'), '2021-05-06');
  assert.equal(day('Seit dem 1. April wird die Statistik geführt.', 'de', 'April', '2021-03-30'), '2020-04-01');
  assert.equal(day('С 1 июня магазины будут открыты.', 'ru', 'июня', '2021-05-20'), '2021-06-01');
});

test('adjectives of yesterday and tomorrow name the day', () => {
  assert.deepEqual(dates('Wczorajsza sesja była spokojna.', 'pl'), [['Wczorajsza', '2021-03-17']]);
  assert.deepEqual(dates('после вчерашнего матча', 'ru'), [['вчерашнего', '2021-03-17']]);
  assert.deepEqual(dates('die gestrige Sitzung und die morgige Abstimmung', 'de'), [['gestrige', '2021-03-17'], ['morgige', '2021-03-19']]);
  assert.deepEqual(dates('dünkü toplantıda', 'tr'), [['dünkü', '2021-03-17']]);
  // "Today's" adjectives also mean "present-day" and are left alone.
  assert.deepEqual(dates('die heutige Jugend', 'de'), []);
});

test('German genitive months, Polish "ma" with an infinitive, Russian non-past clauses', () => {
  assert.deepEqual(dates('in der Nacht des 1. Januars', 'de', '2021-01-02'), [['1. Januars', '2021-01-01']]);
  assert.equal(day('W piątek rząd ma przedstawić plan.', 'pl', 'piątek'), '2021-03-19');
  assert.equal(day('В пятницу команда сыграет с чемпионом.', 'ru', 'пятницу'), '2021-03-19');
  assert.equal(day('В пятницу команда сыграла с чемпионом.', 'ru', 'пятницу'), '2021-03-12');
});

test('more words for the last and the next weekday', () => {
  assert.deepEqual(dates('Geçtiğimiz Salı günü toplantı yapıldı.', 'tr'), [['Geçtiğimiz Salı', '2021-03-16']]);
  assert.deepEqual(dates('Önümüzdeki Cuma açıklanacak.', 'tr').map((d) => d[1]), ['2021-03-19']);
  assert.deepEqual(dates('W ubiegły piątek odbyło się spotkanie.', 'pl'), [['ubiegły piątek', '2021-03-12']]);
  assert.deepEqual(dates('в минувшую пятницу', 'ru'), [['минувшую пятницу', '2021-03-12']]);
  assert.deepEqual(dates('يوم الجمعة الماضية', 'ar'), [['الجمعة الماضية', '2021-03-12']]);
});

test('Polish and Russian weekdays only with their own endings', () => {
  const texts = (text: string, lang: string): string[] => dates(text, lang).map(([t]) => t);
  assert.deepEqual(texts('Среди средств, в среднем, в среду и в пятницу.', 'ru'), ['среду', 'пятницу']);
  assert.deepEqual(texts('W środku lasu czwarta tarcza, piąty raz; w środę i w czwartek.', 'pl'), ['środę', 'czwartek']);
  // The adjectives of a day name it ("niedzielne wybory", Sunday's election).
  assert.deepEqual(texts('niedzielne wybory i piątkowy mecz', 'pl'), ['niedzielne', 'piątkowy']);
  assert.deepEqual(texts('после субботней игры', 'ru'), ['субботней']);
});

test('German "soll" with a perfect infinitive reports the past; with a plan it stays future', () => {
  assert.equal(day('Der Fahrer soll am Samstag zu schnell gefahren sein.', 'de', 'Samstag'), '2021-03-13');
  assert.equal(day('Der Plan soll am Samstag vorgestellt werden.', 'de', 'Samstag'), '2021-03-20');
});

test('parts of today and the forms of the day before yesterday and after tomorrow', () => {
  // The anchor here is Thursday 2021-03-18.
  assert.deepEqual(dates('Ce matin, 12 personnes sont mortes.', 'fr'), [['Ce matin', '2021-03-18']]);
  assert.deepEqual(dates('La lluvia de esta noche cerró la autopista.', 'es'), [['esta noche', '2021-03-18']]);
  assert.deepEqual(dates('Antier murieron 12 personas.', 'es'), [['Antier', '2021-03-16']]);
  assert.deepEqual(dates("L'altro ieri sono morte 12 persone.", 'it'), [["L'altro ieri", '2021-03-16']]);
  assert.deepEqual(dates('أمس الأول لقي 12 شخصا حتفهم.', 'ar'), [['أمس الأول', '2021-03-16']]);
  assert.deepEqual(dates('يوم غد سيجتمع المجلس.', 'ar'), [['يوم غد', '2021-03-19']]);
  assert.deepEqual(dates('بعد غد سيجتمع المجلس.', 'ar'), [['بعد غد', '2021-03-20']]);
});

test('weekday spellings: Turkish case endings written on, Arabic hamza on the Monday', () => {
  assert.deepEqual(dates('Cumartesiyi Pazara bağlayan gece 12 kişi öldü.', 'tr').map((d) => d[1]), ['2021-03-13', '2021-03-14']);
  assert.deepEqual(dates('Cumadan itibaren üç gün yağış var.', 'tr').map((d) => d[1]), ['2021-03-19']);
  assert.deepEqual(dates('يوم الأثنين لقي 12 شخصا حتفهم.', 'ar').map((d) => d[1]), ['2021-03-15']);
  // A market in lower case and a bargain are no Sunday.
  assert.deepEqual(dates('Pazarlık uzun sürdü, pazarda 12 kişi vardı.', 'tr'), []);
  // German plural "finden … statt" is scheduled too.
  assert.deepEqual(dates('Diesen Samstag finden die Wahlen statt.', 'de').map((d) => d[1]), ['2021-03-20']);
});

test('words of the nearest coming and the elapsed day, and "by" a day, decide without a verb', () => {
  // Anchor Thursday 2021-03-18: the coming Friday is 03-19, the last 03-12.
  assert.deepEqual(dates('Выборы — в ближайшую пятницу.', 'ru').map((d) => d[1]), ['2021-03-19']);
  assert.deepEqual(dates('Il testo entro venerdì.', 'it').map((d) => d[1]), ['2021-03-19']);
  assert.deepEqual(dates("Le texte d'ici vendredi.", 'fr').map((d) => d[1]), ['2021-03-19']);
  assert.deepEqual(dates('القمة يوم الجمعة المنصرم.', 'ar').map((d) => d[1]), ['2021-03-12']);
  assert.deepEqual(dates('Wybory w miniony piątek.', 'pl').map((d) => d[1]), ['2021-03-12']);
});
