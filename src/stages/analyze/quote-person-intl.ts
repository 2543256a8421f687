/**
 * Speech told from titles and terms by its grammatical person: quoted words
 * that speak in the first person ("Vorrei ringraziare il nostro staff", "Je
 * ne me lasse pas", "Dałem złoty przykład", "besliyoruz") are somebody's
 * remark, whatever mark pairing or attribution was lost around them. A
 * title, a name or a scare-quoted term describes; it seldom says "I" or "we".
 * This is a structural cue that holds for every language at once, unlike a
 * list of verbs or nouns written from the misses of one set.
 */

/** Whole-word pronouns and possessives of the first person, singular and plural. */
const PRONOUNS: Readonly<Record<string, RegExp>> = {
  de: /(?<![\p{L}])(?:ich|mich|mir|mein|meine|meinen|meinem|meiner|meines|wir|uns|unser|unsere|unseren|unserem|unserer|unseres)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:je|j['’]|moi|mon|ma|mes|nous|notre|nos)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:yo|me|mi|mis|conmigo|nos|nosotros|nosotras|nuestro|nuestra|nuestros|nuestras)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:io|mi|mio|mia|miei|mie|noi|nostro|nostra|nostri|nostre)(?![\p{L}])/iu,
  // Polish drops the pronoun: the past tense carries the person ("dałem", "głosowaliśmy", "jesteśmy").
  pl: /(?<![\p{L}])(?:ja|mnie|mną|mój|moja|moje|mojego|mojej|moją|moim|moich|my|nas|nam|nami|nasz|nasza|nasze|naszego|naszej|naszą|naszym|naszych|\p{L}+(?:łem|łam|liśmy|łyśmy)|jesteśmy|jestem)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:я|меня|мне|мной|мой|моя|моё|мое|мои|моего|моей|моих|мы|нас|нам|нами|наш|наша|наше|наши|нашего|нашей|наших)(?![\p{L}])/iu,
  // Turkish carries the person in the verb's suffix ("besliyoruz", "söyleyeceğiz", "istiyorum").
  tr: /(?<![\p{L}])(?:ben|beni|bana|benim|biz|bizi|bize|bizim|\p{L}+(?:yorum|yoruz|(?:eceğ|acağ)(?:im|iz|ım|ız)))(?![\p{L}])/iu,
  ar: /(?<![\p{L}])(?:أنا|نحن|إننا|إنني|إني|لدينا|لنا|علينا)(?![\p{L}])/u,
  zh: /我/u,
};

/** Whether `inner` (quoted words) speaks in the first person in language `lang`. */
export function inFirstPerson(inner: string, lang: string): boolean {
  return PRONOUNS[lang]?.test(inner) ?? false;
}
