/**
 * Named entities of one article: people, organisations and places, each
 * mention carrying the canonical name it refers to within the article
 * ("Peskov" → "Dmitry Peskov", "Kiev" → "Kyiv").
 */
import type { EntityMention, Sentence } from '../../core/types.js';
import type { Token } from './tokens.js';
import { tokenize } from './tokens.js';
import { findCandidates, gazetteerType, isRomanNumeral, MAX_ENGLISH_NAME_WORDS } from './entity-candidates.js';
import type { Candidate } from './entity-candidates.js';
import { isCountryOrState, NAME_ALIASES, NATIONALITIES, PLACES, ROLE_HEADS } from './gazetteer.js';
import { withHyphenParts } from './hyphen-names.js';
import { sameEntity } from './names.js';
import { germanRole, laterNonName, leadingNonName, notAPersonIn, opensWithRole } from './entity-words-intl.js';
import { nameEvidenceOf, nameStart, notANameByUsage, type NameEvidence } from './person-evidence-intl.js';
import { forenameStart, roleOrAcronym, roleRunStart, runWithoutName, saintNamed } from './person-signs.js';
import { isEnglishWord, isGivenName } from '../text-model/english-words.js';
import { institutionOrPlace } from './entity-heads-intl.js';
import { localPlaceName } from './city-places.js';
import { isCityName } from './city-names.js';
import { isCommonWord } from '../text-model/common-words.js';
import type { Language } from '../text-model/languages.js';

/** Datelines shout ("WASHINGTON/MOSCOW —"); gazetteer places are named in title case. */
function properCase(text: string): string {
  if (text.length < 5 || text !== text.toUpperCase() || !PLACES.has(text.toLowerCase())) return text;
  return text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, sp: string, ch: string) => sp + ch.toUpperCase());
}

type Same = (a: string, b: string) => boolean;

/** sameEntity memoised for one article: the same few names are compared over and over. */
function memoSame(): Same {
  const seen = new Map<string, boolean>();
  return (a, b) => {
    const k = `${a}\u0000${b}`;
    let v = seen.get(k);
    if (v === undefined) { v = sameEntity(a, b); seen.set(k, v); }
    return v;
  };
}

function canonicalFullNames(cands: readonly Candidate[], same: Same): Map<Candidate, string> {
  const out = new Map<Candidate, string>();
  const seen: string[] = [];
  for (const c of cands) {
    if (c.type !== 'person' || c.last === c.first) continue;
    const earlier = seen.find((f) => same(f, c.text));
    out.set(c, earlier ?? c.text);
    if (earlier === undefined) seen.push(c.text);
  }
  return out;
}

/**
 * "Hillary" → "Hillary Clinton": a lone word that is the first name of exactly
 * one full name in the article stands for that person.
 */
