import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFiguresIntl } from '../../../src/stages/analyze/figures-intl.js';
import { extractDatesIntl } from '../../../src/stages/analyze/dates-intl.js';
import { findNumbersIntl } from '../../../src/stages/analyze/numbers-intl.js';

// Sentences written for these tests.
const figures = (text: string, lang: string): { text: string; value: number; valueMax?: number; unit: string }[] =>
  extractFiguresIntl(text, lang, extractDatesIntl(text, lang, { date: '2021-03-18' }))
    .map((f) => ({ text: f.text, value: f.value, ...(f.valueMax !== undefined ? { valueMax: f.valueMax } : {}), unit: f.unit }));
const values = (text: string, lang: string): number[] => figures(text, lang).map((f) => f.value);

test('a rise of a percent to an amount is two figures, not a range', () => {
  assert.deepEqual(values('出口增长 12% 至 340 亿美元。', 'zh'), [12, 3.4e10]);
  assert.deepEqual(values('Las ventas cayeron un 4 % a 12,5 millones de unidades.', 'es'), [4, 12.5e6]);
  assert.deepEqual(values("L'indice a perdu 0,4 % à 6.021,37 points.", 'fr'), [0.4, 6021.37]);
  assert.deepEqual(values('Il fatturato è salito del 7% a 2,1 miliardi di euro.', 'it'), [7, 2.1e9]);
  // A range whose first number leaves its unit to the second stays a range.
  assert.deepEqual(figures('Es kamen 10 bis 15 Prozent mehr Gäste.', 'de').map((f) => [f.value, f.valueMax]), [[10, 15]]);
  assert.deepEqual(figures('Od 5 do 8 tys. osób.', 'pl').map((f) => [f.value, f.valueMax]), [[5000, 8000]]);
  assert.deepEqual(figures('预计 3 至 5 名工人受伤。', 'zh').map((f) => [f.value, f.valueMax]), [[3, 5]]);
});

test('Polish and Russian thousands with the hundreds written after them', () => {
  assert.deepEqual(values('Na koncert przyszło 28 tys. 700 osób.', 'pl'), [28700]);
  assert.deepEqual(values('Na stadionie było 12 tys 450 kibiców.', 'pl'), [12450]);
  assert.deepEqual(values('В марафоне участвовали 15 тыс. 300 человек.', 'ru'), [15300]);
  assert.deepEqual(values('Собрали 5 тысяч 250 подписей.', 'ru'), [5250]);
  // After the abbreviation's full stop, fewer than three digits start a new sentence.
  assert.deepEqual(values('Zakażonych jest już 14 tys. 15 osób zmarło.', 'pl'), [14000, 15]);
  // A day and month after the thousand is a date, not the hundreds.
  assert.deepEqual(findNumbersIntl('Wpłynęło 5 tysięcy 15 maja.', 'pl').map((n) => n.value).slice(0, 1), [5000]);
  assert.deepEqual(findNumbersIntl('Поступило 5 тысяч 15 мая.', 'ru').map((n) => n.value).slice(0, 1), [5000]);
});

test('a grouped number before a full stop is an amount, not an ordinal', () => {
  assert.deepEqual(values('Straty wyniosły 160 000. zł według policji.', 'pl'), [160000]);
  assert.deepEqual(values('Der Schaden betrug 25 000. euro, hieß es.', 'de'), [25000]);
  // A plain or decimal number before ". lower case" stays an ordinal or a section number.
  assert.deepEqual(values('Am 3. tag kamen sie.', 'de'), []);
  assert.deepEqual(values("ai sensi dell'articolo 16.5.b della convenzione", 'it'), []);
});

test('Russian ages and durations in "год/года" are figures; years are not', () => {
  assert.deepEqual(figures('Иван Петров, 64 года, умер в больнице.', 'ru').map((f) => [f.value, f.unit]), [[64, 'года']]);
  assert.deepEqual(values('Он провёл в тюрьме 3 года.', 'ru'), [3]);
  assert.deepEqual(values('Ей исполнился 21 год.', 'ru'), [21]);
  assert.deepEqual(values('Это случилось в 2019 году, а в 2020 года не было.', 'ru'), []);
  assert.deepEqual(values('в 2018-19 годах и сезоне 2018-19 года', 'ru'), []);
  // A word glued on by a lost space is not the counted word.
  assert.deepEqual(figures('Анна Смит, 64 годаАнна Смит родилась в Москве.', 'ru').map((f) => [f.text, f.value]), [['64 года', 64]]);
});

