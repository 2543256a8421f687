/**
 * Calendar words of the nine non-English languages: month names (with the
 * inflected forms dates use: Polish and Russian genitives, Turkish suffixes
 * are matched by the patterns), weekday names and stems, and the words for
 * today / yesterday / tomorrow. One table per language so a missing word is
 * easy to spot and add. Keys are ISO 639-1 codes.
 */

/** Month number (1–12) of each written form, lower case. */
export const MONTHS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  de: forms([
    // With the genitives ("des 1. Januars").
    ['januar', 'jänner', 'jan', 'januars', 'jänners'], ['februar', 'feber', 'feb', 'februars'], ['märz', 'mär', 'mrz', 'maerz', 'märzes'],
    ['april', 'apr', 'aprils'], ['mai', 'mais'], ['juni', 'jun', 'junis'], ['juli', 'jul', 'julis'], ['august', 'aug', 'augusts'],
    ['september', 'sept', 'sep', 'septembers'], ['oktober', 'okt', 'oktobers'], ['november', 'nov', 'novembers'], ['dezember', 'dez', 'dezembers'],
  ]),
  fr: forms([
    ['janvier', 'janv'], ['février', 'fevrier', 'févr'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'decembre', 'déc'],
  ]),
  // With the abbreviations of datelines ("3 ene. 2020", "3 mar 2020", "3 sty 2020", "3 мар 2020").
  es: forms([
    ['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'],
    ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sep', 'sept'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic'],
  ]),
  it: forms([
    ['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'],
    ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set', 'sett'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic'],
  ]),
  pl: forms([
    ['stycznia', 'styczeń', 'styczniu', 'sty'], ['lutego', 'luty', 'lutym', 'lut'], ['marca', 'marzec', 'marcu'], ['kwietnia', 'kwiecień', 'kwietniu', 'kwi'],
    ['maja', 'maj', 'maju'], ['czerwca', 'czerwiec', 'czerwcu', 'cze'], ['lipca', 'lipiec', 'lipcu', 'lip'], ['sierpnia', 'sierpień', 'sierpniu', 'sie'],
    ['września', 'wrzesień', 'wrześniu', 'wrz'], ['października', 'październik', 'październiku', 'paź'], ['listopada', 'listopad', 'listopadzie', 'lis'],
    ['grudnia', 'grudzień', 'grudniu', 'gru'],
  ]),
  ru: forms([
    ['января', 'январь', 'январе', 'янв'], ['февраля', 'февраль', 'феврале', 'фев'], ['марта', 'март', 'марте', 'мар'], ['апреля', 'апрель', 'апреле', 'апр'],
    ['мая', 'май', 'мае'], ['июня', 'июнь', 'июне', 'июн'], ['июля', 'июль', 'июле', 'июл'], ['августа', 'август', 'августе', 'авг'],
    ['сентября', 'сентябрь', 'сентябре', 'сен', 'сент'], ['октября', 'октябрь', 'октябре', 'окт'], ['ноября', 'ноябрь', 'ноябре', 'ноя'], ['декабря', 'декабрь', 'декабре', 'дек'],
  ]),
  tr: forms([
    ['ocak'], ['şubat'], ['mart'], ['nisan'], ['mayıs'], ['haziran'],
    ['temmuz'], ['ağustos'], ['eylül'], ['ekim'], ['kasım'], ['aralık'],
  ]),
  // Egyptian / Gulf names, the Levantine and Iraqi ones ("آذار", "مايس"; with and without the article and hamza:
  // "كانون ثاني", "تشرين اول", "اذار"), the Algerian and Tunisian ones from French ("جانفي", "أفريل", "جوان", "أوت")
  // and the Moroccan ones ("يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر").
  ar: forms([
    ['يناير', 'كانون الثاني', 'كانون ثاني', 'كانون الثانى', 'جانفي', 'جانفييه'],
    ['فبراير', 'شباط', 'فيفري', 'فبراي'],
    ['مارس', 'آذار', 'اذار', 'أذار'],
    ['أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل', 'افريل'],
    ['مايو', 'أيار', 'ايار', 'مايس', 'ماي'],
    ['يونيو', 'يونيه', 'حزيران', 'جوان'],
    ['يوليو', 'يوليه', 'تموز', 'جويلية', 'جويلييه', 'يوليوز'],
    ['أغسطس', 'اغسطس', 'آب', 'أوت', 'اوت', 'غشت'],
    ['سبتمبر', 'أيلول', 'ايلول', 'شتنبر'],
    ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين الاول', 'تشرين أول', 'تشرين اول'],
    ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'تشرين الثانى', 'نونبر'],
    ['ديسمبر', 'كانون الأول', 'كانون الاول', 'كانون أول', 'كانون اول', 'دجنبر'],
  ]),
};

