import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import { normalizeForId } from '../../../src/core/ids.js';
import { findReuse, prepareReuseText } from '../../../src/stages/dedupe/passages.js';
import { loadExamples } from './example-articles.js';

const A = asArticleId('a_1');
const B = asArticleId('a_2');
const ex = loadExamples();
const norm = (s: string) => normalizeForId(s).replace(/[^\p{L}\p{N} ]/gu, '');

test('002↔004: the identical wire sentence is found with matching offsets', () => {
  const r = findReuse(ex[2], ex[4]);
  assert.ok(r);
  const hit = r.passages.find((p) => p.kind === 'identical' && ex[2].text.slice(p.a.start, p.a.end) === 'The exact timing of the call was not disclosed');
  assert.ok(hit, 'identical sentence not found');
  assert.equal(norm(ex[2].text.slice(hit.a.start, hit.a.end)), norm(ex[4].text.slice(hit.b.start, hit.b.end)));
  for (const p of r.passages.filter((x) => x.kind === 'identical')) {
    assert.equal(norm(ex[2].text.slice(p.a.start, p.a.end)), norm(ex[4].text.slice(p.b.start, p.b.end)));
  }
});

test('000↔001: most of 000 has a paraphrased counterpart in 001', () => {
  const r = findReuse(ex[0], ex[1]);
  assert.ok(r);
  assert.ok(r.coverageA > 0.6, `coverageA ${r.coverageA}`);
  assert.ok(r.coverageB > 0.25 && r.coverageB < r.coverageA, `coverageB ${r.coverageB}`);
  assert.ok(r.passages.filter((p) => p.kind === 'paraphrase').length >= 6);
  // The supply-lines sentence is aligned with its translation.
  const supply = r.passages.find((p) => p.kind === 'paraphrase' && ex[0].text.slice(p.a.start, p.a.end).includes('drawn-out conflict'));
  assert.ok(supply);
  assert.match(ex[1].text.slice(supply.b.start, supply.b.end), /protracted conflict/);
});

test('coverage ranks 000/001 and 002/004 above every other pair', () => {
  const mean = (i: number, j: number) => {
    const r = findReuse(ex[i], ex[j]);
    return r ? (r.coverageA + r.coverageB) / 2 : 0;
  };
  const top = [mean(0, 1), mean(2, 4)];
  for (let i = 0; i < 5; i++) {
    for (let j = i + 1; j < 5; j++) {
      if ((i === 0 && j === 1) || (i === 2 && j === 4)) continue;
      assert.ok(mean(i, j) < Math.min(...top), `${i}-${j}: ${mean(i, j)} vs ${top}`);
    }
  }
});

test('a translated sentence pair is detected as paraphrase', () => {
  const a = 'Russia has erected supply lines, including medical units and fuel, that could sustain a drawn-out conflict should Moscow choose to invade.';
  const b = 'Russia has erected supply lines, including medical units and fuel, that could support a protracted conflict if Moscow chooses to invade.';
  const r = findReuse({ id: A, text: `The weather was mild. ${a}` }, { id: B, text: `Markets were calm. ${b}` });
  assert.ok(r);
  const para = r.passages.find((p) => p.kind === 'paraphrase');
  assert.ok(para);
  assert.equal(r.passages[r.passages.length - 1].a.end, `The weather was mild. ${a}`.length);
  assert.ok(para.score > 0.6 && para.score <= 1);
});

test('unrelated, empty and one-word texts share nothing', () => {
  const sport = 'Manchester United beat City 2-1 in the derby on Sunday after a stoppage-time header from the captain.';
  const snow = 'Heavy snow and strong winds closed several mountain passes in the Alps on Tuesday, forecasters said.';
  assert.equal(findReuse({ id: A, text: sport }, { id: B, text: snow }), undefined);
  assert.equal(findReuse({ id: A, text: '' }, { id: B, text: snow }), undefined);
  assert.equal(findReuse({ id: A, text: 'Ukraine' }, { id: B, text: 'Ukraine' }), undefined);
});

// Speed is measured in bench/dedupe.ts, never asserted here.
test('prepared texts give the same result as raw texts', () => {
  const pa = { ...ex[0], prepared: prepareReuseText(ex[0].text) };
  const pb = { ...ex[1], prepared: prepareReuseText(ex[1].text) };
  const raw = findReuse(ex[0], ex[1]);
  assert.ok(raw !== undefined);
  assert.deepEqual(findReuse(pa, pb), raw);
  // Preparing once must not change later calls (the cache is read-only).
  assert.deepEqual(findReuse(pa, pb), raw);
});

test('coverage is the share of a text\'s tokens inside its passages, whatever pairs were compared before', () => {
  // Longest text first, then shorter ones, then the longest again: the token flags are kept between pairs.
  const order = [...ex.keys()].sort((x, y) => ex[y]!.text.length - ex[x]!.text.length);
  const prepared = ex.map((e) => ({ ...e, prepared: prepareReuseText(e.text) }));
  let checked = 0;
  for (const i of [...order, order[0]!]) {
    for (const j of order) {
      if (i === j) continue;
      const r = findReuse(prepared[i]!, prepared[j]!);
      if (r === undefined) continue;
      for (const [p, spans, got] of [[prepared[i]!.prepared, r.passages.map((x) => x.a), r.coverageA], [prepared[j]!.prepared, r.passages.map((x) => x.b), r.coverageB]] as const) {
        // By its definition: a token counts when it lies inside any passage's span.
        let inside = 0;
        for (let t = 0; t < p.tokens.words.length; t++) if (spans.some((s) => p.tokens.starts[t]! >= s.start && p.tokens.ends[t]! <= s.end)) inside++;
        assert.equal(got, inside / p.tokens.words.length, `${i}↔${j}`);
        checked++;
      }
    }
  }
  assert.ok(checked >= 8, `${checked} coverages checked`);
});
