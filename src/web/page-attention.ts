/**
 * Attention over time: articles per day for up to four searches and a
 * story, drawn on one axis (Media Cloud's chart, with the story's own
 * coverage beside the searches').
 */
import { attentionChart, type Series } from './chart.js';
import { h } from './layout.js';

export interface AttentionView {
  readonly queries: readonly string[];
  readonly storyId?: string;
  readonly storyTitle?: string;
  readonly series: readonly Series[];
  readonly errors: readonly string[];
}

export function attentionBody(v: AttentionView): string {
  const inputs = [0, 1, 2, 3]
    .map((i) => `<label>Search ${i + 1} <input name="q" type="search" value="${h(v.queries[i] ?? '')}"${i === 0 ? ' id="att-q"' : ''}></label>`)
    .join('');
  const form = `<form class="filters attention-form" method="get" action="/attention" aria-label="Compare attention">
${inputs}
<label>Story id <input name="story" value="${h(v.storyId ?? '')}" pattern="s_[0-9a-f]+" size="16"></label>
<button type="submit">Draw</button>
</form>`;
  const errors = v.errors.map((e) => `<p class="error" role="alert">${h(e)}</p>`).join('');
  const title = v.storyTitle !== undefined ? `<p class="sub">Story: <a href="/stories/${h(v.storyId ?? '')}">${h(v.storyTitle)}</a></p>` : '';
  const chart = v.series.length === 0 ? '<p class="none">Type a search or a story id to see its articles per day.</p>' : attentionChart(v.series, 'Articles per day');
  return `<div class="wrap">
<h1>Attention over time</h1>
<p class="lead">Articles per day (the latest 60 days with matches for a search; every day of a story).</p>
${form}
${errors}
${title}
<section class="card" aria-label="Chart">${chart}</section>
</div>`;
}
