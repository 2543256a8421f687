/**
 * The sign-in page: one field for an API token (`parallax token create`).
 * Reading needs nothing on loopback; adding feeds and alerts needs a write
 * token, and a server reachable beyond loopback needs a token for reading too.
 */
import { h } from './layout.js';

export function loginBody(next: string, error?: string, signedIn = false): string {
  return `<div class="wrap narrow">
<h1>Sign in</h1>
${error !== undefined ? `<p class="error" role="alert">${h(error)}</p>` : ''}
${signedIn ? '<p class="ok-msg" role="status">You are signed in.</p>' : ''}
<form class="login" method="post" action="/login">
<input type="hidden" name="next" value="${h(next)}">
<label for="token">API token</label>
<input id="token" name="token" type="password" required autocomplete="off" spellcheck="false" aria-describedby="token-help">
<p id="token-help" class="help">Make one on the server with <code>parallax token create --scope write --db FILE</code>. It is checked here and kept in this server's memory for the session (12 hours); your browser only keeps a session cookie.</p>
<button type="submit">Sign in</button>
</form>
</div>`;
}

/** A `next` target that stays on this site: a path, never another origin. */
export function safeNext(next: string | undefined): string {
  return next !== undefined && /^\/(?![/\\])[^\s]*$/.test(next) && !next.startsWith('/login') ? next : '/';
}
