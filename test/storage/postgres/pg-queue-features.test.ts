/**
 * The clustering vector a queue worker stages with an article
 * (pg-queue-features.ts): decoded, it is exactly what the assigner would
 * have computed, so stories do not depend on who computed it; a vector made
 * with other parameters, or damaged, is not used. No database needed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import { CLUSTER_DEFAULTS } from '../../../src/stages/cluster/cluster-params.js';
import { docFeatures, type ClusterDoc } from '../../../src/stages/cluster/doc-terms.js';
import { planAssignment } from '../../../src/stages/cluster/assign-article.js';
import { MemoryClusterStore } from '../../../src/stages/cluster/memory-cluster-store.js';
import { decodeFeatures, encodeFeatures, paramsKey } from '../../../src/storage/postgres/pg-queue-features.js';

const TOPICS = [
  ['harbour', 'ferry', 'terminal', 'dockworkers', 'cranes', 'Port Elan'],
  ['election', 'ballots', 'candidates', 'turnout', 'polling', 'Maria Costa'],
  ['flood', 'river', 'rainfall', 'evacuation', 'levees', 'Lower Vale'],
];

/** Articles on a few topics, some undated, one in German, one a headline alone. */
function docs(): ClusterDoc[] {
  const out: ClusterDoc[] = [];
  for (let n = 0; n < 24; n++) {
    const t = TOPICS[n % TOPICS.length]!;
    const text =
      n === 7
        ? ''
        : n === 11
          ? `Die Behörden in ${t[5]} sagten am Montag, der Plan Nummer ${n} für ${t[0]} werde trotz Einwänden umgesetzt. ${t[1]} und ${t[2]}.`
          : `Officials in ${t[5]} said on Monday that the ${t[0]} plan number ${n} would go ahead. The ${t[1]} figures showed ${1200 + n * 7} cases linked to the ${t[2]}. Local ${t[3]} said the ${t[4]} were checked.`;
    out.push({
      id: asArticleId(`a${n}`),
      title: `${t[0]} ${t[1]} update ${n}`,
      text,
      ...(n % 5 === 0 ? {} : { published: `2024-05-${String(1 + (n % 9)).padStart(2, '0')}` }),
      entities: [t[5]!],
    });
  }
  return out;
}

test('a staged vector decodes to the features the assigner would compute, in the same order', () => {
  const key = paramsKey(CLUSTER_DEFAULTS);
  for (const doc of docs()) {
    const f = docFeatures(doc, CLUSTER_DEFAULTS);
    const back = decodeFeatures(encodeFeatures(f, key), key);
    assert.ok(back !== undefined);
    assert.deepEqual([...back.terms], [...f.terms], doc.id);
    assert.equal(back.titleSupport, f.titleSupport);
    assert.equal(back.language, f.language);
  }
});

test('stories planned from staged vectors equal those planned from the text', () => {
  const key = paramsKey(CLUSTER_DEFAULTS);
  const plain = new MemoryClusterStore();
  const staged = new MemoryClusterStore();
  const stories: [string, string][] = [];
  for (const doc of docs()) {
    const a = planAssignment(plain, doc);
    const features = decodeFeatures(encodeFeatures(docFeatures(doc, staged.params), key), key)!;
    const b = planAssignment(staged, { ...doc, features });
    assert.ok(a !== undefined && b !== undefined);
    assert.deepEqual(b, a, doc.id);
    plain.apply(a);
    staged.apply(b);
    stories.push([a.storyId, b.storyId]);
  }
  // The stream has stories of several articles, so the comparison covered joins, not only new stories.
  assert.ok(new Set(stories.map(([s]) => s)).size < stories.length);
});

test('a vector made with other parameters, or damaged, is not used', () => {
  const key = paramsKey(CLUSTER_DEFAULTS);
  const other = paramsKey({ ...CLUSTER_DEFAULTS, titleBoost: CLUSTER_DEFAULTS.titleBoost + 1 });
  assert.notEqual(other, key);
  const bytes = encodeFeatures(docFeatures(docs()[0]!, CLUSTER_DEFAULTS), key);
  assert.equal(decodeFeatures(bytes, other), undefined);
  assert.equal(decodeFeatures(bytes.subarray(0, bytes.length - 3), key), undefined);
  assert.equal(decodeFeatures(bytes.subarray(0, 10), key), undefined);
  assert.equal(decodeFeatures(null, key), undefined);
});
