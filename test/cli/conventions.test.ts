/**
 * The command line's conventions: per-command help from one spec, "did you
 * mean", one-line errors, read-only commands that never create files, `-`
 * for stdin and stdout, escapes neutralised, summary lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import { main } from '../../src/cli/main.js';
import { parseFlags } from '../../src/cli/flags.js';
import { ANALYZE_SPEC, BRIEF_SPEC, INGEST_SPEC, STORIES_SPEC } from '../../src/cli/commands.js';
import { SIMILARITY_SPEC } from '../../src/cli/cmd-similarity.js';
import { QUOTES_SPEC } from '../../src/cli/cmd-quotes.js';
import { CLUSTER_SPEC, EXTRACT_SPEC } from '../../src/cli/batch-specs.js';
import { neutralise } from '../../src/cli/errors.js';
import { nearest } from '../../src/cli/suggest.js';

function capture(stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), ...(stdin !== undefined ? { stdin: Readable.from([Buffer.from(stdin)]) } : {}) },
    out,
    err,
  };
}

function withDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'px-conv-'));
  return fn(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

const SPECS = [ANALYZE_SPEC, INGEST_SPEC, STORIES_SPEC, BRIEF_SPEC, EXTRACT_SPEC, CLUSTER_SPEC, SIMILARITY_SPEC, QUOTES_SPEC];
const BODY = 'The city council approved the new budget on Tuesday after a long debate about schools and roads. ';
const article = (id: string, title: string) => JSON.stringify({ id, title, text: `${title}. ${BODY.repeat(4)}`, source: 'wire', published: '2024-05-01' });

test('CMD --help and help CMD print that command\'s usage with every flag its parser accepts', async () => {
  for (const spec of SPECS) {
    const a = capture();
    assert.equal(await main([spec.name, '--help'], a.io), 0, spec.name);
    const help = a.out.join('\n');
    assert.match(help, new RegExp(`^Usage: parallax ${spec.name}\\b`), spec.name);
    for (const [name, f] of Object.entries(spec.flags)) {
      assert.ok(help.includes(`--${name}`), `${spec.name} --help lists --${name}`);
      if (f.short) assert.ok(help.includes(`-${f.short}, --${name}`), `${spec.name} --help lists -${f.short}`);
      // Every listed flag is one the parser takes.
      const argv = f.type === 'string' ? [`--${name}`, 'x'] : [`--${name}`];
      assert.doesNotThrow(() => parseFlags(spec, argv), `${spec.name} accepts --${name}`);
    }
    const b = capture();
    assert.equal(await main(['help', spec.name], b.io), 0);
    assert.equal(b.out.join('\n'), help);
    const c = capture();
    assert.equal(await main([spec.name, '-h'], c.io), 0);
    assert.equal(c.out.join('\n'), help);
  }
  const g = capture();
  assert.equal(await main(['--help'], g.io), 0);
  for (const spec of SPECS) assert.match(g.out.join('\n'), new RegExp(`parallax ${spec.name}\\b`));
  const unknown = capture();
  assert.equal(await main(['summarise-all', '--help'], unknown.io), 2, 'an unknown command is not helped into existence');
});

test('did you mean: an unknown command or flag suggests the nearest; far-off words get the list', async () => {
  let c = capture();
  assert.equal(await main(['injest', 'x'], c.io), 2);
  assert.deepEqual(c.err, ['parallax: unknown command "injest". Did you mean "ingest"?']);
  c = capture();
  assert.equal(await main(['stroies'], c.io), 2);
  assert.match(c.err[0]!, /Did you mean "stories"\?/);
  c = capture();
  assert.equal(await main(['zzzzzz'], c.io), 2);
  assert.match(c.err[0]!, /^parallax: unknown command "zzzzzz"; commands: .*ingest/);
  c = capture();
  assert.equal(await main(['ingest', 'x', '--dbb', 'a.db'], c.io), 2);
  assert.deepEqual(c.err, ['parallax ingest: unknown flag --dbb. Did you mean --db? (see parallax ingest --help)']);
  c = capture();
  assert.equal(await main(['analyze', 'x', '--folow'], c.io), 2);
  assert.match(c.err[0]!, /unknown flag --folow\. Did you mean --follow\?/);
  c = capture();
  assert.equal(await main(['similarity', '--in', 'p.jsonl', '--modle', 'm'], c.io), 2);
  assert.match(c.err[0]!, /Did you mean --model\?/);
  c = capture();
  assert.equal(await main(['stories', '-x'], c.io), 2);
  assert.match(c.err[0]!, /^parallax stories: unknown flag -x/);
  c = capture();
  assert.equal(await main(['quotes', '--in'], c.io), 2);
  assert.match(c.err[0]!, /--in needs a value/);
  assert.equal(nearest('ingets', ['ingest', 'analyze']), 'ingest', 'a swap costs one');
  assert.equal(nearest('sim', ['similarity', 'stories']), 'similarity', 'a unique prefix');
  assert.equal(nearest('q', ['quotes', 'quiet']), undefined);
});

test('one-line errors: a missing folder, a non-database file, an unwritable --out; exit non-zero', () =>
  withDir(async (dir) => {
    const input = join(dir, 'a.jsonl');
    writeFileSync(input, `${article('a1', 'Council approves budget')}\n`);
    let c = capture();
    assert.equal(await main(['ingest', input, '--db', join(dir, 'no', 'such', 'p.db')], c.io), 1);
    assert.deepEqual(c.err, [`parallax ingest: cannot open database ${join(dir, 'no', 'such', 'p.db')}: the folder ${join(dir, 'no', 'such')} does not exist`]);
    const notDb = join(dir, 'notes.db');
    writeFileSync(notDb, 'these are my notes, not a database\n'.repeat(100));
    for (const cmd of [['ingest', input], ['stories'], ['brief', 's_1']]) {
      c = capture();
      assert.equal(await main([...cmd, '--db', notDb], c.io), 1, cmd[0]);
      assert.equal(c.err.length, 1);
      assert.match(c.err[0]!, new RegExp(`^parallax ${cmd[0]}: cannot open database .*notes\\.db: not a database`));
    }
    assert.equal(readFileSync(notDb, 'utf8').slice(0, 10), 'these are ', 'the file is untouched');
    const db = join(dir, 'p.db');
    assert.equal(await main(['ingest', input, '--db', db, '--quiet'], capture().io), 0);
    const storyId = (() => { const s = capture(); return main(['stories', '--db', db], s.io).then(() => s.out[0]!.split('\t')[0]!); })();
    const id = await storyId;
    c = capture();
    assert.equal(await main(['brief', id, '--db', db, '--out', join(dir, 'missing', 'b.md')], c.io), 1);
    assert.deepEqual(c.err, [`parallax brief: cannot write ${join(dir, 'missing', 'b.md')}: the folder ${join(dir, 'missing')} does not exist`]);
    mkdirSync(join(dir, 'folder.md'));
    c = capture();
    assert.equal(await main(['brief', id, '--db', db, '--out', join(dir, 'folder.md')], c.io), 1);
    assert.deepEqual(c.err, [`parallax brief: cannot write ${join(dir, 'folder.md')}: is a folder`]);
    c = capture();
    assert.equal(await main(['analyze', input, '--out', join(dir, 'folder.md')], c.io), 1, 'checked before any work');
    assert.deepEqual(c.err, [`parallax analyze: cannot write ${join(dir, 'folder.md')}: is a folder`]);
    c = capture();
    assert.equal(await main(['quotes', '--in', input, '--out', join(dir, 'folder.md')], c.io), 1);
    assert.deepEqual(c.err, [`parallax quotes: cannot write ${join(dir, 'folder.md')}: is a folder`]);
    c = capture();
    assert.equal(await main(['similarity', '--in', join(dir, 'nope.jsonl'), '--out', '-'], c.io), 1);
    assert.deepEqual(c.err, [`parallax similarity: cannot read ${join(dir, 'nope.jsonl')}: no such file or directory`]);
  }));

test('an unexpected error is one line and a hint; --debug adds the stack trace', () =>
  withDir(async (dir) => {
    const input = join(dir, 'a.jsonl');
    writeFileSync(input, `${article('a1', 'Council approves budget')}\n`);
    const db = join(dir, 'p.db');
    assert.equal(await main(['ingest', input, '--db', db, '--quiet'], capture().io), 0);
    const s = capture();
    await main(['stories', '--db', db], s.io);
    const id = s.out[0]!.split('\t')[0]!;
    // A damaged row: the kind of state no input should produce, so a bug path.
    const raw = new Database(db);
    raw.prepare('UPDATE articles SET analysis = ?').run('{broken');
    raw.close();
    let c = capture();
    assert.equal(await main(['brief', id, '--db', db], c.io), 3);
    assert.equal(c.err.length, 1);
    assert.match(c.err[0]!, /^parallax brief: internal error: .* \(rerun with --debug for the stack trace\)$/);
    c = capture();
    assert.equal(await main(['brief', id, '--db', db, '--debug'], c.io), 3);
    assert.match(c.err.join('\n'), /\n\s+at /, 'the stack trace');
  }));

test('stories and brief on a database that does not exist say so and create nothing', () =>
  withDir(async (dir) => {
    const db = join(dir, 'typo.db');
    let c = capture();
    assert.equal(await main(['stories', '--db', db], c.io), 1);
    assert.deepEqual(c.err, [`parallax stories: no database at ${db} (run parallax ingest first)`]);
    c = capture();
    assert.equal(await main(['brief', 's_1', '--db', db], c.io), 1);
    assert.deepEqual(c.err, [`parallax brief: no database at ${db} (run parallax ingest first)`]);
    assert.equal(existsSync(db), false);
    assert.equal(existsSync(`${db}-wal`), false);
  }));

test('- reads stdin and writes stdout: quotes, similarity, ingest -, analyze -', () =>
  withDir(async (dir) => {
    let c = capture(`${JSON.stringify({ id: 7, text: '“We will build it,” the mayor said.' })}\n`);
    assert.equal(await main(['quotes', '--in', '-', '--out', '-', '--quiet'], c.io), 0);
    const q = JSON.parse(c.out[0]!) as { id: number; quotes: unknown[] };
    assert.equal(q.id, 7);
    assert.equal(q.quotes.length, 1);
    c = capture(`${JSON.stringify({ id: 'p1', text1: BODY, text2: BODY })}\nnot json\n`);
    assert.equal(await main(['similarity', '--in', '-'], c.io), 0);
    assert.equal((JSON.parse(c.out[0]!) as { id: string; score: number }).id, 'p1');
    assert.deepEqual(c.err[0], 'parallax similarity: <stdin>:2: not valid JSON; skipped');
    const db = join(dir, 'p.db');
    c = capture(`${article('s1', 'Council approves budget')}\n${article('s2', 'Budget approved by council')}\n{oops\n`);
    assert.equal(await main(['ingest', '-', '--db', db], c.io), 0);
    assert.ok(c.err.some((l) => /^parallax: <stdin>:3\b/.test(l)), `the bad line is named <stdin>:3: ${c.err.join(' | ')}`);
    assert.ok(!c.err.some((l) => l.includes('parallax-stdin-')), 'no temporary path leaks');
    assert.match(c.err.at(-1)!, /^parallax ingest: 2 articles added, 0 duplicates, 1 problem; 1 story in/);
    c = capture(`Council approves budget\n\n${BODY.repeat(4)}`);
    assert.equal(await main(['analyze', '-', '--format', 'json', '--quiet'], c.io), 0);
    assert.equal((JSON.parse(c.out.join('\n')) as { stories: unknown[] }).stories.length, 1);
    c = capture('');
    assert.equal(await main(['ingest', '-', '-', '--db', db], c.io), 2);
  }));

test('--quiet drops the closing summary line; problem lines after the first ten per file are counted', () =>
  withDir(async (dir) => {
    const input = join(dir, 'q.jsonl');
    writeFileSync(input, `${'nope\n'.repeat(25)}${JSON.stringify({ id: 1, text: 'Plain words.' })}\n`);
    let c = capture();
    assert.equal(await main(['quotes', '--in', input, '--out', join(dir, 'o.jsonl')], c.io), 0);
    assert.equal(c.err.filter((l) => /: not valid JSON; skipped$/.test(l)).length, 10);
    assert.ok(c.err.includes(`parallax quotes: ${input}: 15 more problem line(s) not shown (25 in all)`));
    assert.match(c.err.at(-1)!, /^parallax quotes: 1 article\(s\), 25 skipped \(\d+\.\d s\)$/);
    c = capture();
    assert.equal(await main(['quotes', '--in', input, '--out', join(dir, 'o.jsonl'), '--quiet'], c.io), 0);
    assert.deepEqual(c.err, []);
  }));

test('terminal escape codes in file names are shown as \\x1b, never sent raw', () =>
  withDir(async (dir) => {
    const name = join(dir, 'evil\u001b[2J\u001b]0;pwned\u0007.txt');
    writeFileSync(name, '');
    const c = capture();
    await main(['ingest', name, '--db', join(dir, 'p.db')], c.io);
    const all = c.err.join('\n');
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f]/.test(all), 'no control characters reach stderr');
    assert.ok(all.includes('evil\\x1b[2J\\x1b]0;pwned\\x07.txt'), all);
    assert.equal(neutralise('a\u202eb\tc\nd'), 'a\\u202eb\tc\nd');
  }));

test('UTF-16 text with a BOM is decoded, not called binary', () =>
  withDir(async (dir) => {
    const text = (title: string) => `${title}\n\n${title} — ${BODY.repeat(4)}`;
    writeFileSync(join(dir, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text('Council approves budget'), 'utf16le')]));
    const be = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text('Council passes budget'), 'utf16le')]);
    be.swap16();
    writeFileSync(join(dir, 'be.txt'), be);
    writeFileSync(join(dir, 'nobom.txt'), Buffer.from(text('The council approves budget'), 'utf16le'));
    const c = capture();
    assert.equal(await main(['analyze', dir, '--format', 'json'], c.io), 0, c.err.join('\n'));
    assert.ok(!c.err.some((l) => /binary/.test(l)), c.err.join('\n'));
    const out = JSON.parse(c.out.join('\n')) as { stories: { articles: { title: string; text: string }[] }[] };
    const titles = out.stories.flatMap((s) => s.articles.map((a) => a.title)).sort();
    assert.deepEqual(titles, ['Council approves budget', 'Council passes budget', 'The council approves budget']);
  }));

test('a teaser-only feed gets one hint to use --follow', () =>
  withDir(async (dir) => {
    const feed = join(dir, 'wire.xml');
    writeFileSync(feed, `<rss><channel><title>Wire</title>
      <item><title>Storm floods the valley</title><link>https://example.com/a</link><description>Short teaser.</description></item>
      <item><title>Bridge closes</title><link>https://example.com/b</link><description>Another teaser.</description></item>
      </channel></rss>`);
    const c = capture();
    assert.equal(await main(['ingest', feed, '--db', join(dir, 'p.db')], c.io), 1);
    const hints = c.err.filter((l) => l.includes('--follow'));
    assert.deepEqual(hints, ["parallax ingest: hint: 2 feed items held too little text (a feed of teasers?); add --follow to fetch each item's page"]);
  }));

test('an unreachable host is reported as a network error, not as a robots.txt problem', async () => {
  const { serve } = await import('../fetch/local-server.js');
  const s = await serve({});
  const url = `${s.base}/page.html`;
  await s.close(); // nothing listens there now: ECONNREFUSED
  const c = capture();
  assert.equal(await main(['ingest', url, '--allow-private', '--delay', '0', '--timeout', '2000', '--db', ':memory:'], c.io), 1);
  const line = c.err.find((l) => l.startsWith(`parallax: ${url}`));
  assert.ok(line, c.err.join('\n'));
  assert.match(line, /ECONNREFUSED/);
  assert.doesNotMatch(line, /robots/);
});
