/**
 * Variants of one text: an edited copy is aligned sentence by sentence with
 * its representative, and what it changes (a number, a name, a negation, a
 * rewritten sentence) stays its own. Claims, names and figures of aligned
 * sentences follow the representative's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, sameEntity } from '../../../src/stages/analyze/index.js';
import { sameQuantity } from '../../../src/stages/analyze/figures.js';
import { clean } from '../../../src/stages/clean/index.js';
import { toClaimUnits } from '../../../src/stages/compare/claim-units.js';
import { findClaims } from '../../../src/stages/compare/claims.js';
import { groupFigures } from '../../../src/stages/compare/group-figures.js';
import { mergeEntities } from '../../../src/stages/compare/merge-entities.js';
import { alignVariants, variantSources } from '../../../src/stages/compare/variants.js';
import { alignedNames, alignedQuotes } from '../../../src/stages/compare/variant-counterparts.js';
import { runQuoteJob } from '../../../src/stages/compare/quote-job.js';
import { COMPARE_DEFAULTS } from '../../../src/stages/compare/story-input.js';
import type { Analysis } from '../../../src/core/types.js';

const ORIGINAL = [
  'The council of Springfield approved the closure of the Riverside plant after a long debate on Tuesday.',
  'Mayor Jane Holloway said the plant had polluted the river for more than twenty years.',
  'The utility that runs the plant employs 420 workers and has promised to find them other positions.',
  'Environmental groups welcomed the decision and asked the state to pay for cleaning the riverbed.',
  'The closure is expected to take about three years, according to documents seen by reporters.',
];

function analyses(bodies: readonly (readonly string[])[]): Analysis[] {
  return bodies.map((sentences, i) => {
    const r = clean({ format: 'txt', title: `Report ${i + 1}`, body: sentences.join(' '), published: '2024-03-04T09:00:00Z', source: `Outlet ${i + 1}` });
    assert.ok(r.ok);
    return analyze(r.value);
  });
}

/** Words whose change would change a figure (its number or what it counts). */
const COUNTED = new Set(['twenty', 'years', 'workers', 'three']);

/** Each 5+ letter word that `pick` chooses gets a two-letter suffix, as the service benchmark's replicas do. */
function edited(sentences: readonly string[], pick: (word: string, k: number) => boolean): string[] {
  let k = 0;
  return sentences.map((s) => s.replace(/\p{Ll}{5,}/gu, (w) => (!COUNTED.has(w) && pick(w, k++) ? `${w}qx` : w)));
}

const ctx = { lineageOf: (id: string) => id, copied: () => false, aligned: () => false, nameKey: (n: string) => n.toLowerCase(), dayOf: () => '2024-03-04', disputedPair: () => false };

test('an edited copy is aligned with its original, sentence by sentence, in order', () => {
  const copy = edited(ORIGINAL, (_, k) => k % 3 === 0);
  const as = analyses([ORIGINAL, copy]);
  const v = alignVariants(as);
  assert.deepEqual([...v.repOf], [-1, 0]);
  assert.equal(v.sentenceOf[0], undefined);
  const aligned = v.sentenceOf[1]!;
  assert.equal(aligned.length, as[1]!.sentences.length);
  assert.equal(as[0]!.sentences.length, as[1]!.sentences.length);
  assert.deepEqual([...aligned], as[1]!.sentences.map((_, k) => k));
});

test('a changed number, name or polarity, or a rewritten sentence, is not aligned; another text is a representative of its own', () => {
  const changed = [
    ORIGINAL[0]!.replace('Riverside', 'Lakeside'),
    ORIGINAL[1]!,
    ORIGINAL[2]!.replace('420', '380'),
    ORIGINAL[3]!.replace('welcomed the decision and asked', 'did not welcome the decision and never asked'),
    'Reporters saw documents saying that shutting the site down will need roughly three years.',
  ];
  const other = [
    'A storm flooded the coastal road near Portsmouth overnight, closing it to traffic until noon.',
    'Firefighters pumped water from dozens of homes while the coast guard searched for a missing sailor.',
    'Forecasters expect the wind to ease by Thursday, though more rain is likely over the weekend.',
  ];
  const as = analyses([ORIGINAL, changed, other]);
  const v = alignVariants(as);
  assert.deepEqual([...v.repOf], [-1, 0, -1]);
  const aligned = v.sentenceOf[1]!;
  const textOf = (k: number): string => as[1]!.sentences[k]!.text;
  const at = (start: string): number => as[1]!.sentences.findIndex((s) => s.text.startsWith(start));
  assert.equal(aligned[at('Mayor Jane Holloway')], 1, textOf(at('Mayor Jane Holloway')));
  for (const start of ['The council of Springfield', 'The utility', 'Environmental groups', 'Reporters saw']) assert.equal(aligned[at(start)], -1, start);
});

