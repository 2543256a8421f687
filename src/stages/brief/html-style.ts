/**
 * The page's only stylesheet, inlined so the HTML brief is one file that
 * opens anywhere offline. System fonts only: no external requests.
 */

/** CSS for `renderHtml`; light by default, dark under prefers-color-scheme. */
export const BRIEF_CSS = `
:root {
  --bg: #f6f5f1; --card: #ffffff; --ink: #1d232b; --muted: #5d6673; --line: #e3e0d8;
  --accent: #1f5fa8; --accent-soft: #e6effa; --warn: #9a5b00; --warn-soft: #fdf0dc;
  --ok: #2f7a4a; --ok-soft: #e3f3e8;
  --k-figure: #ffe6a8; --k-quote: #d9e8ff; --k-date: #e5dcff; --k-summary: #d7f2df; --k-reuse: #ffd9d2;
  --bar: #5b8fd1; --bar-soft: #b9d0ee; --reuse-line: #d0553f;
  --serif: Georgia, "Iowan Old Style", "Palatino Linotype", "Times New Roman", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15181d; --card: #1d2127; --ink: #e6e8eb; --muted: #9aa3ae; --line: #2e343c;
    --accent: #7fb0ee; --accent-soft: #1f2d40; --warn: #f0b45c; --warn-soft: #3a2c16;
    --ok: #7fcf9b; --ok-soft: #17301f;
    --k-figure: #5a4813; --k-quote: #1f3a5e; --k-date: #3a2f5e; --k-summary: #1d4a2c; --k-reuse: #5a2a22;
    --bar: #6d9fe0; --bar-soft: #2f4a6d; --reuse-line: #e98a78;
  }
}
* { box-sizing: border-box; }
html { scroll-behavior: smooth; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 16px/1.55 var(--sans); -webkit-text-size-adjust: 100%; }
a { color: var(--accent); }
.wrap { max-width: 1040px; margin: 0 auto; padding: 0 20px 48px; }
header.top { padding: 36px 0 18px; }
.eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted); font-weight: 600; }
h1 { font: 700 clamp(26px, 4vw, 38px)/1.15 var(--serif); margin: 6px 0 14px; }
.facts { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; padding: 0; list-style: none; }
.facts li { background: var(--card); border: 1px solid var(--line); border-radius: 999px; padding: 3px 12px; font-size: 14px; color: var(--muted); }
.facts li strong { color: var(--ink); }
.facts li.alert { background: var(--warn-soft); border-color: transparent; color: var(--warn); }
nav.toc { position: sticky; top: 0; z-index: 5; background: color-mix(in srgb, var(--bg) 92%, transparent); backdrop-filter: blur(6px); border-bottom: 1px solid var(--line); margin: 0 -20px 8px; padding: 6px 20px; display: flex; flex-wrap: wrap; gap: 2px; }
nav.toc a { display: inline-block; font-size: 14px; text-decoration: none; color: var(--muted); padding: 3px 10px; border-radius: 999px; }
nav.toc a:hover { background: var(--accent-soft); color: var(--accent); }
section.card { background: var(--card); border: 1px solid var(--line); border-radius: 14px; padding: 20px 24px; margin: 18px 0; scroll-margin-top: 56px; }
h2 { font: 700 20px/1.3 var(--serif); margin: 0 0 12px; display: flex; align-items: baseline; gap: 10px; }
h2 .count { font: 600 12px var(--sans); color: var(--muted); background: var(--bg); border-radius: 999px; padding: 2px 8px; }
h3 { font-size: 16px; margin: 18px 0 8px; display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
p.none { color: var(--muted); font-style: italic; margin: 0; }
section.card.empty { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 14px; padding: 12px 24px; margin: 10px 0; }
section.card.empty h2 { margin: 0; font-size: 17px; color: var(--muted); }
nav.toc a.empty { opacity: .55; }
ul.claims { list-style: none; padding: 0; margin: 0; }
ul.claims li { padding: 8px 0 8px 16px; border-left: 3px solid var(--ok); margin: 6px 0; }
ul.claims.single li { border-left-color: var(--muted); }
a.cite { display: inline-block; font: 600 12px/1 var(--sans); text-decoration: none; color: var(--accent); background: var(--accent-soft); border-radius: 6px; padding: 3px 5px; margin-left: 3px; vertical-align: 1px; }
a.cite:hover { background: var(--accent); color: var(--card); }
.badge { display: inline-block; font: 600 12px/1.4 var(--sans); border-radius: 999px; padding: 1px 9px; background: var(--bg); color: var(--muted); }
.badge.warn { background: var(--warn-soft); color: var(--warn); }
.badge.ok { background: var(--ok-soft); color: var(--ok); }
.lead { color: var(--muted); margin: 0 0 10px; font-size: 15px; }
.figure-group + .figure-group { border-top: 1px solid var(--line); margin-top: 18px; }
table { border-collapse: collapse; width: 100%; font-size: 15px; }
th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 600; padding: 6px 10px; border-bottom: 1px solid var(--line); }
td { padding: 8px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
tr:last-child td { border-bottom: 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.value { font-weight: 700; font-variant-numeric: tabular-nums; white-space: nowrap; }
.qual { display: block; font-size: 12px; color: var(--muted); font-weight: 600; white-space: nowrap; }
td .qual { display: inline; }
td.num .qual { display: block; }
.bar { height: 10px; border-radius: 5px; background: var(--bar); min-width: 4px; }
.bar.open { background: linear-gradient(90deg, var(--bar) 70%, var(--bar-soft)); }
.bar.approx { background: repeating-linear-gradient(90deg, var(--bar) 0 6px, var(--bar-soft) 6px 8px); }
.bar-cell { width: 28%; padding-top: 14px; }
.as-written { font-family: var(--serif); }
.scroll { overflow-x: auto; }
.speaker { margin: 0 0 18px; }
.speaker h3 .role { font-weight: 400; color: var(--muted); }
.remark { border-left: 3px solid var(--k-quote); padding: 4px 0 4px 14px; margin: 10px 0; }
.remark blockquote { margin: 0; font: 17px/1.5 var(--serif); }
.remark .variant { color: var(--muted); font: 15px/1.5 var(--serif); margin-top: 4px; }
.remark .variant .tag { font: 600 11px var(--sans); text-transform: uppercase; letter-spacing: .05em; margin-right: 6px; }
ol.timeline { list-style: none; margin: 0; padding: 0 0 0 18px; border-left: 2px solid var(--line); }
ol.timeline li { position: relative; padding: 4px 0 12px 14px; }
ol.timeline li::before { content: ""; position: absolute; left: -25px; top: 10px; width: 10px; height: 10px; border-radius: 50%; background: var(--accent); border: 2px solid var(--card); }
ol.timeline li.inferred::before { background: var(--card); border: 2px solid var(--accent); }
ol.timeline li.unresolved::before { background: var(--muted); }
.when { font-weight: 700; }
.expr { font-family: var(--serif); }
.ctx { color: var(--muted); font-size: 15px; display: block; }
.pair { padding: 12px 0; border-bottom: 1px solid var(--line); }
.pair:last-child { border-bottom: 0; }
.pair-head { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; }
.pair-head .names { flex-basis: 100%; }
.meter { display: inline-flex; align-items: center; gap: 6px; font-size: 13px; color: var(--muted); }
.meter span.track { width: 80px; height: 6px; background: var(--bg); border-radius: 3px; overflow: hidden; display: inline-block; }
.meter span.fill { display: block; height: 100%; background: var(--reuse-line); }
.example { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; margin-top: 10px; }
.example blockquote { margin: 0; padding: 8px 12px; background: var(--bg); border-radius: 8px; font: 15px/1.5 var(--serif); }
.entities { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 16px; }
.entities h3 { margin-top: 0; }
.entities ul { list-style: none; padding: 0; margin: 0; }
.entities li { padding: 6px 0; border-bottom: 1px dashed var(--line); line-height: 1.4; }
.entities .refs a.cite:first-child { margin-left: 0; }
.entities .aka, .entities .roles { color: var(--muted); font-size: 13px; }
.legend { display: flex; flex-wrap: wrap; gap: 8px; font-size: 13px; color: var(--muted); margin: 0 0 12px; }
.legend mark { padding: 1px 6px; }
article.source { border-top: 1px solid var(--line); padding-top: 16px; margin-top: 16px; scroll-margin-top: 56px; }
article.source:first-of-type { border-top: 0; margin-top: 0; padding-top: 0; }
article.source h3 { font: 700 18px/1.3 var(--serif); margin: 0 0 4px; }
.ref { display: inline-block; min-width: 26px; text-align: center; font: 700 13px/22px var(--sans); background: var(--accent); color: var(--card); border-radius: 6px; margin-right: 6px; }
.meta { font-size: 13px; color: var(--muted); margin: 0 0 8px; }
.meta a { word-break: break-all; }
.extra { font-size: 13px; color: var(--muted); margin: 4px 0; }
.text { white-space: pre-wrap; font: 16px/1.7 var(--serif); max-width: 78ch; overflow-wrap: anywhere; }
/* Figures, quotes and dates get a fill; whole-sentence claims and shared
   text only an underline, or real articles turn into a wall of colour. */
mark { color: inherit; border-radius: 3px; background: none; }
mark.k-figure { background: var(--k-figure); } mark.k-quote { background: var(--k-quote); }
mark.k-date { background: var(--k-date); }
mark.k-summary { text-decoration: underline 2px var(--ok); text-decoration-color: color-mix(in srgb, var(--ok) 45%, transparent); text-underline-offset: 4px; }
mark.k-reuse { text-decoration: underline dotted 2px var(--reuse-line); text-underline-offset: 4px; }
mark:target { outline: 2px solid var(--accent); outline-offset: 2px; scroll-margin-top: 80px; animation: flash 1.2s ease-out; }
@keyframes flash { from { outline-color: transparent; box-shadow: 0 0 0 8px var(--accent-soft); } }
.back { font-size: 13px; }
footer { color: var(--muted); font-size: 13px; text-align: center; margin-top: 28px; }
@media (max-width: 640px) {
  section.card { padding: 16px; border-radius: 10px; }
  .example { grid-template-columns: 1fr; }
  .bar-cell { display: none; }
  table.stack thead { display: none; }
  table.stack tr { display: block; padding: 8px 0; border-bottom: 1px solid var(--line); }
  table.stack tr:last-child { border-bottom: 0; }
  table.stack td { display: flex; align-items: baseline; gap: 4px; border: 0; padding: 2px 0; text-align: left; }
  table.stack td[data-label]::before { content: attr(data-label); flex: 0 0 112px; font: 12px var(--sans); color: var(--muted); text-transform: uppercase; letter-spacing: .04em; padding-top: 2px; }
  table.stack td.num .qual { display: inline; margin-right: 4px; }
  table.stack td.bar-cell { display: none; }
  h1 { font-size: 26px; }
  nav.toc { flex-wrap: nowrap; overflow-x: auto; white-space: nowrap; scrollbar-width: none; }
  td, th { padding: 6px; }
}
@media print { nav.toc { display: none; } section.card { break-inside: avoid-page; } }
.prov-graph { margin: 8px 0 12px; overflow-x: auto; }
.prov-graph svg text { font: 600 12px var(--sans); fill: var(--fg); }
.prov-graph svg text.small, .series svg text.small { font: 11px var(--sans); fill: var(--muted); }
.prov-graph circle.node { fill: var(--card); stroke: var(--accent); stroke-width: 2; }
.prov-graph circle.origin { fill: var(--accent-soft); stroke: var(--accent); stroke-width: 3; }
.prov-graph circle.mt { fill: var(--card); stroke: var(--warn); stroke-width: 2; stroke-dasharray: 3 2; }
.prov-graph line { stroke: var(--accent); stroke-width: 2; }
.prov-graph line.unknown { stroke-dasharray: 6 4; }
.prov-graph line.shared { stroke: var(--muted); stroke-width: 1; stroke-dasharray: 2 3; }
.prov-graph .arrowhead { fill: var(--accent); }
.prov-graph figcaption, .series figcaption { font-size: 13px; color: var(--muted); }
ul.provenance li { margin: 4px 0; }
table.grid td { text-align: center; font-size: 15px; }
table.grid td.yes { color: var(--ok); }
table.grid td.no { color: var(--warn); font-weight: 700; }
table.grid td.nr { color: var(--muted); }
table.grid th[scope=row] { font: 400 14px/1.4 var(--sans); text-transform: none; letter-spacing: normal; color: var(--fg); max-width: 420px; }
ul.claims.contested li { border-left-color: var(--warn); }
.series svg { width: 100%; max-width: 560px; height: auto; }
.series .line { fill: none; stroke: var(--accent); stroke-width: 2; }
.series .pt { fill: var(--accent); }
.series .axis { stroke: var(--muted); }
@media print { .prov-graph, .series { break-inside: avoid; } }
p.overview { font-size: 17px; line-height: 1.6; margin: 4px 0; }
`;
