/**
 * Names written in Arabic script. Arabic has no capitals, so the
 * capitalised-run rules find no one in it (an Arabic article's brief listed
 * no person, place or organisation). What the text shows instead:
 *
 * - places: the countries CLDR names in Arabic (`Intl.DisplayNames`, with the
 *   short forms the news writes: "السعودية", "أمريكا") and the cities and
 *   regions the news names most (`AR_PLACES`), given their English names;
 * - organisations: a list of the ones the news names most, and a ministry
 *   with what it is of ("وزارة الداخلية");
 * - people: a given name the lists know and the one or two name words after
 *   it ("محمد الصاوي", "دونالد ترامب", "عبد الله" joined), or the name words
 *   right after a role ("الرئيس الأمريكي دونالد ترامب": the adjectives skipped);
 *   a full name's last word alone later ("ترامب") is the same person.
 *
 * A word may carry the clitics "و", "ف", "ب", "ل", "ك" before it ("وروسيا",
 * "بالقاهرة", "للرئيس"): they are read off, and the mention starts after them.
 */
import type { EntityMention } from '../../core/types.js';
import { regionNames } from './cldr-regions.js';
import { AR_FORENAMES, AR_NAME_JOINERS, AR_ORG_HEADS, AR_ORG_HEADS_NAMED, AR_ORGS, AR_PEOPLE, AR_PLACE_NOUNS, AR_PLACE_OPENERS, AR_PLACES, AR_ROLES, AR_STOP } from './entity-names-ar.js';

interface Word {
  readonly start: number;
  readonly end: number;
  /** The word without its clitics, from `bare` on. */
  readonly text: string;
  readonly bare: number;
  /** Only spaces between this word and the one before. */
  readonly joined: boolean;
}

/** Alef forms and the final yeh written alike for lookups ("إسرائيل" = "اسرائيل"). */
function key(s: string): string {
  return s.replace(/[أإآ]/gu, 'ا').replace(/ى/gu, 'ي').replace(/[\u064B-\u0652\u0640]/gu, '');
}

/** The clitic prefix of a word: "و"/"ف", then "ب"/"ل"/"ك" ("وروسيا", "بالقاهرة"), when what is left is a known word. */
function cliticLength(w: string, known: (s: string) => boolean): number {
  for (const n of [2, 1]) {
    if (w.length - n < 2 || !(n === 2 ? /^[وف][بلك]$/u : /^[وفبلك]$/u).test(w.slice(0, n))) continue;
    if (known(w.slice(n))) return n;
  }
  return 0;
}

/** Arabic words with their offsets and clitics read off where what is left is a known word. */
function wordsOf(text: string, known: (s: string) => boolean): Word[] {
  const out: Word[] = [];
  let last = -1;
  for (const m of text.matchAll(/[\p{Script=Arabic}]+/gu)) {
    const w = m[0];
    const start = m.index;
    const joined = last >= 0 && /^[^\S\n]+$/u.test(text.slice(last, start));
    const c = known(w) ? 0 : cliticLength(w, known);
    out.push({ start, end: start + w.length, text: w.slice(c), bare: start + c, joined });
    last = start + w.length;
  }
  return out;
}

let places: Map<string, string> | undefined;
/** The organisation and people lists keyed for lookups, made on first use (not per article). */
let orgs: Map<string, string> | undefined;
let people: Map<string, string> | undefined;

function keyed(list: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...list].map(([k, v]) => [key(k), v]));
}

/** Arabic place names (keyed) → English: CLDR's regions and `AR_PLACES`, with the short forms the news writes. */
function arPlaces(): Map<string, string> {
  if (places !== undefined) return places;
  const out = new Map<string, string>();
  for (const [k, v] of AR_PLACES) out.set(key(k), v);
  for (const [name, english] of regionNames('ar')) if (!out.has(key(name))) out.set(key(name), english);
  for (const [k, v] of Object.entries({ السعودية: 'Saudi Arabia', الإمارات: 'United Arab Emirates', أمريكا: 'United States', امريكا: 'United States', بريطانيا: 'United Kingdom', فلسطين: 'Palestine', 'كوريا الشمالية': 'North Korea', 'كوريا الجنوبية': 'South Korea' })) {
    out.set(key(k), v);
  }
  places = out;
  return out;
}

