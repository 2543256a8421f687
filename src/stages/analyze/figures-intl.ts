/**
 * Figures in the nine non-English languages: every number `numbers-intl.ts`
 * reads, minus what is not a quantity (dates such as "1 stycznia", years,
 * clock times, ordinals, "71-letni"-style compounds, "COVID-19", codes and
 * phone numbers), with the counted word, a currency or "percent" as unit and
 * the hedge before it ("rund", "environ", "около", "约").
 */
import type { DateMention, Figure, Qualifier } from '../../core/types.js';
import { findNumbersIntl, normalizeDigits } from './numbers-intl.js';
import { scaleAfter } from './numbers-intl-scales.js';
import { ANY_PREPOSITION } from './speaker-names-intl.js';
import type { NumberToken } from './figures-numbers.js';
import { changeBefore, isDecade, sameKind, temperatureSign, TEMPERATURE_AFTER, yearLikeCount } from './figures-intl-kinds.js';

const QUALIFIERS: readonly (readonly [RegExp, Qualifier])[] = [
  [/(?:^|[^\p{L}])(?:bis zu|jusqu'à|jusqu’à|hasta|fino a|aż do|до|kadar|حتى)\s+$/iu, 'up to'],
  [/(?:^|[^\p{L}])(?:mindestens|au moins|al menos|por lo menos|almeno|co najmniej|не менее|как минимум|en az|على الأقل)\s+$/iu, 'at least'],
  // Not the "über" of "verfügen über" (to have): "verfügt über 6 GB RAM".
  [/(?:^|[^\p{L}])(?:mehr als|(?<!verfüg\p{L}*\s+)über|plus de|más de|oltre|più di|ponad|powyżej|более|больше|свыше|أكثر من|超过|逾)\s*$/iu, 'more than'],
  [/(?:^|[^\p{L}])(?:weniger als|unter|moins de|menos de|meno di|poniżej|mniej niż|менее|меньше|أقل من|不到|低于)\s*$/iu, 'fewer than'],
  [/(?:^|[^\p{L}])(?:rund|etwa|ungefähr|circa|ca\.|knapp|fast|gut|environ|près de|quelque|unos|unas|alrededor de|cerca de|casi|circa|quasi|około|ok\.|prawie|около|почти|примерно|порядка|yaklaşık|nearly|حوالي|نحو|قرابة|约|近|大约)\s*$/iu, 'about'],
  [/(?:^|[^\p{L}])(?:genau|exactement|exactamente|esattamente|dokładnie|ровно|tam|بالضبط)\s+$/iu, 'exactly'],
];

/** Words after a number that make it a clock time. */
const TIME_AFTER = /^\s*(?:uhr(?![\p{L}])|h(?![\p{L}])|a\.\s?m\.|p\.\s?m\.|am(?![\p{L}])|pm(?![\p{L}])|点|時|صباحا|مساء)/iu;
/** A range connector and a second number after a number. */
const RANGE_AFTER = /^\s*(?:[-–]|bis|à|a|al|do|до|ile|ve|到|至|و)\s*\d/iu;
/** Hour words: after "21.50" or "19h30"-style numbers they make a clock time; after "24" a duration. */
const HOURS_AFTER = /^\s*(?:heures?|horas?|ore|godz\p{L}*|час\p{L}*|saat)(?![\p{L}])/iu;
/** Words before a number that make it a time, an identifier, an address or a phone number. */
const CODE_BEFORE = /(?:\b(?:nr|no|n°|tel|telefon|téléphone|route|rue|ul|al|str|straße|hausnummer|platz|plz|postleitzahl|seite|page|página|pagina|strona|article|artikel|art|§|um|à|alle|o godz|в|saat|ore)\.?|#|№|第|نمبر)\s*$/iu;
/** Units of time ("3-5 лет", "2-3 Tage", "3 至 5 年"). */
const TIME_UNITS = String.raw`jahre?n?|tage?n?|wochen|monate?n?|stunden|minuten|ans|jours|semaines|mois|heures|minutes|años|días|semanas|meses|horas|minutos|anni|giorni|settimane|mesi|ore|minuti|lat|lata|dni|tygodni|miesięcy|godzin|minut|лет|года|дней|дня|недель|месяцев|месяца|часов|часа|минут|yıl|gün|hafta|ay|saat|dakika|سنوات|أيام|أسابيع|أشهر|ساعات|دقائق|年|天|周|个月|小时|分钟`;
/** A unit after "5-10" that makes it a range, not a score: a percent, degrees, or a unit of time ("3-5 лет", "2-3 Tage"). */
const RANGE_UNIT = new RegExp(String.raw`^(?:\s?[%٪％]|\s*(?:prozent|pour\s?cent|por\s?ciento|per\s?cento|procent\p{L}*|proc\.|процент\p{L}*|${TIME_UNITS})(?![\p{L}])|${TEMPERATURE_AFTER.source.slice(1)})`, 'iu');
/** A unit or a scale word ("3-5 万元", "2-3 Mio.") after the second number of "3-5". */
function rangeUnit(rest: string, lang: string): boolean {
  return RANGE_UNIT.test(rest) || /^\s?[万亿千]/u.test(rest) || scaleAfter(rest, lang) !== undefined;
}
/** Words joining the two numbers of a range ("5 bis 10", "от 3 до 5", "3 ila 5"). */
const RANGE_JOINER = /^\s*(?:[-–]|bis|à|a|al|do|до|по|ile|ila|ve|到|至|و)\s*$/iu;
/** "between X and Y": a range too ("zwischen 200 und 300", "entre 200 y 300", "tra i 200 e i 300", "между 200 и 300"). */
const BETWEEN_BEFORE = /(?:^|[^\p{L}])(?:zwischen|entre|tra|fra|między|между|arasında|بين)\s+(?:(?:i|gli|les|los|las|den)\s+)?$/iu;
// Arabic "بين 32 إلى 45" (between 32 to 45); "من 79 إلى 107" alone is as often a change as a range, so it stays two numbers.
const BETWEEN_AND = /^\s*(?:und|y|e|et|i|a|и|ile|ve|و|إلى|الى)\s*(?:(?:i|gli|les|los|las|den)\s+)?$/iu;

/**
 * The first number of a range borrows the second's scale ("1,2 bis 1,5 Mrd. Euro" is 1.2 billion,
 * "3-5 万" is 30 000): its value when the second is scaled and the first is not.
 */
function borrowedScale(text: string, tok: NumberToken, next: NumberToken, lang: string): number {
  if (tok.scaled || !next.scaled || tok.percent || next.percent) return tok.value;
  const digits = /^(?:US\$|[$€£¥₽₴₺₹])?[ \u00a0]?(\d+(?:(?:[ \u00a0\u202f\u2009]|[.,'’])\d+){0,8})/u.exec(text.slice(next.start, next.end));
  const base = digits ? findNumbersIntl(digits[1], lang)[0]?.value : undefined;
  if (base === undefined || base <= tok.value) return tok.value;
  const factor = next.value / base;
  return factor >= 1000 ? Math.round(tok.value * factor * 1e6) / 1e6 : tok.value;
}
/** The words of CODE_BEFORE that make a clock time, not a code. */
const TIME_WORD_BEFORE = /(?:^|[^\p{L}])(?:um|à|alle|o godz|saat|ore)\s*$/iu;
/** Names of diseases and products that carry a number ("COVID-19", "Kovid-19", "كوفيد – 19"). */
// Also makers, series and leagues whose names carry a number ("Boeing 737", "Formel 1", "Apollo 11", "Windows 10", "Ligue 1", "波音 737").
const NAMED_BEFORE = /(?<![\p{L}])(?:covid|kovid|ковид|كوفيد|sars-cov|mers)\s*[-–—]?\s*$|(?<![\p{L}])(?:f|mig|su|g|boeing|airbus|iphone|ps)[-–]$|(?<![\p{L}])(?:boeing|airbus|боинг|аэробус|بوينغ|بوينج|إيرباص|apollo|apolo|artemis|sojus|soyuz|windows|iphone|galaxy|playstation|xbox|formel|formula|fórmula|formuła|формула|formül|ligue|serie|model)\s+(?:\d+[-–])?$|(?:波音|空客|空中客车)\s*$/iu;
const CURRENCY_WORDS: readonly (readonly [RegExp, string])[] = [
  [/^(?:euros?|eur|€|евро|euro|يورو)(?![\p{L}])/iu, 'eur'],
  [/^(?:美元|欧元|日元|人民币|英镑|卢布|元)/u, ''],
  [/^(?:us-dollar\p{L}*|dollars?|dólares|dólar|dollari|dollaro|dolarów|dolary|dolar|доллар\p{L}*|usd|دولار|\$)(?![\p{L}])/iu, 'usd'],
  [/^(?:yen|jpy|иен\p{L}*)(?![\p{L}])/iu, 'jpy'],
  [/^(?:yuan|cny|юан\p{L}*)(?![\p{L}])/iu, 'cny'],
  [/^(?:pfund|livres? sterling|libras?|sterline|funtów|фунт\p{L}*|gbp|£)(?![\p{L}])/iu, 'gbp'],
  [/^(?:rubel|roubles?|rublos?|rubli|rubli|рубл\p{L}*|руб\.|₽)(?![\p{L}])/iu, 'rub'],
  [/^(?:zł|złotych|złote|złoty|pln)(?![\p{L}])/iu, 'pln'],
  [/^(?:tl|lira|türk lirası|₺)(?![\p{L}])/iu, 'try'],
  [/^(?:franken|francs?|chf)(?![\p{L}])/iu, 'chf'],
  [/^(?:pesos?)(?![\p{L}])/iu, 'mxn'],
  [/^(?:جنيه|جنيها)(?![\p{L}])/u, 'egp'],
  [/^(?:ريال)(?![\p{L}])/u, 'sar'],
  [/^(?:درهم)(?![\p{L}])/u, 'aed'],
];
/** Chinese currency words, written straight before the next word ("1.5亿美元援助"). */
const CJK_CURRENCY: Readonly<Record<string, string>> = { 美元: 'usd', 欧元: 'eur', 日元: 'jpy', 人民币: 'cny', 英镑: 'gbp', 卢布: 'rub', 元: 'cny' };
/** Chinese measure words between a number and its noun ("7万名士兵"). */
const CJK_MEASURE = /^\s*(?:名|个|位|人次|条|辆|架|艘|座|家|所|项|起|例|只|头|次|岁|年|天|小时|分钟|公里|英里|英尺|英亩|米|吨)?/u;

/**
 * Figures in `text` of language `lang`. `dates` are the date spans already
 * found, so "1 stycznia" and "3. Dezember" are never counted.
 * @example extractFiguresIntl('70 000 soldats', 'fr', [])[0].value // 70000
 */
/**
 * A day then a month in the languages of the stream, written out or cut
 * short ("30 dic", "1. März", "15 ene", "3 juil."): a date, not a count.
 */
export const INTL_MONTH_AFTER_DAY = /^\.?\s+(?:de\s+)?(?:genn?(?:aio)?|febb?(?:raio)?|marz?o?|apr(?:ile)?|magg?(?:io)?|giu(?:gno)?|lug(?:lio)?|ago(?:sto)?|sett?(?:embre)?|ott(?:obre)?|nov(?:embre)?|dic(?:embre)?|ene(?:ro)?|abr(?:il)?|mayo|jun(?:io)?|jul(?:io)?|sep(?:tiembre)?|oct(?:ubre)?|janv(?:ier)?|févr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|août|déc(?:embre)?|januar|februar|märz|okt(?:ober)?|dez(?:ember)?)(?![\p{L}])/iu;

export function extractFiguresIntl(rawText: string, lang: string, dates: readonly DateMention[]): Figure[] {
  const text = normalizeDigits(rawText);
  const tokens = findNumbersIntl(text, lang);
  const out: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (dates.some((d) => tok.start < d.end && d.start < tok.end)) continue;
    const before = text.slice(Math.max(0, tok.start - 24), tok.start);
    const after = text.slice(tok.end, tok.end + 40);
    if (!isQuantity(tok, before, after, text, lang)) continue;
    let end = tok.end;
    let valueMax: number | undefined;
    const next = tokens[i + 1];
    let value = tok.value;
    const gap = next ? text.slice(tok.end, next.start) : '';
    const joined = RANGE_JOINER.test(gap) || (BETWEEN_BEFORE.test(before) && BETWEEN_AND.test(gap));
    if (next && joined && next.value > tok.value && sameKind(tok, next) && !changeBefore(before, lang) && !dates.some((d) => next.start < d.end && d.start < next.end)) {
      valueMax = next.value;
      end = next.end;
      i++;
      value = borrowedScale(text, tok, next, lang);
    }
    // "10-15 %": the range's unit is the second number's.
    const { unit, counted, countedEnd } = countedAfter(text, end, valueMax !== undefined && next.percent ? next : tok, lang);
    const qual = QUALIFIERS.find(([re]) => re.test(before))?.[1];
    // A temperature keeps its minus ("-5 °C", "零下 5℃").
    // A range's unit follows its upper bound ("-2 à 4 °C"): the lower bound keeps its minus too.
    const minus = temperatureSign(before, valueMax === undefined ? after : text.slice(end, end + 40));
    const start = tok.start - minus;
    const stop = Math.max(end, countedEnd);
    out.push({
      start,
      end: stop,
      text: rawText.slice(start, stop),
      value: minus > 0 ? -value : value,
      ...(valueMax !== undefined ? { valueMax } : {}),
      unit,
      counted,
      ...(qual ? { qualifier: qual } : {}),
    });
  }
  return out;
}

function isQuantity(tok: NumberToken, before: string, after: string, text: string, lang: string): boolean {
  if (tok.currency || tok.percent || tok.scaled) return !NAMED_BEFORE.test(before);
  // Years: plain 1800–2100, and anything followed by a year word ("2019 г.", "2020 年", "2002'de").
  if (tok.plainInteger && tok.value >= 1800 && tok.value <= 2100 && !(yearLikeCount(before, after, lang) && !/^\s*(?:г\.|года?|году|r\.|roku|rok|年|yılı|yılında|عام|سنة)/u.test(after))) return false;
  // "2019 года", "2020 年": a year. Russian "64 года", "3 года" below 1000 are ages and durations (years counted), unless a year range ("2018-19 года"); a capital glued after ("64 годаРобин") starts the next word.
  const yearWord = /^\s*(?:г\.|года?|году|r\.|roku|年)/u.exec(after);
  if (yearWord && !(lang === 'ru' && /^\s*года?(?!\p{Ll})/u.test(after) && tok.plainInteger && tok.value < 1000 && !/\d{4}\s*[-–/]\s*$/.test(before))) return false;
  if (tok.plainInteger && tok.value >= 1 && tok.value <= 31 && INTL_MONTH_AFTER_DAY.test(after)) return false;
  if (tok.plainInteger && isDecade(tok.value, before, after)) return false;
  // The second year of a season or a fiscal year ("la temporada 2019-20", "2019/20").
  if (tok.plainInteger && tok.end - tok.start <= 2 && /(?:19|20)\d\d\s*[-–/]\s*$/.test(before)) return false;
  // A Chinese month alone ("今年 3 月", "3月份"): "3 个月" (three months) keeps its measure word.
  if (lang === 'zh' && tok.plainInteger && tok.value >= 1 && tok.value <= 12 && /^\s?月/u.test(after)) return false;
  if (TIME_AFTER.test(after) || /^[:h]\d/.test(after)) return false;
  if (HOURS_AFTER.test(after) && !tok.plainInteger && tok.value < 24.6) return false;
  // A decimal comma is no clock time: "um 0,25 Prozentpunkte" is by 0.25 points.
  const decimalComma = /\d,\d{1,2}$/.test(text.slice(tok.start, tok.end)) && !/,\d{3}$/.test(text.slice(tok.start, tok.end));
  if ((CODE_BEFORE.test(before) && !(decimalComma && TIME_WORD_BEFORE.test(before))) || NAMED_BEFORE.test(before)) return false;
  // Ordinals and compounds: "3.", "1er", "20-ю", "71-letni", "100-jährigen", "2-0" scores.
  // A number written with thousands grouping is never an ordinal ("160 000. zł" is an amount).
  const grouped = !tok.plainInteger && Number.isInteger(tok.value) && tok.value >= 1000;
  if (!grouped && /^\.(?!\d)\s*\p{Ll}/u.test(after)) return false;
  // German ordinals before a capitalised noun take an article or a contracted preposition ("der 1. FC Köln",
  // "im 3. Quartal", "am 5. Spieltag"); a count ending its sentence does not ("stieg auf 12. Am Montag …").
  if (lang === 'de' && tok.plainInteger && tok.value < 1000 && /^\.\s+\p{Lu}/u.test(after) && /(?<![\p{L}])(?:der|die|das|den|dem|des|im|am|zum|zur|beim|vom|ins|ihrem|ihren|ihrer|seinem|seinen|seiner)\s+$/iu.test(before)) return false;
  // "°" is an ordinal ("1° maggio", "2º posto") unless it is degrees Celsius ("30°C", "5℃").
  if (/^[º°]/u.test(after) && !TEMPERATURE_AFTER.test(after)) return false;
  // Russian cardinals in the oblique cases keep their count ("3-х человек", "5-ти лет", "7-ми"): "-х" is also the
  // plural ordinal of decades ("2010-х годов"), so not before "год" nor on a number that could be a year.
  const ruCardinal = lang === 'ru' && tok.plainInteger && tok.value < 1000 && /^-(?:х|ти|ми|ех|ёх|ух)(?![\p{L}])(?!\s+(?:год|гг|числ))/u.test(after);
  if (!ruCardinal && /^(?:er\b|e\b|ª|-?(?:й|я|ю|го|м|е|ый|ая)\b|['’](?:inci|ıncı|üncü|uncu)|-\p{L}|:\d)/u.test(after)) return false;
  // Scores and times ("2-0", "(1-2)", "10:30"); a range of larger numbers ("12 000-12 300") stays.
  // A unit after the second number makes a range ("5-10 Grad", "10-15 %", "3-4 °C").
  const dashed = /^\s*[-–]\s*\d{1,2}(?!\d)/.exec(after);
  if (tok.end - tok.start <= 2 && dashed && !rangeUnit(after.slice(dashed[0].length), lang)) return false;
  if (/(?:^|[^\d])\d{1,2}\s*[-–:]\s*$/.test(before) && tok.end - tok.start <= 2 && !(/[-–]\s*$/.test(before) && rangeUnit(after, lang))) return false;
  // Phone numbers, web addresses, postcodes glued to words.
  if (/^[/@]|^\p{Script=Latin}/u.test(after) && !/^(?:km|kg|mm|cm|m²|ha|mw|gw|kw|mph|k|bp|pb)\b/iu.test(after)) return false;
  if (/[/@]$|www\.\S*$/.test(before)) return false;
  // Five digits and more without grouping are postcodes and codes, unless a range ("12000 a 12300") or a hedge frames them.
  if (tok.plainInteger && tok.end - tok.start >= 5 && !RANGE_AFTER.test(after) && !QUALIFIERS.some(([re]) => re.test(before))) return false;
  // "(7)" after a number word repeats it; "Immagine 1 di / 30" and lone page furniture are not counts.
  void text;
  return true;
}

interface CountedInfo {
  readonly unit: string;
  readonly counted: string;
  readonly countedEnd: number;
}

/**
 * Words that count nothing: a preposition, an article, a conjunction or a
 * pronoun after a number begins the next phrase ("1 giorno su 5 nel 2019",
 * "333 in", "44 se"), so the figure has no counted word. A closed list:
 * stopword lists also hold the units most counted ("anni", "días", "Jahre").
 */
const NOT_COUNTED: ReadonlySet<string> = new Set([
  ...ANY_PREPOSITION,
  ...('il lo la i gli le un uno una el los las unos unas le les une der die das den dem des ein eine einen einem einer eines ' +
    'e ed y et und oder o ou ma pero mais aber i a oraz lub или и ve veya ya da se si que che qui dass że что ki bu şu').split(' '),
]);

function countedAfter(text: string, end: number, tok: NumberToken, lang: string): CountedInfo {
  if (tok.percent) return { unit: 'percent', counted: 'percent', countedEnd: end };
  const degrees = TEMPERATURE_AFTER.exec(text.slice(end, end + 16));
  if (degrees) return { unit: 'degrees', counted: degrees[0].trim(), countedEnd: end + degrees[0].length };
  let rest = text.slice(end, end + 48);
  let skip = 0;
  if (lang === 'zh') {
    const m = CJK_MEASURE.exec(rest);
    skip = m ? m[0].length : 0;
    rest = rest.slice(skip);
  } else {
    const m = /^\s*(?:de\s+|di\s+|d['’]|of\s+)?/iu.exec(rest);
    skip = m ? m[0].length : 0;
    rest = rest.slice(skip);
  }
  for (const [re, code] of CURRENCY_WORDS) {
    const m = re.exec(rest);
    if (m) return { unit: code || CJK_CURRENCY[m[0]], counted: m[0], countedEnd: end + skip + m[0].length };
  }
  if (tok.currency) return { unit: tok.currency, counted: tok.currencyText ?? tok.currency, countedEnd: end };
  // A capital after lower-case letters starts a word glued on by a lost space ("64 годаРобин").
  // Chinese runs its words together: the counted noun stops at a particle or conjunction ("18 个月的断断续续" counts 月).
  // (ICU's word segmenter cuts compounds a count names: "韩元" to "韩", "民主党人" to "民主".)
  const word = lang === 'zh' ? /^[^\P{Script=Han}的了和与及在是之等或而并]{1,4}/u.exec(rest) : /^(?:\p{Lu}[\p{Lu}\p{M}]*(?!\p{Ll})|\p{L}[\p{Ll}\p{Lo}\p{M}'’]*)/u.exec(rest);
  if (!word || (lang !== 'zh' && skip === 0 && lang !== 'ar') || NOT_COUNTED.has(word[0].toLowerCase())) {
    // A Chinese measure word with nothing after it counts itself ("17 天的", "30 岁的": days, years of age).
    const measure = lang === 'zh' ? text.slice(end, end + skip).trim() : '';
    if (measure !== '' && measure !== '个' && measure !== '名' && measure !== '位') return { unit: measure, counted: measure, countedEnd: end + skip };
    return { unit: '', counted: '', countedEnd: end };
  }
  return { unit: word[0].toLowerCase(), counted: word[0], countedEnd: end + skip + word[0].length };
}
