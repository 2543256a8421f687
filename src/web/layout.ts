/**
 * The frame every web page shares: the head (local stylesheets and the one
 * script module, nothing from elsewhere), a skip link, the site header with
 * the navigation and the search box, and the main landmark. Pages hand in
 * HTML they have already escaped; everything taken from a request or an
 * article goes through `h` (the brief's own escaper).
 */
import { escapeHtml } from '../stages/brief/escape.js';

export const h = escapeHtml;

export type NavKey = 'stories' | 'search' | 'sources' | 'alerts' | 'attention' | 'story' | 'login';

export interface PageFrame {
  readonly title: string;
  readonly nav: NavKey;
  readonly body: string;
  /** The search box's current query. */
  readonly query?: string;
  /** Whether the visitor holds a session (shown as "signed in" / "sign in"). */
  readonly signedIn: boolean;
  /** The session's CSRF token (for the sign-out form). */
  readonly csrf?: string;
  /** Extra stylesheets (the story page adds the brief's). */
  readonly styles?: readonly string[];
  /** Set on <body data-page>: the script module picks its behaviour from it. */
  readonly page: string;
}

const NAV: readonly (readonly [NavKey, string, string])[] = [
  ['stories', '/', 'Stories'],
  ['search', '/search', 'Search'],
  ['attention', '/attention', 'Attention'],
  ['sources', '/sources', 'Sources'],
  ['alerts', '/alerts', 'Alerts'],
];

/** The complete HTML document of a page. */
export function pageHtml(f: PageFrame): string {
  const links = NAV.map(([key, href, label]) => `<a href="${href}"${key === f.nav ? ' aria-current="page"' : ''}>${label}</a>`).join('');
  const session = f.signedIn
    ? `<form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="${h(f.csrf ?? '')}"><button type="submit" class="link">Sign out</button></form>`
    : `<a href="/login"${f.nav === 'login' ? ' aria-current="page"' : ''}>Sign in</a>`;
  const styles = ['/assets/brief.css', '/assets/app.css', ...(f.styles ?? [])]
    .filter((s, i, all) => all.indexOf(s) === i)
    .map((s) => `<link rel="stylesheet" href="${h(s)}">`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${h(f.title)} · Parallax</title>
${styles}
<script type="module" src="/assets/app.js"></script>
</head>
<body data-page="${h(f.page)}">
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<div class="site-bar">
<a class="brand" href="/">Parallax</a>
<nav class="main" aria-label="Main">${links}${session}</nav>
<form class="search" role="search" aria-label="Site search" method="get" action="/search">
<label class="sr" for="site-q">Search articles</label>
<input id="site-q" name="q" type="search" placeholder="Search  ( / )" value="${h(f.query ?? '')}" autocomplete="off">
</form>
</div>
</header>
<main id="main" tabindex="-1">
${f.body}
</main>
<footer class="site"><span>Parallax</span> · <a href="/api/v1/openapi.json">API</a><span class="keys"> · <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>Enter</kbd> open · <kbd>/</kbd> search</span></footer>
</body>
</html>
`;
}

/** A small message page (not found, errors, confirmations). */
export function messageBody(heading: string, text: string, linkHref = '/', linkText = 'All stories'): string {
  return `<div class="wrap"><h1>${h(heading)}</h1><p>${h(text)}</p><p><a href="${h(linkHref)}">${h(linkText)}</a></p></div>`;
}

/** Builds a query string from defined, non-empty values. */
export function queryString(params: Readonly<Record<string, string | number | boolean | undefined>>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '' && v !== false) u.set(k, String(v));
  const s = u.toString();
  return s === '' ? '' : `?${s}`;
}
