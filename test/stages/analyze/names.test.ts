import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, entityKey, MAX_FUZZY_KEY, MAX_FUZZY_WORD, sameEntity } from '../../../src/stages/analyze/names.js';

test('entityKey folds case, diacritics and transliteration variants', () => {
  assert.equal(entityKey('Zelenskyy'), entityKey('Zelensky'));
  assert.equal(entityKey('Zelenskiy'), entityKey('Zelensky'));
  assert.equal(entityKey('Kiev'), 'kiv');
  assert.equal(entityKey('Kyiv'), entityKey('Kiev'));
  assert.equal(entityKey('Anthony Blinken'), entityKey('Antony Blinken'));
  assert.equal(entityKey('Oleksiy Reznikov'), entityKey('Oleksii Reznikov'));
  assert.equal(entityKey('Sergey Lavrov'), entityKey('Sergei Lavrov'));
  assert.equal(entityKey('Émmanuel Macron'), entityKey('emmanuel macron'));
  assert.equal(entityKey('U.S.'), entityKey('United States'));
  assert.equal(entityKey('President Putin'), entityKey('Putin'));
  assert.notEqual(entityKey('Russia'), entityKey('Prussia'));
});

test('sameEntity: spelling variants and surname against full name', () => {
  assert.ok(sameEntity('Zelenskyy', 'Zelensky'));
  assert.ok(sameEntity('Volodymyr Zelenskyy', 'Zelensky'));
  assert.ok(sameEntity('Kiev', 'Kyiv'));
  assert.ok(sameEntity('Antony Blinken', 'Anthony Blinken'));
  assert.ok(sameEntity('Peskov', 'Dmitry Peskov'));
  assert.ok(sameEntity('President Biden', 'Joe Biden'));
  assert.ok(sameEntity('J. Biden', 'Joe Biden'));
});

test('sameEntity: different people and places stay apart', () => {
  assert.ok(!sameEntity('Joe Biden', 'Hunter Biden'));
  assert.ok(!sameEntity('Vladimir Putin', 'Dmitry Peskov'));
  assert.ok(!sameEntity('Austria', 'Australia'));
  assert.ok(!sameEntity('Russia', 'Ukraine'));
  assert.ok(!sameEntity('', 'Biden'));
});

// The bounded Levenshtein distance as it was written with a fresh array per row and every cell of it: editDistance
// reuses two rows and computes only the band within `max` of the diagonal, and says `max + 1` for any distance above.
function referenceDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

test('editDistance equals the per-row reference, short and long names in any order', () => {
  let seed = 7;
  const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
  const word = (len: number): string => Array.from({ length: len }, () => 'abcdeé’'[rand(7)]).join('');
  const cases: [string, string][] = [['zelensky', 'zelenskyy'], ['peskov', 'peskow'], ['', ''], ['a', ''], ['kitten', 'sitting']];
  for (let k = 0; k < 400; k++) {
    const a = word(k % 50 === 0 ? 100 + rand(200) : rand(14));
    let b = a;
    for (let e = rand(4); e > 0; e--) {
      const at = rand(b.length + 1);
      b = rand(2) === 0 ? b.slice(0, at) + word(1) + b.slice(at) : b.slice(0, at) + b.slice(at + 1);
    }
    cases.push([a, b], [word(rand(14)), word(rand(14))]);
  }
  for (const [a, b] of cases) for (const max of [0, 1, 2, 3]) assert.equal(editDistance(a, b, max), Math.min(referenceDistance(a, b, max), max + 1), `${a} / ${b} / ${max}`);
});

test('sameEntity: the edit-distance rule stops at MAX_FUZZY_KEY characters (longer runs are page furniture, not names)', () => {
  const name = 'Organisation for Economic Co-operation and Development';
  assert.ok(entityKey(name).length <= MAX_FUZZY_KEY);
  assert.equal(sameEntity(name, 'Organisation for Economic Co-operation and Developmnt'), true);
  const menu = 'CSAT Test Series CULTURE CURRENT AFFAIRS CURRENT EVENTS DAILY ANSWER WRITING DAILY DISCUSSIONS';
  assert.ok(entityKey(menu).length > MAX_FUZZY_KEY);
  assert.equal(sameEntity(menu, menu.replace('CSAT', 'CSATkx')), false);
  // Equal keys and the surname rules still hold at any length.
  assert.equal(sameEntity(menu, menu.toLowerCase()), true);
});

test('sameEntity: surnames one edit apart up to MAX_FUZZY_WORD characters; a longer run without spaces only when equal', () => {
  assert.equal(sameEntity('Dmitry Peskov', 'Dmitri Peskow'), true);
  // Past both limits: the surname's (one edit) and the whole key's (two edits).
  const long = `Z${'abcdefghij'.repeat(7)}`;
  assert.ok(long.length > MAX_FUZZY_WORD);
  assert.equal(sameEntity(`Anna ${long}`, `Anna ${long}x`), false);
  assert.equal(sameEntity(`Anna ${long}`, `A. ${long}`), true);
  const edge = `Z${'abcdefghij'.repeat(3)}`;
  assert.ok(edge.length <= MAX_FUZZY_WORD);
  assert.equal(sameEntity(`Anna ${edge}`, `Anna ${edge}x`), true);
});

test('a double surname alone is the whole name\'s surname; its first part alone is not', () => {
  assert.equal(sameEntity('Kramp-Karrenbauer', 'Annegret Kramp-Karrenbauer'), true);
  assert.equal(sameEntity('Ocasio-Cortez', 'Alexandria Ocasio-Cortez'), true);
  assert.equal(sameEntity('Walter', 'Norbert Walter-Borjans'), false);
  assert.equal(sameEntity('Hans Kramp-Karrenbauer', 'Annegret Kramp-Karrenbauer'), false);
});
