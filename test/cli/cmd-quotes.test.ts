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

const ARTICLE = {
  id: 'a1',
  text: 'Kremlin spokesman Dmitry Peskov spoke on Monday.\n\n“We expect the talks to be long,” Peskov told reporters. The summit has been called a “reset” by some.',
};

test('quotes --in --out writes {id, quotes} with offsets into the given text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-quotes-'));
  try {
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    writeFileSync(input, `${JSON.stringify(ARTICLE)}\n{"id":"b2","text":"No quotes here."}\n`);
    assert.equal(await main(['quotes', '--in', input, '--out', output, '--quiet'], capture().io), 0);
    type Line = { id: string; quotes: Array<{ start: number; end: number; speaker: string | null; speakerMention: { start: number; end: number } | null }> };
    const lines = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Line);
    assert.deepEqual(lines.map((l) => l.id), ['a1', 'b2']);
    assert.equal(lines[1].quotes.length, 0);
    assert.equal(lines[0].quotes.length, 1, 'the scare quote “reset” is not a quote');
    const [q] = lines[0].quotes;
    assert.equal(ARTICLE.text.slice(q.start, q.end), 'We expect the talks to be long');
    assert.equal(q.speaker, 'Dmitry Peskov');
    assert.equal(ARTICLE.text.slice(q.speakerMention!.start, q.speakerMention!.end), 'Peskov');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('quotes: a bad line is reported and skipped; missing --in is a usage error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-quotes-'));
  try {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `not json\n${JSON.stringify(ARTICLE)}\n`);
    const c = capture();
    assert.equal(await main(['quotes', '--in', input], c.io), 0);
    assert.match(c.err.join('\n'), /in\.jsonl:1: not valid JSON/);
    assert.equal((JSON.parse(c.out.join('\n')) as { id: string }).id, 'a1');
    assert.equal(await main(['quotes', '--in', input, '--strict', '--quiet'], capture().io), 1);
    const u = capture();
    assert.equal(await main(['quotes'], u.io), 2);
    assert.match(u.err.join('\n'), /--in/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
