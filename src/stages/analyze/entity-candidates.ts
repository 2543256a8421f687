/**
 * Finds capitalised name sequences and splits each into a role prefix
 * ("Russian Foreign Minister") and a name ("Sergei Lavrov"), typed by
 * gazetteers and context. Merging short forms into full names happens later in
 * `extractEntities`.
 */
import type { EntityType } from '../../core/types.js';
import type { Token } from './tokens.js';
import { isGivenName } from '../text-model/english-words.js';
import { isForename } from '../text-model/forenames.js';
import {
  COMPANIES, EATERY_HEADS, isCountryOrState, MORE_ORG_HEADS, MORE_PLACE_HEADS, NAME_ALIASES, NATIONALITIES, NOT_NAMES, ORGANIZATIONS, ORG_WORDS, PLACES, PLACE_WORDS,
  ROLE_HEADS, ROLE_WORDS, SENTENCE_WORDS, TITLES,
} from './gazetteer.js';

/** A name found in the text before merging; `type` is undefined when only a later merge can tell. */
export interface Candidate {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityType | undefined;
  readonly role?: string;
}

const JOINABLE_BEFORE_OF = new Set(['secretary', 'ministry', 'bank', 'university', 'department', 'republic', 'sea', 'house', 'council', 'court', 'minister']);
const ABBREV_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov']);
const ATTRIBUTION_AFTER = /^\s+(?:also\s+)?(?:said|says|added|told|tells|stated|noted|notes|warned|wrote|writes|insisted|replied|explained|argued|asked|tweeted|continued|responded|recalled|countered|concluded|added|acknowledged|declared|claimed|admitted)\b/;

function isNameish(t: Token): boolean {
  return t.cap && !NOT_NAMES.has(t.lower);
}

/**
 * A compass word ("North", "South", no name's word alone) that opens a place's name with the next word ("North Korea",
 * "South Africa", "West Virginia"): the run starts there, not at "Korea".
 */
function opensPlaceName(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return t.cap && NOT_NAMES.has(t.lower) && next !== undefined && next.cap && text.slice(t.end, next.start) === ' ' && gazetteerType(`${t.lower} ${next.lower}`) === 'place';
}

function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/**
 * The gazetteer's type of a phrase. `inside`: the phrase begins a longer capitalised run, where a country's or a
 * state's name is part of an institution's ("Ohio State University", "Georgia Tech"): only the lists count there.
 */
export function gazetteerType(lower: string, inside = false): EntityType | undefined {
  if (PLACES.has(lower) || (!inside && isCountryOrState(lower))) return 'place';
  if (ORGANIZATIONS.has(lower)) return 'organization';
  const alias = NAME_ALIASES.get(lower);
  if (alias !== undefined) return gazetteerType(alias.toLowerCase(), inside);
  return undefined;
}

/** Longest gazetteer match of up to 4 tokens starting at `i` within [i, end]. */
function gazetteerMatch(text: string, tokens: readonly Token[], i: number, end: number): { len: number; type: EntityType } | undefined {
  const max = Math.min(4, end - i + 1);
  const parts: string[] = [];
  for (let k = 0; k < max; k++) parts.push(tokens[i + k].lower);
  for (let len = max; len >= 1; len--) {
    // Tokens inside a sequence are single-space separated, so joining the lower forms rebuilds the phrase.
    const phrase = len === 1 ? parts[0] : parts.slice(0, len).join(' ');
    const type = gazetteerType(phrase, i + len - 1 < end);
    if (type !== undefined) return { len, type };
  }
  return undefined;
}

