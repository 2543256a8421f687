/**
 * The forms: sign in and out, add (a feed, a sitemap, a URL list or a
 * folder) or remove a watched source, create or
 * delete an alert. Each write checks the session, its write scope and the
 * form's CSRF token (context.ts), then makes the API call it stands for
 * with the session's token, so the API's validation and messages apply
 * unchanged. Success redirects (303) back to the page; an error shows the
 * page again with the API's message.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashToken } from '../server/access.js';
import { apiMessage, callApi, checkForm, formOf, sendMessage, sendPage, sessionOf, type Web } from './context.js';
import { loginBody, safeNext } from './page-login.js';
import { KIND_NAMES } from './page-sources.js';
import { alertsPage, hidden, sourcesPage } from './routes-pages.js';
import { clearCookie, sessionCookie } from './session.js';

const see = (reply: FastifyReply, to: string): FastifyReply => reply.code(303).header('Location', to).send();
const idParam = (req: FastifyRequest): string => (req.params as { id: string }).id;

export function formRoutes(web: Web): void {
  const { app, deps } = web;

  app.post('/login', hidden, async (req, reply) => {
    const f = formOf(req);
    const next = safeNext(f.next);
    const token = (f.token ?? '').trim();
    const record = /^\S{1,200}$/.test(token) ? deps.store.findToken(hashToken(token)) : undefined;
    if (record === undefined) {
      return sendPage(web, req, reply, { title: 'Sign in', nav: 'login', page: 'login', status: 401 }, loginBody(next, 'Unknown token: tokens come from parallax token create, for this database.'));
    }
    const s = web.sessions.create(token, record.scope);
    const secure = req.protocol === 'https';
    return reply.code(303).header('Set-Cookie', sessionCookie(s, secure)).header('Location', next).send();
  });

  app.post('/logout', hidden, async (req, reply) => {
    const s = sessionOf(web, req);
    if (s !== undefined) {
      const check = checkForm(web, req);
      // Signing out needs the form's CSRF token too (any scope may sign out).
      if (!check.ok && check.status === 403 && check.message.startsWith('The form')) return sendMessage(web, req, reply, 403, 'Not signed out', check.message);
      web.sessions.end(s.id);
    }
    return reply.code(303).header('Set-Cookie', clearCookie()).header('Location', '/').send();
  });

  const guard = (req: FastifyRequest, reply: FastifyReply): boolean => {
    const check = checkForm(web, req);
    if (check.ok) return true;
    void sendMessage(web, req, reply, check.status, check.status === 401 ? 'Sign in first' : 'Not allowed', check.message, ['/login', 'Sign in']);
    return false;
  };

  app.post('/sources', hidden, async (req, reply) => {
    if (!guard(req, reply)) return reply;
    const f = formOf(req);
    const kind = f.kind !== undefined && Object.hasOwn(KIND_NAMES, f.kind) ? f.kind : 'feed';
    // Sent only when ticked: the API refuses followLinks for a kind other than feed, with its message.
    const answer = await callApi(web, req, 'POST', '/api/v1/sources', { url: (f.url ?? '').trim(), kind, ...(f.followLinks === '1' ? { followLinks: true } : {}) });
    if (answer.status === 201) return see(reply, '/sources?done=added');
    const body = await sourcesPage(web, req, {}, apiMessage(answer));
    return sendPage(web, req, reply, { title: 'Sources', nav: 'sources', page: 'sources', status: answer.status }, body);
  });

  app.post('/sources/:id/delete', hidden, async (req, reply) => {
    if (!guard(req, reply)) return reply;
    const answer = await callApi(web, req, 'DELETE', `/api/v1/sources/${encodeURIComponent(idParam(req))}`);
    if (answer.status === 204) return see(reply, '/sources?done=removed');
    const body = await sourcesPage(web, req, {}, apiMessage(answer));
    return sendPage(web, req, reply, { title: 'Sources', nav: 'sources', page: 'sources', status: answer.status }, body);
  });

  app.post('/alerts', hidden, async (req, reply) => {
    if (!guard(req, reply)) return reply;
    const f = formOf(req);
    const opt = (v: string | undefined): string | undefined => (v !== undefined && v.trim() !== '' ? v.trim() : undefined);
    const webhookUrl = opt(f.webhookUrl);
    const secret = opt(f.webhookSecret);
    const body = {
      name: (f.name ?? '').trim(),
      ...(opt(f.query) !== undefined ? { query: opt(f.query) } : {}),
      ...(opt(f.storyId) !== undefined ? { storyId: opt(f.storyId) } : {}),
      ...(opt(f.entity) !== undefined ? { entity: opt(f.entity) } : {}),
      ...(f.onDisagreement === '1' ? { onDisagreement: true } : {}),
      ...(webhookUrl !== undefined ? { webhook: { url: webhookUrl, ...(secret !== undefined ? { secret } : {}) } } : {}),
    };
    const answer = await callApi(web, req, 'POST', '/api/v1/alerts', body);
    if (answer.status === 201) return see(reply, '/alerts?done=created');
    const message = answer.status === 404 ? 'This server has no alerts API yet.' : apiMessage(answer);
    const page = await alertsPage(web, req, { kind: 'error', text: message });
    return sendPage(web, req, reply, { title: 'Alerts', nav: 'alerts', page: 'alerts', status: answer.status }, page);
  });

  app.post('/alerts/:id/delete', hidden, async (req, reply) => {
    if (!guard(req, reply)) return reply;
    const answer = await callApi(web, req, 'DELETE', `/api/v1/alerts/${encodeURIComponent(idParam(req))}`);
    if (answer.status >= 200 && answer.status < 300) return see(reply, '/alerts?done=deleted');
    const page = await alertsPage(web, req, { kind: 'error', text: apiMessage(answer) });
    return sendPage(web, req, reply, { title: 'Alerts', nav: 'alerts', page: 'alerts', status: answer.status }, page);
  });
}
