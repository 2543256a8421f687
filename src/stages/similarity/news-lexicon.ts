/**
 * A small multilingual lexicon for model-free cross-language matching: month
 * names (so "15 March", "15. März", "15 марта" and "3月15日" share a date key)
 * and the countries news mentions most, with their demonyms, in the data's ten
 * languages (so "Germany", "deutsche", "Niemcy", "Германии", "ألمانيا" and
 * "德国" share one language-neutral key). Entries are written as
 * `transliterate` folds them and matched as word prefixes, so inflected forms
 * ("marca", "Deutschlands", "Almanya'da") meet too.
 */

/** Month number → transliterated prefixes (en, de, fr, es, it, pl, ru, tr, ar). */
const MONTHS: readonly (readonly string[])[] = [
  ['januar', 'janvier', 'jaenner', 'janner', 'enero', 'gennaio', 'stycz', 'yanvar', 'ocak', 'ynayr'],
  ['februar', 'fevrier', 'febrero', 'febbraio', 'lut', 'lutego', 'fevral', 'subat', 'fbrayr'],
  ['march', 'maerz', 'marz', 'mars', 'marzo', 'marzec', 'marca', 'mart', 'marta'],
  ['april', 'avril', 'abril', 'aprile', 'kwiecie', 'kwietnia', 'aprel', 'nisan', 'abryl', 'ibryl'],
  ['may', 'mai', 'mayo', 'maggio', 'maj', 'maja', 'maia', 'maya', 'mayis', 'mayw'],
  ['june', 'juni', 'juin', 'junio', 'giugno', 'czerw', 'iyun', 'iyunya', 'haziran', 'ywnyw', 'ywnyh'],
  ['july', 'juli', 'juillet', 'julio', 'luglio', 'lipiec', 'lipca', 'iyul', 'iyulya', 'temmuz', 'ywlyw', 'ywlyh'],
  ['august', 'aout', 'agosto', 'sierp', 'avgust', 'agustos', 'aghsts'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'settembre', 'wrzes', 'wrzesn', 'sentyabr', 'eylul', 'sbtmbr'],
  ['october', 'oktober', 'octobre', 'octubre', 'ottobre', 'pazdziernik', 'oktyabr', 'ekim', 'aktwbr', 'uktwbr'],
  ['november', 'novembre', 'noviembre', 'listopad', 'noyabr', 'kasim', 'nwfmbr'],
  ['december', 'dezember', 'decembre', 'diciembre', 'dicembre', 'grudzie', 'grudnia', 'dekabr', 'aralik', 'dysmbr'],
];

/** Language-neutral key → transliterated prefixes of the country's names and demonyms. */
const COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  us: ['america', 'amerika', 'amerique', 'estadounid', 'statunit', 'amerykan', 'ameryk', 'abd', 'ssha', 'amryk', 'alamryk', 'washington', 'vashington'],
  de: ['germany', 'german', 'deutsch', 'allemagne', 'allemand', 'alemania', 'aleman', 'germania', 'tedesc', 'niemc', 'niemiec', 'germani', 'nemets', 'nemetsk', 'almanya', 'alman', 'almany'],
  fr: ['france', 'french', 'frankreich', 'franzos', 'franca', 'frances', 'francia', 'frances', 'francese', 'francj', 'francus', 'frantsi', 'frantsuz', 'fransa', 'fransiz', 'frnsa'],
  gb: ['britain', 'british', 'england', 'english', 'grossbritann', 'britisch', 'england', 'royaume', 'britanni', 'britanic', 'inghilterr', 'brytyj', 'wielka brytania', 'velikobritan', 'britansk', 'ingiltere', 'ingiliz', 'brytan', 'bryt', 'brytan'],
  ru: ['russia', 'russian', 'russland', 'russisch', 'russie', 'russe', 'rusia', 'ruso', 'russo', 'rosj', 'rosyj', 'rossi', 'rossiisk', 'rusya', 'rus', 'rwsya'],
  cn: ['china', 'chinese', 'chines', 'chine', 'chinois', 'cina', 'cinese', 'chin', 'kitai', 'kitaisk', 'cin', 'alsyn'],
  ua: ['ukrain', 'ucrain', 'ukrayn', 'ukrani', 'awkran', 'ucrani'],
  it: ['italy', 'italian', 'italien', 'italie', 'italia', 'italiano', 'wloch', 'wlos', 'itali', 'italya', 'italyan', 'ytaly', 'aytaly'],
  es: ['spain', 'spanish', 'spanien', 'spanisch', 'espagne', 'espagnol', 'espana', 'espanol', 'spagn', 'hiszpan', 'ispani', 'ispanya', 'asbany'],
  pl: ['poland', 'polish', 'polen', 'polnisch', 'pologne', 'polonais', 'polonia', 'polacc', 'polsk', 'polak', 'polsh', 'polonya', 'bwlnd'],
  tr: ['turkey', 'turkish', 'turkei', 'turkisch', 'turquie', 'turc', 'turquia', 'turchi', 'turcj', 'turec', 'turtsi', 'turetsk', 'turkiye', 'turk', 'trky'],
  jp: ['japan', 'japon', 'giappon', 'japoni', 'iaponi', 'yaponi', 'japonya', 'alyaban', 'yaban'],
  in: ['india', 'indian', 'indien', 'indiano', 'indyj', 'indii', 'indiisk', 'hindistan', 'hind', 'alhnd'],
  il: ['israel', 'israeli', 'israele', 'izrael', 'izrail', 'israil', 'asrayyl', 'asrayl'],
  ir: ['iran', 'irani', 'iranian', 'iranien', 'iraniano', 'iransk', 'ayran'],
  br: ['brazil', 'brasil', 'bresil', 'brasile', 'brazyl', 'brazili', 'brezilya', 'albrazyl'],
  mx: ['mexico', 'mexican', 'mexiko', 'mexique', 'messico', 'meksyk', 'meksik', 'almksyk'],
  eu: ['europe', 'europa', 'europ', 'europea', 'europee', 'europejsk', 'evrop', 'avrupa', 'awrwb'],
  eg: ['egypt', 'agypten', 'aegypten', 'egypte', 'egipto', 'egitto', 'egipt', 'egipet', 'misir', 'msr'],
  sy: ['syria', 'syrien', 'syrie', 'siria', 'syryj', 'sirii', 'suriye', 'siriy', 'swrya'],
  kr: ['korea', 'koree', 'corea', 'kore', 'korei', 'kwrya'],
};

