import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { cleanByline, readAuthor, textLengths } from '../../../src/stages/ingest/extract/read-author.js';
import type { MetaDoc } from '../../../src/stages/ingest/extract/read-metadata.js';

const doc = (body: string): MetaDoc => parseHTML(`<html><head></head><body>${body}</body></html>`).document as unknown as MetaDoc;

test('cleanByline keeps the name and drops labels, prefixes and trailing dates', () => {
  assert.equal(cleanByline('Zeige alle Beiträge von Petra Ruland'), 'Petra Ruland');
  assert.equal(cleanByline('Interview: Julia Lauter'), 'Julia Lauter');
  assert.equal(cleanByline('Redaktion'), 'Redaktion');
  assert.equal(cleanByline('Nicole Collignon'), 'Nicole Collignon');
  assert.equal(cleanByline('Kab Niang Le 17/03/2020'), 'Kab Niang');
  assert.equal(cleanByline('MORITZ GATHMANN am 3. Mai'), 'MORITZ GATHMANN');
  assert.equal(cleanByline('Rob Picheta, CNN'), 'Rob Picheta');
  assert.equal(cleanByline('Analysis by Chris Cillizza, CNN Editor-at-large'), 'Chris Cillizza');
  assert.equal(cleanByline('STEVE PEOPLES, AP National Political Writer'), 'STEVE PEOPLES');
  assert.equal(cleanByline('Anna Muster, Max Mann'), 'Anna Muster, Max Mann');
  assert.equal(cleanByline('Ursula von der Leyen'), 'Ursula von der Leyen');
  assert.equal(cleanByline('https://www.facebook.com/someone'), undefined);
  assert.equal(cleanByline('wordpressadmin'), undefined);
  assert.equal(cleanByline('Name *'), undefined);
});

test('the site itself is not the author; the next signal is used', () => {
  const d = doc('<div class="byline">Von Anna Muster</div>');
  assert.equal(readAuthor(d, { ldAuthors: ['Badische Zeitung'], publishers: [], url: 'https://www.badische-zeitung.de/x' }), 'Anna Muster');
});

test('an account name is written as the byline shows it, and comment authors are skipped', () => {
  const d = doc('<ol class="comments"><li><span class="author">Leser Eins</span></li></ol><a rel="author" href="/a">Arian Schlichenmayer</a>');
  assert.equal(readAuthor(d, { ldAuthors: ['arianschlichenmayer'], publishers: [] }), 'Arian Schlichenmayer');
  assert.equal(readAuthor(d, { ldAuthors: [], publishers: [] }), 'Arian Schlichenmayer');
});

test('a byline in the visible text is found', () => {
  const d = doc('<h1>Titel</h1><p>Blog Beitrag von Margarita Koreneva</p><p>Text des Beitrags, lang genug.</p>');
  assert.equal(readAuthor(d, { ldAuthors: [], publishers: [] }), 'Margarita Koreneva');
});

test('dates: more languages, day-first URLs, the line below the headline', async () => {
  const { dateInText, dateFromUrl, readMetadata } = await import('../../../src/stages/ingest/extract/read-metadata.js');
  assert.equal(dateInText('Notizia del 14 Gennaio 2020'), '2020-01-14');
  assert.equal(dateInText('5 de mayo de 2022'), '2022-05-05');
  assert.equal(dateFromUrl('https://x.de/meldungen/29-10-2021'), '2021-10-29');
  const d = doc('<h1>Top 10 Women Talking Sports</h1><p>January 22, 2014</p><p>Body.</p>');
  assert.equal(readMetadata(d).published, '2014-01-22');
  const m = parseHTML('<html><head><meta property="article:modified_time" content="2020-02-02"></head><body><h1>T</h1><p>x</p></body></html>').document as unknown as MetaDoc;
  assert.equal(readMetadata(m, 'https://a.b/2019/01/05/x').published, '2019-01-05'); // a URL date beats a modification date
});

test('bylines after a date, after a label element, and inside a byline test id', () => {
  const none = { ldAuthors: [], publishers: [] };

  assert.equal(readAuthor(doc('<h1>Variablen</h1><p class="text-muted">11.12.2019 - Amelie Loevenich</p>'), none), 'Amelie Loevenich');
  assert.equal(readAuthor(doc('<h2>Stars <span>06.11.2023 13:30 von Olga </span></h2>'), none), 'Olga');
  assert.equal(readAuthor(doc('<div><span class="l">Datum:</span> 19.11.2021<br><span class="l">Autor:</span> Fritz Imhof<br></div>'), none), 'Fritz Imhof');
  assert.equal(readAuthor(doc('<div data-testid="prism-byline"><span>By</span><span><a href="/team/jr">J.R. Stone</a></span></div>'), none), 'J.R. Stone');
});

