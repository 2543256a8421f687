import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryBrief } from '../../../src/core/brief.js';
import { renderMarkdown } from '../../../src/stages/brief/index.js';
import { singleArticleBrief, storyBrief } from '../../fixtures/brief/story-brief.js';

const md = renderMarkdown(storyBrief);

/** The body of one `## ` section. */
function section(text: string, title: string): string {
  const start = text.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `missing section ${title}`);
  const next = text.indexOf('\n## ', start + 4);
  return text.slice(start, next < 0 ? undefined : next);
}

test('renders title and every section in order', () => {
  assert.ok(md.startsWith(`# ${storyBrief.title}\n`));
  const order = ['Articles', 'What the sources agree on', 'Where the figures differ', 'Who said what', 'Reported by only one source', 'Timeline', 'Shared text', 'People, organisations, places', 'Sources'];
  const positions = order.map((t) => md.indexOf(`\n## ${t}\n`));
  assert.ok(positions.every((p) => p > 0));
  assert.deepEqual([...positions].sort((a, b) => a - b), positions);
});

test('articles table: ref, outlet, date (stated, inferred or unknown), language, words, machine translation', () => {
  const rows = section(md, 'Articles').split('\n').filter((l) => l.startsWith('| ['));
  assert.equal(rows.length, 3);
  assert.match(rows[0], /^\| \[1\] \| CNN \| .* \| inferred: Mon 6 Dec 2021 \| en \| 147 \| no \|$/);
  assert.match(rows[1], /^\| \[2\] \| Inquirer\.net \| .* \| Sun 5 Dec 2021 \| en \| 177 \| no \|$/);
  assert.match(rows[2], /^\| \[3\] \| — \| .* \| unknown \| en \| 139 \| no \|$/);
});

test('agreed and single-source items carry their citations', () => {
  assert.match(section(md, 'What the sources agree on'), /- Joe Biden and Vladimir Putin will hold a video call on Tuesday\. — confirmed by 3 independent sources \[1\]\[2\]\[3\]/);
  assert.match(section(md, 'Reported by only one source'), /- The exact timing of the call was not disclosed\. \[2\]/);
  assert.doesNotMatch(section(md, 'What the sources agree on'), /exact timing/);
});

test('disagreeing figures are side by side with attribution and source, none given as the fact', () => {
  const figures = section(md, 'Where the figures differ');
  assert.match(figures, /Sources differ: 4 different values in 4 reports, none of them established as the fact\./);
  const rows = [
    '| up to 175,000 | “up to 175,000 troops” | US intelligence | [1] |',
    '| 94,300 | “estimated at 94,300” | Oleksii Reznikov | [3] |',
    '| more than 94,000 | “More than 94,000 Russian troops” | Oleksii Reznikov | [2] |',
    '| about 70,000 | “about 70,000 troops” | US intelligence officials | [3] |',
  ];
  assert.ok(figures.includes(rows.join('\n')), 'all four values, largest first, side by side');
  // No sentence states one troop number as what is true.
  assert.doesNotMatch(md, /there are (up to |about |more than )?[\d,]+ (Russian )?troops/i);
  assert.match(figures, /Given by one source only\.\n\n.*\n.*\n\| more than 14,000 \| “more than 14,000 lives” \| not attributed \| \[3\] \|/);
});

test('quotes grouped by speaker with role, variants nested under their remark', () => {
  const quotes = section(md, 'Who said what');
  assert.match(quotes, /### Dmitry Peskov \(Kremlin spokesman\)\n\n- “We expect it to be a long one” \[1\]\n- “behind closed doors\.” \[1\]/);
  assert.match(quotes, /### Joe Biden \(US President\)\n\n- “I don’t accept anybody’s red lines” \[2\]\n {2}- as rendered by \[3\]: “I don’t accept anyone’s red line”/);
});

test('timeline is sorted, with inferred and unresolved dates labelled', () => {
  const lines = section(md, 'Timeline').split('\n').filter((l) => l.startsWith('- '));
  assert.deepEqual(lines.map((l) => /\*\*(.*?)\*\*/.exec(l)?.[1]), ['Fri 9 Jul 2021', 'Fri 3 Dec 2021', 'Mon 6 Dec 2021 (inferred)', 'Tue 7 Dec 2021', 'Undated (unresolved)']);
  assert.match(lines[4], /“on Saturday”: Kremlin spokesman .* \[3\]$/);
});

test('shared text: pair, coverage, passage count, kind and one example', () => {
  const reuse = section(md, 'Shared text');
  assert.match(reuse, /- \[1\] ↔ \[2\]: paraphrased text; covers 21% of \[1\] and 13% of \[2\]; 1 passage\./);
  assert.match(reuse, /- \[2\] ↔ \[3\]: identical text; covers 6% of \[2\] and 9% of \[3\]; 1 passage\.\n {2}- Example \(identical, similarity 0\.97\): “Russian President Vladimir Putin will” \[2\] = \[3\]/);
});

test('entities by type with aliases, roles and refs; sources list maps refs', () => {
  const ents = section(md, 'People, organisations, places');
  assert.match(ents, /\*\*People\*\*\n\n- Joe Biden \(also: Biden\) — US President \[1\]\[2\]\[3\], 11 mentions/);
  assert.match(ents, /\*\*Places\*\*[\s\S]*- Crimea \[3\], 1 mention$/m);
  const sources = section(md, 'Sources');
  assert.match(sources, /- \[2\] Inquirer\.net — “Biden and Putin to hold video call on Tuesday to discuss Ukraine” — `examples\/biden-putin-call\/002_a5ad62a845dcc1b4\.txt` — `https:\/\/newsinfo/);
  assert.match(sources, /- \[3\] “Biden and Putin to hold video call on Tuesday on Ukraine” — `examples/);
});

test('no raw HTML or Markdown injection from scraped text', () => {
  const evil: StoryBrief = {
    ...storyBrief,
    title: 'Hello <script>alert(1)</script>\n# injected heading',
    summary: [{ text: 'A *claim* with [a link](http://x) | pipe <b>', kind: 'single', citations: storyBrief.summary[2].citations }],
    articles: storyBrief.articles.map((a, i) => (i === 0 ? { ...a, title: 'T | <img src=x>', source: '<i>CNN</i>' } : a)),
  };
  const out = renderMarkdown(evil);
  assert.doesNotMatch(out, /(^|[^\\])<[a-z/!]/im, 'every < is escaped');
  assert.doesNotMatch(out, /^# injected/m);
  assert.ok(out.includes('A \\*claim\\* with \\[a link\\](http://x) | pipe \\<b\\> [2]'));
  assert.ok(out.includes('| [1] | \\<i\\>CNN\\</i\\> | T \\| \\<img src=x\\> |'));
  assert.doesNotMatch(md, /(^|[^\\])<[a-z/!]/im);
});

test('one article, no quotes: renders with graceful empty sections', () => {
  const out = renderMarkdown(singleArticleBrief);
  assert.match(out, /1 source · dates unknown/);
  assert.match(section(out, 'What the sources agree on'), /_Only one source: nothing to compare\._/);
  for (const t of ['Where the figures differ', 'Who said what', 'Timeline', 'Shared text']) assert.match(section(out, t), /_None\._/);
});

test('generatedAt comes from the caller, not the clock', () => {
  assert.match(renderMarkdown(storyBrief, { generatedAt: '2021-12-08T10:00Z' }), /generated 2021-12-08T10:00Z/);
  assert.equal(renderMarkdown(storyBrief), md);
});