/** Maximal runs of capitalised tokens joined by single spaces (plus "of", "Mr."). */
function sequences(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameish(tokens[i]) && !opensPlaceName(text, tokens, i)) { i++; continue; }
    let j = i;
    while (j + 1 < tokens.length && !tokens[j].poss) {
      const g = gap(text, tokens[j], tokens[j + 1]);
      const next = tokens[j + 1];
      // "Gov. Mike DeWine", and a middle initial: "John F. Kennedy", "Michael P. McDonald".
      if (isNameish(next) && (g === ' ' || (g === '. ' && (ABBREV_TITLES.has(tokens[j].lower) || (j > i && /^\p{Lu}$/u.test(tokens[j].text) && /\p{Ll}/u.test(tokens[j - 1].text)))))) { j++; continue; }
      if (next.lower === 'of' && g === ' ' && JOINABLE_BEFORE_OF.has(tokens[j].lower) && j + 2 < tokens.length
        && isNameish(tokens[j + 2]) && gap(text, next, tokens[j + 2]) === ' ') { j += 2; continue; }
      break;
    }
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}

/**
 * The role written just before token `first`: lower-case role words and
 * organisations/nationalities ("White House press secretary"), or an
 * appositive ("Ukraine’s defence minister, Oleksii Reznikov").
 */
function roleBefore(text: string, tokens: readonly Token[], first: number, typed: ReadonlyMap<number, Candidate>): { text: string; first: number } | undefined {
  let k = first - 1;
  if (k < 0) return undefined;
  const g0 = gap(text, tokens[k], tokens[first]);
  if (g0 !== ' ' && !(g0 === ', ' && ROLE_HEADS.has(tokens[k].lower) && !tokens[k].cap)) return undefined;
  let start = -1;
  let hasHead = false;
  while (k >= 0) {
    const t = tokens[k];
    const ent = typed.get(k);
    if (!t.cap && ROLE_WORDS.has(t.lower) && !t.poss) {
      hasHead ||= ROLE_HEADS.has(t.lower);
      start = k;
    } else if (t.cap && ent !== undefined && ent.type !== 'person' && !t.poss) {
      start = ent.first;
      k = ent.first;
    } else if (t.cap && (NATIONALITIES.has(t.lower) || TITLES.has(t.lower)) && !t.poss) {
      hasHead ||= ROLE_HEADS.has(t.lower);
      start = k;
    } else break;
    if (k === 0 || gap(text, tokens[k - 1], tokens[k]) !== ' ') break;
    k--;
  }
  if (start < 0 || !hasHead) return undefined;
  return { text: text.slice(tokens[start].start, tokens[g0 === ', ' ? first - 1 : first - 1].end), first: start };
}

/** Heads of a state's name before "of" ("Republic of Korea", "Kingdom of Saudi Arabia"). */
const STATE_HEADS: ReadonlySet<string> = new Set(['republic', 'kingdom', 'emirate', 'principality', 'federation', 'commonwealth', 'state', 'states']);

/** The word right before the first "of" inside tokens `a`..`b`, lower case; undefined when none. */
function headBeforeOf(tokens: readonly Token[], a: number, b: number): string | undefined {
  for (let k = a + 1; k < b; k++) if (tokens[k]!.lower === 'of') return tokens[k - 1]!.lower;
  return undefined;
}

/**
 * The most words an English person's name runs to once the role words before it are split off (below); past it a
 * capitalised run is page furniture, a headline in capitals or a list of names. Other languages keep their roles
 * in the run ("Cumhurbaşkanı Recep Tayyip Erdoğan"), and their own rules judge it (entities.ts).
 */
export const MAX_ENGLISH_NAME_WORDS = 5;

/** Heads of places and institutions that are no one's surname, read even after a given name (PLACE_WORDS' are read before). */
const NO_SURNAME_PLACE_HEADS: ReadonlySet<string> = new Set(['road', 'rd', 'ave', 'blvd', 'boulevard', 'highway', 'expressway', 'freeway', 'parkway', 'creek', 'glacier', 'canyon', 'reservoir', 'stadium', 'arena', 'plaza', 'cathedral']);
const NO_SURNAME_ORG_HEADS: ReadonlySet<string> = new Set(['jail', 'prison', 'sheriff', 'market', 'parade', 'hospital', 'museum', 'academy', 'university']);