test('scale abbreviations: dotted Cyrillic, letters on a currency sign, Mexican "mdd"', () => {
  assert.deepEqual(figures('Убытки составили 2 млн. 300 тыс. рублей.', 'ru').map((f) => [f.value, f.unit]), [[2.3e6, 'rub']]);
  assert.deepEqual(figures('Бюджет — 1,5 млрд. рублей.', 'ru').map((f) => [f.value, f.unit]), [[1.5e9, 'rub']]);
  assert.deepEqual(values('Le projet a coûté 3,5 Mds€ et 2 M€ de plus, puis 500 k€.', 'fr'), [3.5e9, 2e6, 5e5]);
  assert.deepEqual(values('El estado invirtió 2,5 mdd y 300 mdp.', 'es'), [2.5e6, 3e8]);
  assert.deepEqual(values('Рост составил 2,5 проц. за год.', 'ru'), [2.5]);
  // "M" alone after a number is no scale (metres, a name).
  assert.deepEqual(values('Le mur fait 2 m de haut.', 'fr'), [2]);
});

test('Chinese: a smaller part after 亿 or 万, and 千 in units', () => {
  assert.deepEqual(values('总投资 3 亿 5000 万元。', 'zh'), [3.5e8]);
  assert.deepEqual(values('共有1万5千人参加。', 'zh'), [15000]);
  assert.deepEqual(values('距离约 10 千米，重 20 千克。', 'zh'), [10, 20]);
  assert.deepEqual(values('损失 3 千万元。', 'zh'), [3e7]);
});

test('temperatures are figures, with their minus; "°" alone stays an ordinal', () => {
  assert.deepEqual(values('Es wird 30°C heiß, nachts -5 °C.', 'de'), [30, -5]);
  assert.deepEqual(values('Il fera 30 °C demain.', 'fr'), [30]);
  assert.deepEqual(values('Mínimas de -2 grados y máximas de 18 grados.', 'es'), [-2, 18]);
  assert.deepEqual(values('Temperatura spadnie do -5 stopni Celsjusza.', 'pl'), [-5]);
  assert.deepEqual(values('Температура до -15 градусов, днём +2°С.', 'ru'), [-15, 2]);
  assert.deepEqual(values('Gece sıcaklık -3 dereceye düşecek.', 'tr'), [-3]);
  assert.deepEqual(values('درجة الحرارة 30 درجة مئوية', 'ar'), [30]);
  assert.deepEqual(values('夜间零下 5℃。', 'zh'), [-5]);
  assert.deepEqual(figures('Es wird 30°C heiß.', 'de').map((f) => f.unit), ['degrees']);
  assert.deepEqual(values('Il 2º posto e il 1° maggio.', 'it'), []);
  // A range keeps its numbers as written: "-" between two temperatures is the range dash.
  assert.deepEqual(figures('Tagsüber 5-10 Grad.', 'de').map((f) => [f.value, f.valueMax]), [[5, 10]]);
});

test('a number in the range of years that a hedge and a noun make a count', () => {
  assert.deepEqual(values('Около 1900 человек вышли на улицы.', 'ru'), [1900]);
  assert.deepEqual(values('Unas 2000 personas marcharon.', 'es'), [2000]);
  assert.deepEqual(values('Der Schaden betrug etwa 2000 Euro.', 'de'), [2000]);
  assert.deepEqual(values('确诊病例增至 1836 例。', 'zh'), [1836]);
  // Years stay years: after "in", "until", before a year word, or a hedge without a noun.
  assert.deepEqual(values('Das Haus stammt von circa 1899, sagt er.', 'de'), []);
  assert.deepEqual(values('Bis 2030 sollen alle Kohlekraftwerke schließen.', 'de'), []);
  assert.deepEqual(values('около 1900 года', 'ru'), []);
  assert.deepEqual(values('2019 年有 300 人参加。', 'zh'), [300]);
});

