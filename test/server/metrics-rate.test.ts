/**
 * Metrics.recentRate: requests answered in the last whole second or the
 * current one so far, whichever is larger; nothing after a quiet second.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Metrics } from '../../src/server/metrics.js';

test('the recent request rate follows the last two whole seconds', () => {
  let now = 10_000;
  const m = new Metrics(() => now);
  assert.equal(m.recentRate(), 0);
  for (let i = 0; i < 7; i++) m.request('GET', '/api/v1/stories', 200, 0.001);
  assert.equal(m.recentRate(), 7, 'the current second so far');
  now += 1000;
  m.request('GET', '/api/v1/stories', 200, 0.001);
  assert.equal(m.recentRate(), 7, 'the previous whole second while the current one has fewer');
  now += 1000;
  assert.equal(m.recentRate(), 1);
  now += 2500;
  assert.equal(m.recentRate(), 0, 'a quiet second forgets what came before');
});
