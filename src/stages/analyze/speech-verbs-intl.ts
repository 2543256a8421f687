/**
 * Speech verbs and attribution words of the nine non-English languages, the
 * lexicon quote attribution reads. Verbs are listed as written in news copy
 * (past and present, the auxiliary included where the tense needs one: "a
 * déclaré", "ha detto"); "according to" forms (selon, según, secondo, według,
 * по словам, göre, حسب, 据) are listed apart because the speaker follows them.
 */

export interface SpeechLexicon {
  /** Verbs of saying, as a regex alternation (lower case, longest first is not required). */
  readonly verbs: string;
  /** "According to X" words: the speaker follows. */
  readonly according: string;
  /** Pronouns that stand for an earlier speaker. */
  readonly pronouns: string;
  /** Words that may stand between a verb and the speaker ("aux journalistes", "в интервью"). */
  readonly fillers?: string;
}

/**
 * Polish verbs in every person and number news copy uses, from whichever form the list gives: the past tense in each
 * gender and the plural ("ogłosił" → "ogłosiła", "ogłosiło", "ogłosili", "ogłosiły"), the present in the plural
 * ("podkreśla" → "podkreślają", "informuje" → "informują", "pisze" → "piszą", "mówi" → "mówią"). An irregular form the
 * rules get wrong is a word no text writes, so it matches nothing.
 */
function inflectedPl(verbs: string): string {
  const out = new Set(verbs.split('|'));
  for (const v of verbs.split('|')) {
    if (/\s/u.test(v)) continue;
    const past = /^(\p{L}+)ł$/u.exec(v);
    if (past) for (const e of ['ła', 'ło', 'li', 'ły']) out.add(past[1] + e);
    const present = /^(\p{L}{3,})(uje|a|e|i)$/u.exec(v);
    // Past forms in -ła, -li, -ły end in a vowel too: not a present.
    if (present && !/(?:ł[aoy]|li)$/u.test(v)) out.add(present[1] + ({ uje: 'ują', a: 'ają', e: 'ą', i: 'ią' } as Record<string, string>)[present[2]]);
  }
  return [...out].join('|');
}

/**
 * Russian verbs in each gender and the plural of the past ("сказал" → "сказала", "сказало", "сказали"; "признался" →
 * "призналась", "признались") and the plural of the present ("сообщает" → "сообщают", "говорит" → "говорят").
 */
function inflectedRu(verbs: string): string {
  const out = new Set(verbs.split('|'));
  for (const v of verbs.split('|')) {
    if (/\s/u.test(v)) continue;
    const past = /^(\p{L}+л)(ся)?$/u.exec(v);
    if (past) for (const e of past[2] ? ['ась', 'ось', 'ись'] : ['а', 'о', 'и']) out.add(past[1] + e);
    const present = /^(\p{L}{3,})(ает|яет|ует|ит)$/u.exec(v);
    if (present) out.add(present[1] + ({ ает: 'ают', яет: 'яют', ует: 'уют', ит: 'ят' } as Record<string, string>)[present[2]]);
  }
  return [...out].join('|');
}

/**
 * German "sagen" with its separable particle closing the clause is another verb ("Sony sagt Tech-Messe … ab": cancels;
 * "sagte … zu": promised), not a verb of saying.
 */
const NOT_SEPARATED = String.raw`(?![^.!?;:"“”„«»\n]{0,80}\s(?:ab|zu)(?=\s*(?:[.,!?;:\n]|-\s|$)))`;

/** A German verb `forms` whose separable `particles` close its clause within 60 characters, no mark or stop between. */
function separable(forms: string, particles: string): string {
  return `${forms}(?=[^.,;:!?\n"“”„«»]{0,60}\\s(?:${particles})(?![\\p{L}]))`;
}

