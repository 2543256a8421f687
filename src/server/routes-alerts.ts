/**
 * Alerts: create (a saved search, a watched story or entity, optionally its
 * disagreements, and a webhook), list, look at, delete; each alert's
 * deliveries and its Atom feed of events. Creating and deleting need a
 * write token; the webhook's secret is returned once, at creation (one is
 * made when none is given).
 */
import { randomBytes } from 'node:crypto';
import { Type, type Static } from 'typebox';
import type { StoryId } from '../core/ids.js';
import type { AlertEvent, AlertRecord } from '../storage/alert-types.js';
import { parseSearchQuery } from '../storage/search-query.js';
import type { App, Deps } from './app.js';
import { badRequest, notFound } from './errors.js';
import { ErrorReply } from './schemas.js';
import { webhookGuard, webhookUrlProblem } from './webhook.js';

export const PostAlertBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    query: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'a saved search (the language of GET /api/v1/search): each new matching article is an event' })),
    storyId: Type.Optional(Type.String({ pattern: '^s_[0-9a-f]{1,64}$', description: 'a watched story: each article it gains is an event' })),
    entity: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'a watched entity: each new article naming it is an event (case and accents ignored)' })),
    onDisagreement: Type.Optional(Type.Boolean({ description: 'also an event when a matched or watched story gains a disagreement (a new figure value, a contested claim)' })),
    webhook: Type.Optional(
      Type.Object(
        {
          url: Type.String({ minLength: 1, maxLength: 2000, description: 'http(s); loopback and private addresses only with serve --allow-private' }),
          secret: Type.Optional(Type.String({ minLength: 8, maxLength: 200, description: 'the HMAC key; made for you when absent' })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const AlertReply = Type.Object(
  {
    id: Type.String({ description: 'alert id (al_ and hex digits)' }),
    name: Type.String(),
    query: Type.Union([Type.String(), Type.Null()]),
    storyId: Type.Union([Type.String(), Type.Null()]),
    entity: Type.Union([Type.String(), Type.Null()]),
    onDisagreement: Type.Boolean(),
    webhookUrl: Type.Union([Type.String(), Type.Null()]),
    feedUrl: Type.String({ description: 'the Atom feed of this alert' }),
    createdAt: Type.String(),
    secret: Type.Optional(Type.String({ description: 'the webhook secret: in the creation reply only' })),
  },
  { $id: 'Alert', description: 'A saved search or watch, and how it is delivered' },
);

const DeliveryReply = Type.Object({
  id: Type.String(),
  at: Type.String(),
  event: Type.String({ description: 'what happened: article (a new matching article), disagreement (a new figure value or contested claim)' }),
  eventId: Type.String(),
  title: Type.String({ description: "the event's title" }),
  storyId: Type.Optional(Type.String()),
  articleId: Type.Optional(Type.String()),
  status: Type.Union([Type.Literal('delivered'), Type.Literal('failed'), Type.Literal('pending')]),
  attempts: Type.Integer(),
  nextAttemptAt: Type.Optional(Type.String({ description: 'when a pending delivery is tried next' })),
  httpStatus: Type.Optional(Type.Integer()),
  error: Type.Optional(Type.String()),
});

const AlertParams = Type.Object({ id: Type.String({ pattern: '^al_[0-9a-f]{1,64}$', description: 'alert id (al_ and hex digits)' }) });
const FeedQuery = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })) }, { additionalProperties: false });
type AlertReplyT = Static<typeof AlertReply>;

function view(a: AlertRecord): AlertReplyT {
  return {
    id: a.id,
    name: a.name,
    query: a.query ?? null,
    storyId: a.storyId ?? null,
    entity: a.entity ?? null,
    onDisagreement: a.onDisagreement,
    webhookUrl: a.webhookUrl ?? null,
    feedUrl: `/api/v1/alerts/${a.id}/feed.atom`,
    createdAt: a.createdAt,
  };
}

