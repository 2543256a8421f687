import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { cleanupParagraphs } from '../../../src/stages/ingest/extract/cleanup-paragraphs.js';
import { toBlocks } from '../../../src/stages/ingest/extract/to-blocks.js';
import type { DomNodeLike } from '../../../src/stages/ingest/html-to-text.js';

const blocksOf = (html: string) => toBlocks(parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as DomNodeLike);
const P = 'A real paragraph of article prose that says something, with a full stop.';

test('toBlocks drops captions and figures, keeps table rows as lines, measures link text', () => {
  const b = blocksOf(`<p>${P}</p><figure><img src="x"><figcaption>Photo: Someone</figcaption></figure>
    <p class="wp-caption-text">A caption</p><table><tr><td>1</td><td>Kyle</td><td>5040</td></tr></table>
    <ul><li><a href="/a">Related story one</a></li></ul>`);
  assert.deepEqual(b.map((x) => x.text), [P, '1 Kyle 5040', 'Related story one']);
  assert.equal(b[2].linkChars, 'Related story one'.length);
  assert.equal(b[0].linkChars, 0);
});

test('cleanupParagraphs removes teasers, share bars, link lists, title and edge bylines', () => {
  const b = blocksOf(`<p>Home</p><p>By Jane Roe</p><h1>The Headline Of The Story</h1><p>${P}</p>
    <p>READ MORE: Something else happened elsewhere</p><p>Share on Facebook Twitter</p><p>${P} Two.</p>
    <p>Share on Facebook Twitter</p><p>Share on Facebook Twitter</p><h2>A subheading inside</h2><p>${P} Three.</p>
    <ul><li><a href="/1">Other story</a></li><li><a href="/2">Another story</a></li></ul>
    <h3>Related articles</h3><p>${P} Not this one.</p>`);
  assert.deepEqual(cleanupParagraphs(b, { title: 'The headline of the story' }),
    [P, `${P} Two.`, 'A subheading inside', `${P} Three.`]);
});

test('cleanupParagraphs keeps short lines of unspaced scripts that end a sentence', () => {
  const b = blocksOf('<p>特に困ったのが、起動ショートカットキーに関する設定。</p><p>もちろん、Apple社は認めていません。</p>');
  assert.equal(cleanupParagraphs(b, {}).length, 2);
});

test('cleanupParagraphs trims calls to action that close the page, but keeps such words mid-article', () => {
  const b = blocksOf(`<p>${P}</p><p>The new app lets readers subscribe to alerts, the company said on Monday in a statement.</p><p>${P} Two.</p>
    <p>For the latest stories download the Example News apps for iOS and Android.</p>
    <p>Tú también puedes hacer periodismo incómodo. Suscríbete hoy.</p>
    <p>You can keep up with me on Twitter.</p><p>Advert</p><p>Tell us what YOU think...</p>`);
  assert.deepEqual(cleanupParagraphs(b, {}),
    [P, 'The new app lets readers subscribe to alerts, the company said on Monday in a statement.', `${P} Two.`]);
});

test('cleanupParagraphs drops "first published" and "date at time" lines at the edges', () => {
  const b = blocksOf(`<p>November 19, 2019 at 9:45 am</p><p>${P}</p><p>${P} Two.</p><p>First Published: Tuesday, November 19, 2019 08:38 AM</p>`);
  assert.deepEqual(cleanupParagraphs(b, {}), [P, `${P} Two.`]);
});

test('cleanupParagraphs trims an author bio, a credit line and press-release boilerplate from the end only', () => {
  const bio = blocksOf(`<p>${P}</p><p>Dana Lee is a freelance writer living in Minneapolis.</p><p>${P} Two.</p>`
    + '<p>Emiliano Bellini</p><p>Emiliano joined the magazine in March 2017. He has been reporting on solar energy since 2009.</p>');
  assert.deepEqual(cleanupParagraphs(bio, {}), [P, 'Dana Lee is a freelance writer living in Minneapolis.', `${P} Two.`]);
  const credit = blocksOf(`<p>${P}</p><p>Fox News’ Jane Roe contributed to this report.</p>`);
  assert.deepEqual(cleanupParagraphs(credit, {}), [P]);
  const release = blocksOf(`<p>${P}</p><p>Acme is a global solutions provider focused on healthcare software.</p>`
    + '<p>Acme is headquartered in Baar (Switzerland) and employs 1,300 people.</p>');
  assert.deepEqual(cleanupParagraphs(release, {}), [P]);
  // A closing sentence about the news itself is not boilerplate.
  const news = blocksOf(`<p>${P}</p><p>Tesla is the largest carmaker by value, and its shares rose 3% on Monday.</p>`);
  assert.equal(cleanupParagraphs(news, {}).length, 2);
});

