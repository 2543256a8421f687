/**
 * What the web routes share: the sessions, the web's briefs, whether the
 * server is reachable beyond loopback, and helpers to decide who may see a
 * page, to check a form's session and CSRF token, to call the JSON API in
 * process (the forms are the API's writes, with the session's token), and
 * to send a page.
 */
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Deps } from '../server/app.js';
import { messageBody, pageHtml, type NavKey } from './layout.js';
import { sameSecret, Sessions, type Session } from './session.js';
import { StoryBriefs } from './story-briefs.js';
import type { PageDoc } from './page-cache.js';

export interface Web {
  /** Where the web routes are registered (their own context). */
  readonly app: App;
  /** The whole application: API calls go through it, with its access checks. */
  readonly root: App;
  readonly deps: Deps;
  readonly loopbackOnly: boolean;
  readonly sessions: Sessions;
  readonly briefs: StoryBriefs;
}

export function webContext(app: App, deps: Deps, loopbackOnly: boolean): Web {
  return { app, root: app, deps, loopbackOnly, sessions: new Sessions(() => deps.clock.now().getTime()), briefs: new StoryBriefs(deps.store, deps.briefs, deps.refresher) };
}

export function sessionOf(web: Web, req: FastifyRequest): Session | undefined {
  return web.sessions.fromCookie(req.headers.cookie);
}

/**
 * Whether a page may be read: on loopback anyone may; beyond it a session
 * or a token (the access hook has already refused a wrong token).
 */
export function mayRead(web: Web, req: FastifyRequest): boolean {
  return web.loopbackOnly || sessionOf(web, req) !== undefined || typeof req.headers.authorization === 'string';
}

/** The query parameters as single strings (the first of repeated ones), trimmed; empty ones left out. */
export function params(req: FastifyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((req.query ?? {}) as Record<string, unknown>)) {
    const s = Array.isArray(v) ? v[0] : v;
    if (typeof s === 'string' && s.trim() !== '') out[k] = s.trim();
  }
  return out;
}

/** Every value of a repeated query parameter. */
export function allParams(req: FastifyRequest, name: string): string[] {
  const v = ((req.query ?? {}) as Record<string, unknown>)[name];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim());
}

export interface PageOptions {
  readonly title: string;
  readonly nav: NavKey;
  readonly page: string;
  readonly query?: string;
  readonly styles?: readonly string[];
  readonly status?: number;
}

export function sendPage(web: Web, req: FastifyRequest, reply: FastifyReply, o: PageOptions, body: string): FastifyReply {
  const s = sessionOf(web, req);
  const html = pageHtml({ title: o.title, nav: o.nav, page: o.page, body, signedIn: s !== undefined, ...(s !== undefined ? { csrf: s.csrf } : {}), ...(o.query !== undefined ? { query: o.query } : {}), ...(o.styles !== undefined ? { styles: o.styles } : {}) });
  reply.code(o.status ?? 200).type('text/html; charset=utf-8').header('Vary', 'Accept-Encoding');
  // A large story's page runs to megabytes of text that compresses about sixfold.
  if (html.length >= GZIP_FROM && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return reply.header('Content-Encoding', 'gzip').send(gzipSync(html, { level: 4 }));
  return reply.send(html);
}

/**
 * A story page, kept whole per variant (story-briefs.ts `doc`): sent with its
 * ETag (304 when the browser holds it), gzipped once per variant off the event loop.
 */
export async function sendStoryPage(web: Web, req: FastifyRequest, reply: FastifyReply, id: string, version: number, variant: string, o: PageOptions, body: () => string): Promise<FastifyReply> {
  const s = sessionOf(web, req);
  // The frame differs by visitor: anonymous, or a session (its sign-out form carries the session's CSRF token).
  const key = `${variant}|${s === undefined ? '-' : `${s.scope}:${s.csrf}`}`;
  const doc: PageDoc = web.briefs.doc(id, version, key, () =>
    pageHtml({ title: o.title, nav: o.nav, page: o.page, body: body(), signedIn: s !== undefined, ...(s !== undefined ? { csrf: s.csrf } : {}), ...(o.styles !== undefined ? { styles: o.styles } : {}) }),
  );
  reply.code(200).type('text/html; charset=utf-8').header('Vary', 'Accept-Encoding, Cookie').header('ETag', doc.etag);
  const held = String(req.headers['if-none-match'] ?? '');
  if (held.split(',').some((t) => t.trim().replace(/^W\//, '') === doc.etag)) return reply.code(304).send();
  if (doc.html.length >= GZIP_FROM && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return reply.header('Content-Encoding', 'gzip').send(await doc.gzipped());
  return reply.send(doc.html);
}

/** Pages from this size are sent gzipped to clients that accept it. */
const GZIP_FROM = 64 * 1024;

export function sendMessage(web: Web, req: FastifyRequest, reply: FastifyReply, status: number, heading: string, text: string, link?: readonly [string, string]): FastifyReply {
  return sendPage(web, req, reply, { title: heading, nav: 'stories', page: 'message', status }, messageBody(heading, text, ...(link ?? [])));
}

/** Sends the visitor to the login page (for pages that need a session beyond loopback). */
export function toLogin(req: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.code(303).header('Location', `/login?next=${encodeURIComponent(req.url)}`).send();
}

/** Parsed form fields (application/x-www-form-urlencoded). */
export function formOf(req: FastifyRequest): Record<string, string> {
  const b = req.body;
  return b !== null && typeof b === 'object' && !Array.isArray(b) ? (b as Record<string, string>) : {};
}

/**
 * Why a form post may not go on, or the session it acts for: a session
 * with a write token, the form's CSRF token, and (when the browser sends
 * one) an Origin of this server.
 */
export function checkForm(web: Web, req: FastifyRequest): { ok: true; session: Session } | { ok: false; status: number; message: string } {
  const s = sessionOf(web, req);
  if (s === undefined) return { ok: false, status: 401, message: 'Sign in with a write token first.' };
  const origin = req.headers.origin;
  if (typeof origin === 'string' && origin !== 'null') {
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined;
    }
    if (host !== req.headers.host) return { ok: false, status: 403, message: 'This form was sent from another site.' };
  }
  const token = formOf(req)._csrf;
  if (typeof token !== 'string' || !sameSecret(token, s.csrf)) return { ok: false, status: 403, message: 'The form expired or was not sent from this site: reload the page and try again.' };
  if (s.scope !== 'write') return { ok: false, status: 403, message: 'Your token may only read: sign in with a token made with --scope write.' };
  return { ok: true, session: s };
}

export interface ApiAnswer {
  readonly status: number;
  readonly json: unknown;
}

/** Calls the JSON API in this process, as the session (or the request's own token) when there is one. */
export async function callApi(web: Web, req: FastifyRequest, method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown): Promise<ApiAnswer> {
  const s = sessionOf(web, req);
  const auth = s !== undefined ? `Bearer ${s.token}` : req.headers.authorization;
  const res = await web.root.inject({
    method,
    url,
    headers: { ...(auth !== undefined ? { authorization: auth } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
  });
  let json: unknown;
  try {
    json = res.body === '' ? undefined : JSON.parse(res.body);
  } catch {
    json = undefined;
  }
  return { status: res.statusCode, json };
}

/** The message of an API error reply. */
export function apiMessage(a: ApiAnswer): string {
  const m = (a.json as { message?: unknown } | undefined)?.message;
  return typeof m === 'string' ? m : `the API answered ${a.status}`;
}
