/**
 * A rendering kept in the brief cache (src/server/brief-rendered.ts): a worker's JSON page arrives as
 * UTF-8 bytes, is gzipped from them, and is decoded to text only when a reader asks for the text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { rendered } from '../../src/server/brief-rendered.js';

const TEXT = JSON.stringify({ title: 'Über 70 000 soldats — 七万', n: [1, 2, 3] });

test('a rendering from bytes is gzipped from the bytes and decoded only when its text is read', async () => {
  const bytes = new TextEncoder().encode(TEXT);
  const weighed: number[] = [];
  const decode = TextDecoder.prototype.decode;
  let decoded = 0;
  TextDecoder.prototype.decode = function (...a: Parameters<TextDecoder['decode']>) {
    decoded++;
    return decode.apply(this, a);
  };
  try {
    const r = rendered(bytes, 7, (b) => weighed.push(b));
    assert.equal(r.size, bytes.byteLength, 'weighed by its bytes, not decoded for it');
    const zipped = await r.gzipped();
    assert.equal(r.gzip(), zipped, 'gzipped once');
    assert.deepEqual(weighed, [zipped.length]);
    assert.equal(decoded, 0, 'gzip read the bytes');
    assert.equal(gunzipSync(zipped).toString('utf8'), TEXT);
    assert.equal(r.text, TEXT);
    assert.equal(r.text, TEXT);
    assert.equal(decoded, 1, 'decoded once, on first read');
    assert.equal(r.version, 7);
  } finally {
    TextDecoder.prototype.decode = decode;
  }
});

test('a rendering from text keeps it and gzips it', () => {
  const r = rendered(TEXT, 3, () => {});
  assert.equal(r.text, TEXT);
  assert.equal(r.size, TEXT.length);
  assert.equal(gunzipSync(r.gzip()).toString('utf8'), TEXT);
});
