/**
 * `--lexicon FILE`: a tiny pack the test writes (the real one is built on the
 * user's machine from installed dictionaries) changes the similarity of a
 * translation whose only bridge is its words; a bad file is one usage-error
 * line naming it, exit code 2, and nothing written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

const PACK = {
  format: 'parallax-lexicon',
  version: 1,
  sources: ['test'],
  languages: {
    de: { regierung: ['government'], krieg: ['war'], soldat: ['soldier'], grenze: ['border'], truppe: ['troops'], winter: ['winter'], angriff: ['attack'], warnen: ['warn'] },
  },
};

// A German rendering of the English text: no names, no numbers, only words the pack knows.
const PAIRS = [
  { id: 'translation', lang1: 'en', lang2: 'de', text1: 'The government warns of war: troops and soldiers at the border, an attack in winter.', text2: 'Die Regierung warnt vor Krieg: Truppen und Soldaten an der Grenze, ein Angriff im Winter.' },
  { id: 'other', lang1: 'en', lang2: 'de', text1: 'The government warns of war: troops and soldiers at the border, an attack in winter.', text2: 'Der Bäcker verkauft frisches Brot und Kuchen am Markt neben der Kirche.' },
  { id: 'en', lang1: 'en', lang2: 'en', text1: 'Heavy snow closed Alpine passes on Tuesday.', text2: 'Snow closed several Alpine passes on Tuesday, resorts said.' },
];

type Out = { id: string; score: number };

async function similarity(dir: string, extra: string[]): Promise<{ code: number; out: Out[] | undefined; err: string[] }> {
  const outFile = join(dir, `out-${extra.length}-${Date.now()}.jsonl`);
  const err: string[] = [];
  const code = await main(['similarity', '--in', join(dir, 'pairs.jsonl'), '--out', outFile, ...extra], { stdout: () => {}, stderr: (s) => err.push(s) });
  const out = existsSync(outFile) && readFileSync(outFile, 'utf8').trim() !== '' ? readFileSync(outFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Out) : undefined;
  return { code, out, err };
}

function withDir(f: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'px-lexicon-'));
    try {
      writeFileSync(join(dir, 'pairs.jsonl'), PAIRS.map((p) => JSON.stringify(p)).join('\n'));
      writeFileSync(join(dir, 'pack.json'), JSON.stringify(PACK));
      await f(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

test('similarity --lexicon: the pack raises the score of a translation that shares only words, above the unrelated pair', withDir(async (dir) => {
  const plain = await similarity(dir, ['-q']);
  const glossed = await similarity(dir, ['-q', '--lexicon', join(dir, 'pack.json')]);
  assert.equal(plain.code, 0);
  assert.equal(glossed.code, 0);
  assert.deepEqual(glossed.out!.map((o) => o.id), ['translation', 'other', 'en']);
  const score = (r: typeof plain, id: string) => r.out!.find((o) => o.id === id)!.score;
  // Without the pack the German words share nothing with the English ones. The
  // two runs combine the signals differently (the learned combination without
  // a pack, the fixed weights with one), so the translation's lead over the
  // unrelated pair is compared, not the raw scores.
  const lead = (r: typeof plain) => score(r, 'translation') - score(r, 'other');
  assert.ok(lead(glossed) > lead(plain), `${lead(glossed)} vs ${lead(plain)}`);
  assert.ok(score(glossed, 'translation') > score(glossed, 'other'));
  for (const o of glossed.out!) assert.ok(o.score >= 0 && o.score <= 1);
}));

test('similarity --lexicon names the pack in its summary line', withDir(async (dir) => {
  const r = await similarity(dir, ['--lexicon', join(dir, 'pack.json')]);
  assert.equal(r.code, 0);
  assert.match(r.err.at(-1)!, /3 pair\(s\) scored with lexicon pack .*pack\.json/);
}));

test('a bad lexicon pack is one usage-error line naming the file, exit 2, nothing written', withDir(async (dir) => {
  writeFileSync(join(dir, 'broken.json'), '{"format": "parallax-lexicon", ');
  writeFileSync(join(dir, 'other.json'), JSON.stringify({ format: 'something-else' }));
  writeFileSync(join(dir, 'old.json'), JSON.stringify({ ...PACK, version: 7 }));
  const cases: [string, RegExp][] = [
    [join(dir, 'missing.json'), /cannot read lexicon pack .*missing\.json: no such file/],
    [dir, /cannot read lexicon pack .*: is a folder/],
    [join(dir, 'broken.json'), /lexicon pack .*broken\.json is not JSON/],
    [join(dir, 'other.json'), /lexicon pack .*other\.json: not a Parallax lexicon pack/],
    [join(dir, 'old.json'), /lexicon pack .*old\.json: unsupported lexicon pack version 7/],
  ];
  for (const [file, message] of cases) {
    const r = await similarity(dir, ['--lexicon', file]);
    assert.equal(r.code, 2, file);
    assert.equal(r.err.length, 1, r.err.join('\n'));
    assert.match(r.err[0]!, /^parallax similarity: /);
    assert.match(r.err[0]!, message);
    assert.equal(r.out, undefined);
  }
}));

test('--lexicon without a file is a usage error', withDir(async (dir) => {
  const r = await similarity(dir, ['--lexicon']);
  assert.equal(r.code, 2);
  assert.equal(r.err.length, 1);
}));
