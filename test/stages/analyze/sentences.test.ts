import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

test('splits on terminal punctuation and keeps exact offsets', () => {
  const t = 'Biden spoke. Putin listened! Did they agree? Nobody knows.';
  const s = splitSentences(t);
  assert.deepEqual(s.map((x) => x.text), ['Biden spoke.', 'Putin listened!', 'Did they agree?', 'Nobody knows.']);
  for (const x of s) assert.equal(t.slice(x.start, x.end), x.text);
});

test('abbreviations, initials and a.m. do not end a sentence', () => {
  assert.deepEqual(texts('Mr. Putin met Dr. Smith. They spoke.'), ['Mr. Putin met Dr. Smith.', 'They spoke.']);
  assert.deepEqual(texts('U.S. officials met John F. Kennedy Jr. in Washington.'), ['U.S. officials met John F. Kennedy Jr. in Washington.']);
  assert.deepEqual(texts('The meeting began after 10 a.m. ET, officials said.'), ['The meeting began after 10 a.m. ET, officials said.']);
  assert.deepEqual(texts('Troops left the U.S. The war went on.'), ['Troops left the U.S.', 'The war went on.']);
});

test('a closing quote stays with its sentence; lower case after a quote continues it', () => {
  assert.deepEqual(texts('“We expect it to be long.” Peskov added more.'), ['“We expect it to be long.”', 'Peskov added more.']);
  assert.deepEqual(texts('“Is it long?” he asked. Yes.'), ['“Is it long?” he asked.', 'Yes.']);
});

test('paragraph breaks always split, even without punctuation', () => {
  assert.deepEqual(texts('Details and tension\n\nThe call was long'), ['Details and tension', 'The call was long']);
});

test('a stray closing mark after a space joins the previous sentence', () => {
  const t = 'The leaders spoke. President Biden will highlight Ukraine. “';
  assert.deepEqual(texts(t), ['The leaders spoke.', 'President Biden will highlight Ukraine. “']);
});

test('empty and whitespace-only text has no sentences', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences(' \n\n  '), []);
});
