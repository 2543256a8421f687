import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { dateInText, readDate, toDate } from '../../../src/stages/ingest/extract/read-date.js';
import { readJsonLd } from '../../../src/stages/ingest/extract/read-json-ld.js';
import type { MetaDoc } from '../../../src/stages/ingest/extract/read-metadata.js';

const doc = (head: string, body = ''): MetaDoc => parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as MetaDoc;
const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

test('JSON-LD authors given as @id references resolve through the @graph', () => {
  const d = doc(ld({ '@graph': [
    { '@type': 'WebSite', '@id': 'https://x.at/#website', name: 'X.at' },
    { '@type': 'Article', headline: 'Warum', author: { '@id': 'https://x.at/#/person/1' }, datePublished: '2014-03-09T10:00:00+01:00' },
    { '@type': ['Person', 'Organization'], '@id': 'https://x.at/#/person/1', name: 'Helga Muster' },
  ] }));
  const facts = readJsonLd(d);
  assert.deepEqual(facts.authors, ['Helga Muster']);
  assert.equal(facts.title, 'Warum');
  assert.deepEqual(facts.dates, ['2014-03-09T10:00:00+01:00']);
});

test('a malformed ISO timestamp still gives its day', () => {
  assert.equal(toDate('2022-01-10T22:06:08:684Z'), '2022-01-10');
  assert.equal(readDate(doc(''), ['2022-01-10T22:06:08:684Z'], undefined), '2022-01-10');
});

test('a CMS-specific publication meta name is read, a modification one is not preferred', () => {
  const d = doc('<meta name="sw-modified" content="2021-12-01"><meta name="sw-pubdate" content="2021-11-19">');
  assert.equal(readDate(d, [], undefined), '2021-11-19');
});

test('a UTC timestamp takes the day of the same moment in the page\'s visible <time>', () => {
  const head = '<meta property="article:published_time" content="2022-05-04T03:37:37+00:00">';
  assert.equal(readDate(doc(head, '<h1>T</h1><time datetime="2022-05-03T23:37:37-04:00">3 May</time>'), [], undefined), '2022-05-03T23:37:37-04:00');
  // Zone-less local time: same minutes and seconds, whole hours apart.
  assert.equal(readDate(doc('', '<time datetime="2023-11-08 23:30:59">Nov 8</time>'), ['2023-11-09T05:30:59Z'], undefined), '2023-11-08');
  // Another moment (an update, a comment) is not the publication.
  assert.equal(readDate(doc(head, '<time datetime="2022-05-04T21:10:00-04:00">later</time>'), [], undefined), '2022-05-04T03:37:37+00:00');
});

test('dates written for readers: later date elements, data-testid, two-digit years in date labels, above the headline', () => {
  assert.equal(readDate(doc('', '<span class="update">Aktualisiert</span><div class="pubdate">19.11.2021</div>'), [], undefined), '2021-11-19');
  assert.equal(readDate(doc('', '<span data-testid="article-details-date">3.11.2023</span>'), [], undefined), '2023-11-03');
  assert.equal(readDate(doc('', '<div class="uploaded-date">23.09.22</div>'), [], undefined), '2022-09-23');
  assert.equal(readDate(doc('', '<small>31.01.2022 2. Liga</small><h1>Neuer Trainer</h1><p>Text</p>'), [], undefined), '2022-01-31');
  assert.equal(dateInText('Version 1.2.23'), undefined);
  assert.equal(dateInText('miércoles, 4 de mayo de 2022'), '2022-05-04');
});