/**
 * Weekday stems (0 = Sunday): a word starting with the stem names the day,
 * which covers the case endings ("środę", "пятницу", "Cuma'ya") and German
 * compounds ("Dienstagvormittag"). Arabic and Chinese forms are whole words.
 */
export const WEEKDAYS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  de: [['sonntag'], ['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend']],
  fr: [['dimanche'], ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi']],
  es: [['domingo'], ['lunes'], ['martes'], ['miércoles', 'miercoles'], ['jueves'], ['viernes'], ['sábado', 'sabado']],
  it: [['domenica'], ['lunedì', 'lunedi'], ['martedì', 'martedi'], ['mercoledì', 'mercoledi'], ['giovedì', 'giovedi'], ['venerdì', 'venerdi'], ['sabato']],
  pl: [['niedziel'], ['poniedział'], ['wtor'], ['środ', 'srod'], ['czwart'], ['piąt', 'piat'], ['sobot']],
  ru: [['воскресень'], ['понедельник'], ['вторник'], ['сред'], ['четверг'], ['пятниц'], ['суббот']],
  tr: [['pazar'], ['pazartesi'], ['salı'], ['çarşamba'], ['perşembe'], ['cuma'], ['cumartesi']],
  ar: [['الأحد', 'الاحد'], ['الاثنين', 'الإثنين', 'الأثنين'], ['الثلاثاء'], ['الأربعاء', 'الاربعاء'], ['الخميس'], ['الجمعة'], ['السبت']],
  zh: [['日', '天'], ['一'], ['二'], ['三'], ['四'], ['五'], ['六']],
};

/**
 * The endings a Polish or Russian weekday stem may take (0 = Sunday),
 * so that "среди", "средств", "в среднем", "w środku", "czwarta", "piąty" are
 * not read as weekdays. Plural forms ("po środach", "по пятницам") stay: habits.
 */
export const WEEKDAY_ENDINGS: Readonly<Record<string, readonly RegExp[]>> = {
  // With the adjectives of the day ("niedzielne wybory", "piątkowy mecz", "środowa sesja", "субботней игры").
  pl: [/^(?:a|i|ę|ą|e|om|ami|ach|n\p{L}{1,3})$/u, /^(?:ek|ku|kiem|ki|ków|kami|kach|kow\p{L}{1,3})$/u, /^(?:ek|ku|kiem|ki|ków|kami|kach|kow\p{L}{1,3})$/u,
    /^(?:a|y|ę|ą|zie|om|ami|ach|ow[yaeę]|ow(?:ej|ego|ym|ych))$/u, /^(?:ek|ku|kiem|ki|ków|kami|kach|kow\p{L}{1,3})$/u,
    /^(?:ek|ku|kiem|ki|ków|kami|kach|kow\p{L}{1,3})$/u, /^(?:a|y|ę|ą|cie|om|ami|ach|n\p{L}{1,3})$/u],
  ru: [/^(?:е|я|ю|ем|ям|ями|ях)$/u, /^(?:|а|у|ом|и|ам|ами|ах|ов)$/u, /^(?:|а|у|ом|и|ам|ами|ах|ов)$/u, /^(?:а|у|ы|ой|ам|ами|ах)$/u,
    /^(?:|а|у|ом|и|ам|ами|ах|ов)$/u, /^(?:а|у|ы|е|ей|ам|ами|ах)$/u, /^(?:а|у|ы|е|ой|ам|ами|ах|н\p{L}{1,3})$/u],
};

