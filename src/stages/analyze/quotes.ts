/**
 * Direct quotations and their speakers. Quote marks are paired per paragraph
 * by style („…” / „…“, “…”, «…», ‘…’, "…"); a ’ inside a word is an apostrophe
 * and never closes a quote. Short unattributed fragments are scare quotes.
 */
import type { EntityMention, Quote, Sentence, Span } from '../../core/types.js';
import type { Token } from './tokens.js';
import { tokenize } from './tokens.js';
import { attributionsAndNamings } from './speakers.js';
import { governingNaming } from './speaker-naming.js';
import { dashAttribution, signedRightAfter } from './quote-signatures.js';
import type { Attribution } from './speakers.js';
import { entitiesFromTokens } from './entities.js';
import { isNickname } from './nicknames.js';

/** A pair of quote marks: `open`/`close` are the marks, `inner` the words between. */
export interface QuoteMarks {
  readonly open: number;
  /** Index just past the closing mark, or the paragraph end when it is left open. */
  readonly close: number;
  readonly inner: Span;
  /** The opening mark has no closing one in its paragraph (the quote goes on in the next). */
  readonly unclosed: boolean;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function findCloser(text: string, open: number, end: number): number {
  const mark = text[open];
  // Curly marks nested inside a straight quote ("…read you the question: “…” …") pair among themselves.
  let nested = 0;
  for (let i = open + 1; i < end; i++) {
    const c = text[i];
    if (mark === '"' && c === '“') nested++;
    if (mark === '"' && c === '”' && nested > 0) { nested--; continue; }
    if (mark === '“' && c === '”') return i;
    if (mark === '„' && (c === '”' || c === '“')) return i;
    if (mark === '«' && c === '»') return i;
    if (mark === '‘' && c === '’' && !isWordChar(text[i + 1]) && text[i - 1] !== ' ') return i;
    if (mark === '"' && c === '"') return i;
    // Mixed styles close a quote too (“…" and "…”), when the mark hugs the last word.
    if ((mark === '“' && c === '"' || mark === '"' && c === '”') && !/\s/.test(text[i - 1]) && !isWordChar(text[i + 1])) return i;
  }
  // Translations sometimes close with a second opening mark: "… Ukraine. “".
  if (mark === '“') {
    for (let i = open + 1; i < end; i++) if (text[i] === '“' && !isWordChar(text[i + 1]) && !isWordChar(text[i - 1])) return i;
    return -1;
  }
  return -2;
}

/**
 * Quote-mark pairs in `text`. A “ left open runs to the paragraph end (the
 * convention for quotes that fill a paragraph).
 * @example findQuoteMarks('He said “no,” twice.')[0].inner // { start: 9, end: 12 }
 */
export function findQuoteMarks(text: string): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line !== null; line = lineRe.exec(text)) {
    const end = line.index + line[0].length;
    for (let i = line.index; i < end; i++) {
      const c = text[i];
      if (!'“„«‘"'.includes(c) || isWordChar(text[i - 1])) continue;
      if (c === '‘' && !isWordChar(text[i + 1])) continue;
      if (c === '"' && (i + 1 >= end || /\s/.test(text[i + 1]))) continue;
      const closer = findCloser(text, i, end);
      if (closer === -2) continue;
      const stop = closer === -1 ? end : closer;
      let s = i + 1;
      let e = stop;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /[\s,]/.test(text[e - 1])) e--;
      if (e > s && isWordChar(text.slice(s, e).match(/[\p{L}\p{N}]/u)?.[0])) {
        out.push({ open: i, close: closer === -1 ? end : closer + 1, inner: { start: s, end: e }, unclosed: closer === -1 });
      }
      i = stop;
    }
  }
  return out;
}

const SCARE_BEFORE = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that']);

/** One quotation as found, before the view a caller wants (analysis or the batch format). */
export interface QuoteFinding {
  readonly quote: Quote;
  readonly marks: QuoteMarks;
  /**
   * The quote stands as a statement of its own (“…,” she said / He said: “…”)
   * rather than words woven into the writer's sentence (called it “a mistake”).
   */
  readonly direct: boolean;
  /** Pieces of one statement (split by its attribution or running over paragraphs) share a group. */
  readonly group: number;
  /** Kept in the analysis view: not a scare quote or a title. */
  readonly kept: boolean;
}

