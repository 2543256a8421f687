import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { cleanText, readTitle, stripSiteName } from '../../../src/stages/ingest/extract/read-title.js';
import type { MetaDoc } from '../../../src/stages/ingest/extract/read-metadata.js';

const doc = (body: string): MetaDoc => parseHTML(`<html><head></head><body>${body}</body></html>`).document as unknown as MetaDoc;

test('the post title in an h2 beats the blog name in the h1', () => {
  const d = doc('<h1>My Blog</h1><h2>Was ist virales Marketing?</h2><h2>Archiv</h2>');
  assert.equal(readTitle(d, [undefined, undefined, 'Was ist virales Marketing? | My Blog'], undefined), 'Was ist virales Marketing?');
});

test('the visible headline wins over a longer or shorter meta title it matches', () => {
  const d = doc('<h1>Ultium Cells erhöht Kapazität in Tennessee</h1>');
  assert.equal(readTitle(d, [undefined, 'Ultium Cells erhöht Kapazität - News.de'], 'News.de'), 'Ultium Cells erhöht Kapazität in Tennessee');
});

test('a short kicker element inside the h1 is not part of the title', () => {
  const d = doc('<h1><span>Tunesien</span> Große Aufgaben für die neue Regierung</h1>');
  assert.equal(readTitle(d, ['Tunesien: Große Aufgaben für die neue Regierung'], undefined), 'Große Aufgaben für die neue Regierung');
});

test('without a matching heading the meta title loses its site name', () => {
  assert.equal(readTitle(doc('<h1>Menu</h1>'), ['Der Titel der Meldung | Zeitung'], 'Zeitung'), 'Der Titel der Meldung');
  assert.equal(stripSiteName('武汉的声音：有英勇的你，才有英雄的城！-新华网', undefined), '武汉的声音：有英勇的你，才有英雄的城！');
});

test('cleanText decodes named and numeric entities left in meta content', () => {
  assert.equal(cleanText('Olive &#038; Herb  Bread'), 'Olive & Herb Bread');
  assert.equal(cleanText('bei &#8222;Sturm&#8220; &amp;quot;x&amp;quot;'), 'bei „Sturm“ "x"');
});

test('a styled first word that the sentence continues is no kicker', () => {
  const d = doc('<h1><span class="mc">Ehezoff</span> der Pochers eskaliert - Jetzt schießt Olli</h1>');
  assert.equal(readTitle(d, ['Ehezoff der Pochers eskaliert - Jetzt schießt Olli'], undefined), 'Ehezoff der Pochers eskaliert - Jetzt schießt Olli');
});

test('a subtitle line inside the h1 (<small>, or a span after <br>) is not part of the title', () => {
  const d = doc('<h1><span>Dezuka Suisan: Fish Cakes, Hot and Fresh</span><small>Welcome to the Flavor Capital</small></h1>');
  assert.equal(readTitle(d, ['Dezuka Suisan: Fish Cakes, Hot and Fresh'], undefined), 'Dezuka Suisan: Fish Cakes, Hot and Fresh');
  const e = doc('<h1>Leslie Clio<br><span>Brave New Woman</span></h1>');
  assert.equal(readTitle(e, ['Leslie Clio zeigt das Album Brave New Woman'], undefined), 'Leslie Clio');
});

test('with no heading matching the meta titles, the only h1 reads as the headline', () => {
  assert.equal(readTitle(doc('<h1>Time to say goodbye.</h1><h2>Archiv</h2>'), ['Home'], undefined), 'Time to say goodbye.');
  // A one- or two-word h1 is a blog or section name: the meta title stays.
  assert.equal(readTitle(doc('<h1>DimidoBlog</h1>'), ['Was ist virales Marketing? | DimidoBlog'], 'DimidoBlog'), 'Was ist virales Marketing?');
});

test('text only screen readers get is not part of the headline', () => {
  const d = doc('<h1 class="document-title"><div class="document-title__headline"><span class="visuallyhidden">Headline:</span> Energiewende und gesellschaftlicher Wandel</div></h1>');
  assert.equal(readTitle(d, ['Energiewende und gesellschaftlicher Wandel'], 'Forschungsinstitut'), 'Energiewende und gesellschaftlicher Wandel');
  assert.equal(readTitle(doc('<h1><span class="sr-only">Article:</span> Storm closes the pass</h1>'), [], undefined), 'Storm closes the pass');
});