function nameType(text: string, tokens: readonly Token[], a: number, b: number, hasRole: boolean, maxWords: number): EntityType | undefined {
  const phrase = text.slice(tokens[a].start, tokens[b].end);
  const lower = phrase.toLowerCase();
  const gaz = gazetteerType(lower);
  if (gaz !== undefined) return gaz;
  const lastWord = tokens[b].lower;
  if (b > a && ORG_WORDS.has(lastWord)) return 'organization';
  if (b > a && PLACE_WORDS.has(lastWord)) return 'place';
  if (PLACE_WORDS.has(tokens[a].lower) && b > a) return 'place';
  // "University of Oklahoma", "Ministry of Public Security", "Republic of Korea": the head before "of" names the kind.
  const head = headBeforeOf(tokens, a, b);
  if (head !== undefined && ORG_WORDS.has(head)) return 'organization';
  if (head !== undefined && (PLACE_WORDS.has(head) || STATE_HEADS.has(head))) return 'place';
  // "Eiffel Tower", "Nobel Prize", "Palm Beach", "PGA Tour": more heads, read only where no given name opens the run
  // ("Kevin Hall", "Grace Park" are people).
  if (b > a && !hasRole && !isGivenName(tokens[a].lower)) {
    // Not right after a given name: "Ali Grill" may be a surname.
    if (MORE_ORG_HEADS.has(lastWord) || (EATERY_HEADS.has(lastWord) && !isGivenName(tokens[b - 1].lower))) return 'organization';
    if (MORE_PLACE_HEADS.has(lastWord)) return 'place';
  }
  // Heads no surname is ("Craig Road", "Franz Josef Glacier", "Laurel County Sheriff", "Rose Parade"): whatever opens the run.
  if (b > a && NO_SURNAME_PLACE_HEADS.has(lastWord)) return 'place';
  if (b > a && NO_SURNAME_ORG_HEADS.has(lastWord)) return 'organization';
  if (brandRun(tokens, a, b)) return 'organization';
  // A company's name and a word or two more, no given name among them, is its product or branch ("Apple TV", "Google Maps"):
  // In English (the other languages' nouns follow a company's name: "Tesla Anteil"), a company's and no outlet's, since
  // a credit runs into the text ("Reuters Diosdado Cabello").
  if (maxWords !== Infinity && b > a && b - a <= 2 && COMPANIES.has(tokens[a].lower) && !isGivenName(tokens[a + 1].lower)) return 'organization';
  if (b - a + 1 > maxWords) return undefined;
  if (hasRole) return 'person';
  if (a === b && NATIONALITIES.has(lower)) return undefined;
  if (/^[\p{Lu}\p{N}.&-]{2,}$/u.test(phrase)) return 'organization';
  if (b > a) return 'person';
  if (ATTRIBUTION_AFTER.test(text.slice(tokens[b].end, tokens[b].end + 20))) return 'person';
  return undefined;
}

/**
 * A run of title words and an institution's head ("Interior Ministry", "Press Association", "General Assembly"): no
 * possessive, no role noun but right before the head ("Speaker of the House" stays a role and "House").
 */
function institutionRun(tokens: readonly Token[], a: number, e: number): boolean {
  if (e === a || !(ORG_WORDS.has(tokens[e]!.lower) || MORE_ORG_HEADS.has(tokens[e]!.lower) || NO_SURNAME_ORG_HEADS.has(tokens[e]!.lower))) return false;
  for (let k = a; k < e; k++) {
    const t = tokens[k]!;
    if (!TITLES.has(t.lower) || t.poss || (ROLE_HEADS.has(t.lower) && k < e - 1)) return false;
  }
  return true;
}

/**
 * A word with a capital inside it after a first part of four letters or more names a brand, a product or a company
 * ("PlayStation Store", "MatePad Pro", "WikiLeaks Files", "SpaceX CEO"), not a person, unless a forename follows it in
 * the run ("DpolG Rainer Wendt"; forenames.ts) or a word in another script. Not as a run's last word, where a surname
 * or a pen name may be so written ("Cuistographe DoudouRh"). A short first part is a name's ("McConnell",
 * "MacArthur", "DeSantis", "LeBron", "JaVale", "AnnElizabeth"; so "YouTube" and "BioNTech" are left to the other rules).
 */
