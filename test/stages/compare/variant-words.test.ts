import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundTables, wordsOfSentence } from '../../../src/stages/compare/variant-words.js';
import { PackedKeyIds } from '../../../src/stages/compare/packed-key-ids.js';

// What a sentence's words give, by their definition: /[\p{L}\p{N}]+/gu words, keys of five lower-case
// letters numbered in first-met order, anchors (numbers, negators, names after the first word) sorted.
const NEG = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot', 'without', 'deny', 'denies', 'denied', 'decline', 'declines', 'declined', 'declining', 'fail', 'fails', 'failed', 'reject', 'rejects', 'rejected', 'refuse', 'refuses', 'refused', 'nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie', 'jamais', 'pas', 'nunca', 'nessuno', 'nessuna', 'non', 'не', 'нет', 'никогда', 'değil', 'asla', 't']);
function reference(text: string, ids: Map<string, number>): { keys: string[]; anchors: string } {
  const keys: string[] = [];
  const anchors: string[] = [];
  let first = true;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    const lower = w.toLowerCase();
    keys.push(lower.slice(0, 5));
    if (/^[0-9]/.test(w)) anchors.push(w);
    else if (NEG.has(lower)) anchors.push(`!${lower}`);
    else if (!first && w !== lower && /^\p{Lu}/u.test(w)) anchors.push(lower.slice(0, 4));
    first = false;
  }
  for (const k of keys) if (!ids.has(k)) ids.set(k, ids.size);
  return { keys, anchors: anchors.sort().join(' ') };
}

test('sentence words: keys numbered consistently, distinct sorted, anchors as defined (short and long sentences)', () => {
  boundTables();
  const long = Array.from({ length: 700 }, (_, i) => `Word${i % 97} w${i % 13}x said ${i % 5 === 0 ? 'not' : 'Kyiv'} ${i}`).join(' ');
  const sentences = [
    'Russia did not deny that 1,200 troops crossed, Zelensky said.',
    'Die Ärzte sagten nicht, dass Über 200 Menschen in Köln starben.',
    'Zelensky and Zelenskyy met Biden; they never refused 3 offers without delay.',
    long,
    'Россия заявила, что не будет 5000 солдат.',
  ];
  const byKey = new Map<string, number>();
  const idOfKey = new Map<string, number>();
  for (const s of sentences) {
    const got = wordsOfSentence(s);
    const want = reference(s, byKey);
    assert.equal(got.anchors, want.anchors);
    assert.equal(got.globals.length, want.keys.length);
    // One process-wide number per key, the same wherever the key stands.
    for (let i = 0; i < want.keys.length; i++) {
      const known = idOfKey.get(want.keys[i]!);
      if (known === undefined) {
        assert.ok(![...idOfKey.values()].includes(got.globals[i]!), `key ${want.keys[i]} reuses a number`);
        idOfKey.set(want.keys[i]!, got.globals[i]!);
      } else assert.equal(got.globals[i], known);
    }
    assert.deepEqual([...got.distinct], [...new Set(got.globals)].sort((a, b) => a - b));
  }
});

test('packed key ids: every key found again after growing, absent keys absent, flags kept', () => {
  const t = new PackedKeyIds();
  const keys: number[] = [];
  // Keys across the whole range the word keys use (below 2^35), many sharing their low 32 bits.
  for (let i = 0; i < 20_000; i++) keys.push(i % 2 === 0 ? i * 1_717_987 : (i % 8) * 4294967296 + (i >> 3));
  const uniq = [...new Set(keys)];
  uniq.forEach((k, id) => {
    const slot = t.slotOf(k);
    assert.equal(t.idAt(slot), -1);
    t.put(slot, k, id, id % 3 === 0);
  });
  assert.equal(t.size, uniq.length);
  uniq.forEach((k, id) => {
    const slot = t.slotOf(k);
    assert.equal(t.idAt(slot), id);
    assert.equal(t.flagAt(slot), id % 3 === 0);
  });
  assert.equal(t.idAt(t.slotOf(34359738367)), -1);
  t.clear();
  assert.equal(t.idAt(t.slotOf(uniq[5]!)), -1);
});
