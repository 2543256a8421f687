/**
 * Who may call what, and the headers every reply carries. Bearer tokens: `plx_` and 32 random bytes (base64url). Only the SHA-256
 * hash is stored. Every write needs a write token; reads need a token only
 * when the server listens beyond loopback. A token that is sent is always
 * checked, so a wrong one is an error even where none is needed.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../storage/store.js';
import type { TokenRecord, TokenScope } from '../storage/service-types.js';

/** What a route needs: nothing, any token (when exposed), or a write token. */
export type Access = 'public' | 'read' | 'write';

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * A new token and the record to store with its hash.
 * @example const { token, hash, record } = newToken('write', new Date())
 */
export function newToken(scope: TokenScope, now: Date): { token: string; hash: string; record: TokenRecord } {
  const token = `plx_${randomBytes(32).toString('base64url')}`;
  const record = { id: `t_${randomBytes(6).toString('hex')}`, scope, createdAt: now.toISOString() };
  return { token, hash: hashToken(token), record };
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h) || h === '::ffff:127.0.0.1';
}

interface Denial {
  readonly status: 401 | 403;
  readonly message: string;
}

/** Why a request may not go on, or undefined when it may. */
export function checkAccess(store: Store, header: string | undefined, access: Access, loopbackOnly: boolean): Denial | undefined {
  if (header === undefined || header === '') {
    if (access === 'write') return { status: 401, message: 'this request changes data: send a write token as "Authorization: Bearer TOKEN" (parallax token create --scope write)' };
    if (access === 'read' && !loopbackOnly) return { status: 401, message: 'this server is reachable beyond this machine: send a token as "Authorization: Bearer TOKEN" (parallax token create)' };
    return undefined;
  }
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) return { status: 401, message: 'the Authorization header must be "Bearer TOKEN"' };
  const record = store.findToken(hashToken(m[1]!));
  if (record === undefined) return { status: 401, message: 'unknown token (tokens come from parallax token create, for this database)' };
  if (access === 'write' && record.scope !== 'write') return { status: 403, message: 'this token may only read: writing needs a token made with --scope write' };
  return undefined;
}

/** A Fastify onRequest hook enforcing each route's `config.access` (default read). */
export function accessHook(store: Store, loopbackOnly: boolean) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const access = (req.routeOptions.config as { access?: Access } | undefined)?.access ?? 'read';
    const denial = checkAccess(store, req.headers.authorization, access, loopbackOnly);
    if (denial === undefined) return;
    if (denial.status === 401) reply.header('WWW-Authenticate', 'Bearer realm="parallax"');
    await reply.code(denial.status).send({ statusCode: denial.status, error: denial.status === 401 ? 'Unauthorized' : 'Forbidden', message: denial.message });
  };
}

/**
 * Headers on every reply: no sniffing, no framing, no referrer, resources
 * for this origin only, and a Content Security Policy that allows nothing
 * for API replies and only inline styles (the brief's own CSS) for pages.
 * No CORS headers: browsers on other origins cannot read the API.
 */
export type ReplyKind = 'api' | 'page';

const CSP: Record<ReplyKind, string> = {
  api: "default-src 'none'; frame-ancestors 'none'",
  // Pages: scripts and stylesheets from this server only (never inline scripts), the event
  // stream and fragments from it, forms posting back to it; inline styles for the brief's bars.
  page: "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
};

export function securityHeaders(kind: ReplyKind): Record<string, string> {
  return {
    'Content-Security-Policy': CSP[kind],
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

/** The headers of each kind as [name, value] pairs, made once: every reply carries them (thousands a second under load). */
export const SECURITY_HEADER_ENTRIES: Readonly<Record<ReplyKind, readonly (readonly [string, string])[]>> = {
  api: Object.entries(securityHeaders('api')),
  page: Object.entries(securityHeaders('page')),
};

/** The reply kind from its content type: HTML is a page, anything else is data. */
export function replyKind(contentType: unknown): ReplyKind {
  return typeof contentType === 'string' && contentType.startsWith('text/html') ? 'page' : 'api';
}
