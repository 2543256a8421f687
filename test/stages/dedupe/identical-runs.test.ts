import { test } from 'node:test';
import assert from 'node:assert/strict';
import { identicalRuns, type WordRun } from '../../../src/stages/dedupe/identical-runs.js';
import { alignSentences, sentenceTerms } from '../../../src/stages/dedupe/sentence-align.js';
import { splitSentences } from '../../../src/stages/dedupe/sentence-split.js';
import { tokenizeWords } from '../../../src/stages/dedupe/text-tokens.js';

/** The definition, by brute force: scan `a`, take the longest run at each position (earliest `j` on ties), jump past it. */
function reference(a: readonly string[], b: readonly string[], k: number): WordRun[] {
  const runs: WordRun[] = [];
  for (let i = 0; i + k <= a.length; ) {
    let best = { j: -1, length: 0 };
    for (let j = 0; j + k <= b.length; j++) {
      let len = 0;
      while (i + len < a.length && j + len < b.length && a[i + len] === b[j + len]) len++;
      if (len >= k && len > best.length) best = { j, length: len };
    }
    if (best.length === 0) i++;
    else {
      runs.push({ i, j: best.j, length: best.length });
      i += best.length;
    }
  }
  return runs;
}

function randomWords(seed: number, n: number, alphabet: number): string[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return `w${(x >>> 16) % alphabet}`;
  });
}

test('identical runs match the brute-force definition, whatever order texts are compared in', () => {
  const texts = Array.from({ length: 8 }, (_, s) => randomWords(s + 1, 300, 3));
  // Copies with edits, so long runs exist.
  texts.push([...texts[0]!.slice(40, 200), 'x', ...texts[0]!.slice(200)], [...texts[1]!.slice(0, 120), ...texts[0]!.slice(0, 90)]);
  for (const k of [3, 4, 8]) {
    for (let i = 0; i < texts.length; i++) {
      for (let j = 0; j < texts.length; j++) {
        if (i !== j) assert.deepEqual(identicalRuns(texts[i]!, texts[j]!, k), reference(texts[i]!, texts[j]!, k), `texts ${i}, ${j}, k ${k}`);
      }
    }
  }
});

test('a sentence alignment does not depend on which other texts were aligned before', () => {
  const prep = (text: string) => {
    const tokens = tokenizeWords(text);
    return sentenceTerms(tokens, splitSentences(text, tokens));
  };
  const texts = [
    'Russian troops massed near the border of Ukraine on Monday. The White House said the talks would be long. Putin spoke with Biden by video.',
    'The White House stated the talks will be long. Russian troops gathered near Ukraine border on Monday, officials said. Biden spoke with Putin by video link.',
    'Kremlin spokesman Dmitry Peskov said the presidents will decide themselves how long the talks last. Troops massed near the Ukraine border.',
  ];
  const params = { minCosine: 0.3, minSharedTerms: 2 };
  const fresh = (i: number, j: number) => alignSentences(prep(texts[i]!), prep(texts[j]!), params);
  const shared = texts.map(prep);
  for (const [i, j] of [[0, 1], [0, 2], [1, 2], [2, 0], [1, 0]] as const) assert.deepEqual(alignSentences(shared[i]!, shared[j]!, params), fresh(i, j));
  assert.ok(fresh(0, 1).length >= 2);
});
