/**
 * The synthetic story the foreground brief thread is warmed with
 * (brief-worker.ts `warm`, brief-thread.ts): a made-up event's built-in
 * texts (warm-story-text.ts) and ~200 derivatives of them, cleaned, analysed
 * and stored in an in-memory SQLite store of the thread's own, then briefed
 * like any stored story.
 *
 * Why not a story of the database: the 61-article story the server used to
 * pick left the functions a large brief runs cold (a 200-article brief then
 * paid ~1 s of first-time optimising compiles, figure and quote grouping
 * among them), and a larger database story would be one a user may ask for,
 * its warm-up then a cache of that brief. This story is as large as the
 * briefs the service must answer fast and has every kind of article they
 * have: near-copies of one long wire report (as the replica stories of the
 * benchmark database: a third of the words changed), trimmed and credited
 * copies under other headlines, rewrites (sentences reordered, words
 * swapped), an update whose figures moved, another outlet's own report with
 * differing figures, translations into German, French and Spanish with their
 * quotes, and machine-translation notes. Deterministic (seeded), so every
 * start warms the same way.
 */
import type { StoryId } from '../core/ids.js';
import { seededRandom } from '../core/random.js';
import type { RawArticle } from '../core/types.js';
import { analyze } from '../stages/analyze/index.js';
import { clean } from '../stages/clean/index.js';
import type { Store } from '../storage/store.js';
import { AGENCY, CREDITS, OUTLETS, OWN_REPORT, SYNONYMS, TRANSLATIONS, type WarmOriginal } from './warm-story-text.js';

import { WARM_STORY_ARTICLES, WARM_STORY_ID } from './brief-lane.js';

export { WARM_STORY_ARTICLES, WARM_STORY_ID } from './brief-lane.js';
/** When the event was first reported. */
const EVENT_START = Date.UTC(2025, 2, 4, 6, 0, 0);

/**
 * The warm-up story's raw articles: the five originals first, then
 * derivatives until `n` (distinct bodies; the same `seed` gives the same list).
 * @example warmStoryArticles(200).length // 200
 */
export function warmStoryArticles(n = WARM_STORY_ARTICLES, seed = 1): RawArticle[] {
  const rand = seededRandom(seed);
  const originals = [AGENCY, OWN_REPORT, ...TRANSLATIONS];
  const out: RawArticle[] = originals.slice(0, n).map((o, i) => raw(i, o.title, o.paragraphs, o.hours, o.source));
  const bodies = new Set(out.map((a) => a.body));
  // A derivative drawn twice (the same trim and credit) is drawn again: a repeated body would be one stored article.
  for (let k = out.length, tries = 0; out.length < n && tries < n * 20; tries++) {
    const a = derive(rand, k);
    if (bodies.has(a.body)) continue;
    bodies.add(a.body);
    out.push(a);
    k++;
  }
  return out;
}

/**
 * Cleans, analyses and stores the first `n` distinct articles of the warm-up
 * story drawn with `seed` as story `id` of `store` (an in-memory store: the
 * thread's own); returns how many were stored (`n` unless the texts run out).
 */
export function storeWarmStory(store: Store, n = WARM_STORY_ARTICLES, seed = 1, id: StoryId = WARM_STORY_ID): number {
  let stored = 0;
  const at = new Date(EVENT_START).toISOString();
  // Drawn with room to spare: cleaning takes credit lines off, so two distinct bodies may clean to one stored text.
  const raws = warmStoryArticles(Math.ceil(n * 1.5), seed);
  store.transaction(() => {
    for (const r of raws) {
      if (stored >= n) break;
      const c = clean(r);
      if (!c.ok || !store.putArticle(c.value, analyze(c.value), at)) continue;
      store.setStory(c.value.id, id);
      stored++;
    }
  });
  return stored;
}

