/**
 * The head nouns that make a capitalised run an institution or a place in
 * each language, as ORG_WORDS and PLACE_WORDS do for English ("Ministry",
 * "Airport"). German and Turkish put the head last and German writes it into
 * one compound ("Bundesamt", "Landgericht"); the Romance languages, Polish and
 * Russian put it first and inflect it ("Ministerio de …", "Organizacja …",
 * "Министерства …"), so those are matched as stems at the start of the run's
 * first word (Polish and Russian: or second, after an adjective). A run so headed names no person. Turkish also marks
 * such compounds by their ending: the possessive of a compound noun after a
 * vowel ("Belediyesi", "Üniversitesi") or after -lık ("Bakanlığı",
 * "Müdürlüğü"), which no surname carries.
 */
import type { Language } from '../text-model/languages.js';
import { MORE_ORG_HEADS, MORE_PLACE_HEADS, ORG_WORDS, PLACE_WORDS } from './gazetteer.js';

/** German head nouns, matched as the end of the run's last word (compounds). */
const DE_HEADS = /(?:amt|ämter|gericht|institut|ministerium|behörde|verband|verein|partei|bank|börse|zeitung|rundfunk|klinik|klinikum|krankenhaus|universität|hochschule|schule|polizei|regierung|kommission|agentur|museum|theater|stadion|flughafen|bahnhof|kirche|straße|platz|gemeinde|kreis|bezirk|bundesland|republik|konzern|gruppe|woche|fest|preis|messe|programm|gesetz|verordnung|zentrum|dienst|werk|werke|hafen|tal|insel)$/u;

/** A German adjective's ending ("Statistische", "Österreichischen", "Bayerischen"): it opens no name. */
const DE_ADJECTIVE = /(?:ische|ischen|ischer|isches|liche|lichen|licher|liches)$/u;

/** Turkish head nouns, whole last words (lower case), and the compound endings. */
const TR_HEADS = new Set(['camii', 'günü', 'bayramı', 'örgütü', 'kurumu', 'kurulu', 'havalimanı', 'havaalanı', 'köprüsü', 'meydanı', 'caddesi', 'sokağı', 'parkı', 'stadyumu', 'merkezi', 'ajansı', 'partisi', 'meclisi', 'bankası', 'kulübü', 'derneği', 'vakfı', 'sarayı', 'gölü', 'dağı', 'nehri', 'boğazı', 'adası', 'ili', 'ilçesi', 'mahallesi', 'köyü', 'kanunu', 'yasası', 'gazetesi', 'televizyonu']);
const TR_COMPOUND = /(?:[aeıioöuü]s[ıiuü]|l[ıiuü][ğk][ıiuü])(?:n(?:[ıiuü]n|[ıiuü]|[ae]|[dt][ae]n?|c[ae]))?$/u;
/** A compound's possessive after a consonant with a case ending and no apostrophe ("Merkezinde", "Kurulunun"): names take their endings after an apostrophe ("Erdoğan'ın"). */
const TR_CASE = /[^aeıioöuü][ıiuü]n(?:[dt][ae]n?|[ıiuü]n|c[ae]|[ae])$/u;

/**
 * English heads ending a place or an institution's name, as news in every language writes them ("Bryant Park",
 * "Hertel Ave", "Goldman Sachs Group", "George V Hospital"): the English rules' ORG_WORDS and PLACE_WORDS, and the
 * heads those do not hold, for the names a text in another language keeps in English.
 */
const EN_HEADS: ReadonlySet<string> = new Set([...ORG_WORDS, ...PLACE_WORDS, ...MORE_PLACE_HEADS, ...MORE_ORG_HEADS]);

/**
 * A Russian adjective opening a run heads a place's or an institution's name ("Южный Уэльс", "Нового Южного Уэльса",
 * "Святого Петра"): a person's name never opens with one (first names end otherwise; endings that a name's case form
 * shares, "Анной", "Владимиром", are left out).
 */
const RU_ADJECTIVE = /(?:ый|ая|ое|ые|ого|его|ому|ему|ую|ых)$/u;

/**
 * The same in Polish ("Biały Dom", "Nowy Rok", "Ochotniczej Straży Pożarnej", "Wielkiej Brytanii"), by the endings no
 * given name or its case form has: not "-ej" alone ("Andrzej", "Maciej"), "-ego" alone ("Kobego"), "-na" ("Zuzanna").
 */
const PL_ADJECTIVE = /(?:ych|ymi|owy|owa|owe|ny|ły|wy|ne|we|łe|kiej|czej|nej|kiego|czego|nego|owego)$/u;