export const SPEECH: Readonly<Record<string, SpeechLexicon>> = {
  de: {
    verbs: `fragte|fragten|fragt|sagte${NOT_SEPARATED}|sagten${NOT_SEPARATED}|sagt${NOT_SEPARATED}|sagen${NOT_SEPARATED}|erklärte` +
      '|erklärten|erklärt|betonte|betonten|betont|meinte|meint|fügte|fügt|ergänzte|ergänzt|teilte|teilt|' +
      'kündigte|schrieb|schreibt|warnte|warnt|kritisierte|kritisiert|berichtete|berichtet|sprach|spricht|forderte|fordert|räumte|versicherte|' +
      'bekräftigte|unterstrich|hieß es|heißt es|so|zitiert|twitterte|antwortete|erwiderte|mahnte|stellte klar|' +
      // More reporting verbs of news copy, present and past.
      'erläuterte|erläutert|berichteten|schrieben|warnten|forderten|kritisierten|bekräftigt|unterstreicht|versichert|räumt|mahnt|' +
      'zitierte|verkündete|verkündet|bestätigte|bestätigt|beklagte|beklagt|befand|urteilte|bilanzierte|' +
      // Verbs of objecting and replying, and separable verbs whose particle closes the clause ("gaben die Jugendlichen
      // zu bedenken", "gab der Sprecher an").
      'monierte|monierten|moniert|bemängelte|bemängelten|bemängelt|entgegnete|entgegneten|konterte|kommentierte|resümierte|argumentierte|' +
      // Perfect participles after "hat"/"haben" and at most three words ("Das Verteidigungsministerium hat unterstrichen,
      // dass …"; "erklärt", "betont", "berichtet" are listed above in the same form). Only there: right after a closing
      // mark a participle takes the marked words as its object ("hat „Nein“ gesagt", "„Sofortprogramm“ angekündigt").
      '(?<=(?:hat|haben|hatte|hatten)\\s+(?:[\\p{L}.-]+\\s+){0,3})(?:gesagt|unterstrichen|geschrieben|mitgeteilt|angekündigt|hingewiesen)|' +
      'erzählte|erzählt|verriet|gestand|' +
      // Separable verbs of saying, their particle closing the clause ("gab der Sprecher an", "machte Hubig klar").
      [
        separable('gab(?:en)?', 'zu bedenken|zu verstehen|bekannt|an'), separable('(?:machte|machten|macht)', 'klar|deutlich'),
        separable('(?:stellte|stellten|stellt)', 'klar|fest'), separable('(?:hob|hoben|hebt)', 'hervor'),
        separable('(?:wies|wiesen|weist)', 'hin'), separable('(?:führte|führten)', 'aus'),
      ].join('|'),
    according: 'laut|zufolge|nach angaben|nach ansicht|wie',
    pronouns: 'er|sie',
  },
  fr: {
    verbs: "demande-t-il|demande-t-elle|s'interroge|a déclaré|a-t-il déclaré|a-t-elle déclaré|déclare|a dit|a-t-il dit|a-t-elle dit|dit|a affirmé|affirme|a-t-il affirmé|a ajouté|a-t-il ajouté|a-t-elle ajouté|ajoute|" +
      'a expliqué|a-t-il expliqué|explique|a souligné|souligne|a indiqué|indique|a estimé|estime|a précisé|précise|a assuré|assure|a annoncé|annonce|' +
      'a tweeté|a écrit|écrit|disait|a confié|confie|a lancé|lance|a martelé|a insisté|insiste|a averti|a prévenu|a reconnu|reconnaît|a répondu|répond|a poursuivi|poursuit|a partagé|a communiqué|' +
      // More reporting verbs, the plural, and the participles that attach a quote to the clause before.
      'cite|a cité|a publié|a rappelé|rappelle|a regretté|regrette|a dénoncé|dénonce|a admis|a raconté|raconte|a réagi|a lâché|a fait savoir|a témoigné|a conclu|conclut|a noté|a observé|a commenté|a déploré|déplore|a rétorqué|rétorque|a confirmé|confirme|a jugé|a plaidé|' +
      'ont déclaré|ont indiqué|ont affirmé|ont expliqué|ont annoncé|ont précisé|ont écrit|en déclarant|en affirmant|en disant|en ajoutant|déclarant|affirmant|soulignant|estimant|' +
      // The inverted verb of an inserted attribution carries its subject ("», a-t-il affirmé", "?» poursuit-elle"); only after
      // a comma or the quote's own ? or !, since a question inverts too ("Le "Green Deal" survivra-t-il ?").
      // Reflexive verbs of reaction ("s'est félicité le syndicaliste").
      "s['’]est (?:félicitée?|inquiétée?|réjouie?|défendue?|interrogée?|exclamée?|indignée?|emportée?|étonnée?|agacée?)|s['’](?:insurge|interroge|inquiète|indigne|étonne|agace)|se (?:félicite|réjouit|défend)|" +
      '(?<=[,!?…]\\s*[»”"]?\\s*)(?:(?:a|ont|avait|avaient|aurait)-(?:t-)?(?:il|elle|ils|elles|on)\\s+\\p{L}+|\\p{L}{3,}-t-(?:il|elle|on)|\\p{L}{3,}-(?:il|elle|ils|elles))|a critiqué|a fustigé|ont critiqué|peut-on lire|lit-on|peut-on y lire',
    according: "selon|d'après|d’après",
    pronouns: 'il|elle|ils|elles',
    fillers: 'aux journalistes|à la presse|à l’afp|à l\'afp|dans un communiqué|sur twitter|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
  },
  es: {
    // "”, finalizó el subsecretario", "–remató": verbs that close a remark, only after its comma or dash ("El equipo
    // remató "a puerta vacía"" reports no words).
    verbs: '(?<=[,–—-]\\s*)(?:finalizó|remató)|preguntó|se preguntó|se pregunta|dijo|dice|afirmó|afirma|aseguró|asegura|declaró|declara|señaló|señala|explicó|explica|añadió|añade|agregó|agrega|indicó|indica|' +
      'comentó|manifestó|sostuvo|destacó|subrayó|continuó|escribió|informó|apuntó|advirtió|advierte|advierten|expresó|reportó|precisó|insistió|insiste|reconoció|respondió|concluyó|mencionó|confirmó|dijeron|afirmaron|' +
      'cita|citó|enfatizó|enfatiza|recalcó|aclaró|sentenció|puntualizó|denunció|lamentó|admitió|reiteró|detalló|relató|narró|contó|expuso|planteó|publicó|tuiteó|escribió|' +
      'señalaron|aseguraron|indicaron|explicaron|declararon|agregaron|añadieron|informaron|diciendo|afirmando|señalando|asegurando|añadiendo|agregando|explicando|' +
      // Verbs of judging and reacting that attribute a remark as often as "dijo".
      'criticó|opinó|consideró|valoró|defendió|reprochó|exigió|pidió|replicó|' +
      // Verbs of announcing and stressing.
      'comunicó|comunica|comunicaron|anunció|anuncia|argumentó|remarcó|resaltó|acotó|adelantó|recordó|recuerda|sostiene|aseveró|matizó|espetó|' +
      // The compound perfect of Spain's copy ("ha asegurado este lunes la ministra").
      '(?:ha|han|había|habían)\\s+(?:dicho|asegurado|afirmado|señalado|explicado|declarado|añadido|agregado|indicado|subrayado|destacado|' +
      'manifestado|advertido|reconocido|insistido|apuntado|comentado|escrito|recordado|criticado|precisado|aclarado|denunciado|lamentado|' +
      'reiterado|sentenciado|respondido|concluido|confirmado|expresado|detallado|admitido|defendido|recalcado|enfatizado)|se lee|se indica|se señala|se afirma|se explica',
    according: 'según|de acuerdo con',
    pronouns: 'él|ella|ellos',
    fillers: 'a la prensa|a los periodistas|en un comunicado',
  },
  it: {
    verbs: 'si chiede|si è chiesto|si è chiesta|ha domandato|ha detto|hanno detto|dice|ha dichiarato|dichiara|ha affermato|afferma|ha spiegato|spiega|ha aggiunto|aggiunge|ha sottolineato|sottolinea|' +
      'ha scritto|scrive|ha commentato|commenta|ha osservato|ha concluso|ha ribadito|ribadisce|ha annunciato|ha precisato|ha raccontato|racconta|ha avvertito|ha risposto|ha detto|ha condiviso|ha twittato|disse|' +
      // Reporting verbs of reports and studies, and the gerunds that attach a quote to the previous clause ("— Kensington, dicendo:").
      'rileva|ha rilevato|osserva|sostiene|ha sostenuto|riferisce|ha riferito|ha ammesso|ammette|dicendo|affermando|aggiungendo|spiegando|sottolineando|' +
      'cita|ha citato|ha evidenziato|evidenzia|ha ricordato|ha denunciato|ha chiarito|ha insistito|ha confermato|ha ammonito|ha replicato|replica|ha fatto sapere|ha proseguito|ha confidato|ha rivelato|ha assicurato|ha garantito|' +
      'hanno dichiarato|hanno affermato|hanno spiegato|hanno scritto|hanno aggiunto|hanno sottolineato|si legge|si afferma|si spiega|' +
      // "”, recita il comunicato", "”, recita la didascalia": what a statement or caption reads, only after the quotation's
      // comma or dash ("recita nel film "…"" is acting).
      '(?<=[,–—-]\\s*)recita',
    according: 'secondo|stando a',
    pronouns: 'lui|lei|egli',
  },
  pl: {
    verbs: inflectedPl('pyta|pytał|pytała|zapytał|zapytała|pytają|ogłosił|ogłosiła|ogłosili|ogłasza|zapowiada|powiedział|powiedziała|powiedzieli|mówi|mówił|mówiła|mówili|stwierdził|stwierdziła|dodał|dodała|dodali|podkreślił|podkreśliła|' +
      'zaznaczył|zaznaczyła|poinformował|poinformowała|poinformowało|poinformowali|oświadczył|oświadczyła|czytamy|głosi|napisał|napisała|' +
      'przekazał|przekazała|wyjaśnił|wyjaśniła|ocenił|oceniła|zapowiedział|zapowiedziała|zapowiedziało|przyznał|przyznała|tłumaczył|tłumaczyła|wskazał|wskazała|relacjonował|zauważył|zauważyła|podało|podała|podał|podały|' +
      'oznajmił|oznajmiła|przekonywał|przekonywała|przekonuje|zapewnił|zapewniła|zapewnia|odpowiedział|odpowiedziała|potwierdził|potwierdziła|' +
      'ostrzegł|ostrzegła|apelował|apelowała|skomentował|skomentowała|zwracał się|zwracała się|twierdzi|twierdził|twierdziła|' +
      'informuje|informują|podaje|podają|pisze|piszą|dodaje|podkreśla|zaznacza|wyjaśnia|ocenia|relacjonuje|' +
      'cytuje|cytował|cytowała|przypomina|przypomniał|przypomniała|zauważa|tłumaczy|komentuje|stwierdza|opowiada|opowiedział|opowiedziała|zdradza|zdradził|zdradziła|przyznaje|ostrzega|apeluje|podsumowuje|podsumował|' +
      // "– takimi słowami X odniósł się …": "with these words" attributes the remark whatever verb follows.
      'takimi słowami|tymi słowami|skrytykował|skrytykowała|skrytykowali'),
    according: 'według|zdaniem|jak podaje|jak podał|jak poinformował',
    pronouns: 'on|ona|oni',
  },
  ru: {
    verbs: inflectedRu('спросил|спросила|спросили|спрашивает|сказал|сказала|сказали|заявил|заявила|заявили|сообщил|сообщила|сообщило|сообщили|отметил|отметила|отметили|отмечает|подчеркнул|подчеркнула|' +
      'добавил|добавила|добавили|пояснил|пояснила|признался|призналась|написал|написала|написали|говорит|говорится|рассказал|рассказала|уточнил|уточнила|' +
      'считает|заметил|заметила|ответил|ответила|объяснил|объяснила|передает|передаёт|сообщает|цитирует|предупредил|заверил|извинился|извинилась|осудил|осудила|призвал|призвала|пообещал|пообещала|такими словами|этими словами|' +
      // Present tense of news copy, the plural, and more reporting verbs.
      'пишет|пишут|заявляет|заявляют|сообщают|отмечают|подчеркивает|подчёркивает|подчеркнули|уточняет|добавляет|поясняет|рассказывает|рассказали|говорят|говорил|говорила|' +
      'указал|указала|указывает|напомнил|напомнила|признал|признала|признает|признаёт|констатировал|констатировала|прокомментировал|прокомментировала|поделился|поделилась|' +
      'объявил|объявила|предупредила|предупредили|заверила|утверждает|утверждают|утверждал|утверждала|полагает|уверен|уверена|заключил|заключила|резюмировал|возразил|возразила|' +
      'процитировал|процитировала|отмечается|говорилось|сказано|заявлено|подчеркивается|подчёркивается|раскритиковал|раскритиковала|оценил|оценила'),
    according: 'по словам|по данным|по мнению|как сообщает|как сообщил|согласно',
    pronouns: 'он|она|они',
  },
  tr: {
    verbs: 'dedi|söyledi|açıkladı|diye konuştu|şeklinde konuştu|ifade etti|ifadelerini kullandı|belirtti|vurguladı|kaydetti|dile getirdi|denildi|aktardı|' +
      'sözlerini şöyle sürdürdü|diye yazdı|yazdı|bildirdi|dedi ki|diyerek|ekledi|' +
      // The noun-and-light-verb phrases of news copy ("… ifadesini kullandı", "… vurgusu yaptı", "… açıklamasında bulundu").
      'ifadesini kullandı|ifadelerine yer verdi|ifadesine yer verdi|ifadesine yer verildi|ifadelerine yer verildi|sözlerine yer verdi|dedi|diye konuştu|diye yazdı|diye belirtti|diye ekledi|diye sordu|sözlerine ekledi|' +
      'vurgusu yaptı|vurgusunda bulundu|açıklamasında bulundu|açıklaması yaptı|açıklamasını yaptı|paylaşımını yaptı|çağrısını yaptı|uyarısını yaptı|değerlendirmesinde bulundu|çağrısında bulundu|uyarısında bulundu|yorumunu yaptı|yorumunda bulundu|' +
      'paylaşımında bulundu|mesajını verdi|mesajı verdi|notunu düştü|diye sordu|diye seslendi|belirterek|vurgulayarak|ifade ederek|kaydederek|' +
      'dile getirdi|anlattı|söyledi|açıkladı|uyardı|duyurdu|paylaştı|yanıt verdi|cevap verdi|sordu|savundu|iddia etti|hatırlattı|bildirdi|belirtildi|kaydedildi|ifade edildi|vurgulandı|aktarıldı|' +
      // Participles: the speaker is the noun they modify, after them ("“…” diyen Vali Yerlikaya").
      'diyen|diye konuşan|diye yazan|ifadelerini kullanan|ifadesini kullanan|' +
      // Converbs and the present ("“…” derken", "“…” diyor").
      'derken|diyor|diyerek|diye ekledi|eleştirdi',
    according: "göre|'e göre|'a göre",
    pronouns: 'o',
  },
  ar: {
    verbs: 'تساءل|وتساءل|تساءلت|وتساءلت|قال|قالت|وقال|وقالت|يقول|تقول|أضاف|وأضاف|أضافت|وأضافت|أكد|وأكد|أكدت|وأكدت|صرح|وصرح|أوضح|وأوضح|أوضحت|وأوضحت|أشار|وأشار|أشارت|وأشارت|' +
      'تابع|وتابع|تابعت|وتابعت|متابعا|قائلا|قائلة|مضيفا|مضيفة|مؤكدا|مؤكدة|كتب|وكتب|كتبت|أعلن|وأعلن|ذكر|وذكر|اعتبر|واعتبر|شدد|وشدد|' +
      // More reporting verbs, feminine and plural forms (not the participles "مشيرا إلى أن": they report, and a term in marks after them is no quote).
      'أفاد|وأفاد|أفادت|وأفادت|لفت|ولفت|لفتت|ولفتت|بين|وبين|بيّن|وبيّن|بينت|وبينت|رأى|ورأى|رأت|ورأت|نوه|ونوه|كشف|وكشف|كشفت|وكشفت|حذر|وحذر|حذرت|وحذرت|' +
      'أعلنت|وأعلنت|ذكرت|وذكرت|اعتبرت|واعتبرت|شددت|وشددت|صرحت|وصرحت|أعرب|وأعرب|أعربت|وأعربت|زعم|وزعم|أشاروا|قالوا|وقالوا|أكدوا|وأكدوا|أضافوا|وأضافوا|' +
      'يؤكد|تؤكد|يرى|ترى|يضيف|تضيف|ختم|وختم|اختتم|واختتم|قوله|قولها|انتقد|وانتقد|انتقدت|وانتقدت',
    according: 'حسب|بحسب|وحسب|وبحسب|وفقا ل|وفقا لـ|وفقاً ل|ووفقا ل|نقلا عن|ونقلا عن',
    pronouns: 'هو|هي',
  },
  zh: {
    verbs: '说道|说|表示|称|指出|写道|强调|透露|认为|宣称|声称|补充道|补充说|回应|坦言|直言|告诉|' +
      // More reporting verbs of news copy ("专家介绍：", "他在推特上发文：").
      '介绍|提到|谈到|解释|呼吁|警告|宣布|回答|问道|坦承|承认|重申|补充|说明|表明|发文|声明|提醒|感叹|笑称|直言|' +
      // Traditional characters (Taiwan, Hong Kong copy).
      '說道|說|稱|認為|強調|宣稱|聲稱|補充|回應|告訴|介紹|談到|解釋|呼籲|警告|宣佈|回答|問道|承認|說明|聲明|寫道|批评',
    according: '据|根据',
    pronouns: '他|她|他们|她们',
  },
};

