/**
 * The stored analysis: span texts equal to the article's words are written
 * as 0 and read back from the article, the same object in the same key
 * order; analyses written before (texts in full) read unchanged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/stages/analyze/index.js';
import { clean } from '../../src/stages/clean/index.js';
import { readAnalysis, writeAnalysis } from '../../src/storage/sqlite/analysis-json.js';
import { OTHER_STORY } from '../server/helpers.js';

test('an analysis round-trips byte for byte through the compact form, and is smaller', () => {
  const cleaned = clean({ format: 'jsonl', path: 'x#L1', title: OTHER_STORY.title, body: OTHER_STORY.text, source: OTHER_STORY.source, published: OTHER_STORY.published });
  assert.ok(cleaned.ok);
  const article = cleaned.value;
  const analysis = analyze(article);
  const full = JSON.stringify(analysis);
  const compact = writeAnalysis(analysis, article.text);
  assert.ok(compact.length < full.length * 0.8, `${compact.length} vs ${full.length}`);
  assert.equal(JSON.stringify(readAnalysis(compact, article.text)), full);
  assert.equal(JSON.stringify(readAnalysis(full, article.text)), full, 'the full form reads as it is');
});
