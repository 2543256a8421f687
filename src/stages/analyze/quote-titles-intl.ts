/**
 * Words in quotation marks that are not speech, in the nine non-English
 * languages: terms after an article ("un "jeu de stratégie""), titles and
 * names in capitalised words ("Cheech & Chong"-style game or product names,
 * "Corriere della Sera" after a preposition), and sentence-case titles after
 * a work noun ("piosenka Kazika "Twój ból jest lepszy niż mój""), slogans and inscriptions.
 */

/** What the quote filter knows about one quotation. */
export interface MarkContext {
  readonly text: string;
  /** The quoted words and their word list / count (Han characters count half a word). */
  readonly inner: string;
  readonly wordList: readonly string[];
  readonly words: number;
  /** Up to 80 characters of the sentence before the opening mark. */
  readonly near: string;
  readonly sentStart: number;
  readonly openStart: number;
  /** A verb of saying follows the closing mark. */
  readonly attributedAfter: boolean;
  /** A verb of saying, a colon or "that" ties the quotation to speech. */
  readonly tied: boolean;
  /** A verb of saying stands before the opening mark in its clause. */
  readonly spoken?: boolean;
  readonly lang: string;
}

/** Whether the quotation is a title, name or term rather than speech. */
export function isTitleOrTerm(c: MarkContext): boolean {
  const { text, inner, wordList, words, near, sentStart, openStart, attributedAfter, tied } = c;
  // "un "jeu de stratégie"": a term after an article is not speech.
  if (!attributedAfter && words <= 3 && /(?<![\p{L}])(?:un|une|le|la|les|el|los|las|una|uno|il|lo|gli)\s*$/iu.test(near)) return true;
  // Titles in quotation marks: mostly capitalised words, no sentence inside, nothing saying them.
  // "&" joins a name ("Cheech & Chong") like a capitalised word.
  const caps = wordList.filter((w) => /^[\p{Lu}\p{N}&]/u.test(w)).length;
  // German capitalises its nouns, so a sentence can look like a title: any tie to speech keeps it there.
  const announced = attributedAfter || (c.lang === 'de' && tied) || /(?:[:：]|(?<![\p{L}])(?:dass|que|che|że|что|ki|أن|إن))\s*$/iu.test(near);
  if (!announced && words <= 8 && caps >= 0.6 * wordList.length && !/[.!?,]/.test(inner)) return true;
  // "LEAF Mobile Inc. : "Cheech & Chong Bud Farm" atteint …": a colon announces a name too; only a verb of saying before
  // it makes a run of capitalised words speech ("El presidente dijo: "Viva España""). German capitalises its nouns.
  if (!attributedAfter && !c.spoken && c.lang !== 'de' && words <= 5 && caps === wordList.length && !/[.!?,]/.test(inner)) return true;
  // "in un'intervista al "Corriere della Sera", ha detto", "dla "Gazety Wyborczej"": a capitalised name right after a preposition is a title, whatever follows.
  const joiners = wordList.filter((w) => /^(?:de|del|della|di|du|des|la|le|y|e|i|und|of|the)$/iu.test(w)).length;
  if (words <= 5 && caps > 0 && caps + joiners === wordList.length && !/[.!?,]/.test(inner)
    && /(?:(?<![\p{L}])(?:a|al|alla|au|aux|à|dla|con|z|w|we|en|in|nel|nella|de|di|del|della|du|des|von|im|am|zum|der)\s+|(?:all|dell|nell|d|l)['’])$/iu.test(text.slice(Math.max(0, openStart - 12), openStart))) return true;
  // Sentence-case titles after a work noun ("piosenka Kazika "Twój ból jest lepszy niż mój"", "książki: … "Człowiek w poszukiwaniu sensu"").
  if (!tied && words <= 10 && !/[.!?]/.test(inner) && WORK.test(text.slice(Math.max(sentStart, openStart - 120), openStart))) return true;
  // "l'opération « … »", "تنظيم "الدولة الإسلامية"", "партия «Единая Россия»": a name right after the noun of what it
  // names (party, company, operation, programme) is that thing's name, whatever verb came before.
  if (!attributedAfter && words <= 8 && NAMED_BY_NOUN.test(text.slice(Math.max(sentStart, openStart - 30), openStart))) return true;
  // Slogans and inscriptions are written, not said, even after a colon ("miała napis: „Jeśli zaczną strzelać …”").
  if (!attributedAfter && words <= 15 && SLOGAN.test(text.slice(Math.max(sentStart, openStart - 40), openStart))) return true;
  return false;
}

/** Nouns whose name follows them in marks, right before the opening mark. */
const NAMED_BY_NOUN = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    'partei|firma|operation|aktion|bewegung|initiative|opération|mouvement|initiative|société|parti|opération|operación|movimiento|partido|empresa|' +
    'operazione|movimento|partito|società|operacj[aię]|akcj[aię]|parti[aię]|spółk[aię]|ruch|партия|партии|компания|компании|движение|операция|операции|организация|' +
    'تنظيم|شركة|حركة|حزب|عملية|منظمة|مجموعة|جماعة|جبهة|مبادرة|名为|称为|所谓|被称为|代号' +
    String.raw`)\s*$`,
  'iu',
);

/** Nouns for a slogan, motto or inscription right before the marks. */
const SLOGAN = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    'slogan(?:s|e|em|i|u|ı|ıyla|ını)?|has(?:ło|ła|łem|łami)|napis(?:em|y|u|ami)?|mott[oi]|aufschrift(?:en)?|inscriptions?|scritt[ae]|pancart(?:e|a|as|es)|' +
    'cartel(?:es)?|banderol(?:e|a)|лозунг(?:ом|ами|и)?|надпис(?:ь|ью|и)|девиз(?:ом)?|pankart(?:ı|ta)?|yazısı|yazılı|شعار|لافتة|口号|标语' +
    String.raw`)(?![\p{L}])[\s:：,]*$`,
  'iu',
);

/** Nouns for works whose titles stand in quotation marks (song, book, film, album, series; "titled"). */
const WORK = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    'piosenk|utw[oó]r|książk|film|album|płyt|serial|wiersz|spektakl|powieś|pt\\.|pod tytułem|' +
    'libr[oi]|canzon|bran[oi]|romanz|intitolat|buch|büch|lied|song|roman|titel|livre|chanson|intitulé|canción|canciones|películ|novela|titulad|' +
    'песн|книг|фильм|альбом|сериал|под названием|kitab|şarkı|albüm|adlı|isimli|' +
    // Programmes, shows, campaigns and publications are titled the same way ("специальный выпуск «День …»").
    'sendung|programm|kampagne|zeitschrift|émission|campagne|magazine|exposition|programa|campaña|revista|exposición|programma|trasmission|campagna|rivista|mostra|' +
    'audycj|kampani|festiwal|wystaw|выпуск|программ|передач|кампани|фестивал|выставк|журнал|газет|спектакл|konkurs|конкурс|kampanya|dizi|dergi|برنامج|حملة|مسلسل|بعنوان' +
    String.raw`)`,
  'iu',
);
