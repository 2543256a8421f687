/**
 * Russian words read back into Latin letters, for names Russian writes as it
 * hears them: a foreign forename ("Джессика" → Jessica) or a city
 * ("Миннеаполиса" → Minneapolis). Russian declines such names, so a word's
 * possible nominatives come first ("Детройта" → "детройт"), then each one's
 * Latin readings: the plain letter-for-letter one and the usual variants of
 * a foreign spelling. Many readings are no word at all; the caller asks a
 * list which one is.
 */

/** Russian letters to Latin, as foreign names are written back ("дж" → j, "х" → h, "кс" → x; "э" and "е" → e). */
const RU_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Russian case endings of a name, longest first: "Алексеем", "Анной", "Марии", "Игоря", "Детройта", "Москве". */
const RU_ENDINGS = ['ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и'];

/**
 * The nominatives a lower-case Russian word may be a case form of, the word itself not included: its stem after
 * one case ending, alone and with -а, -я, -й, -ь ("игоря" → "игор", "игора", "игоря", "игорй", "игорь").
 * @example russianNominatives('детройта').includes('детройт') // true
 */
export function russianNominatives(lower: string): string[] {
  const out: string[] = [];
  for (const end of RU_ENDINGS) {
    if (!lower.endsWith(end) || lower.length - end.length < 3) continue;
    const stem = lower.slice(0, -end.length);
    out.push(stem, `${stem}а`, `${stem}я`, `${stem}й`, `${stem}ь`);
  }
  return out;
}

/**
 * The Latin readings of a lower-case Cyrillic word: the plain one and the variants of a foreign spelling (j or g for
 * "дж", h for an opening "г", i for "й" after a vowel, x for "кс", c for "к", i for a closing "й", one letter for a
 * double, ju for "ю").
 * @example latinReadings('джессика').includes('jessica') // true
 */
export function latinReadings(lower: string): string[] {
  let plain = '';
  for (const ch of lower) plain += RU_LATIN[ch] ?? ch;
  const readings = new Set([plain]);
  const vary = (from: RegExp, to: string): void => {
    for (const r of [...readings]) readings.add(r.replace(from, to));
  };
  vary(/dzh/g, 'j');
  vary(/dzh/g, 'g');
  vary(/^g/u, 'h');
  vary(/([aeiou])y/g, '$1i');
  vary(/ks/g, 'x');
  vary(/k/g, 'c');
  vary(/y$/u, 'i');
  vary(/(.)\1/g, '$1');
  vary(/yu/g, 'ju');
  return [...readings];
}
