/**
 * Words in quotation marks that are not speech, in the nine non-English
 * languages: terms after an article ("un "jeu de stratégie""), titles and
 * names in capitalised words ("Cheech & Chong"-style game or product names,
 * "Corriere della Sera" after a preposition), and sentence-case titles after
 * a work noun ("piosenka Kazika "Twój ból jest lepszy niż mój""), slogans and inscriptions.
 */
import { asLanguage, stopWordsOf } from '../text-model/index.js';
import { isNickname } from './nicknames.js';

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
  /** Index just past the closing mark. */
  readonly closeEnd?: number;
  /** A verb of saying follows the closing mark. */
  readonly attributedAfter: boolean;
  /** A verb of saying, a colon or "that" ties the quotation to speech. */
  readonly tied: boolean;
  /** A verb of saying stands before the opening mark in its clause. */
  readonly spoken?: boolean;
  /** A verb of saying and "that" earlier in the sentence report the clause the quotation stands in. */
  readonly reported?: boolean;
  readonly lang: string;
}

/** Whether the quotation is a title, name or term rather than speech. */
export function isTitleOrTerm(c: MarkContext): boolean {
  const { text, inner, wordList, words, near, sentStart, openStart, attributedAfter, tied } = c;
  // "el senador Ronald “Bato” dela Rosa": a nickname inside a name (nicknames.ts).
  if (c.closeEnd !== undefined && isNickname(near, inner, text.slice(c.closeEnd, c.closeEnd + 40))) return true;
  // "un plan dit de « relance »", "la llamada "nueva normalidad"", "так называемая «…»": a "so-called" word right before
  // the marks makes them a term, even when it looks like a verb of saying ("dit").
  if (!attributedAfter && words <= 12 && SO_CALLED.test(text.slice(Math.max(sentStart, openStart - 30), openStart))) return true;
  // "под названием «…»", "intitulé « … »", "بعنوان "…"": words that say a title follows make it one, whatever ties it
  // to speech and however long it is.
  if (words <= 25 && TITLED.test(text.slice(Math.max(sentStart, openStart - 40), openStart))) return true;
  // "bei seinem Buch „…“", "بسبب كتابه "…"": a work noun right before the marks (at most two words between: its
  // author, a possessive) names the work; only a verb of saying after the closing mark makes the words speech.
  // Not after a verb of saying in the clause or a colon ("ha detto alla rivista: "…"": the magazine is the addressee).
  if (!attributedAfter && !c.spoken && !/[:：]\s*$/u.test(near) && words <= 12 && !/[.!?。！？]\s*\S/u.test(inner) && workNounRightBefore(text.slice(Math.max(sentStart, openStart - 60), openStart), c.lang)) return true;
  // "Bob Geldofs „Do they know it's Christmas?“": a short quotation in English words inside an article in another
  // language is a title (a song, a film, a slogan): quoted speech in news copy is given in the article's language.
  if (!attributedAfter && words <= 8 && foreignEnglish(wordList, c.lang)) return true;
  // "hatten … über ein „Rahmenkonzept für …“ beraten": words in marks after an article, with nothing tying them to
  // speech, are a noun phrase of the sentence (a plan's or a document's name), however long.
  // German only: there a remark in marks is set off by a comma or colon, while Romance copy quotes a phrase inside its
  // own clause after an article ("affirme que les "petits épargnants …" …", "che il "coronavirus si stia …"").
  if (c.lang === 'de' && !tied && words <= 12 && !/[.!?]\s*\S/u.test(inner) && /(?<![\p{L}])(?:ein|eine|einen|einem|einer|eines|der|die|das|den|dem|des)\s*$/iu.test(near)) return true;
  // "sagte Petri dem „Handelsblatt“": one or two capitalised words after a dative or genitive article are the outlet
  // or work told or named, even in a clause that speaks (German capitalises nouns, so only a name fits there whole).
  // A city's adjective may stand between ("sagte Krings der Düsseldorfer „Rheinischen Post“": "-er", never inflected).
  if (c.lang === 'de' && words <= 2 && wordList.every((w) => /^\p{Lu}/u.test(w)) && !/[.!?,]/u.test(inner) && /(?<![\p{L}])(?:dem|der|des|im|vom|beim)(?:\s+\p{Lu}\p{Ll}+er)?\s*$/u.test(near)) return true;
  // "berichtete «Tele M1» über …", "informó "El País" que …": a short capitalised name right after a verb of saying,
  // with the sentence going on after it, is the one reporting (the subject or the medium), not what was said.
  if (c.spoken && words <= 4 && c.closeEnd !== undefined && wordList.every((w) => /^[\p{Lu}\p{N}&]/u.test(w))
    && /(?<![\p{L}])\p{Ll}+\s*$/u.test(near) && !/[:：]\s*$/u.test(near) && /^[^\S\n]+\p{Ll}/u.test(text.slice(c.closeEnd, c.closeEnd + 3))) return true;
  // "un "jeu de stratégie"": a term after an article is not speech; in a clause reported from someone ("a expliqué que
  // Trump avait lancé une « attaque criminelle »") the phrase is the reported speaker's word.
  if (!attributedAfter && !c.reported && words <= 3 && /(?<![\p{L}])(?:un|une|le|la|les|el|los|las|una|uno|il|lo|gli)\s*$/iu.test(near)) return true;
  // "la plataforma "Animales fantásticos y dónde encontrarlos"", "un nuevo "Sistema de contabilidad distribuida"", "le
  // festival « Rock en Seine »": capitalised words in marks right after an article and one lower-case word (the noun
  // or adjective they name), with nothing tying them to speech, are the name of what that noun is. Romance copy puts a
  // remark there only after a noun of speech ("la frase "…"", "le message « … »"), which stays a quote.
  if (!tied && words <= 8 && /^\p{Lu}/u.test(inner.trim()) && !/[.!?;:]\s*\S/u.test(inner) && NOUN_APPOSITION[c.lang] !== undefined) {
    const noun = NOUN_APPOSITION[c.lang].exec(near)?.[1];
    if (noun !== undefined && !SPEECH_NOUN.test(noun)) return true;
  }
  // Titles in quotation marks: mostly capitalised words, no sentence inside, nothing saying them.
  // "&" joins a name ("Cheech & Chong") like a capitalised word.
  // A sentence set all in capitals (a crosshead repeating a statement) says nothing by its capitals: count none.
  const shouted = !/\p{Ll}/u.test(inner) && wordList.length >= 4;
  const caps = shouted ? 0 : wordList.filter((w) => /^[\p{Lu}\p{N}&]/u.test(w)).length;
  // German capitalises its nouns, so a sentence can look like a title: any tie to speech keeps it there.
  const announced = attributedAfter || (c.lang === 'de' && tied) || /(?:[:：]|(?<![\p{L}])(?:dass|que|che|że|что|ki|أن|إن))\s*$/iu.test(near);
  if (!announced && words <= 8 && caps >= 0.6 * wordList.length && !/[.!?,]/.test(inner)) return true;
  // "así como "La orden del fénix" y …": words in marks opening with a capitalised article inside a sentence (after a
  // lower-case word or a comma), with nothing tying them to speech and no punctuation inside, are a title in sentence case.
  if (!tied && words <= 8 && ARTICLE_OPENS[c.lang]?.test(wordList[0] ?? '') && !/[.!?,;:]/u.test(inner) && /[\p{Ll},]\s*$/u.test(near)) return true;
  // "LEAF Mobile Inc. : "Cheech & Chong Bud Farm" atteint …": a colon announces a name too; only a verb of saying before
  // it makes a run of capitalised words speech ("El presidente dijo: "Viva España""). German capitalises its nouns.
  if (!attributedAfter && !c.spoken && c.lang !== 'de' && words <= 5 && caps === wordList.length && !/[.!?,]/.test(inner)) return true;
  // "in un'intervista al "Corriere della Sera", ha detto", "dla "Gazety Wyborczej"": a capitalised name right after a preposition is a title, whatever follows.
  const joiners = wordList.filter((w) => /^(?:de|del|della|di|du|des|la|le|y|e|i|und|of|the)$/iu.test(w)).length;
  if (words <= 5 && caps > 0 && caps + joiners === wordList.length && !/[.!?,]/.test(inner)
    && /(?:(?<![\p{L}])(?:a|al|alla|au|aux|à|dla|con|z|w|we|en|in|nel|nella|de|di|del|della|du|des|von|im|am|zum|der)\s+|(?:all|dell|nell|d|l)['’])$/iu.test(text.slice(Math.max(0, openStart - 12), openStart))) return true;
  // Sentence-case titles after a work noun ("piosenka Kazika "Twój ból jest lepszy niż mój"", "książki: … "Człowiek w poszukiwaniu sensu"").
  if (!tied && words <= 10 && !/[.!?]/.test(inner) && workNounIn(text.slice(Math.max(sentStart, openStart - 120), openStart), c.lang)) return true;
  // "l'opération « … »", "تنظيم "الدولة الإسلامية"", "партия «Единая Россия»": a name right after the noun of what it
  // names (party, company, operation, programme) is that thing's name, whatever verb came before.
  // A verb right after it with no comma or dash between ("Die Partei „Die Linke“ fordert …") has the named thing as its
  // subject.
  const gluedVerb = c.closeEnd !== undefined && /^[^\S\n]+\p{L}/u.test(text.slice(c.closeEnd, c.closeEnd + 3));
  if ((!attributedAfter || gluedVerb) && words <= 8 && NAMED_BY_NOUN.test(text.slice(Math.max(sentStart, openStart - 30), openStart))) return true;
  // "агентство «Интерфакс»", "لوكالة "رويترز"", "w raporcie „…”": an outlet's name or a document's title right after its noun.
  // A verb right after it with no comma or dash between ("В докладе «…» говорится о …", "Le quotidien « … » a publié")
  // has the outlet or document as its subject or place, not the words in marks as its speech.
  const glued = c.closeEnd !== undefined && /^[^\S\n]+\p{L}/u.test(text.slice(c.closeEnd, c.closeEnd + 3));
  if ((!attributedAfter || glued) && words <= 12 && NAMED_OUTLET.test(text.slice(Math.max(sentStart, openStart - 30), openStart))) return true;
  // Slogans and inscriptions are written, not said, even after a colon ("miała napis: „Jeśli zaczną strzelać …”").
  if (!attributedAfter && words <= 15 && SLOGAN.test(text.slice(Math.max(sentStart, openStart - 40), openStart))) return true;
  return false;
}

/** An article and one lower-case word right before the opening mark, by language (articles with prepositions too). */
const NOUN_APPOSITION: Readonly<Record<string, RegExp>> = {
  es: /(?<![\p{L}])(?:el|la|los|las|un|una|unos|unas|del|al|su|sus)\s+(\p{Ll}[\p{L}\p{M}]+)\s*$/u,
  fr: /(?<![\p{L}])(?:le|la|les|un|une|des|du|au|aux|son|sa|ses)\s+(\p{Ll}[\p{L}\p{M}]+)\s*$/u,
  it: /(?<![\p{L}])(?:il|lo|la|i|gli|le|un|uno|una|del|dello|della|dei|degli|delle|al|allo|alla|nel|nello|nella|suo|sua)\s+(\p{Ll}[\p{L}\p{M}]+)\s*$/u,
};

/** Nouns of speech and writing in es, fr and it: the words in marks after one are what was said or written. */
const SPEECH_NOUN = /^(?:frases?|mensajes?|palabras|declaraci[oó]n|declaraciones|comunicado|tuits?|publicaci[oó]n|pregunta|respuesta|grito|advertencia|cita|carta|petici[oó]n|llamado|llamamiento|phrases?|messages?|mots|paroles|déclarations?|communiqué|tweets?|question|réponse|cri|avertissement|citation|lettre|appel|messaggio|messaggi|parole|dichiarazion[ei]|comunicato|tweet|post|domanda|risposta|grido|avvertimento|citazione|lettera|appello)$/iu;

/** Capitalised definite and indefinite articles, by language: a title in sentence case opens with one. */
const ARTICLE_OPENS: Readonly<Record<string, RegExp>> = { es: /^(?:El|La|Los|Las|Un|Una)$/u };

/** One quotation as the title test saw it. */
export interface TitleCandidate<Q> {
  readonly q: Q;
  readonly inner: string;
  readonly words: number;
  readonly attributedAfter: boolean;
  /** A verb of saying, a colon or "that" right before the mark. */
  readonly introduced: boolean;
  readonly tied: boolean;
  /** The quotation alone looks like a title, name or term (`isTitleOrTerm`). */
  readonly title: boolean;
  /** The words of its sentence before the opening mark: a scrape that repeats a whole sentence repeats these too. */
  readonly context?: string;
}

/**
 * Titles told over the whole text: the same words in marks are the same thing each time they occur. Once one
 * occurrence shows itself a title ("das Buch „Die Welt von gestern“"), the others are that title too unless speech
 * is attributed to them there; and short words in marks repeated with nothing ever saying them (a headline and its
 * body naming a book or a report) are a name, not a remark.
 */
export function titlesOverText<Q>(cands: readonly TitleCandidate<Q>[]): Set<Q> {
  const groups = new Map<string, TitleCandidate<Q>[]>();
  for (const c of cands) {
    const key = c.inner.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (key === '') continue;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  const out = new Set<Q>();
  for (const g of groups.values()) {
    const shown = g.some((c) => c.title);
    // Repeated in different sentences: a page that repeats a whole sentence (a lead scraped twice) names nothing twice.
    const contexts = new Set(g.map((c) => c.context?.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim() ?? Symbol()));
    const repeatedUnsaid = g.length >= 2 && contexts.size >= 2 && g.every((c) => !c.tied) && g[0].words <= 12 && !/[.!?。！？]/u.test(g[0].inner);
    for (const c of g) {
      if (repeatedUnsaid || (shown && !c.attributedAfter && !c.introduced)) out.add(c.q);
    }
  }
  return out;
}

/** "So-called" right before the opening mark. */
const SO_CALLED = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:` +
    // The participle "dit" ("un plan dit de « relance »", "la réforme dite « … »"), not the verb ("Le président dit « … »").
    '(?<!(?:^|\\s)(?:a|ont|avait|avaient|aurait|il|elle|on|qui|et)\\s)(?:dite?s?\\s+d[eu]|dite|dits)|soi-disant|prétendue?s?|sogenannte[nrms]?|so genannte[nrms]?|llamad[oa]s?|denominad[oa]s?|cosiddett[oaie]|' +
    'tak zwan\\p{L}*|tzw\\.|так называем\\p{L}*|sözde|ما يسمى|ما يعرف ب' +
    String.raw`)|所谓|所謂)\s*$`,
  'iu',
);

/** Words that announce a title right before the opening mark ("titled", "under the name"). */
const TITLED = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:` +
    'mit dem titel|unter dem titel|titel|intitulée?s?|titulad[oa]s?|intitolat[oaie]|pod tytułem|pt\\.|zatytułowan\\p{L}*|под названием|озаглавленн\\p{L}*|' +
    'adlı|isimli|başlıklı|بعنوان|تحت عنوان|' +
    // A link to another article ("►À lire aussi : "…"", "Lesen Sie auch: „…“"): its headline.
    'à lire aussi|lire aussi|lire également|à lire également|lesen sie auch|lesen sie außerdem|mehr zum thema|lea también|leer también|lee también|' +
    'leggi anche|czytaj także|czytaj też|читайте также|ayrıca okuyun|اقرأ أيضا|اقرأ أيضًا' +
    String.raw`)|(?:题为|名为|标题为))[\s:：,]*$`,
  'iu',
);

/** A work noun ending at most two words before the end of `s` (the opening mark follows). */
function workNounRightBefore(s: string, lang: string): boolean {
  const tail = /(?:\S+\s+){0,3}\S*\s*$/u.exec(s)?.[0] ?? '';
  return workNounIn(tail, lang);
}

const ENGLISH = new Set(['the', 'a', 'an', 'of', 'and', 'you', 'they', 'we', 'it', "it's", 'it‘s', 'it’s', 'is', 'are', 'do', 'does', 'know', 'my', 'your', 'in', 'on', 'to', 'for', 'with', 'i', 'me', 'be', 'not', 'this', 'that', 'what', 'who', 'all', 'love', 'our', 'from']);

/**
 * English words in marks inside a text in another language: at least one English function word that is no word of the
 * article's language, and none of the article's own function words.
 */
function foreignEnglish(wordList: readonly string[], lang: string): boolean {
  if (lang === 'en' || lang === 'zh' || lang === 'ar') return false;
  const own = stopWordsOf(asLanguage(lang));
  const ws = wordList.map((w) => w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}'‘’]+$/gu, '')).filter(Boolean);
  if (ws.length < 2 || ws.some((w) => own.has(w))) return false;
  return ws.some((w) => ENGLISH.has(w)) && ws.every((w) => /^[a-z'‘’-]+$/u.test(w));
}

/** Nouns whose name follows them in marks, right before the opening mark. */
const NAMED_BY_NOUN = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    'partei|firma|operation|aktion|bewegung|initiative|opération|mouvement|initiative|société|parti|opération|operación|movimiento|partido|empresa|' +
    'operazione|movimento|partito|società|operacj[aię]|akcj[aię]|parti[aię]|spółk[aię]|ruch|партия|партии|компания|компании|движение|операция|операции|организация|' +
    'تنظيم|شركة|حركة|حزب|عملية|منظمة|مجموعة|جماعة|جبهة|مبادرة|名为|称为|所谓|被称为|代号|' +
    // A disease's name after the pandemic or virus it names ("جائحة "كورونا"", "la pandemia de "COVID-19"").
    'pandemie|pandémie|pandemia|pandemii|пандемия|пандемии|pandemisi|جائحة|وباء|فيروس|疫情' +
    String.raw`)\s*$`,
  'iu',
);

/**
 * Nouns of outlets (agency, newspaper, channel, magazine) and of documents (report, study, declaration, law) in their
 * common inflections, right before the opening mark; Arabic ones with their proclitics ("لوكالة", "بصحيفة", "الوكالة").
 */
const NAMED_OUTLET = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:` +
    'agentur|nachrichtenagentur|zeitung|tageszeitung|zeitschrift|magazin|sender|bericht(?:s|es)?|studie|gesetz(?:es)?|' +
    'agence|journal|quotidien|hebdomadaire|chaîne|rapport|étude|loi|' +
    'agencia|diario|periódico|cadena|informe|estudio|ley|' +
    'agenzia|quotidiano|giornale|emittente|rapporto|legge|' +
    'agencj[aięą]|gazet(?:a|y|ę|ą)|gazecie|dziennik(?:a|u|owi)?|tygodnik(?:a|u|owi)?|stacj[aięą]|telewizj[aięą]|raport(?:u|em|y)?|raporcie|ustaw(?:a|y|ie|ę|ą)|' +
    'агентств(?:о|а|у|ом|е)|газет(?:а|ы|е|у|ой)|телеканал(?:а|е|у|ом)?|издани(?:е|я|ю|ем|и)|доклад(?:а|е|у|ом)?|отч[её]т(?:а|е|у|ом)?|закон(?:а|е|у|ом)?|' +
    'ajans(?:ı|ına|ında)?|gazete(?:si|sine|sinde)?|kanal(?:ı|ına)?|rapor(?:u|una|unda)?|yasa(?:sı)?' +
    String.raw`)|(?<![\p{L}])[وفبل]{0,2}(?:ال|لل)?(?:وكالة|صحيفة|جريدة|قناة|مجلة|تقرير|دراسة|قانون)|(?:通讯社|通讯|报告|日报|电视台))\s*$`,
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

/**
 * A work noun in `s`. Outside German a capitalised match mid-sentence is a name that begins like one ("Romano Prodi",
 * "López Obrador", "Libra"), not the noun.
 */
function workNounIn(s: string, lang: string): boolean {
  for (const m of s.matchAll(new RegExp(WORK.source, 'giu'))) {
    if (lang === 'de' || !/^\p{Lu}/u.test(m[0]) || m.index === 0 || /[.!?:]\s*$/u.test(s.slice(0, m.index))) return true;
  }
  return false;
}

/** Nouns for works whose titles stand in quotation marks (song, book, film, album, series; "titled"). */
const WORK = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    'piosenk|utw[oó]r|książk|film|album|płyt|serial|wiersz|spektakl|powieś|pt\\.|pod tytułem|' +
    'libr[oi]|canzon|bran[oi]|romanz|intitolat|buch|büch|lied|song|roman|titel|livre|chanson|intitulé|canción|canciones|películ|novela|titulad|' +
    'песн|книг|фильм|альбом|сериал|под названием|kitab|şarkı|albüm|adlı|isimli|' +
    // Series, documentaries, plays, operas, podcasts and games too ("la serie "La casa de papel"").
    'serie|série|telenovel|documental|documentari|documentaire|dokumentarfilm|podcast|ópera|opéra|pièce|theaterstück|videojuego|videogioco|jeu vidéo|' +
    // Programmes, shows, campaigns and publications are titled the same way ("специальный выпуск «День …»").
    'sendung|programm|kampagne|zeitschrift|émission|campagne|magazine|exposition|programa|campaña|revista|exposición|programma|trasmission|campagna|rivista|mostra|' +
    'audycj|kampani|festiwal|wystaw|выпуск|программ|передач|кампани|фестивал|выставк|журнал|газет|спектакл|konkurs|конкурс|kampanya|dizi|dergi|برنامج|حملة|مسلسل|بعنوان' +
    // Arabic works with their article or proclitics ("الكتاب", "كتابه", "بفيلم").
    String.raw`)|(?<![\p{L}])[وفبل]?(?:ال)?(?:كتاب|رواية|فيلم|أغنية|ألبوم|مسرحية|ديوان|قصيدة)`,
  'iu',
);
