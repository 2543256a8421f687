/**
 * The pages: stories (and the one-story fragment the script inserts live),
 * a story, search, attention, sources, alerts, sign-in, the assets, and an
 * event stream for pages (the API's stream, reachable with a session).
 * Handlers read the store directly (the list and search cost what the API
 * calls cost); sources and alerts go through the API in process.
 */
import type { FastifyContextConfig, FastifyReply, FastifyRequest } from 'fastify';
import { asStoryId } from '../core/ids.js';
import { parseSearchQuery } from '../storage/search-query.js';
import type { StoryQuery, StorySummary } from '../storage/service-types.js';
import { securityHeaders } from '../server/access.js';
import { encodeCursor } from '../server/routes-stories.js';
import { loadAssets } from './assets.js';
import { allParams, callApi, mayRead, params, sendMessage, sendPage, sendStoryPage, sessionOf, toLogin, type Web } from './context.js';
import { alertsBody, type AlertView, type DeliveryView } from './page-alerts.js';
import { attentionBody } from './page-attention.js';
import { loginBody, safeNext } from './page-login.js';
import { searchBody } from './page-search.js';
import { sourcesBody, type OutletView, type SourceView } from './page-sources.js';
import { articlesPerDay, preparingBody, storyBody, updatingBody } from './page-story.js';
import { storiesBody, storyItem, type StoryFilters } from './page-stories.js';
import type { Series } from './chart.js';

/** Pages check access themselves (a session counts); hidden from the OpenAPI document. */
export const hidden = { config: { access: 'public' } as FastifyContextConfig, schema: { hide: true } };

/** Stories of this many articles or more get a page at once while their brief is computed. */
const WAIT_FROM = 60;

/** Story ids and source ids as the API writes them. */
export const STORY_ID = /^s_[0-9a-f]{1,64}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The stories list's filters from the query; a malformed one is left out (the form shows what applies). */
export function storyFilters(p: Record<string, string>): StoryFilters {
  return {
    sort: p.sort === 'size' ? 'size' : 'updated',
    ...(p.source !== undefined ? { source: p.source.slice(0, 200) } : {}),
    ...(p.language !== undefined && /^[a-z]{2,3}$/.test(p.language) ? { language: p.language } : {}),
    ...(p.from !== undefined && DAY.test(p.from) ? { from: p.from } : {}),
    ...(p.to !== undefined && DAY.test(p.to) ? { to: p.to } : {}),
    ...(p.disputed === '1' ? { disputed: true } : {}),
  };
}

export function storyQuery(f: StoryFilters, limit: number, after?: readonly number[]): StoryQuery {
  return {
    sort: f.sort,
    limit,
    ...(after !== undefined ? { after } : {}),
    ...(f.source !== undefined ? { source: f.source } : {}),
    ...(f.language !== undefined ? { language: f.language } : {}),
    ...(f.from !== undefined ? { from: f.from } : {}),
    ...(f.to !== undefined ? { to: f.to } : {}),
  };
}

export function decodeCursor(sort: string, cursor: string | undefined): readonly number[] | undefined {
  if (cursor === undefined) return undefined;
  const m = /^(updated|size):(\d{1,15}(?:\.\d{1,15})?)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return m !== null && m[1] === sort ? m[2]!.split('.').map(Number) : undefined;
}

