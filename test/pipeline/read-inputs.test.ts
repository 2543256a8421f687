import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readInputs } from '../../src/pipeline/read-inputs.js';

test('reads the five example articles from their folder, in sorted order', () => {
  const { articles, problems } = readInputs(['examples/biden-putin-call']);
  assert.deepEqual(problems, []);
  assert.equal(articles.length, 5);
  assert.deepEqual(articles.map((a) => a.path?.split('/').pop()?.slice(0, 3)), ['000', '001', '002', '003', '004']);
  assert.ok(articles.every((a) => a.format === 'txt' && a.body.length > 1000));
});

test('folders: recursive, sorted, skipping dotfiles, docs and unknown extensions', () => {
  const { articles, problems } = readInputs(['test/fixtures/ingest/folder']);
  assert.deepEqual(problems, []);
  assert.deepEqual(articles.map((a) => a.path), ['test/fixtures/ingest/folder/a.txt', 'test/fixtures/ingest/folder/sub/b.txt']);
});

test('explicit unknown extension and missing path are problems; others go on', () => {
  const { articles, problems } = readInputs(['test/fixtures/ingest/notes.csv', 'test/fixtures/ingest/nope.txt', 'test/fixtures/ingest/plain.txt']);
  assert.equal(articles.length, 1);
  assert.equal(articles[0].path, 'test/fixtures/ingest/plain.txt');
  assert.equal(problems.length, 2);
  assert.match(problems[0].message, /unknown file type/);
  assert.equal(problems[1].path, 'test/fixtures/ingest/nope.txt');
  assert.match(problems[1].message, /no such file/);
});

test('size limit is checked before reading', () => {
  const { articles, problems } = readInputs(['test/fixtures/ingest/plain.txt'], { maxBytes: 10 });
  assert.equal(articles.length, 0);
  assert.match(problems[0].message, /too large/);
});

test('a mixed fixture folder yields articles from every format and the bad files as problems', () => {
  const { articles, problems } = readInputs(['test/fixtures/ingest']);
  const formats = new Set(articles.map((a) => a.format));
  assert.deepEqual([...formats].sort(), ['feed', 'html', 'jsonl', 'txt']);
  // notes.csv inside a folder is skipped silently; broken.xml and no-text.html are reported.
  assert.ok(problems.some((p) => p.path.endsWith('broken.xml')));
  assert.ok(problems.some((p) => p.path.endsWith('no-text.html')));
  assert.ok(!problems.some((p) => p.path.endsWith('notes.csv')));
});

test('read then clean: the HTML fixture keeps its paragraphs and metadata', async () => {
  const { clean } = await import('../../src/stages/clean/clean.js');
  const { articles } = readInputs(['test/fixtures/ingest/article.html']);
  const r = clean(articles[0]);
  assert.ok(r.ok);
  assert.equal(r.value.title, 'Harbour bridge reopens after repairs');
  assert.equal(r.value.meta.source, 'The Coastal Times');
  assert.equal(r.value.meta.publishedFrom, 'metadata');
  assert.equal(r.value.text.split('\n\n').length, 5);
  assert.ok(r.value.text.includes('“We are relieved to have our bridge back,” said the mayor'));
});

test('readSources: URLs and files side by side, in input order; a failed URL is a problem naming it', async () => {
  const { readSources } = await import('../../src/pipeline/read-inputs.js');
  const { serve, html, articlePage } = await import('../fetch/local-server.js');
  const s = await serve({ '/a.html': html(articlePage('Port strike ends', 'Dock workers returned to work on Thursday.')) });
  try {
    const { articles, problems } = await readSources(
      [`${s.base}/a.html`, 'test/fixtures/ingest/plain.txt', `${s.base}/gone.html`],
      { fetch: { allowPrivate: true, delayMs: 0, retries: 0 } },
    );
    assert.deepEqual(articles.map((a) => a.format), ['html', 'txt']);
    assert.equal(articles[0].url, `${s.base}/a.html`);
    assert.deepEqual(problems, [{ path: `${s.base}/gone.html`, message: 'fetch failed: HTTP 404' }]);
  } finally {
    await s.close();
  }
});
