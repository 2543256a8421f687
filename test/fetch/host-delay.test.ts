import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHostDelay } from '../../src/fetch/host-delay.js';

test('waits only for what is left of the gap, per host, and reserves slots for concurrent callers', async () => {
  let t = 0;
  const sleeps: number[] = [];
  const d = createHostDelay({ delayMs: 1000, now: () => t, sleep: async (ms) => { sleeps.push(ms); } });
  await d.wait('a.example');
  t = 400;
  await d.wait('a.example'); // 600 ms left of the gap
  await d.wait('b.example'); // another host: no wait
  await Promise.all([d.wait('c.example'), d.wait('c.example'), d.wait('c.example')]);
  assert.deepEqual(sleeps, [600, 1000, 2000]);
  await d.wait('b.example', 5000); // a Crawl-delay raises the gap since the last request
  await d.wait('b.example');
  assert.deepEqual(sleeps.slice(3), [5000, 6000]); // 400 + 5000, then 5400 + 1000, seen from t = 400
});
