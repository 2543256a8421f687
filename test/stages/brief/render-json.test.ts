import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderJson } from '../../../src/stages/brief/index.js';
import { storyBrief } from '../../fixtures/brief/story-brief.js';

test('round-trips the brief (undefined fields dropped)', () => {
  assert.deepEqual(JSON.parse(renderJson(storyBrief)), JSON.parse(JSON.stringify(storyBrief)));
});

test('pretty: 2-space indent and a trailing newline', () => {
  const out = renderJson(storyBrief);
  assert.ok(out.startsWith('{\n  "articles": [\n    {\n'));
  assert.ok(out.endsWith('}\n'));
});

test('stable: the same brief built in another key order gives the same bytes', () => {
  const reordered = Object.fromEntries(Object.entries(storyBrief).reverse()) as unknown as typeof storyBrief;
  const articles = storyBrief.articles.map((a) => Object.fromEntries(Object.entries(a).reverse())) as unknown as typeof storyBrief.articles;
  assert.equal(renderJson({ ...reordered, articles }), renderJson(storyBrief));
});

test('keys are sorted at every depth', () => {
  const check = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(check);
    if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      assert.deepEqual(keys, [...keys].sort());
      Object.values(v).forEach(check);
    }
  };
  check(JSON.parse(renderJson(storyBrief)));
});
