import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import type { Quote } from '../../../src/core/types.js';
import { groupQuotes, MAX_VARIANTS } from '../../../src/stages/compare/group-quotes.js';
import { bagOf, containment, dice } from '../../../src/stages/compare/text-sim.js';
import { COMPARE_DEFAULTS } from '../../../src/stages/compare/story-input.js';
import { sameEntityBlockKeys } from '../../../src/stages/compare/name-blocks.js';
import { sameEntity } from '../../../src/stages/analyze/names.js';

const A = asArticleId('a_aaaaaaaaaaaaaaaa');
const B = asArticleId('a_bbbbbbbbbbbbbbbb');
const surname = (a: string, b: string): boolean => a.split(' ').at(-1) === b.split(' ').at(-1);

function q(text: string, speaker: string | undefined, start: number): Quote {
  return { text, start, end: start + text.length, ...(speaker ? { speaker } : {}) };
}

test('the same remark rendered differently by two sources is one remark with two variants', () => {
  const g = groupQuotes(
    [
      [A, [q('I don’t accept anybody’s red lines,', 'Joe Biden', 10), q('We are going to have a long discussion with Putin', 'Joe Biden', 90)]],
      [B, [q('I don’t accept anyone’s red line,', 'Biden', 40)]],
    ],
    surname,
    COMPARE_DEFAULTS,
  );
  assert.equal(g.speakers.length, 1);
  assert.equal(g.speakers[0]!.speaker, 'Joe Biden');
  const remarks = g.speakers[0]!.remarks;
  assert.equal(remarks.length, 2);
  const redLines = remarks.find((r) => r.length === 2)!;
  assert.deepEqual(new Set(redLines.map((x) => x.articleId)), new Set([A, B]));
  assert.deepEqual(redLines[0]!.variants, [redLines[1]!.id]);
  // Every quote of the second speaker label was renamed to the fuller name.
  assert.ok(g.quotes.every((x) => x.speaker === 'Joe Biden'));
});

test('different speakers never share a remark, even with the same words', () => {
  const g = groupQuotes(
    [
      [A, [q('We expect it to be a long one', 'Dmitry Peskov', 0)]],
      [B, [q('We expect it to be a long one', 'Jen Psaki', 0)]],
    ],
    surname,
    COMPARE_DEFAULTS,
  );
  assert.equal(g.speakers.length, 2);
  assert.ok(g.quotes.every((x) => x.variants.length === 0));
});

test('unattributed quotes are kept, listed last', () => {
  const g = groupQuotes(
    [[A, [q('Something said by someone unknown here', undefined, 0), q('One two three four five', 'Jen Psaki', 50), q('Six seven eight nine ten', 'Jen Psaki', 90)]]],
    surname,
    COMPARE_DEFAULTS,
  );
  assert.equal(g.speakers.at(-1)!.speaker, 'unattributed');
  assert.equal(g.quotes.length, 3);
});

test('a remark in many copies: one remark holding every copy, each quote listing at most MAX_VARIANTS variants', () => {
  const n = MAX_VARIANTS + 10;
  const perArticle = Array.from({ length: n }, (_, i) => [asArticleId(`a_${i.toString(16).padStart(8, '0')}aaaaaaaa`), [q('We expect it to be a long one, the talks will be hard', 'Dmitry Peskov', i)]] as const);
  const g = groupQuotes(perArticle, surname, COMPARE_DEFAULTS);
  assert.equal(g.speakers[0]!.remarks.length, 1);
  assert.equal(g.speakers[0]!.remarks[0]!.length, n);
  assert.ok(g.quotes.every((x) => x.variants.length === MAX_VARIANTS));
});

test('variant grouping links exactly the pairs an all-pairs Dice/containment scan links', () => {
  const words = Array.from({ length: 40 }, (_, k) => `t${k}x`);
  let seed = 7;
  const next = (k: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 16) % k;
  };
  // Remarks and their renderings: a few words of a base text changed, dropped or added.
  const bases = Array.from({ length: 15 }, () => Array.from({ length: 4 + next(6) }, () => words[next(words.length)]!));
  const texts = Array.from({ length: 150 }, () => {
    const ws = [...bases[next(bases.length)]!];
    for (let e = next(4); e > 0; e--) ws[next(ws.length)] = words[next(words.length)]!;
    if (next(3) === 0) ws.push(words[next(words.length)]!);
    return ws.join(' ');
  });
  const perArticle = texts.map((t, i) => [asArticleId(`a_${i.toString(16).padStart(8, '0')}aaaaaaaa`), [q(t, i % 3 === 0 ? 'Jen Psaki' : 'Dmitry Peskov', 0)]] as const);
  const g = groupQuotes(perArticle, surname, COMPARE_DEFAULTS);
  // Reference: union-find over every same-speaker pair.
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const bags = texts.map(bagOf);
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if (i % 3 === 0 !== (j % 3 === 0)) continue;
      const d = dice(bags[i]!, bags[j]!);
      const c = Math.min(bags[i]!.total, bags[j]!.total) >= 4 ? containment(bags[i]!, bags[j]!) : 0;
      if (d >= COMPARE_DEFAULTS.quoteVariantDice || c >= COMPARE_DEFAULTS.quoteVariantContainment) parent[find(j)] = find(i);
    }
  }
  const expected = new Set(texts.map((_, i) => texts.map((_, j) => j).filter((j) => find(j) === find(i)).join(',')));
  const byId = new Map(g.quotes.map((x, i) => [x.id, i]));
  const got = new Set(g.speakers.flatMap((s) => s.remarks.map((r) => r.map((x) => byId.get(x.id)!).sort((a, b) => a - b).join(','))));
  assert.deepEqual(got, expected);
  assert.ok(expected.size > 3 && expected.size < texts.length, `${expected.size} groups: the test links too little or too much`);
});