test('cleanupParagraphs trims a closing run of kicker-plus-teaser pairs but keeps one capitalised subhead', () => {
  const teasers = blocksOf(`<p>${P}</p><p>${P} More.</p><p>FAR OUT, MAN</p><p>Rural areas are not the middle of nowhere.</p>`
    + '<p>LIFE AFTER FEDERER</p><p>The three greatest players were born within six years.</p>');
  assert.deepEqual(cleanupParagraphs(teasers, {}), [P, `${P} More.`]);
  const subhead = blocksOf(`<p>${P}</p><p>SCORES QUARANTINED</p><p>${P} Again.</p>`);
  assert.equal(cleanupParagraphs(subhead, {}).length, 3);
});

test('cleanupParagraphs trims a closing magazine subscription offer', () => {
  const b = blocksOf(`<p>${P}</p><p>Get Motor Monthly delivered through your letterbox every month. 12 issues for £11.99.</p>`);
  assert.deepEqual(cleanupParagraphs(b, {}), [P]);
});

test('cleanupParagraphs drops photo credit lines, with the lead caption they follow, and a closing masthead address', () => {
  const b = blocksOf('<p>The minister, centre, passes a new airliner at the show in Dubai on Monday.</p><p>Jane Roe | Bloomberg | Getty Images</p>'
    + `<p>${P}</p><p>${P} Two.</p><p>The Daily 1625 K Street, NW Suite 900 Washington DC 20006 | 202-628-8500 tel | 202-628-8503 fax</p>`);
  assert.deepEqual(cleanupParagraphs(b, {}), [P, `${P} Two.`]);
  // A credit line mid-article goes alone; the paragraph before it stays.
  const mid = blocksOf(`<p>${P}</p><p>${P} Two.</p><p>Photographer / AFP</p><p>${P} Three.</p>`);
  assert.deepEqual(cleanupParagraphs(mid, {}), [P, `${P} Two.`, `${P} Three.`]);
});

test('cleanupParagraphs keeps prose that opens with a label word or "posted", drops the labels themselves', () => {
  const lede = 'More than a third of the 12,000 employees will likely receive notice this week that they no longer have a job.';
  const posted = 'Posted on social media by the performance analysts, the video shows the port running at 30fps.';
  const b = blocksOf(`<p>${lede}</p><p>More from The Daily</p><p>${posted}</p><p>Posted on 18 November 2019, 10:04</p><p>${P}</p><p>Related: Markets slide again</p>`);
  assert.deepEqual(cleanupParagraphs(b, {}), [lede, posted, P]);
});

test('cleanupParagraphs trims a teaser run whose kicker runs to ten words', () => {
  const b = blocksOf(`<p>${P}</p><p>'YOU EITHER GET USED TO IT OR YOU DON'T</p><p>Almost half of engineers have had an accident.</p>`
    + '<p>LIFE AS A BALL</p><p>The youngest brother has taken his show to Australia.</p>');
  assert.deepEqual(cleanupParagraphs(b, {}), [P]);
});

test('cleanupParagraphs trims closing reporting credits, citation notes, comment rules and a bio with an e-mail', () => {
  const tail = ['(Reporting by Jane Roe; Editing by John Doe)', 'Citation: Big news (2019, November 18) retrieved 20 November 2019 from https://example.org/x',
    'Note: we are temporarily moderating all comments submitted to deal with spam.',
    'Jeff Foust (jeff@example.org) is the editor and publisher of The Review, and a senior staff writer.'];
  for (const t of tail) assert.deepEqual(cleanupParagraphs(blocksOf(`<p>${P}</p><p>${t}</p>`), {}), [P], t);
  // Mid-article, a sentence about comments or reporting is prose.
  const mid = 'Readers’ comments are moderated by the council, the report says.';
  assert.equal(cleanupParagraphs(blocksOf(`<p>${P}</p><p>${mid}</p><p>${P} Two.</p>`), {}).length, 3);
});

