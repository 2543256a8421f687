import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripBoilerplate } from '../../../src/stages/similarity/strip-boilerplate.js';
import { scorePairs, SIMILARITY_DEFAULTS } from '../../../src/stages/similarity/index.js';

const NOTICE = 'We use cookies to improve your experience on our website and to show you relevant offers.';

test('a word run shared by enough distinct texts is cut, the rest and the title line break stay', () => {
  const texts = [
    `Quake hits Chile\n${NOTICE} The earthquake struck near Valparaiso.`,
    `Storm floods Rotterdam\n${NOTICE} Dikes held overnight.`,
    `Election in Peru\n${NOTICE} Votes are being counted.`,
  ];
  const out = stripBoilerplate(texts, 8, 3);
  assert.deepEqual(out, ['Quake hits Chile\nThe earthquake struck near Valparaiso.', 'Storm floods Rotterdam\nDikes held overnight.', 'Election in Peru\nVotes are being counted.']);
  // Below the threshold of distinct texts nothing is cut.
  assert.deepEqual(stripBoilerplate(texts, 8, 4), texts);
});

test('identical texts count once, so two copies of one article keep their words', () => {
  const story = 'The central bank raised its key interest rate by half a point on Thursday to fight inflation.';
  assert.deepEqual(stripBoilerplate([story, story, story], 8, 2), [story, story, story]);
  assert.deepEqual(stripBoilerplate([story, story, `${story} More.`], 8, 2), ['', '', 'More.']);
});

test('scorePairs with boilerplate on: shared boilerplate no longer makes two unrelated articles one story', () => {
  const body = (s: string) => `${s} ${NOTICE} ${s}`;
  const pairs = [
    { id: 'a', text1: body('Volcano erupts in Iceland, lava reaches the town of Grindavik'), text2: body('Football club signs a young striker from Brazil for a record fee') },
    { id: 'b', text1: body('Parliament passes pension reform after a long night debate'), text2: body('Wildfire near Athens forces thousands to leave their homes') },
    { id: 'c', text1: body('Chess champion retires after losing the title match in Dubai'), text2: body('New vaccine approved for children under five by regulators') },
    { id: 'd', text1: body('Airline strike grounds hundreds of flights across Germany'), text2: body('Airline strike grounds hundreds of flights across Germany') },
  ];
  const scores = scorePairs(pairs, { ...scorePairsDefaults(), evidenceWords: 0, boilerplate: { shingle: 8, minTexts: 4 } });
  const off = scorePairs(pairs, { ...scorePairsDefaults(), evidenceWords: 0 });
  assert.equal(scorePairsDefaults().boilerplate.minTexts, 0, 'off by default: wire copies of one story share long runs too');
  assert.ok(scores[0].score < off[0].score, `${scores[0].score} < ${off[0].score}`);
  assert.ok(scores[3].score > scores[0].score);
});

test('scorePairs: a pair with a near-empty text is pulled towards the batch mean', () => {
  const long = (topic: string) => `${topic} ` + Array.from({ length: 30 }, (_, i) => `${topic}${String.fromCharCode(97 + (i % 26))}word${i}`).join(' ');
  const pairs = [
    { id: 'same', text1: long('harbour'), text2: long('harbour') },
    { id: 'other', text1: long('glacier'), text2: long('meadow') },
    { id: 'short', text1: 'Closed', text2: long('canyon') },
  ];
  const plain = scorePairs(pairs, { ...scorePairsDefaults(), evidenceWords: 0 });
  const shrunk = scorePairs(pairs, scorePairsDefaults());
  const mean = plain.reduce((a, b) => a + b.score, 0) / plain.length;
  assert.ok(plain[2].score < mean);
  assert.ok(shrunk[2].score > plain[2].score && shrunk[2].score <= mean + 1e-9);
});

function scorePairsDefaults() {
  return SIMILARITY_DEFAULTS;
}

test('scorePairs: Chinese bigrams count as half a word each for the evidence shrinkage', () => {
  // 101 distinct characters: 100 bigrams, about 50 words (below evidenceWords 80).
  const han = (from: number) => Array.from({ length: 101 }, (_, i) => String.fromCodePoint(0x4e00 + from + i * 3)).join('');
  // 100 distinct Latin words, distinct in their 5-letter stems (not shrunk).
  const latin = (topic: string) => Array.from({ length: 100 }, (_, i) => `${topic}${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ov`).join(' ');
  const pairs = [
    { id: 'zh', text1: han(0), text2: han(0) },
    { id: 'en', text1: latin('h'), text2: latin('h') },
    { id: 'mixed', text1: latin('g'), text2: latin('m') },
  ];
  const plain = scorePairs(pairs, { ...scorePairsDefaults(), evidenceWords: 0 });
  const shrunk = scorePairs(pairs, scorePairsDefaults());
  assert.equal(shrunk[1].score, plain[1].score);
  assert.equal(shrunk[2].score, plain[2].score);
  assert.ok(shrunk[0].score < plain[0].score, `${shrunk[0].score} < ${plain[0].score}`);
});
