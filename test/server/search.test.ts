/**
 * GET /api/v1/search on a real server: BM25 ranking, highlighted snippets,
 * the query language (phrases, AND/OR/NOT, prefixes, fields), facets,
 * Chinese, and the 400s for malformed queries.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bearer, CHINESE_STORY, createToken, OTHER_STORY, postJson, seedRecords, startTestServer, type TestServer } from './helpers.js';

interface Hit {
  id: string;
  title: string;
  source?: string;
  language?: string;
  storyId?: string;
  score: number;
  snippet: string;
}
interface Results {
  total: number;
  hits: Hit[];
  facets: { sources: { value: string; count: number }[]; languages: { value: string; count: number }[]; days: { value: string; count: number }[] };
}

describe('search', () => {
  let t: TestServer;
  const search = async (q: string, extra = ''): Promise<{ status: number; body: Results & { message?: string } }> => {
    const res = await fetch(`${t.url}/api/v1/search?q=${encodeURIComponent(q)}${extra}`);
    return { status: res.status, body: (await res.json()) as Results & { message?: string } };
  };

  before(async () => {
    t = await startTestServer();
    const write = await createToken(t.db, 'write');
    const res = await postJson(`${t.url}/api/v1/articles`, [...seedRecords(), OTHER_STORY, CHINESE_STORY], bearer(write));
    assert.equal(((await res.json()) as { added: number }).added, 7);
  });
  after(async () => t.stop());

  it('finds a posted article with the match highlighted in its snippet', async () => {
    const { status, body } = await search('apple harvest');
    assert.equal(status, 200);
    assert.equal(body.total, 1);
    assert.equal(body.hits[0]!.title, OTHER_STORY.title);
    assert.match(body.hits[0]!.snippet, /record <mark>apple<\/mark> <mark>harvest<\/mark>/);
    assert.ok(body.hits[0]!.storyId?.startsWith('s_'));
  });

  it('ranks by BM25 and facets every match', async () => {
    const { body } = await search('Putin');
    assert.equal(body.total, 5);
    const scores = body.hits.map((h) => h.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => a - b), 'best (lowest) first');
    assert.equal(body.facets.sources.reduce((n, f) => n + f.count, 0), 5);
    assert.deepEqual(body.facets.languages, [{ value: 'en', count: 5 }]);
    for (const h of body.hits) assert.match(h.snippet, /<mark>Putin<\/mark>/);
    const page = await search('Putin', '&limit=2&offset=4');
    assert.deepEqual(page.body.hits.map((h) => h.id), [body.hits[4]!.id]);
  });

  it('phrases, OR, NOT, prefixes and fields', async () => {
    const phrase = await search('"video call"');
    assert.ok(phrase.body.total >= 1 && phrase.body.total < 5, `phrase total ${phrase.body.total}`);
    // A title-only match has the text's opening as its snippet (titles are ranked, not snippeted).
    for (const h of phrase.body.hits) assert.ok(/<mark>video call<\/mark>/i.test(h.snippet) || /video call/i.test(h.title), h.title);
    assert.ok(phrase.body.hits.some((h) => /<mark>video call<\/mark>/i.test(h.snippet)));
    const either = await search('apple OR Kremlin');
    const kremlin = await search('Kremlin');
    assert.equal(either.body.total, kremlin.body.total + 1);
    const without = await search('Putin -Kremlin');
    assert.equal(without.body.total, 5 - kremlin.body.total);
    assert.equal((await search('Putin NOT Kremlin')).body.total, without.body.total);
    assert.equal((await search('harv*')).body.total, 1);
    const bySource = await search(`Putin source:"${seedRecords()[2]!.source}"`);
    assert.deepEqual(bySource.body.hits.map((h) => h.source), [seedRecords()[2]!.source]);
    assert.equal((await search('source:"Valley Post"')).body.total, 1, 'a filter alone lists its articles');
    assert.equal((await search('Putin lang:zh')).body.total, 0);
    assert.equal((await search('harvest from:2024-10-01 to:2024-10-31')).body.total, 1);
    assert.equal((await search('harvest to:2024-09-30')).body.total, 0);
  });

  it('Chinese words match as character sequences, with diacritics and case folded elsewhere', async () => {
    const { body } = await search('交通');
    assert.equal(body.total, 1);
    assert.equal(body.hits[0]!.language, 'zh');
    assert.match(body.hits[0]!.snippet, /<mark>交通<\/mark>/);
    assert.equal((await search('电动公交车')).body.total, 1);
    assert.equal((await search('交通 lang:zh')).body.total, 1);
    assert.equal((await search('KRÉMLIN')).body.total, (await search('kremlin')).body.total);
  });

  it('a malformed query is a 400 saying what to fix', async () => {
    const cases: [string, RegExp][] = [
      ['NOT Putin', /NOT needs something to exclude from/],
      ['"video call', /unclosed quote/],
      ['(Putin OR Biden', /"\(" is never closed/],
      ['Putin)', /"\)" has no matching "\("/],
      ['colour:red', /unknown field "colour:"/],
      ['from:yesterday', /from: takes a day as YYYY-MM-DD/],
      ['Putin OR', /an operator needs a term after it/],
      ['!!!', /no words to search for/],
    ];
    for (const [q, message] of cases) {
      const { status, body } = await search(q);
      assert.equal(status, 400, q);
      assert.match(body.message!, message, q);
    }
    const empty = await fetch(`${t.url}/api/v1/search`);
    assert.equal(empty.status, 400);
    assert.match(((await empty.json()) as { message: string }).message, /must have required property 'q'/);
    assert.equal((await search('x', '&limit=51')).status, 400);
  });

  it('nothing a query contains reaches FTS5 syntax', async () => {
    for (const q of ['title:Putin', 'NEAR(Putin Biden)', 'Putin^', '"" OR ""', '* OR x', 'a AND AND b', '- -', 'Putin:']) {
      const { status } = await search(q);
      assert.ok(status === 200 || status === 400, `${q} → ${status}`);
    }
  });
});
