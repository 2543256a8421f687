import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawArticle } from '../../src/core/types.js';
import { systemClock } from '../../src/core/result.js';
import { buildAllBriefs } from '../../src/pipeline/build-briefs.js';
import { ingestArticles } from '../../src/pipeline/ingest-articles.js';
import { createStore } from '../../src/storage/create-store.js';

const body = (lead: string): string =>
  `${lead}\nThe harbour authority said on Monday that the new ferry terminal in Port Elan would open on Friday after two years of building work.\n` +
  'Mayor Ana Silva told reporters the terminal would carry 4,000 passengers a day and cut waiting times in half for commuters from the islands.';

function raw(path: string, lead: string, published?: string): RawArticle {
  return { format: 'jsonl', path, title: 'Port Elan ferry terminal to open on Friday', body: body(lead), ...(published ? { published } : {}) };
}

test('an article alone with no date leaves its relative dates unresolved: never resolved against today', () => {
  const store = createStore({ type: 'memory' });
  ingestArticles([raw('a.jsonl#L1', 'Port Elan prepares for its new ferry terminal.')], { store, clock: systemClock });
  const [brief] = buildAllBriefs(store);
  assert.ok(brief);
  assert.equal(brief.articles[0]!.publishedInferred, undefined);
  const relative = brief.timeline.filter((t) => /Monday|Friday/.test(t.text));
  assert.ok(relative.length >= 2);
  for (const t of relative) {
    assert.equal(t.resolved, 'unresolved');
    assert.equal(t.date, undefined);
  }
  store.close();
});

test('with a dated story-mate, an undated article gets an inferred date and its days are labelled inferred', () => {
  const store = createStore({ type: 'memory' });
  ingestArticles(
    [
      raw('a.jsonl#L1', 'Port Elan prepares for its new ferry terminal.', '2024-03-13'),
      raw('a.jsonl#L2', 'Islanders welcome the Port Elan ferry terminal plan.'),
    ],
    { store, clock: systemClock },
  );
  const [brief] = buildAllBriefs(store);
  assert.ok(brief);
  assert.equal(brief.articles.length, 2);
  const undated = brief.articles.find((a) => a.published === undefined)!;
  assert.match(undated.publishedInferred ?? '', /^2024-03-\d\d$/);
  const friday = brief.timeline.find((t) => t.text.includes('Friday'));
  assert.equal(friday?.date, '2024-03-15', 'the coming Friday after Wednesday 13 March');
  // The dated article states it; the undated one only infers it.
  assert.equal(friday?.resolved, 'certain');
  assert.equal(friday?.articleIds.length, 2);
  store.close();
});
