import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from '../../../src/stages/ingest/decode-text.js';

const TEXT = 'Council approves budget — “finally,” the mayor said.\n';

test('UTF-16 with a BOM (either order) and UTF-16LE without one decode to the text', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  assert.deepEqual(decodeText(le), { text: TEXT });
  assert.deepEqual(decodeText(be), { text: TEXT });
  assert.deepEqual(decodeText(Buffer.from(TEXT, 'utf16le')), { text: TEXT });
  assert.deepEqual(decodeText(Buffer.from(`\uFEFF${TEXT}`, 'utf8')), { text: TEXT }, 'a UTF-8 BOM is dropped');
});

test('binary stays binary; invalid text is named', () => {
  assert.deepEqual(decodeText(new Uint8Array([72, 105, 0, 1, 2])), { problem: 'binary file (contains NUL bytes), not text' });
  const zipLike = new Uint8Array(64).map((_, i) => (i % 2 === 0 ? 0x50 + (i % 7) : 0));
  zipLike[10] = 3; // a control character: not text, whatever the zeros suggest
  assert.match((decodeText(zipLike) as { problem: string }).problem, /binary/);
  assert.deepEqual(decodeText(new Uint8Array([0x63, 0xe9, 0x0a])), { problem: 'not valid UTF-8 text' });
  assert.deepEqual(decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8])), { problem: 'not valid UTF-16LE text' }, 'a lone surrogate');
});
