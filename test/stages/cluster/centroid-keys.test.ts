import { test } from 'node:test';
import assert from 'node:assert/strict';
import { centroidKeys, keyKind, KEY_ANCHOR, KEY_LANGUAGE, KEY_NEUTRAL, KEY_OTHER, KEY_TITLE, KEY_WORD } from '../../../src/stages/cluster/centroid-keys.js';

// One key of every channel rankStories scores, as doc-terms.ts and anchors.ts write them.
const CENTROID = Object.freeze({
  't:putin': 0.8,
  'k:#70000': 0.4,
  '@de': 3,
  'e:reznikov': 0.7,
  '#70000': 0.3,
  troops: 1.2,
  'c:ua': 0.5,
  'x:war': 0.2,
  'l:border': 0.1,
  border: 0.9,
});

test('each key gets the channel rankStories tests it for, in Object.keys order, with its weight', () => {
  const ck = centroidKeys(CENTROID);
  assert.deepEqual(ck.keys, Object.keys(CENTROID));
  assert.deepEqual([...ck.weights], Object.values(CENTROID));
  assert.deepEqual([...ck.kinds], [KEY_TITLE, KEY_ANCHOR, KEY_LANGUAGE, KEY_NEUTRAL, KEY_NEUTRAL, KEY_WORD, KEY_OTHER, KEY_OTHER, KEY_OTHER, KEY_WORD]);
  for (let i = 0; i < ck.keys.length; i++) assert.equal(ck.kinds[i], keyKind(ck.keys[i]!));
});

test('a centroid is read once; a new centroid object (a grown story) is read afresh', () => {
  const a = centroidKeys(CENTROID);
  assert.equal(centroidKeys(CENTROID), a);
  const grown = { ...CENTROID, kyiv: 0.6 };
  const b = centroidKeys(grown);
  assert.notEqual(b, a);
  assert.equal(b.keys.at(-1), 'kyiv');
  assert.equal(b.kinds.at(-1), KEY_WORD);
});

test('an empty centroid has no keys', () => {
  const ck = centroidKeys({});
  assert.equal(ck.keys.length, 0);
  assert.equal(ck.weights.length, 0);
});
