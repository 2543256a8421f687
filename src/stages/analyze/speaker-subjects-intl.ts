/**
 * Who a quote's verb names when no name follows it, in the nine non-English
 * languages: the subject before the verb ("Trump sagte", "Il rapporto rileva
 * che"), the name before a quote (Turkish "Yıldırım, “…” diye konuştu"), the
 * Polish and Russian subject after the verb's objects ("zwracał się do
 * wiernych papież"), and the pronouns that stand for an earlier speaker.
 */
import type { SpeechLexicon } from './speech-verbs-intl.js';
import { NAME_RUN, PREPOSITIONS, inflectedTr, isComplementAt, withoutOpeners } from './speaker-names-intl.js';
import { REPORT_NOUNS, descriptionHead } from './speaker-roles-intl.js';

export function isPronoun(s: string, lex: SpeechLexicon): boolean {
  return new RegExp(`^(?:${lex.pronouns})$`, 'iu').test(s.trim());
}

/**
 * Polish and Russian put the subject after the verb's objects: "– zwracał się
 * do wiernych papież", "– powiedział w rozmowie z PAP rzecznik policji". Past
 * the preposition-and-noun pairs, the one to four words left are the speaker.
 */
/** Polish and Russian possessives ("swoim", "jego", "своём"): in a phrase after a preposition, a noun follows them. */
const POSSESSIVES = /^(?:sw(?:ój|oja|oje|ojego|ojej|oim|oją|oich|oimi|ym|ej|ych)|mo(?:im|jej|ich|ją)|nasz(?:ym|ej|ych|ą)|wasz(?:ym|ej|ych)|jego|jej|ich|сво(?:й|я|ё|е|его|ей|ём|ем|их|ими|им|ю)|мо(?:ём|ем|ей|их)|наш(?:ем|ей|их)|ваш(?:ем|ей|их)|его|её|ее|их)$/iu;

export function subjectAfterPhrases(seg: string): { name: string; at: number } | undefined {
  const words = [...seg.matchAll(/\S+/gu)];
  let i = 0;
  while (i + 1 < words.length && PREPOSITIONS.has(words[i][0].toLowerCase())) {
    // "na swoim koncie w Twitterze", "в своём блоге": a possessive is part of the phrase, not its end.
    i += POSSESSIVES.test(words[i + 1][0]) && i + 2 < words.length ? 3 : 2;
  }
  const rest = words.slice(i);
  if (i === 0 || rest.length === 0 || rest.length > 4) return undefined;
  const at = rest[0].index;
  return { name: seg.slice(at).trim(), at };
}