test('dates in comments, related posts, teaser cards and a header clock are not the article date', () => {
  const comment = '<div class="comment-metadata"><time datetime="2019-08-24T03:36:11+02:00">24. August 2019</time></div>';
  assert.equal(readDate(doc('', `<h1>T</h1><p>Veröffentlicht am 16.08.2019</p>${comment}`), [], undefined), '2019-08-16');
  const clock = '<header class="site"><span class="mod_datetime"><time datetime="2023-11-01T13:56:20+01:00">1. November 2023</time></span></header>';
  const teaser = '<a href="/other"><h3>Other</h3><div class="date">24. Oktober 2023</div></a>';
  assert.equal(readDate(doc('', `${clock}<main><h1>T</h1>${teaser}<p><span class="text_datum">31. Oktober 2023.</span> Text</p></main>`), [], undefined), '2023-10-31');
  assert.equal(readDate(doc('', '<body class="one-sidebar"><article><header><time datetime="2019-07-07T18:44:31+0200">7. Juli</time></header><h1>T</h1></article>'), [], undefined), '2019-07-07T18:44:31+0200');
});

test('a byline carrying its date gives the date', () => {
  assert.equal(readDate(doc('', '<h1>T</h1><div>von Marianne1 am 20.09.2020</div>'), [], undefined), '2020-09-20');
  assert.equal(readDate(doc('', '<h1>T</h1><div>Von: Björn Jahner <span>|</span> <span>31.10.23</span></div>'), [], undefined), '2023-10-31');
  assert.equal(readDate(doc('', '<h2>Stars <span>06.11.2023 13:30 von Olga </span></h2>'), [], undefined), '2023-11-06');
});

test('an earlier date in the address, or agreeing meta and visible dates, beat one structured field', () => {
  const ld = ['2019-06-17T18:28:00+0200'];
  assert.equal(readDate(doc(''), ld, 'https://x.com/home/2017/7/12/story'), '2017-07-12');
  assert.equal(readDate(doc(''), ld, 'https://x.com/2019/06/17/story'), '2019-06-17T18:28:00+0200');
  const head = '<meta property="article:published_time" content="2022-01-06T08:29:34">';
  assert.equal(readDate(doc(head, '<h1>T</h1><span class="date">06.01.2022</span>'), ['2022-01-04T07:29:00.000Z'], undefined), '2022-01-06T08:29:34');
  assert.equal(readDate(doc(head, '<h1>T</h1>'), ['2022-01-04T07:29:00.000Z'], undefined), '2022-01-04T07:29:00.000Z');
});

test('on a tie the date printed for readers beats the structured date; two structured fields agreeing count once', () => {
  const jsonLd = ['2021-12-20T11:02:44+01:00'];
  const seen = '<h1>T</h1><div class="row"><span class="date">27.01.2022</span></div><p>Text.</p>';
  assert.equal(readDate(doc('', seen), jsonLd, undefined), '2022-01-27');
  const same = '<meta property="article:published_time" content="2021-12-20T11:02:44+01:00">';
  assert.equal(readDate(doc(same, seen), jsonLd, undefined), '2022-01-27');
  // A third signal breaks the tie: the address agrees with the structured date.
  assert.equal(readDate(doc('', seen), jsonLd, 'https://x.de/2021/12/20/story'), '2021-12-20T11:02:44+01:00');
  // With no date for readers, the structured date stands.
  assert.equal(readDate(doc('', '<h1>T</h1><p>Text.</p>'), jsonLd, undefined), '2021-12-20T11:02:44+01:00');
});

test('a printed date that is the page\'s own modification date does not outvote the publication date', () => {
  const body = '<h1>T</h1><p class="post-text-author">By <a rel="author" href="/author/f/">F. L.</a> - 2019-04-10</p><p>Text.</p>';
  assert.equal(readDate(doc('', body), ['2018-04-18T14:39:09+02:00'], undefined, ['2019-04-10T10:13:14+02:00']), '2018-04-18T14:39:09+02:00');
  // Without the modification date the printed date wins the tie.
  assert.equal(readDate(doc('', body), ['2018-04-18T14:39:09+02:00'], undefined), '2019-04-10');
});

test('a UTC stamp gives the day of the same moment written in the date line under the headline', () => {
  const body = '<article><h1>T</h1><h2>Sub</h2><div class="bottom"><h6><a href="/autor/x">Ariel M.</a> <span>3/5/2022 22:41</span></h6></div><p>Texto.</p></article>';
  assert.equal(readDate(doc('', body), ['2022-05-04T02:41:00.000Z'], undefined), '2022-05-03');
  // A different minute is another moment: the structured day stands.
  const other = body.replace('22:41', '22:40');
  assert.equal(readDate(doc('', other), ['2022-05-04T02:41:00.000Z'], undefined), '2022-05-04T02:41:00.000Z');
});