test('renderings with one bag (stop words, punctuation, endings) group exactly as an all-pairs scan groups them', () => {
  // Stems keep five letters: "wa0zzed" and "wa0zzing" are one word.
  const stems = Array.from({ length: 30 }, (_, k) => `w${k.toString(36).padStart(2, '0')}zz`);
  let seed = 11;
  const next = (k: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 16) % k;
  };
  const bases = Array.from({ length: 12 }, () => Array.from({ length: 3 + next(5) }, () => next(stems.length)));
  const texts = Array.from({ length: 160 }, (_, i) => {
    // A quote of stop words alone has an empty bag: it links to nothing.
    if (i % 23 === 0) return ['it was the', 'and so it is', 'it was the'][next(3)]!;
    const ids = [...bases[next(bases.length)]!];
    if (next(4) === 0) ids[next(ids.length)] = next(stems.length);
    const ws = ids.map((k) => `${stems[k]}${['', 'ed', 'ing', 's'][next(4)]}`);
    if (next(2) === 0) ws.splice(next(ws.length), 0, ['the', 'of', 'and', 'to'][next(4)]!);
    return `${ws.join(next(3) === 0 ? ', ' : ' ')}${next(2) === 0 ? '.' : ''}`;
  });
  const perArticle = texts.map((t, i) => [asArticleId(`a_${i.toString(16).padStart(8, '0')}aaaaaaaa`), [q(t, i % 4 === 0 ? 'Jen Psaki' : 'Dmitry Peskov', 0)]] as const);
  const g = groupQuotes(perArticle, surname, COMPARE_DEFAULTS);
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const bags = texts.map(bagOf);
  const keyOf = (i: number): string => [...bags[i]!.weights].join(' ');
  let sameBagOtherText = 0;
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if (i % 4 === 0 !== (j % 4 === 0)) continue;
      if (texts[i] !== texts[j] && bags[i]!.total > 0 && keyOf(i) === keyOf(j)) sameBagOtherText++;
      const d = dice(bags[i]!, bags[j]!);
      const c = Math.min(bags[i]!.total, bags[j]!.total) >= 4 ? containment(bags[i]!, bags[j]!) : 0;
      if (d >= COMPARE_DEFAULTS.quoteVariantDice || c >= COMPARE_DEFAULTS.quoteVariantContainment) parent[find(j)] = find(i);
    }
  }
  const expected = new Set(texts.map((_, i) => texts.map((_, j) => j).filter((j) => find(j) === find(i)).join(',')));
  const byId = new Map(g.quotes.map((x, i) => [x.id, i]));
  const got = new Set(g.speakers.flatMap((s) => s.remarks.map((r) => r.map((x) => byId.get(x.id)!).sort((a, b) => a - b).join(','))));
  assert.deepEqual(got, expected);
  assert.ok(sameBagOtherText > 20, `${sameBagOtherText} same-bag pairs of different texts: the test does not exercise them`);
  assert.ok(expected.size > 5 && expected.size < texts.length, `${expected.size} groups: the test links too little or too much`);
});

test('speakers blocked by hashed keys group and take names as by key strings', () => {
  // Spellings as replicas and outlets write them: suffixed, a letter dropped, a surname alone, a long organisation.
  const bases = ['Martin Bamford', 'Jane Harris', 'Martin Harris', 'Rail Accident Investigation Branch', 'Andy Nias', 'Robin Smith'];
  const labels: string[] = [];
  bases.forEach((b, k) => {
    labels.push(b, b.split(' ').at(-1)!, b.replace(/(\p{L}{4,})/u, `$1${'abc'[k % 3]}x`), b.replace(/\p{L}{4,}$/u, (w) => `${w}qx`), b.slice(0, 3) + b.slice(4));
  });
  const quotes = labels.map((l, k) => q(`Remark number ${k} about the crash was made by someone`, l, 100 * k));
  const perArticle = [[A, quotes.slice(0, 15)], [B, quotes.slice(15)]] as const;
  const preferred = ['Martin Bamford', 'Rail Accident Investigation Branch'];
  const byStrings = groupQuotes(perArticle, sameEntity, COMPARE_DEFAULTS, preferred, sameEntityBlockKeys);
  const byHashes = groupQuotes(perArticle, sameEntity, COMPARE_DEFAULTS, preferred);
  assert.deepEqual(byHashes, byStrings);
  assert.ok(byStrings.speakers.length < labels.length / 2, `${byStrings.speakers.length} speakers of ${labels.length} labels`);
});
