/**
 * Who signs an English quotation after its closing mark: a dash and a name ("“…” ― Sonya Herridge"), or an
 * attribution right after a comma handing over to it ("“…,” the source said"), which outranks a colon that opened
 * the quotation. Used by findQuotes (quotes.ts).
 */
import type { EntityMention } from '../../core/types.js';
import type { Attribution } from './speaker-context.js';
import type { QuoteMarks } from './quotes.js';

/**
 * “…” ― Sonya Herridge / “…”⏎- Sanders.: a dash right after the quote (or
 * opening the next line) signs it with the name that follows.
 */
export function dashAttribution(text: string, q: QuoteMarks, entities: readonly EntityMention[]): Attribution | undefined {
  const m = DASH_SIGNATURE.exec(text.slice(q.close, q.close + 80));
  if (m === null) return undefined;
  const start = q.close + m[1].length;
  // "- Sanders." ends a sentence; "Oscar P. Quintero" keeps its initial.
  const name = /\p{L}{2,}\.$/u.test(m[2]) ? m[2].slice(0, -1) : m[2];
  const end = start + name.length;
  const verb = { start: start - 1, end: start };
  const e = entities.find((x) => x.start >= start && x.start < end && (x.type === 'person' || x.type === 'organization'));
  if (e !== undefined) return { verb, speaker: e.name, kind: e.type as 'person' | 'organization', mention: { start: e.start, end: e.end } };
  return { verb, speaker: name, kind: 'description', mention: { start, end } };
}

/** A dash and a capitalised name of up to five words just after a closing mark. */
const DASH_SIGNATURE = /^([.,]?[ \t]*\n{0,2}[ \t]*[―—–-][ \t]?)(\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,4})/u;

/** An attribution whose speaker or verb follows the closing mark on its line with only commas, dashes or marks between. */
export function signedRightAfter(text: string, atts: readonly Attribution[], q: QuoteMarks): Attribution | undefined {
  // Only after a comma that hands over to the attribution ("“…,” the source said"); after "….”" a new sentence starts.
  if (!/,[”"’»]*\s*$/.test(text.slice(q.inner.start, q.close)) && !/^\s*,/.test(text.slice(q.close, q.close + 3))) return undefined;
  return atts.find((a) => a.verb.start >= q.close && a.verb.start - q.close <= 40 && a.mention.start >= q.close
    && /^[ \t,”"’—–-]*$/.test(text.slice(q.close, Math.min(a.verb.start, a.mention.start))));
}
