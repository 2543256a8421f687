import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asStoryId } from '../../../src/core/ids.js';
import { analyze, sameEntity } from '../../../src/stages/analyze/index.js';
import { sameQuantity } from '../../../src/stages/analyze/figures.js';
import { clean } from '../../../src/stages/clean/index.js';
import { compareStory, prepareCompare, type StoryMember } from '../../../src/stages/compare/index.js';
import { findCredits, storyReuse, traceProvenance } from '../../../src/stages/provenance/index.js';
import { loadExamples } from '../dedupe/example-articles.js';

test('compareStory given prepareCompare of its members gives the brief it computes alone', () => {
  const members: StoryMember[] = loadExamples().map((e) => {
    const r = clean({ format: 'txt', title: e.title, body: e.text });
    assert.ok(r.ok);
    return { article: r.value, analysis: analyze(r.value) };
  });
  const rules = { sameEntity, sameQuantity };
  const reuse = storyReuse(members.map((m) => ({ id: m.article.id, text: m.article.text })));
  const provenance = traceProvenance(
    members.map((m) => ({ id: m.article.id, text: m.article.text, language: m.analysis.language, machineTranslated: m.article.meta.machineTranslated, credits: findCredits(m.article.text, m.article.meta.credits) })),
    reuse,
  );
  const input = { id: asStoryId('s_prepared'), members, reuse: provenance.reuse, provenance };
  const alone = compareStory(input, rules);
  assert.ok(alone.claims.length > 0 && alone.reuse.length > 0);
  assert.deepEqual(compareStory(input, rules, undefined, prepareCompare(members, rules)), alone);
  // Prepared from other members (a copy of the array) it is not used, and the brief is the same.
  assert.deepEqual(compareStory(input, rules, undefined, prepareCompare([...members], rules)), alone);
});
