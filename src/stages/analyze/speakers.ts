/**
 * Attribution: every "X said" / "said X" / "according to X" / "quoted X as" in
 * an article, with X resolved to a full name, an organisation or a description.
 * Pronouns resolve to the latest compatible person who was attributed
 * something before; role nouns ("the US president") to the person holding the
 * role. Quotes then pick the nearest attribution in their sentence.
 */
import type { EntityMention, Sentence, Span } from '../../core/types.js';
import type { Token } from './tokens.js';
import { tokenAt } from './tokens.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, PRONOUNS, ROLE_HEADS } from './gazetteer.js';

export type SpeakerKind = 'person' | 'organization' | 'place' | 'description';

/** Who an attribution verb gives the words to. */
export interface Attribution {
  /** The verb ("said", "according to"). */
  readonly verb: Span;
  readonly speaker: string;
  readonly kind: SpeakerKind;
  /** The words naming the speaker ("he", "Peskov", "a senior administration official"). */
  readonly mention: Span;
  readonly role?: string;
  /** For a colon cue ("Cruz responded:"), the start of the quotation it opens, wherever that is. */
  readonly opens?: number;
}

// Speech verbs of news prose (the cue words of attribution corpora such as PolNeAR, most frequent first).
const VERB_RE = /\b(?:said|says|say|added|adds|told|tells|stated|states|noted|notes|warned|warns|explained|explains|asked|asks|replied|replies|insisted|insists|stressed|confirmed|declared|declares|announced|wrote|writes|acknowledged|according to|quoted|continued|continues|concluded|concludes|argued|argues|tweeted|tweets|claimed|claims|responded|recalled|recalls|admitted|joked|quipped|posted|remarked|observed|retorted|countered|answered|predicted|promised|vowed|boasted|complained|lamented|conceded|cautioned|testified|exclaimed|shouted|emailed|went on|pointed out|saying|adding|telling|noting|writing|explaining|arguing|asking|declaring|insisting|warning)\b/gi;
const INVERTING = new Set(['said', 'says', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'stated', 'noted', 'notes', 'continued', 'concluded', 'concludes', 'explained', 'tweeted', 'argued', 'recalled', 'replied', 'responded', 'told', 'tells', 'warned', 'insisted', 'declared', 'answered', 'countered', 'retorted', 'remarked', 'observed', 'joked', 'quipped', 'predicted', 'claimed', 'acknowledged', 'went on']);
/** Participles take the subject of their clause ("Trump hit back, saying “…”"). */
const PARTICIPLES = new Set(['saying', 'adding', 'telling', 'noting', 'writing', 'explaining', 'arguing', 'asking', 'declaring', 'insisting', 'warning']);
const SKIPPABLE = new Set(['also', 'later', 'then', 'earlier', 'further', 'previously', 'again', 'recently', 'has', 'have', 'had', 'reportedly', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'week', 'this', 'only', 'once', 'separately']);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'several', 'some', 'another', 'half', 'its', 'his', 'her', 'their']);
const NP_STOPS = new Set(['that', 'and', 'but', 'or', 'which', 'who', 'when', 'while', 'as', 'to', 'if', 'is', 'was', 'were', 'are', 'be', 'will', 'would', 'in', 'on', 'at', 'by', 'for', 'from', 'with']);
const POST_MODIFIERS = new Set(['of', 'familiar', 'with', 'close', 'in', 'at', 'from']);
const DOC_NOUNS = new Set(['statement', 'preview', 'overview', 'readout', 'release', 'report', 'announcement', 'spokesman', 'spokeswoman', 'spokesperson', 'call', 'source', 'sources']);
const DESC_HEADS = new Set([...ROLE_HEADS, 'official', 'officials', 'source', 'sources', 'person', 'people', 'diplomat', 'diplomats', 'aide', 'aides', 'analyst', 'analysts', 'expert', 'experts', 'statement', 'spokesman']);

