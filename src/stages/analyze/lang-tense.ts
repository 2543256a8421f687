/**
 * Tense and time cues of the nine non-English languages, read by the date
 * resolution (dates-intl-resolve.ts, dates-intl-weekdays.ts) to choose between
 * the last and the next weekday or date: future auxiliaries, endings and words
 * of planning, past forms, "this" before a weekday, a year written alone in the
 * sentence, "since". Kept apart from lang-calendar.ts, which holds the
 * calendar's words themselves. Keys are ISO 639-1 codes.
 */

/**
 * Cues that the clause speaks of the future (tense endings and auxiliaries, and verbs and nouns
 * of forecasting: "预测周三有中雾", "prévoit", "прогнозируют", "tahmin ediliyor"),
 * so a bare weekday or date is the next one rather than the last.
 */
export const FUTURE_CUES: Readonly<Record<string, RegExp>> = {
  // "ab" as "from" before a day ("ab Freitag", "ab dem 1. April", "ab 1.4.", "ab 2021"), not the separable particle
  // ("stimmte am Freitag … ab"), nor before an hour or a bare number: "am Freitagabend ab 20.15 Uhr" is the hour of that
  // evening's broadcast, "ab 18 Jahren" an age.
  de: /(?<![\p{L}])(?:wird|werden|soll|sollen|will|wollen|ab(?=\s+(?:dem|der|den|sofort|heute|morgen|nächst|kommend|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|(?!\d{1,2}[.:]\d{2}\s*Uhr)\d{1,2}\.(?!\d{2}(?![\d.]))|(?:19|20)\d\d(?![\d.,]\d)))|bis zum|kommend\p{L}*|nächst\p{L}*|geplant|prognostiz\p{L}*|vorhergesagt|find(?:et|en)\b[^.]*\bstatt|voraussichtlich|muss|müssen|angesetzt|anberaumt|terminiert|vorgesehen)(?![\p{L}])/iu,
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
  // With the irregular preterites ("dijo", "hizo", "tuvo", "disse", "fece", "ebbe"); Italian words in "-ò" that are no
  // remote past: "può" (can), "però", "perciò", "ciò".
  es: /(?<![\p{L}])(?:ha|han|había|habían|fue|fueron|hubo|estuvo|estuvieron|dijo|dijeron|hizo|hicieron|puso|pusieron|tuvo|tuvieron|dio|dieron|vino|vinieron|quiso|pudo|pudieron|supo|trajo|produjo|condujo)(?![\p{L}])|(?<![\p{L}])\p{Ll}{2,}(?:ó|aron|ieron|aba|aban)(?![\p{L}])/u,
  it: /(?<![\p{L}])(?:ha|hanno|aveva|avevano|fu|furono|disse|dissero|fece|fecero|ebbe|ebbero|venne|vennero|prese|presero|mise|misero|chiese|chiesero|rispose|risposero|scrisse|morì|partì|uscì|finì|colpì|(?:è|sono|era|erano)\s+(?:\p{L}+\s+)?\p{Ll}+(?:at|ut|it)[oaie])(?![\p{L}])|(?<![\p{L}])(?!(?:può|però|perciò|ciò)(?![\p{L}]))\p{Ll}{2,}(?:ò|arono|irono|erono)(?![\p{L}])/u,
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

/**
 * Russian marks the past on every past verb ("-л/-ла/-ли"): there a clause with no past verb is no past, so a weekday
 * that falls tomorrow is tomorrow rather than six days back ("Только вторник, 18:00 до полуночи" on a Monday). News
 * names yesterday and tomorrow far more often than six days back (in the development sets' gold, +1: 18, -6: 1, that
 * one with a past verb). The clause starts after a relative pronoun before the day, which has a tense of its own.
 * Not Polish: its past participles ("opublikowanej we wtorek", "przyjęty"), impersonal pasts ("skierowano"), plural
 * weekdays ("w niedziele", on Sundays) and weekday adjectives of past events ("piątkowy atak") left too many days
 * wrongly moved ahead over the semeval-dev texts; nor Turkish, whose past pattern also matches nouns ("toplantı").
 */
export const PAST_MARKED: Readonly<Record<string, { readonly past: RegExp; readonly relative: RegExp }>> = {
  // Case-insensitive ("Сообщила во вторник полиция"), with past participles ("опубликованный", "прошедший"),
  // perfective gerunds ("подписав") and words of the past ("вчера", "прошлый", "накануне").
  ru: {
    past: /(?<![\p{L}])(?:\p{L}+[аеиоуыяэё]л(?:а|о|и)?(?:сь|ся)?|\p{L}+(?:анн|енн|янн|вш)\p{L}*|\p{L}+[аеиоя]в(?:шись)?|вчера|накануне|прошл\p{L}*)(?![\p{L}])/iu,
    relative: /,\s*(?:(?:в|на|о|с|по|при|за|из)\s+)?(?:котор\p{L}+|где|куда)(?![\p{L}])/giu,
  },
};

/** "and" joining two clauses in the languages whose past PAST_FORMS reads. */
const AND: Readonly<Record<string, RegExp>> = { de: /\sund\s/gu, fr: /\set\s/gu, es: /\s[ye]\s/gu, it: /\se(?:d)?\s/gu };

/**
 * The date is in a clause joined by "and" after the past verb, and its own has
 * none ("… ha firmato nel 2014 e può diventare free agent il 1 luglio").
 */
export function otherConjunct(text: string, start: number, lang: string): boolean {
  const pastForms = PAST_FORMS[lang];
  const and = AND[lang];
  if (pastForms === undefined || and === undefined) return false;
  const lead = text.slice(Math.max(0, start - 160), start);
  const sentence = lead.slice(Math.max(0, lead.search(/[.!?]\s+[^.!?]*$/u) + 1));
  let last = -1;
  for (const m of sentence.matchAll(and)) last = m.index;
  return last >= 0 && !pastForms.test(sentence.slice(last));
}
