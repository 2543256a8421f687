/**
 * Where the speaker of a cue is written: before the verb ("Peskov added",
 * "Scott Pruitt, the Republican attorney general of Oklahoma, said"), after it
 * ("said Rep. Bobby Scott", "according to a White House statement"), at the
 * head of the clause ("Trump hit back, saying"), or before a colon.
 */
import type { EntityMention } from '../../core/types.js';
import type { Token } from './tokens.js';
import { tokenAt } from './tokens.js';
import type { Ctx, Subject } from './speaker-context.js';
import { fromEntity, inQuote, sentenceAt } from './speaker-context.js';
import { pronounSubject } from './pronouns.js';
import { CLAUSE_WORDS, DETERMINERS, NP_STOPS, fromPhrase } from './speaker-phrases.js';

const SKIPPABLE = new Set(['also', 'later', 'then', 'earlier', 'further', 'previously', 'again', 'recently', 'has', 'have', 'had', 'will', 'would', 'reportedly', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'week', 'this', 'only', 'once', 'separately', 'often', 'repeatedly', 'simply', 'flatly', 'publicly', 'privately', 'finally', 'quickly', 'ultimately']);

/** A party-and-state tag closing a name: " (D-Wis.) ", ", R-Ky., ", " (D-Newport News), ". */
const PARTY_TAG = /(?: \([RDI]-[\p{L}. ]{2,20}\),? |, [RDI]-[\p{L}.]{2,8}, )$/u;

/** Titles shortened with a dot inside a name ("said Rep. Bobby Scott", "said Del. Stacey Plaskett"). */
const ABBREVIATED = new Set(['rep', 'reps', 'sen', 'sens', 'gov', 'dr', 'mr', 'mrs', 'ms', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm', 'rev', 'st', 'jr', 'pres', 'atty', 'del', 'supt', 'cmdr', 'amb']);

/** Verbs whose object is who heard the words ("told AFP:", "tells CNN:"). */
const LISTENER_BEFORE: ReadonlySet<string> = new Set(['told', 'tells', 'telling', 'tell']);

/** A possessive ’s between two tokens of one phrase ("the ad’s narrator"). */
function possGap(tokens: readonly Token[], a: number, gap: string): boolean {
  return /^['’]$/.test(gap) && tokens[a].lower === 's' || tokens[a - 1].poss && /^['’]s?\s$/.test(gap);
}

/** The subject written just before token `v` ("Peskov added", "a US source said"). */
export function subjectBefore(ctx: Ctx, v: number): Subject | undefined {
  const { text, tokens } = ctx;
  let k = v - 1;
  // "Rep. Gwen Moore (D-Wis.) said", "Mitch McConnell, R-Ky., said": a party tag between name and verb is skipped.
  const tag = k > 0 ? PARTY_TAG.exec(text.slice(Math.max(0, tokens[v].start - 40), tokens[v].start)) : null;
  if (tag !== null) k = tokenAt(tokens, tokens[v].start - tag[0].length) - 1;
  if (k < 0) return undefined;
  if (tag !== null) return fromSubjectToken(ctx, k);
  while (k >= 0 && SKIPPABLE.has(tokens[k].lower) && /^\s+$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) k--;
  if (k < 0 || !/^,?\s+$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) return undefined;
  const appositive = nameBeforeAppositive(ctx, k);
  if (appositive !== undefined) return fromEntity(ctx, appositive);
  // "…in the 2008 primary, said Paul Beck": after a comma only a name or a pronoun can be the subject; a phrase is the writer's.
  if (text[tokens[k].end] === ',' && ctx.byEnd.get(tokens[k].end) === undefined && pronounSubject(tokens[k], false) === undefined) return participialOpener(ctx, v);
  const t = tokens[k];
  // "She then urges her husband … and repeatedly says": a second verb shares the clause's subject.
  if (t.lower === 'and' && k > 0 && !tokens[k - 1].cap) return clauseSubject(ctx, t.start);
  const pronoun = pronounSubject(t, false);
  if (pronoun !== undefined) return pronoun;
  const ent = ctx.byEnd.get(t.end);
  if (ent !== undefined) return ownerOf(ctx, ent) ?? fromEntity(ctx, ent);
  let a = k;
  while (a > 0 && k - a < 7 && !DETERMINERS.has(tokens[a].lower) && !NP_STOPS.has(tokens[a - 1].lower)) {
    const gap = text.slice(tokens[a - 1].end, tokens[a].start);
    if (gap !== ' ' && !possGap(tokens, a, gap)) break;
    a--;
  }
  // "the ad’s narrator": the lone "s" of a possessive is not where a phrase starts.
  if (tokens[a].lower === 's' && a < k) a++;
  return fromPhrase(ctx, a, k) ?? signedAfterQuote(ctx, a, k, v);
}

/**
 * “…,” West said: a lone capitalised word between a quotation's closing mark and the verb names its speaker even
 * when it is an English word ("West", "Hale", "From", "Pence"), which elsewhere would read as a common word.
 */
function signedAfterQuote(ctx: Ctx, a: number, k: number, v: number): Subject | undefined {
  const { text, tokens } = ctx;
  const t = tokens[k]!;
  // Verbs of saying only ("“…” Story continues below" is page furniture), in lower case (not a title-case headline:
  // "“Broad City” Star Asked Actors …").
  const verb = tokens[v];
  if (verb === undefined || !SIGNING_VERBS.has(verb.text)) return undefined;
  if (a !== k || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || DETERMINERS.has(t.lower) || NOT_A_SIGNATURE.has(t.lower)) return undefined;
  if (!/(?:[”"’»],?|,[”"’»])\s+$/u.test(text.slice(Math.max(0, t.start - 4), t.start))) return undefined;
  return { speaker: t.text, kind: 'person', mention: { start: t.start, end: t.end } };
}

const SIGNING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'told', 'tells', 'wrote', 'writes', 'asked', 'asks', 'explained', 'noted', 'recalled', 'replied', 'responded', 'insisted', 'argued', 'stressed', 'declared', 'warned', 'tweeted']);

