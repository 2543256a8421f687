/**
 * Quote and entity search, and the `speaker:` / `entity:` filters, on every
 * backend (backends.ts): the same articles and analyses give the same hits
 * on SQLite and PostgreSQL.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleIdFor, asStoryId } from '../../src/core/ids.js';
import { systemClock } from '../../src/core/result.js';
import { ingestSources } from '../../src/pipeline/ingest-sources.js';
import { enqueueSources } from '../../src/pipeline/queue-enqueue.js';
import { runWorker } from '../../src/pipeline/queue-worker.js';
import { openPostgres } from '../../src/storage/create-store.js';
import type { Analysis, CleanArticle, EntityMention, Quote } from '../../src/core/types.js';
import { parseSearchQuery } from '../../src/storage/search-query.js';
import type { SearchRequest } from '../../src/storage/service-types.js';
import type { Store } from '../../src/storage/store.js';
import type { PgStore } from '../../src/storage/postgres/pg-store.js';
import { BACKENDS, PG_SKIP, pgLocation } from './backends.js';

interface Said {
  readonly speaker?: string;
  readonly words: string;
}

/** An article whose text holds each quote in quotation marks, with its entities named. */
function article(title: string, lead: string, said: readonly Said[], names: readonly [string, EntityMention['type']][], extra: { source?: string; language?: string } = {}) {
  let text = lead;
  const quotes: Quote[] = [];
  for (const s of said) {
    text += ' "';
    const start = text.length;
    text += s.words;
    quotes.push({ start, end: text.length, text: s.words, ...(s.speaker !== undefined ? { speaker: s.speaker } : {}) });
    text += `," ${s.speaker ?? 'someone'} said.`;
  }
  const entities: EntityMention[] = names.map(([name, type]) => ({ start: 0, end: 1, text: text.slice(0, 1), name, type }));
  const id = articleIdFor(text);
  const a: CleanArticle = {
    id,
    title,
    text,
    meta: { publishedFrom: 'none', headings: [], captions: [], credits: [], machineTranslated: false, removed: [], ...(extra.source !== undefined ? { source: extra.source } : {}) },
  };
  const analysis: Analysis = { articleId: id, language: extra.language ?? 'en', sentences: [], entities, quotes, figures: [], dates: [] };
  return { article: a, analysis };
}

const XS = [
  article('Farmers fear a poor harvest', 'Farmers in the valley expect a poor harvest.', [{ speaker: 'Maria Lopez', words: 'We are filling half the crates we filled last year' }], [
    ['Maria Lopez', 'person'],
    ['Valley Growers Union', 'organization'],
  ], { source: 'Herald' }),
  article('Kremlin answers on talks', 'The Kremlin said talks could resume.', [{ speaker: 'Vladimir Putin', words: 'We are ready to talk about the harvest deal' }, { words: 'No date is set' }], [
    ['Vladimir Putin', 'person'],
    ['Dmitry Peskov', 'person'],
  ], { source: 'Gazette' }),
  article('Putin visits the fields', 'Vladimir Putin toured the farms.', [], [['Vladimir Putin', 'person']], { source: 'Herald' }),
  article('市长谈公交计划', '市长王建国介绍了新的公共交通计划。', [{ speaker: '王建国', words: '我们要让每个市民都能坐上干净的公交车' }], [['王建国', 'person']], { source: '城市晚报', language: 'zh' }),
];

function run(store: Store, q: string, target?: SearchRequest['target']) {
  const parsed = parseSearchQuery(q);
  assert.ok(parsed.ok, q);
  return store.search({ query: parsed.value, limit: 10, offset: 0, ...(target !== undefined ? { target } : {}) });
}

