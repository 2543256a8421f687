import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentWords, glossKeys, lexiconFromPack, stemIn, type Lexicon } from '../../../src/stages/text-model/index.js';

/** A tiny pack in the format scripts/build-lexicon-pack.mjs writes (the real one is built from installed dictionaries). */
const PACK = {
  format: 'parallax-lexicon',
  version: 1,
  sources: ['test'],
  languages: {
    de: { regierung: ['government', 'administration'], krieg: ['war'], soldat: ['soldier'] },
    es: { gobierno: ['government'], guerra: ['war'] },
    zh: { 政府: ['government'], 战争: ['war', 'conflict'] },
    xx: { ignored: ['word'] },
  },
};

function lexicon(): Lexicon {
  const r = lexiconFromPack(PACK);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return r.lexicon;
}

const gl = (text: string, lang: 'en' | 'de' | 'es' | 'zh' | 'fr') => glossKeys(contentWords(text, lang).words, lang, lexicon());

test('a pack loads: its languages, its sources; an unknown language code is skipped', () => {
  const lex = lexicon();
  assert.deepEqual([...lex.languages.keys()].sort(), ['de', 'es', 'zh']);
  assert.deepEqual(lex.sources, ['test']);
});

test('inflected words of three languages gloss to the English stem an English text gives', () => {
  const government = `l:${stemIn('government', 'en')}`;
  const war = `l:${stemIn('war', 'en')}`;
  const de = gl('Die Regierungen sprechen über den Krieg.', 'de')!;
  const es = gl('El gobierno habla de la guerra.', 'es')!;
  const zh = gl('政府谈论战争。', 'zh')!;
  const en = gl('The government talks about the war.', 'en')!;
  for (const keys of [de, es, zh, en]) {
    assert.ok(keys.has(government), [...keys.keys()].join(' '));
    assert.ok(keys.has(war), [...keys.keys()].join(' '));
  }
  // Every sense counts once; words the pack lacks give nothing.
  assert.equal(de.get(`l:${stemIn('administration', 'en')}`), 1);
  assert.ok(!en.has('l:about') && ![...de.keys()].some((k) => k.includes('sprech')));
});

test('a language the pack lacks has no gloss signal at all (undefined, not empty)', () => {
  assert.equal(gl('Le gouvernement parle de la guerre.', 'fr'), undefined);
});

test('a file that is not a pack, or of another version, is a reason, never an exception', () => {
  const reasons = [null, 42, [], { format: 'other' }, { format: 'parallax-lexicon', version: 2, languages: {} }, { format: 'parallax-lexicon', version: 1 }, { format: 'parallax-lexicon', version: 1, languages: { de: 'x' } }].map((p) => {
    const r = lexiconFromPack(p);
    assert.equal(r.ok, false);
    return r.ok ? '' : r.reason;
  });
  assert.match(reasons[0], /not a Parallax lexicon pack/);
  assert.match(reasons[4], /version 2/);
  assert.match(reasons[5], /no "languages"/);
  assert.match(reasons[6], /"de" is not an object/);
});

test('malformed entries are skipped: non-array glosses, non-string senses, one-letter words', () => {
  const r = lexiconFromPack({ format: 'parallax-lexicon', version: 1, languages: { de: { krieg: 'war', frieden: [1, null, 'peace'], a: ['one'] } } });
  assert.ok(r.ok);
  const de = r.lexicon.languages.get('de')!;
  assert.equal(de.size, 1);
  assert.deepEqual([...de.values()][0], [stemIn('peace', 'en')]);
});
