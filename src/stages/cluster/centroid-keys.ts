/**
 * A story centroid's keys sorted into the channels `rankStories` scores them
 * in, read once per centroid instead of once per candidate test.
 *
 * Ranking an article tests it against up to 25 candidate stories, each a
 * centroid of ~120–180 keys, and every test used to list the centroid's keys
 * (`Object.keys`, an array per test) and run up to six prefix tests per key to
 * find its channel. A centroid never changes once built (a growing story gets
 * a new object: see `assign-article.ts`), so the listing and the channels are
 * kept per centroid object in a WeakMap and go when the centroid does. The
 * keys keep `Object.keys` order, so every sum over them is the same, bit for
 * bit, as the per-test walk.
 */
import { isAnchorKey } from './anchors.js';
import { isLanguageKey, isNeutralKey } from './doc-terms.js';
import { isTitleKey } from './story-similarity.js';

/**
 * Keys of the neutral channel: names and numbers. Countries are left out (every Ukraine story shares c:ua:
 * with them the channel fused unrelated stories), as are concept and gloss keys (they stand for words).
 */
export const isChannelNeutral = (t: string): boolean => t.startsWith('e:') || t.startsWith('#');

/** The channel of a key, in the order `rankStories` tests them. */
export const KEY_TITLE = 0;
export const KEY_ANCHOR = 1;
export const KEY_LANGUAGE = 2;
/** Main channel, and the neutral channel's names and numbers. */
export const KEY_NEUTRAL = 3;
/** Main channel, and the plain words the neutral channel compares against. */
export const KEY_WORD = 4;
/** Main channel only (countries, concepts, glosses). */
export const KEY_OTHER = 5;

export interface CentroidKeys {
  readonly keys: readonly string[];
  readonly weights: Float64Array;
  readonly kinds: Uint8Array;
}

export function keyKind(t: string): number {
  if (isTitleKey(t)) return KEY_TITLE;
  if (isAnchorKey(t)) return KEY_ANCHOR;
  if (isLanguageKey(t)) return KEY_LANGUAGE;
  if (isChannelNeutral(t)) return KEY_NEUTRAL;
  return isNeutralKey(t) ? KEY_OTHER : KEY_WORD;
}

const kept = new WeakMap<object, CentroidKeys>();

/** The centroid's keys, weights and channels (computed on first use, then kept while the centroid lives). */
export function centroidKeys(centroid: Readonly<Record<string, number>>): CentroidKeys {
  let ck = kept.get(centroid);
  if (ck === undefined) {
    const keys = Object.keys(centroid);
    const weights = new Float64Array(keys.length);
    const kinds = new Uint8Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      weights[i] = centroid[keys[i]!]!;
      kinds[i] = keyKind(keys[i]!);
    }
    ck = { keys, weights, kinds };
    kept.set(centroid, ck);
  }
  return ck;
}
