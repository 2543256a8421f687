import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmdSimilarity } from '../../src/cli/cmd-similarity.js';

test('similarity writes one score in [0, 1] per pair, in input order', () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-sim-'));
  try {
    const pairs = [
      { id: 'same', lang1: 'en', lang2: 'ru', text1: 'Putin met Biden in Geneva on June 16 for 4 hours of talks.', text2: 'Путин встретился с Байденом в Женеве 16 июня, переговоры длились 4 часа.' },
      { id: 'other', lang1: 'en', lang2: 'ru', text1: 'Putin met Biden in Geneva on June 16 for 4 hours of talks.', text2: 'Сильный снегопад закрыл перевалы в Альпах во вторник.' },
      { id: 'empty', lang1: 'en', lang2: 'en', text1: '', text2: '' },
    ];
    writeFileSync(join(dir, 'in.jsonl'), pairs.map((p) => JSON.stringify(p)).join('\n'));
    const code = cmdSimilarity(['--in', join(dir, 'in.jsonl'), '--out', join(dir, 'out.jsonl'), '-q'], { stdout: () => {}, stderr: () => {} });
    assert.equal(code, 0);
    const out = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; score: number });
    assert.deepEqual(out.map((o) => o.id), ['same', 'other', 'empty']);
    for (const o of out) assert.ok(o.score >= 0 && o.score <= 1);
    assert.ok(out[0].score > out[1].score);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