/** The longest run of up to `max` joined words from `i` whose text `table` holds, as [words, value]. */
function longest(words: readonly Word[], i: number, max: number, table: ReadonlyMap<string, string>): [number, string] | undefined {
  for (let n = Math.min(max, words.length - i); n >= 1; n--) {
    let ok = true;
    for (let k = i + 1; k < i + n; k++) if (!words[k]!.joined) ok = false;
    if (!ok) continue;
    const phrase = [words[i]!.text, ...words.slice(i + 1, i + n).map((w) => w.text)].join(' ');
    const v = table.get(key(phrase));
    if (v !== undefined) return [n, v];
  }
  return undefined;
}

/** Whether a word may be part of a person's name after its given name or role. */
function nameWord(w: Word): boolean {
  // A family name may carry the article ("محمد الصاوي"); a preposition with it is no name ("بيسكوف للصحفيين").
  if (AR_STOP.has(w.text) || AR_ROLES.has(w.text) || w.text.length < 2 || /^(?:لل|[وفبك]ال|ولل)/u.test(w.text)) return false;
  if (AR_FORENAMES.has(w.text)) return true;
  // A word with a clitic read off continues no name ("بالنيابة", "والقائد"), nor does one opened by a clitic and a
  // hamza's alef ("لأبنائهم"; "بيسكوف", "وهبي" are names), a verb in the present ("يتحدث", "تعلن"), a word in the accusative ("مديرا",
  // "حفلا") or one with a pronoun after it ("عينه", "حديثها").
  return w.bare === w.start && !/^[وفلبك][أإ]\p{L}{2,}/u.test(w.text) && !/^[يت]\p{L}{3,}/u.test(w.text) && !/^\p{L}{3,}ا$/u.test(w.text) && !/^\p{L}{2,}(?:ها|هم|ه)$/u.test(w.text);
}

/**
 * Entities named in Arabic script in `text`, in text order, not overlapping.
 * @example arabicEntities('قال الرئيس الأمريكي دونالد ترامب في واشنطن').map((e) => e.text) // ['دونالد ترامب', 'واشنطن']
 */
