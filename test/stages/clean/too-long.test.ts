/**
 * An article past the stated length limit is refused with a reason, before
 * analysis: analysis costs more than linearly in length (a 1 MB text took
 * 48 s and 1 GB), so length is where one article's budget is enforced.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean, CLEAN_DEFAULTS } from '../../../src/stages/clean/clean.js';

const SENTENCE = 'The council said on Monday that the new harbour terminal would open next spring after long delays.';

function body(chars: number): string {
  const lines = ['A headline about the harbour'];
  for (let n = 0, i = 0; n < chars; i++) {
    const line = `${SENTENCE} Item ${i}.`;
    lines.push(line);
    n += line.length + 2;
  }
  return lines.join('\n');
}

test('an article over maxChars after cleaning is too-long, naming the limit', () => {
  const r = clean({ format: 'txt', path: 'long.txt', body: body(CLEAN_DEFAULTS.maxChars + 5_000) });
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.equal(r.reason, 'too-long');
  assert.match(r.detail ?? '', new RegExp(`limit ${CLEAN_DEFAULTS.maxChars}`));
});

test('a raw body far over the limit is refused before cleaning', () => {
  const r = clean({ format: 'txt', path: 'huge.txt', body: body(CLEAN_DEFAULTS.maxChars * 5) });
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.detail ?? '', /before cleaning/);
});

test('a long article under the limit is kept whole', () => {
  const r = clean({ format: 'txt', path: 'ok.txt', body: body(CLEAN_DEFAULTS.maxChars / 2) });
  assert.ok(r.ok);
  if (r.ok) assert.ok(r.value.text.length > CLEAN_DEFAULTS.maxChars / 2 - 1000);
  assert.equal(clean({ format: 'txt', body: body(1000) }, { maxChars: 500 }).ok, false);
});

test('150,000 short lines (each a heading candidate) clean without a stack overflow', () => {
  const lines = ['Headline of the page', ...Array.from({ length: 150_000 }, (_, i) => `I${i % 10}`), 'The council said on Monday that the new harbour terminal would open next spring after long delays and rising costs.'.repeat(3)];
  const r = clean({ format: 'txt', body: lines.join('\n') });
  assert.ok(r.ok, JSON.stringify(r).slice(0, 300));
  if (r.ok) assert.match(r.value.text, /harbour terminal/);
});
