/**
 * Who copied or translated whom, for one pair of articles that share text.
 * Evidence, strongest first: a machine-translation flag, a credit naming the
 * other article's outlet or agency, a common wire credit, then stated
 * publication times. Without evidence the direction stays unknown: a wrong
 * arrow misleads a fact-checker more than a missing one.
 */
import type { ArticleId } from '../../core/ids.js';
import type { DateMention, EntityMention, Reuse, Sentence, Span } from '../../core/types.js';
import { creditsOutlet, isAgency, type Credit } from './credits.js';

/** An article as provenance sees it. */
export interface ProvenanceDoc {
  readonly id: ArticleId;
  readonly text: string;
  readonly language: string;
  readonly machineTranslated: boolean;
  /** The outlet's name, when known. */
  readonly source?: string;
  /** A publication date or date-time the article states (never an inferred one). */
  readonly published?: string;
  readonly credits: readonly Credit[];
  /** Quoted passages: text both articles quote (a tweet, a statement) is no evidence that one copied the other. */
  readonly quoted?: readonly { readonly start: number; readonly end: number }[];
  /** The analysis' sentences and dates: the anchors translation detection aligns (split from the text when absent). */
  readonly sentences?: readonly Sentence[];
  readonly dates?: readonly DateMention[];
  readonly entities?: readonly EntityMention[];
}

/**
 * verbatim: the same text, at most trimmed; edited: copied and changed
 * (trimmed, reworded, another headline); translation: one renders the other in
 * another language or through a machine translation; common-source: both
 * carry one wire agency's text; shared: a few passages in common (a quote, a
 * statement), no derivation.
 */
export type ReuseKind = 'verbatim' | 'edited' | 'translation' | 'common-source' | 'shared';

export interface ProvenanceLink {
  readonly a: ArticleId;
  readonly b: ArticleId;
  /** The article the text comes from, or null when that cannot be told. */
  readonly from: ArticleId | null;
  readonly to: ArticleId | null;
  readonly kind: ReuseKind;
  /** True when one article derives from the other or both from one text: they are one lineage. */
  readonly derived: boolean;
  /** Why the direction was chosen, in words ("machine-translation flag"). */
  readonly evidence: string;
  /** Share of the more-covered article's text that the pair shares. */
  readonly coverage: number;
}

export interface DirectionParams {
  /** A pair is one lineage when shared text covers this share of the more-covered article. */
  readonly derivedCoverage: number;
  /** …or this share when both credit one wire agency. */
  readonly commonSourceCoverage: number;
  /** Verbatim when identical runs cover this share of the more-covered article. */
  readonly verbatimCoverage: number;
}

/**
 * 0.5: a copy keeps at least half of what it copies (aggregators trim, rarely
 * to less); the seed's machine translation covers 0.91 of its source, while
 * two outlets writing up one wire report share 0.2–0.25. 0.3 for a common
 * wire credit: both say where the text came from, so less shared text is
 * enough. 0.85 identical for verbatim leaves room for a changed headline line.
 */
export const DIRECTION_DEFAULTS: DirectionParams = Object.freeze({ derivedCoverage: 0.5, commonSourceCoverage: 0.3, verbatimCoverage: 0.85 });

// The helpers below run for every pair: loops and module-level functions rather than closures made per call,
// whose optimised code V8 keeps only while an instance lives (compiled again after every full collection).

function byStart(x: { readonly start: number }, y: { readonly start: number }): number {
  return x.start - y.start;
}

/**
 * `spans` in order of start: sorted only when out of order (a stable sort leaves
 * sorted spans as they are, and one side's passages mostly come in order), since
 * sorting copies the list. Index loops here and below: an array iterator's
 * results were a few MB of a first 200-article brief's garbage.
 */
function inStartOrder(spans: Span[]): Span[] {
  for (let k = 1; k < spans.length; k++) if (spans[k]!.start < spans[k - 1]!.start) return spans.sort(byStart);
  return spans;
}

