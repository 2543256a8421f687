/**
 * Learned template lines: a short line that recurs in many articles of one
 * outlet ("More from The Daily Planet", "Follow us on Telegram") is site
 * template, not news, even when no fixed boilerplate pattern knows it.
 *
 * A stateful stage: `observeTemplateLines(state, outlet, lines)` counts each
 * distinct normalised line once per article of the outlet; `templateMatcher`
 * answers for one outlet. The state is JSON with a version, stored by the
 * pipeline like the clusterer's.
 *
 * The rule (defaults in TEMPLATE_DEFAULTS, chosen so a handful of articles
 * from one site already teach it, while a story's shared sentences do not):
 * - the outlet has at least 5 articles, and the line is in at least 3 of them
 *   and in at least 30 % of them;
 * - the line is not news shared across outlets: if 2 or more other outlets
 *   have it without it being template there (a quote, a wire sentence), it is
 *   kept everywhere.
 */
import type { RawArticle } from '../../core/types.js';
import { normalizeLine } from './normalize-text.js';
import { splitSiteSuffix } from './title.js';

export interface TemplateParams {
  /** Articles of an outlet needed before anything is learned for it. */
  readonly minOutletArticles: number;
  /** Distinct articles of the outlet a line must be in. */
  readonly minArticles: number;
  /** Share of the outlet's articles a line must be in. */
  readonly minShare: number;
  /** Other outlets having the line as ordinary text that make it news, not template. */
  readonly sharedOutlets: number;
  /** Longer lines are paragraphs, never counted. */
  readonly maxLineChars: number;
  /** Tracked lines above this are pruned of those seen only once. */
  readonly maxTracked: number;
}

export const TEMPLATE_DEFAULTS: TemplateParams = Object.freeze({
  minOutletArticles: 5,
  minArticles: 3,
  minShare: 0.3,
  sharedOutlets: 2,
  maxLineChars: 300,
  maxTracked: 200_000,
});

export const TEMPLATE_STATE_VERSION = 1;

export interface TemplateState {
  readonly version: typeof TEMPLATE_STATE_VERSION;
  /** Articles observed per outlet. */
  readonly outlets: Record<string, number>;
  /** Normalised line → outlet → articles containing it. */
  readonly lines: Record<string, Record<string, number>>;
}

export function createTemplateState(): TemplateState {
  return { version: TEMPLATE_STATE_VERSION, outlets: {}, lines: {} };
}

/** A stored state, or a fresh one when it is from another version. */
export function loadTemplateState(json: string): TemplateState {
  const parsed = JSON.parse(json) as Partial<TemplateState>;
  if (parsed.version !== TEMPLATE_STATE_VERSION || !parsed.outlets || !parsed.lines) return createTemplateState();
  return parsed as TemplateState;
}

export function serializeTemplateState(state: TemplateState): string {
  return JSON.stringify(state);
}

/**
 * The comparison key of a line: case, digits ("3 comments") and spacing do
 * not make a template line different.
 * @example templateKey('Share  this (12 comments)') // 'share this (00 comments)'
 */
export function templateKey(line: string): string {
  return normalizeLine(line).toLowerCase().replace(/\p{Nd}/gu, '0');
}

/**
 * Who published an article: its site name, else its URL's host, else the
 * site suffix of its title ("… - The Daily Planet"). Undefined when nothing
 * says, and then nothing is learned (a folder mixes outlets).
 */
export function outletOf(raw: RawArticle): string | undefined {
  if (raw.source && raw.source.trim() !== '') return normalizeLine(raw.source).toLowerCase();
  if (raw.url) {
    try {
      return new URL(raw.url).hostname.toLowerCase().replace(/^www\./, '');
    } catch {
      // Not a URL: fall through to the title.
    }
  }
  const first = raw.title ?? raw.body.split('\n').find((l) => l.trim() !== '');
  const site = first ? splitSiteSuffix(normalizeLine(first)).site : undefined;
  return site ? site.toLowerCase() : undefined;
}

function isFrequent(state: TemplateState, outlet: string, count: number, p: TemplateParams): boolean {
  const n = state.outlets[outlet] ?? 0;
  return n >= p.minOutletArticles && count >= p.minArticles && count >= p.minShare * n;
}

/**
 * Counts an article's distinct lines for its outlet. The given state is
 * updated and returned (states are large; copying per article would cost
 * more than the rest of ingest).
 */
export function observeTemplateLines(state: TemplateState, outlet: string, lines: readonly string[], params: Partial<TemplateParams> = {}): TemplateState {
  const p = { ...TEMPLATE_DEFAULTS, ...params };
  state.outlets[outlet] = (state.outlets[outlet] ?? 0) + 1;
  const keys = new Set<string>();
  for (const line of lines) if (line.length <= p.maxLineChars) keys.add(templateKey(line));
  keys.delete('');
  // Counted, not listed: Object.keys over 200,000 tracked lines per article made ingest cost grow with the stream.
  let size = trackedSize.get(state);
  if (size === undefined) {
    size = { n: Object.keys(state.lines).length, pruneAbove: p.maxTracked };
    trackedSize.set(state, size);
  }
  for (const key of keys) {
    let entry = state.lines[key];
    if (entry === undefined) {
      entry = state.lines[key] = {};
      size.n++;
    }
    entry[outlet] = (entry[outlet] ?? 0) + 1;
  }
  if (size.n > Math.max(p.maxTracked, size.pruneAbove)) {
    for (const key of Object.keys(state.lines)) {
      const counts = Object.values(state.lines[key]!);
      if (counts.length === 1 && counts[0] === 1) delete state.lines[key];
    }
    size.n = Object.keys(state.lines).length;
    // Lines seen more than once stay, so a pruned table can stay above the limit: the next
    // pruning waits until a tenth of the limit has been added, not the next article.
    size.pruneAbove = size.n + Math.ceil(p.maxTracked / 10);
  }
  return state;
}

/** Tracked-line counts of the states being observed (a state grows only through observeTemplateLines). */
const trackedSize = new WeakMap<TemplateState, { n: number; pruneAbove: number }>();

/**
 * A test for one outlet's learned template lines.
 * @example templateMatcher(state, 'daily planet')('More from the Daily Planet') // true once learned
 */
export function templateMatcher(state: TemplateState, outlet: string | undefined, params: Partial<TemplateParams> = {}): (line: string) => boolean {
  const p = { ...TEMPLATE_DEFAULTS, ...params };
  if (outlet === undefined || (state.outlets[outlet] ?? 0) < p.minOutletArticles) return () => false;
  return (line) => {
    if (line.length > p.maxLineChars) return false;
    const entry = state.lines[templateKey(line)];
    if (!entry || !isFrequent(state, outlet, entry[outlet] ?? 0, p)) return false;
    let shared = 0;
    for (const [other, count] of Object.entries(entry)) {
      if (other !== outlet && !isFrequent(state, other, count, p)) shared++;
    }
    return shared < p.sharedOutlets;
  };
}
