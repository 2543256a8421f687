/**
 * Candidate pairs of claim statements (candidate-pairs.ts) against a direct
 * reading of their rule: each statement keeps the partners of other articles
 * with the most weight shared on its 16 rarest words (words in more than a
 * quarter of the statements skipped), ties to the lower index; a pair is
 * listed once. The job is plain data, so it survives a copy to another thread.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidateJobOf, pairsOf, runCandidateJob } from '../../../src/stages/compare/candidate-pairs.js';
import { claimStatementsOf } from '../../../src/stages/compare/claims.js';
import type { ClaimUnit } from '../../../src/stages/compare/claim-units.js';
import { examplesWithRewordedCopies } from '../dedupe/example-articles.js';
import { analyze } from '../../../src/stages/analyze/index.js';
import { clean } from '../../../src/stages/clean/index.js';

function statements(): ClaimUnit[] {
  const texts = examplesWithRewordedCopies();
  const analyses = texts.map((body, i) => {
    const r = clean({ format: 'txt', title: `Report ${i + 1}`, body });
    assert.ok(r.ok);
    return analyze(r.value);
  });
  return claimStatementsOf(analyses, (n) => n.toLowerCase());
}

/** The rule read directly: every statement scored against every other. */
function reference(units: readonly ClaimUnit[], perUnit: number): Set<string> {
  const df = new Map<string, number>();
  for (const u of units) for (const k of u.bag.weights.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const maxPosting = Math.max(8, Math.floor(units.length * 0.25));
  const sole = (u: ClaimUnit): number => (u.occurrences.length === 1 ? u.occurrences[0]!.articleIndex : -1);
  const out = new Set<string>();
  units.forEach((u, i) => {
    const rare = [...u.bag.weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 16).filter(([k]) => df.get(k)! <= maxPosting);
    const scored: [number, number][] = [];
    units.forEach((v, j) => {
      if (j === i || (sole(u) !== -1 && sole(u) === sole(v))) return;
      let s = 0;
      for (const [k, w] of rare) {
        const x = v.bag.weights.get(k);
        if (x !== undefined) s += Math.min(w, x);
      }
      if (s > 0) scored.push([j, s]);
    });
    scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [j] of scored.slice(0, perUnit)) out.add(i < j ? `${i},${j}` : `${j},${i}`);
  });
  return out;
}

test('each statement keeps its strongest partners of other articles, each pair listed once', () => {
  const units = statements();
  assert.ok(units.length > 60, `enough statements (${units.length})`);
  for (const perUnit of [3, 24]) {
    const pairs = pairsOf(runCandidateJob(candidateJobOf(units, perUnit)));
    const keys = pairs.map(([i, j]) => `${i},${j}`);
    assert.ok(pairs.every(([i, j]) => i < j), 'lower index first');
    assert.equal(new Set(keys).size, keys.length, 'no pair twice');
    // Sums of the same weights in another order may differ in the last bit: compare as sets of pairs.
    assert.deepEqual(new Set(keys), reference(units, perUnit));
  }
});

test('the job gives the same pairs after a copy (as posted to another thread)', () => {
  const units = statements();
  const job = candidateJobOf(units, 24);
  assert.deepEqual(runCandidateJob(structuredClone(job)), runCandidateJob(job));
  assert.ok(runCandidateJob(job).length > 0);
});