test('claims: an aligned sentence cites the original\'s statement; what the copy changed stays a claim of its own', () => {
  const copy = edited(ORIGINAL, (_, k) => k % 3 === 0).map((s) => s.replace('420', '380'));
  const as = analyses([ORIGINAL, copy, edited(ORIGINAL, (_, k) => k % 4 === 1)]);
  const units = toClaimUnits(as, (n) => n.toLowerCase(), alignVariants(as));
  const mayor = units.filter((u) => u.text.includes('Holloway'));
  assert.equal(mayor.length, 1);
  assert.equal(mayor[0]!.text, as[0]!.sentences.find((s) => s.text.includes('Holloway'))!.text);
  assert.deepEqual(mayor[0]!.occurrences.map((o) => o.articleIndex), [0, 1, 2]);
  const workers = units.filter((u) => /employs/.test(u.text));
  assert.deepEqual(workers.map((u) => u.occurrences.map((o) => o.articleIndex)), [[0, 2], [1]]);
  const claims = findClaims(as, ctx);
  const mayorClaim = claims.find((c) => c.text.includes('Holloway'))!;
  assert.equal(mayorClaim.articles, 3);
  assert.equal(mayorClaim.independent, 3);
  // Without variants, the same statements (each copy's its own) give the same claim here.
  const plain = toClaimUnits(as, (n) => n.toLowerCase());
  assert.ok(plain.length > units.length);
});

test('names of aligned sentences are the representative\'s; the entities merge them without a test', () => {
  const copy = ORIGINAL.map((s) => s.replace('Holloway', 'Hollowayqx'));
  const as = analyses([ORIGINAL, copy]);
  const names = alignedNames(as, alignVariants(as));
  assert.equal(names.get('person|Jane Hollowayqx'), 'person|Jane Holloway');
  const never = (): boolean => false;
  const merged = mergeEntities(as.map((a) => [a.articleId, a.entities] as const), never, undefined, names);
  const jane = merged.filter((e) => /Holloway/.test(e.name));
  assert.equal(jane.length, 1);
  assert.deepEqual(jane[0]!.aliases.filter((a) => /Holloway/.test(a)), ['Jane Hollowayqx']);
  assert.equal(jane[0]!.articleIds.length, 2);
  // Without the alignment, a test that joins nothing keeps them apart.
  assert.equal(mergeEntities(as.map((a) => [a.articleId, a.entities] as const), never).filter((e) => /Holloway/.test(e.name)).length, 2);
  // And the names the alignment gives are ones sameEntity would test: the same entities with the real rule.
  const withRule = mergeEntities(as.map((a) => [a.articleId, a.entities] as const), sameEntity, undefined, names);
  assert.equal(withRule.filter((e) => /Holloway/.test(e.name)).length, 1);
});

test('a variant\'s figure joins its representative\'s figure group; a changed value does not', () => {
  const copy = edited(ORIGINAL, (_, k) => k % 3 === 0);
  const changed = ORIGINAL.map((s) => s.replace('420', '380'));
  const as = analyses([ORIGINAL, copy, changed]);
  const sources = as.map((a) => ({ articleId: a.articleId, figures: a.figures, sentences: a.sentences }));
  const fctx = { lineageOf: (id: string) => id, dayOf: () => '2024-03-04' };
  const groups = groupFigures(sources, sameQuantity, fctx, alignVariants(as));
  const workers = groups.find((g) => g.values.some((v) => v.value === 420))!;
  assert.deepEqual(workers.values.filter((v) => v.value === 420).map((v) => v.articleId), [as[0]!.articleId, as[1]!.articleId]);
  // The same groups as without the alignment here: the copy's words about the figure are the original's.
  const plain = groupFigures(sources, sameQuantity, fctx);
  assert.deepEqual(
    groups.map((g) => g.values.map((v) => `${v.articleId}:${v.start}`).sort()).sort(),
    plain.map((g) => g.values.map((v) => `${v.articleId}:${v.start}`).sort()).sort(),
  );
});