/** today / yesterday / tomorrow / the day before yesterday / after tomorrow → day offset. */
export const DAY_WORDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  // With last night ("letzte / vergangene Nacht", "la nuit dernière", "la notte scorsa", "прошлой ночью", "الليلة الماضية").
  de: { heute: 0, gestern: -1, morgen: 1, vorgestern: -2, übermorgen: 2, 'letzte nacht': -1, 'vergangene nacht': -1 },
  // With the parts of today ("ce matin", "ce soir", "cet après-midi").
  fr: { "aujourd'hui": 0, 'aujourd’hui': 0, hier: -1, demain: 1, 'avant-hier': -2, 'après-demain': 2, 'ce matin': 0, 'ce soir': 0, 'cet après-midi': 0, 'cette nuit': 0, 'la nuit dernière': -1 },
  es: { hoy: 0, ayer: -1, mañana: 1, anteayer: -2, antier: -2, 'antes de ayer': -2, 'pasado mañana': 2, anoche: -1, 'esta mañana': 0, 'esta tarde': 0, 'esta noche': 0, 'esta madrugada': 0, 'la pasada noche': -1, 'la noche pasada': -1 },
  it: { oggi: 0, ieri: -1, domani: 1, 'l’altro ieri': -2, "l'altro ieri": -2, 'ieri l’altro': -2, "ieri l'altro": -2, altroieri: -2, dopodomani: 2, stamattina: 0, stamane: 0, stamani: 0, stasera: 0, 'questa mattina': 0, 'questa sera': 0, 'questo pomeriggio': 0, stanotte: 0, 'la notte scorsa': -1, 'la scorsa notte': -1 },
  pl: { dziś: 0, dzisiaj: 0, wczoraj: -1, jutro: 1, przedwczoraj: -2, pojutrze: 2, 'zeszłej nocy': -1, 'ubiegłej nocy': -1, 'minionej nocy': -1 },
  ru: { сегодня: 0, вчера: -1, завтра: 1, позавчера: -2, послезавтра: 2, 'прошлой ночью': -1, 'минувшей ночью': -1 },
  // With the day before yesterday and after tomorrow ("evvelki gün", "dünden önceki gün", "öbür gün"); not "önceki gün"
  // alone, which is also "the day before" another day (dates-intl-adjacent.ts).
  tr: { bugün: 0, dün: -1, yarın: 1, 'bu sabah': 0, 'bu akşam': 0, 'geçen gece': -1, 'evvelki gün': -2, 'dünden önceki gün': -2, 'öbür gün': 2, 'yarından sonraki gün': 2 },
  ar: { اليوم: 0, أمس: -1, الأمس: -1, امس: -1, غدا: 1, غداً: 1, 'يوم غد': 1, 'أول أمس': -2, 'أمس الأول': -2, 'بعد غد': 2, 'بعد غدا': 2, 'الليلة الماضية': -1 },
  // With the parts of a day: 昨晚 (last night), 今晨 (this morning), 明晚 (tomorrow night).
  zh: { 今天: 0, 今日: 0, 本日: 0, 昨天: -1, 昨日: -1, 明天: 1, 明日: 1, 前天: -2, 后天: 2, 昨晚: -1, 昨夜: -1, 今晨: 0, 今早: 0, 今晚: 0, 明晚: 1, 明早: 1 },
};

/**
 * Adjectives of yesterday / tomorrow ("Wczorajsze zamknięcie", "вчерашний
 * матч", "die gestrige Sitzung", "dünkü"): stems, any ending. "Today's" forms
 * are left out: "dzisiejszy", "heutig", "сегодняшний" as often mean "present-day".
 */
export const DAY_ADJECTIVES: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  de: [['vorgestrig', -2], ['gestrig', -1], ['übermorgig', 2], ['morgig', 1]],
  pl: [['przedwczorajsz', -2], ['wczorajsz', -1], ['pojutrzejsz', 2], ['jutrzejsz', 1]],
  ru: [['позавчерашн', -2], ['вчерашн', -1], ['послезавтрашн', 2], ['завтрашн', 1]],
  tr: [['dünkü', -1], ['yarınki', 1]],
};

