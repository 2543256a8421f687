import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, escapeMarkdown } from '../../../src/stages/brief/escape.js';
import { articleDate, articleLabel, clip, distinctValues, lookupArticles, orderFigureValues, formatDay, formatFigureValue, formatPercent, orderTimeline, speakerGroups } from '../../../src/stages/brief/format.js';
import { storyBrief } from '../../fixtures/brief/story-brief.js';

test('figure values keep their qualifier and ranges', () => {
  assert.equal(formatFigureValue({ value: 175000, qualifier: 'up to' }, 'troop'), 'up to 175,000');
  assert.equal(formatFigureValue({ value: 5, valueMax: 10 }, 'percent'), '5–10%');
  assert.equal(formatFigureValue({ value: 94300, qualifier: 'exactly' }, 'troop'), '94,300');
  assert.equal(formatFigureValue({ value: 1.5 }, 'usd'), '$1.5');
});

test('figure groups: distinct values count qualifiers, order is largest first then by source', () => {
  const g = storyBrief.figures[0];
  const dup = { ...g.values[0], articleId: storyBrief.articles[1].id };
  const grown = { ...g, values: [...g.values, dup, { ...dup, qualifier: undefined }] };
  assert.equal(distinctValues(g), 4);
  assert.equal(distinctValues(grown), 5);
  const ordered = orderFigureValues(grown, lookupArticles(storyBrief));
  assert.deepEqual(ordered.slice(0, 3).map((v) => [v.value, v.articleId === storyBrief.articles[0].id ? 1 : 2]), [[175000, 1], [175000, 2], [175000, 2]]);
});

test('dates: weekday from the calendar, time kept, junk passed through', () => {
  assert.equal(formatDay('2021-12-07'), 'Tue 7 Dec 2021');
  assert.equal(formatDay('2021-12-05T02:07:00+08:00'), 'Sun 5 Dec 2021 02:07');
  assert.equal(formatDay('December 2021'), 'December 2021');
  assert.deepEqual(articleDate(storyBrief.articles[0]), { label: 'inferred: Mon 6 Dec 2021', kind: 'inferred' });
  assert.deepEqual(articleDate(storyBrief.articles[2]), { label: 'unknown', kind: 'unknown' });
  // A WARC fetch date is only an upper bound on publication: never shown as stated.
  const crawled = { ...storyBrief.articles[2], published: '2024-01-02T03:04:05Z', publishedFrom: 'crawl' as const };
  assert.deepEqual(articleDate(crawled), { label: 'crawled: Tue 2 Jan 2024 03:04', kind: 'inferred' });
  assert.equal(articleDate({ ...crawled, publishedFrom: 'metadata' }).kind, 'stated');
});

test('percent, clip and labels', () => {
  assert.equal(formatPercent(0.213), '21%');
  assert.equal(formatPercent(0.004), '<1%');
  assert.equal(clip('one two three four', 14), 'one two three…');
  assert.equal(clip('short', 14), 'short');
  assert.equal(articleLabel(storyBrief.articles[0]), 'CNN');
  assert.equal(articleLabel({ ...storyBrief.articles[2], url: 'https://www.apnews.com/x' }), 'apnews.com');
  assert.equal(articleLabel(storyBrief.articles[2], 20), 'Biden and Putin to…');
});

test('timeline order: by date, undated last', () => {
  assert.deepEqual(orderTimeline(storyBrief.timeline).map((e) => e.date ?? 'none'), ['2021-07-09', '2021-12-03', '2021-12-06', '2021-12-07', 'none']);
});

test('speaker groups are rebuilt from quotes when compare left them empty', () => {
  const groups = speakerGroups({ ...storyBrief, speakers: [] });
  assert.deepEqual(groups.map((g) => [g.speaker, g.role, g.remarks.length]), [['Dmitry Peskov', 'Kremlin spokesman', 4], ['Joe Biden', 'US President', 1]]);
  assert.deepEqual(groups[1].remarks[0].map((q) => q.text), ['I don’t accept anybody’s red lines', 'I don’t accept anyone’s red line']);
});

test('escaping', () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  assert.equal(escapeMarkdown('a\n# b <c> &amp; _d_'), 'a # b \\<c\\> \\&amp; \\_d\\_');
});
