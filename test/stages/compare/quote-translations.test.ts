import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BriefQuote } from '../../../src/core/brief.js';
import { asArticleId } from '../../../src/core/ids.js';
import { joinTranslatedRemarks } from '../../../src/stages/compare/quote-translations.js';

const en = asArticleId('a_en');
const es = asArticleId('a_es');
const lang = (id: string): string => (id === en ? 'en' : 'es');

function q(articleId: typeof en, start: number, speaker: string, text: string): BriefQuote {
  return { id: `q_${articleId}_${start}`, speaker, text, articleId, start, end: start + text.length, variants: [] };
}

/** A grouping as group-quotes.ts gives it: one remark a quote, speakers as listed. */
function grouping(quotes: BriefQuote[]) {
  const speakers = [...new Set(quotes.map((x) => x.speaker))].map((speaker) => ({ speaker, remarks: quotes.filter((x) => x.speaker === speaker).map((x) => [x]) }));
  return { quotes, speakers };
}

test('a quote in the aligned sentence of a translation joins its original as one remark, the English first', () => {
  const golf = q(en, 10, 'Donald Trump', 'I mean he has played more golf than most people');
  const golfEs = q(es, 12, 'Donald Trump', 'Quiero decir que ha jugado más golf que la mayoría');
  const other = q(en, 200, 'Donald Trump', 'Golf is fine');
  const g = grouping([golf, other, golfEs]);
  const out = joinTranslatedRemarks(g, [{ a: es, b: en, pairs: [{ a: { start: 0, end: 90 }, b: { start: 0, end: 80 } }] }], lang);
  const remarks = out.speakers[0]!.remarks;
  assert.equal(remarks.length, 2);
  assert.deepEqual(remarks[0]!.map((x) => x.articleId), [en, es]);
  assert.deepEqual(remarks[0]![0]!.variants, [golfEs.id]);
  assert.deepEqual(out.quotes.find((x) => x.id === golfEs.id)!.variants, [golf.id]);
  // Nothing aligned: the same object back.
  assert.equal(joinTranslatedRemarks(g, [], lang), g);
});

test('a passage with a quote found on one side only, or the k-th quotes of two speakers, joins nothing', () => {
  const a1 = q(en, 10, 'Donald Trump', 'to ban most e-cigarette flavours');
  const a2 = q(en, 60, 'Donald Trump', 'do demonstrations');
  const b1 = q(es, 10, 'Donald Trump', 'prohibirá la mayoría de los sabores');
  const b2 = q(es, 60, 'Giuliani', 'hacer demostraciones');
  const b3 = q(es, 90, 'Donald Trump', 'un hombre de palabra');
  const pairs = [{ a: { start: 0, end: 120 }, b: { start: 0, end: 120 } }];
  const uneven = grouping([a1, a2, b1, b2, b3]);
  assert.equal(joinTranslatedRemarks(uneven, [{ a: en, b: es, pairs }], lang), uneven);
  // As many on each side, but the second pair names two speakers: only the first joins.
  const even = grouping([a1, a2, b1, b2]);
  const out = joinTranslatedRemarks(even, [{ a: en, b: es, pairs }], lang);
  const trump = out.speakers.find((s) => s.speaker === 'Donald Trump')!;
  assert.deepEqual(trump.remarks.map((r) => r.map((x) => x.text)), [[a1.text, b1.text], [a2.text]]);
  assert.deepEqual(out.speakers.find((s) => s.speaker === 'Giuliani')!.remarks.map((r) => r.length), [1]);
});