test('a change by an amount then the level reached is two figures', () => {
  assert.deepEqual(values('利率下降 0.25 个百分点至 0.75%。', 'zh'), [0.25, 0.75]);
  assert.deepEqual(values('La tasa cayó un 0,5 % a 1,2 %.', 'es'), [0.5, 1.2]);
  // "from … to" without a verb of change stays a range.
  assert.deepEqual(figures('El interés será de 3 a 5 %.', 'es').map((f) => [f.value, f.valueMax]), [[3, 5]]);
  // A decimal comma after "um" is an amount, not a clock time.
  assert.deepEqual(values('Die Zinsen sanken um 0,25 Prozentpunkte auf 0,75 Prozent.', 'de'), [0.25, 0.75]);
  assert.deepEqual(values('Das Treffen beginnt um 10 Uhr.', 'de'), []);
});

test('a score stays no figure beside a range with a unit', () => {
  assert.deepEqual(figures('Sie gewannen 2-1, tagsüber 3-4 °C.', 'de').map((f) => [f.value, f.valueMax]), [[3, 4]]);
  assert.deepEqual(figures('Ganó 2-0 y el paro subió 10-15 %.', 'es').map((f) => [f.value, f.valueMax]), [[10, 15]]);
});

test('ranges: units of time after a dash, "between … and", a scale borrowed from the second number', () => {
  const ranges = (text: string, lang: string): [number, number | undefined][] => figures(text, lang).map((f) => [f.value, f.valueMax]);
  assert.deepEqual(ranges('Ему грозит 3-5 лет тюрьмы.', 'ru'), [[3, 5]]);
  assert.deepEqual(ranges('Die Inkubation dauert 2-3 Tage.', 'de'), [[2, 3]]);
  assert.deepEqual(ranges('3 ila 5 yıl hapis cezası', 'tr'), [[3, 5]]);
  assert.deepEqual(ranges('zwischen 200 und 300 Menschen', 'de'), [[200, 300]]);
  assert.deepEqual(ranges('entre 200 y 300 personas', 'es'), [[200, 300]]);
  assert.deepEqual(ranges('tra i 200 e i 300 morti', 'it'), [[200, 300]]);
  assert.deepEqual(ranges('بين 32 إلى 45 جنيها', 'ar'), [[32, 45]]);
  assert.deepEqual(ranges('Gewinne von 1,2 bis 1,5 Mrd. Euro', 'de'), [[1.2e9, 1.5e9]]);
  assert.deepEqual(ranges('от 3 до 5 млн рублей', 'ru'), [[3e6, 5e6]]);
  assert.deepEqual(ranges('预计损失 3-5 万元。', 'zh'), [[3e4, 5e4]]);
  // A score stays out; a change from one level to another is two values.
  assert.deepEqual(ranges('Bayern gewann 2-1 gegen Köln.', 'de'), []);
  assert.deepEqual(values('عدد الضحايا ارتفع من 79 إلى 107', 'ar'), [79, 107]);
  assert.deepEqual(values('Le taux est passé de 2 % à 3 %.', 'fr'), [2, 3]);
  assert.deepEqual(values('Число погибших выросло с 79 до 107.', 'ru'), [79, 107]);
  assert.deepEqual(values('Liczba ofiar wzrosła z 79 do 107.', 'pl'), [79, 107]);
  assert.deepEqual(values('Il numero è salito da 79 a 107.', 'it'), [79, 107]);
  assert.deepEqual(values('El paro pasó de 79 a 107 mil personas.', 'es')[0], 79);
});