function identicalShare(r: Reuse, side: 'a' | 'b', textLength: number): number {
  if (textLength === 0) return 0;
  const spans: Span[] = [];
  for (let k = 0; k < r.passages.length; k++) if (r.passages[k]!.kind === 'identical') spans.push(r.passages[k]![side]);
  inStartOrder(spans);
  let covered = 0;
  let end = -1;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const start = Math.max(s.start, end);
    if (s.end > start) covered += s.end - start;
    end = Math.max(end, s.end);
  }
  return covered / textLength;
}

/** Each text's quotations in order of start, sorted once per list (both sides of every shown pair ask). */
const QUOTES_SORTED = new WeakMap<object, readonly { start: number; end: number }[]>();
function sortedQuotes(doc: ProvenanceDoc): readonly { start: number; end: number }[] {
  const list = doc.quoted;
  if (list === undefined || list.length === 0) return [];
  let sorted = QUOTES_SORTED.get(list);
  if (sorted === undefined) {
    sorted = [...list].sort(byStart);
    QUOTES_SORTED.set(list, sorted);
  }
  return sorted;
}

/** Share of a text's unquoted characters that the pair's passages cover. */
function unquotedShare(r: Reuse, side: 'a' | 'b', doc: ProvenanceDoc): number {
  const quoted = sortedQuotes(doc);
  const own = doc.text.length - inQuote(quoted, 0, doc.text.length);
  if (own <= 0) return 0;
  const spans: Span[] = [];
  for (let k = 0; k < r.passages.length; k++) spans.push(r.passages[k]![side]);
  inStartOrder(spans);
  let covered = 0;
  let end = -1;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const start = Math.max(s.start, end);
    if (s.end > start) covered += s.end - start - inQuote(quoted, start, s.end);
    end = Math.max(end, s.end);
  }
  return covered / own;
}

/** Characters of [from, to) inside the quotations. */
function inQuote(quoted: readonly { start: number; end: number }[], from: number, to: number): number {
  let n = 0;
  for (let k = 0; k < quoted.length; k++) {
    const q = quoted[k]!;
    const lo = Math.max(from, q.start);
    const hi = Math.min(to, q.end);
    if (hi > lo) n += hi - lo;
  }
  return n;
}

/** Stated time as a comparable number; a bare date counts as its whole day (start), flagged. */
function stamp(published: string | undefined): { t: number; dayOnly: boolean } | undefined {
  if (published === undefined) return undefined;
  const t = Date.parse(published.length === 10 ? `${published}T00:00:00Z` : published);
  // Exactly midnight is how many feeds write a bare date: it orders nothing within the day.
  return Number.isNaN(t) ? undefined : { t, dayOnly: published.length <= 10 || /T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?$/.test(published) };
}

function creditsOther(doc: ProvenanceDoc, other: ProvenanceDoc): boolean {
  for (const c of doc.credits) if (c.how === 'wire' && creditsOutlet(c, other.source)) return true;
  return false;
}

/** `doc` says it is translated, from `other`'s language or from an unnamed one. */
function translatedNote(doc: ProvenanceDoc, other: ProvenanceDoc): boolean {
  for (const c of doc.credits) if (c.how === 'translated' && (c.name === 'translated' || c.name === 'machine-translated' || c.name === `translated:${other.language}`)) return true;
  return false;
}

function sharedWire(x: ProvenanceDoc, y: ProvenanceDoc): string | undefined {
  const names = new Set<string>();
  for (const c of x.credits) if (c.how === 'wire') names.add(c.name);
  for (const c of y.credits) if (c.how === 'wire' && names.has(c.name)) return c.name;
  return undefined;
}

function fromTo(f: ProvenanceDoc, t: ProvenanceDoc, evidence: string): { from: ArticleId; to: ArticleId; evidence: string } {
  return { from: f.id, to: t.id, evidence };
}

/**
 * Direction and kind of one reuse pair.
 * @example linkOf(reuse, docA, docB).kind // 'translation'
 */