/** Capitalised words that open a clause after a quotation rather than sign it ("“…,” This said", "“…” Then said"). */
const NOT_A_SIGNATURE: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those', 'then', 'there', 'here', 'it', 'and', 'but', 'so', 'also', 'which', 'who', 'what', 'when', 'while', 'after', 'before', 'as', 'if', 'once', 'later', 'police', 'officials', 'sources', 'witnesses', 'authorities', 'experts', 'analysts', 'critics', 'residents', 'reports', 'report']);

/** Prepositions that make a name the complement of a noun before it ("a spokesman for Hillary Clinton"). */
const OWNER_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of']);

/**
 * "a spokesman for Hillary Clinton said", "the lawyer of Joe Smith told": a name after "for" or "of" and a noun
 * phrase opened by a determiner is that phrase's complement, not the verb's subject; the whole phrase speaks.
 */
function ownerOf(ctx: Ctx, ent: EntityMention): Subject | undefined {
  const { text, tokens } = ctx;
  // "the head of the World Health Organization": an article may stand between the preposition and the name.
  let e0 = tokenAt(tokens, ent.start);
  if (e0 > 0 && tokens[e0 - 1]!.lower === 'the' && text.slice(tokens[e0 - 1]!.end, tokens[e0]!.start) === ' ') e0--;
  const p = e0 - 1;
  if (p < 1 || !OWNER_PREPOSITIONS.has(tokens[p]!.lower) || text.slice(tokens[p]!.end, tokens[e0]!.start) !== ' ') return undefined;
  // Back over a few lower-case words to the determiner that opens the phrase ("a senior campaign spokesman").
  for (let a = p - 1; a >= 0 && p - a <= 4; a--) {
    const w = tokens[a]!;
    if (text.slice(w.end, tokens[a + 1]!.start) !== ' ' || w.cap && !DETERMINERS.has(w.lower) || CLAUSE_WORDS.has(w.lower) || NP_STOPS.has(w.lower)) return undefined;
    if (!DETERMINERS.has(w.lower)) continue;
    if (a === p - 1) return undefined;
    const mention = { start: w.start, end: ent.end };
    const phrase = text.slice(mention.start, mention.end);
    return { speaker: phrase[0]!.toLowerCase() + phrase.slice(1), kind: 'description', mention };
  }
  return undefined;
}

