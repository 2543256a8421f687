import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EmbeddingError, embedPairs, openModel } from '../../src/embeddings/open-model.js';
import { pickOnnx, sentenceSettings } from '../../src/embeddings/transformer-folder.js';
import { scorePairs, vectorCosine } from '../../src/stages/similarity/index.js';
import { expectedTinyVector, MAX_TOKENS, VOCAB, writeTinyTransformer } from './tiny-transformer.js';

// The model runtime is an opt-in install (not in package.json; .ci/run adds it): without it these tests say so and skip.
const runtime = await import('@huggingface/transformers').then(() => true, () => false);
const needsRuntime = runtime ? {} : { skip: 'the opt-in model runtime is not installed (npm install --no-save @huggingface/transformers@3 runs these)' };

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'px-tt-'));
}

function assertClose(actual: Float32Array, expected: number[]): void {
  assert.equal(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) assert.ok(Math.abs(actual[i] - expected[i]) < 1e-6, `dim ${i}: ${actual[i]} vs ${expected[i]}`);
}

test('a transformers.js folder loads offline and gives mean-pooled, normalised token vectors', needsRuntime, async () => {
  const dir = writeTinyTransformer(tempDir());
  // Any fetch would mean a download attempt: count them.
  const realFetch = globalThis.fetch;
  let fetches = 0;
  globalThis.fetch = (async (...args: Parameters<typeof fetch>) => {
    fetches++;
    return realFetch(...args);
  }) as typeof fetch;
  try {
    const texts = ['the cat sat on the mat', 'Putin met Biden in Geneva', 'zebra'];
    const vectors = await openModel(dir).embed(texts);
    assert.equal(vectors.length, 3);
    texts.forEach((t, i) => assertClose(vectors[i], expectedTinyVector(t)));
    // An unknown word is [UNK], not dropped.
    assert.ok(vectors[2][VOCAB.get('[UNK]')!] > 0);
    assert.equal(fetches, 0);
  } finally {
    globalThis.fetch = realFetch;
    rmSync(dir, { recursive: true, force: true });
  }
});

