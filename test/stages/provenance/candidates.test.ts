import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import { bottomK } from '../../../src/stages/dedupe/bottom-k.js';
import { MINHASH_DEFAULTS, shingleHashesOfWords } from '../../../src/stages/dedupe/minhash.js';
import { tokenizeWords } from '../../../src/stages/dedupe/text-tokens.js';
import { PROVENANCE_CANDIDATE_DEFAULTS, provenanceCandidates } from '../../../src/stages/provenance/candidates.js';

/** Replicas of a few originals (a third of the long words suffixed per replica, as the serve benchmark makes them) and unrelated texts. */
function texts(n: number): { id: ReturnType<typeof asArticleId>; text: string }[] {
  const originals = [
    'Russian troops massed near the border with Ukraine on Monday while officials in Washington warned of sanctions against Moscow if the troops crossed into Ukrainian territory.',
    'The central bank raised its benchmark interest rate by half a percentage point on Wednesday, the largest increase in two decades, as inflation reached a forty year high.',
    'Firefighters battled a wildfire that spread across thousands of acres of dry forest overnight, forcing the evacuation of several mountain villages and closing the main highway.',
  ];
  let x = 7;
  const out: { id: ReturnType<typeof asArticleId>; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    const base = originals[i % originals.length]!;
    const text =
      i % 10 === 9
        ? `Unrelated note ${i}: the museum opens a new wing of modern sculpture and painting next spring.`
        : base.replace(/\p{L}{4,}/gu, (w) => {
            x = (Math.imul(x, 1103515245) + 12345) >>> 0;
            return (x >>> 8) % 100 < 35 ? `${w}${String.fromCharCode(97 + ((x >>> 16) % 26))}x` : w;
          });
    out.push({ id: asArticleId(`a_${String(i).padStart(4, '0')}`), text });
  }
  return out;
}

/** Each article's k nearest by shared sketch values counted pair by pair (the definition), as sorted id pairs. */
function reference(docs: readonly { id: ReturnType<typeof asArticleId>; text: string }[], params = PROVENANCE_CANDIDATE_DEFAULTS): [string, string][] {
  const n = docs.length;
  const words = docs.map((d) => tokenizeWords(d.text).words);
  const copy = words.map((w) => new Set(bottomK(shingleHashesOfWords(w, { ...MINHASH_DEFAULTS, shingleSize: 3, contentOnly: false }), params.sketch)));
  const content = words.map((w) => new Set(bottomK(shingleHashesOfWords(w, { ...MINHASH_DEFAULTS, shingleSize: 1, contentOnly: true }), params.sketch)));
  const keys = new Set<number>();
  for (const [sketches, k] of [[copy, params.copyNeighbours], [content, params.wordNeighbours]] as const) {
    for (let i = 0; i < n; i++) {
      const scored: { j: number; c: number }[] = [];
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        let c = 0;
        for (const h of sketches[i]!) if (sketches[j]!.has(h)) c++;
        if (c > 0 && c >= params.minShared) scored.push({ j, c });
      }
      scored.sort((a, b) => b.c - a.c || a.j - b.j);
      for (const { j } of scored.slice(0, k)) keys.add(Math.min(i, j) * n + Math.max(i, j));
    }
  }
  return [...keys].sort((a, b) => a - b).map((key) => [docs[Math.floor(key / n)]!.id, docs[key % n]!.id]);
}

test('large stories: each article keeps its nearest by shared sketch values, as counted pair by pair', () => {
  for (const n of [41, 130]) {
    const docs = texts(n);
    const got = provenanceCandidates(docs);
    assert.deepEqual(got, reference(docs), `${n} articles`);
    // Replicas of three originals: far fewer pairs than all of them, and each replica has neighbours.
    assert.ok(got.length < (n * (n - 1)) / 4 && got.length >= n / 2, `${got.length} pairs`);
  }
  const docs = texts(90);
  const params = { ...PROVENANCE_CANDIDATE_DEFAULTS, copyNeighbours: 1, wordNeighbours: 0, minShared: 10 };
  assert.deepEqual(provenanceCandidates(docs, params), reference(docs, params));
  assert.deepEqual(provenanceCandidates(docs, { copyNeighbours: 0, wordNeighbours: 0 }), []);
});
