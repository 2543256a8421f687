import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRobots, robotsVerdict } from '../../src/fetch/robots.js';

test('a robots.txt of 300,000 groups with crawl delays gives a verdict, not a stack overflow', () => {
  const text = Array.from({ length: 300_000 }, (_, i) => `User-agent: *\nCrawl-delay: ${1 + (i % 7)}\nDisallow: /private${i}`).join('\n\n');
  const v = robotsVerdict(parseRobots(text), 'parallax', '/news/a.html');
  assert.equal(v.allowed, true);
  assert.equal(v.crawlDelayMs, 7000);
});
