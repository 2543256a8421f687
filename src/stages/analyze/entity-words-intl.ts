/**
 * Whether a run of capitalised words the (English) entity rules read as a
 * person can be one in another language. German capitalises every noun, and
 * every language capitalises the word that opens a sentence, so "Die
 * Knochenjägerin", "Ein Toter", "Im Januar", "Ende Januar", "Dieser Bericht"
 * or "Zum Jahreswechsel" came out as people. A name opens with none of these
 * words, which are taken off: a function word of the language opening a
 * sentence ("Doch Präsident Erdogan" → "Präsident Erdogan", "Me Salif Kébé"
 * → "Salif Kébé"; particles stay: "Le Pen", "Di Maio", "Van Gaal"), a word
 * for the start, middle or end of a time ("Anfang", "fin", "finales"), and
 * in German an abstract noun ("Gesundheit Jens Spahn" → "Jens Spahn"). The first word
 * only is tested against the function words: the lists also hold adjectives
 * that are surnames too ("Sebastian Kurz", "Lang"). In German what is left
 * must be two words or more when something was taken off ("Die Polizei":
 * German capitalises every noun; elsewhere "Pero Stern" leaves a bare
 * surname), and a single word is no month ("Dezember"). English names keep
 * their tuned rules.
 */
import { monthOf } from '../similarity/news-lexicon.js';
import { transliterate } from '../similarity/transliterate.js';
import { isStopWordIn } from '../text-model/stopwords.js';
import { DE_ROLE_NOUNS } from './speaker-nonperson-intl.js';
import { ROLE_HEADS, TITLES } from './gazetteer.js';
import type { Language } from '../text-model/languages.js';

/** Words that open or join surnames in many languages, capitalised or not: never taken off. */
export const PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'di', 'del', 'della', 'dei', 'des', 'du', 'do', 'dos', 'das', 'le', 'la', 'lo', 'van', 'von', 'der', 'den', 'ter', 'ten', 'zu', 'al', 'el', 'bin', 'ibn', 'ben', 'abu', 'y', 'e', 'mc', 'mac', 'st', 'san', 'santa']);

/** The start, middle or end of a period ("Anfang Dezember", "fin janvier", "a finales de marzo"), in the nine languages. */
const PERIOD = new Set(['anfang', 'mitte', 'ende', 'beginn', 'début', 'debut', 'mi', 'fin', 'principios', 'mediados', 'finales', 'inicios', 'inizio', 'metà', 'meta', 'fine', 'początek', 'początku', 'połowa', 'połowie', 'koniec', 'końcu', 'начало', 'начале', 'середина', 'середине', 'конец', 'конце', 'başı', 'ortası', 'sonu',
  // Days said as words, opening a sentence before a name ("Вчера Глава МИД Украины Дмитрий Кулеба").
  'вчера', 'сегодня', 'завтра', 'позавчера', 'gestern', 'heute', 'vorgestern', 'ayer', 'hoy', 'anteayer', 'ieri', 'oggi', 'wczoraj', 'dziś', 'dzisiaj', 'jutro', 'dün', 'bugün', 'yarın', 'aujourd\'hui']);

/** The German formal pronoun in its cases and as a possessive: capitalised mid-sentence, never a name. */
const DE_FORMAL = /^(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)$/u;

/** German abstract-noun endings: such a word opens no person's name. */
const DE_NOUN = /(?:ung|heit|keit|schaft|tion|tät|nis|ismus)$/u;

/**
 * A word that opens no person's name in `lang` (taken off the front of a
 * candidate); `initial` when it opens a sentence or a quotation.
 * @example leadingNonName('Doch', 'de', true) // true
 * @example leadingNonName('Le', 'fr', true) // false
 */
