/**
 * Article text as escaped HTML with every cited span wrapped in `<mark>`.
 * Spans may nest or cross; a crossing span is split, and only its first piece
 * carries the id, so a link lands on the first cited word.
 */
import type { CitedSpan } from './cited-spans.js';
import { escapeHtml } from './escape.js';

function openTag(s: CitedSpan, first: boolean): string {
  const title = escapeHtml(s.notes.join(' · '));
  return first
    ? `<mark id="${s.markId}" class="k-${s.kind}" title="${title}">`
    : `<mark class="k-${s.kind} cont" data-for="${s.markId}" title="${title}">`;
}

/**
 * @example highlightText('a <b> c', [{ start: 2, end: 5, markId: 'm1-2-5', kind: 'quote', … }])
 * // 'a <mark id="m1-2-5" class="k-quote" title="…">&lt;b&gt;</mark> c'
 */
export function highlightText(text: string, spans: readonly CitedSpan[]): string {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const opened = new Set<string>();
  const stack: CitedSpan[] = [];
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const covering = valid.filter((s) => s.start <= from && s.end >= to);
    // Keep the open marks that still cover this piece, up to the first that does not.
    let keep = 0;
    while (keep < stack.length && covering.includes(stack[keep])) keep++;
    out += '</mark>'.repeat(stack.length - keep);
    stack.length = keep;
    // Outer (longer-lasting) marks open first so shorter ones nest inside them.
    const toOpen = covering.filter((s) => !stack.includes(s)).sort((x, y) => y.end - x.end || x.start - y.start);
    for (const s of toOpen) {
      out += openTag(s, !opened.has(s.markId));
      opened.add(s.markId);
      stack.push(s);
    }
    out += escapeHtml(text.slice(from, to));
  }
  return out + '</mark>'.repeat(stack.length);
}