/**
 * "A WHO spokesman, asked about groups of infections in Singapore, France and elsewhere, recently said": a sentence
 * opened by a determiner phrase and a participle clause set off by commas; the phrase is the verb's subject.
 */
function participialOpener(ctx: Ctx, v: number): Subject | undefined {
  const { text, tokens } = ctx;
  const si = sentenceAt(ctx, tokens[v]!.start);
  if (si < 0) return undefined;
  const first = tokenAt(tokens, ctx.sentences[si]!.start);
  if (first >= v || !DETERMINERS.has(tokens[first]!.lower)) return undefined;
  for (let c = first + 1; c < v && c - first <= 5; c++) {
    if (!/^,\s+$/.test(text.slice(tokens[c]!.end, tokens[c + 1]!.start))) continue;
    return PARTICIPLE_OPENERS.has(tokens[c + 1]!.lower) ? fromPhrase(ctx, first, c) : undefined;
  }
  return undefined;
}

/** Words opening a participle clause set off after a subject ("asked about", "speaking to", "citing"). */
const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set(['asked', 'speaking', 'writing', 'responding', 'citing', 'referring', 'commenting', 'reacting', 'interviewed', 'contacted', 'pressed', 'questioned', 'addressing']);

/** The name or pronoun ending at token `k`, with nothing else to check (a party tag followed it). */
function fromSubjectToken(ctx: Ctx, k: number): Subject | undefined {
  const pronoun = pronounSubject(ctx.tokens[k], false);
  if (pronoun !== undefined) return pronoun;
  const ent = ctx.byEnd.get(ctx.tokens[k].end);
  return ent !== undefined ? fromEntity(ctx, ent) : undefined;
}

/**
 * "Brent Bozell, founder of the Media Research Center, concludes", "Scott
 * Pruitt, the Republican attorney general of Oklahoma, one of the states suing
 * the EPA, said": when commas close lower-case appositives (one or more, or a
 * "who" clause), the speaker is the person before them.
 */
function nameBeforeAppositive(ctx: Ctx, k: number): EntityMention | undefined {
  const { text, tokens } = ctx;
  if (!text.slice(tokens[k].end, tokens[k + 1].start).startsWith(',')) return undefined;
  for (let a = k; a > 0 && k - a < 30; a--) {
    const g = text.slice(tokens[a - 1].end, tokens[a].start);
    if (g === ', ') {
      const e = ctx.byEnd.get(tokens[a - 1].end);
      // An appositive opens with a lower-case word, a determiner or a possessive ("founder of", "the party's chairman", "Sanders' campaign manager").
      const opens = !tokens[a].cap || DETERMINERS.has(tokens[a].lower) || tokens[a].poss;
      if (!opens) return undefined;
      if (e?.type === 'person') return e;
      continue;
    }
    if (/[.;:!?\n"“”(]/.test(g) || g.length > 3) return undefined;
  }
  return undefined;
}

/** Whether a phrase goes on across `gap`: spaces, a hyphen or slash, or a line break, never a paragraph break ("the rest of the news⏎⏎For any information"). */
function gapInName(gap: string, before: Token): boolean {
  return (/^\s+$/.test(gap) && !/\n[^\S\n]*\n/.test(gap)) || /^[-/]$/.test(gap) || (gap.startsWith('.') && /^\.[ \t\u00a0]+$/.test(gap) && ABBREVIATED.has(before.lower));
}

const AFTER_STOPS = new Set(['that', 'who', 'on', 'said', 'told']);
/** Words a noun phrase cannot end with: what follows them belongs to it. */
const TRAILING_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'by', 'from', 'with', 'in', 'at', 'to', 'about']);