export function pageRoutes(web: Web): void {
  const { app, deps } = web;
  const { store } = deps;
  const assets = loadAssets();

  /** Runs a page handler when the visitor may read, else sends them to sign in. */
  const readable = (fn: (req: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply> | FastifyReply) => async (req: FastifyRequest, reply: FastifyReply) =>
    mayRead(web, req) ? fn(req, reply) : toLogin(req, reply);

  app.get('/assets/:name', hidden, async (req, reply) => {
    const a = assets.get((req.params as { name: string }).name);
    if (a === undefined) return reply.code(404).type('text/plain; charset=utf-8').send('no such asset');
    return reply.type(a.type).send(a.body);
  });

  app.get('/', hidden, readable(async (req, reply) => {
    const p = params(req);
    const filters = storyFilters(p);
    const after = decodeCursor(filters.sort, p.cursor);
    const page = store.storyPage(storyQuery(filters, 30, after));
    web.briefs.warm(page.stories);
    const badges = (s: StorySummary) => web.briefs.badgesAt(s.id, s.updatedSeq);
    let stories: readonly StorySummary[] = page.stories;
    let unknown = 0;
    if (filters.disputed === true) {
      unknown = stories.filter((s) => badges(s) === undefined).length;
      stories = stories.filter((s) => {
        const b = badges(s);
        return b !== undefined && (b.disputedFigures > 0 || b.contestedClaims > 0);
      });
    }
    const body = storiesBody({
      stories,
      badges: (id) => {
        const s = page.stories.find((x) => x.id === id);
        return s === undefined ? undefined : badges(s);
      },
      filters,
      ...(page.next !== undefined ? { next: encodeCursor(filters.sort, page.next) } : {}),
      unknown,
      total: store.countStories(),
      first: after === undefined,
    });
    return sendPage(web, req, reply, { title: 'Stories', nav: 'stories', page: 'stories' }, body);
  }));

  app.get('/fragments/story/:id', hidden, readable(async (req, reply) => {
    const id = (req.params as { id: string }).id;
    const s = STORY_ID.test(id) ? store.storySummary(asStoryId(id)) : undefined;
    if (s === undefined) return reply.code(404).type('text/plain; charset=utf-8').send('no such story');
    web.briefs.warm([s]);
    return reply.type('text/html; charset=utf-8').send(storyItem(s, web.briefs.badgesAt(s.id, s.updatedSeq)));
  }));

  app.get('/stories/:id', hidden, readable(async (req, reply) => {
    const id = (req.params as { id: string }).id;
    const summary = STORY_ID.test(id) ? store.storySummary(asStoryId(id)) : undefined;
    if (summary === undefined) return sendMessage(web, req, reply, 404, 'No such story', `There is no story ${id} in this database.`);
    web.briefs.opened(id);
    const v = summary.updatedSeq;
    // After a restart: the story's last brief saved on disk (read off the event loop), current or previous.
    if (web.briefs.saved(id)) await web.briefs.restore(id);
    const current = web.briefs.ready(id, v) || params(req).wait !== undefined;
    if (!current) {
      // The story changed since its cached brief: that brief at once, with a note, while the new one is computed.
      const previous = web.briefs.previous(id, v);
      if (previous !== undefined) {
        web.briefs.prepare(id);
        const body = (): string => updatingBody(web.briefs.page(id, previous.version, () => storyBody(previous.brief, previous.version)), summary, previous.brief.articles.length);
        return sendStoryPage(web, req, reply, id, previous.version, `u${v}`, { title: previous.brief.title, nav: 'story', page: 'story' }, body);
      }
      // No brief of it yet (first view, or after a restart): a large story gets its facts at once, and so does
      // any story while the worker is on another brief (it would wait for that one first).
      if (summary.articles >= WAIT_FROM || web.briefs.busy()) {
        web.briefs.prepare(id);
        return sendPage(web, req, reply, { title: summary.title, nav: 'story', page: 'story' }, preparingBody(summary));
      }
    }
    const brief = await web.briefs.get(id);
    if (brief === undefined) return sendMessage(web, req, reply, 404, 'No such story', `There is no story ${id} in this database.`);
    // The version read before the brief: a change in between is only seen on the next visit.
    return sendStoryPage(web, req, reply, id, v, 'c', { title: brief.title, nav: 'story', page: 'story' }, () => web.briefs.page(id, v, () => storyBody(brief, v)));
  }));

  app.get('/stories/:id/ready', hidden, readable(async (req, reply) => {
    const id = (req.params as { id: string }).id;
    const summary = STORY_ID.test(id) ? store.storySummary(asStoryId(id)) : undefined;
    if (summary === undefined) return reply.code(404).type('text/plain; charset=utf-8').send('no such story');
    return reply.code(web.briefs.ready(id, summary.updatedSeq) ? 200 : 202).type('text/plain; charset=utf-8').send('');
  }));

  app.get('/search', hidden, readable(async (req, reply) => {
    const p = params(req);
    const q = (p.q ?? '').slice(0, 500);
    const offset = Math.min(10000, Math.max(0, Number.parseInt(p.offset ?? '0', 10) || 0));
    const opts = { title: q === '' ? 'Search' : `Search: ${q}`, nav: 'search' as const, page: 'search', query: q };
    if (q === '') return sendPage(web, req, reply, opts, searchBody({ q, offset, limit: 20 }));
    const parsed = parseSearchQuery(q);
    if (!parsed.ok) return sendPage(web, req, reply, { ...opts, status: 400 }, searchBody({ q, offset, limit: 20, error: parsed.detail ?? parsed.reason }));
    const results = store.search({ query: parsed.value, limit: 20, offset });
    return sendPage(web, req, reply, opts, searchBody({ q, offset, limit: 20, results }));
  }));

  app.get('/attention', hidden, readable(async (req, reply) => {
    const queries = allParams(req, 'q').slice(0, 4).map((q) => q.slice(0, 500));
    const storyId = params(req).story;
    const series: Series[] = [];
    const errors: string[] = [];
    for (const q of queries) {
      const parsed = parseSearchQuery(q);
      if (!parsed.ok) {
        errors.push(`${q}: ${parsed.detail ?? parsed.reason}`);
        continue;
      }
      const r = store.search({ query: parsed.value, limit: 1, offset: 0 });
      series.push({ name: q, days: new Map(r.facets.days.map((d) => [d.value, d.count])) });
    }
    let storyTitle: string | undefined;
    if (storyId !== undefined) {
      const brief = STORY_ID.test(storyId) ? await web.briefs.get(storyId) : undefined;
      if (brief === undefined) errors.push(`no story ${storyId}`);
      else {
        storyTitle = brief.title;
        series.push({ name: `story: ${brief.title.slice(0, 40)}`, days: articlesPerDay(brief) });
      }
    }
    const body = attentionBody({ queries, ...(storyId !== undefined ? { storyId } : {}), ...(storyTitle !== undefined ? { storyTitle } : {}), series, errors });
    return sendPage(web, req, reply, { title: 'Attention over time', nav: 'attention', page: 'attention' }, body);
  }));

  app.get('/sources', hidden, readable(async (req, reply) => {
    const body = await sourcesPage(web, req, params(req));
    return sendPage(web, req, reply, { title: 'Sources', nav: 'sources', page: 'sources' }, body);
  }));

  app.get('/alerts', hidden, readable(async (req, reply) => {
    const p = params(req);
    const message = p.done === 'created' ? { kind: 'ok' as const, text: 'Alert created.' } : p.done === 'deleted' ? { kind: 'ok' as const, text: 'Alert deleted.' } : undefined;
    const body = await alertsPage(web, req, message, { ...(p.query !== undefined ? { query: p.query } : {}), ...(p.storyId !== undefined ? { storyId: p.storyId } : {}) });
    return sendPage(web, req, reply, { title: 'Alerts', nav: 'alerts', page: 'alerts' }, body);
  }));

  app.get('/login', hidden, async (req, reply) => {
    const next = safeNext(params(req).next);
    return sendPage(web, req, reply, { title: 'Sign in', nav: 'login', page: 'login' }, loginBody(next, undefined, sessionOf(web, req) !== undefined));
  });

  app.get('/events', hidden, (req, reply) => {
    if (!mayRead(web, req)) return reply.code(401).type('text/plain; charset=utf-8').send('sign in first');
    reply.hijack();
    const last = req.headers['last-event-id'];
    deps.events.attach(reply.raw, securityHeaders('api'), typeof last === 'string' ? last : undefined);
    return reply;
  });
}

/** How many recent stories the outlets table reads. */
const OUTLET_STORIES = 2000;

export function outletsOf(web: Web): { outlets: OutletView[]; storiesRead: number; briefedStories: number } {
  const per = new Map<string, { articles: number; stories: number }>();
  let after: readonly number[] | undefined;
  let read = 0;
  while (read < OUTLET_STORIES) {
    const page = web.deps.store.storyPage({ sort: 'updated', limit: 100, ...(after !== undefined ? { after } : {}) });
    for (const s of page.stories) {
      for (const src of s.sources) {
        const e = per.get(src.name) ?? { articles: 0, stories: 0 };
        per.set(src.name, { articles: e.articles + src.articles, stories: e.stories + 1 });
      }
    }
    read += page.stories.length;
    if (page.next === undefined) break;
    after = page.next;
  }
  const reuse = web.briefs.outletReuse();
  const outlets = [...per].map(([name, v]) => ({ name, ...v, origin: reuse.outlets.get(name)?.origin ?? 0, copied: reuse.outlets.get(name)?.copied ?? 0 }));
  outlets.sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name));
  return { outlets: outlets.slice(0, 200), storiesRead: read, briefedStories: reuse.stories };
}