function byFirstName(fullNames: readonly string[], word: string): string | undefined {
  if (/\s/.test(word) || word.length < 3) return undefined;
  const lower = word.toLowerCase();
  const hits = fullNames.filter((f) => f.split(/\s+/)[0].toLowerCase() === lower);
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * Entities from an existing token stream (shared with quote attribution). In
 * another language than English (`language`), runs that hold a word no name
 * has there are no people (entity-words-intl.ts).
 */
export function entitiesFromTokens(text: string, tokens: readonly Token[], language?: Language): EntityMention[] {
  const found = findCandidates(text, tokens, language === undefined ? MAX_ENGLISH_NAME_WORDS : Infinity);
  const judged = language === undefined ? withoutEnglishNonNames(found, tokens, text) : withoutNonNames(found, tokens, text, language);
  // "Kim Jong" + "-un", "Claude Juncker" after "Jean-": a person's run takes the parts a hyphen glues to it.
  const joined = judged.map((c) => (c.type === 'person' ? withHyphenParts(c, text, placeOrPeople, language !== 'de') : c));
  // The part a run took ("Cortez" of "Ocasio-Cortez") is no mention of its own. Runs do not overlap before, so only
  // a grown run can hold another (a page of thousands of names is not compared pair by pair). A run whose last word a
  // grown run took ("FPÖ-Chef Heinz" of "Heinz-Christian Strache") is left with no name: it goes too.
  const grown: number[] = [];
  for (let k = 0; k < joined.length; k++) if (joined[k] !== judged[k]) grown.push(k);
  const cands = grown.length === 0 ? joined : joined.filter((c, i) => !grown.some((k) => {
    const g = joined[k]!;
    if (k === i) return false;
    if (g.start <= c.start && c.end <= g.end) return g.end - g.start > c.end - c.start || k < i;
    return c.start < g.start && g.start < c.end && c.end <= g.end;
  }));
  const same = memoSame();
  const full = canonicalFullNames(cands, same);
  const fullNames = [...new Set(full.values())];
  const out: EntityMention[] = [];
  for (const c of cands) {
    const lower = c.text.toLowerCase();
    // An English office with no name in it ("Prime Minister" read as "Minister", "Transport Minister", "Special
    // Adviser", "MP") is a role, not a person or an organisation; the quote rules read it as a description.
    if (language === undefined && roleOnly(lower)) continue;
    let name: string | undefined;
    let type = c.type;
    if (type === 'place' || type === 'organization') {
      const country = type === 'place' && language !== undefined ? localPlaceName(c.text, language) : undefined;
      name = country ?? NAME_ALIASES.get(lower) ?? NAME_ALIASES.get(lower.replace(/\./g, '')) ?? properCase(c.text);
    } else if (full.has(c)) {
      name = full.get(c);
    } else {
      name = fullNames.find((f) => same(f, c.text)) ?? byFirstName(fullNames, c.text) ?? (type === 'person' ? c.text : undefined);
      if (name !== undefined) type = 'person';
    }
    if (name === undefined || type === undefined || isRomanNumeral(c.text)) continue;
    // "in the U.S. At 5-feet-7": a run across a sentence end (an abbreviation's dot, then a capitalised function word)
    // is no one's name.
    if (type === 'person' && /\.\s+(?:At|In|On|The|A|An|As|But|And|For|With|By|To|If|When|After|Before|This|That|It|He|She|We|They|I)$/.test(c.text)) continue;
    // A nationality alone ("Chinese American competitive food eaters") is a people, no one person.
    if (type === 'person' && c.first === c.last && NATIONALITIES.has(lower)) continue;
    // Words of one to three capitals only are no one's name: an acronym is an institution's or a thing's ("GB RAM",
    // "PMT", "TV"), a lone capital an initial.
    if (type === 'person' && /^\p{Lu}{1,3}\.?(?:\s+\p{Lu}{1,3}\.?)*$/u.test(c.text)) {
      if (c.text.replace(/\W/g, '').length === 1) continue;
      type = 'organization';
    }
    // One word in capitals: a dateline's city or country ("CLEVELAND", "ANTALYA") is a place; a common word of the
    // text's language or of English ("RELATED", "NATIONAL", "NETIQUETTE") is page furniture, nobody.
    if (c.first === c.last && /^\p{Lu}{4,}$/u.test(c.text)) {
      const proper = c.text.charAt(0) + c.text.slice(1).toLocaleLowerCase(language ?? 'en');
      const country = language !== undefined ? localPlaceName(proper, language) : undefined;
      if (country !== undefined || isCityName(proper) || PLACES.has(lower) || isCountryOrState(lower)) {
        type = 'place';
        name = country ?? NAME_ALIASES.get(lower) ?? proper;
      } else if (c.text.length >= 5 && gazetteerType(lower) === undefined && (language === undefined ? isEnglishWord(lower) : isCommonWord(proper.toLocaleLowerCase(language), language))) continue;
    }
    out.push({ start: c.start, end: c.end, text: c.text, type, name, ...(c.role !== undefined ? { role: c.role } : {}) });
  }
  if (language !== undefined) countriesOutsideRuns(tokens, out, language);
  return out.sort((x, y) => x.start - y.start);
}

/** A place's, an institution's or a people's word: what a hyphen joins to a name as a second thing ("Trump-Russia"). */
function placeOrPeople(word: string): boolean {
  const lower = word.toLowerCase();
  return gazetteerType(lower) !== undefined || NATIONALITIES.has(lower);
}

/** A French or Italian article elided onto the next word ("l'Ukraine", "dell'Italia"). */
const ELIDED = /^(?:[ldjmnst]|qu|dell|all|nell|dall|sull|coll)['’](?=\p{Lu})/iu;

/**
 * Countries the candidate rules do not see, added to `out` as places: a sentence's first word standing alone
 * ("Rusia ha concentrado …"), where a capital proves nothing, and a name behind an elided article ("l'Ukraine").
 */
function countriesOutsideRuns(tokens: readonly Token[], out: EntityMention[], language: Language): void {
  const covered = (start: number, end: number): boolean => out.some((m) => m.start < end && start < m.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const elided = ELIDED.exec(t.text)?.[0].length ?? 0;
    // A first word alone: one followed by another capitalised word opens a run the rules judged (or dropped) whole.
    const alone = t.cap && t.initial && !(tokens[i + 1]?.cap && tokens[i + 1]!.start - t.end <= 1);
    if (!alone && elided === 0) continue;
    const word = t.text.slice(elided);
    const start = t.start + elided;
    const name = localPlaceName(word, language);
    if (name !== undefined && !covered(start, t.end)) out.push({ start, end: t.end, text: word, type: 'place', name });
  }
}

/**
 * English person runs of two words or more that show no sign of a person (`runWithoutName`: no role, no forename, no
 * initials, no surname the text gives a forename or writes alone) are organisations ("World Economic Forum", "Getty
 * Images", "Zero Hedge"), or places when a large city's name ("Hong Kong"): English news quotes institutions and
 * websites, so the run stays a possible source of a quotation. A role the rules split off ("Secretary of State Antony
 * Blinken") is a sign. Lone words that only echoed such a run follow it (`withoutLoneEcho`).
 */
function withoutEnglishNonNames(cands: readonly Candidate[], tokens: readonly Token[], text: string): Candidate[] {
  let evidence: NameEvidence | undefined;
  const companies = companyNames(text);
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.type === 'person' && c.last === c.first && companies.has(tokens[c.first]!.text)) { out.push({ ...c, type: 'organization' }); continue; }
    if (c.type === 'person' && c.last === c.first && !titled(c, tokens) && loneCommonWord(tokens[c.first]!.text, (evidence ??= nameEvidenceOf(text, 'en')))) { out.push({ ...c, type: 'organization' }); continue; }
    // A title or form of address before the run is a sign of a person too ("Mr Kola Ologbondiyan", "Dr. Ngozi Okonjo").
    if (c.type !== 'person' || c.last === c.first || c.role !== undefined || addressed(c, tokens)) { out.push(c); continue; }
    // A compass or regional word before a place the gazetteer knows is that region ("Northeast Asia", "Eastern Europe").
    if (c.last === c.first + 1 && REGION_WORDS.has(tokens[c.first]!.lower) && gazetteerType(tokens[c.last]!.lower) === 'place') { out.push({ ...c, type: 'place' }); continue; }
    const words: string[] = [];
    for (let i = c.first; i <= c.last; i++) if (/\p{L}/u.test(tokens[i]!.text)) words.push(tokens[i]!.text);
    // A large city's whole name is a place whatever its words' other uses ("Hong Kong", "Rio Grande"; not when a given
    // name opens it: "Florence Pugh" is no city), as in the other languages (person-evidence-intl.ts).
    const cityName = isCityName(words.join(' '));
    if (!(cityName && !isGivenName(words[0]!.toLowerCase())) && !cityTeam(words) && !saintNamed(words) && !runWithoutName(words, (evidence ??= nameEvidenceOf(text, 'en')), false)) out.push(c);
    // Still a name of something: a quotation's source may be one ("… , Zero Hedge reported").
    else out.push({ ...c, type: cityName ? 'place' : 'organization' });
  }
  // A large city's name alone, still a person, is the city (or its government: "Pyongyang said", "Seoul said"), unless
  // it is a given name too ("Florence") or a title or role stands before it.
  return withoutLoneEcho(out, cands, tokens).map((c) => c.type === 'person' && c.last === c.first && c.role === undefined && !titled(c, tokens)
    && isCityName(tokens[c.first]!.text) && !isGivenName(tokens[c.first]!.lower) ? { ...c, type: 'place' } : c);
}

