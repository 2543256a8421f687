import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { StoryBrief } from '../../../src/core/brief.js';
import { asArticleId, asStoryId } from '../../../src/core/ids.js';
import { renderHtml, renderHtmlReport } from '../../../src/stages/brief/index.js';
import { singleArticleBrief, storyBrief } from '../../fixtures/brief/story-brief.js';

function dom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const html = renderHtml(storyBrief);
const doc = dom(html);

test('renders every section with its heading', () => {
  const titles = [...doc.querySelectorAll('section h2')].map((h) => h.textContent ?? '');
  for (const t of ['Sources', 'What the sources agree on', 'Where the figures differ', 'Who said what', 'Reported by only one source', 'Timeline', 'Shared text', 'People, organisations, places', 'Articles']) {
    assert.ok(titles.some((x) => x.startsWith(t)), `missing section ${t}`);
  }
  assert.equal(doc.querySelector('h1')?.textContent, storyBrief.title);
  assert.match(doc.querySelector('header')?.textContent ?? '', /Sun 5 Dec 2021 – Mon 6 Dec 2021/);
  assert.match(doc.querySelector('header')?.textContent ?? '', /3 articles/);
});

test('is self-contained: no scripts, external stylesheets, fonts or images', () => {
  assert.equal(doc.querySelectorAll('script').length, 0);
  assert.equal(doc.querySelectorAll('link, img, iframe').length, 0);
  assert.doesNotMatch(html, /@import|url\(|src=/);
  assert.equal(doc.querySelectorAll('style').length, 1);
});

test('every internal link points to an element that exists', () => {
  const ids = new Set([...doc.querySelectorAll('[id]')].map((e) => e.getAttribute('id')));
  const hrefs = [...doc.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href') ?? '');
  assert.ok(hrefs.length > 30);
  for (const href of hrefs) assert.ok(ids.has(href.slice(1)), `dangling link ${href}`);
  assert.equal(ids.size, doc.querySelectorAll('[id]').length, 'ids are unique');
});

test('each figure citation lands on a mark wrapping exactly the figure words', () => {
  for (const v of storyBrief.figures.flatMap((g) => g.values)) {
    const article = storyBrief.articles.find((a) => a.id === v.articleId);
    assert.ok(article);
    const mark = doc.getElementById(`m${article.ref}-${v.start}-${v.end}`);
    assert.ok(mark, `no mark for ${v.text}`);
    assert.equal(mark.textContent, article.text.slice(v.start, v.end));
    assert.equal(mark.textContent, v.text);
    assert.equal(mark.closest('article')?.id, `art-${article.ref}`);
  }
});

test('every cited span of every kind is marked with its exact words', () => {
  const cites = [
    ...storyBrief.summary.flatMap((s) => s.citations),
    ...storyBrief.quotes,
    ...storyBrief.timeline.flatMap((e) => e.citations),
    ...storyBrief.reuse.flatMap((r) => r.passages.flatMap((p) => [p.a, p.b])),
  ];
  for (const c of cites) {
    const article = storyBrief.articles.find((a) => a.id === c.articleId)!;
    const mark = doc.getElementById(`m${article.ref}-${c.start}-${c.end}`);
    assert.equal(mark?.textContent, article.text.slice(c.start, c.end));
  }
});

test('the article text is shown whole: marks add no and drop no characters', () => {
  for (const a of storyBrief.articles) {
    assert.equal(doc.querySelector(`#art-${a.ref} .text`)?.textContent, a.text);
  }
});

test('figures: each value with qualifier, words as written, attribution and source link, flagged as differing', () => {
  const group = [...doc.querySelectorAll('.figure-group')].find((g) => g.querySelector('h3')?.textContent?.includes('Russian troops'));
  assert.ok(group);
  assert.match(group.querySelector('h3')?.textContent ?? '', /Sources differ/);
  assert.match(group.textContent ?? '', /None of them is established as the fact/);
  const rows = [...group.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? ''));
  // Largest first, each with its own qualifier, attribution and source.
  assert.deepEqual(rows.map((r) => r[0]), ['up to175,000', '94,300', 'more than94,000', 'about70,000']);
  assert.deepEqual(rows.map((r) => r[3]), ['US intelligence', 'Oleksii Reznikov', 'Oleksii Reznikov', 'US intelligence officials']);
  assert.deepEqual(rows.map((r) => /\[(\d)\]/.exec(r[4])?.[1]), ['1', '3', '2', '3']);
  assert.match(group.textContent ?? '', /4 different values in 4 reports/);
  assert.ok(rows[0][2].includes('up to 175,000 troops'));
});

test('quotes are grouped by speaker, with variants shown together under one remark', () => {
  const speakers = [...doc.querySelectorAll('.speaker')];
  assert.deepEqual(speakers.map((s) => s.querySelector('h3')?.textContent), ['Dmitry Peskov — Kremlin spokesman', 'Joe Biden — US President']);
  assert.equal(speakers[0].querySelectorAll('.remark').length, 4);
  const biden = speakers[1].querySelectorAll('.remark');
  assert.equal(biden.length, 1);
  assert.match(biden[0].querySelector('blockquote')?.textContent ?? '', /anybody’s red lines.*\[2\]/);
  assert.match(biden[0].querySelector('.variant')?.textContent ?? '', /anyone’s red line.*\[3\]/);
});

test('timeline marks inferred and unresolved dates as such', () => {
  const items = [...doc.querySelectorAll('ol.timeline li')];
  assert.deepEqual(items.map((li) => li.getAttribute('class')), ['certain', 'certain', 'inferred', 'certain', 'unresolved']);
  assert.match(items[2].textContent ?? '', /Mon 6 Dec 2021 inferred/);
  assert.match(items[4].textContent ?? '', /^Undated unresolved — “on Saturday”/);
});

const EVIL = '<script>alert("x")</script>';
const evilText = `Officials said ${EVIL} and <img src=x onerror=alert(1)> 5,000 "troops" & more.`;
const evilId = asArticleId('a_evil');
const evilBrief: StoryBrief = {
  ...singleArticleBrief,
  id: asStoryId('s_evil'),
  title: `Breaking ${EVIL}`,
  articles: [{ ...singleArticleBrief.articles[0], id: evilId, title: `T ${EVIL}`, source: '<b>Outlet</b>', url: 'javascript:alert(1)', text: evilText, chars: evilText.length }],
  summary: [{ text: `Claim ${EVIL}`, kind: 'single', citations: [{ articleId: evilId, start: evilText.indexOf('<script>'), end: evilText.indexOf('</script>') + 9 }] }],
  entities: [{ name: '<i>Evil</i>', type: 'person', aliases: ['"><script>'], roles: [], articleIds: [evilId], mentions: 1 }],
};

test('escapes every scraped string: no injected elements, scheme or attributes', () => {
  const out = renderHtml(evilBrief);
  const d = dom(out);
  assert.equal(d.querySelectorAll('script, img, b, i').length, 0);
  assert.doesNotMatch(out, /<script|<img|href="javascript/i);
  assert.equal(d.querySelector('h1')?.textContent, `Breaking ${EVIL}`);
  assert.equal(d.querySelector('title')?.textContent, `Breaking ${EVIL}`);
  const mark = d.querySelector('mark[id]');
  assert.equal(mark?.textContent, EVIL);
  assert.equal(d.querySelector('.text')?.textContent, evilText);
});

test('a brief with one article and no quotes renders, with empty sections saying so', () => {
  const d = dom(renderHtml(singleArticleBrief));
  const section = (id: string) => d.getElementById(id)?.textContent ?? '';
  assert.match(section('quotes'), /No quotations found/);
  assert.match(section('agreed'), /Only one source/);
  assert.match(section('figures'), /None\./);
  assert.ok([...d.querySelectorAll('.facts li')].some((li) => li.textContent === '1 article'));
  assert.equal(d.querySelectorAll('article.source').length, 1);
});

test('a report of several briefs keeps ids apart and links valid', () => {
  const d = dom(renderHtmlReport([storyBrief, singleArticleBrief]));
  const ids = [...d.querySelectorAll('[id]')].map((e) => e.getAttribute('id'));
  assert.equal(new Set(ids).size, ids.length);
  for (const a of d.querySelectorAll('a[href^="#"]')) assert.ok(d.getElementById((a.getAttribute('href') ?? '').slice(1)), a.getAttribute('href') ?? '');
  assert.ok(d.getElementById('s2-art-1'));
});

test('citations to unknown articles or bad offsets do not produce dangling links', () => {
  const broken: StoryBrief = {
    ...storyBrief,
    summary: [
      { text: 'Out of range', kind: 'single', citations: [{ articleId: storyBrief.articles[0].id, start: 10, end: 99999 }] },
      { text: 'Unknown article', kind: 'single', citations: [{ articleId: asArticleId('a_missing'), start: 0, end: 4 }] },
    ],
  };
  const d = dom(renderHtml(broken));
  const items = [...d.querySelectorAll('#single li')];
  assert.equal(items[0].querySelector('a.cite')?.getAttribute('href'), '#art-1');
  assert.equal(items[1].querySelector('a'), null);
  assert.match(items[1].textContent ?? '', /\[\?\]/);
});

test('provenance: the graph and the words say who translated whom; a series is drawn against time', () => {
  const [cnn, inq] = storyBrief.articles;
  const translated = {
    ...storyBrief,
    articles: storyBrief.articles.map((a) => (a.id === inq!.id ? { ...a, machineTranslated: true } : a)),
    reuse: [{ ...storyBrief.reuse[0]!, from: cnn!.id, to: inq!.id, kind: 'translation' as const, evidence: 'machine-translation flag' }],
    lineages: [
      { id: 'l1', articleIds: [cnn!.id, inq!.id], origin: cnn!.id },
      { id: 'l2', articleIds: [storyBrief.articles[2]!.id], origin: null },
    ],
    figures: [{ ...storyBrief.figures[1]!, status: 'series' as const, values: [{ ...storyBrief.figures[1]!.values[0]!, articleId: cnn!.id, value: 60 }, { ...storyBrief.figures[1]!.values[0]!, articleId: inq!.id, value: 85 }] }],
  };
  const d = dom(renderHtml(translated));
  const prov = d.getElementById('provenance')!;
  assert.match(prov.textContent ?? '', /\[2\] is a machine translation of \[1\]/);
  assert.equal(prov.querySelectorAll('svg circle').length, 3);
  assert.equal(prov.querySelectorAll('svg line[marker-end]').length, 1);
  const series = d.querySelector('#figures figure.series svg')!;
  assert.equal(series.querySelectorAll('circle').length, 2);
  for (const a of series.querySelectorAll('a')) assert.ok(d.getElementById((a.getAttribute('href') ?? '').slice(1)), 'each point links to its cited words');
  // The claims grid folds the translation into its source's column.
  assert.ok(d.querySelectorAll('table.grid thead th').length >= 2);
});
