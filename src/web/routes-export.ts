/**
 * Exports of every list as JSON or CSV: the stories (with the page's
 * filters), a search's hits, a story's articles, the watched sources and
 * the alerts. The brief itself exports through the API (brief.md,
 * brief.html, JSON), linked from the story page.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { asStoryId } from '../core/ids.js';
import { parseSearchQuery } from '../storage/search-query.js';
import type { SearchHit, StorySummary } from '../storage/service-types.js';
import { callApi, mayRead, params, toLogin, type Web } from './context.js';
import { exportHeaders, toCsv, type Cell } from './export.js';
import { decodeCursor, hidden, STORY_ID, storyFilters, storyQuery } from './routes-pages.js';

/** Rows exported at most per list. */
const MAX_ROWS = 1000;

type Format = 'json' | 'csv';

function send(reply: FastifyReply, name: string, format: Format, json: unknown, columns: readonly string[], rows: readonly (readonly Cell[])[]): FastifyReply {
  for (const [k, v] of Object.entries(exportHeaders(name, format))) reply.header(k, v);
  return reply.send(format === 'json' ? JSON.stringify(json, null, 2) : toCsv(columns, rows));
}

export function exportRoutes(web: Web): void {
  const { app, deps } = web;
  const store = deps.store;
  const route = (path: string, fn: (req: FastifyRequest, reply: FastifyReply, format: Format) => Promise<FastifyReply> | FastifyReply): void => {
    for (const format of ['json', 'csv'] as const) {
      app.get(`${path}.${format}`, hidden, async (req, reply) => (mayRead(web, req) ? fn(req, reply, format) : toLogin(req, reply)));
    }
  };

  route('/export/stories', (req, reply, format) => {
    const p = params(req);
    const f = storyFilters(p);
    const stories: StorySummary[] = [];
    let after = decodeCursor(f.sort, p.cursor);
    while (stories.length < MAX_ROWS) {
      const page = store.storyPage(storyQuery(f, 100, after));
      stories.push(...page.stories);
      if (page.next === undefined) break;
      after = page.next;
    }
    const rows = stories.map((s) => [s.id, s.title, s.articles, s.sourceCount, s.sources.map((x) => x.name).join('; '), s.languages.join(' '), s.firstPublished, s.lastPublished, s.updatedAt]);
    return send(reply, 'stories', format, { stories }, ['id', 'title', 'articles', 'sources', 'source names', 'languages', 'first published', 'last published', 'updated at'], rows);
  });

  route('/export/search', (req, reply, format) => {
    const q = (params(req).q ?? '').slice(0, 500);
    const parsed = parseSearchQuery(q);
    if (!parsed.ok) return reply.code(400).type('text/plain; charset=utf-8').send(`q: ${parsed.detail ?? parsed.reason}`);
    const hits: SearchHit[] = [];
    let total = 0;
    while (hits.length < MAX_ROWS) {
      const r = store.search({ query: parsed.value, limit: 50, offset: hits.length });
      total = r.total;
      hits.push(...r.hits);
      if (r.hits.length < 50) break;
    }
    // The snippet is HTML; the export gives it as text.
    const text = (s: string): string => s.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const rows = hits.map((x) => [x.id, x.title, x.source, x.language, x.published, x.storyId, text(x.snippet)]);
    return send(reply, 'search', format, { q, total, hits: hits.map((x) => ({ ...x, snippet: text(x.snippet) })) }, ['id', 'title', 'source', 'language', 'published', 'story', 'snippet'], rows);
  });

  for (const format of ['json', 'csv'] as const) {
    app.get(`/export/story/:id.${format}`, hidden, async (req, reply) => {
      if (!mayRead(web, req)) return toLogin(req, reply);
      const id = (req.params as { id: string }).id;
      const brief = STORY_ID.test(id) && store.storySummary(asStoryId(id)) !== undefined ? await web.briefs.get(id) : undefined;
      if (brief === undefined) return reply.code(404).type('text/plain; charset=utf-8').send(`no story ${id}`);
      const articles = brief.articles.map(({ text: _text, ...a }) => a);
      const rows = brief.articles.map((a) => [a.ref, a.id, a.source, a.title, a.published ?? a.publishedInferred, a.language, a.machineTranslated, a.words, a.url]);
      return send(reply, `story-${id}-articles`, format, { id, title: brief.title, articles }, ['ref', 'id', 'source', 'title', 'published', 'language', 'machine translated', 'words', 'url'], rows);
    });
  }

  route('/export/sources', async (req, reply, format) => {
    const api = await callApi(web, req, 'GET', '/api/v1/sources');
    const sources = api.status === 200 ? ((api.json as { sources: Record<string, Cell>[] }).sources ?? []) : [];
    const cols = ['id', 'kind', 'url', 'createdAt', 'lastPollAt', 'lastSuccessAt', 'lastError', 'failures', 'itemsSeen', 'itemsPerDay', 'nextPollAt', 'intervalSec'];
    return send(reply, 'sources', format, { sources }, cols, sources.map((s) => cols.map((c) => s[c])));
  });

  route('/export/alerts', async (req, reply, format) => {
    const api = await callApi(web, req, 'GET', '/api/v1/alerts');
    const alerts = api.status === 200 ? ((api.json as { alerts: Record<string, Cell>[] }).alerts ?? []) : [];
    const cols = ['id', 'name', 'query', 'storyId', 'entity', 'onDisagreement', 'webhookUrl', 'feedUrl', 'createdAt'];
    return send(reply, 'alerts', format, { alerts }, cols, alerts.map((a) => cols.map((c) => a[c])));
  });
}
