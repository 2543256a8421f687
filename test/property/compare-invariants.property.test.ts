/**
 * Invariants of the compare stage on generated wire-driven stories: a few
 * original reports built from a pool of facts with varying figures, and
 * syndicated copies of them (trimmed, a partner credit, another headline).
 * Whatever the story: no "Sources differ" within one lineage, a copy never
 * counts as a second confirmation, and a copy that keeps most of its original
 * is in the original's lineage.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { brief, type Spec } from '../stages/compare/story-helper.js';

const PLACES = ['Valencia', 'Murcia', 'Alicante', 'Castellón'];
/** Each fact in three outlets' own wordings: independent reports never share sentences. */
const FACTS: readonly (readonly ((n: number, place: string) => string)[])[] = [
  [
    (n, p) => `The floods in ${p} have killed ${n} people, regional officials said on Wednesday.`,
    (n, p) => `At least ${n} people have died in the flooding around ${p}, according to the regional government.`,
    (n, p) => `Officials put the death toll from the ${p} deluge at ${n}.`,
  ],
  [
    (n, p) => `Rescue teams evacuated ${n * 10} residents from low-lying districts of ${p} overnight.`,
    (n, p) => `Some ${n * 10} people in ${p} had to leave their homes during the night as emergency crews moved in.`,
    (n, p) => `Emergency services said ${n * 10} inhabitants were taken to safety in ${p}.`,
  ],
  [
    (n, p) => `Power was cut to about ${n * 100} homes around ${p} after the river burst its banks.`,
    (n, p) => `Roughly ${n * 100} households near ${p} lost electricity when the river overflowed.`,
    (n, p) => `The utility reported ${n * 100} customers without power in the ${p} area.`,
  ],
  [
    (n, p) => `The government in Madrid pledged ${n} million euros in emergency aid for ${p}.`,
    (n, p) => `Madrid promised ${n} million euros to help ${p} recover, a minister said.`,
    (n, p) => `Spain's cabinet approved an aid package worth ${n} million euros for the ${p} region.`,
  ],
  [
    (_n, p) => `Schools in ${p} will stay closed until the water recedes, the education ministry announced.`,
    (_n, p) => `Classes across ${p} were cancelled for the rest of the week.`,
    (_n, p) => `The education authorities kept every school in ${p} shut.`,
  ],
  [
    (_n, p) => `Forecasters warned that more heavy rain was expected along the coast near ${p} later in the week.`,
    (_n, p) => `Meteorologists expect further storms to hit the ${p} coastline in the coming days.`,
    (_n, p) => `More downpours are forecast for the area around ${p}, the weather service said.`,
  ],
];

const originalArb = fc.record({
  facts: fc.uniqueArray(fc.nat(FACTS.length - 1), { minLength: 4, maxLength: 6 }),
  n: fc.integer({ min: 12, max: 90 }),
  place: fc.nat(PLACES.length - 1),
});

const storyArb = fc.record({
  originals: fc.array(originalArb, { minLength: 2, maxLength: 3 }),
  copies: fc.array(fc.record({ of: fc.nat(2), keep: fc.integer({ min: 3, max: 6 }), credit: fc.boolean() }), { minLength: 1, maxLength: 3 }),
});

test('no "Sources differ" within one lineage; copies never confirm their source; copies join their lineage', () => {
  fc.assert(
    fc.property(storyArb, ({ originals, copies }) => {
      const specs: Spec[] = originals.map((o, i) => ({
        title: `Floods report ${i + 1}`,
        body: o.facts.map((f) => FACTS[f]![i % 3]!(o.n + i, PLACES[o.place]!)).join('\n\n'),
        source: `Outlet ${i + 1}`,
        published: `2024-10-3${i}T08:00:00Z`,
      }));
      const copyOf: number[] = [];
      copies.forEach((c, k) => {
        const of = c.of % originals.length;
        const paragraphs = specs[of]!.body.split('\n\n');
        const kept = paragraphs.slice(0, Math.min(paragraphs.length, c.keep));
        // A copy keeping most of its original (the usual aggregator trim).
        if (kept.length < Math.ceil(paragraphs.length * 0.7)) kept.push(...paragraphs.slice(kept.length, Math.ceil(paragraphs.length * 0.7)));
        const body = `${kept.join('\n\n')}${c.credit ? `\n\nThis article originally appeared on Outlet ${of + 1}.` : ''}`;
        // Two identical copies are one article (ids come from the text), as in the store.
        if (specs.some((s) => s.body === body)) return;
        specs.push({
          title: `Aggregated: floods ${k + 1}`,
          body,
          source: `Aggregator ${k + 1}`,
          published: `2024-10-3${of}T1${k}:00:00Z`,
        });
        copyOf.push(of);
      });
      const b = brief(specs);
      const lineageOf = new Map(b.lineages.flatMap((l) => l.articleIds.map((id) => [id as string, l.id])));
      assert.equal(lineageOf.size, b.articles.length, 'every article in exactly one lineage');
      copyOf.forEach((of, k) => {
        const copy = b.articles[originals.length + k]!.id;
        assert.equal(lineageOf.get(copy), lineageOf.get(b.articles[of]!.id), `copy ${k + 1} outside its original's lineage`);
      });
      for (const g of b.figures) {
        if (g.status !== 'differ') continue;
        const lineages = new Set(g.values.map((v) => lineageOf.get(v.articleId)));
        assert.ok(lineages.size >= 2, `"${g.subject}" differs within one lineage`);
      }
      for (const c of b.claims) {
        const lineages = new Set(c.citations.map((x) => lineageOf.get(x.articleId)));
        assert.ok(c.independent <= lineages.size, `"${c.text}" counts ${c.independent} sources from ${lineages.size} lineages`);
        if (lineages.size === 1) assert.notEqual(c.status, 'agreed', `"${c.text}" agreed by one lineage`);
      }
    }),
    { numRuns: 25, seed: 20261204 },
  );
});