function sentenceIndex(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The attribution in the quote's sentence(s) closest to the marks. */
function nearest(atts: readonly Attribution[], q: QuoteMarks, region: Span): Attribution | undefined {
  let best: Attribution | undefined;
  let bestDist = Infinity;
  for (const a of atts) {
    if (a.verb.start < region.start || a.verb.end > region.end) continue;
    const d = a.verb.start >= q.close ? a.verb.start - q.close : q.open - a.verb.end;
    if (d >= 0 && d < bestDist) { best = a; bestDist = d; }
  }
  return best;
}

/** What is left of a sentence cut after an abbreviated title: ", Gov." / ", Sen." */
const TITLE_TAIL = /^[\s,]*(?:\p{Lu}\p{Ll}{1,4}\.\s*){1,2}$/u;

const UPPER_START = /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u;

/**
 * How the writer's words lead into the quote. "start": nothing before it in
 * the sentence; "intro": an attribution or a colon introduces it ("He added,
 * “…”"); "partial": the quote continues the writer's own clause.
 */
function leadKind(text: string, lead: Span, att: Attribution | undefined, inner: string): 'start' | 'intro' | 'partial' {
  const before = text.slice(lead.start, lead.end);
  if (/^[\s—–-]*$/.test(before)) return 'start';
  if (/:\s*$/.test(before)) return 'intro';
  const attInLead = att !== undefined && att.verb.end <= lead.end && att.verb.start >= lead.start;
  if (attInLead && /[,—–]\s*$/.test(before)) return 'intro';
  // "Graham said “How many…”": a capital after the verb (and at most a few words: "told Reuters").
  if (attInLead && UPPER_START.test(inner) && text.slice(Math.max(att.verb.end, att.mention.end), lead.end).split(/\s+/).length <= 4
    && !/\bthat\s*$/i.test(before)) return 'intro';
  // "In a statement, “We…”".
  if (/,\s*$/.test(before) && UPPER_START.test(inner)) return 'intro';
  return 'partial';
}

/** How the writer's words go on after the quote: it ends the sentence, an attribution follows, or the clause continues. */
function trailKind(text: string, q: QuoteMarks, trailEnd: number, att: Attribution | undefined): 'end' | 'attrib' | 'cont' {
  if (q.unclosed) return 'end';
  const inner = text.slice(q.inner.start, q.close);
  const trail = text.slice(q.close, trailEnd);
  if (/[.!?…][”"’»]*\s*$/.test(inner) || /^[\s”"’»]*[.!?…]/.test(trail) || trail.trim() === '') return 'end';
  // “…,” he concluded: a comma inside the marks (or right after) hands over to the attribution.
  if (/,[”"’»]*\s*$/.test(inner) || /^,\s+(?:\p{Lu}|he\b|she\b|they\b|said\b|says\b)/u.test(trail)) return 'attrib';
  if (att !== undefined && att.verb.start >= q.close) {
    const first = Math.min(att.verb.start, att.mention.start);
    if (first >= q.close && /^[\s,;—–-]*$/.test(text.slice(q.close, first))) return 'attrib';
  }
  return 'cont';
}

/**
 * A quotation no attribution reaches is still someone's: news prose names the
 * speaker in the sentence before (“…,” Cole said. “That’s exactly…”), in the
 * paragraph around it, or in the paragraph before a quote that fills its own.
 * The latest attribution before it in its paragraph wins, then the first after
 * it in the paragraph, then the latest in the paragraphs just before.
 */
function contextAttribution(text: string, atts: readonly Attribution[], q: QuoteMarks): Attribution | undefined {
  const paraStart = text.lastIndexOf('\n', q.open) + 1;
  let paraEnd = text.indexOf('\n', q.close);
  if (paraEnd < 0) paraEnd = text.length;
  let before: Attribution | undefined;
  let after: Attribution | undefined;
  let earlier: Attribution | undefined;
  for (const a of atts) {
    if (a.verb.end <= q.open) {
      if (a.verb.start >= paraStart) before = a;
      else if (q.open - a.verb.end <= FALLBACK_REACH) earlier = a;
    } else if (a.verb.start >= q.close && a.verb.end <= paraEnd && after === undefined) after = a;
  }
  return before ?? after ?? earlier;
}

/** How far back (characters) a quote left without attribution looks for its speaker: a few paragraphs. */
const FALLBACK_REACH = 1500;

/** Quote findings from precomputed tokens and entities. */
export function findQuotes(text: string, tokens: readonly Token[], sentences: readonly Sentence[], entities: readonly EntityMention[]): QuoteFinding[] {
  const marks = findQuoteMarks(text);
  const { attributions: atts, namings } = attributionsAndNamings(text, tokens, sentences, entities, marks.map((m) => m.inner));
  const out: QuoteFinding[] = [];
  const found: Array<{ att: Attribution | undefined; direct: boolean; para: number; signed: boolean }> = [];
  let para = 0;
  let lastNl = -1;
  let group = -1;
  for (let i = 0; i < marks.length; i++) {
    const q = marks[i];
    for (let nl = text.indexOf('\n', lastNl + 1); nl !== -1 && nl < q.open; nl = text.indexOf('\n', nl + 1)) {
      if (nl > lastNl + 1 || lastNl === -1) para++;
      lastNl = nl;
    }
    const inner = text.slice(q.inner.start, q.inner.end);
    const si = sentences.length > 0 ? sentenceIndex(sentences, q.open) : -1;
    const ei = sentences.length > 0 ? sentenceIndex(sentences, Math.max(q.open, q.close - 1)) : -1;
    const sStart = si >= 0 ? Math.min(sentences[si].start, q.open) : q.open;
    const sEnd = ei >= 0 ? Math.max(sentences[ei].end, q.close) : q.close;
    // “…!” Trump said. — the splitter ends a sentence at "!”", but an attribution opening the next one belongs to the quote.
    // So does one the splitter cut after a title (“…,” Gov. | Kasich replied.).
    const cutTitle = ei >= 0 && q.close < sentences[ei].end && TITLE_TAIL.test(text.slice(q.close, sentences[ei].end));
    const next = ei >= 0 && (q.close >= sentences[ei].end || cutTitle) ? sentences[ei + 1] : undefined;
    const after = next !== undefined && (cutTitle || /^[ \t]*$/.test(text.slice(q.close, next.start)))
      ? nearest(atts, q, { start: next.start, end: next.end }) : undefined;
    const near = nearest(atts, q, { start: sStart, end: sEnd });
    // "… did so, with a caveat: “…,” the source said.": a speaker signing right after the closing mark outranks the
    // colon that opened the quotation.
    const att = (near?.opens !== undefined ? signedRightAfter(text, atts, q) : undefined) ?? near
      ?? (after !== undefined && after.verb.start - next!.start <= 40 ? after : undefined)
      // A colon cue binds to the quotation it opens, even across a paragraph break ("Cruz responded:\n\n“…”").
      ?? atts.find((a) => a.opens === q.inner.start);
    // "called the plan “a disaster”": with no attribution, a verb of naming just before the quotation gives it.
    const naming = att === undefined ? governingNaming(text, namings, q.open, sStart) : undefined;
    const prevClose = i > 0 ? marks[i - 1].close : 0;
    const nextOpen = i + 1 < marks.length ? marks[i + 1].open : text.length;
    const lead = { start: Math.max(sStart, prevClose), end: q.open };
    const lk = leadKind(text, lead, att, inner);
    const tk = trailKind(text, q, Math.min(sEnd, nextOpen), att);
    const direct = lk !== 'partial' && tk !== 'cont';
    const prev = found[i - 1];
    // A quote opening its sentence with nothing after it goes on from the quote before (“A,” she said. “B.”).
    const signed = att === undefined ? dashAttribution(text, q, entities) : undefined;
    const continues = i > 0 && (marks[i - 1].unclosed
      || (direct && att === undefined && lk === 'start' && tk === 'end' && prev.direct && !prev.signed && para - prev.para <= 1));
    if (!continues) group++;
    found.push({ att: att ?? signed ?? naming, direct, para, signed: signed !== undefined });
    const words = inner.split(/\s+/).length;
    const before = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, q.open - 20), q.open))?.[1]?.toLowerCase();
    const scare = words <= 3 && naming === undefined && (att === undefined || (before !== undefined && SCARE_BEFORE.has(before)));
    const title = ((att === undefined || OBJECT_BEFORE.test(text.slice(Math.max(0, q.open - 12), q.open))) && !continues && TITLE_CASE.test(inner))
      || isNickname(text.slice(Math.max(0, q.open - 40), q.open), inner, text.slice(q.close, q.close + 40))
      || namedThing(text.slice(Math.max(0, q.open - 30), q.open), inner, words, text.slice(q.close, q.close + 40));
    out.push({ quote: { start: q.inner.start, end: q.inner.end, text: inner }, marks: q, direct: direct && !scare && !title, group, kept: !scare && !title });
  }
  // Every piece of a statement takes the attribution its group has (“A,” she said. “B.”).
  for (let i = 0; i < out.length; i++) {
    const own = found[i].att;
    const att = own ?? found.find((f, k) => out[k].group === out[i].group && f.att !== undefined)?.att
      ?? contextAttribution(text, atts, marks[i]);
    if (att === undefined) continue;
    out[i] = { ...out[i], quote: { ...out[i].quote, speaker: att.speaker, speakerMention: att.mention, ...(att.role !== undefined ? { role: att.role } : {}) } };
  }
  return out;
}