/** Words that make a region of the place they precede. */
const REGION_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'central', 'upper', 'lower', 'greater']);

/** A company's noun right before a lone name ("credit report company Equifax", "the carmaker Tesla"). */
const COMPANY_BEFORE = /\b(?:company|firm|giant|maker|carmaker|automaker|retailer|airline|carrier|lender|insurer|bureau|conglomerate|startup|start-up|manufacturer|broadcaster|publisher|chain|supplier|provider|operator)\s+(\p{Lu}[\p{L}\d&-]+)(?![\p{L}\d&-]|\s+\p{Lu}|['’]s\s+(?:husband|wife|son|daughter))/gu;
/** A company's officer or stock owned by a lone name ("Equifax's former CEO", "Tesla's shares"): no person has them. */
const COMPANY_OWNS = /(?<![\p{L}\d&-]|\p{Lu}[\p{L}\d&-]*\s)(\p{Lu}[\p{L}\d&-]+)['’]s\s+(?:(?:former|new|interim|acting|then|current|outgoing|incoming)\s+)?(?:CEO|CFO|COO|chief executive|chief financial officer|chief operating officer|board of directors|shareholders|shares|stock price|share price)\b/gu;

/** Lone names the text shows to be companies, as written. */
function companyNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(COMPANY_BEFORE)) out.add(m[1]!);
  for (const m of text.matchAll(COMPANY_OWNS)) out.add(m[1]!);
  return out;
}

/**
 * A large city's name and a plural common noun: a team or an event ("Detroit Lions", "Green Bay Packers", "Atlanta
 * Falcons", "Paris Masters"), whatever given name the city's name is too.
 */
function cityTeam(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const last = words[words.length - 1]!.toLowerCase();
  return /[^s]s$/u.test(last) && isEnglishWord(last) && isCityName(words.slice(0, -1).join(' '));
}

/**
 * A title or a role noun before a lone word, split off or not ("President Trump", "Ms Chao", "the company's chief
 * executive Cook"): a person's. An adjective a role may open with is none ("National Assembly", "Chinese American").
 */
function titled(c: Candidate, tokens: readonly Token[]): boolean {
  const head = (w: string | undefined): boolean => w !== undefined && (ROLE_HEADS.has(w.toLowerCase().replace(/\.$/u, '')) || HONORIFIC.test(w));
  const before = tokens[c.first - 1];
  return head(c.role?.split(' ').pop()) || (before !== undefined && before.cap && head(before.text));
}

/** A form of address or an abbreviated title right before the run ("Mr Kola Ologbondiyan"; not a role noun: "Official - News Today"). */
function addressed(c: Candidate, tokens: readonly Token[]): boolean {
  const before = tokens[c.first - 1];
  return before !== undefined && before.cap && HONORIFIC.test(before.text);
}

/** Forms of address and abbreviated titles before a name ("Ms", "Dr.", "Sen.", "Sgt."); the role nouns are ROLE_HEADS. */
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sen|rep|gov|gen|col|lt|sgt|capt|cpl|pvt|maj|adm|rev|fr|sir|dame|lord|lady|princess|sheikh)\.?$/iu;

