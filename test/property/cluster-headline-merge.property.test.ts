/**
 * The merge guard over generated headline streams (assign-article.ts): whichever path merges stories (through the
 * article, or the merge step after it joined), every story merged in resembles the story the article joined, without
 * the article (centroid cosine ≥ headlineMergeConfirm).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { asArticleId } from '../../src/core/ids.js';
import { MemoryClusterStore, planAssignment, type ClusterParams } from '../../src/stages/cluster/index.js';
import { effectiveParams, rankStories } from '../../src/stages/cluster/assign-article.js';
import { centroidCosine } from '../../src/stages/cluster/story-similarity.js';
import type { ClusterDoc } from '../../src/stages/cluster/doc-terms.js';

// Headline vocabularies that overlap within a topic and sometimes across topics (a word in two lists).
const TOPICS = [
  'stocks slip china data markets asia shares lower',
  'oil prices china data crude falls demand export',
  'snowden nsa sxsw speaks privacy leaker encryption video',
  'titanfall review xbox game video servers launch players',
];
const WORDS = TOPICS.join(' ').split(' ');

const headlineArb = fc
  .record({ topic: fc.nat(TOPICS.length - 1), picks: fc.array(fc.nat(WORDS.length - 1), { minLength: 2, maxLength: 7 }), mix: fc.nat(2), minute: fc.nat(120) })
  .map(({ topic, picks, mix, minute }) => {
    const own = TOPICS[topic]!.split(' ');
    const words = picks.map((p, i) => (i % 3 < mix ? WORDS[p]! : own[p % own.length]!));
    return { title: words.join(' '), minute };
  });

const streamArb = fc
  .array(headlineArb, { minLength: 2, maxLength: 30 })
  .map((hs) => hs.map((h, i): ClusterDoc => ({ id: asArticleId(`h_${String(i).padStart(14, '0')}`), title: h.title, text: '', published: new Date(Date.UTC(2014, 2, 10, 10, h.minute)).toISOString() })));

test('every story a headline merges resembles the story it joined, whichever path merged it', () => {
  const params: Partial<ClusterParams> = { headlineStoryMergeThreshold: 0.13 };
  let merges = 0;
  fc.assert(
    fc.property(streamArb, (docs) => {
      const store = new MemoryClusterStore(params);
      for (const d of docs) {
        const { idf, scored } = rankStories(store, d, effectiveParams(store, params));
        const plan = planAssignment(store, d, params);
        assert.ok(plan);
        if (plan.absorbed.length > 0) {
          merges++;
          assert.equal(plan.events[0]?.kind, 'joined');
          // The story the article joined is the one scored best; the others merged into the oldest.
          const best = plan.linked.find((r) => r.id === scored[0]?.rec.id)!;
          assert.ok(best, 'the best story is among the linked');
          for (const r of plan.linked) if (r !== best) assert.ok(centroidCosine(best, r, idf) >= store.params.headlineMergeConfirm, `${r.id} merged into ${best.id}`);
        }
        store.apply(plan);
      }
    }),
    { numRuns: 80, seed: 31 },
  );
  assert.ok(merges > 0, 'the generated streams merge stories');
});
