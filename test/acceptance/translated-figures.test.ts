/**
 * An English report and its Italian translation (test/fixtures/translated-figures/articles.jsonl, written for this
 * test): the translation is traced, and each figure it repeats is the original's figure, one group citing both, not a
 * second quantity in another language (src/stages/compare/figure-translations.ts); with no direction known, the
 * summary reads the English text (brief-overview.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryBrief } from '../../src/core/brief.js';
import type { StoryId } from '../../src/core/ids.js';
import { systemClock } from '../../src/core/result.js';
import { briefOf } from '../../src/pipeline/build-briefs.js';
import { ingestArticles } from '../../src/pipeline/ingest-articles.js';
import { readInputs } from '../../src/pipeline/read-inputs.js';
import { createStore } from '../../src/storage/create-store.js';

function briefOfFile(file: string): StoryBrief {
  const store = createStore({ type: 'memory' });
  const { articles, problems } = readInputs([file]);
  assert.deepEqual(problems, []);
  ingestArticles(articles, { store, clock: systemClock });
  const brief = briefOf('s_translated_figures' as StoryId, store.listArticles());
  store.close();
  return brief;
}

test("a translation's figures are grouped with its original's, one group per figure", () => {
  const brief = briefOfFile('test/fixtures/translated-figures/articles.jsonl');
  const lang = new Map(brief.articles.map((a) => [a.id, a.language]));
  assert.ok(brief.reuse.some((r) => r.kind === 'translation'), 'the translation is traced');
  for (const value of [252, 86, 29, 19, 18, 4.28e9]) {
    const near = (x: number): boolean => Math.abs(x - value) <= 1e-9 * value;
    const groups = brief.figures.filter((g) => g.values.some((v) => near(v.value)));
    assert.equal(groups.length, 1, `${value}: ${groups.map((g) => g.quantity).join(' | ')}`);
    assert.deepEqual(new Set(groups[0]!.values.filter((v) => near(v.value)).map((v) => lang.get(v.articleId))), new Set(['en', 'it']), `${value}`);
  }
});

test('a text and its translation with no direction known are summarised in English, the brief\'s language', () => {
  const brief = briefOfFile('test/fixtures/translated-figures/undated.jsonl');
  const lang = new Map(brief.articles.map((a) => [a.id, a.language]));
  assert.ok(brief.reuse.some((r) => r.kind === 'translation' && r.from === null), 'a translation of unknown direction');
  assert.ok(brief.overview.sentences.length > 0);
  for (const s of brief.overview.sentences) assert.equal(lang.get(s.citations[0]!.articleId), 'en', s.text);
});
