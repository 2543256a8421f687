/**
 * Search beyond articles on a real server: stories (matches grouped by
 * story), quotes (their words, `speaker:` their speaker), entities (names
 * holding the words), the `speaker:` and `entity:` filters on articles,
 * Chinese quotes and names, and the indexes of a database written before
 * they existed (filled once, on the first search that needs them).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { matchesQuery } from '../../src/storage/search-match.js';
import { parseSearchQuery } from '../../src/storage/search-query.js';
import { BACKENDS, pgLocation } from '../storage/backends.js';
import { bearer, CHINESE_STORY, createToken, OTHER_STORY, postJson, seedRecords, startTestServer, type TestServer } from './helpers.js';

interface Hit {
  id: string;
  kind?: string;
  title: string;
  storyId?: string;
  speaker?: string;
  matches?: number;
  entityType?: string;
  snippet: string;
}
interface Results {
  total: number;
  hits: Hit[];
  message?: string;
}

const QUOTED_CHINESE = {
  title: '市长谈新的公共交通计划',
  text: `${CHINESE_STORY.text}\n市长王建国说：“我们要让每个市民都能坐上干净的公交车。”他表示计划将在明年春天开始实施。`,
  source: '城市晚报',
  published: '2024-06-05',
};

for (const b of BACKENDS) describe(`${b.name}: search over stories, quotes and entities`, { skip: b.skip }, () => {
  let t: TestServer;
  const search = async (q: string, type?: string): Promise<{ status: number; body: Results }> => {
    const res = await fetch(`${t.url}/api/v1/search?q=${encodeURIComponent(q)}${type ? `&type=${type}` : ''}`);
    return { status: res.status, body: (await res.json()) as Results };
  };

  before(async () => {
    const db = b.name === 'postgres' ? pgLocation() : undefined;
    t = await startTestServer(db !== undefined ? { db } : {});
    const write = await createToken(db ?? t.db, 'write');
    const res = await postJson(`${t.url}/api/v1/articles`, [...seedRecords(), OTHER_STORY, QUOTED_CHINESE], bearer(write));
    assert.equal(((await res.json()) as { added: number }).added, 7);
  });
  after(async () => t.stop());

  it('groups matching articles by story', async () => {
    const articles = await search('Putin');
    const stories = await search('Putin', 'stories');
    assert.equal(stories.status, 200);
    assert.equal(stories.body.total, new Set(articles.body.hits.map((h) => h.storyId)).size);
    const top = stories.body.hits[0]!;
    assert.equal(top.kind, 'story');
    assert.equal(top.id, top.storyId);
    assert.equal(top.matches, articles.body.hits.filter((h) => h.storyId === top.id).length);
    assert.match(top.snippet, /<mark>Putin<\/mark>/);
    assert.equal((await search('harvest', 'stories')).body.hits[0]!.title, OTHER_STORY.title);
  });

  it('finds quotes by their words and their speaker', async () => {
    const lopez = await search('crates', 'quotes');
    assert.equal(lopez.body.total, 1);
    assert.equal(lopez.body.hits[0]!.kind, 'quote');
    assert.equal(lopez.body.hits[0]!.speaker, 'Maria Lopez');
    assert.match(lopez.body.hits[0]!.snippet, /<mark>crates<\/mark>/);
    const bySpeaker = await search('speaker:lopez', 'quotes');
    assert.equal(bySpeaker.body.total, 1);
    assert.equal((await search('crates speaker:Putin', 'quotes')).body.total, 0, 'the words and the speaker must both match one quote');
  });

  it('finds entities by the words of their names, most named first', async () => {
    const r = await search('Putin', 'entities');
    assert.equal(r.status, 200);
    const hit = r.body.hits[0]!;
    assert.equal(hit.kind, 'entity');
    assert.match(hit.title, /Putin/);
    assert.ok((hit.matches ?? 0) >= 3, `named in several articles (${hit.matches})`);
    assert.match(hit.snippet, /<mark>Putin<\/mark>/);
  });

  it('filters articles by speaker: and entity:, words of the name in order', async () => {
    const lopez = await search('speaker:Lopez');
    assert.deepEqual(lopez.body.hits.map((h) => h.title), [OTHER_STORY.title]);
    assert.equal((await search('harvest speaker:"Maria Lopez"')).body.total, 1);
    assert.equal((await search('harvest speaker:"Lopez Maria"')).body.total, 0);
    const putin = await search('entity:Putin');
    assert.ok(putin.body.total >= 3 && putin.body.hits.every((h) => h.title !== OTHER_STORY.title));
    const bad = await search('speaker:""');
    assert.equal(bad.status, 400);
    assert.match(bad.body.message ?? '', /speaker: needs a value/);
    assert.match((await search('colour:red')).body.message ?? '', /speaker:, entity:/);
  });

  it('finds Chinese quotes and words as character sequences', async () => {
    const q = await search('公交车', 'quotes');
    assert.equal(q.body.total, 1);
    assert.match(q.body.hits[0]!.snippet, /<mark>公交车<\/mark>/);
    assert.equal((await search('公共交通')).body.total, 1);
    assert.equal((await search('交通公共')).body.total, 0, 'characters in another order are not the word');
  });
});

describe('the alert matcher reads speaker: and entity: as search does', () => {
  it('matches names by their words in order', () => {
    const doc = { title: 't', text: 'x', speakers: ['Vladimir Putin'], entities: ['European Union'] };
    const q = (s: string) => {
      const p = parseSearchQuery(s);
      assert.ok(p.ok);
      return p.value;
    };
    assert.equal(matchesQuery(q('speaker:putin'), doc), true);
    assert.equal(matchesQuery(q('speaker:"putin vladimir"'), doc), false);
    assert.equal(matchesQuery(q('entity:"european union"'), doc), true);
    assert.equal(matchesQuery(q('entity:Putin'), doc), false);
  });
});

describe('a database from before the name and quote indexes', () => {
  it('indexes its articles on the first search that needs them', async () => {
    const t = await startTestServer();
    try {
      const write = await createToken(t.db, 'write');
      await postJson(`${t.url}/api/v1/articles`, [OTHER_STORY], bearer(write));
      // As migration 10 leaves an older database: nothing indexed yet, a backfill mark.
      const db = new Database(t.db);
      db.exec("DELETE FROM names; INSERT INTO name_fts(name_fts) VALUES ('delete-all'); DELETE FROM article_names; DELETE FROM article_quotes; INSERT INTO quote_fts(quote_fts) VALUES ('delete-all'); INSERT OR REPLACE INTO search_meta (key, value) SELECT 'names_backfill_upto', MAX(seq) FROM articles");
      db.close();
    } finally {
      await t.server.close();
    }
    const { startServer } = await import('../../src/server/start.js');
    const again = await startServer({ db: t.db, host: '127.0.0.1', port: 0, log: () => {} });
    try {
      const r = (await (await fetch(`${again.url}/api/v1/search?q=crates&type=quotes`)).json()) as Results;
      assert.equal(r.total, 1);
      assert.equal(r.hits[0]!.speaker, 'Maria Lopez');
    } finally {
      await again.close();
      await t.stop().catch(() => undefined);
    }
  });
});