for (const b of BACKENDS) {
  const name = (what: string): string => `${b.name}: ${what}`;

  test(name('quotes are found by their words and their own speaker, with the article filters'), { skip: b.skip }, () => {
    const store = b.fresh();
    for (const x of XS) store.putArticle(x.article, x.analysis, 'now');
    const crates = run(store, 'crates', 'quotes');
    assert.equal(crates.total, 1);
    assert.equal(crates.hits[0]!.kind, 'quote');
    assert.equal(crates.hits[0]!.speaker, 'Maria Lopez');
    assert.equal(crates.hits[0]!.id, XS[0]!.article.id);
    assert.match(crates.hits[0]!.snippet, /<mark>crates<\/mark>/);
    assert.deepEqual(crates.facets.sources, [{ value: 'Herald', count: 1 }]);
    assert.equal(run(store, 'speaker:lopez', 'quotes').total, 1);
    assert.equal(run(store, 'crates speaker:Putin', 'quotes').total, 0, 'the words and the speaker must both match one quote');
    assert.deepEqual(run(store, 'harvest', 'quotes').hits.map((h) => h.speaker), ['Vladimir Putin'], 'words of the article outside its quotes do not count');
    assert.equal(run(store, 'source:herald', 'quotes').total, 1);
    assert.equal(run(store, 'date', 'quotes').hits[0]!.speaker, undefined, 'a quote without a speaker is found by its words');
    const zh = run(store, '公交车', 'quotes');
    assert.equal(zh.total, 1);
    assert.equal(zh.hits[0]!.speaker, '王建国');
    assert.equal(run(store, 'speaker:王建国', 'quotes').total, 1);
    store.close();
  });

  test(name('entities are found by the words of their names, most named first'), { skip: b.skip }, () => {
    const store = b.fresh();
    for (const x of XS) store.putArticle(x.article, x.analysis, 'now');
    const putin = run(store, 'Putin', 'entities');
    assert.equal(putin.total, 1);
    assert.deepEqual(
      { id: putin.hits[0]!.id, kind: putin.hits[0]!.kind, title: putin.hits[0]!.title, type: putin.hits[0]!.entityType, matches: putin.hits[0]!.matches },
      { id: 'entity:vladimir putin', kind: 'entity', title: 'Vladimir Putin', type: 'person', matches: 2 },
    );
    assert.deepEqual(run(store, 'vladimir OR dmitry', 'entities').hits.map((h) => [h.title, h.matches]), [['Vladimir Putin', 2], ['Dmitry Peskov', 1]]);
    assert.deepEqual(run(store, 'union', 'entities').hits.map((h) => h.entityType), ['organization']);
    assert.deepEqual(run(store, 'entity:"Maria Lopez"', 'entities').hits.map((h) => h.title), ['Maria Lopez']);
    assert.equal(run(store, 'Lopez', 'entities').total, 1, 'a speaker who is also named as an entity is one entity');
    assert.equal(run(store, '王建国', 'entities').total, 1);
    assert.equal(run(store, 'harvest', 'entities').total, 0);
    store.close();
  });

  test(name('speaker: and entity: filter articles and stories by the words of a name, in order'), { skip: b.skip }, () => {
    const store = b.fresh();
    for (const x of XS) store.putArticle(x.article, x.analysis, 'now');
    const ids = (q: string, target?: SearchRequest['target']): string[] => run(store, q, target).hits.map((h) => h.id).sort();
    const id = (i: number): string => XS[i]!.article.id;
    assert.deepEqual(ids('speaker:Lopez'), [id(0)]);
    assert.deepEqual(ids('harvest speaker:"Maria Lopez"'), [id(0)]);
    assert.deepEqual(ids('speaker:"Lopez Maria"'), [], 'the words of a name in order');
    assert.deepEqual(ids('speaker:Peskov'), [], 'an entity is not a speaker');
    assert.deepEqual(ids('entity:Putin'), [id(1), id(2)].sort());
    assert.deepEqual(ids('entity:Putin source:herald'), [id(2)]);
    assert.deepEqual(ids('entity:王建国'), [id(3)]);
    assert.deepEqual(ids('公共交通'), [id(3)]);
    assert.deepEqual(ids('交通公共'), [], 'a Chinese word is its characters in order');
    assert.equal(run(store, 'entity:Putin').total, 2);
    store.setStory(XS[1]!.article.id, asStoryId('s_putin'));
    store.setStory(XS[2]!.article.id, asStoryId('s_putin'));
    store.setStory(XS[0]!.article.id, asStoryId('s_farm'));
    assert.deepEqual(run(store, 'entity:Putin', 'stories').hits.map((h) => [h.id, h.matches]), [['s_putin', 2]]);
    assert.deepEqual(run(store, 'harvest speaker:Lopez', 'stories').hits.map((h) => [h.id, h.matches]), [['s_farm', 1]]);
    store.close();
  });
}

