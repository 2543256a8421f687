/**
 * Feeds over the per-file limit are read item by item, and give what the
 * whole-file parser gives on the same feed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../src/pipeline/read-inputs.js';
import { parseFeed } from '../../src/stages/ingest/parse-feed.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-feed-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'Officials in Port Elan said on Monday that the harbour plan would go ahead despite objections from residents.';

function rss(items: number): string {
  const body = Array.from({ length: items }, (_, i) => i === 3
    ? `<item><title>Empty ${i}</title><description></description></item>`
    : `<item><title>Story ${i}</title><link>https://news.example/${i}</link><pubDate>Mon, 06 Dec 2021 10:00:00 GMT</pubDate><description><![CDATA[<p>${TEXT} Number ${i}, with a literal </item> inside.</p>]]></description></item>`).join('\n');
  return `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Port Elan News</title><language>en</language>\n${body}\n</channel></rss>\n`;
}

test('a big RSS feed streams item by item and equals the whole-file parse', () => {
  const xml = rss(120);
  const file = join(dir, 'big.xml');
  writeFileSync(file, xml);
  const whole = parseFeed(file, xml);
  const streamed = readInputs([file], { maxBytes: 4096 });
  assert.ok(xml.length > 4096 * 4);
  assert.deepEqual(streamed.articles, whole.articles);
  assert.deepEqual(streamed.problems.map((p) => p.message), whole.problems.map((p) => p.message));
  assert.equal(streamed.articles.length, 119);
  assert.equal(streamed.articles[0]!.source, 'Port Elan News');
});

test('a big Atom feed streams; an entry over the limit is one problem', () => {
  const entry = (i: number, text: string) => `<entry><title>E${i}</title><link href="https://news.example/e${i}"/><content type="html">${text}</content></entry>`;
  const entries = Array.from({ length: 60 }, (_, i) => entry(i, i === 10 ? 'x'.repeat(10_000) : `${TEXT} Entry ${i}.`));
  const file = join(dir, 'atom.xml');
  writeFileSync(file, `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Site</title>${entries.join('')}</feed>`);
  const out = readInputs([file], { maxBytes: 4096 });
  assert.equal(out.articles.length, 59);
  assert.deepEqual(out.problems.map((p) => p.message), ['feed item 11 too large (over 4096 bytes); skipped']);
  assert.equal(out.articles[10]!.path, `${file}#item12`);
  assert.equal(out.articles[10]!.url, 'https://news.example/e11');
});

test('a big XML file with no items is one problem', () => {
  const file = join(dir, 'none.xml');
  writeFileSync(file, `<rss><channel><title>T</title>${'<x>y</x>'.repeat(2000)}</channel></rss>`);
  assert.deepEqual(readInputs([file], { maxBytes: 4096 }).problems.map((p) => p.message), ['no feed item in the first 4096 bytes; not read further']);
});
