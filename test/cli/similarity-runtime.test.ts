/**
 * The model runtime (@huggingface/transformers) is an opt-in install: without
 * it, `similarity --model FOLDER` says in one line how to add it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

const specifier = '@huggingface/transformers';
const installed = await import(specifier).then(() => true, () => false);

test('similarity --model FOLDER without the runtime: one line with the npm install command, exit 1', {
  skip: installed ? '@huggingface/transformers is installed here, so the missing-runtime message cannot show' : false,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-rt-'));
  try {
    const model = join(dir, 'model');
    mkdirSync(join(model, 'onnx'), { recursive: true });
    writeFileSync(join(model, 'config.json'), '{"model_type":"bert"}');
    writeFileSync(join(model, 'onnx', 'model.onnx'), 'not really a graph');
    writeFileSync(join(dir, 'pairs.jsonl'), `${JSON.stringify({ id: 'p', text1: 'a b c', text2: 'a b d' })}\n`);
    const err: string[] = [];
    const code = await main(['similarity', '--in', join(dir, 'pairs.jsonl'), '--out', join(dir, 'out.jsonl'), '--model', model], { stdout: () => {}, stderr: (s) => err.push(s) });
    assert.equal(code, 1);
    assert.equal(err.length, 1);
    assert.match(err[0]!, /^parallax similarity: .*npm install @huggingface\/transformers@3$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