interface Ctx {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly byStart: ReadonlyMap<number, EntityMention>;
  readonly byEnd: ReadonlyMap<number, EntityMention>;
  readonly roles: ReadonlyMap<string, readonly string[]>;
  readonly persons: readonly EntityMention[];
  readonly orgs: readonly EntityMention[];
}

/** m/f: he/she; i: the writer ("I said"); p: they/we. */
type PronounKind = 'm' | 'f' | 'i' | 'p';
type Subject = Omit<Attribution, 'verb'> | { readonly pronoun: PronounKind; readonly mention: Span };

const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounKind> = new Map([['he', 'm'], ['she', 'f'], ['i', 'i'], ['they', 'p'], ['we', 'p']]);

function pronounSubject(t: Token, objectToo: boolean): Subject | undefined {
  const kind = SUBJECT_PRONOUNS.get(t.lower) ?? (objectToo ? PRONOUNS.get(t.lower) : undefined);
  return kind !== undefined ? { pronoun: kind, mention: { start: t.start, end: t.end } } : undefined;
}

function gender(name: string): 'm' | 'f' | 'u' {
  const first = name.split(' ')[0].toLowerCase();
  return FEMALE_FIRST_NAMES.has(first) ? 'f' : MALE_FIRST_NAMES.has(first) ? 'm' : 'u';
}

function fromEntity(ctx: Ctx, e: EntityMention): Subject {
  const role = e.role ?? ctx.roles.get(e.name)?.[0];
  return { speaker: e.name, kind: e.type, mention: { start: e.start, end: e.end }, ...(role !== undefined ? { role } : {}) };
}

/** Resolves a noun phrase over tokens [a, b] (inclusive). */
function fromPhrase(ctx: Ctx, a: number, b: number): Subject | undefined {
  const { text, tokens } = ctx;
  const last = ctx.byEnd.get(tokens[b].end);
  if (last !== undefined && last.start >= tokens[a].start) return fromEntity(ctx, last);
  let h = a;
  while (h < b && !POST_MODIFIERS.has(tokens[h + 1].lower)) h++;
  const head = tokens[h].lower;
  const det = DETERMINERS.has(tokens[a].lower) ? tokens[a].lower : undefined;
  const mention = { start: tokens[a].start, end: tokens[b].end };
  const inside: EntityMention[] = [];
  for (let k = a; k <= b; k++) {
    const e = ctx.byStart.get(tokens[k].start);
    if (e !== undefined) inside.push(e);
  }
  const org = inside.find((e) => e.type === 'organization');
  if (org !== undefined && DOC_NOUNS.has(head) && det !== 'a' && det !== 'an' || org !== undefined && ['statement', 'preview', 'overview', 'readout', 'release', 'call'].includes(head)) {
    return { speaker: org.name, kind: 'organization', mention };
  }
  if (!DESC_HEADS.has(head) || tokens[h].cap) {
    // Any determiner phrase can describe a speaker ("the 46-year-old", "one user", "another").
    if (det === undefined || tokens[h].cap && inside.length > 0) return undefined;
    const phrase = text.slice(mention.start, mention.end);
    return { speaker: phrase[0].toLowerCase() + phrase.slice(1), kind: 'description', mention };
  }
  if (det === 'the' && ROLE_HEADS.has(head)) {
    const mods = tokens.slice(a + 1, h).map((t) => t.lower.replace(/\./g, ''));
    const holder = [...ctx.persons].reverse().find((p) => p.start < tokens[a].start
      && (ctx.roles.get(p.name) ?? []).some((role) => {
        const r = role.toLowerCase().replace(/\./g, '').split(/\s+/);
        return r.includes(head) && mods.every((m) => r.includes(m));
      }));
    if (holder !== undefined) return { ...fromEntity(ctx, holder), mention };
  }
  if (det === undefined && a > 0 && !/[.!?]\s*$|^\s*$/.test(text.slice(tokens[a - 1].end, tokens[a].start)) && !/^(?:officials|sources)$/.test(head)) return undefined;
  const phrase = text.slice(mention.start, mention.end);
  return { speaker: det !== undefined ? phrase[0].toLowerCase() + phrase.slice(1) : phrase, kind: 'description', mention };
}

