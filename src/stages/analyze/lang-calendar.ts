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
  tr: { bugün: 0, dün: -1, yarın: 1, 'bu sabah': 0, 'bu akşam': 0, 'geçen gece': -1 },
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

/**
 * Cues that the clause speaks of the future (tense endings and auxiliaries, and verbs and nouns
 * of forecasting: "预测周三有中雾", "prévoit", "прогнозируют", "tahmin ediliyor"),
 * so a bare weekday or date is the next one rather than the last.
 */
export const FUTURE_CUES: Readonly<Record<string, RegExp>> = {
  // "ab" as "from" before a time ("ab Freitag", "ab dem 1. April"), not the separable particle ("stimmte am Freitag … ab").
  de: /(?<![\p{L}])(?:wird|werden|soll|sollen|will|wollen|ab(?=\s+(?:dem|der|den|sofort|heute|morgen|nächst|kommend|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|\d))|bis zum|kommend\p{L}*|nächst\p{L}*|geplant|prognostiz\p{L}*|vorhergesagt|find(?:et|en)\b[^.]*\bstatt|voraussichtlich|muss|müssen|angesetzt|anberaumt|terminiert|vorgesehen)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:\p{L}+(?:era|eront|iront|dra|dront)|aura|auront|sera|seront|fera|feront|ira|va|vont|prochain\p{L}*|prévu\p{L}*|prévoi\p{L}*|prévision\p{L}*|doit|doivent|à partir d[eu'’]\p{L}*|(?:est|sont)\s+attendu\p{L}*|programmé\p{L}*|fixé\p{L}*)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:\p{L}+(?:ará|erá|irá|arán|erán|irán)|va a|van a|próximo|prevé|prevén|previst\p{L}*|previsi\p{L}*|pronostic\p{L}*|programad\p{L}*|se esperan?|a partir del?)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:\p{L}+(?:erà|irà|eranno|iranno|arà|aranno)|sarà|saranno|avrà|prossim\p{L}*|previst\p{L}*|previsioni|prevede|prevedono|a partire da\p{L}*|(?:è|sono)\s+attes[oaie]|fissat[oaie]|programmat[oaie]|in\s+programma|in\s+calendario)(?![\p{L}])/iu,
  pl: /(?:^|[^\p{L}])(?:będzie|będą|zostanie|zostaną|planowan\p{L}*|ma się|mają się|przyszł\p{L}*|nastąpi|prognoz\p{L}*|przewidu\p{L}*|odbędzie|odbędą|rozpocznie|rozpoczną|potrwa|potrwają|wejdzie|wejdą|spodziew\p{L}*|zaplanowan\p{L}*|zaplanowano)(?![\p{L}])/iu,
  ru: /(?:^|[^\p{L}])(?:будет|будут|состоится|планиру\p{L}*|запланирован\p{L}*|намечен\p{L}*|намерен\p{L}*|следующ\p{L}*|прогноз\p{L}*|ожидается|ожидаются)(?![\p{L}])/iu,
  // "beklenen", "planlanan", "öngörülen": participles of expecting and planning ("Perşembe günü düzenlenmesi beklenen toplantı"), not "beklenmedik" (unexpected).
  // Not the nouns made with the same suffix: "yiyecek" (food), "içecek" (drink), "giyecek" (clothing), "yakacak" (fuel).
  tr: /(?<![\p{L}])(?!(?:yiyecek|içecek|giyecek|yakacak)\p{L}*)\p{L}*(?:ecek|acak|eceğ|acağ)\p{L}*|itibaren|beklen(?!med)\p{L}*|planlan\p{L}*|öngörül\p{L}*|tahmin\p{L}*/iu,
  // Not the bare future prefixes "سـ/ستـ": too many nouns start with them ("سيارة", a car); with the person prefix and
  // the stem of a verb of events ("ستعقد", "سيلتقي", "سيجتمع", "ستنطلق", "سيكون") they are the future.
  ar: /(?:المنتظر|المرتقب|يعتزم|تعتزم|ينوي|تنوي|يزمع|تزمع)|(?<![\p{L}])[وف]?س[يتنأ](?:عقد|لتقي|جتمع|بدأ|صل|زور|قام|علن|نطلق|جري|كون|شارك|لقي|توجه|صوت|ستأنف|غادر|حضر|فتتح|ستمر|قوم|عود|ستضيف|نظم|طلق|دخل|صدر|نعقد|قرر|ناقش|وقع|بحث|عرض|ختتم|قدم|تخذ|سافر|تحدث|شهد|غلق|فتح|رفع|لعب|واجه|خوض|نطلق)\p{L}*|(?:سوف|سيتم|المتوقع|المقرر|المقررة|المقبل|القادم|ستبدأ|ستستمر|توقعات|يتوقع|تتوقع|اعتبارا من|اعتباراً من|ابتداء من|ابتداءً من|بدءا من|بدءًا من)/u,
  // With 预定 / 原定 (scheduled), 有望 (expected to), 打算 (plans to), 届时 (by then), and a day followed by 起 (from … on).
  zh: /将|将要|计划|预计|预测|预报|预期|预料|下周|即将|定于|拟于|预定|原定|有望|打算|届时|起(?:将|实施|执行|生效)|(?:周|星期|礼拜)[一二三四五六日天]起/u,
};

/** A German present-tense verb ending in -t: not the strong pasts in -t ("hielt", "galt"), auxiliaries of the past or adverbs in -t. */
const DE_PRESENT_T = String.raw`(?!(?:hat|ist|hielt|trat|bat|galt|riet|tat|lud|schnitt|stritt|litt|briet|hatte|wurde|war|nicht|erst|jetzt|zuletzt|bereits|meist|fast|selbst|sonst|insgesamt|damit|somit|mit|seit|weit|gut|laut|oft|dort|nachts|bislang|zunächst|mittlerweile|spät|spätest|frühest)(?![\p{L}]))\p{Ll}{2,}(?<!te)t(?![\p{L}])`;

/**
 * More future cues, kept apart from FUTURE_CUES because some are case-sensitive: Polish "ma/mają"
 * with an infinitive is a plan ("ma ogłosić", is to announce).
 */
export const FUTURE_FORMS: Readonly<Record<string, RegExp>> = {
  // German verb-second: a present-tense verb right after a fronted "am Freitag" ("Am Freitag beginnt die Messe") is the
  // coming day; the strong past forms ending in -t ("hielt", "trat", "galt"), the perfect's auxiliaries and adverbs in -t
  // ("Am Freitag erst wurde …", "nicht", "zuletzt") are not.
  de: new RegExp(String.raw`(?:^|[.!?:;]\s*|\n)\s*(?:(?:Am|Ab|Bis|Diesen|Kommenden|Nächsten)\s+(?:kommenden\s+|nächsten\s+)?\p{Lu}\p{Ll}+(?:tag|woch|abend|morgen|mittag|nacht|vormittag|nachmittag)\p{Ll}*\s+${DE_PRESENT_T}` +
    // Subject first: "Der Prozess beginnt am Freitag", "Die Entscheidung fällt am Montag" (present and a coming day).
    String.raw`|(?:Der|Die|Das)\s+(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}+\s+${DE_PRESENT_T}\s+(?:\p{L}+\s+){0,4}?(?:am|ab|bis)\s+(?:kommenden\s+|nächsten\s+)?\p{Lu}\p{Ll}+(?:tag|woch)\p{Ll}*)` +
    String.raw`(?![^.!?]*(?<![\p{L}])(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden)(?![\p{L}]))`, 'u'),
  pl: /(?:^|[^\p{L}])(?:ma|mają)\s+\p{L}+ć(?![\p{L}])/iu,
  // Russian "должен / должна / должно / должны" + infinitive is an obligation ahead, unless "был" makes it past.
  ru: /(?<![\p{L}])(?:должен|должна|должно|должны)(?!\s+(?:был|была|было|были))(?![\p{L}])/iu,
  // Futures of the irregular stems the endings in FUTURE_CUES miss: "tendrá", "podrán", "potrà", "dovranno", "devra", "pourront".
  // Lower case only: names end so too ("Irán").
  es: /(?<![\p{L}])\p{Ll}+(?:rá|rán)(?![\p{L}])/u,
  it: /(?<![\p{L}])\p{Ll}+(?:rà|ranno)(?![\p{L}])/u,
  fr: /(?<![\p{L}])\p{Ll}+(?:vra|vront|rra|rront|ura|uront)(?![\p{L}])/u,
};

/**
 * "This" before a weekday ("este jueves", "ce jeudi", "questo giovedì"): the day of the current week, so the
 * nearer of the last and the next one (the next counting 1.5× its distance, as for a day and month), unless the
 * clause's tense says which (PAST_FORMS, FUTURE_CUES). "El consejo se reúne este jueves" on a Wednesday is tomorrow.
 */
export const THIS_DAY: Readonly<Record<string, RegExp>> = {
  es: /(?<![\p{L}])(?:este|esta)\s+$/iu,
  fr: /(?<![\p{L}])ce\s+$/iu,
  it: /(?<![\p{L}])questo\s+$/iu,
};

/**
 * Past verb forms where the language marks them plainly: Spanish preterite and perfect ("aprobó", "aprobaron",
 * "ha aprobado", "fue"), Italian perfect and remote past ("ha approvato", "è stato", "approvò"), French passé
 * composé ("a adopté", "sont arrivés"). Read only to keep a "this" weekday (THIS_DAY) in the past.
 */
export const PAST_FORMS: Readonly<Record<string, RegExp>> = {
  // With the irregular preterites ("dijo", "hizo", "tuvo", "disse", "fece", "ebbe").
  es: /(?<![\p{L}])(?:ha|han|había|habían|fue|fueron|hubo|estuvo|estuvieron|dijo|dijeron|hizo|hicieron|puso|pusieron|tuvo|tuvieron|dio|dieron|vino|vinieron|quiso|pudo|pudieron|supo|trajo|produjo|condujo)(?![\p{L}])|(?<![\p{L}])\p{Ll}{2,}(?:ó|aron|ieron|aba|aban)(?![\p{L}])/u,
  it: /(?<![\p{L}])(?:ha|hanno|aveva|avevano|fu|furono|disse|dissero|fece|fecero|ebbe|ebbero|venne|vennero|prese|presero|mise|misero|chiese|chiesero|rispose|risposero|scrisse|morì|partì|uscì|finì|colpì|(?:è|sono|era|erano)\s+(?:\p{L}+\s+)?\p{Ll}+(?:at|ut|it)[oaie])(?![\p{L}])|(?<![\p{L}])\p{Ll}{2,}(?:ò|arono|irono|erono)(?![\p{L}])/u,
  // German only the past of the auxiliaries and "blieb" ("ist geschlossen" is a present state).
  de: /(?<![\p{L}])(?:war|waren|wurde|wurden|hatte|hatten|blieb|blieben)(?![\p{L}])/iu,
  // "est / sont" with a participle only when reflexive or a verb of motion: "les magasins sont fermés" is a present state.
  fr: /(?<![\p{L}])(?:(?:a|ont|avait|avaient|était|étaient|s['’]est|se\s+sont)\s+(?:(?:été|déjà|notamment|également|aussi|bien)\s+)?\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ert|erte)|(?:est|sont)\s+(?:arrivé|parti|venu|mort|né|allé|entré|sorti|tombé|resté|devenu|revenu|rentré|décédé|intervenu|survenu)\p{Ll}{0,2})(?![\p{L}])/u,
};

/**
 * Obligation with an infinitive ("debe votar", "deve votare", "devrait voter"; not "debe haber", "deve essere stato")
 * and the conditional of a plan ("podría votar el jueves", "voterebbe", "voterait"), not the hearsay past of its
 * auxiliaries ("habría dicho", "avrebbe detto", "aurait dit", "sarebbe stato"); Spanish only its common irregular
 * forms, since many nouns end in "-ría" ("la mayoría", "la secretaría"). Weaker than FUTURE_CUES: they look ahead
 * only in a clause with no past verb (PAST_FORMS), since "La flotte devrait se contracter, comme l'a annoncé la
 * compagnie jeudi" dates the announcement.
 */
export const FUTURE_MODALS: Readonly<Record<string, RegExp>> = {
  es: /(?<![\p{L}])(?:(?:debe|deben|debería|deberían)\s+(?!haber)\p{Ll}+(?:ar|er|ir)(?:se)?|podría|podrían|tendría|tendrían|sería|serían|haría|harían|vendría|vendrían|saldría|saldrían)(?![\p{L}])/u,
  it: /(?<![\p{L}])(?:(?:deve|devono|dovrebbe|dovrebbero)\s+(?!essere\s+stat|aver)\p{Ll}+(?:are|ere|ire)|(?!(?:avrebbe|avrebbero)(?![\p{L}])|(?:sarebbe|sarebbero)\s+stat)\p{Ll}+(?:rebbe|rebbero))(?![\p{L}])/u,
  fr: /(?<![\p{L}])(?:(?:devrait|devraient)\s+(?!avoir|être\s+été)\p{Ll}+(?:er|ir|re)|(?!(?:aurait|auraient|serait|seraient|(?:por|re|at|ex|abs|dis)?trait)(?![\p{L}]))\p{Ll}+(?:rait|raient))(?![\p{L}])/u,
};

/**
 * A clause with a finite verb in the non-past and none in the past
 * speaks of the future where the language marks the past on every past verb
 * (Russian "-л/-ла/-ли": "в пятницу … начнет свой турнир" is next Friday; the
 * perfective non-past is the future).
 */
export const NON_PAST_CLAUSE: Readonly<Record<string, { readonly nonPast: RegExp; readonly past: RegExp }>> = {
  // Turkish, likewise: the present progressive with a day and no past suffix is that day ahead ("Bakanlar Cuma günü
  // toplanıyor"); the past is "-dı/-di/-du/-dü/-tı/…" and "-mış", participles "-dığı", "-an/-en … yapılan".
  tr: {
    nonPast: /\p{Ll}{2,}(?:ıyor|iyor|uyor|üyor)(?:lar)?(?:dı|di)?(?![\p{L}])/u,
    past: /\p{Ll}+(?:[dt][ıiuü](?:r|k|m|n|lar|ler)?|m[ıiuü]ş\p{Ll}*|[dt][ıiuü]ğ\p{Ll}*|yordu|yorlardı)(?![\p{L}])|(?<![\p{L}])\p{Ll}+(?:an|en)(?![\p{L}])/u,
  },
  ru: {
    nonPast: /(?<![\p{L}])\p{Ll}{3,}(?:ет|ёт|ит|ут|ют|ят)(?:ся)?(?![\p{L}])/u,
    past: /(?<![\p{L}])\p{Ll}+[аеиоуыяэё]л(?:а|о|и)?(?:сь|ся)?(?![\p{L}])/u,
  },
};

/**
 * A year written alone with its year word or preposition ("на 2020 год", "im Jahr 2020", "en 2020",
 * "2020 yılında", "عام 2020", "2020 年"): a day and month without a year in the same sentence is read
 * in that year (not a target year: "bis 2021", "pour 2021", "para 2021" name no sentence's year) ("обещания на 2020 год … заканчивающимся 31 декабря" is 31 December 2020). Group 1 is the year.
 */
export const YEAR_ALONE: Readonly<Record<string, RegExp>> = {
  de: /(?<![\p{L}])(?:im\s+Jahr(?:e)?|des\s+Jahres)\s+((?:19|20)\d\d)(?![\d.,]\d|\d)/giu,
  fr: /(?<![\p{L}])(?:en|l['’]année|de l['’]année)\s+((?:19|20)\d\d)(?![\d.,]\d|\d)/giu,
  es: /(?<![\p{L}])(?:en|del|año|el año)\s+((?:19|20)\d\d)(?![\d.,]\d|\d)/giu,
  it: /(?<![\p{L}])(?:nel|del|anno|l['’]anno)\s+((?:19|20)\d\d)(?![\d.,]\d|\d)/giu,
  pl: /(?<![\d.,])((?:19|20)\d\d)\s*(?:r\.|rok\p{L}*)(?![\p{L}])/gu,
  ru: /(?<![\d.,])((?:19|20)\d\d)\s*(?:г\.|год\p{L}*)(?![\p{L}])/gu,
  tr: /(?<![\d.,])((?:19|20)\d\d)(?:\s*yıl\p{L}*|['’](?:de|da|te|ta|den|dan)(?![\p{L}]))/gu,
  ar: /(?:عام|العام|سنة|لعام|للعام)\s+((?:19|20)\d\d)(?!\d)/gu,
  // Only after a preposition and before a pause: "在 2020 年东京奥运会上" names the Games, not the year of the sentence's dates.
  zh: /(?:在|于|到|至|截至)\s*((?:19|20)\d\d)\s*年(?:度|内|底|初|中)?(?=\s*[，,、；;])/gu,
};

/** Cues that a bare date lies in the past ("seit dem 1. April"). */
export const PAST_CUES: Readonly<Record<string, RegExp>> = {
  de: /\b(?:seit|vom|bis einschließlich)\s+(?:dem\s+)?$/iu,
  fr: /\b(?:depuis|dès)\s+(?:le\s+)?$/iu,
  es: /\b(?:desde)\s+(?:el\s+)?$/iu,
  it: /\b(?:dal|dall'|da)\s+$/iu,
  pl: /(?:^|\s)(?:od)\s+$/iu,
  ru: /(?:^|\s)(?:с|со|начиная с)\s+$/iu,
  tr: /$^/u,
  ar: /(?:منذ)\s+$/u,
  zh: /自$|从$/u,
};

/**
 * The cues of PAST_CUES that only mean "since" ("seit dem 1. April … geführt wird"); the
 * others also mean "from" and look forward in a clause about the future ("od 25 maja będzie").
 */
export const SINCE_ONLY = /(?:^|[^\p{L}])(?:seit|depuis|منذ)\s+(?:dem\s+|le\s+|يوم\s+)?$/iu;

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
