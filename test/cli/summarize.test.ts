import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

const CLUSTER = {
  id: 7,
  articles: [
    { title: 'Rail strike halts trains', text: 'A national rail strike halted most trains on Monday. Unions want a 10 percent raise.' },
    { title: 'Trains stop as rail workers strike', text: 'Rail workers went on strike Monday, halting most trains across the country. The unions are asking for a 10 percent raise.' },
    { title: 'One-line lead', text: 'Most trains stood still on Monday as rail unions struck.' },
  ],
};

type Line = { id: unknown; summary: string; sentences: { text: string; citations: { article: number; start: number; end: number; field?: string }[] }[] };

test('summarize --in --out writes {id, summary, sentences} with citations into the given texts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-summarize-'));
  try {
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    const titleOnly = { id: 'b', articles: [{ title: 'Storm closes schools', text: '' }] };
    writeFileSync(input, `${JSON.stringify(CLUSTER)}\n${JSON.stringify(titleOnly)}\n`);
    const run = capture();
    assert.equal(await main(['summarize', '--in', input, '--out', output, '--quiet'], run.io), 0, run.err.join('\n'));
    const lines = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Line);
    assert.deepEqual(lines.map((l) => l.id), [7, 'b']);
    for (const [k, l] of lines.entries()) {
      const articles = k === 0 ? CLUSTER.articles : titleOnly.articles;
      assert.notEqual(l.summary, '');
      assert.equal(l.summary, l.sentences.map((s) => s.text).join(' '));
      for (const s of l.sentences) {
        assert.ok(s.citations.length > 0);
        for (const c of s.citations) {
          const src = c.field === 'title' ? articles[c.article].title : articles[c.article].text;
          assert.ok(s.text.includes(src.slice(c.start, c.end)), `"${src.slice(c.start, c.end)}" is in "${s.text}"`);
        }
      }
    }
    assert.match(lines[0].summary, /Monday/);
    assert.equal(lines[1].sentences[0].citations[0].field, 'title');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('summarize: bad lines are reported with file:line and skipped; the batch goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-summarize-'));
  try {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, [
      'not json',
      JSON.stringify({ id: 'x', articles: 'nope' }),
      JSON.stringify({ id: 'y', articles: [{ title: 3, text: 'x' }] }),
      JSON.stringify(CLUSTER),
    ].join('\n'));
    const c = capture();
    assert.equal(await main(['summarize', '--in', input], c.io), 0, c.err.join('\n'));
    const err = c.err.join('\n');
    assert.match(err, /in\.jsonl:1: not valid JSON/);
    assert.match(err, /in\.jsonl:2: needs "articles"/);
    assert.match(err, /in\.jsonl:3: articles\[0\]\.title is not a string/);
    assert.equal((JSON.parse(c.out.join('\n')) as Line).id, 7);
    assert.equal(await main(['summarize', '--in', input, '--strict', '--quiet'], capture().io), 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('summarize: --max-words bounds each summary; usage errors exit 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-summarize-'));
  try {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `${JSON.stringify(CLUSTER)}\n`);
    const c = capture();
    assert.equal(await main(['summarize', '--in', input, '--max-words', '8', '--quiet'], c.io), 0, c.err.join('\n'));
    const words = (JSON.parse(c.out.join('\n')) as Line).summary.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
    assert.ok(words.length > 0 && words.length <= 8);
    const u = capture();
    assert.equal(await main(['summarize'], u.io), 2);
    assert.match(u.err.join('\n'), /--in/);
    assert.equal(await main(['summarize', '--in', input, '--max-words', 'lots'], capture().io), 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
