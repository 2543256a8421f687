import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDatesIntl } from '../../../src/stages/analyze/dates-intl.js';

// Sentences written for these tests; the anchor is Wednesday 2020-03-18.
const dates = (text: string, lang: string): [string, string | undefined][] =>
  extractDatesIntl(text, lang, { date: '2020-03-18' }).map((d) => [d.text, d.date]);

test('"the same day" is the day named in its sentence or the one before, in nine languages', () => {
  const cases: [string, string, string][] = [
    ['es', 'El 3 de marzo llegó a Madrid. El mismo día se reunió con el rey.', 'El mismo día'],
    ['de', 'Am 3. März kam er an. Am selben Tag traf er den König.', 'Am selben Tag'],
    ['fr', 'Le 3 mars, il est arrivé. Le même jour, il a rencontré le roi.', 'Le même jour'],
    ['it', 'Il 3 marzo è arrivato. Lo stesso giorno ha incontrato il re.', 'Lo stesso giorno'],
    ['pl', '3 marca przyjechał. Tego samego dnia spotkał się z królem.', 'Tego samego dnia'],
    ['ru', '3 марта он приехал. В тот же день он встретился с королем.', 'В тот же день'],
    ['tr', "3 Mart'ta geldi. Aynı gün kralla görüştü.", 'Aynı gün'],
    ['ar', 'وصل في 3 مارس. وفي اليوم نفسه التقى بالملك.', 'اليوم نفسه'],
    ['zh', '3月3日他抵达马德里。当天他会见了国王。', '当天'],
  ];
  for (const [lang, text, phrase] of cases) assert.deepEqual(dates(text, lang).find((d) => d[0] === phrase), [phrase, '2020-03-03'], lang);
});

test('"the same day" as an event, or far from any date, names no day of its own', () => {
  assert.deepEqual(dates('Llegó el mismo día que el rey.', 'es'), []);
  assert.deepEqual(dates('他在选举的当天抵达。', 'zh'), []);
  // The date two sentences back is not the day meant.
  const fr = dates("C'était le 24 février. Une semaine avant, le Conseil a déclaré la situation extraordinaire. Le même jour, le président a parlé.", 'fr');
  assert.deepEqual(fr.find((d) => d[0] === 'Le même jour'), ['Le même jour', undefined]);
  // Without any date before it, the report's own day.
  assert.deepEqual(dates('Il governo approverà il decreto in giornata.', 'it'), [['in giornata', '2020-03-18']]);
});

test('last night and parts of today in eight languages', () => {
  const cases: [string, string, string, string][] = [
    ['de', 'Letzte Nacht brannte ein Haus.', 'Letzte Nacht', '2020-03-17'],
    ['fr', 'La nuit dernière, une maison a brûlé.', 'La nuit dernière', '2020-03-17'],
    ['es', 'La pasada noche ardió una casa.', 'La pasada noche', '2020-03-17'],
    ['es', 'Esta madrugada ardió una casa.', 'Esta madrugada', '2020-03-18'],
    ['it', 'La notte scorsa è bruciata una casa.', 'La notte scorsa', '2020-03-17'],
    ['pl', 'Zeszłej nocy spłonął dom.', 'Zeszłej nocy', '2020-03-17'],
    ['ru', 'Прошлой ночью сгорел дом.', 'Прошлой ночью', '2020-03-17'],
    ['tr', 'Bu sabah bir ev yandı.', 'Bu sabah', '2020-03-18'],
    ['ar', 'احترق منزل الليلة الماضية.', 'الليلة الماضية', '2020-03-17'],
  ];
  for (const [lang, text, phrase, day] of cases) assert.deepEqual(dates(text, lang), [[phrase, day]], lang);
});