/** The subject written just before token `v` ("Peskov added", "a US source said"). */
function subjectBefore(ctx: Ctx, v: number): Subject | undefined {
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
  if (text[tokens[k].end] === ',' && ctx.byEnd.get(tokens[k].end) === undefined && pronounSubject(tokens[k], false) === undefined) return undefined;
  const t = tokens[k];
  const pronoun = pronounSubject(t, false);
  if (pronoun !== undefined) return pronoun;
  const ent = ctx.byEnd.get(t.end);
  if (ent !== undefined) return fromEntity(ctx, ent);
  let a = k;
  while (a > 0 && k - a < 7 && !DETERMINERS.has(tokens[a].lower) && text.slice(tokens[a - 1].end, tokens[a].start) === ' '
    && !NP_STOPS.has(tokens[a - 1].lower)) a--;
  return fromPhrase(ctx, a, k);
}

/** A party-and-state tag closing a name: " (D-Wis.) ", ", R-Ky., ". */
const PARTY_TAG = /(?: \([RDI]-[\p{L}. ]{2,14}\)|, [RDI]-[\p{L}.]{2,8},) $/u;

/** The name or pronoun ending at token `k`, with nothing else to check (a party tag followed it). */
function fromSubjectToken(ctx: Ctx, k: number): Subject | undefined {
  const pronoun = pronounSubject(ctx.tokens[k], false);
  if (pronoun !== undefined) return pronoun;
  const ent = ctx.byEnd.get(ctx.tokens[k].end);
  return ent !== undefined ? fromEntity(ctx, ent) : undefined;
}

/**
 * "Brent Bozell, founder of the Media Research Center, concludes": when a
 * comma closes a lower-case appositive, the speaker is the person before it.
 */
