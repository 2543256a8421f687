import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combineComponents, pairKind, SIMILARITY_DEFAULTS, textFeatures } from '../../../src/stages/similarity/index.js';
import { dominantScript } from '../../../src/stages/similarity/text-features.js';

test('the dominant script of a text is the one most of its letters are in', () => {
  assert.equal(dominantScript('Путин встретился с Байденом в Женеве (Geneva)'), 'cyrillic');
  assert.equal(dominantScript('Putin met Biden in Geneva'), 'latin');
  assert.equal(dominantScript('习近平会见拜登 Biden'), 'han');
  assert.equal(dominantScript('التقى بوتين بايدن في جنيف'), 'arabic');
  assert.equal(dominantScript('2021 — 16'), 'other');
});

test('pairs are same-language, cross-language in one script, or cross-script', () => {
  const en = textFeatures('Putin met Biden in Geneva for talks on arms control.');
  const de = textFeatures('Putin traf Biden in Genf zu Gesprächen über Rüstungskontrolle.');
  const zh = textFeatures('普京在日内瓦会见拜登，讨论军备控制问题。');
  assert.equal(pairKind(en, de, false), 'same');
  assert.equal(pairKind(en, de, true), 'cross');
  assert.equal(pairKind(en, zh, true), 'crossScript');
});

test('each pair kind is combined with its own weights', () => {
  // Only the name signal is present: every weight set then gives the same cosine, and only the boost differs.
  const c = { words: undefined, names: 0.25, numbers: undefined, title: undefined, grams: undefined, lead: undefined };
  const same = combineComponents(c, SIMILARITY_DEFAULTS, 'same');
  assert.ok(Math.abs(same - 0.5) < 1e-9, `${same}`);
  const cross = combineComponents(c, SIMILARITY_DEFAULTS, 'cross');
  assert.ok(Math.abs(cross - Math.min(1, 0.5 * SIMILARITY_DEFAULTS.crossLingualBoost)) < 1e-9, `${cross}`);
  // Words weigh more than names within one script, less across scripts.
  const words = { ...c, names: 0, words: 1 };
  assert.ok(combineComponents(words, SIMILARITY_DEFAULTS, 'cross') > combineComponents(words, SIMILARITY_DEFAULTS, 'crossScript'));
});

test('the lead holds the first words of the body, not its end', () => {
  const filler = Array.from({ length: 80 }, (_, i) => `filler${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`).join(' ');
  const f = textFeatures(`Earthquake strikes coast  The earthquake destroyed harbour buildings. ${filler} Afterwards volunteers arrived.`);
  const has = (bag: Map<string, number>, prefix: string) => [...bag.keys()].some((k) => k.startsWith(prefix));
  assert.ok(has(f.lead, 'w:x:earthquake'), [...f.lead.keys()].slice(0, 5).join());
  assert.ok(has(f.lead, 'w:harb'));
  assert.ok(!has(f.lead, 'w:volu'));
  assert.ok(has(f.words, 'volu'));
});
