import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId, type ArticleId } from '../../../src/core/ids.js';
import type { Reuse } from '../../../src/core/types.js';
import { embeddedPosts, findCredits, provenanceCandidates, traceProvenance, type ProvenanceDoc } from '../../../src/stages/provenance/index.js';
import { linkOf } from '../../../src/stages/provenance/direction.js';

const A = asArticleId('a_1');
const B = asArticleId('a_2');
const C = asArticleId('a_3');

function doc(id: ArticleId, extra: Partial<ProvenanceDoc> = {}): ProvenanceDoc {
  return { id, text: 'x'.repeat(1000), language: 'en', machineTranslated: false, credits: [], ...extra };
}

function reuse(a: ArticleId, b: ArticleId, coverageA: number, coverageB: number, identical = true): Reuse {
  const kind = identical ? 'identical' : 'paraphrase';
  return { a, b, coverageA, coverageB, passages: [{ a: { start: 0, end: Math.round(coverageA * 1000) }, b: { start: 0, end: Math.round(coverageB * 1000) }, kind, score: 1 }] };
}

test('credits: datelines, closing credits and "originally appeared" name where the text came from', () => {
  assert.deepEqual(findCredits('WASHINGTON (AP) — The president said…', []), [{ name: 'associated press', how: 'wire' }]);
  assert.deepEqual(findCredits('MOSCOW, Dec 4 (Reuters) - The Kremlin said…', []), [{ name: 'reuters', how: 'wire' }]);
  assert.deepEqual(findCredits('Body text.', ['Reuters contributed to this report.']), [{ name: 'reuters', how: 'wire' }]);
  assert.deepEqual(findCredits('Body.\n\nThis article originally appeared on The Conversation.', []), [{ name: 'conversation', how: 'wire' }]);
  assert.deepEqual(findCredits('The call will be long, according to Tass.', []), [{ name: 'tass', how: 'cites' }]);
  // A photo credit in mid-text is not a credit of the text.
  assert.deepEqual(findCredits(`${'Words. '.repeat(100)}A photo (Reuters) of the summit. ${'More words. '.repeat(100)}`, []), []);
});

test('a machine translation derives from its source, whatever the dates say', () => {
  const l = linkOf(reuse(A, B, 0.91, 0.43, false), doc(A, { published: '2021-12-07' }), doc(B, { machineTranslated: true, published: '2021-12-06' }));
  assert.equal(l.kind, 'translation');
  assert.equal(l.from, A);
  assert.equal(l.to, B);
  assert.equal(l.derived, true);
});

test('a credit naming the other outlet gives the direction; a common wire credit gives none', () => {
  const ap = doc(A, { source: 'Associated Press' });
  const copy = doc(B, { source: 'Daily Planet', credits: [{ name: 'associated press', how: 'wire' }] });
  const l = linkOf(reuse(A, B, 0.7, 0.95), ap, copy);
  assert.equal(l.from, A);
  assert.equal(l.to, B);
  assert.equal(l.evidence, 'credit names the other outlet');
  const x = doc(A, { source: 'Paper X', credits: [{ name: 'reuters', how: 'wire' }] });
  const y = doc(B, { source: 'Paper Y', credits: [{ name: 'reuters', how: 'wire' }] });
  const common = linkOf(reuse(A, B, 0.35, 0.4), x, y);
  assert.equal(common.kind, 'common-source');
  assert.equal(common.from, null);
  assert.equal(common.derived, true);
  assert.equal(common.evidence, 'both credit reuters');
});

test('publication time orders a copy only when the dates are a day apart or times are known', () => {
  const early = doc(A, { published: '2021-12-04T08:00:00Z' });
  const late = doc(B, { published: '2021-12-04T15:00:00Z' });
  const verbatim = linkOf(reuse(A, B, 0.95, 0.97), early, late);
  assert.equal(verbatim.kind, 'verbatim');
  assert.deepEqual([verbatim.from, verbatim.to], [A, B]);
  const sameDay = linkOf(reuse(A, B, 0.95, 0.97), doc(A, { published: '2021-12-04' }), doc(B, { published: '2021-12-04' }));
  assert.equal(sameDay.from, null);
  assert.equal(sameDay.evidence, 'no evidence of direction');
});

test('a few shared passages are no derivation: two lineages', () => {
  const p = traceProvenance([doc(A), doc(B), doc(C, { machineTranslated: true })], [reuse(A, B, 0.2, 0.15), reuse(A, C, 0.9, 0.6, false)]);
  assert.deepEqual(p.lineages.map((l) => l.articleIds), [[A, C], [B]]);
  assert.equal(p.lineages[0]!.origin, A);
  assert.equal(p.lineages[1]!.origin, null);
  assert.equal(p.lineageOf.get(C), 'l1');
  // Shown links: the lineage's tree and the strongest link between the two lineages.
  assert.equal(p.links.length, 2);
});

