/**
 * One event reported in five languages (en, fr, de, es, ru: the Ukrainian
 * defence minister on about 70,000 Russian troops, 3 December 2021) plus a
 * German translation of the English report, credited as such
 * (test/fixtures/five-languages/articles.jsonl, written for this test). Run
 * through the pipeline: ingest (clean, analyze, cluster), then the brief.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryBrief } from '../../src/core/brief.js';
import type { StoryId } from '../../src/core/ids.js';
import { systemClock } from '../../src/core/result.js';
import { briefOf } from '../../src/pipeline/build-briefs.js';
import { ingestArticles } from '../../src/pipeline/ingest-articles.js';
import { readInputs } from '../../src/pipeline/read-inputs.js';
import { renderMarkdown } from '../../src/stages/brief/index.js';
import { createStore } from '../../src/storage/create-store.js';

const FIXTURE = 'test/fixtures/five-languages/articles.jsonl';

function run(): { stories: number; brief: StoryBrief } {
  const store = createStore({ type: 'memory' });
  const { articles, problems } = readInputs([FIXTURE]);
  assert.deepEqual(problems, []);
  const report = ingestArticles(articles, { store, clock: systemClock });
  assert.equal(report.added, 6);
  const stories = store.listStories().length;
  // The brief of all six as one story, through the pipeline's own brief
  // (reuse, provenance, compare), whatever the clusterer made of them.
  const brief = briefOf('s_five_languages' as StoryId, store.listArticles());
  store.close();
  return { stories, brief };
}

const { stories, brief } = run();
const ref = (source: string): number => brief.articles.find((a) => a.source === source)!.ref;
const idOf = (source: string): string => brief.articles.find((a) => a.source === source)!.id;
const EN = 'Kyiv Wire';
const TRANSLATION = 'Nachrichten-Übersicht';
const REPORTS = ['Kyiv Wire', 'Le Quotidien', 'Tagesblatt', 'El Diario Global', 'Новости дня'];

test('the six articles are read in their five languages', () => {
  assert.deepEqual(brief.articles.map((a) => a.language).sort(), ['de', 'de', 'en', 'es', 'fr', 'ru']);
});

// Still a todo after story coherence and text names on every path (2026-12-05, later: ClusterParams.entityNames 0, so
// the pipeline keys names from capitalised words as `parallax cluster` does): five stories, the English report with its
// German translation and four alone; coherence only ever splits. Scores below are from before that change.
// Why this is still a todo (measured 2026-12-05, docs/BENCHMARKS.md "Clustering in ten languages"): only the German
// translation joins a story (Tagesblatt, 0.45). Against the English report the French, Russian and Spanish ones score
// 0.096, 0.101 and 0.014 (join threshold 0.14): the pipeline gives analysis entities, keyed as whole lower-cased names
// ("oleksii reznikov", "oleksiï reznikov", "oleksij resnikow", "украины алексей резников" never meet), numbers are no
// keys (numberBoost 0), so the name-and-number channel finds fewer than 4 shared keys. Per-word transliterated entity
// keys raise French → English only to 0.114; the settings that do join all six (sound-class name keys, value numbers,
// the channel without its word gate) lower semeval-multilingual-dev or giveme5w1h, and none was kept.
test('the five reports and the translation are one story', { todo: 'names and numbers do not yet carry a report in another language over the join threshold (see the comment above)' }, () => {
  assert.equal(stories, 1);
});

test('70 000 soldats, 70.000 Soldaten, 70.000 soldados, 70 тысяч and 70,000 troops are one value of one quantity', () => {
  const group = brief.figures.find((g) => g.values.length >= 6 && g.values.every((v) => v.value === 70000));
  assert.ok(group, JSON.stringify(brief.figures.map((g) => g.values.map((v) => v.text))));
  assert.deepEqual(new Set(group.values.map((v) => v.articleId)).size, 6);
  assert.notEqual(group.status, 'differ');
});

test("the minister's remark in the five reports and the translation is one remark", () => {
  const minister = brief.speakers.find((s) => /Re[sz]nikov/i.test(s.speaker));
  assert.ok(minister, JSON.stringify(brief.speakers.map((s) => s.speaker)));
  const remark = minister.remarks.find((r) => r.some((q) => q.articleId === idOf(EN)));
  assert.ok(remark);
  const sources = new Set(remark.map((q) => brief.articles.find((a) => a.id === q.articleId)!.source));
  for (const s of [...REPORTS, TRANSLATION]) assert.ok(sources.has(s), `${s} missing from ${[...sources].join(', ')}`);
});

test('the German translation is in its English source’s lineage, as a translation from it', () => {
  const link = brief.reuse.find((r) => (r.a === idOf(EN) && r.b === idOf(TRANSLATION)) || (r.b === idOf(EN) && r.a === idOf(TRANSLATION)));
  assert.ok(link, 'no link between the English report and its translation');
  assert.equal(link.kind, 'translation');
  assert.equal(link.from, idOf(EN));
  assert.equal(link.to, idOf(TRANSLATION));
  assert.equal(link.evidence, 'translation note');
  // Sentence by sentence: each aligned passage pairs an English sentence with its German rendering.
  assert.ok(link.passages.length >= 4);
  assert.ok(link.passages.some((p) => p.a.text.includes('70,000') || p.b.text.includes('70,000')));
  const lineage = brief.lineages.find((l) => l.articleIds.includes(idOf(EN)))!;
  assert.ok(lineage.articleIds.includes(idOf(TRANSLATION)));
});

test('the Markdown brief names the translation', () => {
  const md = renderMarkdown(brief);
  assert.ok(md.includes(`[${ref(TRANSLATION)}] is a translation of [${ref(EN)}]`), md.slice(md.indexOf('## Who copied whom'), md.indexOf('## What the sources agree on')));
});

test('the five reports are five independent sources', () => {
  const lineages = new Set(REPORTS.map((s) => brief.lineages.find((l) => l.articleIds.includes(idOf(s)))!.id));
  assert.equal(lineages.size, 5);
});