export async function sourcesPage(web: Web, req: FastifyRequest, p: Record<string, string>, error?: string): Promise<string> {
  const api = await callApi(web, req, 'GET', '/api/v1/sources');
  const sources = api.status === 200 ? ((api.json as { sources: SourceView[] }).sources ?? []) : [];
  const s = sessionOf(web, req);
  const message = error !== undefined ? { kind: 'error' as const, text: error } : p.done === 'added' ? { kind: 'ok' as const, text: 'Feed added: it is polled now.' } : p.done === 'removed' ? { kind: 'ok' as const, text: 'Source removed.' } : undefined;
  return sourcesBody({ sources, ...outletsOf(web), ...(s !== undefined ? { csrf: s.csrf } : {}), ...(message !== undefined ? { message } : {}) });
}

export async function alertsPage(web: Web, req: FastifyRequest, message?: { kind: 'ok' | 'error'; text: string }, prefill?: { query?: string; storyId?: string }): Promise<string> {
  const s = sessionOf(web, req);
  const base = { ...(s !== undefined ? { csrf: s.csrf } : {}), ...(message !== undefined ? { message } : {}), ...(prefill !== undefined ? { prefill } : {}) };
  const api = await callApi(web, req, 'GET', '/api/v1/alerts');
  if (api.status === 404) return alertsBody(base);
  if (api.status === 401 || api.status === 403) return alertsBody({ ...base, alerts: [], message: message ?? { kind: 'error', text: 'Sign in to see the alerts.' } });
  const alerts = api.status === 200 ? ((api.json as { alerts?: AlertView[] }).alerts ?? []) : [];
  const withDeliveries = await Promise.all(
    alerts.slice(0, 100).map(async (alert) => {
      const d = await callApi(web, req, 'GET', `/api/v1/alerts/${encodeURIComponent(alert.id)}/deliveries`);
      const deliveries = d.status === 200 ? ((d.json as { deliveries?: DeliveryView[] }).deliveries ?? []) : [];
      return { alert, deliveries };
    }),
  );
  return alertsBody({ ...base, alerts: withDeliveries });
}