function brandRun(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (!/^\p{Lu}\p{Ll}{3,}\p{Lu}/u.test(tokens[k]!.text)) continue;
    for (let j = k + 1; j <= b; j++) if (isForename(tokens[j]!.lower) || !/^[\p{Script=Latin}\p{N}.&'’-]+$/u.test(tokens[j]!.text)) return false;
    return true;
  }
  return false;
}

/**
 * `gazetteerMatch`, except that a short word opening a sentence that the text also writes in lower case is that word,
 * not the acronym a list knows, unless written in capitals ("Un rapporto …", Italian "a", is no UN; "Us too").
 */
function knownAt(text: string, tokens: readonly Token[], a: number, e: number, lowerSeen: ReadonlySet<string>): ReturnType<typeof gazetteerMatch> {
  const gm = gazetteerMatch(text, tokens, a, e);
  const t = tokens[a]!;
  return gm !== undefined && gm.len === 1 && t.initial && t.lower.length <= 3 && t.text !== t.text.toUpperCase() && lowerSeen.has(t.lower) ? undefined : gm;
}

/**
 * A Roman numeral of two letters or more made of I, V and X (II to XXXIX; "DC", "MI" or "CD" are names): alone
 * ("in der II. Liga", "phase II", "w II turze") it counts and names no one.
 * @example isRomanNumeral('III') // true
 */
export function isRomanNumeral(word: string): boolean {
  return /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})\.?$/u.test(word);
}

/**
 * Candidate names in reading order. Sentence-initial words are dropped unless
 * a gazetteer knows them or the same word appears capitalised mid-sentence.
 */
