/**
 * The statements of a story's articles as claim units: a sentence with the
 * names, numbers and negation it carries, its speaker when it is a quotation,
 * and a weighted word bag. Identical sentences (copies carry hundreds) become
 * one unit with several occurrences, so matching cost follows the number of
 * distinct statements, not of articles.
 */
import type { ArticleId } from '../../core/ids.js';
import type { Analysis, Figure } from '../../core/types.js';
import { type Bag, bagOf, weightByRarity } from './text-sim.js';
import type { VariantAlignment } from './variants.js';
import { type SpanIndex, spanIndex, within } from './span-index.js';
import { bagOfQuote, digitsOf, isShouted, quotedBag } from './sentence-text.js';
import { wordCount } from '../text-model/word-count.js';

export interface Occurrence {
  readonly articleId: ArticleId;
  readonly articleIndex: number;
  readonly start: number;
  readonly end: number;
}

export interface ClaimUnit {
  readonly text: string;
  readonly occurrences: readonly Occurrence[];
  readonly bag: Bag;
  /** Merged entity keys named in the sentence. */
  readonly names: ReadonlySet<string>;
  /** The article's language: words of two languages are compared through their names, numbers and dates. */
  readonly language: string;
  /** The first entity named: in news prose, mostly who does or says what. */
  readonly subject?: string;
  /** When it happened, as stated: resolved dates ("2021-12", "2021-12-07") and years. */
  readonly when: ReadonlySet<string>;
  /** `unit` → values stated (years excluded). */
  readonly numbers: ReadonlyMap<string, readonly number[]>;
  /** The figures of its first occurrence, to look up in the story's figure groups. */
  readonly figures: readonly Figure[];
  readonly firstArticle: ArticleId;
  readonly negated: boolean;
  /** The speaker when the sentence is mostly a quotation: it stays that speaker's words. */
  readonly speaker?: string;
  /** The quoted words alone, for comparing two renderings of a remark (not their "Peskov added"). */
  readonly quoteBag?: Bag;
  /** The words of the sentence inside quotation marks, when there are any, however few: a quoted phrase stays its speaker's words. */
  readonly quotedWords?: Bag;
  /** Every number written in digits (ages and counts the figure extractor skips), commas dropped. */
  readonly digits: ReadonlySet<string>;
}

const MIN_WORDS = 6;