/** Head stems opening an institution or a place, for the languages that put the head first. */
const FIRST_HEADS: Partial<Record<Language, RegExp>> = {
  es: /^(?:ministeri|secretar[ií]a|gobierno|consejo|servicio|protecci[oó]n|direcci[oó]n|universidad|instituto|hospital|banco|partido|tribunal|juzgado|polic[ií]a|fiscal[ií]a|comisi[oó]n|congreso|senado|parlamento|asamblea|ayuntamiento|municipalidad|alcald[ií]a|estado|estados|rep[uú]blica|provincia|departamento|plaza|calle|avenida|aeropuerto|estadio|museo|iglesia|catedral|bas[ií]lica|colegio|escuela|fundaci[oó]n|asociaci[oó]n|federaci[oó]n|liga|copa|campeonato|grupo|empresa|compa[ñn][ií]a|agencia|diario|peri[oó]dico|radio|canal|festival|premio|año|d[ií]a|semana|centro|sistema|programa|organizaci[oó]n|uni[oó]n|corte|oficina|club)/u,
  fr: /^(?:minist[eè]re|gouvernement|conseil|service|direction|universit[eé]|institut|h[oô]pital|banque|parti|tribunal|cour|police|gendarmerie|commission|assembl[eé]e|s[eé]nat|parlement|mairie|pr[eé]fecture|r[eé]publique|[eé]tat|[eé]tats|province|d[eé]partement|r[eé]gion|place|rue|avenue|boulevard|a[eé]roport|stade|mus[eé]e|[eé]glise|cath[eé]drale|coll[eè]ge|[eé]cole|lyc[eé]e|fondation|association|f[eé]d[eé]ration|ligue|coupe|championnat|groupe|soci[eé]t[eé]|entreprise|compagnie|agence|journal|radio|cha[iî]ne|festival|prix|jour|semaine|centre|syst[eè]me|programme|organisation|union|bureau)/u,
  it: /^(?:minister|governo|consiglio|servizi|direzione|universit[aà]|istituto|ospedale|banca|partito|tribunale|corte|polizia|procura|commissione|camera|senato|parlamento|comune|regione|provincia|repubblica|stat[oi]|piazza|via|viale|aeroporto|stadio|museo|chiesa|basilica|cattedrale|scuola|liceo|fondazione|associazione|federazione|lega|coppa|campionato|gruppo|societ[aà]|azienda|compagnia|agenzia|giornale|quotidiano|radio|canale|festival|premio|giorno|giornata|settimana|centro|sistema|programma|organizzazione|unione|ufficio)/u,
  pl: /^(?:minister|rz[aą]d|rad[aynzi]|s[lł]u[zż]b|dyrekcj|uniwersytet|instytut|szpital|bank|parti|s[aą]d|trybuna[lł]|policj|prokuratur|komisj|sejm|senat|parlament|urz[aą]d|gmin|wojew[oó]dztw|powiat|republik|pa[nń]stw|stan[oó]w|plac|ulic|lotnisk|stadion|muzeum|ko[sś]ci[oó][lł]|katedr|bazylik|szko[lł]|liceum|fundacj|stowarzyszeni|federacj|lig|puchar|mistrzostw|grup|sp[oó][lł]k|firm|agencj|gazet|dziennik|radi|telewizj|festiwal|nagrod|dzie[nń]|tydzie[nń]|centrum|system|program|organizacj|uni[ai]|biur|ustaw|kancelari|akademi|towarzystw|klub)/u,
  ru: /^(?:министерств|правительств|совет|служб|управлени|университет|институт|больниц|банк|парти|суд|полици|прокуратур|комисси|дум|сенат|парламент|администраци|мэри(?:я|и|ю|ей)|республик|государств|штат|област|кра[йя]|провинци|площад|улиц|проспект|аэропорт|стадион|музе|церк|храм|собор|базилик|школ|фонд|ассоциаци|федераци|лиг|кубок|чемпионат|групп|компани|агентств|газет|радио|телеканал|фестивал|преми|день|недел|центр|систем|программ|организаци|союз|бюро|академи|клуб)/u,
};

/**
 * True when the run `words` in `lang` is headed by an institution or place noun.
 * @example institutionOrPlace(['Milli', 'Eğitim', 'Bakanlığı'], 'tr') // true
 * @example institutionOrPlace(['Sebastian', 'Kurz'], 'de') // false
 */
export function institutionOrPlace(words: readonly string[], lang: Language): boolean {
  if (words.length === 0) return false;
  const first = words[0]!.toLocaleLowerCase(lang);
  const last = words[words.length - 1]!.toLocaleLowerCase(lang);
  if (words.length > 1 && EN_HEADS.has(last.replace(/\.$/, ''))) return true;
  if (lang === 'de') return (words.length > 1 && DE_HEADS.test(last)) || DE_ADJECTIVE.test(first);
  if (lang === 'tr') return TR_HEADS.has(last) || (words.length > 1 && (TR_COMPOUND.test(last) || TR_CASE.test(last)));
  if (words.length > 1 && ((lang === 'ru' && RU_ADJECTIVE.test(first)) || (lang === 'pl' && PL_ADJECTIVE.test(first)))) return true;
  const heads = FIRST_HEADS[lang];
  if (heads === undefined) return false;
  // Polish and Russian put adjectives before the head ("Światowa Organizacja Zdrowia", "Государственная Дума").
  const second = (lang === 'pl' || lang === 'ru') && words.length > 1 ? words[1]!.toLocaleLowerCase(lang) : undefined;
  return heads.test(first) || (second !== undefined && heads.test(second));
}