test('a quote of an aligned sentence is its representative\'s quote: one remark of one speaker', () => {
  const said = '“We will find every worker another job before the plant closes,” Mayor Jane Holloway said on Tuesday.';
  const copy = [...ORIGINAL, said.replace('another', 'anotherqx').replace('closes', 'closesqx')];
  const as = analyses([[...ORIGINAL, said], copy]);
  const twins = alignedQuotes(as, alignVariants(as));
  assert.equal(as[0]!.quotes.length, 1);
  assert.equal(as[1]!.quotes.length, 1);
  assert.deepEqual([...twins.quoteOf[1]!], [0]);
  const job = { perArticle: as.map((a) => [a.articleId, a.quotes] as const), opts: COMPARE_DEFAULTS, preferredNames: [], languages: as.map((a) => [a.articleId, a.language] as const) };
  const withTwins = runQuoteJob({ ...job, twins }, sameEntity);
  const remarks = withTwins.speakers.flatMap((s) => s.remarks);
  assert.equal(remarks.length, 1);
  assert.equal(remarks[0]!.length, 2);
  // Here the renderings are alike enough to be one remark without the alignment too.
  assert.deepEqual(runQuoteJob(job, sameEntity), withTwins);
});

test('an alignment does not depend on what earlier alignments in the process met (sentence keys are kept between calls)', () => {
  const copy = edited(ORIGINAL, (_, k) => k % 3 === 0);
  const rewrite = edited(ORIGINAL, (_, k) => k % 2 === 1);
  const storm = [
    'A storm flooded the coastal road near Portsmouth overnight, closing it to traffic until noon.',
    'Firefighters pumped water from dozens of homes while the coast guard searched for a missing sailor.',
    'Forecasters expect the wind to ease by Thursday, though more rain is likely over the weekend.',
  ];
  const other = analyses([storm, [...storm].reverse()]);
  const plain = (v: ReturnType<typeof alignVariants>) => ({ repOf: [...v.repOf], sentenceOf: v.sentenceOf.map((s) => (s === undefined ? null : [...s])) });
  const as = analyses([copy, ORIGINAL, rewrite, copy]);
  const first = plain(alignVariants(as));
  // Other texts first (new words numbered before these), then the same story, in another order and back.
  alignVariants(other);
  alignVariants([as[2]!, as[0]!, as[1]!]);
  assert.deepEqual(plain(alignVariants(as)), first);
  assert.deepEqual(first.repOf, [-1, 0, 0, 0]);
});

test('a word with other letters after its first five keys as its ASCII spelling (one numbering for both kinds of word)', () => {
  // "councilé", "approvedé": non-ASCII words whose five-letter keys are ASCII, as in the original's words.
  const copy = ORIGINAL.map((s) => s.replace(/\p{Ll}{6,}/gu, (w) => (COUNTED.has(w) ? w : `${w}é`)));
  const as = analyses([ORIGINAL, copy]);
  const v = alignVariants(as);
  assert.deepEqual([...v.repOf], [-1, 0]);
  assert.deepEqual([...v.sentenceOf[1]!], as[1]!.sentences.map((_, k) => k));
  // A short word's key is the whole word: "plant" and "plantê" differ in their sixth letter only, so they key alike too.
  const other = analyses([ORIGINAL, ORIGINAL.map((s) => s.replace(/\bplant\b/g, 'plantê'))]);
  assert.deepEqual([...alignVariants(other).repOf], [-1, 0]);
});

test('the fields posted to another thread align as the analyses they are taken from', () => {
  const copy = edited(ORIGINAL, (_, k) => k % 3 === 0);
  const changed = ORIGINAL.map((s) => s.replace('420', '380'));
  const as = analyses([ORIGINAL, copy, changed, copy]);
  const sources = variantSources(as);
  // A copy as plain values (what a thread receives): no field of the analysis beyond those the alignment reads.
  assert.deepEqual(Object.keys(sources[0]!).sort(), ['figures', 'language', 'sentences']);
  assert.deepEqual(Object.keys(sources[0]!.figures[0]!).sort(), ['start', 'value']);
  const fromSources = alignVariants(structuredClone(sources));
  const fromAnalyses = alignVariants(as);
  assert.deepEqual(fromSources, fromAnalyses);
  assert.deepEqual([...fromAnalyses.repOf], [-1, 0, 0, 0]);
  // The figure the third report changes keeps its sentence apart from the original's.
  assert.ok(fromAnalyses.sentenceOf[2]!.some((j) => j === -1));
});