export function leadingNonName(word: string, lang: Language, initial: boolean): boolean {
  if (laterNonName(word, lang)) return true;
  // German capitalises its formal "you" wherever it stands ("finden Sie in den Regeln", "über Ihre Daten").
  if (lang === 'de' && DE_FORMAL.test(word)) return true;
  // A function word is capitalised where a sentence opens; elsewhere a capitalised "Xi", "Kim", "Can" or "Ma" is a name.
  if (!initial || !/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  // German writes its name particles in lower case ("von der Leyen"): a capitalised "Der" opens a sentence.
  return (lang === 'de' || !PARTICLES.has(lower)) && isStopWordIn(lower, lang);
}

/** Past a candidate's first word: a period word or a German abstract noun ("Doch Ende Januar", "… Gesundheit Jens Spahn"). */
export function laterNonName(word: string, lang: Language): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  return PERIOD.has(lower) || (lang === 'de' && ((lower.length >= 6 && DE_NOUN.test(lower)) || DE_QUANTITY.test(lower)));
}

/** German numbers written as nouns ("30 Millionen Pfund", "Tausende Hotelbetten"): no name's word. */
const DE_QUANTITY = /^(?:hunderte|tausende|zehntausende|hunderttausende|millionen|milliarden|dutzende|dutzend)$/u;

/**
 * Nouns of an office a person holds in French, Spanish and Italian: a name right after one in a complement is that
 * office's holder ("du Premier ministre Boris Johnson"; speaker-described-intl.ts), and one opening a run is the
 * person's role ("Presidente Sánchez").
 */
export const OFFICE = /^(?:ministre|ministro|ministra|président|présidente|presidente|premier|première|premiera|primer|canciller|chancelier|chancelière|cancelliere|roi|reine|rey|reina|re|regina|maire|alcalde|alcaldesa|sindaco|sindaca|gouverneur|gobernador|gobernadora|governatore|secrétaire|secretario|secretaria|segretario|segretaria|pape|papa|général|general|generale|directeur|directrice|director|directora|direttore|direttrice|dirigeant|dirigente|líder|leader|chef|jefe|jefa|capo)$/iu;

/**
 * Polish role nouns and abbreviations opening a run, in any case ("Prezydenta Andrzeja Dudy", "Abp Jędraszewski",
 * "Ministra Zdrowia"): matched at the start of the word, since the case ending follows.
 */
const PL_ROLE = /^(?:wice)?(?:prezydent|premier|minist(?!erstw)|poseł|posł|senator|marsza[łl]|wojewod|burmistrz|prezes|rzeczni|szef|dyrektor|kierownik|papież|król(?!estw|ik)|książę|księci|księżn|generał|trener|aktor|piosenkar|pisarz|pisark|reżyser|dziennikar|lekarz|lekark|policjant|sędzi|prokurator|radn|wójt|starost|kanclerz|przewodnicząc|lider|profesor|doktor|arcybiskup|biskup|kardynał|ksiądz|ks\.?$|dr\.?$|prof\.?$|abp\.?$|bp\.?$|gen\.?$|płk\.?$|mjr\.?$|kpt\.?$|mec\.?$)/u;

/** English titles and role heads, and the church's and nobility's, as a run's first word ("Cardinal Seán O'Malley", "Sir Keir Starmer"). */
const EN_ROLE: ReadonlySet<string> = new Set([
  ...TITLES, ...ROLE_HEADS, 'cardinal', 'archbishop', 'bishop', 'father', 'rev', 'reverend', 'pastor', 'rabbi', 'imam', 'sir', 'lord', 'lady', 'dame',
  'princess', 'duke', 'duchess', 'emperor', 'empress', 'coach', 'professor', 'prof', 'detective', 'officer', 'sheriff', 'constable', 'inspector',
  'sgt', 'lt', 'col', 'maj', 'capt', 'cpl', 'pvt', 'honorable', 'hon', 'commissioner', 'superintendent',
]);