/** Chinese forms (matched as substrings of Han runs). */
const HAN_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  us: ['美国', '美國', '华盛顿'], de: ['德国', '德國'], fr: ['法国', '法國'], gb: ['英国', '英國'], ru: ['俄罗斯', '俄羅斯', '俄国'],
  cn: ['中国', '中國', '北京'], ua: ['乌克兰', '烏克蘭'], it: ['意大利'], es: ['西班牙'], pl: ['波兰'], tr: ['土耳其'],
  jp: ['日本'], in: ['印度'], il: ['以色列'], ir: ['伊朗'], br: ['巴西'], mx: ['墨西哥'], eu: ['欧洲', '欧盟'], eg: ['埃及'],
  sy: ['叙利亚'], kr: ['韩国', '朝鲜'],
};

const MONTH_BY_PREFIX = new Map<string, number>();
MONTHS.forEach((forms, i) => forms.forEach((f) => MONTH_BY_PREFIX.set(f, i + 1)));
const COUNTRY_BY_PREFIX = new Map<string, string>();
for (const [key, forms] of Object.entries(COUNTRIES)) for (const f of forms) if (!f.includes(' ')) COUNTRY_BY_PREFIX.set(f, key);

/** Longest listed prefix of `word` that leaves at most `slack` letters of inflection. */
function lookup<T>(table: ReadonlyMap<string, T>, word: string, minLen: number, slack: number): T | undefined {
  for (let k = Math.min(word.length, 12); k >= minLen; k--) {
    const v = table.get(word.slice(0, k));
    if (v !== undefined && word.length - k <= slack) return v;
  }
  return undefined;
}

/**
 * Month number of a transliterated word, if it names a month.
 * @example monthOf('marca') // 3
 */
export function monthOf(word: string): number | undefined {
  // Short forms match whole words only ("mayo" is not "mayor"); longer ones take case endings.
  for (let k = Math.min(word.length, 12); k >= 3; k--) {
    const v = MONTH_BY_PREFIX.get(word.slice(0, k));
    if (v !== undefined && word.length - k <= (k < 5 ? 0 : 3)) return v;
  }
  return undefined;
}

/**
 * Language-neutral key of a country named (or its people) by a transliterated word.
 * @example countryOf('deutschlands') // 'de'
 */
export function countryOf(word: string): string | undefined {
  // Short prefixes ("rus", "cin", "syn") must match nearly whole words.
  const k = lookup(COUNTRY_BY_PREFIX, word, 3, 8);
  if (k === undefined) return undefined;
  for (let n = Math.min(word.length, 12); n >= 3; n--) {
    if (COUNTRY_BY_PREFIX.get(word.slice(0, n)) === k) return n >= 5 || word.length - n <= 1 ? k : undefined;
  }
  return undefined;
}

/**
 * Country keys named in a run of Chinese characters.
 * @example hanCountries('美国总统') // ['us']
 */
export function hanCountries(run: string): string[] {
  const out: string[] = [];
  for (const [key, forms] of Object.entries(HAN_COUNTRIES)) if (forms.some((f) => run.includes(f))) out.push(key);
  return out;
}