// English first (the text model of other languages lives in analyze); the
// commonest negators of the other languages we read are cheap to add here.
const NEGATION = /\b(?:not|no|never|none|nobody|nothing|neither|nor|cannot|without|deny|denies|denied|declin(?:e|es|ed|ing)|fail(?:s|ed)? to|reject(?:s|ed)?|refuse[sd]?|nicht|kein(?:e|en|er)?|nie|jamais|pas|nunca|nessun[oa]?|non|не|нет|никогда|değil|asla)\b|n['’]t\b/iu;

/**
 * Claim units of every article; `nameKey` maps an entity name to its
 * story-wide key (spelling variants merged). With `variants`, a sentence
 * aligned with its representative's (variants.ts) is another occurrence of
 * that statement (when the representative's sentence is one).
 * @example toClaimUnits(analyses, (n) => n.toLowerCase()).length
 */
export function toClaimUnits(analyses: readonly Analysis[], nameKey: (name: string) => string, variants?: VariantAlignment): ClaimUnit[] {
  const byText = new Map<string, PendingUnit>();
  // A sentence's key, or null when it is not a statement at all, by exact text: copies repeat most sentences.
  const statement = new Map<string, string | null>();
  const quoteBags = new Map<string, Bag>();
  // A loop, not a callback: a closure made per call keeps its optimised code only while an instance lives, so V8
  // compiled this body again after every full garbage collection (each brief); this function keeps its code.
  for (let articleIndex = 0; articleIndex < analyses.length; articleIndex++) {
    const a = analyses[articleIndex]!;
    const spans: ArticleSpans = { entities: spanIndex(a.entities), dates: spanIndex(a.dates), figures: spanIndex(a.figures) };
    const alignedTo = variants?.sentenceOf[articleIndex];
    const rep = alignedTo !== undefined ? analyses[variants!.repOf[articleIndex]!] : undefined;
    for (let si = 0; si < a.sentences.length; si++) {
      const s = a.sentences[si]!;
      if (rep !== undefined && alignedTo![si]! >= 0) {
        // The representative comes first, so its statement is already a unit (or
        // not a statement, and then this sentence is tested as its own).
        const repKey = statement.get(rep.sentences[alignedTo![si]!]!.text);
        const unit = repKey !== undefined && repKey !== null ? byText.get(repKey) : undefined;
        if (unit !== undefined) {
          if (unit.occurrences[unit.occurrences.length - 1]!.articleIndex !== articleIndex) unit.occurrences.push({ articleId: a.articleId, articleIndex, start: s.start, end: s.end });
          continue;
        }
      }
      let key = statement.get(s.text);
      if (key === undefined) {
        // A question asks; it states nothing a source could confirm. A line in
        // capitals is a heading or page furniture ("MOST READ IN NEWS").
        const skip = wordCount(s.text) < MIN_WORDS || /\?\s*["”’»]?\s*$/.test(s.text) || isShouted(s.text);
        key = skip ? null : s.text.replace(/\s+/g, ' ').trim().toLowerCase();
        statement.set(s.text, key);
      }
      if (key === null) continue;
      const occurrence = { articleId: a.articleId, articleIndex, start: s.start, end: s.end };
      const existing = byText.get(key);
      if (existing) {
        // Articles are walked in order, so an earlier occurrence in this article is the last one.
        if (existing.occurrences[existing.occurrences.length - 1]!.articleIndex !== articleIndex) existing.occurrences.push(occurrence);
        continue;
      }
      byText.set(key, newUnit(a, s, occurrence, spans, nameKey, quoteBags));
    }
  }
  const pending = [...byText.values()];
  const raw: Bag[] = [];
  for (const u of pending) raw.push(bagOf(u.text));
  const bags = weightByRarity(raw);
  const out: ClaimUnit[] = [];
  for (let i = 0; i < pending.length; i++) out.push(withBag(pending[i]!, bags[i]!));
  return out;
}

/** The unit with its weighted bag, every field in `ClaimUnit`'s order. */
function withBag(u: PendingUnit, bag: Bag): ClaimUnit {
  return shapedUnit(u, u.text, u.occurrences, bag);
}

/**
 * A claim unit from `u`'s fields with its own text, occurrences and bag, every field in `ClaimUnit`'s order, so that
 * code reading units meets one object shape (interchangeable.ts builds merged units with it too).
 */
export function shapedUnit(u: Omit<ClaimUnit, 'text' | 'occurrences' | 'bag'>, text: string, occurrences: readonly Occurrence[], bag: Bag): ClaimUnit {
  return {
    text,
    occurrences,
    bag,
    names: u.names,
    language: u.language,
    subject: u.subject,
    when: u.when,
    numbers: u.numbers,
    figures: u.figures,
    firstArticle: u.firstArticle,
    negated: u.negated,
    speaker: u.speaker,
    quoteBag: u.quoteBag,
    quotedWords: u.quotedWords,
    digits: u.digits,
  };
}

type PendingUnit = Omit<ClaimUnit, 'bag' | 'occurrences'> & { occurrences: Occurrence[] };

/** An article's entities, dates and figures, indexed by position. */
interface ArticleSpans {
  readonly entities: SpanIndex<Analysis['entities'][number]>;
  readonly dates: SpanIndex<Analysis['dates'][number]>;
  readonly figures: SpanIndex<Figure>;
}

/**
 * The unit of a sentence met for the first time. A function of its own, not
 * the body of toClaimUnits' loop: TurboFan compiled that whole function as
 * one graph (0.7-0.9 s a compile job), and in smaller parts each compiles faster.
 */
function newUnit(a: Analysis, s: Analysis['sentences'][number], occurrence: Occurrence, spans: ArticleSpans, nameKey: (name: string) => string, quoteBags: Map<string, Bag>): PendingUnit {
  const names = new Set<string>();
  let subject: { key: string; start: number } | undefined;
  for (const e of within(spans.entities, s.start, s.end)) {
    if (e.start < s.start || e.end > s.end) continue;
    const key = nameKey(e.name);
    names.add(key);
    if (subject === undefined || e.start < subject.start) subject = { key, start: e.start };
  }
  const numbers = new Map<string, number[]>();
  const figures: Figure[] = [];
  const when = new Set<string>();
  for (const d of within(spans.dates, s.start, s.end)) {
    // A week overlaps days of two months: too coarse to tell two events apart.
    if (d.start < s.start || d.end > s.end || d.date === undefined || d.resolution === 'unresolved' || d.precision === 'week') continue;
    // Compared at the precision stated: "in September" is a month, "on Tuesday" a day.
    when.add(d.precision === 'year' ? d.date.slice(0, 4) : d.precision === 'month' ? d.date.slice(0, 7) : d.date);
  }
  for (const f of within(spans.figures, s.start, s.end)) {
    if (f.start < s.start || f.end > s.end) continue;
    // Years anchor a statement ("by 2030") but are not values to dispute.
    if (f.isYear) when.add(String(f.value));
    else {
      numbers.set(f.unit, [...(numbers.get(f.unit) ?? []), f.value]);
      figures.push(f);
    }
  }
  let quoted = 0;
  let speaker: string | undefined;
  const quotedText: string[] = [];
  const inside: string[] = [];
  for (const q of a.quotes) {
    const lo = Math.max(q.start, s.start);
    const hi = Math.min(q.end, s.end);
    if (hi <= lo) continue;
    quoted += hi - lo;
    speaker ??= q.speaker;
    quotedText.push(q.text);
    inside.push(s.text.slice(lo - s.start, hi - s.start));
  }
  // A quotation of stop words alone ("They did it!") is still words a source either quotes or not.
  const quotedWords = inside.length > 0 ? quotedBag(inside.join(' '), quoteBags) : undefined;
  // A third: "“We expect it to be a long one,” Kremlin spokesman Dmitry
  // Peskov said on Monday" is the spokesman's claim, not the reporter's.
  const isQuote = quoted >= 0.3 * (s.end - s.start);
  // Every unit has every field, in one order (absent ones undefined): units
  // of a few shapes made the code that reads them deoptimise ("wrong map")
  // whenever a story brought a shape it had not met.
  return {
    text: s.text,
    occurrences: [occurrence],
    names,
    language: a.language,
    subject: subject?.key,
    when,
    numbers,
    figures,
    firstArticle: a.articleId,
    negated: NEGATION.test(s.text),
    speaker: isQuote ? (speaker ?? 'unnamed speaker') : undefined,
    quoteBag: isQuote ? bagOfQuote(quotedText.join(' '), quoteBags) : undefined,
    quotedWords: quotedWords !== undefined && quotedWords.total > 0 ? quotedWords : undefined,
    digits: digitsOf(s.text),
  };
}
