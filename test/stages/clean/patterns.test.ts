import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BOILERPLATE_PATTERNS, matchBoilerplate } from '../../../src/stages/clean/patterns.js';

test('each family removes variants, with its reason', () => {
  const cases: [string, string][] = [
    ['Article continues after this advertisement', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Skip to main content', 'navigation'],
    ['Share on Facebook', 'navigation'],
    ['FEATURED STORIES', 'site-template'],
    ['You may also like', 'site-template'],
    ['Your subscription could not be saved. Please try again.', 'newsletter'],
    ['Sign up for our daily newsletter', 'newsletter'],
    ['Subscribe to our newsletter!', 'newsletter'],
    ['By providing an email address. I agree to the Terms of Use.', 'newsletter'],
    ['We use cookies to enhance your experience.', 'cookie-notice'],
    ['This website uses cookies to improve your experience.', 'cookie-notice'],
    ['© Copyright 1997-2024 INQUIRER.net | All Rights Reserved', 'copyright'],
    ['Copyright 2023 Example Media. All rights reserved.', 'copyright'],
    ['TAGS:', 'tags'],
    ['Tags: Russia, Ukraine', 'tags'],
    ['No tags found for this post.', 'tags'],
    ['News code : ۱۱۶۵۳۸۱', 'news-code'],
    ['News ID: 48213', 'news-code'],
    ['END', 'end-marker'],
    ['endNewsMessage1', 'end-marker'],
    ['Comments', 'comments'],
    ['12 Comments', 'comments'],
    ['Leave a comment', 'comments'],
    ['This is an information message', 'site-template'],
    ['ATM', 'site-template'],
  ];
  for (const [line, reason] of cases) assert.equal(matchBoilerplate(line)?.reason, reason, line);
});

test('machine-translation disclaimers are flagged in general wording', () => {
  for (const line of [
    'Not all news on the site expresses the point of view of the site, but we transmit this news automatically and translate it through programmatic technology on the site and not from a human editor.',
    'This article was translated automatically from German.',
    'Note: this story was machine-translated and may contain errors.',
  ]) {
    const rule = matchBoilerplate(line);
    assert.equal(rule?.reason, 'disclaimer', line);
    assert.equal(rule?.machineTranslation, true, line);
  }
});

test('real sentences that share words with boilerplate are kept', () => {
  for (const line of [
    'The company said its machine translation service now covers 40 languages.',
    'We use cookies as an example of how tracking works, the regulator said in a statement that ran to several pages and cited dozens of cases.'.repeat(4),
    'The end of the war is not in sight, officials said.',
    'Comments by the minister drew criticism.',
    'Advertisement revenue fell 10 percent.',
    'NATO allies met in Brussels.',
    'Home prices rose again in November.',
  ]) assert.equal(matchBoilerplate(line), undefined, line);
});

test('every rule carries a reason and an explanation, and the list is frozen', () => {
  assert.ok(Object.isFrozen(BOILERPLATE_PATTERNS));
  for (const rule of BOILERPLATE_PATTERNS) {
    assert.ok(rule.why.length > 5);
    assert.ok(rule.reason.length > 0);
  }
});

test('custom pattern lists replace the defaults', () => {
  const mine = [{ pattern: /^Sponsored by/, reason: 'advertisement' as const, why: 'sponsor line' }];
  assert.equal(matchBoilerplate('Sponsored by Acme', mine)?.reason, 'advertisement');
  assert.equal(matchBoilerplate('ATM', mine), undefined);
});
