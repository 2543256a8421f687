/**
 * Browser sessions for the web pages. A visitor signs in by pasting an API
 * token (from `parallax token create`) into the login form; the server
 * checks it and sets an HttpOnly, SameSite=Strict cookie naming a random
 * session id. The session keeps the token in this process's memory only
 * (never in the database or the page), to make the API calls the forms
 * stand for, and a CSRF token every form must send back. Sessions end
 * after 12 hours, on sign-out, or when the server stops.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { TokenScope } from '../storage/service-types.js';

export const COOKIE = 'px_session';
const LIFETIME_MS = 12 * 3600 * 1000;
/** Sessions kept at most; the oldest goes first. */
const MAX_SESSIONS = 1000;

export interface Session {
  readonly id: string;
  readonly token: string;
  readonly scope: TokenScope;
  readonly csrf: string;
  readonly expires: number;
}

/** Cookie header → name/value pairs (the first of a repeated name wins). */
export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i <= 0) continue;
    const name = part.slice(0, i).trim();
    if (!out.has(name)) out.set(name, part.slice(i + 1).trim());
  }
  return out;
}

/** Equal strings, compared in time that does not depend on where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

export class Sessions {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly now: () => number = Date.now) {}

  create(token: string, scope: TokenScope): Session {
    const s: Session = { id: randomBytes(24).toString('base64url'), token, scope, csrf: randomBytes(24).toString('base64url'), expires: this.now() + LIFETIME_MS };
    this.sessions.set(s.id, s);
    if (this.sessions.size > MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
    return s;
  }

  /** The live session a Cookie header names, if any. */
  fromCookie(header: string | undefined): Session | undefined {
    const id = parseCookies(header).get(COOKIE);
    if (id === undefined || !/^[A-Za-z0-9_-]{32}$/.test(id)) return undefined;
    const s = this.sessions.get(id);
    if (s === undefined) return undefined;
    if (s.expires <= this.now()) {
      this.sessions.delete(id);
      return undefined;
    }
    return s;
  }

  end(id: string): void {
    this.sessions.delete(id);
  }

  /** Ends every session signed in with this token (for when it stops being valid). */
  endToken(token: string): void {
    for (const [id, s] of this.sessions) if (s.token === token) this.sessions.delete(id);
  }
}

/** The Set-Cookie value for a session; `secure` when the page was served over HTTPS. */
export function sessionCookie(s: Session, secure: boolean): string {
  return `${COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${Math.floor(LIFETIME_MS / 1000)}${secure ? '; Secure' : ''}`;
}

export function clearCookie(): string {
  return `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;
}