test('identical texts score 1; texts sharing tokens score above texts sharing none', needsRuntime, async () => {
  const dir = writeTinyTransformer(tempDir());
  try {
    const [a, same, near, far] = await openModel(dir).embed(['snow fell in the alps', 'snow fell in the alps', 'snow closed the road', 'putin met biden']);
    assert.ok(Math.abs(vectorCosine(a, same) - 1) < 1e-6);
    assert.ok(vectorCosine(a, near) > vectorCosine(a, far) + 0.2, `${vectorCosine(a, near)} vs ${vectorCosine(a, far)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('batches keep input order and long texts are cut to the model max length', needsRuntime, async () => {
  const dir = writeTinyTransformer(tempDir());
  try {
    const long = 'one two three four five six seven eight one two three four five six seven eight';
    const texts = ['the dog ran', long, 'storm', 'police closed the road today', 'a vote'];
    const batched = await openModel(dir, { batchSize: 2 }).embed(texts);
    const single = openModel(dir);
    for (let i = 0; i < texts.length; i++) assert.deepEqual([...batched[i]], [...(await single.embed([texts[i]]))[0]]);
    assertClose(batched[1], expectedTinyVector(long));
    // MAX_TOKENS tokens were read, each once: every non-zero component is 1/sqrt(MAX_TOKENS).
    const nonZero = [...batched[1]].filter((x) => x > 0);
    assert.equal(nonZero.length, MAX_TOKENS);
    assert.ok(nonZero.every((x) => Math.abs(x - 1 / Math.sqrt(MAX_TOKENS)) < 1e-6));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('vectors are the same across two loads, and from a folder with only model_quantized.onnx', needsRuntime, async () => {
  const dir = writeTinyTransformer(tempDir());
  const quantized = writeTinyTransformer(tempDir(), { onnxFile: 'model_quantized.onnx' });
  try {
    const texts = ['rain fell in the city', 'election vote today', ''];
    const first = await openModel(dir).embed(texts);
    const second = await openModel(dir).embed(texts);
    const third = await openModel(quantized).embed(texts);
    assert.deepEqual(first.map((v) => [...v]), second.map((v) => [...v]));
    assert.deepEqual(first.map((v) => [...v]), third.map((v) => [...v]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(quantized, { recursive: true, force: true });
  }
});

test('the folder\'s own pooling and query prompt are used: CLS pooling, a declared prompt, "query: " for e5', needsRuntime, async () => {
  const cls = writeTinyTransformer(tempDir());
  const prompted = writeTinyTransformer(tempDir());
  try {
    mkdirSync(join(cls, '1_Pooling'));
    writeFileSync(join(cls, '1_Pooling', 'config.json'), JSON.stringify({ pooling_mode_cls_token: true, pooling_mode_mean_tokens: false }));
    // CLS pooling reads the first token only: [CLS], whatever the text.
    const [v] = await openModel(cls).embed(['storm closed the road']);
    assert.ok(Math.abs(v[VOCAB.get('[CLS]')!] - 1) < 1e-6);
    writeFileSync(join(prompted, 'config_sentence_transformers.json'), JSON.stringify({ prompts: { query: 'news ', passage: 'one ' } }));
    const [p] = await openModel(prompted).embed(['storm today']);
    assertClose(p, expectedTinyVector('news storm today'));
    assert.deepEqual(sentenceSettings(prompted), { pooling: 'mean', prefix: 'news ' });
  } finally {
    rmSync(cls, { recursive: true, force: true });
    rmSync(prompted, { recursive: true, force: true });
  }
});

test('sentence settings default to mean pooling and no prompt; an e5 model gets "query: "', () => {
  const plain = tempDir();
  const e5 = join(tempDir(), 'multilingual-e5-small');
  try {
    assert.deepEqual(sentenceSettings(plain), { pooling: 'mean', prefix: '' });
    mkdirSync(e5);
    assert.deepEqual(sentenceSettings(e5), { pooling: 'mean', prefix: 'query: ' });
    writeFileSync(join(plain, 'config.json'), JSON.stringify({ _name_or_path: 'intfloat/e5-base-v2' }));
    assert.equal(sentenceSettings(plain).prefix, 'query: ');
  } finally {
    rmSync(plain, { recursive: true, force: true });
    rmSync(dirname(e5), { recursive: true, force: true });
  }
});

test('pickOnnx prefers model.onnx, then the quantized file, then any .onnx', () => {
  assert.deepEqual(pickOnnx(['model_quantized.onnx', 'model.onnx']), { fileName: 'model', dtype: 'fp32' });
  assert.deepEqual(pickOnnx(['model_quantized.onnx', 'model_fp16.onnx']), { fileName: 'model', dtype: 'q8' });
  assert.deepEqual(pickOnnx(['README.md', 'encoder.onnx']), { fileName: 'encoder', dtype: 'fp32' });
  assert.equal(pickOnnx(['model.onnx_data']), undefined);
});

test('a folder without a model file is one EmbeddingError line naming the folder', () => {
  const noGraph = writeTinyTransformer(tempDir(), { onnxFile: undefined });
  const emptyOnnx = writeTinyTransformer(tempDir(), { onnxFile: undefined });
  mkdirSync(join(emptyOnnx, 'onnx'));
  const nothing = tempDir();
  writeFileSync(join(nothing, 'notes.txt'), 'no model here');
  try {
    for (const [dir, why] of [[noGraph, /has config\.json but no ONNX model/], [emptyOnnx, /no ONNX model/], [nothing, /neither a transformer model .* nor \.vec/]] as const) {
      assert.throws(() => openModel(dir), (err: Error) => {
        assert.ok(err instanceof EmbeddingError);
        assert.match(err.message, why);
        assert.ok(err.message.includes(dir));
        assert.ok(!err.message.includes('\n'));
        return true;
      });
    }
  } finally {
    for (const d of [noGraph, emptyOnnx, nothing]) rmSync(d, { recursive: true, force: true });
  }
});

/** Runs `parallax similarity` in a fresh process and reports whether ONNX Runtime's library got loaded. */
function runCli(args: string[]): { code: number; onnxLoaded: boolean; stderr: string } {
  const main = pathToFileURL(resolve('src/cli/main.ts')).href;
  const script = `
    const { main } = await import(${JSON.stringify(main)});
    const code = await main(JSON.parse(process.env.PX_ARGS));
    const onnxLoaded = process.report.getReport().sharedObjects.some((s) => /onnxruntime/.test(s));
    process.stdout.write(JSON.stringify({ code, onnxLoaded }));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, PX_ARGS: JSON.stringify(args) },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(child.status, 0, child.stderr);
  return { ...(JSON.parse(child.stdout) as { code: number; onnxLoaded: boolean }), stderr: child.stderr };
}

test('parallax similarity --model <transformer folder> end to end; without --model no ONNX runtime loads', needsRuntime, async () => {
  const work = tempDir();
  mkdirSync(join(work, 'tiny-bert'));
  const dir = writeTinyTransformer(join(work, 'tiny-bert'));
  try {
    const pairs = [
      { id: 'same', lang1: 'en', lang2: 'en', text1: 'Putin met Biden in Geneva for talks', text2: 'Biden met Putin in Geneva, talks today' },
      { id: 'other', lang1: 'en', lang2: 'en', text1: 'Putin met Biden in Geneva for talks', text2: 'Snow fell in the Alps' },
      { id: 'third', lang1: 'en', lang2: 'en', text1: 'Police closed the road in the storm', text2: 'The storm closed one road, police said' },
    ];
    writeFileSync(join(work, 'in.jsonl'), pairs.map((p) => JSON.stringify(p)).join('\n'));
    const read = (f: string) => readFileSync(join(work, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; score: number });

    const plain = runCli(['similarity', '--in', join(work, 'in.jsonl'), '--out', join(work, 'plain.jsonl'), '-q']);
    assert.deepEqual(plain, { code: 0, onnxLoaded: false, stderr: '' });

    const withModel = runCli(['similarity', '--in', join(work, 'in.jsonl'), '--out', join(work, 'model.jsonl'), '--model', dir]);
    assert.equal(withModel.code, 0);
    assert.equal(withModel.onnxLoaded, true);
    assert.match(withModel.stderr, /3 pair\(s\) scored with model /);
    const scored = read('model.jsonl');
    assert.deepEqual(scored, JSON.parse(JSON.stringify(scorePairs(pairs, undefined, await embedPairs(pairs, openModel(dir))))));
    assert.notDeepEqual(scored, read('plain.jsonl'));
    assert.ok(scored[0].score > scored[1].score);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
