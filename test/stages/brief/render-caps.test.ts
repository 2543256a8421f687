import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryBrief } from '../../../src/core/brief.js';
import { renderMarkdown } from '../../../src/stages/brief/index.js';
import { storyBrief } from '../../fixtures/brief/story-brief.js';

test('a remark carried by many copies writes out eight renderings and cites the rest on one line', () => {
  const base = storyBrief.quotes[0]!;
  const copies = Array.from({ length: 12 }, (_, i) => ({ ...base, id: `q_copy_${i}`, articleId: storyBrief.articles[i % storyBrief.articles.length]!.id }));
  const brief: StoryBrief = { ...storyBrief, quotes: copies, speakers: [{ speaker: base.speaker, remarks: [copies] }] };
  const md = renderMarkdown(brief);
  const section = md.slice(md.indexOf('## Who said what'));
  assert.equal(section.match(/^ {2}- as rendered by /gm)?.length, 8);
  const more = section.match(/^ {2}- and (\d+) more renderings: (.*)$/m);
  assert.ok(more, 'the remaining renderings are cited');
  assert.equal(Number(more[1]), 3);
  assert.equal(more[2]!.match(/\[\d+\]/g)?.length, 3);
});

test('a remark with few renderings writes them all out', () => {
  const md = renderMarkdown(storyBrief);
  assert.doesNotMatch(md, /more renderings/);
  assert.match(md, /as rendered by/);
});