test('dates in teaser list items, post cards and quoted embeds are not the article\'s', () => {
  const jsonLd = ['2011-02-21T17:47:28+01:00'];
  const list = '<h1>T</h1><p>One.</p><p>Two.</p><p>Three.</p><p>Four.</p><ul><li><h6><a href="/other">Other thread</a></h6><div class="dateblock">Letzter Beitrag: 18.10.2010</div></li></ul>';
  assert.equal(readDate(doc('', list), jsonLd, undefined), '2011-02-21T17:47:28+01:00');
  const card = '<h1>T</h1><p>One.</p><p>Two.</p><p>Three.</p><p>Four.</p><article class="post"><h3><a href="/2022/06/22/x">Other post</a></h3><span class="post-date">22. Juni 2022</span></article>';
  assert.equal(readDate(doc('', card), jsonLd, undefined), '2011-02-21T17:47:28+01:00');
  const embed = '<article><h1>T</h1><p>Text.</p><blockquote class="instagram-media"><a href="https://instagr.am/p/1">A post shared by X</a> on <time datetime="2010-06-16T14:30:55+00:00">Jun 16, 2010</time></blockquote></article>';
  assert.equal(readDate(doc('', embed), jsonLd, undefined), '2011-02-21T17:47:28+01:00');
  // The page's own article element, long and holding the headline, is not a card.
  const own = `<article><h1>T</h1><time datetime="2011-02-20">20.02.2011</time><p>${'Text. '.repeat(150)}</p><h3><a href="/x">Related</a></h3></article>`;
  assert.equal(readDate(doc('', own), jsonLd, undefined), '2011-02-20');
});

test('a date line three elements above the headline, past a picture and a kicker, is read', () => {
  const body = '<div class="box"><div class="head"><span>14. Februar 2012</span></div><div class="pics"><img src="a.jpg"></div><span class="category">Politik</span><h1>T</h1><p>Text.</p></div>';
  assert.equal(readDate(doc('', body), [], undefined), '2012-02-14');
});

test('a label element and its value, a date split into spans, and an "Author: X am …" line give the day', () => {
  const labelled = doc('', '<h1>T</h1><div class="docData"><span class="label">Ausgabejahr</span> <span>2022</span><br><span class="label">Datum</span> <span class="value">25.01.2022</span></div><p>Text.</p>');
  assert.equal(readDate(labelled, [], undefined), '2022-01-25');
  const dl = doc('', '<h1>T</h1><dl><dt>Published:</dt><dd>March 3, 2021</dd></dl>');
  assert.equal(readDate(dl, [], undefined), '2021-03-03');
  const spans = doc('', '<article><header><div class="date"><span class="month">Apr</span><span class="day">04</span><span class="year">2013</span></div><h1>T</h1></header></article>');
  assert.equal(readDate(spans, [], undefined), '2013-04-04');
  const byline = doc('', '<p>Text.</p><div class="left">Author: <a href="/p/58"><b>Bo2man</b></a> am 29.12.2010, 13:36 Uhr</div>');
  assert.equal(readDate(byline, [], undefined), '2010-12-29');
  // A label without a date after it gives nothing.
  assert.equal(readDate(doc('', '<span>Datum</span><span>unbekannt</span>'), [], undefined), undefined);
});

test('a date in the description is read only when the page gives no other', () => {
  const described = '<meta name="description" content="Orso marsicano: un anno da record (Notizia del 14 Gennaio 2020)">';
  assert.equal(readDate(doc(described, '<h1>T</h1><p>Testo.</p>'), [], undefined), '2020-01-14');
  assert.equal(readDate(doc(described, '<h1>T</h1><p>Testo.</p>'), ['2020-01-15T09:00:00+01:00'], undefined), '2020-01-15T09:00:00+01:00');
});
