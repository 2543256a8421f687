/**
 * The shared text of a story keeps each article's prepared text between
 * briefs (by article id, checked against the text): a story briefed again
 * gets the same shared text as a first brief, and an article whose text
 * changed under the same id is prepared anew.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import { clearPreparedTexts, PreparedTexts, reuseCandidates, reuseOfPairs, storyReuse, type ReuseText } from '../../../src/stages/provenance/story-reuse.js';
import { packReuse, unpackReuse } from '../../../src/stages/provenance/packed-reuse.js';
import { loadExamples } from '../dedupe/example-articles.js';

/** The example articles and trimmed copies (more than the all-pairs size, so candidates use sketches). */
function story(n: number): ReuseText[] {
  const originals = loadExamples();
  return Array.from({ length: n }, (_, i) => {
    const o = originals[i % originals.length]!;
    if (i < originals.length) return { id: o.id, text: o.text };
    const paragraphs = o.text.split('\n\n');
    return { id: asArticleId(`copy_${i}`), text: [`Copy ${i}, desk ${i % 7}.`, ...paragraphs.slice(0, Math.max(2, paragraphs.length - (i % 4)))].join('\n\n') };
  });
}

test('a story briefed again gets the shared text of a first brief; an article edited under its id is prepared anew', () => {
  const texts = story(48);
  clearPreparedTexts();
  const fresh = storyReuse(texts);
  assert.ok(fresh.length > 0);
  // Kept from the first call.
  assert.deepEqual(storyReuse(texts), fresh);
  // The same ids, one text now another article's copy: as if never seen.
  const edited = texts.map((t, i) => (i === 7 ? { id: t.id, text: texts[9]!.text } : t));
  const again = storyReuse(edited);
  clearPreparedTexts();
  assert.deepEqual(again, storyReuse(edited));
  assert.notDeepEqual(again, fresh);
});

test('pairs\' results packed as numbers for another thread come back as they were, field order included', () => {
  const texts = story(45);
  const prepared = new PreparedTexts(texts);
  const pairs = reuseCandidates(texts, prepared);
  let k = 0;
  const found = reuseOfPairs(pairs, prepared, () => k++);
  assert.ok(found.some((r) => r.reuse.passages.some((p) => p.kind === 'identical')));
  // And a paraphrase passage with a score that is no short decimal.
  const paraphrase = { a: { start: 3, end: 120 }, b: { start: 0, end: 98 }, kind: 'paraphrase' as const, score: 2 / 3 };
  const results = [...found, { k: found.length, reuse: { a: texts[2]!.id, b: texts[40]!.id, coverageA: 0.1 / 3, coverageB: 1, passages: [paraphrase] } }];
  const ids = texts.map((t) => ({ id: t.id, text: '' }));
  assert.equal(JSON.stringify(unpackReuse(packReuse(results, ids), texts)), JSON.stringify(results));
  assert.deepEqual(unpackReuse(packReuse([], ids), texts), []);
});
