/**
 * What every storage backend must do, run against each (backends.ts): the
 * SQLite half always, the PostgreSQL half when PARALLAX_TEST_PG is set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleIdFor, asStoryId } from '../../src/core/ids.js';
import type { Analysis, CleanArticle } from '../../src/core/types.js';
import { parseSearchQuery } from '../../src/storage/search-query.js';
import type { Store } from '../../src/storage/store.js';
import { BACKENDS } from './backends.js';

function article(text: string, title = 'A title', extra: { source?: string; published?: string; language?: string } = {}): { article: CleanArticle; analysis: Analysis } {
  const id = articleIdFor(text);
  return {
    article: {
      id,
      title,
      text,
      meta: {
        publishedFrom: 'none',
        headings: [],
        captions: [],
        credits: [],
        machineTranslated: false,
        removed: [],
        ...(extra.source !== undefined ? { source: extra.source } : {}),
        ...(extra.published !== undefined ? { published: extra.published } : {}),
      },
    },
    analysis: { articleId: id, language: extra.language ?? 'en', sentences: [], entities: [], quotes: [], figures: [], dates: [] },
  };
}

function search(store: Store, q: string, limit = 10) {
  const parsed = parseSearchQuery(q);
  assert.ok(parsed.ok, q);
  return store.search({ query: parsed.value, limit, offset: 0 });
}

for (const b of BACKENDS) {
  const name = (what: string): string => `${b.name}: ${what}`;

  test(name('an article is stored once; a second put of the same id changes nothing'), { skip: b.skip }, () => {
    const store = b.fresh();
    const a = article('Biden and Putin will talk on Tuesday.');
    assert.equal(store.putArticle(a.article, a.analysis, '2021-12-05T00:00:00Z'), true);
    assert.equal(store.putArticle(a.article, a.analysis, '2021-12-06T00:00:00Z'), false);
    assert.equal(store.countArticles(), 1);
    assert.deepEqual(store.getArticle(a.article.id)?.article, a.article);
    assert.equal(store.hasArticle(articleIdFor('something else')), false);
    assert.deepEqual(store.articlesAfter(0, 10).map((s) => s.article.id), [a.article.id]);
    store.close();
  });

  test(name('stories list their articles in stream order, largest story first; one story is read by its id'), { skip: b.skip }, () => {
    const store = b.fresh();
    const xs = ['one text here', 'two text here', 'three text here', 'four text here'].map((t) => article(t));
    for (const x of xs) store.putArticle(x.article, x.analysis, 'now');
    store.setStory(xs[0]!.article.id, asStoryId('s_small'));
    store.setStory(xs[1]!.article.id, asStoryId('s_big'));
    store.setStory(xs[2]!.article.id, asStoryId('s_big'));
    const stories = store.listStories();
    assert.deepEqual(stories.map((s) => s.id), ['s_big', 's_small']);
    assert.deepEqual(stories[0]!.articleIds, [xs[1]!.article.id, xs[2]!.article.id]);
    assert.deepEqual(store.getStory(asStoryId('s_big')), { id: 's_big', articleIds: [xs[1]!.article.id, xs[2]!.article.id] });
    assert.deepEqual(store.storyArticles(asStoryId('s_big'))[1]!.analysis, xs[2]!.analysis);
    assert.equal(store.getStory(asStoryId('s_none')), undefined);
    assert.deepEqual(store.storyArticles(asStoryId('s_none')), []);
    store.close();
  });

  test(name('state blobs and rejections persist across reopening; a rejection is kept once per input and reason'), { skip: b.skip }, () => {
    const at = b.location();
    const s1 = b.open(at);
    s1.saveState('cluster', '{"version":1}');
    s1.saveState('cluster', '{"version":2}');
    for (const when of ['t1', 't2']) {
      s1.putRejection({ path: 'a.txt', reason: 'too-short', detail: '12 chars', at: when });
      s1.putRejection({ path: 'b.txt', reason: 'empty', at: when });
    }
    s1.close();
    const s2 = b.open(at);
    assert.equal(s2.loadState('cluster'), '{"version":2}');
    assert.equal(s2.loadState('missing'), undefined);
    assert.deepEqual(s2.listRejections(), [
      { path: 'a.txt', reason: 'too-short', detail: '12 chars', at: 't2' },
      { path: 'b.txt', reason: 'empty', at: 't2' },
    ]);
    s2.close();
  });

  test(name('a transaction that throws leaves nothing behind; an inner one that throws undoes only its own writes'), { skip: b.skip }, () => {
    const store = b.fresh();
    const [x, y, z] = ['A text that will be rolled back.', 'A text that stays.', 'An inner text undone.'].map((t) => article(t));
    assert.throws(() =>
      store.transaction(() => {
        store.putArticle(x!.article, x!.analysis, 'now');
        throw new Error('boom');
      }),
    );
    assert.equal(store.countArticles(), 0);
    store.transaction(() => {
      store.putArticle(y!.article, y!.analysis, 'now');
      assert.throws(() =>
        store.transaction(() => {
          store.putArticle(z!.article, z!.analysis, 'now');
          throw new Error('inner');
        }),
      );
    });
    assert.deepEqual(store.listArticles().map((s) => s.article.id), [y!.article.id]);
    store.close();
  });

  test(name('story summaries follow every move of an article between stories'), { skip: b.skip }, () => {
    const store = b.fresh();
    const xs = [
      article('The harbour bridge reopened after repairs.', 'Bridge reopens', { source: 'Gazette', published: '2024-05-01' }),
      article('Traffic returned to the harbour bridge on Friday.', 'Traffic returns', { source: 'Herald', published: '2024-05-03' }),
      article('Schools close early for the summer.', 'Schools close', { source: 'Gazette', published: '2024-05-02', language: 'de' }),
    ];
    for (const x of xs) store.putArticle(x.article, x.analysis, '2024-05-04T00:00:00Z');
    assert.equal(store.lastStoryChange(), 0);
    store.setStory(xs[0]!.article.id, asStoryId('s_one'));
    store.setStory(xs[1]!.article.id, asStoryId('s_one'));
    store.setStory(xs[2]!.article.id, asStoryId('s_two'));
    const one = store.storySummary(asStoryId('s_one'))!;
    assert.deepEqual(
      { articles: one.articles, sourceCount: one.sourceCount, title: one.title, first: one.firstPublished, last: one.lastPublished, sources: one.sources, languages: one.languages },
      { articles: 2, sourceCount: 2, title: 'Bridge reopens', first: '2024-05-01', last: '2024-05-03', sources: [{ name: 'Gazette', articles: 1 }, { name: 'Herald', articles: 1 }], languages: ['en'] },
    );
    assert.equal(store.countStories(), 2);
    const before = store.lastStoryChange();
    store.setStory(xs[2]!.article.id, asStoryId('s_one'));
    assert.equal(store.storySummary(asStoryId('s_two')), undefined, 'an emptied story is gone');
    const moved = store.storySummary(asStoryId('s_one'))!;
    assert.deepEqual([moved.articles, moved.sourceCount, moved.languages], [3, 2, ['en', 'de']]);
    assert.deepEqual(moved.sources, [{ name: 'Gazette', articles: 2 }, { name: 'Herald', articles: 1 }]);
    assert.ok(moved.updatedSeq > before);
    store.setStory(xs[0]!.article.id, asStoryId('s_three'));
    const three = store.storySummary(asStoryId('s_three'))!;
    assert.equal(three.createdSeq, three.updatedSeq, 'a new story');
    assert.equal(store.storySummary(asStoryId('s_one'))!.title, 'Traffic returns', 'the title is the first remaining article’s');
    assert.deepEqual(store.storiesChangedSince(before, 10).map((s) => s.id), ['s_one', 's_three']);
    const page1 = store.storyPage({ sort: 'size', limit: 1 });
    assert.deepEqual(page1.stories.map((s) => s.id), ['s_one']);
    const page2 = store.storyPage({ sort: 'size', limit: 1, after: page1.next! });
    assert.deepEqual(page2.stories.map((s) => s.id), ['s_three']);
    assert.equal(page2.next, undefined);
    assert.deepEqual(store.storyPage({ sort: 'updated', limit: 10, source: 'Herald' }).stories.map((s) => s.id), ['s_one']);
    assert.deepEqual(store.storyPage({ sort: 'updated', limit: 10, language: 'de' }).stories.map((s) => s.id), ['s_one']);
    assert.deepEqual(store.storyPage({ sort: 'updated', limit: 10, from: '2024-05-03', minSources: 2 }).stories.map((s) => s.id), ['s_one']);
    store.close();
  });

  test(name('search: words, phrases, NOT, OR, prefixes, filters, facets, Chinese; user text is never query syntax'), { skip: b.skip }, () => {
    const store = b.fresh();
    const xs = [
      article('The city council approved the budget on Monday after a long debate.', 'Council approves budget', { source: 'Gazette', published: '2024-05-01' }),
      article('Budget talks stalled as the tax plan drew protests from residents.', 'Tax plan stalls', { source: 'Herald', published: '2024-05-02' }),
      article('Der Stadtrat in Zürich hat den Haushalt für das kommende Jahr beschlossen.', 'Stadtrat beschließt Haushalt', { source: 'Zeitung', published: '2024-05-02', language: 'de' }),
      article('中国政府周一宣布了新的预算计划。', '中国政府宣布预算', { source: 'Xinhua', published: '2024-05-03', language: 'zh' }),
    ];
    for (const x of xs) store.putArticle(x.article, x.analysis, 'now');
    const ids = (q: string): string[] => search(store, q).hits.map((h) => h.id).sort();
    const id = (i: number): string => xs[i]!.article.id;
    assert.deepEqual(ids('budget'), [id(0), id(1)].sort());
    assert.deepEqual(ids('"city council"'), [id(0)]);
    assert.deepEqual(ids('budget -tax'), [id(0)]);
    assert.deepEqual(ids('debate OR protests'), [id(0), id(1)].sort());
    assert.deepEqual(ids('approv*'), [id(0)]);
    assert.deepEqual(ids('haushalt'), [id(2)]);
    assert.deepEqual(ids('zurich'), [id(2)], 'diacritics folded on both sides');
    assert.deepEqual(ids('政府'), [id(3)]);
    assert.deepEqual(ids('budget source:herald'), [id(1)]);
    assert.deepEqual(ids('from:2024-05-02 to:2024-05-02'), [id(1), id(2)].sort());
    assert.deepEqual(ids('lang:de'), [id(2)]);
    assert.deepEqual(ids("NEAR(a b) x^ 'quoted' :* & | !"), []);
    const r = search(store, 'budget');
    assert.equal(r.total, 2);
    assert.deepEqual(r.facets.sources, [{ value: 'Gazette', count: 1 }, { value: 'Herald', count: 1 }]);
    assert.deepEqual(r.facets.days, [{ value: '2024-05-02', count: 1 }, { value: '2024-05-01', count: 1 }]);
    assert.equal(r.hits[0]!.id, id(0), 'a title match ranks first');
    assert.match(r.hits[0]!.snippet, /<mark>budget<\/mark>/i);
    // Stories as the target: one hit per story whose articles match.
    store.setStory(xs[0]!.article.id, asStoryId('s_budget'));
    store.setStory(xs[1]!.article.id, asStoryId('s_budget'));
    store.setStory(xs[2]!.article.id, asStoryId('s_rat'));
    const parsed = parseSearchQuery('budget OR haushalt');
    assert.ok(parsed.ok);
    const st = store.search({ query: parsed.value, limit: 10, offset: 0, target: 'stories' });
    assert.equal(st.total, 2);
    assert.deepEqual(st.hits.map((h) => [h.id, h.kind, h.matches]).sort(), [['s_budget', 'story', 2], ['s_rat', 'story', 1]]);
    store.close();
  });

  test(name('tokens are found by hash; sources are added once per URL'), { skip: b.skip }, () => {
    const store = b.fresh();
    store.putToken('h1', { id: 'tok_1', scope: 'write', createdAt: '2024-01-01T00:00:00Z' });
    assert.deepEqual(store.findToken('h1'), { id: 'tok_1', scope: 'write', createdAt: '2024-01-01T00:00:00Z' });
    assert.equal(store.findToken('h2'), undefined);
    const src = store.sourceStore();
    const rec = { id: 'src_1', kind: 'feed' as const, url: 'https://example.com/feed.xml', createdAt: 't', nextPollAt: 't', intervalSec: 600, failures: 0, itemsSeen: 0 };
    assert.equal(src.add(rec), true);
    assert.equal(src.add({ ...rec, id: 'src_2' }), false);
    src.update('src_1', { nextPollAt: 'u', intervalSec: 300, failures: 1, itemsSeen: 2, etag: '"x"', lastError: 'boom' });
    assert.deepEqual(src.get('src_1'), { ...rec, nextPollAt: 'u', intervalSec: 300, failures: 1, itemsSeen: 2, etag: '"x"', lastError: 'boom' });
    assert.equal(src.add({ ...rec, id: 'src_3', kind: 'sitemap', url: 'https://example.com/sitemap.xml' }), true);
    assert.equal(src.remove('src_3'), true);
    src.markFile('src_1', '/a.txt', 10, 1234.5);
    assert.equal(src.fileSeen('src_1', '/a.txt', 10, 1234), true);
    assert.equal(src.remove('src_1'), true);
    assert.deepEqual(src.list(), []);
    store.close();
  });

  test(name('alerts: an event is stored once per key, with its delivery'), { skip: b.skip }, () => {
    const store = b.fresh();
    const alerts = store.alertStore();
    alerts.add({ id: 'al_1', name: 'budget', query: 'budget', onDisagreement: false, webhookUrl: 'https://example.com/hook', createdAt: 't' });
    const ev = { id: 'ev_1', alertId: 'al_1', at: '2024-01-01T00:00:00Z', kind: 'article' as const, key: 'a_1', title: 'T', summary: 'S' };
    const delivery = { id: 'd_1', alertId: 'al_1', eventId: 'ev_1', at: ev.at, status: 'pending' as const, attempts: 0, nextAttemptAt: ev.at };
    assert.equal(alerts.addEvent(ev, delivery), true);
    assert.equal(alerts.addEvent({ ...ev, id: 'ev_2' }), false);
    assert.deepEqual(alerts.events('al_1', 10), [ev]);
    assert.deepEqual(alerts.dueDeliveries('2024-01-02', 10), [delivery]);
    alerts.setCursor('articles', 41);
    alerts.setCursor('articles', 42);
    assert.equal(alerts.cursor('articles'), 42);
    assert.equal(alerts.remove('al_1'), true);
    assert.deepEqual(alerts.deliveries('al_1', 10), []);
    store.close();
  });
}