export function findCandidates(text: string, tokens: readonly Token[], maxNameWords = Infinity): Candidate[] {
  const midCaps = new Set<string>();
  // Words also written in lower case are common words ("Should Putin…"), not first names.
  const lowerSeen = new Set<string>();
  for (const t of tokens) {
    if (t.cap && !t.initial) midCaps.add(t.text);
    else if (!t.cap) lowerSeen.add(t.lower);
  }
  const out: Candidate[] = [];
  const typed = new Map<number, Candidate>();
  const emit = (c: Candidate): void => {
    out.push(c);
    for (let k = c.first; k <= c.last; k++) typed.set(k, c);
  };
  for (const [s, e] of sequences(text, tokens)) {
    let a = s;
    const t0 = tokens[a];
    if (t0.initial && knownAt(text, tokens, a, e, lowerSeen) === undefined && !TITLES.has(t0.lower)
      && (SENTENCE_WORDS.has(t0.lower) || lowerSeen.has(t0.lower) || (a === e && !midCaps.has(t0.text)))) a++;
    if (a > e) continue;
    let roleStart = a;
    while (a <= e) {
      const gm = knownAt(text, tokens, a, e, lowerSeen);
      if (gm !== undefined) {
        const after = a + gm.len;
        if (after <= e && TITLES.has(tokens[after].lower)) {
          emit({ first: a, last: after - 1, start: tokens[a].start, end: tokens[after - 1].end, text: text.slice(tokens[a].start, tokens[after - 1].end), type: gm.type });
          a = after;
          continue;
        }
        break;
      }
      const t = tokens[a];
      // Words that are titles before a name open an institution's ("Justice Department", "National Guard", "General
      // Assembly"): kept, or every ministry would be "Ministry".
      if (TITLES.has(t.lower) && institutionRun(tokens, a, e)) break;
      if ((TITLES.has(t.lower) || NATIONALITIES.has(t.lower) || t.lower === 'of') && a < e) { a++; continue; }
      break;
    }
    if (a > e) continue;
    // "Atlantic City Mayor Don Guardian", "Senate Majority Leader Mitch McConnell": a role head inside the run ends the role.
    for (let j = e - 2; j >= a; j--) {
      if (ROLE_HEADS.has(tokens[j].lower) && !tokens[j].poss) { a = j + 1; break; }
    }
    // "… from Milan Cathedral Andrea Bocelli is hoping" (a headline run into the lead): a place's or an institution's
    // head word that no one's surname is, then a given name and a surname, ends a place or an institution and opens
    // the person.
    // An organisation's acronym the gazetteer knows, then a given name, opens no one's name ("CNN Anderson Cooper").
    if (a < e && /^\p{Lu}{2,6}$/u.test(tokens[a].text) && gazetteerType(tokens[a].lower) === 'organization' && isGivenName(tokens[a + 1]!.lower)) {
      emit({ first: a, last: a, start: tokens[a].start, end: tokens[a].end, text: tokens[a].text, type: 'organization' });
      // What was emitted is no role of the person.
      roleStart = ++a;
    }
    // So does a name the gazetteer knows ("Ambassador to the United Nations Nikki Haley").
    // A head word alone ends one too ("Speaker of the House Nancy Pelosi").
    for (let j = (ORG_WORDS.has(tokens[a].lower) || PLACE_WORDS.has(tokens[a].lower)) ? a : a + 1; j <= e - 2; j++) {
      const head = tokens[j].lower;
      const known = j > a && j - a <= 3 ? gazetteerType(tokens.slice(a, j + 1).map((t) => t.lower).join(' ')) : undefined;
      const kind = known ?? (MORE_PLACE_HEADS.has(head) || PLACE_WORDS.has(head) ? 'place' : MORE_ORG_HEADS.has(head) || ORG_WORDS.has(head) ? 'organization' : undefined);
      if (kind === undefined || tokens[j].poss || !isGivenName(tokens[j + 1]!.lower) || isGivenName(head)) continue;
      // Not before another head ("Border River Evros"): a place's name may go on.
      if (j === a && (PLACE_WORDS.has(tokens[j + 1]!.lower) || ORG_WORDS.has(tokens[j + 1]!.lower))) continue;
      emit({ first: a, last: j, start: tokens[a].start, end: tokens[j].end, text: text.slice(tokens[a].start, tokens[j].end), type: kind });
      // The place or institution is no role of the person ("United Nations" was Nikki Haley's role).
      roleStart = a = j + 1;
      break;
    }
    let role: string | undefined;
    if (a > roleStart) {
      const prefix = text.slice(tokens[roleStart].start, tokens[a - 1].end);
      const before = roleBefore(text, tokens, roleStart, typed);
      role = before !== undefined ? text.slice(tokens[before.first].start, tokens[a - 1].end) : prefix;
      // Honorifics are not roles ("Mr Putin").
      if (ABBREV_TITLES.has(role.toLowerCase().replace(/\.$/, ''))) role = undefined;
    } else {
      role = roleBefore(text, tokens, a, typed)?.text;
    }
    // A title written before a single word makes it a person ("Gov. Kasich replied"), a nationality does not ("American Airlines").
    const type = nameType(text, tokens, a, e, role !== undefined || (a > roleStart && TITLES.has(tokens[a - 1].lower)), maxNameWords);
    const start = tokens[a].start;
    const end = tokens[e].end;
    const c: Candidate = { first: a, last: e, start, end, text: text.slice(start, end), type, ...(role !== undefined && type === 'person' ? { role } : {}) };
    emit(c);
  }
  return typeBySurname(out);
}

/**
 * A lone word the rules could not type is a person when the article itself
 * shows it is one elsewhere: as the last word of a full name ("Dmitry Peskov"
 * … "Peskov"), after a title ("President Putin") or before a speech verb. No
 * list of known people: the article's own mentions decide.
 */
function typeBySurname(cands: Candidate[]): Candidate[] {
  const people = new Set<string>();
  for (const c of cands) if (c.type === 'person') people.add(c.text.split(/\s+/).pop()!.toLowerCase());
  return cands.map((c) => c.type === undefined && c.first === c.last && people.has(c.text.toLowerCase()) ? { ...c, type: 'person' } : c);
}
