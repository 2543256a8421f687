import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleId } from '../../../src/core/ids.js';
import type { Quote } from '../../../src/core/types.js';
import type { Flat } from '../../../src/stages/compare/group-quotes.js';
import { namedByTheirWords, UNATTRIBUTED } from '../../../src/stages/compare/quote-speakers.js';

/** namedByTheirWords as first written: every text normalised, sets and lists copied per quote. */
function reference(flat: readonly Flat[], speakerOf: readonly string[], preferred: readonly string[]): string[] {
  const norm = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const nameWords = new Set(preferred.flatMap((p) => p.toLowerCase().split(/\s+/)));
  const speakersOfText = new Map<string, Set<string>>();
  for (let i = 0; i < flat.length; i++) {
    const s = speakerOf[i]!;
    if (s === UNATTRIBUTED || !/\s/.test(s.trim())) continue;
    const key = norm(flat[i]!.q.text);
    if (key.split(' ').length < 4) continue;
    speakersOfText.set(key, new Set([...(speakersOfText.get(key) ?? []), s]));
  }
  const bySpeaker = new Map<string, number[]>();
  for (let i = 0; i < flat.length; i++) {
    const s = speakerOf[i]!;
    if (s !== UNATTRIBUTED && !/\s/.test(s.trim()) && !nameWords.has(s.trim().toLowerCase())) bySpeaker.set(s, [...(bySpeaker.get(s) ?? []), i]);
  }
  const out = [...speakerOf];
  for (const members of bySpeaker.values()) {
    const named = new Set<string>();
    let all = true;
    for (const i of members) {
      const others = speakersOfText.get(norm(flat[i]!.q.text));
      if (!others) all = false;
      else for (const o of others) named.add(o);
    }
    if (all && named.size === 1) for (const i of members) out[i] = [...named][0]!;
  }
  return out;
}

function flatOf(texts: readonly string[]): Flat[] {
  return texts.map((text, i) => ({ q: { text, start: 0, end: text.length } as unknown as Quote, articleId: `a${i}` as ArticleId, id: `q${i}` }));
}

test('a titled speaker whose every quote is a named speaker’s words takes that name', () => {
  const texts = ['“We will not back down.”', 'We will NOT back down', 'Talks will go on next week', 'talks will go on, next week!'];
  const speakers = ['Oleksii Reznikov', 'Minister', 'Dmitry Peskov', 'Minister'];
  // The minister's two quotes are the words of two people: it stays "Minister".
  assert.deepEqual(namedByTheirWords(flatOf(texts), speakers, []), speakers);
  const one = ['Oleksii Reznikov', 'Minister', 'Oleksii Reznikov', 'Minister'];
  assert.deepEqual(namedByTheirWords(flatOf(texts), one, []), ['Oleksii Reznikov', 'Oleksii Reznikov', 'Oleksii Reznikov', 'Oleksii Reznikov']);
  // A one-word name of the story is a speaker in its own right.
  assert.deepEqual(namedByTheirWords(flatOf(texts), ['Vladimir Putin', 'Putin', 'Vladimir Putin', 'Putin'], ['Vladimir Putin']), ['Vladimir Putin', 'Putin', 'Vladimir Putin', 'Putin']);
});

test('namedByTheirWords equals the reference on random stories (seeded)', () => {
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const words = ['we', 'will', 'not', 'back', 'down', 'İstanbul', 'talks', 'Ölçü', '70,000', 'troops', 'Kyiv', '—', '«', '»'];
  const speakers = ['Oleksii Reznikov', 'Dmitry Peskov', 'Minister', 'Spokesman', 'Putin', UNATTRIBUTED, ' Minister ', 'Vladimir Putin'];
  let renamed = 0;
  for (let round = 0; round < 300; round++) {
    const n = 1 + rand(30);
    const pool = Array.from({ length: 1 + rand(6) }, () => Array.from({ length: 2 + rand(6) }, () => words[rand(words.length)]).join(rand(3) === 0 ? ', ' : ' '));
    // Each remark has its speaker; a quote of it is credited to that speaker, to a title, or now and then to anyone.
    const owner = pool.map(() => speakers[rand(2)]!);
    const texts: string[] = [];
    const speakerOf: string[] = [];
    const titles = ['Minister', 'Spokesman', ' Minister ', 'Putin'];
    for (let k = 0; k < n; k++) {
      const p = rand(pool.length);
      texts.push(rand(4) === 0 ? `“${pool[p]!.toUpperCase()}!”` : pool[p]!);
      const r = rand(10);
      speakerOf.push(r < 3 ? titles[rand(titles.length)]! : r === 3 ? speakers[rand(speakers.length)]! : owner[p]!);
    }
    const preferred = rand(2) === 0 ? ['Vladimir Putin'] : [];
    const got = namedByTheirWords(flatOf(texts), speakerOf, preferred);
    assert.deepEqual(got, reference(flatOf(texts), speakerOf, preferred), `round ${round}`);
    if (got.some((s, i) => s !== speakerOf[i])) renamed++;
  }
  // The stories exercise the renaming, not only the speakers left as they were.
  assert.ok(renamed >= 20, `${renamed} rounds renamed a speaker`);
});