test('the publisher named as author is kept only when no person is named', () => {

  const signals = { ldAuthors: ['Helge Fahrnberger'], publishers: [], siteName: 'Helge Fahrnberger', url: 'http://www.helge.at/x' };
  assert.equal(readAuthor(doc('<p>Text</p>'), signals), 'Helge Fahrnberger');
  const paper = { ldAuthors: ['Badische Zeitung'], publishers: ['Badische Zeitung'], url: 'https://www.badische-zeitung.de/a' };
  assert.equal(readAuthor(doc('<div class="byline">Von Lisa Petrich</div>'), paper), 'Lisa Petrich');
});

test('picture credits and teaser headlines are not bylines', () => {
  const none = { ldAuthors: [], publishers: [] };
  assert.equal(cleanByline('Photo by ev on Unsplash'), undefined);
  assert.equal(readAuthor(doc('<div class="photoauthor">Photo by <a href="/u">ev</a> on Unsplash</div><p>Von Anna Muster</p>'), none), 'Anna Muster');
  assert.equal(readAuthor(doc('<span class="t"><a href="/x"><div>Eine andere Art von Kirche</div></a></span>'), none), undefined);
  assert.equal(readAuthor(doc('<p>Nordex erhält von Exilion Aufträge über 100 MW</p>'), none), undefined);
  assert.equal(readAuthor(doc('<div>von bis ganze Sendungen</div>'), none), undefined);
  assert.equal(readAuthor(doc('<span class="teaser-cat">\n' + ' '.repeat(60) + 'von Andreas Kürten' + ' '.repeat(40) + '</span>'), none), 'Andreas Kürten');
});

test('a later author meta tag is used when the first names the paper', () => {
  const signals = { ldAuthors: [], publishers: [], metaAuthor: ['Badische Zeitung', 'Lisa Petrich'], siteName: 'Badische Zeitung' };
  assert.equal(readAuthor(doc('<p>Text</p>'), signals), 'Lisa Petrich');
});

test('a first name alone is completed from the byline or author box, co-authors from meta', () => {
  const nils = { ldAuthors: ['Nils'], publishers: [] };
  assert.equal(readAuthor(doc('<div class="author-box"><b>Nils</b> Nils Pickert ist freier Autor.</div>'), nils), 'Nils Pickert');
  assert.equal(readAuthor(doc('<div class="author-box">Nils here! I cook.</div>'), nils), 'Nils');
  const two = { ldAuthors: ["Sadhbh O'Sullivan"], publishers: [], metaAuthor: "Sadhbh O'Sullivan,Elisabeth Kochan" };
  assert.equal(readAuthor(doc('<p>x</p>'), two), "Sadhbh O'Sullivan,Elisabeth Kochan");
});

test('a Chinese editor label in running text names the author', () => {
  const d = parseHTML('<html><head><title>武汉的声音</title></head><body><div><span>正文 责任编辑： \n焦鹏 \n</span></div></body></html>').document as unknown as MetaDoc;
  assert.equal(readAuthor(d, { ldAuthors: [], publishers: [] }), '焦鹏');
});

test('textLengths gives every element the length of its textContent from one walk', () => {
  const d = doc('<div id="a"><p id="b">Von <b>Anna</b> Muster</p><span id="c"></span>tail<![CDATA[x]]></div><p id="d">Zweiter Absatz</p>');
  const lengths = textLengths(d.documentElement);
  for (const el of d.querySelectorAll('*')) assert.equal(lengths.get(el), el.textContent?.length ?? 0);
});

test('a short byline inside a long block is still found', () => {
  const filler = '<p>Ein langer Absatz über die Sitzung des Gemeinderats und ihre Folgen für die Stadt.</p>'.repeat(8);
  const d = doc(`<div><h1>Titel</h1><div><span>Von Anna Muster</span></div>${filler}</div>`);
  assert.equal(readAuthor(d, { ldAuthors: [], publishers: [] }), 'Anna Muster');
});

