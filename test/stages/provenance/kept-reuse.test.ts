/**
 * A story's shared text kept between briefs (kept-reuse.ts): read back from
 * its record, a story's shared text is the one computed from nothing,
 * whatever happened to the story since (articles added, removed, edited,
 * reordered), and only the pairs the record does not hold are compared.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import { seededRandom } from '../../../src/core/random.js';
import type { Reuse } from '../../../src/core/types.js';
import { keptRecord, readKept, type KeptReuse } from '../../../src/stages/provenance/kept-reuse.js';
import { knownResults, mergeReuse, PreparedTexts, reuseCandidates, reuseOfPairs, storyReuse, type ReuseText } from '../../../src/stages/provenance/story-reuse.js';
import { loadExamples } from '../dedupe/example-articles.js';
import { candidateSketches } from '../../../src/stages/provenance/candidates.js';
import { tokenizeWords } from '../../../src/stages/dedupe/text-tokens.js';

/** The example articles and trimmed copies (more than the all-pairs size, so candidates use sketches). */
function story(n: number, from = 0): ReuseText[] {
  const originals = loadExamples();
  return Array.from({ length: n }, (_, x) => {
    const i = x + from;
    const o = originals[i % originals.length]!;
    if (i < originals.length) return { id: o.id, text: o.text };
    const paragraphs = o.text.split('\n\n');
    return { id: asArticleId(`copy_${i}`), text: [`Copy ${i}, desk ${i % 7}.`, ...paragraphs.slice(0, Math.max(2, paragraphs.length - (i % 4)))].join('\n\n') };
  });
}

/** What a brief does with a record: the candidates, `findReuse` on the pairs it does not hold, its results for the rest. */
function withKept(texts: readonly ReuseText[], kept: KeptReuse | undefined): { reuse: Reuse[]; compared: number; record: Uint8Array } {
  if (kept?.whole !== undefined) return { reuse: kept.whole, compared: 0, record: new Uint8Array() };
  const prepared = new PreparedTexts(texts, kept === undefined, kept?.sketches);
  const pairs = reuseCandidates(texts, prepared);
  // A kept text's sketches are used as kept, not computed again.
  kept?.sketches.forEach((s, i) => s !== undefined && assert.equal(prepared.sketchesIfAny(i), s));
  let k = 0;
  let compared = 0;
  const found = reuseOfPairs(pairs, prepared, () => (k < pairs.length / 2 && !kept?.pairs.has(pairs[2 * k]! * texts.length + pairs[2 * k + 1]!) ? compared++ : 0, k++), kept?.pairs);
  const all = [...found, ...(kept === undefined ? [] : knownResults(pairs, kept.pairs, texts.length))];
  return { reuse: mergeReuse([all]), compared, record: keptRecord(texts, pairs, all, texts.map((_, i) => prepared.sketchesIfAny(i))) };
}

test('a story briefed again unchanged: its whole shared text is read from the record, the same as computed, field order included', () => {
  const texts = story(70);
  const first = withKept(texts, undefined);
  assert.deepEqual(first.reuse, storyReuse(texts));
  assert.ok(first.compared > texts.length);
  const kept = readKept(first.record, texts);
  assert.ok(kept?.whole !== undefined);
  assert.equal(JSON.stringify(kept.whole), JSON.stringify(storyReuse(texts)));
  // Compact: a few hundred bytes per article for these near-copies.
  assert.ok(first.record.length < texts.length * 1500, `${first.record.length} bytes`);
});

test('a story that gained articles: only pairs with a new article are compared, and the shared text is the one computed from nothing', () => {
  const before = story(70);
  const after = [...before.slice(0, 40), ...story(4, 70), ...before.slice(40)];
  const first = withKept(before, undefined);
  const again = withKept(after, readKept(first.record, after));
  assert.equal(JSON.stringify(again.reuse), JSON.stringify(storyReuse(after)));
  const all = withKept(after, undefined);
  assert.ok(again.compared > 0 && again.compared < all.compared / 4, `${again.compared} of ${all.compared} pairs compared`);
  // Every earlier text's sketches kept, none of the new ones'.
  const kept = readKept(first.record, after)!;
  assert.deepEqual(kept.sketches.map((s) => s !== undefined), after.map((t) => before.includes(t)));
  // Read back as computed.
  const computed = candidateSketches(tokenizeWords(after[7]!.text).words);
  assert.deepEqual([kept.sketches[7]?.copy, kept.sketches[7]?.words], [computed.copy, computed.words]);
});

test('an edited, removed or reordered article: its pairs are compared anew, the rest read back', () => {
  const texts = story(66);
  const record = withKept(texts, undefined).record;
  const edited = texts.map((t, i) => (i === 9 ? { id: t.id, text: `${t.text}\n\nA correction was appended.` } : t));
  const e = withKept(edited, readKept(record, edited));
  assert.equal(e.reuse.length > 0, true);
  assert.deepEqual(e.reuse, storyReuse(edited));
  assert.ok(e.compared > 0);
  const swapped = [...texts];
  [swapped[3], swapped[50]] = [swapped[50]!, swapped[3]!];
  assert.deepEqual(withKept(swapped, readKept(record, swapped)).reuse, storyReuse(swapped));
  const fewer = texts.filter((_, i) => i % 5 !== 2);
  assert.deepEqual(withKept(fewer, readKept(record, fewer)).reuse, storyReuse(fewer));
});

test('a record of another format or damaged bytes is ignored (undefined), never an error', () => {
  const texts = story(62);
  const record = withKept(texts, undefined).record;
  assert.equal(readKept(new Uint8Array([1, 2, 3, 4]), texts), undefined);
  assert.equal(readKept(record.subarray(0, record.length >> 1), texts), undefined);
  assert.equal(readKept(new Uint8Array(), texts), undefined);
});

test('property: over random changes to a story, shared text from a record equals shared text from nothing', () => {
  const random = seededRandom(41);
  const pool = story(90);
  for (let round = 0; round < 6; round++) {
    const pick = (n: number): ReuseText[] => pool.filter(() => random() < n / pool.length);
    const first = pick(65);
    const record = withKept(first, undefined).record;
    // Some of the first texts (one edited), some new ones, shuffled a little.
    const next = [...first.filter(() => random() < 0.9), ...pick(10).filter((t) => !first.includes(t))].map((t, i) => (i === 5 ? { id: t.id, text: `${t.text} Updated.` } : t));
    for (let i = next.length - 1; i > 0; i--) if (random() < 0.1) [next[i], next[i - 1]] = [next[i - 1]!, next[i]!];
    const got = withKept(next, readKept(record, next));
    assert.equal(JSON.stringify(got.reuse), JSON.stringify(storyReuse(next)), `round ${round}`);
  }
});