/** Turkish role nouns, whole words or a compound's end ("Cumhurbaşkanı", "Başbakan", "Milletvekili", "Valisi", "Doç."). */
const TR_ROLE = /(?:başkan|başkanı|bakan|bakanı|vekili|vali|valisi|kaymakam|kaymakamı|doktor|profesör|sözcü|sözcüsü|müdür|müdürü|yardımcısı|komutan|komutanı|hakim|hâkim|savcı|savcısı|elçi|elçisi|antrenör|antrenörü|direktör|direktörü|yazar|gazeteci|avukat|şarkıcı|oyuncu|sanatçı|imam|patrik|papa|kral|kraliçe|prens|şeyh|lider|lideri|general|uzman|uzmanı|hoca|hocası|^dr\.?|^prof\.?|^doç\.?|^av\.?)$/u;

/**
 * Russian role nouns in any case, matched at the start of the word ("Президент", "Премьер-министра", "Губернатору",
 * "Генсек"): Russian writes them in lower case, so one opens a run only at a sentence's start.
 */
const RU_ROLE = /^(?:вице-)?(?:президент|премьер|министр|глав[аыеуо]|депутат|губернатор|мэр|посол|посл[аеу]|сенатор|генсек|спикер|директор|администратор|председател|канцлер|корол|принц|патриарх|генерал|полковник|адмирал|судь|прокурор|актер|актёр|актрис|певец|певиц|тренер|журналист|профессор|доктор|писател|режисс|лидер|основател|бизнесмен|миллиардер|представител|пресс-секретар|советник|госсекретар|капитан|сержант|лейтенант|майор|комиссар|шериф|детектив|епископ|митрополит|кардинал|раввин|имам|шейх|эмир|султан|король)/u;

/**
 * A role noun or an office opening a run in `lang` ("Kultusminister Lorz", "Presidente Sánchez", "Prezydenta Dudy",
 * "Başbakan Paşinyan"): the run names its holder.
 * @example opensWithRole('Başbakan', 'tr') // true
 */
export function opensWithRole(word: string, lang: Language): boolean {
  if (lang === 'en') return EN_ROLE.has(word.toLowerCase().replace(/\.$/u, ''));
  if (lang === 'de') return isGermanRoleNoun(word);
  if (lang === 'pl') return PL_ROLE.test(word.toLocaleLowerCase('pl'));
  if (lang === 'tr') return TR_ROLE.test(word.toLocaleLowerCase('tr'));
  if (lang === 'ru') return RU_ROLE.test(word.toLowerCase());
  return OFFICE.test(word);
}

/** German role nouns, compounds included ("Premierminister", "Weltkriegsveteran", "Bürgermeister"): the speakers' list and a few more. */
const DE_ROLE = new RegExp(`(?:${DE_ROLE_NOUNS}|veteran|veteranin|sänger|sängerin|moderator|moderatorin|spieler|spielerin|kandidat|kandidatin|abgeordnete|abgeordneter|botschafter|botschafterin|gouverneur|gouverneurin|senator|senatorin)$`, 'u');

/**
 * A German role noun opening a run with a first name and a surname after it
 * ("Weltkriegsveteran Tom Moore", "Premierminister Boris Johnson"): the role,
 * no part of the name (English splits its roles off before; German writes
 * them as capitalised nouns in the run).
 * @example germanRole('Premierminister', 2) // true
 */
export function germanRole(word: string, wordsAfter: number): boolean {
  return wordsAfter >= 2 && isGermanRoleNoun(word);
}

/** A German role noun ("Kultusminister", "Trainer"), whatever follows it. */
export function isGermanRoleNoun(word: string): boolean {
  return DE_ROLE.test(word.toLowerCase());
}

/**
 * True when `words` (a person candidate of an article in `lang`, not
 * English; `stripped` when leading words were taken off) cannot be a name:
 * in German one word left after them, in any language one word that is a month.
 * @example notAPersonIn(['Dezember'], 'de', false) // true
 * @example notAPersonIn(['Theresa', 'May'], 'de', false) // false
 */
export function notAPersonIn(words: readonly string[], lang: Language, stripped: boolean): boolean {
  if (words.length >= 2) return false;
  if (words.length === 0 || monthOf(transliterate(words[0]!)) !== undefined) return true;
  // Only German capitalises its common nouns: elsewhere a capitalised word after "Pero", "Теперь" is a bare name.
  return stripped && lang === 'de';
}
