import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { FigureValue, StoryBrief } from '../../../src/core/brief.js';
import { renderHtml, renderMarkdown, toBriefJson } from '../../../src/stages/brief/index.js';
import { figureHeading, figureRows } from '../../../src/stages/brief/figure-rows.js';
import { lookupArticles, orderFigureValues } from '../../../src/stages/brief/format.js';
import { storyBrief } from '../../fixtures/brief/story-brief.js';

const [cnn, inq, ap] = storyBrief.articles;
const troops = storyBrief.figures[0]!;
const base = troops.values[0]!;

function value(articleId: FigureValue['articleId'], v: number, start: number, qualifier?: FigureValue['qualifier']): FigureValue {
  const { qualifier: _q, ...rest } = base;
  return { ...rest, articleId, value: v, text: `${qualifier ?? ''} ${v} troops`.trim(), start, end: start + 10, ...(qualifier === undefined ? {} : { qualifier }) };
}

/**
 * The fixture with [2] a copy of [1] (origin [1] unless given), [3] on its
 * own, and one disputed figure: the copy gives the origin's value (listed
 * first) and also another value of its own; [3] independently gives the
 * origin's value.
 */
function brief(origin: string | null = cnn!.id, translated = false, status: 'differ' | 'single-source' = 'differ'): StoryBrief {
  const values = status === 'differ'
    ? [value(inq!.id, 175000, 10, 'up to'), value(cnn!.id, 175000, 20, 'up to'), value(ap!.id, 175000, 30, 'up to'), value(inq!.id, 60000, 40)]
    : [value(inq!.id, 175000, 10, 'up to'), value(cnn!.id, 175000, 20, 'up to')];
  return {
    ...storyBrief,
    articles: storyBrief.articles.map((a) => (a.id === inq!.id && translated ? { ...a, machineTranslated: true } : a)),
    lineages: [
      { id: 'l1', articleIds: [cnn!.id, inq!.id], origin: origin as StoryBrief['lineages'][number]['origin'] },
      { id: 'l2', articleIds: [ap!.id], origin: null },
    ],
    figures: [{ ...troops, status, disagreement: status === 'differ', values }],
  };
}

function mdFigures(b: StoryBrief): string[] {
  const out = renderMarkdown(b);
  return out.slice(out.indexOf('## Where the figures differ'), out.indexOf('## Who said what')).split('\n').filter((l) => l !== '');
}

function htmlFigures(b: StoryBrief): { lead: string; sources: string[] } {
  const d = parseHTML(renderHtml(b)).document as unknown as Document;
  const sources = [...d.querySelectorAll('#figures table.stack tbody tr')].map((tr) => tr.querySelector('td[data-label="Source"]')?.textContent ?? '');
  return { lead: d.querySelector('#figures .figure-group p.lead')?.textContent ?? '', sources };
}

test('an article and its copy giving one value are one row citing the origin, the copy beside it; a copy giving another value keeps its row', () => {
  const lines = mdFigures(brief());
  assert.ok(lines.includes('Sources differ: 2 different values in 3 reports (4 counting a copy), none of them established as the fact.'), lines.join('\n'));
  assert.deepEqual(lines.filter((l) => /^\| (up to )?[\d,]+ \|/.test(l)), [
    '| up to 175,000 | “up to 175000 troops” | US intelligence | [1], copy [2] |',
    '| up to 175,000 | “up to 175000 troops” | US intelligence | [3] |',
    '| 60,000 | “60000 troops” | US intelligence | [2] |',
  ]);
  const html = htmlFigures(brief());
  assert.match(html.lead, /^2 different values in 3 reports \(4 counting a copy\), each with who gives it\./);
  assert.deepEqual(html.sources, ['CNN[1], copy [2]', '[3]', 'Inquirer.net[2]']);
});

test('the JSON brief still lists every article’s value', () => {
  // The fixture's claims name its own three lineages, not this brief's two.
  assert.equal(toBriefJson({ ...brief(), claims: [] }).figures[0]!.values.length, 4);
});

test('without a known origin the earliest report is cited; a machine translation is named a translation', () => {
  // [2] is dated 5 Dec, [1] only inferred for 6 Dec: [2] is the earliest report.
  assert.ok(mdFigures(brief(null)).includes('| up to 175,000 | “up to 175000 troops” | US intelligence | [2], copy [1] |'));
  const translated = brief(cnn!.id, true);
  assert.ok(mdFigures(translated).includes('Sources differ: 2 different values in 3 reports (4 counting a translation), none of them established as the fact.'));
  assert.deepEqual(htmlFigures(translated).sources[0], 'CNN[1], translation [2]');
});

test('a group with nothing to fold keeps every row and the plain count; one source repeated by its copy says so', () => {
  const lines = mdFigures(storyBrief);
  assert.ok(lines.includes('Sources differ: 4 different values in 4 reports, none of them established as the fact.'));
  assert.ok(mdFigures(brief(cnn!.id, false, 'single-source')).includes('Given by one source only, and repeated by a copy.'));
  const b = brief();
  const rows = figureRows(orderFigureValues(b.figures[0]!, lookupArticles(b)), b, lookupArticles(b));
  assert.deepEqual(rows.map((r) => [r.v.articleId, r.copies.map((c) => c.articleId)]), [[cnn!.id, [inq!.id]], [ap!.id, []], [inq!.id, []]]);
});

test('without a known origin, a report in English, the brief\'s language, is cited before an earlier one in another language', () => {
  const b = brief(null);
  // [2] is the earliest report; written in German, [1] (English) is cited and [2] named its translation.
  const german = { ...b, articles: b.articles.map((a) => (a.id === inq!.id ? { ...a, language: 'de' } : a)) };
  assert.ok(mdFigures(german).includes('| up to 175,000 | “up to 175000 troops” | US intelligence | [1], translation [2] |'), mdFigures(german).join('\n'));
});

test('a figure group is headed by its subject, and by what leads up to its figures when it has a lead-in', () => {
  assert.equal(figureHeading({ quantity: 'troops', subject: 'troops near the border' }), 'troops near the border');
  assert.equal(figureHeading({ quantity: 'miles', subject: 'miles', leadIn: 'the missile flew …' }), 'miles: the missile flew …');
  assert.equal(figureHeading({ quantity: 'percent', subject: '' }), 'percent');
});
