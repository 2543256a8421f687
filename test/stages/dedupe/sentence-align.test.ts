import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignSentences, clearTermNumbering, sentenceTerms, type SentencePair, type SentenceTerms } from '../../../src/stages/dedupe/sentence-align.js';
import { splitSentences, type TokenSentence } from '../../../src/stages/dedupe/sentence-split.js';
import { isNumberToken, isStopWord, lightStem, tokenizeWords, type WordTokens } from '../../../src/stages/dedupe/text-tokens.js';

/** A sentence's terms as first written: a Map per sentence, term → its highest boost, in order of first occurrence. */
type MapTerms = { readonly terms: ReadonlyMap<string, number> };

function referenceTerms(tokens: WordTokens, sentences: readonly TokenSentence[]): MapTerms[] {
  return sentences.map((s) => {
    const terms = new Map<string, number>();
    for (let t = s.firstToken; t < s.endToken; t++) {
      const w = tokens.words[t]!;
      const term = isStopWord(w) || (w.length < 2 && !isNumberToken(w)) ? null : isNumberToken(w) ? w.replace(/,/g, '') : lightStem(w);
      if (term === null) continue;
      const boost = isNumberToken(w) ? 2 : tokens.capitalised[t] && t > s.firstToken ? 1.5 : 1;
      terms.set(term, Math.max(terms.get(term) ?? 0, boost));
    }
    return { terms };
  });
}

/** The flat sentence terms read back as a Map per sentence (entries in their stored order). */
function asMaps(st: SentenceTerms): MapTerms[] {
  const out: MapTerms[] = [];
  for (let s = 0; s < st.count; s++) {
    const terms = new Map<string, number>();
    for (let k = st.start[s]!; k < st.start[s + 1]!; k++) terms.set(st.terms[st.ids[k]!]!, st.boosts[k]!);
    out.push({ terms });
  }
  return out;
}

/**
 * The alignment as first written: each pair's vocabulary joined by string
 * look-ups, IDF and norms computed per term, a pair object per passing score.
 * The optimised one (process-wide term numbers, cached logarithms, reused
 * arrays) must give the same pairs and the same scores to the last bit.
 */
function reference(a: readonly MapTerms[], b: readonly MapTerms[], minCosine: number, minSharedTerms: number): SentencePair[] {
  const n = a.length + b.length;
  const df = new Map<string, number>();
  for (const s of [...a, ...b]) for (const t of s.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string): number => Math.log(1 + n / df.get(t)!);
  const norm = (s: MapTerms): number => {
    let sum = 0;
    for (const [t, boost] of s.terms) sum += (boost * idf(t)) ** 2;
    return Math.sqrt(sum);
  };
  const bestOfA: (SentencePair | undefined)[] = new Array(a.length).fill(undefined);
  const bestOfB: (SentencePair | undefined)[] = new Array(b.length).fill(undefined);
  for (let i = 0; i < a.length; i++) {
    const na = norm(a[i]!);
    if (na === 0) continue;
    // Sentences of b in first-touch order (by a's term order, then b's sentence order), as the postings give them.
    const dot = new Map<number, number>();
    const shared = new Map<number, number>();
    for (const [t, boost] of a[i]!.terms) {
      for (let j = 0; j < b.length; j++) {
        const bb = b[j]!.terms.get(t);
        if (bb === undefined) continue;
        dot.set(j, (dot.get(j) ?? 0) + boost * idf(t) * (bb * idf(t)));
        shared.set(j, (shared.get(j) ?? 0) + 1);
      }
    }
    for (const [j, d] of dot) {
      const nb = norm(b[j]!);
      if (shared.get(j)! < minSharedTerms || nb === 0) continue;
      const score = d / (na * nb);
      if (score < minCosine) continue;
      const pair = { i, j, score };
      if (!bestOfA[i] || score > bestOfA[i]!.score) bestOfA[i] = pair;
      if (!bestOfB[j] || score > bestOfB[j]!.score) bestOfB[j] = pair;
    }
  }
  const seen = new Set<SentencePair>();
  for (const p of [...bestOfA, ...bestOfB]) if (p) seen.add(p);
  return [...seen].sort((x, y) => x.i - y.i || x.j - y.j);
}