/**
 * Verbs of naming ("called it a 'catastrophe'"): a word or two in marks right after one, in the same clause, is the
 * speaker's own word, a quote (Turkish puts the verb after: "“…” olarak nitelendirdi"). Verbs of judging are not
 * naming ("juge la requête « mal fondée »" is a term). Chinese "称为" names things instead, so it has none.
 */
export const NAMING: Readonly<Record<string, { before?: RegExp; after?: RegExp }>> = {
  // German puts the verb last in a perfect or subordinate clause: "hat die Lage als «sehr besorgniserregend» bezeichnet".
  de: { before: /(?<![\p{L}])(?:nannte|nannten|nennt|nennen|bezeichnete|bezeichneten|bezeichnet|sprach von|spricht von)(?![\p{L}])/iu, after: /^\s*(?:bezeichnet|bezeichnete|bezeichneten|bezeichne|genannt|nannte|nannten|nennt)(?![\p{L}])/iu },
  fr: { before: /(?<![\p{L}])(?:a qualifié|ont qualifié|qualifie|qualifiant|a traité)(?![\p{L}])/iu },
  es: { before: /(?<![\p{L}])(?:calificó|califica|calificaron|tildó|tilda|llamó|definió|define)(?![\p{L}])/iu },
  it: { before: /(?<![\p{L}])(?:ha definito|hanno definito|definisce|definito|ha bollato|ha chiamato)(?![\p{L}])/iu },
  pl: { before: /(?<![\p{L}])(?:nazwał|nazwała|nazwali|nazywa|nazywają|określił|określiła|określa)(?![\p{L}])/iu },
  ru: { before: /(?<![\p{L}])(?:назвал|назвала|назвали|называет|называют|охарактеризовал|охарактеризовала)(?![\p{L}])/iu },
  tr: { after: /^\s*(?:olarak\s+)?(?:nitelendirdi|nitelendiren|tanımladı|niteledi)/iu },
  ar: { before: /(?<![\p{L}])[وف]?(?:وصف|وصفت|وصفوا|يصف|تصف)(?![\p{L}])/iu },
};