export function linkOf(r: Reuse, x: ProvenanceDoc, y: ProvenanceDoc, params: DirectionParams = DIRECTION_DEFAULTS): ProvenanceLink {
  // Derivation is judged on the reporters' own words: seven outlets quoting
  // one tweet share the tweet, not each other's text.
  const coverage = Math.min(Math.max(r.coverageA, r.coverageB), Math.max(unquotedShare(r, 'a', x), unquotedShare(r, 'b', y)));
  // The more-covered article is the smaller share of the pair: read identical text there.
  const moreCoveredIsA = r.coverageA >= r.coverageB;
  const identical = moreCoveredIsA ? identicalShare(r, 'a', x.text.length) : identicalShare(r, 'b', y.text.length);
  const wire = sharedWire(x, y);
  const translated = x.language !== y.language || x.machineTranslated !== y.machineTranslated;
  const derived = coverage >= params.derivedCoverage || (wire !== undefined && coverage >= params.commonSourceCoverage);

  let kind: ReuseKind;
  if (translated && coverage >= params.commonSourceCoverage) kind = 'translation';
  else if (!derived) kind = 'shared';
  else if (wire !== undefined && !creditsOther(x, y) && !creditsOther(y, x) && coverage < params.derivedCoverage) kind = 'common-source';
  else if (identical >= params.verbatimCoverage) kind = 'verbatim';
  else kind = 'edited';

  const dir = direction(x, y, kind, wire);
  return { a: r.a, b: r.b, from: dir?.from ?? null, to: dir?.to ?? null, kind, derived: derived || kind === 'translation', evidence: dir?.evidence ?? (wire !== undefined ? `both credit ${wire}` : 'no evidence of direction'), coverage };
}

function direction(x: ProvenanceDoc, y: ProvenanceDoc, kind: ReuseKind, wire: string | undefined): { from: ArticleId; to: ArticleId; evidence: string } | undefined {
  // A few shared passages are no derivation: no arrow, whatever else is known.
  if (kind === 'shared') return undefined;
  if (x.machineTranslated !== y.machineTranslated) {
    return x.machineTranslated ? fromTo(y, x, 'machine-translation flag') : fromTo(x, y, 'machine-translation flag');
  }
  // A translator's note ("Aus dem Englischen übersetzt", "translated from
  // Russian") on one side only: that side is the translation.
  if (kind === 'translation') {
    const xNote = translatedNote(x, y);
    const yNote = translatedNote(y, x);
    if (xNote !== yNote) {
      const [f, t] = xNote ? [y, x] : [x, y];
      return fromTo(f, t, t.credits.some((c) => c.name === 'machine-translated') ? 'machine-translation note' : 'translation note');
    }
  }
  const xCreditsY = creditsOther(x, y);
  const yCreditsX = creditsOther(y, x);
  if (xCreditsY !== yCreditsX) return xCreditsY ? fromTo(y, x, 'credit names the other outlet') : fromTo(x, y, 'credit names the other outlet');
  // Two copies of one wire story: neither comes from the other.
  if (kind === 'common-source') return undefined;
  // One of them credits a wire agency that is neither's outlet: both may
  // carry the agency's text, and the earlier one is not the other's source.
  if ([...x.credits, ...y.credits].some((c) => c.how === 'wire' && isAgency(c.name) && !creditsOutlet(c, x.source) && !creditsOutlet(c, y.source))) return undefined;
  // Both report what one agency said or wrote ("told AFP" in each): they may
  // both draw on the agency's copy, so neither is shown as the other's source.
  // A verbatim copy repeats its source's "told Reuters", so this holds for edited texts only.
  if (kind !== 'verbatim' && x.credits.some((c) => isAgency(c.name) && y.credits.some((d) => d.name === c.name))) return undefined;
  const sx = stamp(x.published);
  const sy = stamp(y.published);
  if (sx === undefined || sy === undefined) return undefined;
  // A bare date only orders articles a whole day apart: a same-day pair is unknown.
  const minGap = sx.dayOnly || sy.dayOnly ? 86_400_000 : 60_000;
  if (Math.abs(sx.t - sy.t) < minGap) return undefined;
  return sx.t < sy.t ? fromTo(x, y, 'published earlier') : fromTo(y, x, 'published earlier');
}
