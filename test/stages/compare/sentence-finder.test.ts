import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceFinder } from '../../../src/stages/compare/sentence-finder.js';
import { seededRandom } from '../../../src/core/random.js';

const scan = (sentences: readonly { start: number; end: number }[], span: { start: number; end: number }): number => sentences.findIndex((x) => x.start <= span.start && span.end <= x.end);

test('the sentence holding a span is the one a scan finds, in ordered and unordered lists', () => {
  const rand = seededRandom(7);
  const int = (n: number): number => Math.floor(rand() * n);
  let found = 0;
  for (let round = 0; round < 300; round++) {
    // Ordered sentences with gaps, touching ends and empty sentences; every fifth list shuffled or overlapping.
    const sentences: { start: number; end: number }[] = [];
    let at = 0;
    for (let k = int(12); k > 0; k--) {
      at += int(3);
      const end = at + int(4) * int(8);
      sentences.push({ start: at, end });
      at = end;
    }
    if (round % 5 === 0 && sentences.length > 1) sentences.reverse();
    if (round % 7 === 0) sentences.push({ start: 0, end: at + 5 });
    const find = sentenceFinder(sentences);
    for (let q = 0; q < 40; q++) {
      const start = int(at + 3);
      const span = { start, end: start + int(3) * int(5) };
      const want = scan(sentences, span);
      assert.equal(find(span), want, JSON.stringify({ sentences, span }));
      if (want >= 0) found++;
    }
  }
  assert.ok(found > 1000, `only ${found} spans held by a sentence`);
});

test('a span in no sentence, or across two, is held by none', () => {
  const find = sentenceFinder([{ start: 0, end: 10 }, { start: 12, end: 20 }]);
  assert.equal(find({ start: 10, end: 11 }), -1);
  assert.equal(find({ start: 8, end: 14 }), -1);
  assert.equal(find({ start: 12, end: 20 }), 1);
  assert.equal(find({ start: 10, end: 10 }), 0);
});
