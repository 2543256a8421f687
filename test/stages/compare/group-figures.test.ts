import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId, type ArticleId } from '../../../src/core/ids.js';
import type { Figure } from '../../../src/core/types.js';
import { groupFigures, keptWordings, MAX_UNIT_WORDINGS, type FigureSource } from '../../../src/stages/compare/group-figures.js';
import { brief } from './story-helper.js';
import { figureHeading } from '../../../src/stages/brief/figure-rows.js';

const ids = ['a_1', 'a_2', 'a_3'].map(asArticleId);
const sameUnit = (a: Figure, b: Figure): boolean => a.unit === b.unit;

function fig(value: number, unit: string, counted: string, extra: Partial<Figure> = {}): Figure {
  const text = `${value} ${counted}`;
  return { text, start: 0, end: text.length, value, unit, counted, ...extra };
}

/** Figures whose sentence is their own text: no context to tell subjects apart beyond the counted words. */
function source(articleId: ArticleId, figures: Figure[]): FigureSource {
  return { articleId, figures, sentences: figures.map((f) => ({ start: f.start, end: f.end, text: f.text })) };
}

test('figures for one quantity stand side by side with their sources; none is chosen as the fact', () => {
  const groups = groupFigures(
    [
      source(ids[0]!, [fig(175000, 'troop', 'troops', { qualifier: 'up to', attribution: 'US intelligence' }), fig(2014, 'year', '', { isYear: true })]),
      source(ids[1]!, [fig(94000, 'troop', 'Russian troops', { qualifier: 'more than' })]),
      source(ids[2]!, [fig(70000, 'troop', 'troops', { qualifier: 'about' }), fig(14000, 'life', 'lives')]),
    ],
    sameUnit,
    { lineageOf: (id) => id, dayOf: () => undefined },
  );
  const troops = groups[0]!;
  assert.equal(troops.unit, 'troop');
  assert.equal(troops.disagreement, true);
  assert.deepEqual(troops.values.map((v) => v.value), [175000, 94000, 70000]);
  assert.equal(troops.values[0]!.attribution, 'US intelligence');
  assert.equal(troops.values[0]!.qualifier, 'up to');
  assert.deepEqual(troops.values.map((v) => v.articleId), ids);
  assert.equal(troops.quantity, 'troops');
  // Years are dates, not quantities.
  assert.ok(groups.every((g) => g.unit !== 'year'));
  assert.equal(groups.find((g) => g.unit === 'life')!.disagreement, false);
});

test('an article that also gives a value compatible with the other source agrees with it: its further value is not a dispute', () => {
  const both = (extra: Figure[]) =>
    groupFigures(
      [
        source(ids[0]!, [fig(52000, 'american', 'Americans', { qualifier: 'about', attribution: 'Johns Hopkins University' })]),
        source(ids[1]!, [fig(50000, 'american', 'Americans', { qualifier: 'more than', attribution: 'Johns Hopkins University' }), ...extra]),
      ],
      sameUnit,
      { lineageOf: (id) => id, dayOf: () => undefined },
    ).find((g) => g.values.length >= 2)!;
  // 52,000 and "more than 50,000" can both be true; the same article's 58,000 (another count caught in the group) does not make a dispute.
  const withOther = both([fig(58000, 'american', 'Americans', { attribution: 'Johns Hopkins University' })]);
  assert.equal(withOther.values.length, 3);
  assert.equal(withOther.status, 'agree');
  // Without a compatible value the two sources do differ.
  const alone = groupFigures(
    [source(ids[0]!, [fig(30, 'civilian', 'civilians', { attribution: 'local officials' })]), source(ids[1]!, [fig(32, 'civilian', 'civilians', { attribution: 'Taliban' })])],
    sameUnit,
    { lineageOf: (id) => id, dayOf: () => undefined },
  )[0]!;
  assert.equal(alone.status, 'differ');
});

test('a count of something that befell people (killed) and a count of people doing something (walked out) are never a dispute', () => {
  const b = brief([
    { title: 'Students walk out', body: 'Approximately 20 students from Lakeside High School, Fla., staged a walk-out during classes Tuesday and began a 10-mile march to Marjory Stoneman Douglas High School, the scene of the February massacre.', source: 'Paper A' },
    { title: 'March to Parkland', body: 'Pupils and teachers at a Florida high school left class Tuesday to protest gun violence and walked to Marjory Stoneman Douglas High School in Parkland, Fla., where 17 students and staff members were killed by a gunman with a rifle.', source: 'Paper B' },
  ]);
  assert.equal(b.lineages.length, 2);
  assert.ok(b.figures.every((g) => g.status !== 'differ'), JSON.stringify(b.figures.map((g) => [g.status, g.values.map((v) => v.text)])));
});