/** Arabic and Chinese speaker phrases run on into the time ("… يوم الجمعة", "…列兹尼科夫周五"): cut it off. */
export function withoutTime(name: string): string {
  return name
    .replace(/\s+(?:يوم|اليوم|أمس|في|خلال|صباح|مساء|مساءَ|عند|لدى|بعد|قبل)(?:\s.*)?$/u, '')
    // "مصدر مطلع لـ"الشرق الأوسط"", "المتحدث العسكري لوكالة فرانس برس": the outlet told is not the speaker.
    .replace(/\s+(?:لـ|ل(?=["“«])|ل(?:وكالة|صحيفة|قناة|موقع|تلفزيون|إذاعة))(?:.*)?$/u, '')
    // "宁吉喆在发布会上", "他在接受采访时": the place or occasion before the verb.
    .replace(/在[^，。！？“”]{1,15}?(?:上|中|时|期间|后|前)$/u, '')
    .replace(/(?:周[一二三四五六日天]|星期[一二三四五六日天]|今天|昨天|明天|日前|近日|当天|\d+月\d+日|还|也|则|又|再|更|就|都|曾|已经|仍然|随后|同时|此前|当时)+$/u, '')
    .replace(ROMANCE_ADJUNCT, '')
    .trim();
}

/**
 * A Spanish description after the verb runs on into where, when or how it was said ("el zoo en su cuenta de Facebook",
 * "el ministerio en un comunicado", "el presidente el jueves pasado", "el balear tras la llegada …", "el gobernante con
 * una voz …"): those adjuncts are cut off a description opened by its article ("en funciones", with no determiner after
 * "en", stays).
 */
const ROMANCE_ADJUNCT = /(?<=^(?:el|la|los|las|un|una)\s+\p{Ll}[^]*?)\s+(?:(?:en|con|mediante)\s+(?:un|una|unos|unas|su|sus|el|la|los|las)\s|(?:tras|durante|ante|desde)\s|(?:el|este|esta)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|mes|año|fin de semana)(?![\p{L}])|(?:ayer|hoy|anoche)(?![\p{L}]))[^]*$|(?<=^(?:el|la|los|las|un|una)\s+\p{Ll}[^]*?)\.$/u;

/**
 * The subject before a verb ("Trump sagte", "他说", "El ministro del Interior,
 * Aryeh Deri, jefe …, dijo"): a pronoun stands for the first name of the
 * sentence; otherwise the last full name, else the last capitalised word.
 */
export function subjectBefore(clause: string, lex: SpeechLexicon, lower: ReadonlySet<string>): string | undefined {
  const whole = clause.split(/[;:!?。，！？：،\n]/u).pop() ?? '';
  const marked = /[“"「]([^”"」]{1,40})[”"」]\s*$/u.exec(whole);
  if (marked) return marked[1];
  // "…me”, ha aggiunto", "что «потерял терпение» …": the words of a quote are what was said, not who said it.
  const piece = withoutQuoted(whole);
  const lastPart = (piece.split(/,/).pop() ?? '').trim();
  if (new RegExp(`(?:^|\\s)(?:${lex.pronouns})$`, 'iu').test(lastPart)) {
    // The sentence's first name, not a capitalised opener ("A titre d'exemple, il cite …" names nobody).
    // Only words after the last quotation (a remark before it is another sentence's), openers ("Le", "Il") left out.
    const since = clause.slice(Math.max(...[...clause.matchAll(/[”»"“]/gu)].map((x) => x.index + 1), 0));
    const first = [...since.matchAll(NAME_RUN)].map((r) => withoutOpeners(r[0], lower)).find((r) => r.length >= 2 && !new RegExp(`^(?:${lex.pronouns})$`, 'iu').test(r));
    // Chinese text names people in Latin letters anywhere in the clause ("Jeffree Star … 他在Twitter上写道").
    const han = /\p{Script=Han}/u.test(clause) ? [...clause.matchAll(NAME_RUN)].map((r) => r[0]).find((r) => r.length >= 2) : undefined;
    return han ?? first ?? lastPart.split(/\s+/).pop();
  }
  // "… che ha portato Plantz a tre miglia da Dana Point, ha detto": a name after a preposition is a place.
  const clean = (r: string): string => withoutOpeners(r.replace(/^(?:Der|Die|Das|Le|La|Les|El|Los|Las|Il|Lo|Gli|The|Dies|Diese|Ce|Cette)(?:\s+|$)/u, ''), lower);
  const found = [...piece.matchAll(NAME_RUN)].filter((r) => !afterPreposition(piece, r.index) && clean(r[0]).length > 0);
  // "…, l'ambassadeur Andrzej Kasprzyk, a publié": a full name in apposition just before the verb is its subject.
  const appo = found[found.length - 1];
  if (appo && /^\s*,\s*$/u.test(piece.slice(appo.index + appo[0].length)) && !isComplementAt(piece, appo.index) && /\s/.test(clean(appo[0]))) return clean(appo[0]);
  // "El vicepresidente del gobernante Partido …": names inside the subject's complements are not the subject.
  // An acronym in brackets restates the name before it ("Partido … (PSUV)").
  // A complement's name run right before the verb carries the speaker's own name ("il presidente della Regione Lombardia Attilio Fontana ha detto").
  // Not when the run is an institution's own name, "Partido Nacional Unido de Aragón" (an institution noun, then "de" and a place).
  const heads = found.filter((r) => (!isComplementAt(piece, r.index) || (/^[\s,]*$/u.test(piece.slice(r.index + r[0].length)) && r[0].trim().split(/\s+/).length >= 3 && !INSTITUTION_NAME.test(r[0].trim()))) && piece[r.index - 1] !== '(');
  const opening = piece.trim();
  const trimmed = lastPart;
  // "Ammettendo che …, la designer di Little Bird ha scritto": a description right before the verb, after the clause's
  // last comma and naming nobody outside its complements, is the subject (the capitalised gerund before it is not).
  const lastRuns = [...lastPart.matchAll(NAME_RUN)];
  if (lastPart !== opening && /^(?:il|la|lo|l['’]|i|gli|le|el|los|las|les|der|die|das)\s*\p{Ll}[\p{L}-]{3,}/u.test(lastPart)
    && lastRuns.every((r) => isComplementAt(lastPart, r.index)) && lastPart.split(/\s+/).length <= 10) return lastPart;
  if (heads.length === 0) {
    // "Il rapporto rileva che …", "raport wskazuje", "El informe … cuestionó": a report, study or statement speaks for its authors.
    const report = REPORT.exec(trimmed) ?? REPORT_OPENS.exec(opening);
    if (report) return report[1];
    // "La società afferma", "El vicepresidente del … Partido … aseguró": the description, resolved to a name later.
    const bare = opening.replace(/^(?:el|la|los|las|le|les|l['’]|il|lo|gli)\s*/iu, '');
    // A longer description opened by its article, with no comma (no clause before it), is the subject too ("Le
    // porte-parole du gouvernement a déclaré", "Il portavoce del governo ha detto").
    const described = /^(?:el|la|los|las|le|les|l['’]|il|lo|gli|un|una|une|uno)\s*\p{Ll}/iu.test(opening) && !/,/u.test(opening) && opening.split(/\s+/).length <= 8;
    if ((found.length > 0 || opening.split(/\s+/).length <= 3 || described) && /^\p{Ll}/u.test(bare) && descriptionHead(opening) !== undefined) {
      // "La semana pasada el presidente": a time phrase before the subject's own article is no part of it (an article
      // after a preposition, "de la", "di lo", opens a complement instead).
      const own = described ? [...opening.matchAll(/(?<=\s)(?:el|la|los|las|le|les|l['’]|il|lo|gli)(?=\s|(?<=['’]))/giu)]
        .filter((a) => !PREPOSITIONS.has((/(\p{L}+)\s+$/u.exec(opening.slice(0, a.index))?.[1] ?? '').toLowerCase())).pop() : undefined;
      return (own ? opening.slice(own.index) : opening).split(/\s+/).slice(0, 10).join(' ');
    }
  }
  const runs = (heads.length > 0 ? heads : found).map((r) => clean(r[0]));
  const multi = runs.filter((r) => /\s/.test(r));
  // "…, en la comunidad de Morelia, Municipio de Altamirano, el Subcomandante Moisés declaró": a full name right
  // before the verb is its subject; a name set off by commas earlier in the clause is where, or about whom.
  const adjacent = heads[heads.length - 1];
  if (multi.length > 1 && adjacent !== undefined && /^\s*$/u.test(piece.slice(adjacent.index + adjacent[0].length)) && /\s/.test(clean(adjacent[0]))
    && /,\s*(?:\p{Ll}+\s+)?$/u.test(piece.slice(0, adjacent.index))) return clean(adjacent[0]);
  if (multi.length > 0) return multi[0];
  if (runs.length > 0) return runs[runs.length - 1];
  // Chinese adverbs and conjunctions around the verb ("，并强调", "王毅还表示") are no part of the subject: a verb led by
  // "并" alone has none of its own.
  const bare = trimmed.replace(/^(?:并且|而且|同时|随后|此外|另外|并|又|还|也|则)+/u, '').replace(/(?:也|还|又|并|则|就|再次|同时|随后)+$/u, '');
  return bare.length > 0 && bare.length <= 40 && /[\p{Script=Arabic}\p{Script=Han}]/u.test(bare) ? bare : undefined;
}

/**
 * The name before `pos` (Turkish "Yıldırım, “…” diye konuştu", or what a
 * pronoun stands for): the last full name, else the last capitalised word
 * that is not a pronoun.
 */
export function nameBefore(text: string, pos: number, lex: SpeechLexicon, lower: ReadonlySet<string>, from = Math.max(0, pos - 300), lang = ''): string | undefined {
  const piece = text.slice(from, pos);
  // Turkish marks its subject with a comma after it ("Bakan Fahrettin Koca, Bilim Kurulu toplantısının ardından …"): the first such name.
  if (lang === 'tr') {
    // The name whose comma stands right before the quotation first ("… Proje Yöneticisi Mike Interbartolo, “…”"), then
    // the first name closed by a comma.
    const runs = [...piece.matchAll(NAME_RUN)].filter((r) => !inflectedTr(r[0]));
    const topic = runs.find((r) => /^\s*,\s*$/u.test(piece.slice(r.index + r[0].length))) ?? runs.find((r) => /^\s*,/u.test(piece.slice(r.index + r[0].length)));
    if (topic) return withoutOpeners(topic[0], lower) || topic[0];
    // No name: the subject is the noun phrase closed by the comma before the quotation, its head a lower-case noun after
    // a participle clause ("Polise ifade veren sürücü, “…” dedi", "NASA yetkilisi, “…”").
    const head = turkishHeadNoun(piece);
    if (head) return head;
  }
  const runs = [...piece.matchAll(NAME_RUN)].filter((r) => lang !== 'tr' || !inflectedTr(r[0])).map((r) => withoutOpeners(r[0].replace(/['’]\p{Ll}+$/u, ''), lower)).filter((r) => r.length > 0 && !isPronoun(r, lex));
  const multi = runs.filter((r) => /\s/.test(r));
  if (multi.length > 0) return multi[multi.length - 1];
  return runs.length > 0 ? runs[runs.length - 1] : undefined;
}


/** The name of an institution: its noun first, a place after "de/di/von" last. */
const INSTITUTIONS = 'Partido|Partito|Parti|Partei|Ministerio|Ministero|Ministère|Ministerium|Asamblea|Assemblea|Assemblée|Comisión|Commissione|Commission|Kommission|Consejo|Consiglio|Conseil|Universidad|Università|Université|Universität|Banco|Banca|Banque|Tribunal|Tribunale|Corte|Cour|Gobierno|Governo|Gouvernement|Senado|Senato|Sénat|Congreso|Congresso|Frente|Fronte|Front|Unión|Unione|Union|Movimiento|Movimento|Mouvement';
const INSTITUTION_NAME = new RegExp(`^(?:${INSTITUTIONS})\\s.*\\s(?:de|di|del|della|von|du|des|d['’]\\S+)\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*$`, 'u');

/**
 * A description naming an institution by its own name ("le parti du Likud de Netanyahu", "el Ministerio de Salud"): an
 * institution noun, then "of" and a capitalised name. It names its holder already (a person's title, "el jefe de Grab
 * Filipinas", does not: the person holding it is named elsewhere).
 */
export const NAMED_INSTITUTION = new RegExp(`^(?:(?:el|la|le|l['’]|il|lo|der|die|das)\\s*)?(?:${INSTITUTIONS})\\s+(?:de|di|del|della|du|des|von|der)\\s+\\p{Lu}`, 'iu');

/** A subject that is a report, study or statement (its article dropped), with up to three words after it. */
const REPORT = new RegExp(
  String.raw`^(?:(?:il|lo|la|l['’]|un|uno|una|der|die|das|ein|eine|le|el|un|une)\s*)?((?:` +
    REPORT_NOUNS +
    String.raw`)(?:\s+[\p{L}\p{M}'’-]+){0,3})$`,
  'iu',
);

/** A clause opened by a report as its subject ("El informe también cuestionó …, diciendo"). */
const REPORT_OPENS = new RegExp(`^(?:(?:il|lo|la|l['’]|un|uno|una|der|die|das|ein|eine|le|el|un|une)\\s*)?(${REPORT_NOUNS})(?![\\p{L}])`, 'iu');

/** `s` after a closing mark whose opener lies before it, with quoted words inside it blanked (same length). */
function withoutQuoted(s: string): string {
  const blanked = s.replace(/[«“„"「][^«»“”„"「」\n]*[»”“"」]/gu, (q) => ' '.repeat(q.length));
  const orphan = Math.max(...['”', '»', '」', '"'].map((c) => blanked.lastIndexOf(c)));
  return orphan < 0 ? blanked : ' '.repeat(orphan + 1) + blanked.slice(orphan + 1);
}

function afterPreposition(s: string, at: number): boolean {
  const prev = /([\p{L}]+)\s+$/u.exec(s.slice(0, at));
  return prev !== null && PREPOSITIONS.has(prev[1].toLowerCase());
}

/**
 * Russian and Polish past verbs and pronouns carry the speaker's gender ("добавила она", "powiedziała", "сказал он"):
 * 'f', 'm', 'p' for a plural, or undefined when the form does not tell.
 */
export function genderOf(verb: string | undefined, pronoun: string | undefined, lang: string): 'f' | 'm' | 'p' | undefined {
  if (lang !== 'ru' && lang !== 'pl') return undefined;
  if (pronoun !== undefined) {
    if (/^(?:она|ona)$/iu.test(pronoun)) return 'f';
    if (/^(?:он|on)$/iu.test(pronoun)) return 'm';
  }
  const v = (verb ?? '').toLowerCase().replace(/^[\s,.\-–—]+/u, '').split(/\s+/)[0] ?? '';
  // A plural verb ("— заявили", "– podkreślają media") has a plural subject: never one man's or one woman's remark.
  if (lang === 'ru') return /(?:ла|лась)$/u.test(v) ? 'f' : /(?:л|лся)$/u.test(v) ? 'm' : /(?:ли|лись|ют|ят|ут)$/u.test(v) ? 'p' : undefined;
  return /ła$/u.test(v) ? 'f' : /ł$/u.test(v) ? 'm' : /(?:li|ły|ą)$/u.test(v) ? 'p' : undefined;
}

/** A name's gender from its declined endings (Russian and Polish women's names end in -а/-я/-ой/-ей, -a/-ą/-ej). */
function nameGender(name: string, lang: string): 'f' | 'm' {
  const words = name.split(/\s+/);
  // Russian: every word declined as a woman's ("Анна Смирнова", "Анной Смирновой"; "Ариэля Кастро" is a man's genitive).
  if (lang === 'ru') {
    if (words.every((w) => /(?:а|я|ой|ей|ую|ою|ая)$/u.test(w))) return 'f';
    // A foreign woman's surname does not decline ("Джина ДеХесус", "Джиной ДеХесус"): her first name tells, unless the
    // surname is a Russian man's ("Никита Михалков", "Илья Ильин").
    const last = words[words.length - 1];
    return words.length >= 2 && /(?:а|я|ой|ей|ую|ою)$/u.test(words[0]) && /[бвгджзклмнпрстфхцчшщ]$/u.test(last) && !/(?:ов|ев|ёв|ин|ын|ский|цкий|ий|ой|ый)$/u.test(last) ? 'f' : 'm';
  }
  // Polish women's surnames may not decline ("Anna Nowak"): the first name tells, unless the surname is a man's case.
  return /(?:a|ą|ej|ę)$/u.test(words[0]) && !/(?:ego|emu|im|ym)$/u.test(words[words.length - 1]) ? 'f' : 'm';
}

/** The last name run before `pos` (within 600 characters) whose gender is `g`, other than `not`. */
export function nameOfGender(text: string, pos: number, g: 'f' | 'm', lang: string, lower: ReadonlySet<string>, not?: string): string | undefined {
  const runs = [...text.slice(Math.max(0, pos - 600), pos).matchAll(NAME_RUN)]
    .flatMap((r) => r[0].split(/[.!?]\s+/u))
    .map((r) => withoutOpeners(r.replace(/[.,]+$/u, ''), lower))
    .filter((r) => /\s/.test(r) && r !== not);
  for (let i = runs.length - 1; i >= 0; i--) if (nameGender(runs[i], lang) === g) return runs[i];
  return undefined;
}

/**
 * The Turkish subject noun phrase that the comma right before a quotation closes, when no name does: a lower-case
 * head noun in the nominative (not a case-marked word, an adverbial "olarak" or a verb form), with the capitalised
 * words right before it ("NASA yetkilisi", "mahalle sakini" → "sakini" with its lower-case modifier left out).
 */
export function turkishHeadNoun(piece: string): string | undefined {
  const m = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,3})(\p{Ll}+)\s*,\s*$/u.exec(piece);
  if (!m) return undefined;
  const noun = m[2];
  // Case endings, adverbials and verb forms close no subject ("açıklamasında,", "ilgili olarak,", "belirterek,", "dedi,").
  if (/(?:[dt][ae]n?|n[dt][ae]n?|[ıiuü]n|y?[ae]|ken|erek|arak|ince|ınca|unca|ünce|olarak|ise|dı|di|du|dü|tı|ti|tu|tü|mış|miş|muş|müş|yor|cak|cek)$/u.test(noun)) return undefined;
  if (noun.length < 4) return undefined;
  return `${m[1]}${noun}`.trim();
}

