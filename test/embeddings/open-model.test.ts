import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddingError, embedPairs, openModel } from '../../src/embeddings/open-model.js';
import { startTinyServer, tinyEmbed } from './tiny-model.js';

test('an endpoint model batches texts, sends the model name and keeps input order', async () => {
  const server = await startTinyServer();
  try {
    const model = openModel(`openai:${server.url}#tiny-trigrams`, { batchSize: 2 });
    const texts = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
    const vectors = await model.embed(texts);
    assert.deepEqual(server.requests.map((r) => r.input), [['alpha', 'beta'], ['gamma', 'delta'], ['epsilon']]);
    assert.ok(server.requests.every((r) => r.model === 'tiny-trigrams'));
    assert.deepEqual(vectors.map((v) => [...v]), texts.map(tinyEmbed));
  } finally {
    await server.close();
  }
});

test('embedPairs embeds each distinct text once', async () => {
  const server = await startTinyServer();
  try {
    const pairs = [{ text1: 'one story', text2: 'the same story' }, { text1: 'one story', text2: 'another' }];
    const v = await embedPairs(pairs, openModel(`openai:${server.url}`));
    assert.equal(server.requests.flatMap((r) => r.input).length, 3);
    assert.deepEqual([...v.first[1]], tinyEmbed('one story'));
    assert.deepEqual([...v.second[1]], tinyEmbed('another'));
  } finally {
    await server.close();
  }
});

test('endpoint failures are one EmbeddingError line', async () => {
  const server = await startTinyServer(503);
  try {
    await assert.rejects(openModel(`openai:${server.url}`).embed(['x']), (err: Error) => {
      assert.ok(err instanceof EmbeddingError);
      assert.match(err.message, /HTTP 503: .*model overloaded/);
      assert.ok(!err.message.includes('\n'));
      return true;
    });
  } finally {
    await server.close();
  }
  // Nothing listens on a closed server's port.
  await assert.rejects(openModel(`openai:${server.url}`, { timeoutMs: 2000 }).embed(['x']), EmbeddingError);
});

test('a folder of .vec files embeds a text as the mean of its word vectors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-vec-'));
  try {
    // Two "languages" in one space: "putin"/"путин" share a vector.
    writeFileSync(join(dir, 'en.vec'), '3 2\nputin 1 0\nsnow 0 1\nmet 0.5 0.5\n');
    writeFileSync(join(dir, 'ru.vec'), '1 2\nпутин 1 0\n');
    const [a, b, c] = await openModel(dir).embed(['Putin met', 'Путин', 'nothing known here']);
    assert.deepEqual([...a], [1.5, 0.5]);
    assert.deepEqual([...b], [1, 0]);
    assert.deepEqual([...c], [0, 0]);
    assert.throws(() => openModel(join(dir, 'missing')), EmbeddingError);
    assert.throws(() => openModel(join(dir, 'en.vec')), EmbeddingError);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