test('cleanupParagraphs drops a dated capitalised byline at the top', () => {
  const b = blocksOf(`<p>By Jane Roe - 11/18/19 11:04 PM EST</p><p>${P}</p>`);
  assert.deepEqual(cleanupParagraphs(b, {}), [P]);
});

test('cleanupParagraphs: a heading left last heads a cut-off list; tail headings of the data\'s languages end the article', () => {
  // Nothing follows the heading: it introduced a list Readability did not keep. A heading written as a sentence stays.
  assert.deepEqual(cleanupParagraphs(blocksOf(`<p>${P}</p><p>${P} Two.</p><h3>Weitere Beiträge aus der Kolumne:</h3>`), {}), [P, `${P} Two.`]);
  assert.deepEqual(cleanupParagraphs(blocksOf(`<p>${P}</p><p>${P} Two.</p><h2>Es stützt seine Version.</h2>`), {}), [P, `${P} Two.`, 'Es stützt seine Version.']);
  // A tail heading in the second half ends the article, whatever follows it.
  for (const h of ['Neueste Artikel', 'Das könnte Sie auch interessieren!', 'Über den Autor', 'Weitere Tourentipps in Schweden', 'Articles liés', 'Noticias relacionadas']) {
    assert.deepEqual(cleanupParagraphs(blocksOf(`<p>${P}</p><p>${P} Two.</p><p>${h}</p><p>${P} A teaser for another story.</p>`), {}), [P, `${P} Two.`], h);
  }
  // Early in the container the same words are not a tail.
  assert.deepEqual(cleanupParagraphs(blocksOf(`<p>Über den Autor</p><p>${P}</p><p>${P} Two.</p><p>${P} Three.</p>`), {}), [P, `${P} Two.`, `${P} Three.`]);
});

test('cleanupParagraphs: closing prompts to log in, comment or rate, filing and licence notes; view counters and photo labels anywhere', () => {
  const closing = ['Du musst eingeloggt sein, um Kommentare zu schreiben!', 'Hier können Sie den Artikel bewerten',
    'Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht.', 'Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.'];
  for (const c of closing) assert.deepEqual(cleanupParagraphs(blocksOf(`<p>${P}</p><p>${P} Two.</p><p>${c}</p>`), {}), [P, `${P} Two.`], c);
  assert.deepEqual(cleanupParagraphs(blocksOf(`<p>${P}</p><p>Titelbild: Jane Roe/picture-alliance</p><p>${P} Two.</p><p>Aufrufe: 1120 | Hinzugefügt von: Posh</p><p>${P} Three.</p>`), {}),
    [P, `${P} Two.`, `${P} Three.`]);
  // Mid-article such words are news: a sentence about logging in that is not the last line stays.
  const news = 'Wer nicht eingeloggt ist, kann die neue Funktion der App nicht nutzen, sagte die Sprecherin am Montag.';
  assert.deepEqual(cleanupParagraphs(blocksOf(`<p>${P}</p><p>${news}</p><p>${P} Two.</p>`), {}), [P, news, `${P} Two.`]);
});

test('cleanupParagraphs: numbered figure captions, embed consent placeholders, a table-of-contents label and a starred ad notice go wherever they are', () => {
  const noise = ['Abbildung 4: klassische Schwachschicht. Der Unterschied in der Struktur ist klar ersichtlich.', 'Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.',
    'Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.', 'Inhaltsverzeichnis', '*Werbung. Dieser Beitrag enthält Werbung für eine Marke.'];
  for (const n of noise) assert.deepEqual(cleanupParagraphs(blocksOf(`<p>${P}</p><p>${n}</p><p>${P} Two.</p>`), {}), [P, `${P} Two.`], n);
  // Prose that mentions a figure or a button is not a caption or a placeholder.
  const prose = 'In Abbildung 4 sieht man die Schwachschicht deutlich, sagte der Forscher.';
  assert.deepEqual(cleanupParagraphs(blocksOf(`<p>${P}</p><p>${prose}</p><p>${P} Two.</p>`), {}), [P, prose, `${P} Two.`]);
});
