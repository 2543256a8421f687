/**
 * Fuzzing the ingest: a folder of generated hostile files of every kind
 * issue 12 found (pages nested thousands deep, huge JSON-LD graphs, feeds the
 * XML parser refuses, a gzip bomb, FIFOs, device symlinks, symlink loops,
 * broken encodings, oversize lines) plus seeded random mutations of good
 * files, mixed with good articles, ingested by the real CLI in a child
 * process with a time limit. Every good article must be stored, every bad
 * file named in a problem line, and the process must end without a crash.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { writeHostileSet, goodBody } from './hostile-files.js';
import { createStore } from '../../src/storage/create-store.js';
import { readSources } from '../../src/pipeline/read-inputs.js';
import { createFetcher } from '../../src/fetch/fetch-url.js';
import { serve, html } from '../fetch/local-server.js';
import { seededRandom } from '../../src/core/random.js';

const root = mkdtempSync(join(tmpdir(), 'parallax-fuzz-'));
test.after(() => rmSync(root, { recursive: true, force: true }));
const MAIN = join(import.meta.dirname, '../../src/cli/main.ts');

interface Run { code: number | null; signal: NodeJS.Signals | null; stderr: string; ms: number }

/** `parallax ARGS` in a child process, killed after `limitMs` (a hang fails the test, not the runner). */
function parallax(args: readonly string[], limitMs: number): Promise<Run> {
  const script = `import { main } from ${JSON.stringify(MAIN)}; process.exitCode = await main(process.argv.slice(1));`;
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr, ms: Date.now() - t0 });
    });
  });
}

const rng = seededRandom;

const SNIPPETS = ['<div>', '</div>', '<table>', '<![CDATA[', ']]>', '<!--', '-->', '&amp;', '&#x0;', '&bogus;', '<!DOCTYPE x [<!ENTITY a "b">]>', '\u0000', '\uFFFD', '{"', '"}', '\\', '<script>', '<?xml', '</item>', '<item>', '\r\n', '\u202E'];

/** A good file of a random kind, with random cuts, insertions and byte flips. */
function mutant(r: () => number, i: number): { name: string; data: Buffer } {
  const body = goodBody(`Mutant${i}`, i);
  const kinds = [
    ['html', `<html><body><article><h1>T${i}</h1><p>${body}</p></article></body></html>`],
    ['xml', `<rss><channel><title>F</title><item><title>T${i}</title><description>${body}</description></item></channel></rss>`],
    ['jsonl', `${JSON.stringify({ title: `T${i}`, text: body })}\n${JSON.stringify({ text: body.slice(7) })}\n`],
    ['txt', `Headline ${i}\n${body}\n`],
  ] as const;
  const [ext, text] = kinds[Math.floor(r() * kinds.length)]!;
  let s: string = text;
  for (let k = 0, n = 1 + Math.floor(r() * 6); k < n; k++) {
    const at = Math.floor(r() * s.length);
    const op = r();
    if (op < 0.4) s = s.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)]!.repeat(1 + Math.floor(r() * 50)) + s.slice(at);
    else if (op < 0.7) s = s.slice(0, at) + s.slice(at + Math.floor(r() * 40));
    else s = s.slice(0, at);
  }
  const data = Buffer.from(s);
  if (r() < 0.2 && data.length > 0) data[Math.floor(r() * data.length)] = Math.floor(r() * 256);
  return { name: `mutant-${i}.${ext}`, data };
}

