import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRobots, robotsVerdict } from '../../src/fetch/robots.js';

const TXT = `# comment
User-agent: googlebot
User-agent: *
Disallow: /private
Allow: /private/press
Disallow: /*.pdf$
Crawl-delay: 2

User-agent: otherbot
Disallow: /
`;

test('longest match wins, Allow wins ties, wildcards and $ anchors', () => {
  const g = parseRobots(TXT);
  const v = (p: string) => robotsVerdict(g, 'parallax', p).allowed;
  assert.equal(v('/news/1.html'), true);
  assert.equal(v('/private/x'), false);
  assert.equal(v('/private/press/release'), true);
  assert.equal(v('/files/a.pdf'), false);
  assert.equal(v('/files/a.pdf?x=1'), true);
  assert.equal(robotsVerdict(g, 'parallax', '/').crawlDelayMs, 2000);
  assert.equal(robotsVerdict(parseRobots('User-agent: *\nDisallow: /a\nAllow: /a'), 'parallax', '/a').allowed, true);
});

test('a group naming us replaces *; an empty Disallow allows all; no rules allow all', () => {
  const g = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: PARALLAX\nDisallow:\n');
  assert.equal(robotsVerdict(g, 'parallax', '/anything').allowed, true);
  assert.equal(robotsVerdict(g, 'otherbot', '/anything').allowed, false);
  assert.equal(robotsVerdict([], 'parallax', '/x').allowed, true);
  assert.match(robotsVerdict(g, 'otherbot', '/x').message!, /Disallow: \//);
});
