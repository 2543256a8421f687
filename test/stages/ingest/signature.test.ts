import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { readSignature } from '../../../src/stages/ingest/extract/signature.js';
import { readAuthor } from '../../../src/stages/ingest/extract/read-author.js';
import { readDate } from '../../../src/stages/ingest/extract/read-date.js';
import type { MetaDoc } from '../../../src/stages/ingest/extract/read-metadata.js';

const doc = (body: string): MetaDoc => parseHTML(`<html><head></head><body>${body}</body></html>`).document as unknown as MetaDoc;
const signed = (last: string): MetaDoc => doc(`<article><h1>Abschied</h1><p>Ich habe mich entschieden, das Blog zu beenden.</p><p>So long, and thanks for all the fish!</p>${last}</article>`);

test('a name line and a date line closing the article are its signature', () => {
  assert.deepEqual(readSignature(signed('<p>Benni<br /> 10. September 2017</p>')), { name: 'Benni', date: '2017-09-10' });
  assert.deepEqual(readSignature(signed('<p><em>Anna Muster</em><br>Berlin, 3. März 2021</p>')), { name: 'Anna Muster', date: '2021-03-03' });
});

test('without the date line, or outside an article, there is no signature', () => {
  assert.equal(readSignature(signed('<p>Danke!</p>')), undefined);
  assert.equal(readSignature(signed('<p>Benni</p>')), undefined);
  assert.equal(readSignature(signed('<p>Das war ein langer Satz über vieles<br>10. September 2017</p>')), undefined);
  assert.equal(readSignature(doc('<p>Benni<br>10. September 2017</p>')), undefined);
});

test('the signature names the author and dates the page only when nothing else does', () => {
  const page = signed('<p>Benni<br>10. September 2017</p>');
  assert.equal(readAuthor(page, { ldAuthors: [], publishers: [], url: 'https://prof-pc.de/' }), 'Benni');
  assert.equal(readDate(page, [], 'https://prof-pc.de/'), '2017-09-10');
  assert.equal(readAuthor(page, { ldAuthors: ['Benjamin Muster'], publishers: [], url: 'https://prof-pc.de/' }), 'Benjamin Muster');
  assert.equal(readDate(page, ['2017-09-12T10:00:00+02:00'], 'https://prof-pc.de/'), '2017-09-12T10:00:00+02:00');
});