test('hostile files mixed with good articles: every good one stored, every bad one named, no crash, no hang', { timeout: 240_000 }, async () => {
  const dir = join(root, 'in');
  mkdirSync(dir);
  const set = writeHostileSet(dir, { good: 24 });
  const r = rng(12);
  for (let i = 0; i < 60; i++) {
    const m = mutant(r, i);
    writeFileSync(join(dir, m.name), m.data);
  }
  const db = join(root, 'fuzz.db');
  const run = await parallax(['ingest', '--db', db, dir], 180_000);
  assert.equal(run.signal, null, `killed (hang?) after ${run.ms} ms; stderr:\n${run.stderr.slice(-2000)}`);
  assert.equal(run.code, 0, run.stderr.slice(-3000));
  assert.doesNotMatch(run.stderr, /\n\s+at .+:\d+:\d+\)?\n/, 'no stack trace');
  assert.doesNotMatch(run.stderr, /internal error/);
  // Every line on stderr is a problem line (`parallax: FILE[:LINE]: message`) or the summary.
  for (const line of run.stderr.trim().split('\n')) assert.match(line, /^parallax( ingest)?: /, line);

  const store = createStore({ type: 'sqlite', file: db });
  const texts = store.listArticles().map((a) => a.article.text).join('\n');
  store.close();
  for (const mark of set.goodMarks) assert.ok(texts.includes(mark), `good article ${mark} was not stored`);
  for (const file of set.bad) assert.ok(run.stderr.includes(`parallax: ${file}`), `${relative(dir, file)} is not named on stderr:\n${run.stderr}`);

  // Under --strict the same run says something went wrong.
  const strict = await parallax(['ingest', '--strict', '--db', join(root, 'strict.db'), dir], 180_000);
  assert.equal(strict.code, 1, strict.stderr.slice(-2000));
});

test('the same hostile pages and feeds by URL and under --follow: one problem each, the rest stored', { timeout: 60_000 }, async () => {
  const deep = `<html><body>${'<div>'.repeat(6000)}<p>${goodBody('ByUrl', 1)}</p>${'</div>'.repeat(6000)}</body></html>`;
  const spans = `<html><body>${'<span>'.repeat(200_000)}<p>${goodBody('Spans', 2)}</p></body></html>`;
  const tables = `<html><body>${'<table><tr><td>'.repeat(5000)}<p>${goodBody('Tables', 3)}</p></body></html>`;
  let base = '';
  const rss = (type: string, body: string) => (_q: unknown, res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': type }).end(body);
  const server = await serve({
    '/robots.txt': (_q, res) => res.writeHead(404).end(),
    '/deep.html': html(deep),
    '/spans.html': html(spans),
    '/tables.html': html(tables),
    '/bad.xml': rss('application/rss+xml', '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % p "x"> %p;]><rss><channel><item><title>t</title><description>x</description></item></channel></rss>'),
    // Filled in per request: the links need the server's port.
    '/feed.xml': (q, res) => rss('application/rss+xml', `<rss><channel><title>F</title>${['deep', 'tables', 'bad'].map((p) =>
      `<item><title>${p}</title><link>${base}/${p === 'bad' ? 'bad.xml' : `${p}.html`}</link><description>teaser ${p}</description></item>`).join('')}</channel></rss>`)(q, res),
  });
  base = server.base;
  try {
    const fetcher = createFetcher({ allowPrivate: true, delayMs: 0, retries: 0 });
    const out = await readSources([`${base}/deep.html`, `${base}/spans.html`, `${base}/bad.xml`], { fetcher });
    assert.deepEqual(out.problems.map((p) => [p.path, p.message.slice(0, 12)]), [[`${base}/bad.xml`, 'invalid XML:']]);
    assert.deepEqual(out.articles.map((a) => /ByUrl|Spans/.exec(a.body)?.[0]), ['ByUrl', 'Spans']);
    // --follow: each item's page is fetched; the hostile ones are extracted, the refused one keeps its teaser.
    const followed = await readSources([`${base}/feed.xml`], { fetcher, follow: true });
    assert.deepEqual(followed.articles.map((a) => /ByUrl|Tables|teaser bad/.exec(a.body)?.[0]), ['ByUrl', 'Tables', 'teaser bad']);
    assert.equal(followed.problems.length, 1);
    assert.match(followed.problems[0]!.message, /could not follow feed item \(invalid XML/);
  } finally {
    await server.close();
  }
});