function randomText(seed: number, sentences: number): string {
  let x = seed;
  const next = (m: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % m;
  };
  const words = ['troops', 'border', 'talks', 'border', 'video', 'call', 'president', 'minister', 'said', 'would', 'sanctions', 'gas', 'pipeline', 'agreed', 'warned'];
  const names = ['Biden', 'Putin', 'Kyiv', 'Moscow', 'Peskov', 'Sullivan'];
  const out: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const w: string[] = [];
    const len = 4 + next(14);
    for (let k = 0; k < len; k++) {
      const r = next(10);
      w.push(r < 6 ? words[next(words.length)]! : r < 8 ? names[next(names.length)]! : r < 9 ? String(next(50)) : `${String(next(9) + 1)},${String(100 + next(900))}`);
    }
    out.push(`${w[0]![0]!.toUpperCase()}${w[0]!.slice(1)} ${w.slice(1).join(' ')}.`);
  }
  return out.join(' ');
}

interface Both {
  readonly flat: SentenceTerms;
  readonly maps: MapTerms[];
}

/** A text's sentence terms, and the same as Maps; checked equal to the per-sentence Maps first written, order included. */
function termsOf(text: string): Both {
  const tokens = tokenizeWords(text);
  const sentences = splitSentences(text, tokens);
  const flat = sentenceTerms(tokens, sentences);
  const maps = referenceTerms(tokens, sentences);
  assert.equal(flat.count, sentences.length);
  assert.deepEqual(asMaps(flat).map((m) => [...m.terms]), maps.map((m) => [...m.terms]));
  // The text's terms in order of first occurrence, each with its count of sentences.
  const order = [...new Set(maps.flatMap((m) => [...m.terms.keys()]))];
  assert.deepEqual(flat.terms, order);
  assert.deepEqual([...flat.df], order.map((t) => maps.filter((m) => m.terms.has(t)).length));
  return { flat, maps };
}

test('sentence terms equal the per-sentence Maps, also after the word table is cleared between texts', () => {
  termsOf('Biden told Putin: 1,000 troops, troops and Troops. Russia\'s sanctions; sanction RUSSIA. The the of.');
  // Over 100,000 distinct words: the next call starts the word and term tables again.
  const many: string[] = [];
  for (let i = 0; i < 100_500; i++) many.push(`w${i.toString(36)}x${i % 10 === 0 ? '. Then' : ''}`);
  termsOf(many.join(' '));
  for (let k = 0; k < 3; k++) termsOf(randomText(k + 3, 20));
});

test('sentence alignment equals the string-keyed reference to the bit, for every pair, in any order and after renumbering', () => {
  const texts = Array.from({ length: 12 }, (_, k) => termsOf(randomText(k + 7, 3 + ((k * 5) % 17))));
  // An edited copy, an empty text and one longer than the working arrays first kept (256 sentences).
  texts.push(termsOf(randomText(7, 3).replace('Biden', 'Harris')), termsOf(''), termsOf(randomText(99, 300)));
  let compared = 0;
  let nonEmpty = 0;
  for (const [minCosine, minShared] of [[0.45, 4], [0.2, 2], [0, 1]] as const) {
    for (let i = 0; i < texts.length; i++) {
      for (let j = 0; j < texts.length; j++) {
        if ((i + j) % 5 === 0) clearTermNumbering();
        const got = alignSentences(texts[i]!.flat, texts[j]!.flat, { minCosine, minSharedTerms: minShared });
        assert.deepEqual(got, reference(texts[i]!.maps, texts[j]!.maps, minCosine, minShared), `texts ${i}, ${j}, ${minCosine}/${minShared}`);
        compared++;
        if (got.length > 0) nonEmpty++;
      }
    }
  }
  assert.equal(compared, 3 * 15 * 15);
  // The random texts share terms: most pairs align something at the low thresholds.
  assert.ok(nonEmpty > compared / 2, `${nonEmpty} of ${compared}`);
});
