import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv } from 'ajv';
import type { StoryBrief } from '../../../src/core/brief.js';
import { systemClock } from '../../../src/core/result.js';
import { buildAllBriefs } from '../../../src/pipeline/build-briefs.js';
import { ingestArticles } from '../../../src/pipeline/ingest-articles.js';
import { readInputs } from '../../../src/pipeline/read-inputs.js';
import { BriefJson, BRIEF_JSON_FORMAT, expandBriefJson, parseBriefJson, renderJson, type BriefJsonT } from '../../../src/stages/brief/index.js';
import { createStore } from '../../../src/storage/create-store.js';
import { singleArticleBrief, storyBrief } from '../../fixtures/brief/story-brief.js';

/** The seed example's brief, as compare builds it (quote ids, variants and all). */
function seedBrief(): StoryBrief {
  const store = createStore({ type: 'memory' });
  const { articles } = readInputs(['examples/biden-putin-call']);
  ingestArticles(articles, { store, clock: systemClock });
  const [brief] = buildAllBriefs(store);
  store.close();
  assert.ok(brief);
  return brief;
}
const seed = seedBrief();
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
// The validator the server's request schemas use (schemas.ts), on the schema its OpenAPI document shows.
const validate = new Ajv({ strict: false, allErrors: true }).compile(BriefJson);

test('the JSON brief validates against its schema (seed example, fixtures)', () => {
  for (const b of [seed, storyBrief, singleArticleBrief]) {
    const json = JSON.parse(renderJson(b)) as unknown;
    assert.ok(validate(json), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal((json as BriefJsonT).format, BRIEF_JSON_FORMAT);
  }
});

test('nothing is lost: expanding the JSON gives the brief back, field for field (seed example)', () => {
  const back = expandBriefJson(JSON.parse(renderJson(seed)) as BriefJsonT);
  assert.ok(back.ok);
  assert.deepEqual(plain(back.value), plain(seed));
});

test('every citation points at the words it cites: [article, start, end] into that article text', () => {
  const json = JSON.parse(renderJson(seed)) as BriefJsonT;
  const words = (c: readonly number[]): string => json.articles[c[0]!]!.text.slice(c[1], c[2]);
  for (const claim of seed.claims) assert.ok(claim.citations.length > 0);
  json.claims.forEach((c, i) => c.citations.forEach((x, k) => assert.equal(words(x), seed.articles.find((a) => a.id === seed.claims[i]!.citations[k]!.articleId)!.text.slice(x[1], x[2]))));
  const quoted = json.speakers.flatMap((s) => s.remarks.flat()).map(words);
  assert.deepEqual(quoted.sort(), seed.quotes.map((q) => q.text).sort());
  const figures = json.figures.flatMap((g) => g.values.map((v) => words(v.at)));
  assert.deepEqual(figures, seed.figures.flatMap((g) => g.values.map((v) => v.text)));
});

test('each thing written once: article ids once, each quote once, no cited words beside offsets', () => {
  const text = renderJson(seed);
  for (const a of seed.articles) assert.equal(text.split(`"${a.id}"`).length - 1, 1, `${a.id} appears once`);
  const json = JSON.parse(text) as Record<string, unknown>;
  assert.equal(json.quotes, undefined, 'quotes live under speakers only');
  assert.equal(json.speakers !== undefined && seed.quotes.length, (json as BriefJsonT).speakers.flatMap((s) => s.remarks.flat()).length);
  // Shared passages add offsets, never their words: the text holds each passage's words as often as a brief without passages does.
  const withoutPassages = renderJson({ ...seed, reuse: seed.reuse.map((r) => ({ ...r, passages: [] })) });
  const passageWords = seed.reuse.flatMap((r) => r.passages.map((p) => JSON.stringify(p.a.text).slice(1, -1)));
  assert.ok(passageWords.length > 0);
  for (const w of passageWords) assert.equal(text.split(w).length, withoutPassages.split(w).length, w);
});

test('one line and a newline; the same brief in another key order gives the same bytes', () => {
  const out = renderJson(storyBrief);
  assert.ok(out.endsWith('}\n'));
  assert.equal(out.indexOf('\n'), out.length - 1);
  const reordered = Object.fromEntries(Object.entries(storyBrief).reverse()) as unknown as typeof storyBrief;
  const articles = storyBrief.articles.map((a) => Object.fromEntries(Object.entries(a).reverse())) as unknown as typeof storyBrief.articles;
  assert.equal(renderJson({ ...reordered, articles }), out);
});

test('a citation of an article outside the story is a bug: it throws, naming both', () => {
  const broken = { ...singleArticleBrief, summary: [{ text: 'x', kind: 'single' as const, citations: [{ articleId: 'a_00000000000000ff' as never, start: 0, end: 1 }] }] };
  assert.throws(() => renderJson(broken), /cites a_00000000000000ff, which is not one of its articles/);
});

test('parseBriefJson reads analyze output ({stories}) and single briefs; bad input is a value that says what is wrong', () => {
  const one = renderJson(seed);
  const both = `{"stories":[${one.trimEnd()},${renderJson(singleArticleBrief).trimEnd()}]}`;
  const r = parseBriefJson(both);
  assert.ok(r.ok);
  assert.equal(r.value.stories.length, 2);
  assert.deepEqual(plain(r.value.stories[0]), plain(seed));
  const single = parseBriefJson(one);
  assert.ok(single.ok);
  assert.equal(single.value.stories[0]!.id, seed.id);

  const bad = (text: string, message: RegExp): void => {
    const x = parseBriefJson(text);
    assert.equal(x.ok, false);
    if (!x.ok) assert.match(x.detail ?? '', message);
  };
  bad('{"stories": [', /not JSON/);
  bad('42', /expected an object/);
  const json = JSON.parse(one) as BriefJsonT;
  bad(JSON.stringify({ ...json, format: 1 }), /format 2: \/format/);
  bad(JSON.stringify({ ...json, claims: 'none' }), /\/claims/);
  bad(JSON.stringify({ ...json, summary: [{ text: 'x', kind: 'single', citations: [[99, 0, 1]] }] }), /article index 99 is not one of the brief's 5 articles/);
  bad(JSON.stringify({ ...json, summary: [{ text: 'x', kind: 'single', citations: [[0, 5, 1e9]] }] }), /span \[5, 1000000000\) is outside article 0/);
  bad(JSON.stringify({ ...json, claims: [{ ...json.claims[0]!, lineages: [77] }] }), /lineage index 77/);
});

test('a figure group\'s lead-in (its subject a unit alone) is written, validated and read back', () => {
  const withLeadIn: StoryBrief = { ...storyBrief, figures: storyBrief.figures.map((g, i) => (i === 0 ? { ...g, leadIn: 'the missile flew …' } : g)) };
  assert.ok(withLeadIn.figures.length > 0);
  const json = JSON.parse(renderJson(withLeadIn)) as BriefJsonT;
  assert.ok(validate(json), JSON.stringify(validate.errors?.slice(0, 3)));
  assert.equal(json.figures[0]!.leadIn, 'the missile flew …');
  const back = expandBriefJson(json);
  assert.ok(back.ok);
  assert.equal(back.value.figures[0]!.leadIn, 'the missile flew …');
  assert.equal(back.value.figures[1]?.leadIn, undefined);
});