/** The phrase after token `v` up to punctuation ("according to a White House statement"). */
export function subjectAfter(ctx: Ctx, v: number, stopAtAs: boolean): Subject | undefined {
  const { text, tokens } = ctx;
  const a = v + 1;
  if (a >= tokens.length || !/^\s+$/.test(text.slice(tokens[v].end, tokens[a].start))) return undefined;
  const pronoun = pronounSubject(tokens[a], true);
  if (pronoun !== undefined) return 'pronoun' in pronoun && pronoun.pronoun === 'n' ? undefined : pronoun;
  let b = a;
  while (b + 1 < tokens.length && b - a < 9 && gapInName(text.slice(tokens[b].end, tokens[b + 1].start), tokens[b])
    && !(stopAtAs && tokens[b + 1].lower === 'as') && !AFTER_STOPS.has(tokens[b + 1].lower)) b++;
  // "said ACLU executive director Anthony Romero": the person in the phrase is the speaker.
  for (let k = a; k <= b; k++) {
    const e = ctx.byStart.get(tokens[k].start);
    if (e !== undefined && e.type === 'person') return fromEntity(ctx, e);
  }
  const first = ctx.byStart.get(tokens[a].start);
  if (!DETERMINERS.has(tokens[a].lower) && first === undefined) return undefined;
  // "and said the panel itself might be damaged", "asked the crowd to welcome": a clause, not a speaker.
  for (let k = a; k <= b; k++) if (CLAUSE_WORDS.has(tokens[k].lower)) return undefined;
  // "according to a poll for “SE”": a phrase cut at a preposition goes on into the quotation, which names its object.
  if (b > a && TRAILING_PREPOSITIONS.has(tokens[b].lower)) return undefined;
  return fromPhrase(ctx, a, b);
}

/** The subject opening the sentence that holds `pos`: a pronoun or a name among its first words outside quotes. */
export function clauseSubject(ctx: Ctx, pos: number): Subject | undefined {
  const si = sentenceAt(ctx, pos);
  if (si < 0) return undefined;
  const first = tokenAt(ctx.tokens, ctx.sentences[si].start);
  let seen = 0;
  for (let k = first; k < ctx.tokens.length && seen < 8 && ctx.tokens[k].start < pos; k++) {
    const t = ctx.tokens[k];
    if (inQuote(ctx, t.start)) continue;
    seen++;
    const pronoun = pronounSubject(t, false);
    if (pronoun !== undefined) return pronoun;
    const e = ctx.byStart.get(t.start);
    if (e !== undefined && (e.type === 'person' || e.type === 'organization')) return fromEntity(ctx, e);
    if (t.lower === 'that' || t.lower === 'which' || t.lower === 'who') return undefined;
  }
  return undefined;
}

/**
 * The subject of a participle ("Trump attacked Clinton …, saying", "Dean, a
 * former DNC chairman, poked at Trump, tweeting"): the first name or pronoun
 * of its sentence, outside quotes, that a verb or an appositive follows.
 */