test('the twitter:creator handle is the last resort, and not when it is the site account', () => {
  const page = (creator: string, site: string): MetaDoc => parseHTML(`<html><head><meta name="twitter:creator" content="${creator}"><meta property="og:site_name" content="${site}"></head><body><p>Text.</p></body></html>`).document as unknown as MetaDoc;
  assert.equal(readAuthor(page('@gnaddrig', 'gnaddrig ad libitum'), { ldAuthors: [], handle: '@gnaddrig', siteName: 'gnaddrig ad libitum', publishers: [], url: 'https://gnadlib.example.com/a' }), 'gnaddrig');
  assert.equal(readAuthor(page('@spiegelonline', 'SPIEGEL'), { ldAuthors: [], handle: '@spiegelonline', siteName: 'SPIEGEL', publishers: [], url: 'https://www.spiegel.de/a' }), undefined);
  assert.equal(readAuthor(doc('<p class="byline">Von Anna Muster</p>'), { ldAuthors: [], handle: '@somebody', publishers: [] }), 'Anna Muster');
});

test('an account name or a company as author gives way to a person in a byline line', () => {
  const body = '<p>Einleitung des Artikels.</p><p><strong>Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.</strong></p>';
  assert.equal(readAuthor(doc(body), { ldAuthors: ['Web Commerce GmbH'], publishers: [] }), 'Uta Staschewski');
  assert.equal(readAuthor(doc(body), { ldAuthors: ['sarah-indra'], publishers: [] }), 'Uta Staschewski');
  const shown = '<div class="submitted">Gespeichert von <span class="username">human</span></div><p>Blog Beitrag von Margarita Koreneva</p>';
  assert.equal(readAuthor(doc(shown), { ldAuthors: [], publishers: [] }), 'Margarita Koreneva');
  // Without a byline line, the structured value stays.
  assert.equal(readAuthor(doc('<p>Nur Text hier.</p>'), { ldAuthors: ['Web Commerce GmbH'], publishers: [] }), 'Web Commerce GmbH');
});

test('author links in a menu are columnists, not the author; the desk named in JSON-LD stands', () => {
  const d = doc('<nav><ul class="dropdown-menu"><li><a href="/autor/juan-soruco.html">Juan Soruco</a></li></ul></nav><article><h1>T</h1><p>Texto.</p></article>');
  assert.equal(readAuthor(d, { ldAuthors: ['Redacción Diario Siete'], publishers: ['Diario Siete'], url: 'https://www.diariosiete.bo/x' }), 'Redacción Diario Siete');
});

test('markup that says "author" outright is refused only for the site\'s exact name or a front-page link', () => {
  // The host is krimiblog.de: a name containing it is still the writer when an hCard says so.
  const blog = doc('<h1 class="vcard author"><a href="http://krimiblog.de/" class="fn">Krimiblog</a></h1><div class="post"><h4 class="vcard author">vom <span class="fn">Krimiblogger</span></h4></div>');
  assert.equal(readAuthor(blog, { ldAuthors: [], publishers: [], url: 'http://krimiblog.de/?p=1' }), 'Krimiblogger');
  const desk = doc('<div class="author-info"><a href="https://blog.teufel.de/author/redaktion/">Teufel Blog Redaktion</a></div>');
  assert.equal(readAuthor(desk, { ldAuthors: ['Teufel Editorial Team'], publishers: ['Teufel'], url: 'https://blog.teufel.de/x' }), 'Teufel Blog Redaktion');
  // A fragment of the site's name is the site's account, explicit or not.
  const account = doc('<a href="https://vortexcannon.org/author/vortex/" rel="author"><span class="vcard author"><span class="fn">Vortex</span></span></a>');
  assert.equal(readAuthor(account, { ldAuthors: [], publishers: [], url: 'https://vortexcannon.org/x' }), undefined);
  // The same name in a plain byline class is still the site's.
  const plain = doc('<div class="byline">Krimiblog Archiv</div>');
  assert.equal(readAuthor(plain, { ldAuthors: [], publishers: [], url: 'http://krimiblog.de/?p=1' }), undefined);
});

test('a footer copyright "by" a person names the writer only when nothing else does', () => {
  const page = (extra = ''): MetaDoc => doc(`${extra}<p>Text.</p><div id="credits"><small>(<a href="/cc">CC-Lizenz</a>) 2006-2008 by Martin Weber<br>Hosted by <a href="/h">Net-Housting</a></small></div>`);
  assert.equal(readAuthor(page(), { ldAuthors: [], publishers: [], url: 'https://dimido.de/x' }), 'Martin Weber');
  assert.equal(readAuthor(page('<div class="byline">Von Anna Muster</div>'), { ldAuthors: [], publishers: [], url: 'https://dimido.de/x' }), 'Anna Muster');
  // A company as holder, or a holder without "by", is not an author.
  const company = doc('<p>Text.</p><footer>© 2021 by Spiegel Verlag</footer><footer>© 2021 Anna Muster</footer>');
  assert.equal(readAuthor(company, { ldAuthors: [], publishers: [], url: 'https://x.de/y' }), undefined);
});
