import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCredits } from '../../../src/stages/provenance/credits.js';

test('findCredits: none, one, and several sorted by name, whatever order the texts give them in', () => {
  assert.deepEqual(findCredits('The council met on Tuesday and voted.', []), []);
  assert.deepEqual(findCredits('MOSCOW (Reuters) - The Kremlin said it would talk.', []), [{ name: 'reuters', how: 'wire' }]);
  const several = findCredits('WASHINGTON (AP) — The Senate voted, according to Xinhua.\n\nThis article originally appeared on Bloomberg.', ['Reuters contributed to this report']);
  assert.deepEqual(
    several.map((c) => c.name),
    [...several.map((c) => c.name)].sort((a, b) => a.localeCompare(b)),
  );
  assert.deepEqual(several, [
    { name: 'associated press', how: 'wire' },
    { name: 'bloomberg', how: 'wire' },
    { name: 'reuters', how: 'wire' },
    { name: 'xinhua', how: 'cites' },
  ]);
  // Asked again (the memo) after an uncredited text: the same credits.
  findCredits('Nothing credited here.', []);
  assert.deepEqual(findCredits('WASHINGTON (AP) — The Senate voted, according to Xinhua.\n\nThis article originally appeared on Bloomberg.', ['Reuters contributed to this report']), several);
});
