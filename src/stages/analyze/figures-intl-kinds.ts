/**
 * What kind of quantity a number of the nine other languages is, where its
 * neighbours decide: a temperature (and its sign), a count that looks like a
 * year, and two numbers joined by "to" that are a change and a level, not a
 * range. Used by `figures-intl.ts`.
 */
import type { NumberToken } from './figures-numbers.js';

/** Degrees after a number: "30°C", "30 °C", "+2°С", "5℃", "30 degrés", "-15 градусов", "30 derece", "30 摄氏度". */
export const TEMPERATURE_AFTER = /^\s?(?:°\s?[CFС](?![\p{L}])|[℃℉]|(?:grad|grade|degrés?|grados?|gradi|stopni\p{L}*|stopień|stopnie|градус\p{L}*|derece\p{L}*|درجة|درجات|摄氏度|华氏度)(?![\p{L}]))/iu;

/** A minus before a temperature: "-5 °C", "−3°C", "minus 5 Grad", "moins 3 degrés", "零下 5℃". */
const MINUS_BEFORE = /(?:(?<![\p{L}\d.,])[-−]\s?|(?<![\p{L}])(?:minus|moins|menos|meno|минус|eksi|سالب|ناقص)\s+|零下\s?)$/iu;

/** "to" and a signed number after the lower bound of a range: "до +3", "à 4", "bis -1", "– 2". */
const RANGE_TO_NUMBER = /^\s*(?:[-–]|до|bis|à|a|al|do|ile|إلى|到|至)\s*[+−-]?\s?\d+(?:[.,]\d+)?/iu;

/** The sign of a temperature and how far back its minus starts (0 when none). */
export function temperatureSign(before: string, after: string): number {
  // Also the lower bound of a range of temperatures, whose unit follows the upper one ("от -5 до +3 градусов", "de -2 à 4 °C").
  const upper = RANGE_TO_NUMBER.exec(after);
  if (!TEMPERATURE_AFTER.test(after) && !(upper && TEMPERATURE_AFTER.test(after.slice(upper[0].length)))) return 0;
  const m = MINUS_BEFORE.exec(before);
  return m ? m[0].length : 0;
}

/**
 * Hedges that make a number between 1800 and 2100 a count, not a year: "Около 1900 человек",
 * "unas 2000 personas", "más de 2000", "ponad 1800". ("Up to" is left out: "bis 2030", "до 2021" are years.)
 */
const COUNT_HEDGE = /(?:^|[^\p{L}])(?:mehr als|(?<!verfüg\p{L}*\s+)über|rund|etwa|knapp|fast|plus de|près de|environ|quelque|más de|unos|unas|cerca de|alrededor de|casi|oltre|più di|circa|quasi|ponad|około|prawie|blisko|более|больше|свыше|около|почти|примерно|порядка|yaklaşık|أكثر من|حوالي|نحو|قرابة|超过|逾|约|近)\s*$/iu;
/** Chinese measure words of counted things after a number ("1836 例", "2000 人", "1900 名"). */
const CJK_COUNT_AFTER = /^\s?(?:例|人|名|位|个|起|家|所|辆|架|艘|只|头|条|项|次|人次)/u;

/**
 * A number in the range of years that the text counts with: a hedge before and a word after
 * ("unas 2000 personas"; "alrededor de 1899, en …" is a year), or a Chinese measure word.
 */
export function yearLikeCount(before: string, after: string, lang: string): boolean {
  if (lang === 'zh') return CJK_COUNT_AFTER.test(after);
  return COUNT_HEDGE.test(before) && /^\s+[\p{L}$€£]/u.test(after);
}

/**
 * Two numbers joined by "to" form a range only when they can measure alike: "增长 15% 至 260 亿美元"
 * is a rise of 15% to an amount, not a range from 15 to 26 billion. The first may leave its unit
 * to the second ("10-15%", "5 bis 10 Millionen"), but a percent never ranges to a plain amount.
 */
export function sameKind(a: NumberToken, b: NumberToken): boolean {
  if (a.percent && !b.percent) return false;
  if (b.percent && a.currency !== undefined) return false;
  return a.currency === undefined || b.currency === undefined || a.currency === b.currency;
}

/**
 * A change by an amount before a level ("下降 0.25 个百分点至 0.75%", "增长 6% 至 420 亿", "cayó un 0,5 % a 1,2 %")
 * or from one level to another ("ارتفع من 79 إلى 107", "passé de 2 % à 3 %"): two values, not a range.
 */
const CHANGE_BEFORE: Readonly<Record<string, RegExp>> = {
  zh: /(?:增长|增加|上升|上涨|下降|下跌|减少|降低|提高|提升|回落|攀升|升|降|涨|跌|增|减)了?\s*$/u,
  es: /(?:^|[^\p{L}])un\s+$|(?:pasó|pasado|aumentó|subió|bajó|cayó|creció|disminuyó|descendió|saltó)\s+(?:\S+\s+){0,3}?de\s+$/iu,
  // A verb of change, then "from": the value before and the value after ("ارتفع من 79 إلى 107", "est passé de 2 % à 3 %",
  // "вырос с 79 до 107", "wzrosła z 79 do 107", "è salito da 79 a 107").
  fr: /(?:pass[ée]e?s?|passe|augment[ée]e?s?|diminu[ée]e?s?|grimp[ée]e?s?|chut[ée]e?s?|baiss[ée]e?s?|recul[ée]e?s?|bondi)\s+(?:\S+\s+){0,3}?de\s+$/iu,
  it: /(?:passat[oaie]|salit[oaie]|sces[oaie]|aumentat[oaie]|diminuit[oaie]|cresciut[oaie]|calat[oaie])\s+(?:\S+\s+){0,3}?da\s+$/iu,
  ru: /(?:вырос(?:л[аио])?|возрос(?:л[аио])?|увеличил(?:[аио])?сь|снизил(?:[аио])?сь|сократил(?:[аио])?сь|упал[аио]?|поднял(?:[аио])?сь)\s+(?:\S+\s+){0,3}?со?\s+$/iu,
  pl: /(?:wzr[oó]s(?:ł|ła|ło|ły)|spad(?:ł|ła|ło|ły)|zwiększył(?:[aoy])?\s+się|zmniejszył(?:[aoy])?\s+się)\s+(?:\S+\s+){0,3}?z\s+$/iu,
  ar: /(?:ارتفع|ارتفعت|انخفض|انخفضت|زاد|زادت|تراجع|تراجعت|قفز|قفزت|هبط|هبطت|صعد|صعدت)(?:\s+\S+){0,4}?\s+من\s*$/u,
};

export function changeBefore(before: string, lang: string): boolean {
  return CHANGE_BEFORE[lang]?.test(before) ?? false;
}

/**
 * A decade, not a count: "los años 90", "la década de los 80", "negli anni '90", "les années 80",
 * "w latach 90", "в 90-е годы" (read as an ordinal already), "90'lı yıllarda", "80'lerde".
 */
const DECADE_BEFORE = /(?:^|[^\p{L}])(?:años|década\s+de(?:\s+los)?|anni|decennio|années|décennie|lata|latach|lat)\s+['’]?$/iu;
const DECADE_AFTER = /^['’](?:l[ıiuü]|lar|ler)/u;

export function isDecade(value: number, before: string, after: string): boolean {
  if (!Number.isInteger(value) || value % 10 !== 0 || value < 10 || (value > 90 && (value < 1800 || value > 2090))) return false;
  return DECADE_BEFORE.test(before) || DECADE_AFTER.test(after);
}
