/**
 * bench/brief-scale.ts's story, made deterministically (one seeded random
 * stream, drawn in the bench's order): an original's derivatives as
 * aggregators republish it (copies, light rewrites, pseudo-translations,
 * under other outlets and headlines) and cheap filler articles.
 */
import type { RawArticle } from '../../src/core/types.js';
import { seededRandom } from '../../src/core/random.js';

// ---- deterministic randomness ----
export const rng = seededRandom;
export const rand = rng(11);
export const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

export interface Original {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly source: string;
  readonly published: number;
}

export const OUTLETS = [
  'Yahoo News', 'MSN', 'Newsweek', 'The Independent', 'Daily Mail', 'Fox News', 'CBS News', 'ABC News', 'NBC News', 'USA Today',
  'Chicago Tribune', 'Los Angeles Times', 'The Seattle Times', 'Houston Chronicle', 'SF Gate', 'Boston Herald', 'Miami Herald', 'Star Tribune',
  'The Globe and Mail', 'Toronto Star', 'CTV News', 'Sydney Morning Herald', 'The Age', 'NZ Herald', 'Irish Times', 'The Hindu', 'Times of India',
  'Straits Times', 'Japan Times', 'Korea Herald', 'Gulf News', 'Al Arabiya', 'Dawn', 'News24', 'Euronews', 'France 24', 'Deutsche Welle',
  'The Local', 'Kyiv Post', 'Moscow Times', 'Arab News', 'Jakarta Post', 'Bangkok Post', 'Manila Times', 'Taipei Times', 'Newsmax',
];
const CREDITS = ['(AP)', 'Reuters contributed to this report.', 'The Associated Press contributed to this report.', 'This article originally appeared on Reuters.', 'AFP contributed reporting.'];
const SYNONYMS: Record<string, string> = {
  said: 'stated', says: 'states', told: 'informed', announced: 'declared', also: 'additionally', however: 'but', officials: 'authorities',
  people: 'persons', government: 'administration', country: 'nation', about: 'around', began: 'started', help: 'assist', big: 'large',
  show: 'demonstrate', meeting: 'talks', attack: 'assault', plan: 'proposal', important: 'significant', very: 'highly', many: 'numerous',
  expected: 'anticipated', before: 'prior to', after: 'following', during: 'throughout', because: 'since', first: 'initial',
  leaders: 'heads', largest: 'biggest', increase: 'rise', decision: 'ruling', support: 'backing', warned: 'cautioned', added: 'continued',
};
const LANGS = ['German', 'French', 'Spanish', 'Russian', 'Arabic', 'Italian', 'Portuguese', 'Turkish'];

function swapWords(text: string, rate: number): string {
  return text.replace(/\b[a-z]+\b/g, (w) => (SYNONYMS[w] !== undefined && rand() < rate ? SYNONYMS[w]! : w));
}

export function sentencesOf(p: string): string[] {
  return p.match(/[^.!?]+[.!?]+["”’]?\s*|[^.!?]+$/g)?.map((s) => s.trim()).filter(Boolean) ?? [p];
}

/** Swaps neighbouring sentences of a paragraph with probability `rate` per pair. */
function reorder(p: string, rate: number): string {
  const s = sentencesOf(p);
  for (let i = 0; i + 1 < s.length; i += 2) if (rand() < rate) [s[i], s[i + 1]] = [s[i + 1]!, s[i]!];
  return s.join(' ');
}

function headline(title: string, outlet: string): string {
  const r = rand();
  if (r < 0.25) return `${title} | ${outlet}`;
  if (r < 0.4) return `UPDATE ${1 + Math.floor(rand() * 3)}-${title}`;
  if (r < 0.55) return swapWords(title, 1);
  if (r < 0.7) return title.split(/\s+/).slice(0, Math.max(4, Math.ceil(title.split(/\s+/).length * 0.7))).join(' ');
  return title;
}

export const iso = (t: number): string => new Date(t).toISOString().replace(/\.\d+Z$/, 'Z');

/** One derivative of an original: a copy, a light rewrite or a pseudo-translation. */
export function derive(o: Original, n: number): RawArticle {
  const outlet = pick(OUTLETS);
  const hours = 1 + Math.floor(rand() * 72);
  const kind = rand();
  const keep = Math.max(2, Math.ceil(o.paragraphs.length * (0.5 + rand() * 0.5)));
  let paragraphs = o.paragraphs.slice(0, keep);
  let title = headline(o.title, outlet);
  if (kind < 0.5) {
    // Copy: trimmed, maybe credited.
    const credit = rand();
    if (credit < 0.5) paragraphs = [...paragraphs, pick(CREDITS)];
  } else if (kind < 0.8) {
    // Light rewrite: a paragraph or two dropped, sentences reordered, some synonyms.
    paragraphs = paragraphs.filter((_, i) => i === 0 || rand() > 0.15).map((p) => swapWords(reorder(p, 0.3), 0.5));
  } else {
    // Pseudo-translation: every synonym swapped, more reordering, flagged machine-translated.
    title = swapWords(o.title, 1);
    paragraphs = [...paragraphs.map((p) => swapWords(reorder(p, 0.6), 1)), `This article was machine-translated from ${pick(LANGS)}.`];
  }
  return { format: 'jsonl', path: `brief-scale#${n}`, title, body: paragraphs.join('\n'), published: iso(o.published + hours * 3_600_000), source: outlet };
}

/** Cheap short articles about nothing in the story: headlines and sentences of other texts, words varied. */
export function fillers(count: number, pool: readonly string[]): RawArticle[] {
  const out: RawArticle[] = [];
  for (let i = 0; i < count; i++) {
    const body = Array.from({ length: 3 }, () => pick(pool)).join(' ').replace(/\b([a-z]{5,})\b/g, (w) => (rand() < 0.3 ? `${w}${(i % 26).toString(36)}x` : w));
    out.push({ format: 'jsonl', path: `filler#${i}`, title: `Filler ${i}: ${pick(pool).slice(0, 60)}`, body, published: iso(Date.UTC(2015, 0, 1) + i * 600_000), source: pick(OUTLETS) });
  }
  return out;
}
