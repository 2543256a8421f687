/**
 * The acceptance test of the whole pipeline: the facts a correct run finds on
 * the five seed articles (test/fixtures/biden-putin-call.expected.json, a copy
 * of the user's expected.json). Facts, not wording.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { StoryBrief } from '../../src/core/brief.js';
import type { ArticleId } from '../../src/core/ids.js';
import { systemClock } from '../../src/core/result.js';
import { buildAllBriefs } from '../../src/pipeline/build-briefs.js';
import { ingestArticles } from '../../src/pipeline/ingest-articles.js';
import { readInputs } from '../../src/pipeline/read-inputs.js';
import { sameEntity } from '../../src/stages/analyze/index.js';
import { createStore } from '../../src/storage/create-store.js';

interface Expected {
  stories: string[][];
  boilerplate: Record<string, string[]>;
  published: Record<string, string>;
  reuse: [string, string][];
  sharedSentence: { articles: [string, string]; text: string };
  figures: { values: { value: number; articles: string[] }[] };
  quotes: { speaker: string; article: string; contains: string }[];
  quoteVariants: [string, string][][];
  dates: { text: string; date: string }[];
  entities: { people: string[]; sameEntity: [string, string][] };
}

const expected = JSON.parse(readFileSync(new URL('../fixtures/biden-putin-call.expected.json', import.meta.url), 'utf8')) as Expected;

function run(): { briefs: StoryBrief[]; idOf: Map<string, ArticleId> } {
  const store = createStore({ type: 'memory' });
  const { articles, problems } = readInputs(['examples/biden-putin-call']);
  assert.deepEqual(problems, []);
  const report = ingestArticles(articles, { store, clock: systemClock });
  assert.equal(report.added, 5);
  const idOf = new Map<string, ArticleId>();
  for (const s of store.listArticles()) idOf.set(basename(s.article.meta.path ?? '').slice(0, 3), s.article.id);
  const briefs = buildAllBriefs(store);
  store.close();
  return { briefs, idOf };
}

const { briefs, idOf } = run();
const brief = briefs[0]!;
const textOf = (key: string): string => brief.articles.find((a) => a.id === idOf.get(key))!.text;
const nameOf = new Map([...idOf.entries()].map(([k, v]) => [v, k]));

test('the five articles are one story, nothing split off', () => {
  assert.equal(briefs.length, expected.stories.length);
  assert.deepEqual(brief.articles.map((a) => nameOf.get(a.id)).sort(), expected.stories[0]);
});

test('no listed boilerplate reaches any article text', () => {
  for (const [key, lines] of Object.entries(expected.boilerplate)) {
    for (const line of lines) assert.ok(!textOf(key).includes(line), `${key} still contains "${line}"`);
  }
  for (const a of brief.articles) {
    assert.ok(!/Article continues after this advertisement|endNewsMessage1|Skip to content/.test(a.text));
  }
});

test('the date written in 002 is its publication date', () => {
  for (const [key, date] of Object.entries(expected.published)) {
    assert.equal(brief.articles.find((a) => a.id === idOf.get(key))!.published?.slice(0, 10), date);
  }
});

test('000/001 and 002/004 share text, including the identical sentence', () => {
  const pairKey = (a: ArticleId, b: ArticleId): string => [nameOf.get(a), nameOf.get(b)].sort().join('/');
  const found = new Map(brief.reuse.map((r) => [pairKey(r.a, r.b), r]));
  for (const [x, y] of expected.reuse) assert.ok(found.has([x, y].sort().join('/')), `no reuse found between ${x} and ${y}`);
  // The expected pairs are the strongest ones.
  const top = [...brief.reuse].sort((p, q) => Math.max(q.coverageA, q.coverageB) - Math.max(p.coverageA, p.coverageB)).slice(0, 2);
  assert.deepEqual(new Set(top.map((r) => pairKey(r.a, r.b))), new Set(expected.reuse.map((p) => [...p].sort().join('/'))));
  const [sa, sb] = expected.sharedSentence.articles;
  const r = found.get([sa, sb].sort().join('/'))!;
  assert.ok(
    r.passages.some((p) => [p.a.text, p.b.text].some((t) => t.includes(expected.sharedSentence.text.replace(/[.!?]$/, '')))),
    'the shared sentence is a cited passage',
  );
});

test('the troop figures are one quantity with four values and their sources', () => {
  const group = brief.figures.find((g) => expected.figures.values.every((v) => g.values.some((x) => x.value === v.value)));
  assert.ok(group, `no figure group holds ${expected.figures.values.map((v) => v.value).join(', ')}`);
  assert.equal(group.disagreement, true);
  for (const v of expected.figures.values) {
    const sources = new Set(group.values.filter((x) => x.value === v.value).map((x) => nameOf.get(x.articleId)));
    for (const a of v.articles) assert.ok(sources.has(a), `${v.value} not cited to ${a}`);
  }
  for (const v of group.values) assert.equal(textOf(nameOf.get(v.articleId)!).slice(v.start, v.end), v.text);
});

test('the listed quotes are found with their speakers, spans exact', () => {
  for (const q of expected.quotes) {
    const found = brief.quotes.find((x) => x.articleId === idOf.get(q.article) && x.text.includes(q.contains));
    assert.ok(found, `no quote containing "${q.contains}" in ${q.article}`);
    assert.equal(found.speaker, q.speaker, `speaker of "${q.contains}"`);
    assert.equal(textOf(q.article).slice(found.start, found.end), found.text);
  }
});

test('the same remark across sources is grouped as variants', () => {
  for (const group of expected.quoteVariants) {
    const quotes = group.map(([key, contains]) => brief.quotes.find((x) => x.articleId === idOf.get(key) && x.text.includes(contains)));
    assert.ok(quotes.every(Boolean), `all of ${JSON.stringify(group)} found`);
    for (let i = 1; i < quotes.length; i++) assert.ok(quotes[0]!.variants.includes(quotes[i]!.id), `${JSON.stringify(group)} grouped`);
  }
});

test('dates resolve as listed; undated articles only ever get inferred dates', () => {
  for (const d of expected.dates) {
    const entry = brief.timeline.find((t) => t.date === d.date);
    assert.ok(entry, `no timeline entry on ${d.date} (${d.text})`);
  }
  for (const a of brief.articles.filter((x) => x.published === undefined)) {
    assert.match(a.publishedInferred ?? '', /^2021-12-0[3-7]$/, `${nameOf.get(a.id)} inferred from its story`);
    const own = brief.timeline.filter((t) => t.articleIds.length === 1 && t.articleIds[0] === a.id && t.citations.length > 0);
    for (const t of own) assert.notEqual(t.resolved, 'certain', `"${t.text}" of an undated article is marked inferred`);
  }
});

test('the people are found, spelling variants as one entity', () => {
  const people = brief.entities.filter((e) => e.type === 'person');
  for (const name of expected.entities.people) {
    assert.ok(people.some((e) => e.name === name || sameEntity(e.name, name)), `person ${name}`);
  }
  for (const [x, y] of expected.entities.sameEntity) {
    const e = brief.entities.find((en) => [en.name, ...en.aliases].some((n) => n.includes(x)));
    assert.ok(e, `entity ${x}`);
    assert.ok([e.name, ...e.aliases].some((n) => n.includes(y)), `${x} and ${y} are one entity (${e.name}: ${e.aliases.join(', ')})`);
  }
});

test('every summary line cites its sources with exact spans', () => {
  assert.ok(brief.summary.some((s) => s.kind === 'agreed'));
  for (const s of brief.summary) {
    assert.ok(s.citations.length >= (s.kind === 'agreed' ? 2 : 1));
    for (const c of s.citations) assert.ok(c.end > c.start && c.end <= textOf(nameOf.get(c.articleId)!).length);
  }
});