/**
 * A lone English word the rules made a person that is a common word, no given name, no role noun and no surname the
 * text writes after a given name or alone ("the Commission says", "the European People’s Party", "He").
 */
function loneCommonWord(word: string, ev: NameEvidence): boolean {
  const lower = word.toLowerCase();
  // A role noun alone stays a person ("the Pope said").
  return /^\p{L}+$/u.test(word) && isEnglishWord(lower) && !isGivenName(lower) && !opensWithRole(word, 'en') && !ev.surnames.has(lower) && !ev.writesAlone(word);
}

/**
 * A lone word the candidate rules made a person because a person run ended in it ("Sabres" after "Buffalo Sabres")
 * follows that run when the run was found no person: it is the same institution named short, unless a kept person
 * run ends in it too.
 */
function withoutLoneEcho(out: Candidate[], before: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  const retyped = new Map<string, Candidate['type']>();
  const kept = new Set<string>();
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (c.last === c.first) continue;
    const last = tokens[c.last]!.lower;
    if (c.type === 'person') kept.add(last);
    else if (before[i]!.type === 'person') retyped.set(last, c.type);
  }
  if (retyped.size === 0) return out;
  return out.map((c) => {
    if (c.type !== 'person' || c.last !== c.first || c.role !== undefined) return c;
    const type = retyped.get(tokens[c.first]!.lower);
    return type !== undefined && !kept.has(tokens[c.first]!.lower) ? { ...c, type } : c;
  });
}

