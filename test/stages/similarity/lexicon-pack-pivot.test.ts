import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
// @ts-expect-error: a plain Node script without type declarations
import { pivotGlosses, readTranslations } from '../../../scripts/build-lexicon-pack.mjs';
import { contentWords, glossKeys, lexiconFromPack } from '../../../src/stages/text-model/index.js';
import { dictd } from '../text-model/dictd-fixture.js';

const SCRIPT = join(import.meta.dirname, '../../../scripts/build-lexicon-pack.mjs');


const SPA_DEU = ['gobierno /ɡoˈβjeɾno/ <n, m>\nRegierung <n, f>\n', 'guerra /ˈɡera/ <n, f>\n1. Krieg\n2. Kampf\n', 'en la calle\nauf der Straße\n'];
const DEU_SPA = ['Krieg /kriːk/ <n, masc>\nguerra, conflicto\nbewaffnete Auseinandersetzung\n', 'Straße /ˈʃtʁaːsə/ <n, fem>\ncalle\n'];
const DEU_ENG = ['Regierung /reːɡˈiːrʊŋ/ <fem, n, sg>\ngovernment, administration\n', 'Krieg /kriːk/ <masc, n, sg>\nwar\n', 'Kampf /kampf/ <masc>\nfight, struggle\n', 'Straße /ˈʃtʁaːsə/ <fem>\nstreet, road\n'];

test('pivot translations: X-to-P forward, P-to-X backwards, single words only, merged', () => {
  const forward = dictd(SPA_DEU);
  const table = readTranslations(forward.index, forward.dict);
  assert.deepEqual(table, { gobierno: ['regierung'], guerra: ['krieg', 'kampf'] });
  const backward = dictd(DEU_SPA);
  readTranslations(backward.index, backward.dict, true, table);
  // "conflicto" and "calle" come only from the German-Spanish dictionary read backwards.
  assert.deepEqual(table, { gobierno: ['regierung'], guerra: ['krieg', 'kampf'], conflicto: ['krieg'], calle: ['straße'] });
});

test('pivot glosses fill only the words without English ones, first senses of each pivot word first', () => {
  const table: Record<string, string[]> = { guerra: ['war'] };
  const added = pivotGlosses(table, { guerra: ['krieg'], gobierno: ['regierung', 'kampf'], nada: ['unbekannt'], constructor: ['erbauer'] }, {
    krieg: ['war'],
    regierung: ['government', 'administration'],
    kampf: ['fight', 'struggle'],
  });
  assert.equal(added, 1);
  // A word that has direct glosses keeps them alone; the pivots' glosses interleave by sense rank.
  assert.deepEqual(table, { guerra: ['war'], gobierno: ['government', 'fight', 'administration', 'struggle'] });
});

test('the script glosses Spanish through German when only German-English is installed; --pivots 0 does not', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-pivot-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, entries] of [['freedict-deu-eng', DEU_ENG], ['freedict-spa-deu', SPA_DEU], ['freedict-deu-spa', DEU_SPA]] as const) {
    const { index, dict } = dictd(entries);
    writeFileSync(join(dir, `${name}.index`), index);
    writeFileSync(join(dir, `${name}.dict.dz`), gzipSync(dict));
  }
  const build = (pivots: string) => {
    const out = join(dir, `pack-${pivots}.json`);
    const run = spawnSync(process.execPath, [SCRIPT, '--dir', dir, '--cedict', join(dir, 'none'), '--pivots', pivots, '--out', out], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const loaded = lexiconFromPack(JSON.parse(readFileSync(out, 'utf8')));
    assert.ok(loaded.ok);
    return loaded.lexicon;
  };
  const pivoted = build('2');
  assert.deepEqual(pivoted.sources, ['freedict-deu-eng', 'freedict-spa-deu', 'freedict-deu-spa']);
  // Inflected forms reach the headwords through the Spanish stemmer; glosses are English stems.
  const words = contentWords('gobierno calles', 'es').words;
  const english = contentWords('government administration street road', 'en').words.map((w) => `l:${w.stem}`);
  assert.deepEqual([...(glossKeys(words, 'es', pivoted) ?? new Map()).keys()], english);
  const direct = build('0');
  assert.equal(glossKeys(words, 'es', direct), undefined);
});