/**
 * Verbs of saying in the wider sense the GUIDE counts for a quoted phrase of one to three words ("a verb of saying or
 * criticising attributes them"): accusing, urging, admitting, wishing, threatening, promising, praising and chanting
 * ("a accusé ses opposants d'essayer de « voler les élections »", "wünschte … via Twitter „viel Kraft“", "amenaza con
 * "hacer demostraciones""). In the same clause before the marks, with no comma between, they tie a short phrase as a
 * verb of saying does, and their subject speaks it; they attribute no longer quotation. Not verbs of describing
 * ("opisał jako „masakrę”" names a thing: tried in round 9 and dropped).
 */
const stance = (words: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'iu');
export const STANCE: Readonly<Record<string, RegExp>> = {
  de: stance('beschuldigte|beschuldigten|beschuldigt|wünschte|wünschten|wünscht|lobte|lobten|lobt|tadelte|tadelt|rief|riefen|ruft|skandierte|skandierten|skandieren|' +
    'drohte|drohten|droht|versprach|versprachen|verspricht|empfahl|empfahlen|empfiehlt|appellierte|appelliert|gestand|gesteht'),
  fr: stance('accuse|accusent|a accusé|ont accusé|accusant|exhorte|a exhorté|exhortant|admet|admettent|menace|a menacé|menaçant|promet|a promis|promettant|' +
    'souhaite|a souhaité|souhaitant|loue|a loué|reproche|a reproché|scandaient|scandant|ont scandé|appelle à|a appelé à'),
  es: stance('acusó|acusa|acusaron|acusando|exhortó|exhorta|instó|insta|admite|amenazó|amenaza|amenazaron|amenazando|prometió|promete|prometiendo|' +
    'deseó|desea|elogió|elogia|coreaban|corearon|coreando|confesó|confiesa'),
  it: stance('ha accusato|hanno accusato|accusa|accusando|ha esortato|esorta|esortando|ha minacciato|minaccia|minacciando|ha promesso|promette|' +
    'ha augurato|augura|ha lodato|loda|ha rimproverato|rimprovera|scandivano|hanno scandito|ha confessato|confessa'),
  pl: stance('oskarżył|oskarżyła|oskarżyli|oskarża|wezwał|wezwała|wezwali|wzywa|zagroził|zagroziła|grozi|obiecał|obiecała|obiecuje|życzył|życzyła|życzy|' +
    'pochwalił|pochwaliła|chwali|skandowali|skandują|wyznał|wyznała'),
  ru: stance('обвинил|обвинила|обвинили|обвиняет|пригрозил|пригрозила|грозит|обещает|пожелал|пожелала|желает|похвалил|похвалила|' +
    'скандировали|скандируют|упрекнул|упрекнула'),
  tr: stance('suçladı|suçlayarak|tehdit etti|söz verdi|diledi|dileyerek|övdü|slogan attı|sloganları attı|itiraf etti'),
};