function raw(k: number, title: string, paragraphs: readonly string[], hours: number, source: string | undefined): RawArticle {
  const published = hours < 0 ? undefined : new Date(EVENT_START + hours * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  return { format: 'jsonl', path: `warm-up#${k}`, title, body: paragraphs.join('\n'), ...(published !== undefined ? { published } : {}), ...(source !== undefined ? { source } : {}) };
}

type Rand = () => number;

function pick<T>(rand: Rand, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

/**
 * One derivative: which kind in the shares a wire-driven story has. One in
 * ten has no date (its date is inferred from the story's, as for scraped
 * pages without one) and one in twelve no outlet, so the brief meets
 * articles of every shape storage gives.
 */
function derive(rand: Rand, k: number): RawArticle {
  const a = derivative(rand, k);
  const undated = rand() < 0.1;
  const anonymous = rand() < 0.08;
  if (!undated && !anonymous) return a;
  const { published, source, ...rest } = a;
  return { ...rest, ...(undated || published === undefined ? {} : { published }), ...(anonymous || source === undefined ? {} : { source }) };
}

function derivative(rand: Rand, k: number): RawArticle {
  const r = rand();
  const hours = 1 + Math.floor(rand() * 60);
  if (r < 0.35) {
    // A near-copy of the whole report, a third of its words changed (the benchmark database's replica stories).
    return raw(k, alter(rand, AGENCY.title, 0.35), AGENCY.paragraphs.map((p) => alter(rand, p, 0.35)), hours, AGENCY.source);
  }
  // Outlets typeset copies their own way: half with curly quotes and apostrophes.
  if (r < 0.55) return raw(k, headline(rand, AGENCY.title), typeset(rand, copied(rand, AGENCY)), hours, pick(rand, OUTLETS));
  if (r < 0.68) return raw(k, swap(rand, AGENCY.title, 1), typeset(rand, rewritten(rand, AGENCY, 0.5)), hours, pick(rand, OUTLETS));
  if (r < 0.74) {
    // The agency's update: the toll and the evacuees moved on, the later report's paragraphs added.
    const updated = AGENCY.paragraphs.map((p) => p.replace('At least 14', 'At least 17').replace('about 3,200', 'about 4,000'));
    const paragraphs = [...copied(rand, { ...AGENCY, paragraphs: updated }), ...OWN_REPORT.paragraphs.slice(1, 3)];
    return raw(k, 'UPDATE 1-Flood death toll in Valbrenna rises to 17', paragraphs, 24 + hours, AGENCY.source);
  }
  if (r < 0.82) return raw(k, headline(rand, OWN_REPORT.title), rand() < 0.5 ? copied(rand, OWN_REPORT) : rewritten(rand, OWN_REPORT, 0.3), 26 + hours, pick(rand, OUTLETS));
  if (r < 0.88) {
    // A pseudo-translation: every swap made, sentences reordered, declared machine-translated.
    const note = `This article was machine-translated from ${pick(rand, ['German', 'French', 'Spanish'])}.`;
    return raw(k, swap(rand, AGENCY.title, 1), [...rewritten(rand, AGENCY, 1), note], hours, pick(rand, OUTLETS));
  }
  // A translation copied on: trimmed, a few words changed, sometimes under another outlet.
  const t = pick(rand, TRANSLATIONS);
  const paragraphs = t.paragraphs.slice(0, Math.max(3, Math.ceil(t.paragraphs.length * (0.6 + rand() * 0.4)))).map((p) => alter(rand, p, 0.1));
  return raw(k, t.title, paragraphs, t.hours + hours, rand() < 0.5 ? t.source : pick(rand, OUTLETS));
}

/** With probability one half, straight quotes and apostrophes made curly. */
function typeset(rand: Rand, paragraphs: string[]): string[] {
  if (rand() < 0.5) return paragraphs;
  return paragraphs.map((p) => p.replace(/"([^"]*)"/g, '“$1”').replace(/(\p{L})'(\p{L})/gu, '$1’$2'));
}

/** Words of four letters or more get a two-letter suffix with probability `rate` (changed words, same shape). */
function alter(rand: Rand, text: string, rate: number): string {
  return text.replace(/\p{L}{4,}/gu, (w) => (rand() < rate ? `${w}${String.fromCharCode(97 + Math.floor(rand() * 26))}x` : w));
}

/** A copy: the first half or more of the paragraphs (the byline line dropped), maybe a credit under it. */
function copied(rand: Rand, o: WarmOriginal): string[] {
  const body = o.paragraphs.filter((p) => !p.startsWith('(Reporting'));
  const kept = body.slice(0, Math.max(4, Math.ceil(body.length * (0.5 + rand() * 0.5))));
  return rand() < 0.5 ? [...kept, pick(rand, CREDITS)] : kept;
}

/** A rewrite: paragraphs dropped, neighbouring sentences swapped, words replaced with probability `rate`. */
function rewritten(rand: Rand, o: WarmOriginal, rate: number): string[] {
  return o.paragraphs
    .filter((p, i) => i === 0 || (!p.startsWith('(Reporting') && rand() > 0.2))
    .map((p) => swap(rand, reorder(rand, p), rate));
}

function swap(rand: Rand, text: string, rate: number): string {
  return text.replace(/\b[a-z]+\b/g, (w) => (SYNONYMS[w] !== undefined && rand() < rate ? SYNONYMS[w]! : w));
}

function reorder(rand: Rand, p: string): string {
  const s = p.match(/[^.!?]+[.!?]+["”’]?\s*|[^.!?]+$/g)?.map((x) => x.trim()).filter(Boolean) ?? [p];
  for (let i = 0; i + 1 < s.length; i += 2) if (rand() < 0.4) [s[i], s[i + 1]] = [s[i + 1]!, s[i]!];
  return s.join(' ');
}

function headline(rand: Rand, title: string): string {
  const r = rand();
  if (r < 0.3) return `${title} | ${pick(rand, OUTLETS)}`;
  if (r < 0.5) return swap(rand, title, 1);
  if (r < 0.65) return title.split(/\s+/).slice(0, 7).join(' ');
  return title;
}