test('a decade is no count: "años 90", "anni \'90", "années 80", "latach 90", "90\'lı yıllarda"', () => {
  assert.deepEqual(values('En los años 90 vivían allí 500 personas.', 'es'), [500]);
  assert.deepEqual(values('En la década de los 80 murieron 30 personas.', 'es'), [30]);
  assert.deepEqual(values("Negli anni '90 vivevano lì 500 persone.", 'it'), [500]);
  assert.deepEqual(values('Dans les années 80, 500 personnes vivaient là.', 'fr'), [500]);
  assert.deepEqual(values('W latach 90 mieszkało tam 500 osób.', 'pl'), [500]);
  assert.deepEqual(values("90'lı yıllarda orada 500 kişi yaşıyordu.", 'tr'), [500]);
  assert.deepEqual(values("80'lerde orada 500 kişi yaşıyordu.", 'tr'), [500]);
  // Years counted stay counts: "hace 90 años", "ha 80 anni", "przez 20 lat".
  assert.deepEqual(values('Hace 90 años vivían allí 500 personas.', 'es'), [90, 500]);
  assert.deepEqual(values('Ha 80 anni e 3 figli.', 'it'), [80, 3]);
  assert.deepEqual(values('Przez 20 lat mieszkało tam 500 osób.', 'pl'), [20, 500]);
});

test('German ordinals before a capitalised noun after an article are no counts; a count ending its sentence stays', () => {
  assert.deepEqual(values('Der 1. FC Köln gewann gegen den 2. FC Bayern.', 'de'), []);
  assert.deepEqual(values('Im 3. Quartal stieg der Umsatz um 4 Prozent.', 'de'), [4]);
  assert.deepEqual(values('Die Zahl der Toten stieg auf 12. Am Montag kamen 3 hinzu.', 'de'), [12, 3]);
});

test('a Chinese month alone is no count; a number of months keeps its measure word', () => {
  assert.deepEqual(values('今年 3 月，12 人死亡；从 2 月开始，公司将不再雇用 20 人。', 'zh'), [12, 20]);
  assert.deepEqual(values('为期 3 个月的调查。', 'zh'), [3]);
});

test('numbers in names of aircraft, missions, series and leagues, and the second year of a season, are no counts', () => {
  assert.deepEqual(values('Samolot Boeing 737 rozbił się, zginęło 176 osób.', 'pl'), [176]);
  assert.deepEqual(values('Boeing 737-800 tipi uçakta 177 yolcu vardı.', 'tr'), [177]);
  assert.deepEqual(values('一架波音 737 客机坠毁，176 人遇难。', 'zh'), [176]);
  assert.deepEqual(values('In der Formel 1 gewann Hamilton 3 Rennen.', 'de'), [3]);
  assert.deepEqual(values('La misión Apolo 11 llegó a la Luna.', 'es'), []);
  assert.deepEqual(values('En Ligue 1, le PSG a gagné 3 matchs.', 'fr'), [3]);
  assert.deepEqual(values('La temporada 2019-20 terminó con 38 partidos.', 'es'), [38]);
});

test('a preposition, an article, a conjunction or a pronoun after a number counts nothing; a unit in a stopword list still counts', () => {
  const counted = (text: string, lang: string): string[] =>
    extractFiguresIntl(text, lang, extractDatesIntl(text, lang, { date: '2021-03-18' })).map((f) => f.counted);
  assert.deepEqual(counted('Trascorse 1 giorno su 5 nel club e 333 in una delle sue proprietà.', 'it').filter((c) => /^(?:nel|in)$/.test(c)), []);
  assert.deepEqual(counted('Hubo 44 se dijo, y 12 en total.', 'es').filter((c) => /^(?:se|en)$/.test(c)), []);
  assert.ok(counted('Sono morte 12 persone in 3 giorni.', 'it').includes('persone'));
  assert.ok(counted('Es dauerte 5 Jahre.', 'de').includes('Jahre'));
});

test('Chinese: the counted noun stops at a particle, and a measure word with nothing after it counts itself', () => {
  const counted = (text: string): string[] => extractFiguresIntl(text, 'zh', extractDatesIntl(text, 'zh', { date: '2021-03-18' })).map((f) => f.counted);
  assert.deepEqual(counted('经过 18 个月的断断续续的外交。'), ['月']);
  assert.deepEqual(counted('他连续工作了 17 天的时间。'), ['天']);
  assert.deepEqual(counted('有 126 个国家的代表参加。'), ['国家']);
});