/**
 * "X in his statement / speech / post" ("Osman K. ifadesinde “…”", "ريان في كلمته: "…"", "Müller in seiner
 * Erklärung: „…“"): a statement noun with a possessive stands where a verb of saying would, and its subject before it
 * is the speaker. Each language writes the possessive its own way (a suffix in Turkish and Arabic, a word elsewhere).
 */
const OWN_NOUNS_DE = 'Erklärung|Rede|Stellungnahme|Mitteilung|Botschaft|Ansprache|Videobotschaft|Beitrag|Tweet|Interview|Brief|Neujahrsansprache';
export const OWN_STATEMENT: Readonly<Record<string, RegExp>> = {
  de: new RegExp(`(?<![\\p{L}])in\\s+(?:seiner|ihrer|seinem|ihrem)\\s+(?:\\p{L}+\\s+)?(?:${OWN_NOUNS_DE})(?![\\p{L}])`, 'iu'),
  fr: /(?<![\p{L}])dans\s+(?:son|sa)\s+(?:\p{L}+\s+)?(?:communiqué|déclaration|discours|message|allocution|tweet|intervention|lettre|entretien|publication)(?![\p{L}])/iu,
  es: /(?<![\p{L}])en\s+su\s+(?:\p{L}+\s+)?(?:comunicado|declaración|discurso|mensaje|intervención|tuit|carta|entrevista|publicación|cuenta)(?![\p{L}])/iu,
  it: /(?<![\p{L}])nel(?:la)?\s+su[oa]\s+(?:\p{L}+\s+)?(?:comunicato|dichiarazione|discorso|messaggio|intervento|lettera|tweet|post|intervista)(?![\p{L}])/iu,
  pl: /(?<![\p{L}])w\s+(?:swoim|swojej|swym)\s+(?:\p{L}+\s+)?(?:oświadczeniu|przemówieniu|wpisie|liście|komunikacie|wystąpieniu|wywiadzie|orędziu)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])в\s+(?:своем|своём|своей)\s+(?:\p{L}+\s+)?(?:заявлении|выступлении|обращении|сообщении|посте|письме|интервью|твите|комментарии)(?![\p{L}])/iu,
  // "Osman K. ifadesinde “…”" (in his statement), and the possessor's statement announced by "thus" before a colon
  // ("Erdoğan'ın açıklaması şöyle: “…”", "Valiliğin paylaşımı şu şekilde:").
  tr: /(?<![\p{L}])(?:(?:ifade|açıklama|konuşma|mesaj|paylaşım|röportaj|sözler|beyan|savunma)(?:sı|si|ı|i)?(?:nda|nde)|(?:ifadeleri|açıklaması|konuşması|mesajı|paylaşımı|sözleri|yanıtı|tepkisi|çağrısı|uyarısı)\s+(?:şöyle|şu\s+şekilde|şu)(?:ydi)?)(?![\p{L}])/iu,
  ar: /(?<![\p{L}])(?:في|خلال)\s+(?:كلمته|كلمتها|تصريحه|تصريحها|تصريحاته|تصريحاتها|بيانه|بيانها|حديثه|حديثها|تغريدته|تغريدتها|منشوره|منشورها|رسالته|رسالتها|مقابلته|مقابلتها|خطابه|خطابها)(?![\p{L}])/u,
};

/**
 * Words right after a closing mark that report it as a verb of saying does (appended to the verbs there only): Turkish
 * "şeklinde" (in the form of: "“…” şeklinde uyarıda bulundu"), and "konuştu" (spoke), which a machine translation leaves
 * alone when it drops the "diye" of "diye konuştu".
 */
export const QUOTATIVE: Readonly<Record<string, string>> = { tr: '|şeklinde|konuştu' };
