import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameEntity } from '../../../src/stages/analyze/index.js';
import { editDistance, entityKey, MAX_FUZZY_KEY } from '../../../src/stages/analyze/names.js';
import { blockedPairs, blockKeyHash, blockNeighbours, blockPairCodes, sameEntityBlockHashes, sameEntityBlockKeys } from '../../../src/stages/compare/name-blocks.js';

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

test('blockPairCodes: the blocked pairs as numbers, ascending, each once, with string keys or their hashes', () => {
  const names = variants();
  const n = names.length;
  const pairs = blockedPairs(names, sameEntityBlockKeys).map(([i, j]) => i * n + j);
  assert.deepEqual([...blockPairCodes(names, sameEntityBlockKeys)], pairs);
  const hashed = [...blockPairCodes(names, sameEntityBlockHashes)];
  assert.deepEqual(hashed, [...new Set(hashed)].sort((a, b) => a - b), 'ascending, each once');
  const set = new Set(hashed);
  for (const p of pairs) assert.ok(set.has(p), `${names[Math.floor(p / n)]} / ${names[p % n]} missing`);
  for (const p of hashed) assert.ok(Math.floor(p / n) < p % n, 'the earlier name first');
});

test('blockPairCodes pairs only names that share a key', () => {
  const names = ['Joe Biden', 'Vladimir Putin', 'Biden', 'Putin', 'Kyiv'];
  assert.deepEqual([...blockPairCodes(names, sameEntityBlockHashes)], [0 * 5 + 2, 1 * 5 + 3]);
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

/**
 * blockPairCodes with hashed keys as first written: (key, name) packed in doubles and sorted, pairs sorted as
 * doubles; a key's probe (last bit 0) pairs with the key's other names (last bit 1), not with another probe.
 */
function packedPairCodes(names: readonly string[]): number[] {
  const n = names.length;
  const entries: number[] = [];
  names.forEach((name, j) => {
    for (const k of sameEntityBlockHashes(name)) entries.push((k >>> 0) * 2097152 + j);
  });
  const sorted = Float64Array.from(entries).sort();
  const keyOf = (x: number): number => Math.floor(sorted[x]! / 2097152);
  const pairs: number[] = [];
  for (let a = 0; a < sorted.length; ) {
    let b = a + 1;
    while (b < sorted.length && Math.floor(keyOf(b) / 2) === Math.floor(keyOf(a) / 2)) b++;
    for (let x = a; x < b; x++) {
      for (let y = x + 1; y < b; y++) {
        if (keyOf(x) % 2 === 0 && keyOf(y) % 2 === 0) continue;
        const i = sorted[x]! - keyOf(x) * 2097152;
        const j = sorted[y]! - keyOf(y) * 2097152;
        if (i !== j) pairs.push(Math.min(i, j) * n + Math.max(i, j));
      }
    }
    a = b;
  }
  return [...new Set(Float64Array.from(pairs).sort())];
}

test('blockPairCodes by hashes gives the pairs of the packed-double sort, on lists past the radix sort threshold', () => {
  // Replica spellings (a letter and "x" appended to a third of the words) of long names: hundreds of keys each.
  const names = variants();
  for (const b of [...names]) for (const s of ['ax', 'qx', 'zx']) names.push(b.replace(/(\p{L}{4,})/u, `$1${s}`));
  const unique = [...new Set(names)];
  let entries = 0;
  for (const name of unique) entries += sameEntityBlockHashes(name).length;
  assert.ok(entries > 20_000, `${entries} entries: too few for the radix path`);
  assert.deepEqual([...blockPairCodes(unique, sameEntityBlockHashes)], packedPairCodes(unique));
});

test('a name past the edit-distance rule gets a few keys, not the square of its length', () => {
  // A 300-letter run of capitalised menu words, as scraped pages carry in every copy of a story.
  const menu = Array.from({ length: 40 }, (_, i) => `MENUWORD${String.fromCharCode(65 + (i % 26))}`).join(' ');
  assert.ok(menu.length > 300);
  assert.ok(sameEntityBlockHashes(menu).length <= 20, `${sameEntityBlockHashes(menu).length} keys`);
  assert.ok(sameEntityBlockKeys(menu).length <= 20);
  // A 3,000-letter word as a surname (a run without spaces) gets no deletion keys either.
  const word = `President Z${'abcdefghij'.repeat(300)}`;
  assert.ok(sameEntityBlockHashes(word).length <= 10, `${sameEntityBlockHashes(word).length} keys`);
  // Names the rule still joins share a key: the exactness test above, with long names near the limit.
  const long = ['Organisation for Economic Co-operation and Development', 'Organisation for Economic Co-operation and Developmnt', 'Organisation for Economic Cooperation and Development', menu, `${menu}x`, `Anna Z${'abcdefghij'.repeat(3)}`, `Anna Z${'abcdefghij'.repeat(3)}x`, `Anna Z${'abcdefghij'.repeat(5)}`, `Anna Z${'abcdefghij'.repeat(5)}x`];
  const blocked = new Set(blockedPairs(long, sameEntityBlockKeys).map(([i, j]) => `${i}|${j}`));
  for (let i = 0; i < long.length; i++) for (let j = i + 1; j < long.length; j++) if (sameEntity(long[i]!, long[j]!)) assert.ok(blocked.has(`${i}|${j}`), `${long[i]} / ${long[j]}`);
});

/** A deterministic generator (mulberry32), so the property test below is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('property: long names up to two edits apart that sameEntity joins share a key (the pigeonhole pieces), whatever the edits', () => {
  const next = random(41);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const pick = (): string => letters[Math.floor(next() * letters.length)]!;
  let joined = 0;
  let fuzzy = 0;
  for (let round = 0; round < 400; round++) {
    // Words of 3–12 letters making a name of 14–66 letters: both sides of the 16- and 64-letter bounds.
    const words: string[] = [];
    const target = 14 + Math.floor(next() * 53);
    while (words.join(' ').length < target) words.push(Array.from({ length: 3 + Math.floor(next() * 10) }, pick).join(''));
    const base = words.join(' ');
    let edited = base;
    const edits = Math.floor(next() * 3);
    for (let e = 0; e < edits; e++) {
      // Letters only (a space changes the word count, which the rule compares): delete, insert or replace one.
      const at = Math.floor(next() * edited.length);
      if (edited[at] === ' ') continue;
      const kind = next();
      edited = kind < 1 / 3 ? edited.slice(0, at) + edited.slice(at + 1) : kind < 2 / 3 ? edited.slice(0, at) + pick() + edited.slice(at) : edited.slice(0, at) + pick() + edited.slice(at + 1);
    }
    const a = `Q${base}`;
    const b = `Q${edited}`;
    if (a === b || !sameEntity(a, b)) continue;
    joined++;
    // Joined by the edit-distance rule of long names: the keys of that rule alone (pieces, probes, deletions) pair them.
    const [ka0, kb0] = [entityKey(a), entityKey(b)];
    const long = Math.min(ka0.length, kb0.length);
    if (long >= 10 && Math.max(ka0.length, kb0.length) <= MAX_FUZZY_KEY && editDistance(ka0, kb0, 2) <= (long >= 16 ? 2 : 1)) {
      fuzzy++;
      const only = (name: string): string[] => sameEntityBlockKeys(name).filter((k) => /^~?[pe]\d/u.test(k));
      assert.equal(blockedPairs([a, b], only).length, 1, `${a} / ${b}: no fuzzy key shared`);
    }
    const ka = new Set(sameEntityBlockHashes(a));
    const hb = sameEntityBlockHashes(b);
    assert.equal(blockPairCodes([a, b], sameEntityBlockHashes).length, 1, `${a} / ${b} share no key`);
    assert.ok(hb.some((h) => ka.has(h) || ka.has(h ^ 1)), `${a} / ${b}`);
    assert.equal(blockedPairs([a, b], sameEntityBlockKeys).length, 1, `${a} / ${b} share no key string`);
  }
  assert.ok(joined > 150 && fuzzy > 150, `only ${joined} joined pairs, ${fuzzy} by the edit distance`);
});

test('a probe pairs with the piece it looks for, not with another probe', () => {
  // Two different names give the same probe when they hold the same letters where a piece could have moved: no pair.
  const keys = (name: string): string[] => (name === 'one' ? ['~x'] : name === 'two' ? ['~x'] : ['x']);
  assert.deepEqual(blockedPairs(['one', 'two'], keys), []);
  assert.deepEqual(blockedPairs(['one', 'two', 'three'], keys), [[0, 2], [1, 2]]);
  const hashes = (name: string): Int32Array => Int32Array.from(keys(name).map(blockKeyHash)).sort();
  assert.deepEqual([...blockPairCodes(['one', 'two'], hashes)], []);
  assert.deepEqual([...blockPairCodes(['one', 'two', 'three'], hashes)], [0 * 3 + 2, 1 * 3 + 2]);
});