test('postgres: articles stored before the names tables existed are indexed once, by the first search that needs them', { skip: BACKENDS[1]!.skip }, () => {
  const b = BACKENDS[1]!;
  const location = b.location();
  const store = b.open(location) as PgStore;
  for (const x of XS) store.putArticle(x.article, x.analysis, 'now');
  // What migration 5 finds on a database written before it: articles, empty name tables, every article listed to index.
  store.db.exec('DELETE FROM article_names; DELETE FROM names; DELETE FROM article_quotes; INSERT INTO names_backfill (seq) SELECT seq FROM articles');
  store.close();
  const again = b.open(location);
  assert.equal(run(again, 'Putin', 'entities').hits[0]!.matches, 2);
  assert.equal(run(again, 'crates', 'quotes').total, 1);
  assert.equal(run(again, 'speaker:Lopez').total, 1);
  assert.equal(run(again, 'Putin', 'entities').hits[0]!.matches, 2, 'indexed once: a second search counts the same');
  again.close();
});

/** A small stream whose articles quote named speakers, as `parallax ingest` and `parallax worker` read it. */
function quotedStream(): string {
  const people = ['Anna Berg', 'Tomas Lindqvist', 'Olga Petrova'];
  const lines = [0, 1, 2, 3, 4, 5].map((n) => {
    const who = people[n % people.length]!;
    const text = [
      `The harbour authority in Port Elan approved plan number ${n} for the ferry terminal on Monday, ${who} told reporters.`,
      `"We will rebuild the cranes before the winter storms arrive in plan ${n}," said ${who}, who chairs the harbour board.`,
      `Dockworkers said ${100 + n} jobs depended on the terminal and on the shipping company.`,
    ].join('\n\n');
    return JSON.stringify({ title: `Harbour plan ${n}`, text, source: `Courier ${n % 2}`, published: `2024-05-0${1 + n}` });
  });
  const dir = mkdtempSync(join(tmpdir(), 'px-search-targets-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'stream.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** What quote and entity search and the name filters answer, in a form both backends must give alike. */
function answers(store: Store): unknown {
  const page = (q: string, target?: SearchRequest['target']) => {
    const r = run(store, q, target);
    return { total: r.total, hits: r.hits.map((h) => [h.kind ?? 'article', h.title, h.speaker, h.entityType, h.matches, h.snippet]) };
  };
  return {
    cranes: page('cranes', 'quotes'),
    berg: page('speaker:Berg', 'quotes'),
    petrova: page('Petrova', 'entities'),
    people: page('anna OR olga OR tomas', 'entities'),
    filtered: page('harbour speaker:"Olga Petrova"'),
  };
}

test('postgres: the worker path indexes names and quotes as ingest does, and both backends answer alike', { skip: PG_SKIP, timeout: 120_000 }, async () => {
  const file = quotedStream();
  const ref = BACKENDS[0]!.fresh();
  await ingestSources(ref, [file], { clock: systemClock });
  const expected = answers(ref);
  ref.close();
  assert.ok((expected as { cranes: { total: number } }).cranes.total > 0, 'the analysis found the quotes');
  const pg = openPostgres(pgLocation());
  await enqueueSources(pg, [file], {});
  await runWorker(pg, { clock: systemClock, drain: true, batch: 2, pollMs: 20 });
  assert.deepEqual(answers(pg), expected);
  pg.close();
});