/**
 * Words before or after a weekday that pick the next / the last one, with "geçtiğimiz / önümüzdeki Salı",
 * "w ubiegły piątek", "в минувшую пятницу" and Arabic feminine agreement ("الجمعة الماضية").
 */
export const NEXT_WORDS = /^(?:nächste[nmrs]?|kommende[nmrs]?|prochain|próximo|prossimo|przyszł[yą]|następn[yą]|najbliższ[yąa]|nadchodząc[yąa]|ближайш\p{L}*|следующ\p{L}*|gelecek|önümüzdeki|المقبل|القادم|المقبلة|القادمة|下)$/u;
export const LAST_WORDS = /^(?:letzte[nmrs]?|vergangene[nmrs]?|vorige[nmrs]?|dernier|pasado|scorso|ostatni|zeszł[yą]|ubiegł[yąa]|mini(?:ony|oną|onego|onej)|прошл\p{L}*|минувш\p{L}*|geçen|geçtiğimiz|الماضي|الماضية|الفائت|الفائتة|المنصرم|المنصرمة|上)$/u;

/**
 * Last week / next week written before or after a weekday ("letzte Woche Montag", "Geçen hafta Pazartesi",
 * "la semaine dernière, lundi", "el lunes de la semana pasada", "на прошлой неделе в понедельник"): that weekday
 * of the week before or after the publication's week (Monday first), not the last or next one; "this week" likewise
 * names that weekday of the publication's own week ("el jueves de esta semana", "в четверг на этой неделе").
 * `before` must end right before the weekday (with its preposition or article), `after` start right after it.
 */
export const WEEK_WORDS: Readonly<Record<string, { readonly last: string; readonly next: string; readonly glue: string; readonly this?: string }>> = {
  de: { last: String.raw`(?:letzte[nr]?|vergangene[nr]?|vorige[nr]?)\s+Woche`, next: String.raw`(?:nächste[nr]?|kommende[nr]?)\s+Woche`, glue: String.raw`(?:am|der|,)`, this: String.raw`diese[nr]?\s+Woche` },
  fr: { last: String.raw`semaine\s+(?:dernière|passée)`, next: String.raw`semaine\s+prochaine`, glue: String.raw`(?:le|de\s+la|,)`, this: String.raw`(?:de\s+)?cette\s+semaine` },
  es: { last: String.raw`semana\s+pasada`, next: String.raw`(?:semana\s+(?:próxima|que\s+viene)|próxima\s+semana)`, glue: String.raw`(?:el|de\s+la|,)`, this: String.raw`(?:de\s+)?esta\s+semana` },
  it: { last: String.raw`settimana\s+scorsa|scorsa\s+settimana`, next: String.raw`settimana\s+prossima|prossima\s+settimana`, glue: String.raw`(?:della|,)`, this: String.raw`(?:di\s+)?questa\s+settimana` },
  pl: { last: String.raw`(?:zeszłym|ubiegłym|poprzednim|minionym)\s+tygodniu`, next: String.raw`(?:przyszłym|następnym)\s+tygodniu`, glue: String.raw`(?:w|we|,)`, this: String.raw`(?:w\s+)?tym\s+tygodniu` },
  ru: { last: String.raw`(?:прошлой|минувшей|предыдущей)\s+неделе`, next: String.raw`следующей\s+неделе`, glue: String.raw`(?:в|во|на|,)`, this: String.raw`(?:на\s+)?этой\s+неделе` },
  tr: { last: String.raw`(?:geçen|geçtiğimiz)\s+hafta(?:nın)?`, next: String.raw`(?:gelecek|önümüzdeki)\s+hafta(?:nın)?`, glue: String.raw`(?:,)`, this: String.raw`bu\s+hafta(?:nın)?` },
  ar: { last: String.raw`الأسبوع\s+الماضي`, next: String.raw`الأسبوع\s+(?:المقبل|القادم)`, glue: String.raw`(?:يوم|في|،)`, this: String.raw`(?:من\s+)?(?:هذا\s+الأسبوع|الأسبوع\s+(?:الجاري|الحالي))` },
};

/**
 * "for <weekday>" before a day names one ahead ("für Freitag angesetzt", "prévu pour vendredi", "para el viernes",
 * "per venerdì", "zaplanowano na piątek", "назначено на пятницу"); not the night from one day to the next
 * ("w nocy z czwartku na piątek", "в ночь на пятницу", "z soboty na niedzielę").
 */