function nameBeforeAppositive(ctx: Ctx, k: number): EntityMention | undefined {
  const { text, tokens } = ctx;
  if (!text.slice(tokens[k].end, tokens[k + 1].start).startsWith(',')) return undefined;
  for (let a = k; a > 0 && k - a < 16; a--) {
    const g = text.slice(tokens[a - 1].end, tokens[a].start);
    if (g === ', ') {
      const e = ctx.byEnd.get(tokens[a - 1].end);
      // An appositive opens with a lower-case word, a determiner or a possessive ("founder of", "the party's chairman", "Sanders' campaign manager").
      return e?.type === 'person' && (!tokens[a].cap || DETERMINERS.has(tokens[a].lower) || tokens[a].poss) ? e : undefined;
    }
    if (g !== ' ' && g !== '-' && !(tokens[a - 1].poss && /^['’]s? $/.test(g))) return undefined;
  }
  return undefined;
}

/** Titles shortened with a dot inside a name ("said Rep. Bobby Scott"). */
const ABBREVIATED = new Set(['rep', 'sen', 'gov', 'dr', 'mr', 'mrs', 'ms', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm', 'rev', 'st', 'jr', 'pres', 'atty']);

function gapInName(gap: string, before: Token): boolean {
  return /^\s+$|^-$/.test(gap) || (gap.startsWith('.') && /^\.[ \t\u00a0]+$/.test(gap) && ABBREVIATED.has(before.lower));
}

/** The phrase after token `v` up to punctuation ("according to a White House statement"). */
function subjectAfter(ctx: Ctx, v: number, stopAtAs: boolean): Subject | undefined {
  const { text, tokens } = ctx;
  const a = v + 1;
  if (a >= tokens.length || !/^\s+$/.test(text.slice(tokens[v].end, tokens[a].start))) return undefined;
  const pronoun = pronounSubject(tokens[a], true);
  if (pronoun !== undefined) return pronoun;
  let b = a;
  while (b + 1 < tokens.length && b - a < 9 && gapInName(text.slice(tokens[b].end, tokens[b + 1].start), tokens[b])
    && !(stopAtAs && tokens[b + 1].lower === 'as') && !['that', 'who', 'on', 'said', 'told'].includes(tokens[b + 1].lower)) b++;
  // "said ACLU executive director Anthony Romero": the person in the phrase is the speaker.
  for (let k = a; k <= b; k++) {
    const e = ctx.byStart.get(tokens[k].start);
    if (e !== undefined && e.type === 'person') return fromEntity(ctx, e);
  }
  const first = ctx.byStart.get(tokens[a].start);
  if (!DETERMINERS.has(tokens[a].lower) && first === undefined) return undefined;
  return fromPhrase(ctx, a, b);
}

/** The subject opening the sentence that holds `pos`: a pronoun or a name among its first words. */
function clauseSubject(ctx: Ctx, pos: number): Subject | undefined {
  const si = ctx.sentences.findIndex((s) => s.start <= pos && pos < s.end);
  if (si < 0) return undefined;
  const first = tokenAt(ctx.tokens, ctx.sentences[si].start);
  for (let k = first; k < ctx.tokens.length && k < first + 8 && ctx.tokens[k].start < pos; k++) {
    const t = ctx.tokens[k];
    const pronoun = pronounSubject(t, false);
    if (pronoun !== undefined) return pronoun;
    const e = ctx.byStart.get(t.start);
    if (e !== undefined && (e.type === 'person' || e.type === 'organization')) return fromEntity(ctx, e);
    if (t.lower === 'that' || t.lower === 'which' || t.lower === 'who') return undefined;
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
function colonSubject(ctx: Ctx, pos: number): Subject | undefined {
  const { tokens } = ctx;
  const si = ctx.sentences.findIndex((s) => s.start <= pos && pos < s.end);
  const from = si >= 0 ? tokenAt(tokens, ctx.sentences[si].start) : Math.max(0, tokenAt(tokens, pos) - 12);
  const k = tokenAt(tokens, pos) - 1;
  if (k < from) return undefined;
  const end = ctx.byEnd.get(tokens[k].end);
  if (end !== undefined && (end.type === 'person' || end.type === 'organization') && /^[\s)]*$/.test(ctx.text.slice(tokens[k].end, pos))) return fromEntity(ctx, end);
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

/**
 * Who a pronoun stands for: "he"/"she" the latest speaker (then the latest
 * person) of a compatible gender, unless a short next sentence names him;
 * "they"/"we" the latest organisation; "I" the writer. When nothing fits the
 * pronoun itself is kept, so the attribution is still placed.
 */
function resolvePronoun(ctx: Ctx, prior: readonly Attribution[], kind: PronounKind, mention: Span, at: number): Omit<Attribution, 'verb'> {
  const word = ctx.text.slice(mention.start, mention.end);
  if (kind === 'i') return { speaker: 'the author', kind: 'description', mention };
  if (kind === 'p') {
    const org = [...prior].reverse().find((x) => x.kind === 'organization')?.speaker
      ?? [...ctx.orgs].reverse().find((o) => o.end <= mention.start)?.name;
    return org !== undefined ? { speaker: org, kind: 'organization', mention } : { speaker: word.toLowerCase(), kind: 'description', mention };
  }
  const fits = (name: string): boolean => gender(name) === kind || gender(name) === 'u';
  const named = namedInNextSentence(ctx, at);
  const name = named?.name
    ?? [...prior].reverse().find((x) => x.kind === 'person' && fits(x.speaker))?.speaker
    ?? [...ctx.persons].reverse().find((p) => p.end <= mention.start && fits(p.name))?.name
    ?? [...ctx.persons].reverse().find((p) => p.end <= mention.start)?.name;
  if (name === undefined) return { speaker: word.toLowerCase(), kind: 'description', mention };
  const role = ctx.roles.get(name)?.[0];
  return { speaker: name, kind: 'person', mention, ...(role !== undefined ? { role } : {}) };
}

/** A short next sentence "Pentagon spokesman John Kirby said." names who "he" was. */
function namedInNextSentence(ctx: Ctx, pos: number): EntityMention | undefined {
  const i = ctx.sentences.findIndex((s) => s.start <= pos && pos < s.end);
  const next = ctx.sentences[i + 1];
  if (i < 0 || next === undefined || next.text.split(/\s+/).length > 8) return undefined;
  const m = /([\p{L}.’'-]+)\s+(?:said|added|told)\b/u.exec(next.text);
  if (m === null) return undefined;
  const e = ctx.byEnd.get(next.start + m.index + m[1].length);
  return e?.type === 'person' ? e : undefined;
}

/** Speech verbs, and colons that open a quotation, in text order. */
function cues(text: string, masked: readonly Span[]): Array<{ index: number; word: string; opens?: number }> {
  const out: Array<{ index: number; word: string; opens?: number }> = [];
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(text); m !== null; m = VERB_RE.exec(text)) out.push({ index: m.index, word: m[0] });
  for (const q of masked) {
    let p = q.start - 1;
    while (p > 0 && /[\s“"„«‘]/.test(text[p])) p--;
    if (text[p] === ':' && !text.slice(p + 1, q.start).includes('\n\n\n')) out.push({ index: p, word: ':', opens: q.start });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * All attributions in the text, in order; verbs inside `masked` spans (the
 * quotations themselves) are skipped.
 */
export function findAttributions(
  text: string, tokens: readonly Token[], sentences: readonly Sentence[],
  entities: readonly EntityMention[], masked: readonly Span[],
): Attribution[] {
  const roles = new Map<string, string[]>();
  for (const e of entities) if (e.role !== undefined) roles.set(e.name, [...(roles.get(e.name) ?? []), e.role]);
  const ctx: Ctx = {
    text, tokens, sentences, roles,
    byStart: new Map(entities.map((e) => [e.start, e])),
    byEnd: new Map(entities.map((e) => [e.end, e])),
    persons: entities.filter((e) => e.type === 'person'),
    orgs: entities.filter((e) => e.type === 'organization'),
  };
  const out: Attribution[] = [];
  let mi = 0;
  for (const m of cues(text, masked)) {
    while (mi < masked.length && masked[mi].end <= m.index) mi++;
    if (mi < masked.length && masked[mi].start <= m.index) continue;
    const verb = { start: m.index, end: m.index + m.word.length };
    const word = m.word.toLowerCase();
    if (word === ':') {
      // "Trump leaned in and boomed: “…”": a colon opening a quote gives it to the clause's subject.
      const subj = colonSubject(ctx, verb.start);
      const opens = m.opens !== undefined ? { opens: m.opens } : {};
      if (subj !== undefined) out.push({ verb, ...('pronoun' in subj ? resolvePronoun(ctx, out, subj.pronoun, subj.mention, verb.start) : subj), ...opens });
      continue;
    }
    const v = tokenAt(tokens, verb.end) - 1;
    let subj: Subject | undefined;
    if (word === 'according to') subj = subjectAfter(ctx, v, false);
    else if (word === 'quoted') subj = subjectAfter(ctx, v, true);
    else if (PARTICIPLES.has(word)) {
      // "quoted him as saying" is the quoted verb's; "as saying" never opens a clause of its own.
      const before = tokens[tokenAt(tokens, verb.start) - 1];
      subj = before?.lower === 'as' ? undefined : clauseSubject(ctx, verb.start);
    }
    else subj = subjectBefore(ctx, tokenAt(tokens, verb.start)) ?? (INVERTING.has(word) ? subjectAfter(ctx, v, false) : undefined);
    if (subj === undefined) continue;
    if ('pronoun' in subj) {
      out.push({ verb, ...resolvePronoun(ctx, out, subj.pronoun, subj.mention, verb.start) });
    } else {
      out.push({ verb, ...subj });
    }
  }
  return out;
}