test('past MAX_UNIT_WORDINGS of one unit, each article keeps its first wordings in turn and the rest are left out', () => {
  const item = (articleId: string, unit: string) => ({ articleId, f: { unit } }) as never;
  const few = [item('a', 'troop'), item('b', 'troop'), item('a', 'usd')];
  assert.equal(keptWordings(few, 2), undefined, 'no unit over the limit: all grouped');
  // a has four troops, b two, c one; a limit of 5 keeps the first of each, then the second of a and b.
  const many = [item('a', 'troop'), item('a', 'troop'), item('b', 'troop'), item('a', 'troop'), item('c', 'troop'), item('b', 'troop'), item('a', 'troop'), item('a', 'usd')];
  assert.deepEqual(keptWordings(many, 5), [0, 1, 2, 4, 5, 7]);
  // A story's figures past the limit are in no group.
  const per = Math.ceil(MAX_UNIT_WORDINGS / 2) + 10;
  const table = (id: ArticleId, k0: number) => source(id, Array.from({ length: per }, (_, k) => fig(k0 + 7 * k, 'troop', `troops in district ${k}`)));
  const groups = groupFigures([table(ids[0]!, 1), table(ids[1]!, 2)], sameUnit, { lineageOf: (id) => id, dayOf: () => undefined });
  const values = groups.reduce((n, g) => n + g.values.length, 0);
  assert.equal(values, MAX_UNIT_WORDINGS);
  for (const id of [ids[0]!, ids[1]!]) assert.equal(groups.flatMap((g) => g.values).filter((v) => v.articleId === id).length, MAX_UNIT_WORDINGS / 2);
});

test('a bare number counting nothing is no quantity: no group for "número 44", an age in brackets or a phone number', () => {
  const b = brief([
    { title: 'Trump y el golf', body: 'Trump criticó a Barack Obama por jugar al golf, algo que el presidente número 44 se reservaba para las vacaciones. Trump jugó más de 300 rondas desde que llegó a la Casa Blanca, según el diario, que contó cada visita a sus clubes durante el año pasado.', source: 'Diario A' },
    { title: 'Trump juega al golf', body: 'El presidente Donald Trump (73) jugó unas 300 rondas de golf desde su llegada al poder, según un recuento del periódico que publicó la lista de sus visitas. Llámenos al 0207 29 3303 para más información sobre esta noticia.', source: 'Diario B' },
  ]);
  assert.deepEqual(b.articles.map((a) => a.language), ['es', 'es']);
  const shown = b.figures.flatMap((g) => g.values.map((v) => v.text));
  assert.ok(shown.some((t) => /300 rondas/.test(t)), JSON.stringify(shown));
  for (const t of shown) assert.ok(!/^[\d\s.,]+$/.test(t.trim()), `"${t}" shown as a figure`);
});

test('money is headed by its currency\'s name, whatever symbol or word the sources write ("$", "Euro")', () => {
  const groups = groupFigures(
    [
      source(ids[0]!, [fig(24700000, 'usd', '$', { text: '$24.7 million', end: 13 })]),
      source(ids[1]!, [fig(24700000, 'usd', 'dollars', { text: '24.7 million dollars', end: 20 })]),
      source(ids[2]!, [fig(550, 'eur', 'Euro', { text: '550 Euro', end: 8 })]),
    ],
    sameUnit,
    { lineageOf: (id) => id, dayOf: () => undefined },
  );
  assert.deepEqual(groups.map((g) => g.quantity).sort(), ['dollars', 'euros']);
});

test('a count or measure given only in other languages is headed by its English name when the figure reader keys it across languages', () => {
  const heads = (language: string, unit: string, counted: string) =>
    groupFigures([source(ids[0]!, [fig(750, unit, counted)])], sameUnit, { lineageOf: (id) => id, dayOf: () => undefined, languageOf: () => language })[0]!.quantity;
  assert.equal(heads('de', 'soldaten', 'Soldaten'), 'troops');
  assert.equal(heads('pl', 'osób', 'osób'), 'people');
  assert.equal(heads('es', 'muertos', 'muertos'), 'deaths');
  assert.equal(heads('it', 'feriti', 'feriti'), 'injured');
  assert.equal(heads('zh', '岁', '岁'), 'years');
  assert.equal(heads('fr', 'pouces', 'pouces'), 'inches');
  assert.equal(heads('de', 'meter', 'Meter'), 'metres');
  // A noun no key knows keeps its own word; English figures keep theirs ("soldiers", not "troops").
  assert.equal(heads('fr', 'hommes', 'hommes'), 'hommes');
  assert.equal(heads('en', 'soldier', 'soldiers'), 'soldiers');
});

test('a group whose name is a unit of measure alone is headed with the words that lead up to its figure in its clause', () => {
  const sentence = 'South Korea’s military said the missile flew about 2,700 km and reached an altitude of 550 km.';
  const at = (written: string, value: number): Figure => {
    const start = sentence.indexOf(written);
    return { text: written, start, end: start + written.length, value, unit: 'km', counted: 'km' };
  };
  const groups = groupFigures(
    [{ articleId: ids[0]!, figures: [at('about 2,700 km', 2700), at('550 km', 550)], sentences: [{ start: 0, end: sentence.length, text: sentence }] }],
    sameUnit,
    { lineageOf: (id) => id, dayOf: () => undefined },
  );
  // Not "km" twice: what each distance is of, after the verb of saying, not across another figure and "and".
  assert.deepEqual(groups.map((g) => g.subject), ['km', 'km']);
  assert.deepEqual(groups.map((g) => g.leadIn).sort(), ['reached an altitude of …', 'the missile flew …']);
  assert.deepEqual(groups.map(figureHeading).sort(), ['km: reached an altitude of …', 'km: the missile flew …']);
});

test('a count names what it counts: no lead-in is added to its heading', () => {
  const groups = groupFigures(
    [source(ids[0]!, [fig(175000, 'troop', 'troops')])],
    sameUnit,
    { lineageOf: (id) => id, dayOf: () => undefined },
  );
  assert.equal(groups[0]!.subject, 'troops');
  assert.equal(groups[0]!.leadIn, undefined);
});