test('lineage links shown are a spanning tree, not every pair of copies', () => {
  const ids = Array.from({ length: 12 }, (_, i) => asArticleId(`a_${i}`));
  const pairs: Reuse[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push(reuse(ids[i]!, ids[j]!, 0.9, 0.9));
  const p = traceProvenance(ids.map((id) => doc(id)), pairs);
  assert.equal(p.lineages.length, 1);
  assert.equal(p.links.length, ids.length - 1);
  assert.equal(p.allLinks.length, pairs.length);
});

test('candidates: every pair for a small story; a bounded number per article for a large one, copies still meeting', () => {
  const small = Array.from({ length: 5 }, (_, i) => ({ id: asArticleId(`s_${i}`), text: `text ${i}` }));
  assert.equal(provenanceCandidates(small).length, 10);
  // 30 originals of distinct words, each with 4 copies (trimmed): 150 articles.
  const docs: { id: ArticleId; text: string }[] = [];
  for (let o = 0; o < 30; o++) {
    const words = Array.from({ length: 200 }, (_, w) => `w${o}x${(w * 7919 + o * 104729) % 5000}`);
    for (let c = 0; c < 5; c++) docs.push({ id: asArticleId(`d_${o}_${c}`), text: words.slice(c * 10).join(' ') });
  }
  const pairs = provenanceCandidates(docs);
  assert.ok(pairs.length <= docs.length * 9, `${pairs.length} pairs`);
  const key = new Set(pairs.map(([a, b]) => `${a}|${b}`));
  // Each copy meets at least one other member of its lineage.
  for (const d of docs) {
    const o = d.id.split('_')[1];
    assert.ok(pairs.some(([a, b]) => (a === d.id && b.split('_')[1] === o) || (b === d.id && a.split('_')[1] === o)), `${d.id} met no sibling`);
  }
  // No pair across lineages shares anything here.
  for (const k of key) {
    const [a, b] = k.split('|');
    assert.equal(a!.split('_')[1], b!.split('_')[1]);
  }
});

test('"Originally published by" at the start of a line and outlet datelines are credits', () => {
  assert.deepEqual(findCredits('Body.\n\nOriginally published by The New York Times.', []), [{ name: 'new york times', how: 'wire' }]);
  assert.deepEqual(findCredits('LONDON (The Independent) — The body.', []), [{ name: 'independent', how: 'wire' }]);
});

test('a machine translation that merely shares a passage with another article gets no arrow from it', () => {
  const l = linkOf(reuse(A, B, 0.07, 0.11), doc(A), doc(B, { machineTranslated: true }));
  assert.equal(l.kind, 'shared');
  assert.equal(l.from, null);
});

test('text both articles quote (a tweet) is no evidence that one copied the other', () => {
  // Half of each text is the same quotation; nothing else is shared.
  const tweet = { start: 0, end: 500 };
  const l = linkOf(reuse(A, B, 0.5, 0.5), doc(A, { quoted: [tweet] }), doc(B, { quoted: [tweet] }));
  assert.equal(l.derived, false);
  assert.equal(l.kind, 'shared');
});

test('a midnight time stamp is a bare date; a wire credit leaves the order of two carriers unknown', () => {
  const sameDay = linkOf(reuse(A, B, 0.9, 0.9), doc(A, { published: '2021-12-04T00:00:00' }), doc(B, { published: '2021-12-04T15:00:00Z' }));
  assert.equal(sameDay.from, null);
  const wire = linkOf(
    reuse(A, B, 0.9, 0.9),
    doc(A, { source: 'Paper X', published: '2021-12-04T08:00:00Z', credits: [{ name: 'associated press', how: 'wire' }] }),
    doc(B, { source: 'Paper Y', published: '2021-12-04T15:00:00Z' }),
  );
  assert.equal(wire.from, null);
});

test('an embedded social post (a paragraph with a handle) counts as quoted text; an e-mail address does not', () => {
  const text = 'Intro paragraph.\n\nThe great @michaelsheen & I consciously uncoupled.\n\nWrite to news@example.com with tips.';
  const posts = embeddedPosts(text);
  assert.equal(posts.length, 1);
  assert.equal(text.slice(posts[0]!.start, posts[0]!.end), 'The great @michaelsheen & I consciously uncoupled.');
});

test('a text of one paragraph embeds no post, and a long paragraph naming a handle is the reporter\'s own text', () => {
  const oneBlock = 'Senator Amy Klobuchar called out President Trump. In response, Klobuchar (@amyklobuchar) shared the article and said she spent 0 days on the golf course.';
  assert.deepEqual(embeddedPosts(oneBlock), []);
  const long = `Intro.\n\n${'The senator, who tweets as @amyklobuchar, spoke at length about the report and its findings. '.repeat(8)}`;
  assert.deepEqual(embeddedPosts(long), []);
});

test('credits found again for the same text are the same, and a caller changing its copy changes nothing kept', () => {
  const text = 'MOSCOW (Reuters) - The Kremlin said on Monday the talks would be long. Reuters contributed to this report.';
  const first = findCredits(text, ['By Jane Doe, Associated Press']);
  (first as { name: string }[]).push({ name: 'changed' });
  assert.deepEqual(findCredits(text, ['By Jane Doe, Associated Press']), first.slice(0, -1));
  assert.deepEqual(findCredits(text.replace('(Reuters) ', '').replace(' Reuters contributed to this report.', ''), []), []);
});
