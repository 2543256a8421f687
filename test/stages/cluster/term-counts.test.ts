/**
 * The typed-array document-frequency table counts exactly as a Map would:
 * across resizes of its slots and of its term arena, for terms whose 32-bit
 * hashes collide, and for terms of any length and script.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TermCounts, termHash } from '../../../src/stages/cluster/term-counts.js';

test('counts agree with a Map over many terms, through resizes', () => {
  const counts = new TermCounts(8);
  const reference = new Map<string, number>();
  // 60,000 distinct terms, each added a varying number of times, in a scattered order.
  for (let i = 0; i < 150_000; i++) {
    const t = `w${(Math.imul(i, 2654435761) >>> 0) % 60_000}x`;
    const got = counts.add(t);
    reference.set(t, (reference.get(t) ?? 0) + 1);
    assert.equal(got, reference.get(t));
  }
  assert.equal(counts.size, reference.size);
  for (const [t, n] of reference) assert.equal(counts.get(t), n, t);
  assert.equal(counts.get('absent'), 0);
  assert.deepEqual(new Map(counts.entries()), reference);
});

test('two terms with the same 32-bit hash keep their own counts', () => {
  // Found by search among a fixed list of terms, so the test is the same on every run.
  const seen = new Map<number, string>();
  let pair: [string, string] | undefined;
  for (let i = 0; pair === undefined; i++) {
    const t = `t${i}`;
    const h = termHash(t);
    const other = seen.get(h);
    if (other !== undefined) pair = [other, t];
    else seen.set(h, t);
  }
  const [a, b] = pair;
  assert.notEqual(a, b);
  assert.equal(termHash(a), termHash(b));
  const counts = new TermCounts();
  counts.add(a, 3);
  assert.equal(counts.get(b), 0);
  counts.add(b);
  assert.equal(counts.get(a), 3);
  assert.equal(counts.get(b), 1);
  assert.equal(counts.size, 2);
});

test('set, long terms and other scripts read back as written', () => {
  const counts = new TermCounts();
  const long = 'α'.repeat(10_000) + 'ß';
  const terms = ['', 'e:resnikov', 't:krieg', '#70000', '@de', '战争', '😀x', long];
  terms.forEach((t, i) => counts.set(t, i + 1));
  terms.forEach((t, i) => assert.equal(counts.get(t), i + 1, t.slice(0, 20)));
  counts.set('e:resnikov', 40);
  assert.equal(counts.get('e:resnikov'), 40);
  assert.equal(counts.get('e:resnikow'), 0);
  assert.equal(counts.get(long.slice(0, -1)), 0);
  assert.deepEqual(new Map(counts.entries()), new Map(terms.map((t, i) => [t, t === 'e:resnikov' ? 40 : i + 1])));
});
