/**
 * The sources page: the watched feeds and folders with their health (as
 * the API reports it), a form to add a feed (following its item links or
 * not), a sitemap, a URL list or a folder, and a button to stop watching
 * one (both need a session), and the outlets in the database — what each
 * covered and how often its text was the origin of another article's copy
 * or translation, over every story briefed (the counts are kept in the
 * database as each brief is computed; the server briefs every story in the
 * background).
 */
import { formatNumber } from '../stages/brief/format.js';
import { h, queryString } from './layout.js';

/** A source as GET /api/v1/sources returns it. */
export interface SourceView {
  readonly id: string;
  readonly kind: string;
  readonly url: string;
  readonly createdAt: string;
  readonly nextPollAt: string;
  readonly intervalSec: number;
  readonly failures: number;
  readonly lastPollAt?: string;
  readonly lastSuccessAt?: string;
  readonly lastError?: string;
  readonly lastErrorAt?: string;
  readonly itemsSeen: number;
  readonly itemsPerDay: number;
  /** A feed whose items' linked pages are fetched and extracted. */
  readonly followLinks?: boolean;
}

export interface OutletView {
  readonly name: string;
  readonly articles: number;
  readonly stories: number;
  readonly origin: number;
  readonly copied: number;
}

export interface SourcesView {
  readonly sources: readonly SourceView[];
  readonly outlets: readonly OutletView[];
  /** Stories whose briefs the origin counts come from. */
  readonly briefedStories: number;
  /** Stories the outlet table read (it stops at a bound). */
  readonly storiesRead: number;
  readonly csrf?: string;
  readonly message?: { readonly kind: 'ok' | 'error'; readonly text: string };
}

const when = (iso: string | undefined): string => (iso === undefined ? '—' : `<time datetime="${h(iso)}">${h(iso.slice(0, 16).replace('T', ' '))}</time>`);

function health(s: SourceView): string {
  if (s.lastPollAt === undefined) return '<span class="badge">not polled yet</span>';
  if (s.failures > 0) return `<span class="badge warn">failing (${s.failures} in a row)</span>`;
  return '<span class="badge ok">ok</span>';
}

function sourceRow(s: SourceView, csrf: string | undefined): string {
  const remove = csrf === undefined ? '' : `<form method="post" action="/sources/${h(s.id)}/delete" class="inline"><input type="hidden" name="_csrf" value="${h(csrf)}"><button type="submit" class="link danger" aria-label="Remove ${h(s.url)}">Remove</button></form>`;
  return `<tr>
<td data-label="Source"><span class="url">${h(s.url)}</span> <span class="qual">${h(KIND_NAMES[s.kind] ?? s.kind)}${s.followLinks === true ? ', follows item links' : ''}</span></td>
<td data-label="Health">${health(s)}${s.lastError !== undefined ? `<span class="qual err">${h(s.lastError)} (${when(s.lastErrorAt)})</span>` : ''}</td>
<td data-label="Last success">${when(s.lastSuccessAt)}</td>
<td data-label="Next poll">${when(s.nextPollAt)} <span class="qual">every ${formatNumber(Math.round(s.intervalSec / 60))} min</span></td>
<td data-label="Articles" class="num">${formatNumber(s.itemsSeen)} <span class="qual">${s.itemsPerDay} a day</span></td>
<td data-label="">${remove}</td>
</tr>`;
}

/** The kinds a source may be (the API's `kind`), as the form names them. */
export const KIND_NAMES: Readonly<Record<string, string>> = { feed: 'feed', sitemap: 'sitemap', urls: 'URL list', folder: 'folder' };

function addForm(csrf: string | undefined): string {
  if (csrf === undefined) return '<p class="note">Adding a source needs a write token: <a href="/login?next=/sources">sign in</a>.</p>';
  const kinds = Object.entries(KIND_NAMES).map(([k, name]) => `<option value="${k}">${h(name)}</option>`).join('');
  return `<form class="add" method="post" action="/sources" aria-label="Watch a source">
<input type="hidden" name="_csrf" value="${h(csrf)}">
<label for="feed-url">URL of a feed (RSS, Atom or RDF), a sitemap or a URL list, or an absolute folder path on the server</label>
<div class="row"><input id="feed-url" name="url" type="text" required placeholder="https://example.org/feed.xml" aria-describedby="source-hint">
<label class="inline-label" for="source-kind">Kind</label> <select id="source-kind" name="kind">${kinds}</select>
<button type="submit">Watch</button></div>
<div class="row"><input id="follow-links" name="followLinks" type="checkbox" value="1" aria-describedby="source-hint"> <label class="inline-label" for="follow-links">Follow item links (feeds only)</label></div>
<p id="source-hint" class="hint">A sitemap (news sitemaps and indexes too) or a URL list (plain text, one page URL a line) has each new page fetched and extracted; a feed that follows item links has each new item's page fetched instead of the item text.</p>
</form>`;
}

const stories = (n: number, what: string): string => (n === 1 ? `one ${what}story` : `${formatNumber(n)} ${what}stories`);

export function sourcesBody(v: SourcesView): string {
  const msg = v.message === undefined ? '' : `<p class="${v.message.kind === 'ok' ? 'ok-msg' : 'error'}" role="${v.message.kind === 'ok' ? 'status' : 'alert'}">${h(v.message.text)}</p>`;
  const head = '<tr><th scope="col">Source</th><th scope="col">Health</th><th scope="col">Last success</th><th scope="col">Next poll</th><th scope="col" class="num">Articles</th><th scope="col"><span class="sr">Actions</span></th></tr>';
  const table = v.sources.length === 0
    ? '<p class="none">No watched sources yet.</p>'
    : `<div class="scroll"><table class="stack" id="source-table"><thead>${head}</thead><tbody>${v.sources.map((s) => sourceRow(s, v.csrf)).join('')}</tbody></table></div>`;
  const outletHead = '<tr><th scope="col">Outlet</th><th scope="col" class="num">Articles</th><th scope="col" class="num">Stories</th><th scope="col" class="num">Origin of copies</th><th scope="col" class="num">Copied others</th></tr>';
  const outletRows = v.outlets
    .map((o) => `<tr><td data-label="Outlet"><a href="/${h(queryString({ source: o.name }))}">${h(o.name)}</a></td><td data-label="Articles" class="num">${formatNumber(o.articles)}</td><td data-label="Stories" class="num">${formatNumber(o.stories)}</td><td data-label="Origin of copies" class="num">${formatNumber(o.origin)}</td><td data-label="Copied others" class="num">${formatNumber(o.copied)}</td></tr>`)
    .join('');
  const outlets = v.outlets.length === 0 ? '<p class="none">No articles yet.</p>' : `<div class="scroll"><table class="stack"><thead>${outletHead}</thead><tbody>${outletRows}</tbody></table></div>`;
  return `<div class="wrap">
<h1>Sources</h1>
${msg}
<section class="card" aria-labelledby="watched-h"><h2 id="watched-h">Watched sources</h2>
${addForm(v.csrf)}
${table}
<p class="exports">Export: <a href="/export/sources.json" download>JSON</a> · <a href="/export/sources.csv" download>CSV</a></p>
</section>
<section class="card" aria-labelledby="outlets-h"><h2 id="outlets-h">Outlets</h2>
<p class="lead">What each outlet covered (over the ${stories(v.storiesRead, 'most recently changed ')}), and how often its text was the origin of another article's copy or translation (over the ${stories(v.briefedStories, '')} briefed so far; every story of two or more articles is briefed in the background, and the counts are kept in the database).</p>
${outlets}
</section>
</div>`;
}
