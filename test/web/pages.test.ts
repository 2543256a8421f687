/**
 * Page rendering without a browser: every string that comes from an
 * article, a source, a query or an API reply is escaped; the story page
 * holds the brief's sections and every citation lands on an element; the
 * chart, CSV and snippet helpers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import type { StoryBrief } from '../../src/core/brief.js';
import { asArticleId, asStoryId } from '../../src/core/ids.js';
import type { StorySummary } from '../../src/storage/service-types.js';
import { attentionChart, dayAxis } from '../../src/web/chart.js';
import { csvCell, toCsv } from '../../src/web/export.js';
import { pageHtml } from '../../src/web/layout.js';
import { alertsBody } from '../../src/web/page-alerts.js';
import { safeNext } from '../../src/web/page-login.js';
import { safeSnippet, searchBody, withFilter } from '../../src/web/page-search.js';
import { sourcesBody } from '../../src/web/page-sources.js';
import { storiesBody, storyItem } from '../../src/web/page-stories.js';
import { articlesPerDay, preparingBody, storyBody } from '../../src/web/page-story.js';
import { badgesOf } from '../../src/web/story-briefs.js';
import { singleArticleBrief, storyBrief } from '../fixtures/brief/story-brief.js';

const EVIL = '<script>alert("x")</script>';
const dom = (html: string): Document => parseHTML(html).document as unknown as Document;
/** No element an attacker could have slipped in, and no script-bearing attribute or scheme. */
function assertInert(html: string): void {
  const d = dom(html);
  assert.equal(d.querySelectorAll('script:not([src="/assets/app.js"]), img, iframe, b, i, svg script').length, 0, 'an injected element');
  assert.doesNotMatch(html, /<script>|<img|href="javascript/i);
}

const evilSummary: StorySummary = {
  id: asStoryId('s_abc'),
  title: `Breaking ${EVIL}`,
  articles: 3,
  sourceCount: 2,
  sources: [{ name: '<b>Outlet</b>', articles: 2 }, { name: '"><img src=x onerror=alert(1)>', articles: 1 }],
  languages: ['en', '<i>x</i>'],
  firstPublished: '2024-05-01',
  lastPublished: '2024-05-03',
  createdSeq: 1,
  updatedSeq: 4,
  updatedAt: '2024-05-03T10:00:00.000Z',
};

test('the stories list escapes titles, outlets and languages, and shows badges', () => {
  const item = storyItem(evilSummary, { independent: 1, disputedFigures: 2, contestedClaims: 1 });
  assertInert(item);
  const d = dom(item);
  assert.equal(d.querySelector('.title')?.textContent, `Breaking ${EVIL}`);
  assert.match(d.querySelector('.meta')?.textContent ?? '', /1 independent source · 3 articles · en, <i>x<\/i> · .*2 disputed figures.*1 contested claim/);
  assert.equal(d.querySelector('a')?.getAttribute('href'), '/stories/s_abc');
  // Without a brief yet: named sources, no badges.
  assert.match(storyItem(evilSummary, undefined), /2 sources/);
  assert.doesNotMatch(storyItem(evilSummary, undefined), /badge/);
});

test('the stories page keeps filters escaped and live only on the unfiltered first page', () => {
  const view = { stories: [evilSummary], badges: () => undefined, unknown: 0, total: 1, first: true };
  const plain = storiesBody({ ...view, filters: { sort: 'updated' } });
  assert.match(plain, /data-live="top"/);
  const filtered = storiesBody({ ...view, filters: { sort: 'updated', source: `"><script>x</script>` } });
  assertInert(filtered);
  assert.doesNotMatch(filtered, /data-live/);
  assert.match(filtered, /href="\/export\/stories\.csv\?source=%22%3E%3Cscript%3Ex%3C%2Fscript%3E"/);
  assert.doesNotMatch(storiesBody({ ...view, first: false, filters: { sort: 'updated' } }), /data-live/);
});

test('the frame escapes the title and query and loads only this server\'s assets', () => {
  const html = pageHtml({ title: EVIL, nav: 'search', page: 'search', body: '<p>x</p>', query: `"><script>`, signedIn: true, csrf: 'tok"en' });
  assertInert(html);
  const d = dom(html);
  assert.equal(d.querySelector('title')?.textContent, `${EVIL} · Parallax`);
  assert.equal((d.querySelector('#site-q') as HTMLInputElement | null)?.getAttribute('value'), '"><script>');
  const external = [...d.querySelectorAll('[src], link[href]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '');
  assert.deepEqual(external, ['/assets/brief.css', '/assets/app.css', '/assets/app.js']);
  assert.equal(d.querySelector('input[name=_csrf]')?.getAttribute('value'), 'tok"en');
  assert.equal(d.querySelectorAll('script:not([src])').length, 0, 'no inline script');
});

const evilText = `Officials said ${EVIL} and <img src=x onerror=alert(1)> 5,000 "troops" & more.`;
const evilId = asArticleId('a_evil');
const evilBrief: StoryBrief = {
  ...singleArticleBrief,
  id: asStoryId('s_e0'),
  title: `Breaking ${EVIL}`,
  articles: [{ ...singleArticleBrief.articles[0]!, id: evilId, title: `T ${EVIL}`, source: '<b>Outlet</b>', url: 'javascript:alert(1)', text: evilText, chars: evilText.length }],
  summary: [{ text: `Claim ${EVIL}`, kind: 'single', citations: [{ articleId: evilId, start: evilText.indexOf('<script>'), end: evilText.indexOf('</script>') + 9 }] }],
  entities: [{ name: '<i>Evil</i>', type: 'person', aliases: ['"><script>'], roles: [], articleIds: [evilId], mentions: 1 }],
};

test('the story page escapes every article string and highlights the cited words', () => {
  const html = storyBody(evilBrief, 7);
  assertInert(html);
  const d = dom(html);
  assert.equal(d.querySelector('h1')?.textContent, `Breaking ${EVIL}`);
  assert.equal(d.querySelector('mark[id]')?.textContent, EVIL);
  assert.equal(d.querySelector('.story-page')?.getAttribute('data-version'), '7');
});

test('the story page has the brief\'s sections, and every citation lands on an element', () => {
  const html = storyBody(storyBrief, 3);
  const d = dom(html);
  const titles = [...d.querySelectorAll('section h2')].map((x) => x.textContent ?? '');
  for (const t of ['Summary', 'What the sources agree on', 'Where the figures differ', 'Who said what', 'Who copied whom', 'Timeline', 'Coverage over time', 'Articles']) {
    assert.ok(titles.some((x) => x.startsWith(t)), `missing section ${t}`);
  }
  const ids = new Set([...d.querySelectorAll('[id]')].map((e) => e.getAttribute('id')));
  const cites = [...d.querySelectorAll('a.cite[href^="#"]')].map((a) => a.getAttribute('href') ?? '');
  assert.ok(cites.length > 10);
  for (const href of cites) assert.ok(ids.has(href.slice(1)), `dangling citation ${href}`);
  assert.equal(ids.size, d.querySelectorAll('[id]').length, 'ids are unique');
  // Exports of the brief.
  for (const ext of ['brief.md', 'brief.html']) assert.ok(d.querySelector(`a[href="/api/v1/stories/${storyBrief.id}/${ext}"]`), ext);
});

test('badges count lineages, disputed figures and contested claims', () => {
  const b = badgesOf(storyBrief);
  assert.equal(b.independent, storyBrief.lineages.length > 0 ? storyBrief.lineages.length : storyBrief.articles.length);
  assert.equal(b.disputedFigures, storyBrief.figures.filter((g) => g.disagreement).length);
  assert.ok(b.disputedFigures > 0);
});

test('search snippets keep only <mark>; filters from facets quote names with spaces', () => {
  assert.equal(safeSnippet('a <mark>b</mark> <img src=x>'), 'a <mark>b</mark> &lt;img src=x>');
  assert.equal(withFilter('budget', 'source', 'New York Times'), 'budget source:"New York Times"');
  assert.equal(withFilter('budget', 'lang', 'en'), 'budget lang:en');
  const html = searchBody({
    q: EVIL,
    offset: 0,
    limit: 20,
    results: {
      total: 1,
      hits: [{ id: asArticleId('a_1'), title: EVIL, source: '<b>S</b>', score: -1, snippet: 'x <mark>y</mark> <script>z' }],
      facets: { sources: [{ value: '<b>S</b>', count: 1 }], languages: [], days: [{ value: '2024-05-01', count: 1 }] },
    },
  });
  assertInert(html);
  assert.equal(dom(html).querySelectorAll('.snippet mark').length, 1);
  assert.match(html, /from%3A2024-05-01\+to%3A2024-05-01/);
  assert.match(searchBody({ q: 'x', offset: 0, limit: 20, error: `bad ${EVIL}` }), /role="alert">bad &lt;script&gt;/);
});

test('search: a capped total reads "10,000+", and a page shorter than asked has no Next link', () => {
  const hits = Array.from({ length: 20 }, (_, i) => ({ id: asArticleId(`a_${i}`), title: `t${i}`, score: -1, snippet: 's' }));
  const facets = { sources: [], languages: [], days: [] };
  const full = searchBody({ q: 'said', offset: 0, limit: 20, results: { total: 10_000, totalCapped: true, hits, facets } });
  assert.match(full, /10,000\+ articles/);
  assert.match(full, /rel="next"/);
  // Past the ranked matches a page comes back short: it is the last, whatever the capped total says.
  const last = searchBody({ q: 'said', offset: 500, limit: 20, results: { total: 10_000, totalCapped: true, hits: [], facets } });
  assert.doesNotMatch(last, /rel="next"/);
  const exact = searchBody({ q: 'said', offset: 0, limit: 20, results: { total: 21, hits, facets } });
  assert.match(exact, /21 articles/);
  assert.match(exact, /rel="next"/);
});

test('sources and alerts escape what the API returns', () => {
  const src = sourcesBody({
    sources: [{ id: 's_1', kind: 'feed', url: `http://x/${EVIL}`, createdAt: '2024-01-01T00:00:00Z', nextPollAt: '2024-01-01T00:10:00Z', intervalSec: 900, failures: 2, lastPollAt: '2024-01-01T00:00:00Z', lastError: EVIL, itemsSeen: 3, itemsPerDay: 1.5 }],
    outlets: [{ name: EVIL, articles: 3, stories: 2, origin: 1, copied: 0 }],
    briefedStories: 1,
    storiesRead: 2,
    csrf: 'c1',
  });
  assertInert(src);
  assert.match(src, /failing \(2 in a row\)/);
  const alerts = alertsBody({
    alerts: [{ alert: { id: 'al_1', name: EVIL, query: EVIL, feedUrl: 'javascript:alert(1)', onDisagreement: true }, deliveries: [{ id: 'd1', at: '2024-01-01T00:00:00Z', event: EVIL, status: 'failed', attempts: 3, httpStatus: 500, error: EVIL }] }],
    csrf: 'c1',
  });
  assertInert(alerts);
  assert.match(alertsBody({}), /no alerts API/);
  assert.match(alertsBody({ alerts: [] }), /sign in/);
});

test('a sign-in target stays on this site', () => {
  assert.equal(safeNext('/sources'), '/sources');
  assert.equal(safeNext('//evil.example/x'), '/');
  assert.equal(safeNext('https://evil.example/'), '/');
  assert.equal(safeNext('/\\evil.example'), '/');
  assert.equal(safeNext(undefined), '/');
});

test('the attention chart fills missing days, labels itself and tabulates its numbers', () => {
  const a = { name: 'a', days: new Map([['2024-05-01', 2], ['2024-05-04', 1]]) };
  const b = { name: `<b>b</b>`, days: new Map([['2024-05-02', 5]]) };
  assert.deepEqual(dayAxis([a, b]), ['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04']);
  const one = attentionChart([a], 'Articles');
  assert.equal(dom(one).querySelectorAll('rect').length, 2);
  assert.match(one, /aria-label="Articles, 2024-05-01 to 2024-05-04, per day\. a: 3\."/);
  const two = attentionChart([a, b], 'Articles');
  assertInert(two);
  assert.equal(dom(two).querySelectorAll('polyline').length, 2);
  assert.equal(dom(two).querySelectorAll('tbody tr').length, 3, 'days with a count');
  assert.match(attentionChart([], 'x'), /No dated articles/);
  assert.deepEqual([...articlesPerDay(storyBrief).values()].reduce((s, n) => s + n, 0) <= storyBrief.articles.length, true);
});

test('CSV cells are quoted, and formulas from articles stay text', () => {
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell(-3), '"-3"');
  assert.equal(csvCell(undefined), '""');
  assert.equal(toCsv(['a', 'b'], [['x,y', 'line\nbreak']]), '"a","b"\r\n"x,y","line\nbreak"\r\n');
});

test('a large story\'s page while its brief is computed: escaped facts and a note, marked for the script', () => {
  const html = preparingBody({ ...evilSummary, articles: 200 });
  assertInert(html);
  const d = dom(html);
  assert.equal(d.querySelector('h1')?.textContent, `Breaking ${EVIL}`);
  assert.equal(d.querySelector('.story-page')?.getAttribute('data-wait'), '1');
  assert.match(d.querySelector('#story-status')?.textContent ?? '', /Comparing 200 articles/);
});
