/**
 * The span of each quotation in the nine non-English languages, reshaped before
 * its speaker is sought: a quotation interrupted by its attribution is split in
 * two, an unclosed one is lengthened by the first-person sentences after it, and
 * the words inside closed quotations are blanked so that they name no speaker.
 */
import type { Mark } from './quote-marks-intl.js';
import { inFirstPerson } from './quote-person-intl.js';

/**
 * A closed quotation interrupted by its attribution between dashes ("«Мы не знаем, — признался фермер Петр Иванов. —
 * Урожай под угрозой»", "«No sabemos —dijo el ministro— qué pasará»") is two quotes: the words before the dash, which
 * the verb after it attributes, and the words after the second dash.
 */
export function splitInterrupted(text: string, k: Mark, verbs: string, lang: string): Mark[] {
  if (!k.closed) return [k];
  const inner = text.slice(k.start, k.end);
  // French and Italian typography set the attribution inside the guillemets, between commas and a full stop: « Nous ne
  // laisserons pas faire, a déclaré le ministre Bruno Le Maire. Le budget est équilibré. »
  const incise = lang === 'fr' || lang === 'it'
    ? new RegExp(`,\\s+(?:${verbs})(?![\\p{L}])[^.!?«»"“”]{2,80}?\\.\\s+(?=\\p{Lu})`, 'iu').exec(inner) : null;
  if (incise && incise.index >= 3 && !/[.!?]\s/u.test(inner.slice(0, incise.index))) {
    const cut = k.start + incise.index;
    const resume = k.start + incise.index + incise[0].length;
    return [
      { openStart: k.openStart, start: k.start, end: cut, closeEnd: cut, closed: true },
      { openStart: resume, start: resume, end: k.end, closeEnd: k.closeEnd, closed: true },
    ];
  }
  const m = new RegExp(`[,.!?…]?\\s*[—–]\\s*(?:${verbs})(?![\\p{L}])[^—–"“”«»„]{0,80}?[,.]?\\s*[—–]\\s*(?=\\p{L})`, 'iu').exec(inner);
  if (!m || m.index < 3) return [k];
  const cut = k.start + m.index;
  const resume = k.start + m.index + m[0].length;
  return [
    { openStart: k.openStart, start: k.start, end: cut, closeEnd: cut, closed: true },
    { openStart: resume, start: resume, end: k.end, closeEnd: k.closeEnd, closed: true },
  ];
}

/**
 * `text` with the words inside each closed quotation blanked by spaces (offsets, punctuation and line breaks kept): what
 * the quoted person says names no speaker of another quotation. A quotation left unclosed may run over narration, so
 * its words stay.
 */
export function quotationsBlanked(text: string, quotes: readonly Mark[]): string {
  const closed = quotes.filter((k) => k.closed && k.end > k.start).sort((a, b) => a.start - b.start);
  if (closed.length === 0) return text;
  let out = '';
  let at = 0;
  for (const k of closed) {
    if (k.start < at) continue;
    out += text.slice(at, k.start) + text.slice(k.start, k.end).replace(/[\p{L}\p{M}\p{N}]/gu, ' ');
    at = k.end;
  }
  return out + text.slice(at);
}

/**
 * A quotation whose closing mark was lost ends at its first sentence end; the sentences after it in the same paragraph
 * that still speak in the first person, with no quotation mark of their own, are the same remark ("Bu kesinlikle …
 * değil. Ay'a söyleyeceğiz …"). A dash with spaces stops it (the attribution of Polish and Russian copy follows one).
 */
export function firstPersonRun(text: string, k: Mark, lang: string): Mark {
  // Chinese sentences end in "。" with no space: its unclosed quotes keep their own end.
  if (lang === 'zh') return k;
  let end = k.end;
  for (;;) {
    const rest = text.slice(end, end + 400);
    // To the next sentence end, or to the paragraph's end when no full stop closes it.
    const m = /^[^\n]*?[.!?…](?=\s|$)/u.exec(rest) ?? (end + rest.length >= text.length || rest.includes('\n') ? /^[^\n]+/u.exec(rest) : null);
    if (!m || !/\p{L}/u.test(m[0])) break;
    const dash = m[0].search(/\s[-–—]\s/u);
    const next = dash >= 0 ? m[0].slice(0, dash) : m[0];
    if (/["“”„«»「」]/u.test(next) || !inFirstPerson(next, lang)) break;
    end += next.length;
    if (dash >= 0) break;
  }
  if (end === k.end) return k;
  while (end > k.end && /\s/u.test(text[end - 1])) end--;
  return { ...k, end, closeEnd: end };
}
