import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Value from 'typebox/value';
import { main } from '../../src/cli/main.js';
import { BriefJson, parseBriefJson, type BriefJsonT } from '../../src/stages/brief/index.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

function withDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'px-cli-'));
  return fn(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

test('analyze --format json prints {stories}: one line, each brief validating against its schema, citations into the article texts', async () => {
  const c = capture();
  const code = await main(['analyze', 'examples/biden-putin-call', '--format', 'json', '--quiet'], c.io);
  assert.equal(code, 0);
  assert.equal(c.out.length, 1);
  const parsed = JSON.parse(c.out[0]!) as { stories: BriefJsonT[] };
  assert.equal(parsed.stories.length, 1);
  const s = parsed.stories[0]!;
  assert.ok(Value.Check(BriefJson, s));
  assert.equal(s.articles.length, 5);
  const renderings = s.speakers.flatMap((x) => x.remarks.flat());
  assert.ok(renderings.length > 0 && s.figures.length > 0);
  for (const [a, start, end] of [...renderings, ...s.figures.flatMap((g) => g.values.map((v) => v.at))]) {
    assert.ok(end > start && end <= s.articles[a]!.text.length);
  }
  // Read back with every quote's words: each is the slice its offsets name.
  const expanded = parseBriefJson(c.out[0]!);
  assert.ok(expanded.ok);
  for (const q of expanded.value.stories[0]!.quotes) assert.ok(q.text.length > 0);
});

test('ingest then stories then brief, on a database file; ingesting again adds nothing', () =>
  withDir(async (dir) => {
    const db = join(dir, 'p.db');
    let c = capture();
    assert.equal(await main(['ingest', 'examples/biden-putin-call', '--db', db], c.io), 0);
    assert.match(c.err.join('\n'), /^parallax ingest: 5 articles added, 0 duplicates, 0 problems; 1 story in .*p\.db \(\d+\.\d s\)$/m);
    c = capture();
    assert.equal(await main(['ingest', 'examples/biden-putin-call', '--db', db], c.io), 0);
    assert.match(c.err.join('\n'), /0 articles added, 5 duplicates/);
    c = capture();
    assert.equal(await main(['stories', '--db', db], c.io), 0);
    assert.equal(c.out.length, 1);
    const storyId = c.out[0]!.split('\t')[0]!;
    c = capture();
    const html = join(dir, 'brief.html');
    assert.equal(await main(['brief', storyId, '--db', db, '--format', 'html', '--out', html], c.io), 0);
    assert.ok(existsSync(html));
    assert.match(readFileSync(html, 'utf8'), /<html/i);
    c = capture();
    assert.equal(await main(['brief', 's_nope', '--db', db], c.io), 1);
    assert.match(c.err[0]!, /no story s_nope/);
  }));

test('bad inputs: one line each naming the file, the batch goes on; nothing ingested → exit 1', () =>
  withDir(async (dir) => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    writeFileSync(join(dir, 'bad.jsonl'), '{"title":"x","text":"' + 'A fine article sentence. '.repeat(20) + '"}\n{not json\n');
    const db = join(dir, 'p.db');
    let c = capture();
    const code = await main(['ingest', dir, '--db', db], c.io);
    assert.equal(code, 0, 'one good article was ingested');
    const errs = c.err.filter((l) => l.startsWith('parallax: '));
    assert.ok(errs.some((l) => l.includes('empty.txt')));
    assert.ok(errs.some((l) => l.includes('binary.txt')));
    assert.ok(errs.some((l) => l.includes('bad.jsonl') && /:2\b/.test(l)));
    for (const l of errs) assert.equal(l.split('\n').length, 1);
    c = capture();
    assert.equal(await main(['ingest', dir, '--db', db, '--strict'], c.io), 1, '--strict fails on any problem');
    c = capture();
    assert.equal(await main(['ingest', join(dir, 'empty.txt'), '--db', join(dir, 'q.db')], c.io), 1);
  }));

test('usage errors exit 2 with one line; help and version print', async () => {
  let c = capture();
  assert.equal(await main(['frobnicate'], c.io), 2);
  assert.match(c.err[0]!, /unknown command/);
  c = capture();
  assert.equal(await main(['brief', 'x', '--format', 'pdf'], c.io), 2);
  assert.match(c.err[0]!, /--format must be md, json or html/);
  c = capture();
  assert.equal(await main(['--help'], c.io), 0);
  assert.match(c.out.join('\n'), /parallax analyze/);
  c = capture();
  assert.equal(await main(['--version'], c.io), 0);
  assert.match(c.out[0]!, /^\d+\.\d+\.\d+/);
});

test('ingest URLs: a local page with --allow-private; without it one line refusing the URL; feeds by file with --follow', async () => {
  const { serve, html, articlePage } = await import('../fetch/local-server.js');
  const s = await serve({
    '/page.html': html(articlePage('Bridge closes for repairs', 'The old bridge closed on Friday for six weeks of repairs.')),
    '/story.html': html(articlePage('Storm floods the valley', 'Heavy rain flooded the valley overnight, officials said.')),
  });
  try {
    let c = capture();
    assert.equal(await main(['ingest', `${s.base}/page.html`, '--allow-private', '--delay', '0', '--db', ':memory:'], c.io), 0);
    assert.match(c.err.join('\n'), /parallax ingest: 1 article added/);
    c = capture();
    assert.equal(await main(['ingest', `${s.base}/page.html`, '--db', ':memory:'], c.io), 1);
    const refusals = c.err.filter((l) => l.startsWith('parallax: '));
    assert.equal(refusals.length, 1);
    assert.match(refusals[0]!, new RegExp(`^parallax: ${s.base}/page\\.html: refused: 127\\.0\\.0\\.1 is a loopback address.*--allow-private`));
    await withDir(async (dir) => {
      const feed = join(dir, 'wire.xml');
      writeFileSync(feed, `<rss><channel><title>Wire</title><item><title>Storm</title><link>${s.base}/story.html</link>
        <description>Short teaser.</description></item></channel></rss>`);
      c = capture();
      assert.equal(await main(['analyze', feed, '--follow', '--allow-private', '--delay', '0', '--format', 'json', '--quiet'], c.io), 0);
      const out = JSON.parse(c.out.join('\n')) as { stories: { articles: { text: string }[] }[] };
      assert.match(out.stories[0]!.articles[0]!.text, /Heavy rain flooded the valley/);
    });
    c = capture();
    assert.equal(await main(['ingest', `${s.base}/page.html`, '--timeout', 'soon'], c.io), 2);
    assert.match(c.err[0]!, /--timeout must be a whole number/);
  } finally {
    await s.close();
  }
});