/** Articles (and a Russian preposition) that open a sentence before a name: "Die MatePad Pro", "У Great Atlantic …". */
const LEADING_ARTICLE = /^(?:der|die|das|den|dem|des|ein|eine|le|la|les|el|los|las|il|lo|gli|the|у|в|на)$/iu;

/**
 * The candidates with the function words opening a person taken off, less
 * the people that cannot be names in `language` (entity-words-intl.ts).
 */
function withoutNonNames(cands: readonly Candidate[], tokens: readonly Token[], text: string, language: Language): Candidate[] {
  const out: Candidate[] = [];
  let evidence: NameEvidence | undefined;
  for (const c of cands) {
    // A country the text names in its language ("Ucrania", "Украины") is a place, named in English (country-places.ts).
    if (c.type !== 'organization' && c.first === c.last && localPlaceName(tokens[c.first]!.text, language) !== undefined) {
      out.push({ ...c, type: 'place' });
      continue;
    }
    // An article opening a sentence is no part of an institution's or a product's name of two words or more after it
    // ("Die MatePad Pro"); with one word after it, it may be ("Die Linke", "Le Monde", "Der Spiegel").
    if (c.type === 'organization' && c.last - c.first >= 2 && tokens[c.first]!.initial && LEADING_ARTICLE.test(tokens[c.first]!.text)) {
      const start = tokens[c.first + 1]!.start;
      out.push({ ...c, first: c.first + 1, start, text: text.slice(start, c.end) });
      continue;
    }
    if (c.type !== 'person') {
      // A lone word with no type becomes a person when it matches a name (entitiesFromTokens): not one the text uses as a common word or a place.
      if (c.type === undefined && c.first === c.last && notANameByUsage([tokens[c.first]!.text], (evidence ??= nameEvidenceOf(text, language)))) continue;
      out.push(c);
      continue;
    }
    let first = c.first;
    // The first word is tested against the function words, then period words and German abstract nouns further on.
    while (first <= c.last && (first === c.first ? leadingNonName(tokens[first]!.text, language, tokens[first]!.initial) : laterNonName(tokens[first]!.text, language))) first++;
    if (first > c.last) continue;
    // "Weltkriegsveteran Tom Moore": the German role noun is the person's role, not a word of the name.
    let role = c.role;
    if (language === 'de' && germanRole(tokens[first]!.text, c.last - first)) role = tokens[first++]!.text;
    // The text's own usage: a name after a common word or an article's noun, none after an article (person-evidence-intl.ts).
    evidence ??= nameEvidenceOf(text, language);
    const from = nameStart(tokens, first, c.last, text, evidence, c.role !== undefined);
    if (from === undefined) continue;
    first = from;
    const words: string[] = [];
    for (let i = first; i <= c.last; i++) if (/\p{L}/u.test(tokens[i]!.text)) words.push(tokens[i]!.text);
    // What is left after a function word may be a place or an institution the gazetteer knows ("В Кремле" → Кремле).
    const known = first !== c.first ? gazetteerType(words.join(' ').toLowerCase()) : undefined;
    if (known !== undefined) {
      const start = tokens[first]!.start;
      out.push({ ...c, first, start, text: text.slice(start, c.end), type: known });
      continue;
    }
    if (notAPersonIn(words, language, first !== c.first)) continue;
    if (institutionOrPlace(words, language) || notANameByUsage(words, evidence) || saintNamed(words)) continue;
    if (runWithoutName(words, evidence, role !== undefined)) continue;
    // A role and its country or institution run into the name are the person's role ("Президент России Владимир Путин").
    const afterRole = roleRunStart(tokens, first, c.last, language, role !== undefined);
    if (afterRole !== undefined) {
      const prefix = text.slice(tokens[first]!.start, tokens[afterRole - 1]!.end);
      // A country alone is no role ("Rosji Maria Zacharowa"), but completes one read before the run.
      if (role !== undefined) role = `${role} ${prefix}`;
      else if (tokens.slice(first, afterRole).some((t) => roleOrAcronym(t.text, language))) role = prefix;
      first = afterRole;
    }
    // A kept run's name opens at its first forename after words that are no role ("Dymisja Andrzeja Dudy").
    else first = forenameStart(tokens, first, c.last, evidence, role !== undefined);
    if (first === c.first) out.push(c);
    else {
      const start = tokens[first]!.start;
      out.push({ ...c, first, start, text: text.slice(start, c.end), ...(role !== undefined ? { role } : {}) });
    }
  }
  return language === 'de' ? withoutLoneNouns(out, tokens) : out;
}

