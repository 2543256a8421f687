import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import { CLUSTER_DEFAULTS } from '../../../src/stages/cluster/cluster-params.js';
import { docFeatures, docGlosses, TITLE_PREFIX } from '../../../src/stages/cluster/doc-terms.js';
import { lexiconFromPack, stemIn } from '../../../src/stages/text-model/index.js';

const body = 'The volcano on Stromboli erupted on Monday, and lava reached the sea while officials evacuated hikers from the island.';

test('title terms get their own channel beside the shared terms', () => {
  const f = docFeatures({ id: asArticleId('a_1'), title: 'Stromboli volcano erupts', text: body }, CLUSTER_DEFAULTS);
  assert.ok(f.terms.has('stromboli'));
  assert.ok(f.terms.has(`${TITLE_PREFIX}stromboli`));
  assert.ok(![...f.terms.keys()].some((t) => t === `${TITLE_PREFIX}hikers`), 'body words stay out of the title channel');
  // Every title term is in the body; three terms of the six a title needs to count whole.
  assert.equal(f.titleSupport, 3 / CLUSTER_DEFAULTS.titleMinTerms);
  assert.equal(docFeatures({ id: asArticleId('a_1'), title: 'Stromboli volcano erupts', text: body }, { ...CLUSTER_DEFAULTS, titleMinTerms: 0 }).titleSupport, 1);
});

test('a title the body does not back (a site name) has no support; a headline alone has no second channel', () => {
  const site = docFeatures({ id: asArticleId('a_2'), title: 'ABC News', text: body }, CLUSTER_DEFAULTS);
  assert.equal(site.titleSupport, 0);
  const half = docFeatures({ id: asArticleId('a_3'), title: 'Stromboli: what tourists should know', text: body }, CLUSTER_DEFAULTS);
  assert.ok(half.titleSupport > 0 && half.titleSupport < 1);
  const headline = docFeatures({ id: asArticleId('a_4'), title: 'Stromboli volcano erupts', text: '' }, CLUSTER_DEFAULTS);
  assert.equal(headline.titleSupport, 0);
});

test('with the title channel off, no title keys are produced', () => {
  const f = docFeatures({ id: asArticleId('a_5'), title: 'Stromboli volcano erupts', text: body }, { ...CLUSTER_DEFAULTS, titleChannelTerms: 0 });
  assert.ok(![...f.terms.keys()].some((t) => t.startsWith(TITLE_PREFIX)));
});

test('gloss keys from the optional lexicon pack: given with the article, weighted by glossBoost', () => {
  const r = lexiconFromPack({ format: 'parallax-lexicon', version: 1, languages: { de: { hochwasser: ['flood'], brücke: ['bridge'] } } });
  assert.ok(r.ok);
  const doc = { id: asArticleId('g1'), title: 'Hochwasser zerstört Brücke', text: 'Das Hochwasser hat die alte Brücke zerstört.', language: 'de' };
  const glosses = docGlosses(doc, r.lexicon);
  const flood = `l:${stemIn('flood', 'en')}`;
  assert.deepEqual([...new Set(glosses)].sort(), [`l:${stemIn('bridge', 'en')}`, flood].sort());
  assert.equal(glosses.filter((g) => g === flood).length, 2);
  // Off by default (no value helped both halves of the multilingual dev set); on, the keys enter the vector.
  assert.equal(docFeatures({ ...doc, glosses }, CLUSTER_DEFAULTS).terms.has(flood), false);
  assert.ok(docFeatures({ ...doc, glosses }, { ...CLUSTER_DEFAULTS, glossBoost: 0.5 }).terms.get(flood)! > 0);
});
