import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../src/core/ids.js';
import { REUSE_THREAD_MIN_ARTICLES, startStoryReuse, storiesOnHelper } from '../../src/pipeline/reuse-thread.js';
import { storyReuse, type ReuseText } from '../../src/stages/provenance/index.js';
import { loadExamples } from '../stages/dedupe/example-articles.js';

/** The five example articles and trimmed copies of them (a wire story's shape), `n` texts in all. */
function wireStory(n: number): ReuseText[] {
  const originals = loadExamples();
  return Array.from({ length: n }, (_, i) => {
    const o = originals[i % originals.length]!;
    if (i < originals.length) return { id: o.id, text: o.text };
    const paragraphs = o.text.split('\n\n');
    const kept = paragraphs.slice(0, Math.max(2, paragraphs.length - (i % 4)));
    return { id: asArticleId(`copy_${i}`), text: [`Copy ${i} of the wire report, filed by desk ${i % 7}.`, ...kept].join('\n\n') };
  });
}

test('a large story: the shared text found on the helper thread equals the shared text found on this one', () => {
  const texts = wireStory(REUSE_THREAD_MIN_ARTICLES + 12);
  const here = storyReuse(texts);
  assert.ok(here.length > texts.length, 'the copies share text with their originals');
  const before = storiesOnHelper();
  assert.deepEqual(startStoryReuse(texts)(), here);
  assert.equal(storiesOnHelper(), before + 1, 'found by the helper thread');
  // A second story on the same (now started) helper.
  const more = wireStory(REUSE_THREAD_MIN_ARTICLES + 3).reverse();
  assert.deepEqual(startStoryReuse(more)(), storyReuse(more));
  assert.equal(storiesOnHelper(), before + 2);
});

test('a small story: found on this thread, the same shared text', () => {
  const texts = wireStory(12);
  const before = storiesOnHelper();
  const reuse = startStoryReuse(texts)();
  assert.equal(storiesOnHelper(), before, 'not sent to the helper');
  assert.deepEqual(reuse, storyReuse(texts));
  assert.ok(reuse.some((r) => r.passages.some((p) => p.kind === 'identical')));
});