function xml(s: string): string {
  // Characters XML 1.0 cannot carry are dropped; markup is escaped.
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An Atom 1.0 feed of an alert's newest events. */
export function atomFeed(a: AlertRecord, events: readonly AlertEvent[], base: string): string {
  const updated = events[0]?.at ?? a.createdAt;
  const entries = events.map((e) => {
    const link = e.articleId !== undefined ? `${base}/api/v1/articles/${e.articleId}` : e.storyId !== undefined ? `${base}/api/v1/stories/${e.storyId}` : undefined;
    return [
      '  <entry>',
      `    <id>urn:parallax:alert-event:${xml(e.id)}</id>`,
      `    <title>${xml(e.title)}</title>`,
      `    <updated>${xml(e.at)}</updated>`,
      `    <category term="${xml(e.kind)}"/>`,
      link !== undefined ? `    <link href="${xml(link)}"/>` : '',
      `    <summary>${xml(e.summary)}</summary>`,
      '  </entry>',
    ]
      .filter((l) => l !== '')
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>urn:parallax:alert:${xml(a.id)}</id>`,
    `  <title>Parallax alert: ${xml(a.name)}</title>`,
    `  <updated>${xml(updated)}</updated>`,
    `  <link rel="self" href="${xml(`${base}/api/v1/alerts/${a.id}/feed.atom`)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

export function alertRoutes(app: App, { store, alerts, clock }: Deps): void {
  const table = store.alertStore();
  app.addSchema(AlertReply);
  const get = (id: string): AlertRecord => {
    const a = table.get(id);
    if (a === undefined) throw notFound(`no alert ${id}`);
    return a;
  };

  app.post(
    '/api/v1/alerts',
    {
      config: { access: 'write' },
      schema: {
        summary: 'Create an alert: a saved search, a watched story or entity; delivered by signed webhook and an Atom feed',
        description:
          'At least one of query, storyId, entity. Webhook deliveries are POSTs of JSON {delivery, alert, event} with `X-Parallax-Signature: sha256=<hex HMAC-SHA256 of the body>` keyed with the secret (returned once, here), retried with exponential backoff after 5xx, 408, 429 or a network error. Needs a write token.',
        tags: ['alerts'],
        security: [{ bearer: [] }],
        body: PostAlertBody,
        response: { 201: Type.Ref('Alert'), 400: ErrorReply, 401: ErrorReply, 403: ErrorReply },
      },
    },
    async (req, reply) => {
      const b = req.body;
      if (b.query === undefined && b.storyId === undefined && b.entity === undefined) throw badRequest('body needs at least one of query, storyId, entity: what the alert watches');
      if (b.query !== undefined) {
        const parsed = parseSearchQuery(b.query);
        if (!parsed.ok) throw badRequest(`body/query: ${parsed.detail ?? parsed.reason}`);
      }
      if (b.webhook !== undefined) {
        const problem = webhookUrlProblem(b.webhook.url, webhookGuard(alerts.allowPrivate));
        if (problem !== undefined) throw badRequest(`body/webhook/url ${problem}`);
      }
      const secret = b.webhook !== undefined ? b.webhook.secret ?? randomBytes(24).toString('base64url') : undefined;
      const record: AlertRecord = {
        id: `al_${randomBytes(6).toString('hex')}`,
        name: b.name,
        onDisagreement: b.onDisagreement ?? false,
        createdAt: clock.now().toISOString(),
        ...(b.query !== undefined ? { query: b.query } : {}),
        ...(b.storyId !== undefined ? { storyId: b.storyId as StoryId } : {}),
        ...(b.entity !== undefined ? { entity: b.entity } : {}),
        ...(b.webhook !== undefined ? { webhookUrl: new URL(b.webhook.url).href, webhookSecret: secret! } : {}),
      };
      table.add(record);
      return reply.code(201).send({ ...view(record), ...(secret !== undefined ? { secret } : {}) });
    },
  );

  app.get(
    '/api/v1/alerts',
    { schema: { summary: 'Every alert', tags: ['alerts'], response: { 200: Type.Object({ alerts: Type.Array(Type.Ref('Alert')) }) } } },
    async () => ({ alerts: table.list().map(view) }),
  );

  app.get(
    '/api/v1/alerts/:id',
    { schema: { summary: 'One alert', tags: ['alerts'], params: AlertParams, response: { 200: Type.Ref('Alert'), 404: ErrorReply } } },
    async (req) => view(get(req.params.id)),
  );

  app.delete(
    '/api/v1/alerts/:id',
    {
      config: { access: 'write' },
      schema: {
        summary: 'Delete an alert with its events and deliveries',
        tags: ['alerts'],
        security: [{ bearer: [] }],
        params: AlertParams,
        response: { 204: Type.Null(), 401: ErrorReply, 403: ErrorReply, 404: ErrorReply },
      },
    },
    async (req, reply) => {
      if (!table.remove(req.params.id)) throw notFound(`no alert ${req.params.id}`);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/alerts/:id/deliveries',
    {
      schema: {
        summary: "An alert's webhook deliveries, newest first (at most 200)",
        tags: ['alerts'],
        params: AlertParams,
        response: { 200: Type.Object({ deliveries: Type.Array(DeliveryReply) }), 404: ErrorReply },
      },
    },
    async (req) => {
      get(req.params.id);
      return {
        deliveries: table.deliveries(req.params.id, 200).map((d) => {
          const e = table.getEvent(d.eventId);
          return {
            id: d.id,
            at: d.at,
            event: e?.kind ?? 'removed',
            eventId: d.eventId,
            title: e?.title ?? '',
            ...(e?.storyId ? { storyId: e.storyId } : {}),
            ...(e?.articleId ? { articleId: e.articleId } : {}),
            status: d.status,
            attempts: d.attempts,
            ...(d.status === 'pending' ? { nextAttemptAt: d.nextAttemptAt } : {}),
            ...(d.httpStatus !== undefined ? { httpStatus: d.httpStatus } : {}),
            ...(d.error !== undefined ? { error: d.error } : {}),
          };
        }),
      };
    },
  );

  app.get(
    '/api/v1/alerts/:id/feed.atom',
    {
      schema: {
        summary: "An alert's events as an Atom feed, newest first",
        tags: ['alerts'],
        params: AlertParams,
        querystring: FeedQuery,
        description: 'Atom 1.0 (application/atom+xml): one entry per event, newest first.',
        response: { 404: ErrorReply },
      },
    },
    async (req, reply) => {
      const a = get(req.params.id);
      const base = `${req.protocol}://${req.headers.host ?? 'localhost'}`;
      const feed = atomFeed(a, table.events(a.id, req.query.limit ?? 50), base);
      // Text, not JSON: the reply schema lists errors only, so the type provider's reply type does not cover it.
      return reply.type('application/atom+xml; charset=utf-8').send(feed as never);
    },
  );
}
