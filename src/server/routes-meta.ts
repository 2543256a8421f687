/**
 * The service's own routes: health, the OpenAPI document, Prometheus
 * metrics and the story event stream.
 */
import { packageVersion } from '../package-version.js';
import type { App, Deps } from './app.js';
import { HealthReply } from './schemas.js';
import { securityHeaders } from './access.js';

export function metaRoutes(app: App, { store, metrics, events }: Deps): void {
  app.get(
    '/api/v1/health',
    {
      config: { access: 'public' },
      schema: { summary: 'Liveness, version and counts (no token needed)', tags: ['service'], response: { 200: HealthReply } },
    },
    async () => ({ status: 'ok' as const, version: packageVersion(), articles: store.countArticles(), stories: store.countStories() }),
  );

  app.get('/api/v1/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) =>
    reply.type('application/json; charset=utf-8').send(JSON.stringify(app.swagger(), null, 2)),
  );

  app.get(
    '/metrics',
    {
      schema: {
        summary: 'Prometheus text: articles, stories, requests by route and status, ingest counters, brief cache, event streams',
        tags: ['service'],
        produces: ['text/plain'],
      },
    },
    async (_req, reply) => reply.type('text/plain; version=0.0.4; charset=utf-8').send(metrics.render(store)),
  );

  app.get(
    '/api/v1/events',
    {
      schema: {
        summary: 'Server-sent events: story.created and story.updated',
        description:
          'text/event-stream. Each event has id = the story change counter and data = {id, title, articles, sourceCount, updatedSeq, updatedAt}. Reconnect with Last-Event-ID to receive what changed meanwhile.',
        tags: ['stories'],
        produces: ['text/event-stream'],
      },
    },
    (req, reply) => {
      // The stream outlives the handler: Fastify hands the socket over.
      reply.hijack();
      const last = req.headers['last-event-id'];
      events.attach(reply.raw, securityHeaders('api'), typeof last === 'string' ? last : undefined);
    },
  );
}
