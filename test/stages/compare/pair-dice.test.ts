/**
 * The candidate pairs' Dice as a job of numbers (pair-dice.ts): bit for bit
 * the Dice of the statements' bags, and a brief whose claims read them is the
 * brief that computes each Dice itself.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidateJobOf, runCandidateJob } from '../../../src/stages/compare/candidate-pairs.js';
import { claimStatementsOf } from '../../../src/stages/compare/claims.js';
import { pairDiceJobOf, runPairDice, type PairDiceJob } from '../../../src/stages/compare/pair-dice.js';
import { dice } from '../../../src/stages/compare/text-sim.js';
import { densify } from '../../../src/stages/compare/dense-bag.js';
import type { ClaimUnit } from '../../../src/stages/compare/claim-units.js';
import { compareStory, prepareCompare } from '../../../src/stages/compare/index.js';
import { COMPARE_DEFAULTS } from '../../../src/stages/compare/story-input.js';
import { analyze, sameEntity } from '../../../src/stages/analyze/index.js';
import { sameQuantity } from '../../../src/stages/analyze/figures.js';
import { clean } from '../../../src/stages/clean/index.js';
import { examplesWithRewordedCopies } from '../dedupe/example-articles.js';

/** The five example articles and reworded copies (every fifth word of each paragraph dropped, paragraphs reversed). */
function members() {
  const texts = examplesWithRewordedCopies();
  return texts.map((body, i) => {
    const r = clean({ format: 'txt', title: `Report ${i + 1}`, body });
    assert.ok(r.ok);
    return { article: r.value, analysis: analyze(r.value) };
  });
}

function statements(): ClaimUnit[] {
  return claimStatementsOf(
    members().map((m) => m.analysis),
    (n) => n.toLowerCase(),
  );
}

test('the Dice of every candidate pair equals dice() of the two bags, bit for bit', () => {
  const units = statements();
  const candidates = candidateJobOf(units, 24);
  const pairs = runCandidateJob(candidates);
  assert.ok(pairs.length > 200, `${pairs.length / 2} pairs`);
  const sims = runPairDice(pairDiceJobOf(units, candidates, pairs));
  assert.equal(sims.length, pairs.length / 2);
  let matched = 0;
  for (let p = 0; p < sims.length; p++) {
    const want = dice(units[pairs[2 * p]!]!.bag, units[pairs[2 * p + 1]!]!.bag);
    assert.ok(Object.is(sims[p], want), `pair ${p}: ${sims[p]} vs ${want}`);
    if (want > 0.5) matched++;
  }
  // And over the bags' dense forms (what the claims' grouping compares).
  densify(units.map((u) => u.bag));
  for (let p = 0; p < sims.length; p++) assert.ok(Object.is(sims[p], dice(units[pairs[2 * p]!]!.bag, units[pairs[2 * p + 1]!]!.bag)), `dense pair ${p}`);
  assert.ok(matched > 10, 'the reworded copies match their originals');
});

test('every pair, either order, bags of unequal and equal sizes and empty bags: the same as dice()', () => {
  const units = statements().slice(0, 60);
  const empty = { ...units[0]!, bag: { weights: new Map<string, number>(), total: 0 } };
  const all = [...units, empty];
  const candidates = candidateJobOf(all, 24);
  const flat: number[] = [];
  for (let i = 0; i < all.length; i++) for (let j = 0; j < all.length; j++) if (i !== j) flat.push(i, j);
  const pairs = Int32Array.from(flat);
  const sims = runPairDice(pairDiceJobOf(all, candidates, pairs));
  for (let p = 0; p < sims.length; p++) assert.ok(Object.is(sims[p], dice(all[pairs[2 * p]!]!.bag, all[pairs[2 * p + 1]!]!.bag)), `pair ${pairs[2 * p]},${pairs[2 * p + 1]}`);
  assert.equal(sims[sims.length - 1], 0, 'an empty bag matches nothing');
});

test('a brief whose claims read the pairs\' Dice from the offload equals the brief that computes them', () => {
  const ms = members();
  const rules = { sameEntity, sameQuantity };
  const input = { id: 's_test' as never, members: ms, reuse: [] };
  const plain = compareStory(input, rules, COMPARE_DEFAULTS);
  const jobs: PairDiceJob[] = [];
  const prepared = prepareCompare(ms, rules, COMPARE_DEFAULTS, {
    pairDice: (job) => {
      jobs.push(job);
      const sims = runPairDice(structuredClone(job));
      return () => sims;
    },
  });
  const offloaded = compareStory(input, rules, COMPARE_DEFAULTS, prepared);
  assert.equal(jobs.length, 1, 'the Dice job is started once');
  assert.ok(prepared.claimUnits().sims !== undefined);
  assert.deepEqual(offloaded, plain);
  assert.ok(plain.claims.some((c) => c.status === 'agreed'));
});
