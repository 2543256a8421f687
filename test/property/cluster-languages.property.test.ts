import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { asArticleId } from '../../src/core/ids.js';
import { clusterStream } from '../../src/stages/cluster/cluster-stream.js';
import { stemIn, stopWordsOf, type Language } from '../../src/stages/text-model/index.js';

// The failure these guard against: with English stopwords only, unrelated
// Spanish or Italian articles shared "los", "della", "che" and fused into one
// story. Articles here share only their language's function words.
const LANGS: readonly Language[] = ['de', 'fr', 'es', 'it', 'pl', 'ru', 'tr'];
const SYLLABLE = fc.constantFrom('ba', 'ko', 'ri', 'mu', 'te', 'sa', 'lo', 'ne', 'vi', 'da', 'fu', 'ge', 'pa', 'zo', 'hi', 'ru');
const wordArb = fc.array(SYLLABLE, { minLength: 3, maxLength: 4 }).map((s) => s.join(''));

/** Words with pairwise distinct stems in `lang`, so two articles never share a content term. */
function distinctStems(words: readonly string[], lang: Language): string[] {
  const seen = new Set<string>();
  return words.filter((w) => {
    const s = stemIn(w, lang);
    if (seen.has(s)) return false;
    seen.add(s);
    return true;
  });
}

function functionWords(lang: Language): string[] {
  // The most common ones first in stopwords-iso's order is not guaranteed: take short words, as function words are.
  return [...stopWordsOf(lang)].filter((w) => w.length <= 4 && !/\d/.test(w)).slice(0, 60);
}

test('unrelated short articles in one language never merge, whatever the language', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...LANGS),
      fc.integer({ min: 4, max: 12 }),
      fc.uniqueArray(wordArb, { minLength: 150, maxLength: 150 }),
      fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
      (lang, n, pool, picks) => {
        const words = distinctStems(pool, lang);
        const fw = functionWords(lang);
        const per = Math.floor(words.length / n);
        fc.pre(per >= 5);
        const rows = Array.from({ length: n }, (_, i) => {
          const own = words.slice(i * per, (i + 1) * per);
          // Two function words between content words: the language's glue dominates the text.
          const text = own.map((w, k) => `${fw[picks[(i + k) % picks.length] % fw.length]} ${fw[(picks[k % picks.length] + i) % fw.length]} ${w}`).join(' ');
          return { id: `a${i}`, title: `${fw[i % fw.length]} ${own[0]} ${own[1]}`, text, language: lang };
        });
        const stories = new Set(clusterStream(rows).assignments.map((a) => a.story));
        assert.equal(stories.size, n);
      },
    ),
    { numRuns: 40 },
  );
});

const NAME = fc.tuple(fc.constantFrom('K', 'V', 'Z', 'M', 'T', 'D'), wordArb).map(([c, w]) => `${c}${w}`);

test('a translation-like pair (same names and figures, other words) joins one story; unrelated articles stay apart', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...LANGS),
      fc.uniqueArray(NAME, { minLength: 4, maxLength: 4 }),
      fc.uniqueArray(wordArb, { minLength: 90, maxLength: 90 }),
      fc.integer({ min: 1000, max: 90000 }),
      (lang, names, pool, figure) => {
        const fw = functionWords(lang);
        const words = distinctStems(pool, 'en').filter((w) => distinctStems([w], lang).length === 1);
        fc.pre(words.length >= 48);
        const sentence = (filler: readonly string[], glue: readonly string[]) =>
          `${filler[0]} ${glue[0] ?? ''} ${names[0]} ${glue[1] ?? ''} ${names[1]} ${filler[1]} ${figure} ${filler[2]}, ${glue[2] ?? ''} ${names[2]} ${filler[3]} ${names[3]} ${filler[4]}.`;
        // Unrelated articles first: each its own words, no names.
        const others = [0, 1, 2].map((i) => ({ id: `u${i}`, title: words.slice(30 + i * 6, 32 + i * 6).join(' '), text: words.slice(30 + i * 6, 36 + i * 6).join(' and the ') }));
        const en = { id: 'en', title: `${names[0]} and ${names[1]} ${words[0]}`, text: [0, 1, 2].map((k) => sentence(words.slice(k * 5, k * 5 + 5), ['and', 'with', 'the'])).join(' '), language: 'en' };
        const tr = { id: 'xx', title: `${names[0]} ${fw[0]} ${names[1]} ${words[15]}`, text: [0, 1, 2].map((k) => sentence(words.slice(15 + k * 5, 20 + k * 5), fw.slice(k, k + 3))).join(' '), language: lang };
        const out = new Map(clusterStream([...others, en, tr]).assignments.map((a) => [a.id, a.story]));
        assert.equal(out.get('en'), out.get('xx'));
        assert.equal(new Set(out.values()).size, 4);
      },
    ),
    { numRuns: 40 },
  );
});
