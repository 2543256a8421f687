/**
 * The search page: the query box with its syntax, hits with highlighted
 * snippets (the store escapes them and marks matches with <mark>; only
 * those two tags are let through here), facets by source, language and day
 * that narrow the query when clicked, paging and exports.
 */
import type { SearchResults } from '../storage/service-types.js';
import { formatNumber } from '../stages/brief/format.js';
import { h, queryString } from './layout.js';

/**
 * The snippet is escaped text with <mark> tags; anything else that looks
 * like a tag is escaped again, so a store bug cannot become markup.
 * @example safeSnippet('a <mark>b</mark> <img>') // 'a <mark>b</mark> &lt;img>'
 */
export function safeSnippet(snippet: string): string {
  return snippet.replace(/<(?!\/?mark>)/g, '&lt;');
}

/** The query with a filter added (quoted when it holds spaces). */
export function withFilter(q: string, key: string, value: string): string {
  const v = /^[^\s"():]+$/.test(value) ? value : `"${value.replace(/"/g, '')}"`;
  return `${q.trim()} ${key}:${v}`.trim();
}

export interface SearchView {
  readonly q: string;
  readonly offset: number;
  readonly limit: number;
  readonly results?: SearchResults;
  /** A one-line problem with the query. */
  readonly error?: string;
}

const SYNTAX = 'Words are ANDed; "a phrase"; OR; -word excludes; word* is a prefix; source:NAME, lang:en, from:YYYY-MM-DD, to:YYYY-MM-DD filter.';

function facetList(title: string, key: string, q: string, items: readonly { value: string; count: number }[]): string {
  if (items.length === 0) return '';
  const narrow = (value: string): string => (key === 'day' ? withFilter(withFilter(q, 'from', value), 'to', value) : withFilter(q, key, value));
  const li = items.map((f) => `<li><a href="/search${h(queryString({ q: narrow(f.value) }))}">${h(f.value)}</a> <span class="count">${formatNumber(f.count)}</span></li>`).join('');
  return `<section class="facet" aria-label="${h(title)}"><h2>${h(title)}</h2><ul>${li}</ul></section>`;
}

export function searchBody(v: SearchView): string {
  const form = `<form class="search-page" method="get" action="/search" role="search" aria-label="Search articles">
<label for="q">Search articles</label>
<div class="row"><input id="q" name="q" type="search" value="${h(v.q)}" aria-describedby="q-help"><button type="submit">Search</button></div>
<p id="q-help" class="help">${h(SYNTAX)}</p>
</form>`;
  if (v.error !== undefined) return `<div class="wrap"><h1>Search</h1>${form}<p class="error" role="alert">${h(v.error)}</p></div>`;
  const r = v.results;
  if (r === undefined) return `<div class="wrap"><h1>Search</h1>${form}</div>`;
  const hits = r.hits
    .map((hit) => {
      const meta = [hit.source, hit.language, hit.published?.slice(0, 10)].filter((x): x is string => x !== undefined).map(h).join(' · ');
      const story = hit.storyId !== undefined ? ` · <a href="/stories/${h(hit.storyId)}">story</a>` : '';
      const href = hit.storyId !== undefined ? `/stories/${h(hit.storyId)}` : `/api/v1/articles/${h(hit.id)}`;
      return `<li class="hit"><h2 class="title"><a href="${href}">${h(hit.title)}</a></h2><p class="meta">${meta}${story}</p><p class="snippet">${safeSnippet(hit.snippet)}</p></li>`;
    })
    .join('\n');
  const pages: string[] = [];
  if (v.offset > 0) pages.push(`<a href="/search${h(queryString({ q: v.q, offset: Math.max(0, v.offset - v.limit) || undefined }))}" rel="prev">← Previous</a>`);
  // A page shorter than asked is the last one (PostgreSQL ranks the newest 500 matches of a capped total).
  if (v.offset + v.limit < r.total && r.hits.length === v.limit) pages.push(`<a href="/search${h(queryString({ q: v.q, offset: v.offset + v.limit }))}" rel="next">Next →</a>`);
  const qs = h(queryString({ q: v.q }));
  return `<div class="wrap">
<h1>Search</h1>
${form}
<p class="sub">${formatNumber(r.total)}${r.totalCapped === true ? '+' : ''} article${r.total === 1 ? '' : 's'}${r.total > 0 ? ` · showing ${formatNumber(v.offset + 1)}–${formatNumber(Math.min(r.total, v.offset + r.hits.length))}` : ''} · <a href="/attention${qs}">attention over time</a> · <a href="/alerts${h(queryString({ query: v.q }))}">alert me</a> · export: <a href="/export/search.json${qs}" download>JSON</a> · <a href="/export/search.csv${qs}" download>CSV</a></p>
<div class="search-layout">
<div class="results">${r.hits.length === 0 ? '<p class="none">No articles match.</p>' : `<ol class="hits" id="hit-list">${hits}</ol>`}
${pages.length > 0 ? `<p class="more">${pages.join(' ')}</p>` : ''}</div>
<aside class="facets" aria-label="Narrow the search">
${facetList('Sources', 'source', v.q, r.facets.sources)}
${facetList('Languages', 'lang', v.q, r.facets.languages)}
${facetList('Days', 'day', v.q, r.facets.days.slice(0, 14))}
</aside>
</div>
</div>`;
}
