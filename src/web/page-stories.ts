/**
 * The stories page: newest or most-covered first, each with its title, how
 * many sources (independent ones once its brief is known) and articles,
 * languages, time span, and badges for disputed figures and contested
 * claims; filters, paging and exports. Each story is one `<li>` so the
 * script can add or replace a story live (the fragment route renders the
 * same item).
 */
import type { StorySummary } from '../storage/service-types.js';
import { formatDay, formatNumber } from '../stages/brief/format.js';
import type { StoryBadges } from './story-briefs.js';
import { h, queryString } from './layout.js';

export interface StoryFilters {
  readonly sort: 'updated' | 'size';
  readonly source?: string;
  readonly language?: string;
  readonly from?: string;
  readonly to?: string;
  readonly disputed?: boolean;
}

function span(s: StorySummary): string {
  const from = s.firstPublished;
  const to = s.lastPublished;
  if (from === undefined || to === undefined) return 'dates unknown';
  return from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** One story of the list. */
export function storyItem(s: StorySummary, badges: StoryBadges | undefined): string {
  const marks: string[] = [];
  if (badges !== undefined) {
    if (badges.disputedFigures > 0) marks.push(`<span class="badge warn">${plural(badges.disputedFigures, 'disputed figure')}</span>`);
    if (badges.contestedClaims > 0) marks.push(`<span class="badge warn">${plural(badges.contestedClaims, 'contested claim')}</span>`);
  }
  const sources = badges !== undefined ? plural(badges.independent, 'independent source') : plural(s.sourceCount, 'source');
  const outlets = s.sources.slice(0, 4).map((x) => h(x.name)).join(', ') + (s.sources.length > 4 ? ` +${s.sources.length - 4}` : '');
  return `<li class="story" data-id="${h(s.id)}" data-seq="${s.updatedSeq}">
<h2 class="title"><a href="/stories/${h(s.id)}">${h(s.title)}</a></h2>
<p class="meta"><strong>${sources}</strong> · ${plural(s.articles, 'article')} · ${h(s.languages.join(', ') || '—')} · ${h(span(s))}${marks.length > 0 ? ` ${marks.join(' ')}` : ''}</p>
${outlets === '' ? '' : `<p class="outlets">${outlets}</p>`}
</li>`;
}

function filterForm(f: StoryFilters): string {
  const sortOpt = (v: string, label: string) => `<option value="${v}"${f.sort === v ? ' selected' : ''}>${label}</option>`;
  return `<form class="filters" method="get" action="/" aria-label="Filter stories">
<label>Order <select name="sort">${sortOpt('updated', 'Newest')}${sortOpt('size', 'Most covered')}</select></label>
<label>Source <input name="source" value="${h(f.source ?? '')}" size="14"></label>
<label>Language <input name="language" value="${h(f.language ?? '')}" size="4" pattern="[a-z]{2,3}" title="a two- or three-letter code, e.g. en"></label>
<label>From <input type="date" name="from" value="${h(f.from ?? '')}"></label>
<label>To <input type="date" name="to" value="${h(f.to ?? '')}"></label>
<label class="check"><input type="checkbox" name="disputed" value="1"${f.disputed === true ? ' checked' : ''}> Disputed only</label>
<button type="submit">Apply</button>
</form>`;
}

export function filterParams(f: StoryFilters): Record<string, string | undefined> {
  return { sort: f.sort === 'updated' ? undefined : f.sort, source: f.source, language: f.language, from: f.from, to: f.to, disputed: f.disputed === true ? '1' : undefined };
}

export interface StoriesView {
  readonly stories: readonly StorySummary[];
  readonly badges: (id: string) => StoryBadges | undefined;
  readonly filters: StoryFilters;
  /** The next page's cursor. */
  readonly next?: string;
  /** Stories left out by "disputed only" because their briefs are not computed yet. */
  readonly unknown: number;
  readonly total: number;
  /** True on the first page (no cursor). */
  readonly first: boolean;
}

/** The body of the stories page. */
export function storiesBody(v: StoriesView): string {
  const params = filterParams(v.filters);
  const f = v.filters;
  const filtered = [f.source, f.language, f.from, f.to].some((x) => x !== undefined) || f.disputed === true;
  const items = v.stories.map((s) => storyItem(s, v.badges(s.id))).join('\n');
  // New stories are inserted live only where they belong: the first page of the unfiltered newest-first list.
  const live = f.sort === 'updated' && !filtered && v.first ? ' data-live="top"' : '';
  const more = v.next !== undefined ? `<p class="more"><a href="/${h(queryString({ ...params, cursor: v.next }))}" rel="next">Older stories →</a></p>` : '';
  const unknownNote = v.unknown > 0 ? `<p class="note">${plural(v.unknown, 'story', 'stories')} on this page not analysed yet (open one, or reload in a moment).</p>` : '';
  const exportQs = queryString(params);
  return `<div class="wrap">
<div class="page-head"><h1>Stories</h1><p class="sub">${plural(v.total, 'story', 'stories')} in the database</p></div>
${filterForm(v.filters)}
<p class="exports">Export this list: <a href="/export/stories.json${h(exportQs)}" download>JSON</a> · <a href="/export/stories.csv${h(exportQs)}" download>CSV</a></p>
<div id="live-status" class="sr" aria-live="polite"></div>
${unknownNote}
${v.stories.length === 0 ? '<p class="none">No stories match.</p>' : ''}
<ol class="stories" id="story-list"${live}>
${items}
</ol>
${more}
</div>`;
}