/**
 * German capitalises every noun, so a lone word the candidate rules call a person because a longer run ended in it
 * ("Der Mann" → "Mann", "Zahl", "Menschen") is a name only when a run the rules kept ends or opens with it too
 * ("Angela Merkel" → "Merkel", and a given name: "Angela"), or a role stands before it.
 */
function withoutLoneNouns(cands: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  const names = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'person' || c.last === c.first) continue;
    names.add(tokens[c.last]!.text);
    // A given name alone stands for its full name ("Donald" → "Donald Trump"; `byFirstName`): not any first word of a
    // run ("Sony Event", "Professor Richard Neher").
    if (isGivenName(tokens[c.first]!.lower)) names.add(tokens[c.first]!.text);
  }
  return cands.filter((c) => c.type !== 'person' || c.last > c.first || c.role !== undefined || names.has(tokens[c.first]!.text));
}

/**
 * People, organisations and places mentioned in `text`, in reading order.
 * @example extractEntities('Kremlin spokesman Dmitry Peskov spoke. Peskov said no.', sentences)
 * // [{ text: 'Kremlin', type: 'organization', … },
 * //  { text: 'Dmitry Peskov', name: 'Dmitry Peskov', role: 'Kremlin spokesman', … },
 * //  { text: 'Peskov', name: 'Dmitry Peskov', type: 'person', … }]
 */
export function extractEntities(text: string, sentences: readonly Sentence[]): EntityMention[] {
  return entitiesFromTokens(text, tokenize(text, sentences));
}

/** Role heads that are also names, a unique person's title or the last word of a work's or a firm's name: "Stephen King", "the Pope", "Wonder Woman", "Iron Man". */
const NAMED_HEADS: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'pope', 'man', 'woman', 'head']);

/** Whether an English run (lower case) ends in an office's head word, or is "MP", with no given name in it. */
function roleOnly(lower: string): boolean {
  const words = lower.split(/\s+/u);
  const last = words[words.length - 1]!;
  if (last !== 'mp' && (!ROLE_HEADS.has(last) || NAMED_HEADS.has(last))) return false;
  return !words.some((w) => isGivenName(w));
}
