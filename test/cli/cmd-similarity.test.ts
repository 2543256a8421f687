import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmdSimilarity } from '../../src/cli/cmd-similarity.js';
import { scorePairs, vectorCosine } from '../../src/stages/similarity/index.js';
import { startTinyServer, tinyEmbed } from '../embeddings/tiny-model.js';

const PAIRS = [
  { id: 'same', lang1: 'en', lang2: 'ru', text1: 'Putin met Biden in Geneva on June 16 for 4 hours of talks.', text2: 'Путин встретился с Байденом в Женеве 16 июня, переговоры длились 4 часа.' },
  { id: 'other', lang1: 'en', lang2: 'ru', text1: 'Putin met Biden in Geneva on June 16 for 4 hours of talks.', text2: 'Сильный снегопад закрыл перевалы в Альпах во вторник.' },
  { id: 'en', lang1: 'en', lang2: 'en', text1: 'Heavy snow closed Alpine passes on Tuesday.', text2: 'Snow closed several Alpine passes on Tuesday, resorts said.' },
  { id: 'empty', lang1: 'en', lang2: 'en', text1: '', text2: '' },
];

type Out = { id: string; score: number };

async function run(args: string[]): Promise<{ code: number; out: Out[]; err: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'px-sim-'));
  try {
    writeFileSync(join(dir, 'in.jsonl'), PAIRS.map((p) => JSON.stringify(p)).join('\n'));
    const err: string[] = [];
    const code = await cmdSimilarity(['--in', join(dir, 'in.jsonl'), '--out', join(dir, 'out.jsonl'), ...args], { stdout: () => {}, stderr: (s) => err.push(s) });
    let out: Out[] = [];
    try {
      out = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Out);
    } catch {
      // no output written
    }
    return { code, out, err };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('similarity writes one score in [0, 1] per pair, in input order', async () => {
  const { code, out } = await run(['-q']);
  assert.equal(code, 0);
  assert.deepEqual(out.map((o) => o.id), ['same', 'other', 'en', 'empty']);
  for (const o of out) assert.ok(o.score >= 0 && o.score <= 1);
  assert.ok(out[0].score > out[1].score);
});

test('without --model the output is the model-free score', async () => {
  const { out } = await run(['-q']);
  assert.deepEqual(out, scorePairs(PAIRS));
});

test('--model openai:URL calls the endpoint in batches and leans on the embedding cosine', async () => {
  const server = await startTinyServer();
  try {
    const { code, out, err } = await run(['--model', `openai:${server.url}#tiny`, '--batch-size', '3']);
    assert.equal(code, 0);
    const texts = [...new Set(PAIRS.flatMap((p) => [p.text1, p.text2]))];
    // Six distinct texts (one repeated, the empty pair's ''), three per request.
    assert.equal(texts.length, 6);
    assert.deepEqual(server.requests.map((r) => r.input.length), [3, 3]);
    assert.ok(server.requests.every((r) => r.model === 'tiny'));
    assert.match(err.join('\n'), /with model openai:/);
    // The command's scores are the library's combination of these very vectors.
    const vectors = { first: PAIRS.map((p) => tinyEmbed(p.text1 || ' ')), second: PAIRS.map((p) => tinyEmbed(p.text2 || ' ')) };
    assert.deepEqual(out, scorePairs(PAIRS, undefined, vectors));
    assert.notDeepEqual(out, scorePairs(PAIRS));
    // The trigram model sees the English pair as close: the score follows the cosine.
    assert.ok(vectorCosine(vectors.first[2], vectors.second[2]) > 0.5);
    assert.ok(out[2].score > scorePairs(PAIRS)[2].score);
  } finally {
    await server.close();
  }
});

test('an endpoint error is one clear line and exit code 1, with no output', async () => {
  const server = await startTinyServer(500);
  try {
    const { code, out, err } = await run(['-q', '--model', `openai:${server.url}`]);
    assert.equal(code, 1);
    assert.equal(err.length, 1);
    assert.match(err[0], /^parallax similarity: embedding endpoint http:\/\/127\.0\.0\.1:\d+\/v1\/embeddings answered HTTP 500/);
    assert.deepEqual(out, []);
  } finally {
    await server.close();
  }
});

test('a bad --batch-size is a usage error', async () => {
  await assert.rejects(run(['--model', 'openai:http://127.0.0.1:9/x', '--batch-size', '0']), /batch-size/);
});
