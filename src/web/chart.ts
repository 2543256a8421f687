/**
 * Attention over time as inline SVG: articles per day for one or more
 * series (a search, a story), on one shared day axis with missing days as
 * zero. One series is drawn as bars, several as lines. The chart is an
 * image with a text label for screen readers, followed by the same numbers
 * as a table, so nothing is only visual. No script, so it prints.
 */
import { formatNumber } from '../stages/brief/format.js';
import { h } from './layout.js';

export interface Series {
  readonly name: string;
  /** Day (YYYY-MM-DD) → count. */
  readonly days: ReadonlyMap<string, number>;
}

const DAY_MS = 86_400_000;
/** Longest span drawn day by day; longer spans are cut to the latest days. */
const MAX_DAYS = 400;

function dayIndex(day: string): number | undefined {
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(t) ? Math.round(t / DAY_MS) : undefined;
}

const dayOf = (i: number): string => new Date(i * DAY_MS).toISOString().slice(0, 10);

/** The days from the first to the last with a count, every day in between included. */
export function dayAxis(series: readonly Series[]): readonly string[] {
  const idx = series.flatMap((s) => [...s.days.keys()].map(dayIndex)).filter((i): i is number => i !== undefined);
  if (idx.length === 0) return [];
  const last = Math.max(...idx);
  const first = Math.max(Math.min(...idx), last - MAX_DAYS + 1);
  const out: string[] = [];
  for (let i = first; i <= last; i++) out.push(dayOf(i));
  return out;
}

/** A round step for `max` split in about four. */
function tickStep(max: number): number {
  const raw = max / 4;
  const p = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? p * 10;
}

/** The chart and its table; `label` names what is counted (for the accessible name). */
export function attentionChart(series: readonly Series[], label: string): string {
  const days = dayAxis(series);
  if (days.length === 0) return '<p class="none">No dated articles to chart.</p>';
  const W = 720;
  const H = 220;
  const left = 40;
  const bottom = 28;
  const top = 10;
  const plotW = W - left - 10;
  const plotH = H - top - bottom;
  const values = series.map((s) => days.map((d) => s.days.get(d) ?? 0));
  const max = Math.max(1, ...values.flat());
  const step = tickStep(max);
  const ymax = Math.ceil(max / step) * step;
  const x = (i: number): number => left + (days.length === 1 ? plotW / 2 : (i * plotW) / (days.length - 1));
  const y = (v: number): number => top + plotH - (v / ymax) * plotH;
  const parts: string[] = [];
  for (let v = 0; v <= ymax; v += step) {
    parts.push(`<line class="grid" x1="${left}" x2="${W - 10}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"/>`);
    parts.push(`<text class="small" x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${formatNumber(v)}</text>`);
  }
  const labelEvery = Math.max(1, Math.ceil(days.length / 6));
  // Days of one year are labelled by month and day; a span across years keeps the year.
  const oneYear = days[0]!.slice(0, 4) === days[days.length - 1]!.slice(0, 4);
  days.forEach((d, i) => {
    const last = i === days.length - 1;
    if ((i % labelEvery !== 0 || (!last && days.length - 1 - i < labelEvery / 2)) && !last) return;
    const anchor = days.length === 1 ? 'middle' : i === 0 ? 'start' : last ? 'end' : 'middle';
    parts.push(`<text class="small" x="${x(i).toFixed(1)}" y="${H - 8}" text-anchor="${anchor}">${h(oneYear ? d.slice(5) : d)}</text>`);
  });
  if (series.length === 1) {
    const bw = Math.max(1, Math.min(24, plotW / days.length - 2));
    values[0]!.forEach((v, i) => {
      if (v > 0) parts.push(`<rect class="s0" x="${(x(i) - bw / 2).toFixed(1)}" y="${y(v).toFixed(1)}" width="${bw.toFixed(1)}" height="${(y(0) - y(v)).toFixed(1)}"><title>${h(days[i]!)}: ${formatNumber(v)}</title></rect>`);
    });
  } else {
    values.forEach((vals, k) => {
      const pts = vals.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
      parts.push(`<polyline class="s${k % 6}" points="${pts}"/>`);
    });
  }
  const cut = series.some((s) => [...s.days.keys()].some((d) => d < days[0]!)) ? `<p class="note">Showing the latest ${formatNumber(days.length)} days.</p>` : '';
  const legend = series.length > 1 ? `<ul class="legend-series">${series.map((s, k) => `<li><span class="swatch s${k % 6}"></span>${h(s.name)}</li>`).join('')}</ul>` : '';
  const totals = series.map((s, k) => `${s.name}: ${formatNumber(values[k]!.reduce((a, b) => a + b, 0))}`).join('; ');
  const aria = `${label}, ${days[0]} to ${days[days.length - 1]}, per day. ${totals}.`;
  const head = `<tr><th scope="col">Day</th>${series.map((s) => `<th scope="col" class="num">${h(s.name)}</th>`).join('')}</tr>`;
  const rows = days
    .map((d, i) => ({ d, i }))
    .filter(({ i }) => values.some((v) => v[i]! > 0))
    .map(({ d, i }) => `<tr><th scope="row">${h(d)}</th>${values.map((v) => `<td class="num">${formatNumber(v[i]!)}</td>`).join('')}</tr>`)
    .join('');
  return `<figure class="attention">
<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${h(aria)}" preserveAspectRatio="xMidYMid meet">${parts.join('')}</svg>
${legend}${cut}
<details><summary>Numbers by day</summary><div class="scroll"><table><thead>${head}</thead><tbody>${rows}</tbody></table></div></details>
</figure>`;
}
