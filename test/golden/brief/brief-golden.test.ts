/**
 * The JSON brief's wire format, byte for byte, on the hand-built fixtures
 * (which the compare stage does not touch): a change here is a change of
 * the API. Regenerate with `node --import tsx scripts/regen-golden-brief.ts`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderJson } from '../../../src/stages/brief/index.js';
import { singleArticleBrief, storyBrief } from '../../fixtures/brief/story-brief.js';

for (const [name, brief] of [['story-brief', storyBrief], ['single-article-brief', singleArticleBrief]] as const) {
  test(`${name}: the JSON brief is the golden file`, () => {
    assert.equal(renderJson(brief), readFileSync(new URL(`./${name}.json`, import.meta.url), 'utf8'));
  });
}
