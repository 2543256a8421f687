import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLshState, loadLshState, lshInsert, lshQuery, optimalLshParams, serializeLshState } from '../../../src/stages/dedupe/lsh.js';
import { minhash } from '../../../src/stages/dedupe/minhash.js';

const base = 'Russia has erected supply lines including medical units and fuel that could sustain a drawn-out conflict should Moscow choose to invade two sources said';
const near = `${base} on Monday`;
const other = 'Manchester United beat City in the derby on Sunday after a stoppage-time header from the captain sent fans into raptures';

test('a near-duplicate is a candidate, an unrelated text is not', () => {
  let s = createLshState();
  s = lshInsert(s, 'x', minhash(base));
  s = lshInsert(s, 'y', minhash(other));
  assert.deepEqual(lshQuery(s, minhash(near)), ['x']);
  assert.equal(s.size, 2);
});

test('insert does not mutate the input state', () => {
  const s0 = createLshState();
  const before = serializeLshState(s0);
  lshInsert(s0, 'x', minhash(base));
  assert.equal(serializeLshState(s0), before);
  assert.deepEqual(lshQuery(s0, minhash(base)), []);
});

test('serialise and load round-trips, and rejects other versions or params', () => {
  const s = lshInsert(createLshState(), 'x', minhash(base));
  const loaded = loadLshState(serializeLshState(s), { bands: 25 });
  assert.deepEqual(lshQuery(loaded, minhash(near)), ['x']);
  assert.throws(() => loadLshState(serializeLshState(s), { bands: 16 }), /bands/);
  assert.throws(() => loadLshState(JSON.stringify({ ...s, version: 99 })), /version/);
});

test('optimal params trade off false positives and negatives around the threshold', () => {
  const p = optimalLshParams(0.5, 128);
  assert.deepEqual(p, { bands: 25, rows: 5 });
  const low = optimalLshParams(0.15, 128);
  assert.ok(low.rows < p.rows && low.bands > p.bands);
  assert.throws(() => createLshState({ bands: 30, rows: 5 }), /exceeds/);
});