/** "told “Gazeta” that", "a poll for “SE”": a name in title case where the clause wants an object is whom or what it names, not words said. */
const OBJECT_BEFORE = /\b(?:told|tells|telling|for|by|from|with|to|in|at|of)\s*$/i;
/** "the term “superspreader”", "does not use “superspreading” as a technical term": a word quoted as a word. */
const TERM_BEFORE = /\b(?:term|terms|word|words|phrase|expression|label|hashtag|slogan|moniker|so-called|known as|translates? (?:to|as)|translated as|stands for|short for)\s*[:,]?\s*(?:the\s+|an?\s+)?$/i;
/**
 * A name or a title in title case: up to eight words, each capitalised but for short function words inside
 * ("Fear the Walking Dead", "The Walking Dead: World Beyond", "Win a Trip with JAL"), no closing punctuation.
 */
const TITLE_CASE = /^\p{Lu}[\p{L}\d’'-]*(?:[:,]?\s+(?:\p{Lu}[\p{L}\d’'-]*|\d+|a|an|the|of|and|or|in|on|at|to|for|with|by|from|vs\.?))(?:[:,]?\s+(?:\p{Lu}[\p{L}\d’'-]*|\d+|a|an|the|of|and|or|in|on|at|to|for|with|by|from|vs\.?)){0,6}$|^\p{Lu}[\p{L}’'-]*$/u;
const TERM_AFTER = /^\s+as\s+an?\s+(?:[a-z]+\s+)?(?:term|word|phrase|label|name)\b/i;
/** "“It is our right to dream” exhibition", "the “Stop the Steal” campaign": the name of a work or an event. */
const WORK_AFTER = /^\s+(?:exhibition|exhibit|festival|campaign|programme|program|series|film|movie|documentary|album|song|single|book|novel|musical|conference|summit|initiative|project|concert|tour|award|prize|hashtag|app|podcast)s?\b/i;

/** A quoted word or name that nobody says here: a term, or the title of a work or an event. */
function namedThing(before: string, inner: string, words: number, after: string): boolean {
  const rest = after.replace(/^[”"’'»]+/, '');
  if (words <= 4 && (TERM_BEFORE.test(before) || TERM_AFTER.test(rest))) return true;
  return words <= 8 && /^\p{Lu}/u.test(inner) && !/[.!?]$/.test(inner) && WORK_AFTER.test(rest);
}

/** Quotes from precomputed tokens and entities (what `analyze` uses). */
export function quotesFromTokens(text: string, tokens: readonly Token[], sentences: readonly Sentence[], entities: readonly EntityMention[]): Quote[] {
  return findQuotes(text, tokens, sentences, entities).filter((f) => f.kept && (f.direct || f.quote.speaker !== undefined || f.quote.text.split(/\s+/).length > 3)).map((f) => f.quote);
}

/**
 * Direct quotations in `text` with their resolved speakers.
 * @example extractQuotes('“We expect it to be long,” Peskov added.', sentences, entities)[0]
 * // { text: 'We expect it to be long', speaker: 'Dmitry Peskov', … }
 */
export function extractQuotes(text: string, sentences: readonly Sentence[], entities?: readonly EntityMention[]): Quote[] {
  const tokens = tokenize(text, sentences);
  return quotesFromTokens(text, tokens, sentences, entities ?? entitiesFromTokens(text, tokens));
}
