import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTemplateState, loadTemplateState, observeTemplateLines, outletOf, serializeTemplateState, templateKey, templateMatcher } from '../../../src/stages/clean/template-lines.js';

test('a line becomes template once the outlet has 5 articles and the line is in 3 and 30 % of them', () => {
  let s = createTemplateState();
  const footer = 'More from the Daily Planet';
  for (let i = 0; i < 4; i++) s = observeTemplateLines(s, 'planet', [footer, `story ${i}`]);
  assert.equal(templateMatcher(s, 'planet')(footer), false, 'four articles teach nothing yet');
  s = observeTemplateLines(s, 'planet', [footer, 'story 4']);
  assert.equal(templateMatcher(s, 'planet')(footer), true);
  assert.equal(templateMatcher(s, 'planet')('More from the DAILY  planet'), true, 'case and spacing do not matter');
  assert.equal(templateMatcher(s, 'other')(footer), false, 'learned per outlet');
  // Digits are one key: 'story 0' … 'story 4' are in all five articles too.
  assert.equal(templateKey('Story 12'), 'story 00');
  // A line in 2 of 10 articles is below the share and the count.
  for (let i = 0; i < 5; i++) s = observeTemplateLines(s, 'planet', [i < 1 ? 'Rare line' : 'x']);
  s = observeTemplateLines(s, 'planet', ['Rare line']);
  assert.equal(templateMatcher(s, 'planet')('Rare line'), false);
});

test('the state round-trips through JSON; another version starts fresh', () => {
  let s = createTemplateState();
  for (let i = 0; i < 6; i++) s = observeTemplateLines(s, 'planet', ['Sign up for the Planet briefing']);
  const back = loadTemplateState(serializeTemplateState(s));
  assert.deepEqual(back, s);
  assert.equal(templateMatcher(back, 'planet')('Sign up for the Planet briefing'), true);
  assert.deepEqual(loadTemplateState('{"version":99,"outlets":{},"lines":{}}'), createTemplateState());
});

test('the outlet is the site name, else the URL host, else the title suffix', () => {
  assert.equal(outletOf({ format: 'html', body: 'x', source: 'The Daily Planet' }), 'the daily planet');
  assert.equal(outletOf({ format: 'html', body: 'x', url: 'https://www.planet.example/a/b' }), 'planet.example');
  assert.equal(outletOf({ format: 'txt', body: 'Bridge reopens after repairs - The Daily Planet\n\nText.' }), 'the daily planet');
  assert.equal(outletOf({ format: 'txt', body: 'Bridge reopens after repairs\n\nText.' }), undefined);
});
