/**
 * Quotations whose opening mark was lost (a closing mark with no opener): where
 * their words start (after a splice, at their sentence's start, or back over
 * the sentences in the first or second person before it); and the Mark every
 * quotation is returned as. Used by findMarks.
 */

/** One quotation: mark positions and the quoted words between them. */
export interface Mark {
  /** Index of the opening mark (or of the first quoted word when it was lost). */
  readonly openStart: number;
  /** Quoted words, trimmed. */
  readonly start: number;
  readonly end: number;
  /** Index just past the closing mark (or the quoted words when unclosed). */
  readonly closeEnd: number;
  /** False when the closing mark is missing (the quote ran to its sentence end). */
  readonly closed: boolean;
}

/**
 * The words between the last splice in `from`..`close` and the closing mark at `close`: a run of spaces before a word
 * in lower case (or in a script without case), which no sentence or headline starts with ("… ediliyor.  Rüzgarın" and
 * a headline run into its first line, "…reform  Die Steiermark", are set apart, not spliced); then at least four words
 * with no quotation mark or page separator in them, the first a letter or digit, and no letter after the closing mark.
 */
export function afterSplice(text: string, from: number, close: number): Mark | undefined {
  if (/[\p{L}\p{N}]/u.test(text[close + 1] ?? ' ')) return undefined;
  const back = text.slice(from, close);
  const splice = [...back.matchAll(/[^\S\n]{2,}/gu)].filter((m) => /^[\p{Ll}\p{Lo}]/u.test(back.slice(m.index + m[0].length))).pop();
  if (splice === undefined) return undefined;
  const start = from + splice.index + splice[0].length;
  const words = text.slice(start, close);
  if (/["“”„«»‹›「」『』|]/u.test(words) || !/^[\p{L}\p{N}]/u.test(words) || words.trim().split(/\s+/u).length < 4) return undefined;
  return trimmed(text, start, start, close, close + 1, true);
}

/**
 * Words of the first and second person (pronouns and possessives), which narration in the third person does not use:
 * they mark a sentence as the speaker's own words. Only unambiguous forms ("ma" is "but" in Italian and "has" in
 * Polish, "mes" a month in Spanish, "ja" yes in German, "je" them in Polish: each is listed only where it is a pronoun).
 */
const FIRST_PERSON: Readonly<Record<string, RegExp>> = {
  de: /(?<![\p{L}])(?:ich|mich|mir|wir|uns|mein(?:e|er|es|em|en)?|unser(?:e|er|es|em|en)?|du|dich|dir|dein(?:e|er|es|em|en)?)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:je|j['’]|moi|me|m['’]|nous|mon|ma|mes|notre|nos|tu|te|toi|ton|ta|tes)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:yo|me|mí|mi|mis|conmigo|nos|nosotros|nosotras|nuestr[oa]s?|tú|te|ti|tu|tus)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:io|me|mi|noi|nostr[oaie]|mio|mia|miei|mie|tu|te|ti|tuo|tua|tuoi|tue)(?![\p{L}])/iu,
  pl: /(?<![\p{L}])(?:ja|mnie|mi|mną|my|nas|nam|nami|mój|moja|moje|moją|mojego|mojej|moim|moich|nasz\p{L}*|ty|ciebie|cię|tobie|twój|twoja|twoje)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:я|меня|мне|мной|мы|нас|нам|нами|мой|моя|моё|мое|мои|моего|моей|моим|наш\p{L}*|ты|тебя|тебе|твой|твоя|твоё|твои)(?![\p{L}])/iu,
  tr: /(?<![\p{L}])(?:ben|beni|bana|benim|bende|benden|biz|bizi|bize|bizim|bizde|bizden|sen|seni|sana|senin)(?![\p{L}])/iu,
};

/**
 * Where a quotation whose opening mark was lost starts, given the start `from` of its last sentence: back over the
 * whole sentences before it (not past `floor`, the previous quotation's end or a bounded look-back) while each is in
 * the first or second person ("… mesajmeden sen bir insansın. Acı birdir ve ben orada … gördüm. Bu sebeple çok
 * mutluyum" diye konuştu": the remark's own sentences; the narration before it speaks of the speaker in the third).
 * A language with no list keeps `from`.
 */
export function personalStart(text: string, from: number, floor: number, ls: number, lang: string | undefined): number {
  const person = lang === undefined ? undefined : FIRST_PERSON[lang];
  if (person === undefined) return from;
  for (;;) {
    const prev = sentenceStartIn(text, from - 2, ls);
    if (prev < floor || prev >= from || (prev <= ls && floor > ls) || !person.test(text.slice(prev, from))) return from;
    from = prev;
  }
}

export function sentenceStartIn(text: string, pos: number, ls: number): number {
  // Bounded look-back: a quote with a lost opening mark is taken to be at most a few sentences long.
  const floor = Math.max(ls, pos - 600);
  for (let j = pos - 1; j > floor; j--) {
    if (/[.!?…。！？؟]/u.test(text[j]) && /\s/.test(text[j + 1] ?? '') && /[\p{Lu}\p{Lo}\d"“„«]/u.test(text[j + 2] ?? '')) return j + 2;
    // An ellipsis marks where a cited excerpt begins, whatever its case ("… nous ne lâcherons rien », a déclaré").
    if ((text[j] === '…' || text.startsWith('...', j - 2)) && /\s/.test(text[j + 1] ?? '') && /\p{L}/u.test(text[j + 2] ?? '')) return j + 2;
  }
  return floor;
}

export function trimmed(text: string, openStart: number, from: number, to: number, closeEnd: number, closed: boolean): Mark | undefined {
  let s = from;
  let e = to;
  while (s < e && /[\s"“”„«»‹›「」『』‚‘’]/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e <= s) return undefined;
  return { openStart, start: s, end: e, closeEnd, closed };
}
