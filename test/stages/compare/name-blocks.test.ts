import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameEntity } from '../../../src/stages/analyze/index.js';
import { blockedPairs, blockKeyHash, blockNeighbours, sameEntityBlockHashes, sameEntityBlockKeys, unionBlocked } from '../../../src/stages/compare/name-blocks.js';
import { UnionFind } from '../../../src/stages/compare/union-find.js';

/** Spellings as outlets and translations produce them: titles, initials, transliterations, typos, dropped letters. */
function variants(): string[] {
  const bases = ['Joe Biden', 'Hunter Biden', 'Vladimir Putin', 'Dmitry Peskov', 'Volodymyr Zelenskyy', 'Antony Blinken', 'Jake Sullivan', 'Sergei Lavrov', 'European Commission', 'North Atlantic Treaty Organization', 'Kyiv', 'Washington', 'Jen Psaki', 'Alexander Lukashenko', 'Olaf Scholz', 'Emmanuel Macron', 'Boris Johnson', 'Mikhail Gorbachev'];
  const out = new Set<string>();
  for (const b of bases) {
    const ws = b.split(' ');
    out.add(b);
    out.add(ws[ws.length - 1]!);
    out.add(`President ${b}`);
    if (ws.length > 1) out.add(`${ws[0]![0]}. ${ws.slice(1).join(' ')}`);
    for (let i = 1; i < b.length; i += 3) {
      out.add(b.slice(0, i) + b.slice(i + 1)); // a letter dropped
      out.add(b.slice(0, i) + 'x' + b.slice(i + 1)); // a letter replaced
      out.add(b.slice(0, i) + b[i] + b.slice(i)); // a letter doubled
    }
    out.add(b.replace(/y/g, 'i').replace(/th/g, 't'));
    out.add(`${b.slice(0, 2)}zz${b.slice(4)}`); // two edits
  }
  return [...out];
}

test('every pair of names sameEntity joins shares a block key', () => {
  const names = variants();
  const blocked = new Set(blockedPairs(names, sameEntityBlockKeys).map(([i, j]) => `${i}|${j}`));
  let joined = 0;
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      if (!sameEntity(names[i]!, names[j]!) && !sameEntity(names[j]!, names[i]!)) continue;
      joined++;
      assert.ok(blocked.has(`${i}|${j}`), `${names[i]} / ${names[j]} are one entity but share no block key`);
    }
  }
  assert.ok(joined > 100, `only ${joined} joined pairs: the variants test too little`);
  // Blocking is only useful when it leaves most pairs out.
  assert.ok(blocked.size < (names.length * (names.length - 1)) / 8, `${blocked.size} blocked pairs of ${names.length} names`);
});

test('unionBlocked gives the groups of testing every blocked pair, with fewer tests', () => {
  const names = variants();
  const all = new UnionFind(names.length);
  let allTests = 0;
  for (const [i, j] of blockedPairs(names, sameEntityBlockKeys)) {
    allTests++;
    if (sameEntity(names[i]!, names[j]!)) all.union(i, j);
  }
  const some = new UnionFind(names.length);
  let tests = 0;
  const asked = new Set<string>();
  unionBlocked(names, sameEntityBlockKeys, some, (i, j) => {
    tests++;
    assert.ok(i < j, 'the earlier name first, as blockedPairs gives them');
    assert.ok(!asked.has(`${i}|${j}`), 'each pair tested once');
    asked.add(`${i}|${j}`);
    return sameEntity(names[i]!, names[j]!);
  });
  assert.deepEqual(some.groups(), all.groups());
  assert.ok(all.groups().length < names.length / 3, 'the variants join into few groups');
  assert.ok(tests < allTests / 2, `${tests} tests against ${allTests}`);
});

test('unionBlocked tests only names that share a key', () => {
  const names = ['Joe Biden', 'Vladimir Putin', 'Biden', 'Putin', 'Kyiv'];
  const uf = new UnionFind(names.length);
  const asked: string[] = [];
  unionBlocked(names, sameEntityBlockKeys, uf, (i, j) => {
    asked.push(`${names[i]}|${names[j]}`);
    return sameEntity(names[i]!, names[j]!);
  });
  assert.deepEqual(asked.sort(), ['Joe Biden|Biden', 'Vladimir Putin|Putin']);
  assert.deepEqual(uf.groups(), [[0, 2], [1, 3], [4]]);
});

test('sameEntityBlockHashes holds the hash of every key sameEntityBlockKeys gives, each once', () => {
  for (const name of [...variants(), 'Rail Accident Investigation Branch', 'Railwx Accident Investigationx Branchjx', 'Zoë Ünal-Şahin', '習近平', 'X', '']) {
    const hashes = sameEntityBlockHashes(name);
    const set = new Set(hashes);
    assert.equal(set.size, hashes.length, `${name}: a hash twice`);
    for (const key of sameEntityBlockKeys(name)) assert.ok(set.has(blockKeyHash(key)), `${name}: no hash of ${key}`);
    // Not many more than the keys: a deletion met twice (a doubled letter) is one key and one hash.
    assert.ok(hashes.length <= sameEntityBlockKeys(name).length, name);
  }
});

test('speakers blocked by hashes group as by key strings', () => {
  const names = variants();
  const byStrings = new UnionFind(names.length);
  unionBlocked(names, sameEntityBlockKeys, byStrings, (i, j) => sameEntity(names[i]!, names[j]!));
  const byHashes = new UnionFind(names.length);
  unionBlocked(names, sameEntityBlockHashes, byHashes, (i, j) => sameEntity(names[i]!, names[j]!));
  assert.deepEqual(byHashes.groups(), byStrings.groups());
});

test('blockNeighbours by hashes holds every neighbour by key strings, ascending, each once', () => {
  const names = variants();
  const byStrings = blockNeighbours(names, sameEntityBlockKeys);
  const byHashes = blockNeighbours(names, sameEntityBlockHashes);
  byStrings.forEach((list, i) => {
    const mine = byHashes[i]!;
    assert.deepEqual([...mine].sort((a, b) => a - b), mine, 'ascending');
    assert.equal(new Set(mine).size, mine.length, 'each once');
    assert.ok(!mine.includes(i), 'not itself');
    for (const j of list) assert.ok(mine.includes(j), `${names[i]}: ${names[j]} missing`);
  });
});