export function arabicEntities(text: string): EntityMention[] {
  const placeTable = arPlaces();
  const orgTable = (orgs ??= keyed(AR_ORGS));
  const peopleTable = (people ??= keyed(AR_PEOPLE));
  const known = (s: string): boolean => placeTable.has(key(s)) || orgTable.has(key(s)) || peopleTable.has(key(s)) || AR_FORENAMES.has(s) || AR_ORG_HEADS.has(s) || s.startsWith('ال');
  const words = wordsOf(text, known);
  const out: EntityMention[] = [];
  // Words inside a mention found so far: a surname alone is looked for outside them (a flag per word, not a scan of the
  // mentions per word: a page of thousands of names).
  const inMention = new Uint8Array(words.length);
  const push = (i: number, n: number, type: EntityMention['type'], name?: string): void => {
    inMention.fill(1, i, i + n);
    const w = words[i]!;
    const end = words[i + n - 1]!.end;
    const shown = text.slice(w.bare, end);
    out.push({ start: w.bare, end, text: shown, type, name: name ?? shown });
  };
  const surnames = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const org = longest(words, i, 5, orgTable);
    if (org !== undefined) {
      push(i, org[0], 'organization', org[1]);
      i += org[0] - 1;
      continue;
    }
    const person = longest(words, i, 4, peopleTable);
    if (person !== undefined) {
      push(i, person[0], 'person', person[1]);
      const lastWord = words[i + person[0] - 1]!.text;
      if (person[0] > 1 && lastWord.length >= 3 && !surnames.has(lastWord)) surnames.set(lastWord, person[1]);
      i += person[0] - 1;
      continue;
    }
    // An institution's head and what names it: adjectives with the article ("الجيش الوطني الليبي", "وزارة الخارجية
    // الروسية"), a place ("بنك القاهرة"), or, after some heads, one word of its own ("مستشفى قها").
    if (AR_ORG_HEADS.has(w.text)) {
      let k = i;
      while (k + 1 < words.length && words[k + 1]!.joined && k - i < 3) {
        const next = words[k + 1]!;
        const named = next.bare === next.start && (next.text.startsWith('ال') ? !AR_STOP.has(next.text) : k === i && AR_ORG_HEADS_NAMED.has(w.text) && nameWord(next));
        if (!named) break;
        k++;
      }
      if (k > i) {
        push(i, k - i + 1, 'organization');
        i = k;
        continue;
      }
    }
    // A place's noun and the name after it ("محافظة إربد", "العاصمة الأفغانية كابول", "محافظ بني سويف": the governor's):
    // the name is a place, one word or two when the first opens place names ("بني سويف", "مرسى مطروح").
    if (AR_PLACE_NOUNS.has(w.text)) {
      let k = i + 1;
      while (k < words.length && words[k]!.joined && /^ال\p{L}+ي(?:ة)?$/u.test(words[k]!.text) && !placeTable.has(key(words[k]!.text))) k++;
      const first = words[k];
      if (first !== undefined && first.joined && first.bare === first.start && nameWord(first) && !first.text.startsWith('ال') && longest(words, k, 4, placeTable) === undefined && !AR_FORENAMES.has(first.text)) {
        const second = words[k + 1];
        const two = AR_PLACE_OPENERS.has(first.text) && second !== undefined && second.joined && second.bare === second.start && !AR_STOP.has(second.text);
        push(k, two ? 2 : 1, 'place');
        i = k + (two ? 1 : 0);
        continue;
      }
    }
    const place = longest(words, i, 4, placeTable);
    if (place !== undefined) {
      push(i, place[0], 'place', place[1]);
      i += place[0] - 1;
      continue;
    }
    // A given name and the name words after it ("دونالد ترامب" after "الرئيس الأمريكي"; "عبد الفتاح السيسي").
    const first = AR_FORENAMES.has(w.text) || w.text === 'عبد' ? i : -1;
    if (first < 0) continue;
    // The given name and up to two name words after it; a joiner and the word after it are one part ("عبد الله").
    let last = first;
    let parts = 1;
    while (last + 1 < words.length && words[last + 1]!.joined) {
      const next = words[last + 1]!;
      if (AR_NAME_JOINERS.has(words[last]!.text) || (AR_NAME_JOINERS.has(next.text) && words[last + 2]?.joined === true)) {
        last++;
        continue;
      }
      if (!nameWord(next) || parts >= 3 || placeTable.has(key(next.text)) || orgTable.has(key(next.text))) break;
      last++;
      parts++;
    }
    if (last === first && !AR_FORENAMES.has(words[first]!.text)) continue;
    if (last === first) continue;
    push(first, last - first + 1, 'person');
    const full = text.slice(words[first]!.bare, words[last]!.end);
    const surname = words[last]!.text;
    // A family name with the article stands alone too ("القحطاني"), when it is long enough to be no common word.
    if ((surname.startsWith('ال') ? surname.length >= 6 : surname.length >= 3) && !surnames.has(surname)) surnames.set(surname, full);
    i = last;
  }
  // A full name's last word alone is the same person ("ترامب" after "دونالد ترامب").
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const full = surnames.get(w.text);
    if (full !== undefined && inMention[k] === 0) out.push({ start: w.bare, end: w.end, text: text.slice(w.bare, w.end), type: 'person', name: full });
  }
  return out.sort((a, b) => a.start - b.start);
}