export function participleSubject(ctx: Ctx, pos: number): Subject | undefined {
  const { text, tokens } = ctx;
  const si = sentenceAt(ctx, pos);
  if (si < 0) return undefined;
  for (let k = tokenAt(tokens, ctx.sentences[si].start); k + 1 < tokens.length && tokens[k].start < pos; k++) {
    const t = tokens[k];
    if (inQuote(ctx, t.start)) continue;
    const pronoun = pronounSubject(t, false);
    const e = pronoun === undefined ? ctx.byStart.get(t.start) : undefined;
    if (pronoun === undefined && (e === undefined || (e.type !== 'person' && e.type !== 'organization'))) continue;
    const last = e !== undefined ? tokenAt(tokens, e.end) - 1 : k;
    const next = tokens[last + 1];
    if (next === undefined || next.start >= pos) return undefined;
    const gap = text.slice(tokens[last].end, next.start);
    const prev = tokens[k - 1];
    // "for Clinton", "the Bush administration": a name after a preposition or a determiner is not the subject.
    if (prev !== undefined && k > tokenAt(tokens, ctx.sentences[si].start) && (NP_STOPS.has(prev.lower) || DETERMINERS.has(prev.lower))) { k = last; continue; }
    if (tokens[last].poss) { k = last; continue; }
    if (gap === ' ' && !next.cap || gap === ', ' && (!next.cap || DETERMINERS.has(next.lower))) return pronoun ?? fromEntity(ctx, e!);
    k = last;
  }
  return undefined;
}

/**
 * Who introduces a quotation with a colon: a name written right before it
 * ("- Philip Bump:", "According to HuffPo:", "Stated Stone:"), else the
 * latest name or pronoun followed by a lower-case word, the main clause's
 * subject and verb ("When Wallace died, President Clinton released the
 * following statement:"), else the clause's opening subject.
 */
/** Prepositions before a name that make it an object ("a message to Trump:", "an interview with CNN:"). */
const OBJECT_BEFORE: ReadonlySet<string> = new Set(['to', 'at', 'with', 'about', 'against', 'on', 'for', 'from', 'toward', 'towards', 'into']);

export function colonSubject(ctx: Ctx, pos: number): Subject | undefined {
  const { tokens } = ctx;
  const si = sentenceAt(ctx, pos);
  const from = si >= 0 ? tokenAt(tokens, ctx.sentences[si].start) : Math.max(0, tokenAt(tokens, pos) - 12);
  const k = tokenAt(tokens, pos) - 1;
  if (k < from) return undefined;
  const end = ctx.byEnd.get(tokens[k].end);
  // "McConnell delivered a blunt message to Trump: “…”": a name after a preposition is the clause's object.
  const object = end !== undefined && OBJECT_BEFORE.has(tokens[tokenAt(tokens, end.start) - 1]?.lower ?? '');
  if (object) return clauseSubject(ctx, pos);
  if (end !== undefined && (end.type === 'person' || end.type === 'organization') && /^[\s)]*$/.test(ctx.text.slice(tokens[k].end, pos))) {
    // "Wasana Ranasinghe, spokeswoman for …, told AFP: “…”": the name after "told" is who listened; the speaker is told's subject.
    const verb = tokenAt(tokens, end.start) - 1;
    if (verb < 0 || !LISTENER_BEFORE.has(tokens[verb]!.lower)) return fromEntity(ctx, end);
    return subjectBefore(ctx, verb) ?? clauseSubject(ctx, tokens[verb]!.start);
  }
  for (let j = k - 1; j >= from && k - j < 25; j--) {
    const t = tokens[j];
    const next = tokens[j + 1];
    if (next.cap || ctx.text.slice(t.end, next.start) !== ' ') continue;
    const pronoun = pronounSubject(t, false);
    if (pronoun !== undefined) return pronoun;
    const e = ctx.byEnd.get(t.end);
    // "the Bush administration": a name after a determiner modifies a noun, it is not the subject.
    const modifier = e?.type === 'person' && DETERMINERS.has(tokens[tokenAt(tokens, e.start) - 1]?.lower ?? '');
    if (e !== undefined && (e.type === 'person' || e.type === 'organization') && !t.poss && !modifier) return fromEntity(ctx, e);
  }
  return clauseSubject(ctx, pos);
}