export const FOR_DAY: Readonly<Record<string, RegExp>> = {
  de: /(?<![\p{L}])für\s+(?:den\s+)?(?:kommenden\s+)?$/iu,
  fr: /(?<![\p{L}])(?:pour|d['’]ici(?:\s+à)?)\s+(?:ce\s+)?$/iu,
  es: /(?<![\p{L}])para\s+(?:el|este)\s+$/iu,
  it: /(?<![\p{L}])(?:per|entro)\s+(?:il\s+|questo\s+)?$/iu,
  pl: /(?<![\p{L}\d])(?<!(?:nocy|noc)\s+z\s+\p{L}+\s+)(?<!(?<![\p{L}])z\s+\p{L}+\s+)na\s+$/iu,
  ru: /(?<![\p{L}])(?<!ночь\s+)(?<!(?<![\p{L}])со?\s+\p{L}+\s+)на\s+$/iu,
};
/**
 * "Until" a weekday ("bis Sonntag", "jusqu'à dimanche", "hasta el domingo", "fino a domenica", "до воскресенья",
 * Turkish after it: "Pazar gününe kadar"): a deadline ahead, unless a past verb dates the clause
 * (PAST_FORMS, the Russian and Turkish past). Not Polish "do niedzieli": its past cannot be told from its nouns here.
 */
export const UNTIL_DAY: Readonly<Record<string, { readonly before?: RegExp; readonly after?: RegExp }>> = {
  de: { before: /(?<![\p{L}])bis\s+(?:zum\s+|einschließlich\s+)?(?:kommenden\s+)?$/iu },
  fr: { before: /(?<![\p{L}])jusqu['’](?:à|au)\s+$/iu },
  es: { before: /(?<![\p{L}])hasta\s+(?:el\s+|este\s+)?$/iu },
  it: { before: /(?<![\p{L}])fino\s+(?:a|al)\s+$/iu },
  ru: { before: /(?<![\p{L}])до\s+$/iu },
  tr: { after: /^(?:['’]?y?[ae]|\s+günü?ne)\s+kadar(?![\p{L}])/u },
};
/**
 * The "from" of a range before "until" ("von Samstag bis Sonntag", "desde el lunes hasta el domingo", "с понедельника
 * до воскресенья"): the second day is no deadline but the range's end, read like its first day. (Arabic "حتى" was
 * left out: "5387 حالة وفاة حتى يوم الجمعة" counts up to a past Friday, and the Arabic past is not read here.)
 */
export const RANGE_FROM = /(?<![\p{L}])(?:von|vom|du|de|desde|dal|da|с|со)\s+(?:[^.!?;]|(?<=\d)\.){1,30}$/iu;

/** The weekday forms "na" / "на" governs when it means "for" (the accusative noun): "na niedzielny nalot" is "to Sunday's raid". */
export const FOR_DAY_FORM: Readonly<Record<string, RegExp>> = {
  pl: /^(?:niedziel[ęe]|poniedziałek|wtorek|środ[ęe]|czwartek|piątek|sobot[ęe])$/u,
  ru: /^(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)$/u,
};


function forms(months: readonly (readonly string[])[]): Record<string, number> {
  const out: Record<string, number> = {};
  months.forEach((names, i) => {
    for (const n of names) out[n] = i + 1;
  });
  return out;
}

/** Letters and their marks, for the word boundaries of the date patterns. */
export const L = String.raw`\p{L}\p{M}`;

/** A regular-expression alternation of words, longest first (so a longer form wins), each escaped. */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** The month names of a language as one alternation, or undefined for a language without a table. */
export function monthPattern(lang: string): string | undefined {
  const m = MONTHS[lang];
  return m ? alternation(Object.keys(m)) : undefined;
}

/** Turkish case suffixes after an apostrophe: "Mart'ta", "Cuma'ya"; the end moved past them. */
export function extendSuffix(text: string, end: number): number {
  const m = /^['’]\p{L}{1,4}/u.exec(text.slice(end, end + 6));
  return m ? end + m[0].length : end;
}
