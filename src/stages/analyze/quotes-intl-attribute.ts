/**
 * Who speaks a quote in the nine non-English languages: the name after a verb
 * that follows the quote (", sagte Trump", "— заявил министр Сергей Лавров",
 * "”李克强强调"), the subject before a verb that introduces it ("X sagte:",
 * "Koca, “…” dedi", "وقال وزير الخارجية:"), the issuer of a statement, and
 * the speaker of the sentences before a quote that stands alone. Used by
 * `quotes-intl.ts`, which finds the quotations and resolves what is left
 * (pronouns, descriptions, subjectless verbs).
 */
import type { Sentence } from '../../core/types.js';
import { STANCE, type SpeechLexicon } from './speech-verbs-intl.js';
import type { Mark } from './quote-marks-intl.js';
import { NAME_RUN, isComplementAt, nameAfterFiller, isNotASpeaker, turkishIssuer, withoutOpeners } from './speaker-names-intl.js';
import { isPronoun, nameBefore, subjectAfterPhrases, subjectBefore, withoutTime } from './speaker-subjects-intl.js';
import { accordingBefore, descriptionAfterFiller } from './speaker-roles-intl.js';
import { SUBJECT_FIRST, describedSubject } from './speaker-described-intl.js';
import { clauseSegment, lastMatch, sentenceStart, speakerIn } from './speaker-clause-intl.js';
import { arabicEarlierSubject, arabicSubjectBeforeParticiple, germanSubjectFirst, ownStatementSpeaker } from './speaker-before-verb-intl.js';

export { clauseSegment, lastMatch, sentenceStart, speakerIn };

/** A quotation found and what attribution has learnt about it. */
export interface Found {
  readonly q: Mark;
  speaker?: string;
  /** The verb after the quote has no subject of its own ("”, aseguró."). */
  bare?: boolean;
  /** The verb of saying after the quote, as written ("— добавила она"): its ending tells the speaker's gender. */
  verb?: string;
  mention?: { start: number; end: number };
  /** The speaker is the name right before the verb it hangs on (its subject by position, whatever its capital says). */
  adjacent?: boolean;
}

/** The issuer named after a statement noun in a phrase after the verb ("in einer Erklärung des Ministeriums"). */
function statementIssuer(seg: string, lang: string, impersonal: boolean): { name: string; at: number } | undefined {
  const m = /^(?:in|im|dans|en|nella|nel|w|we|в|во)\s+(?:\p{L}+\s+)?(Mitteilung|Erklärung|Stellungnahme|communiqué|déclaration|comunicado|declaración|nota|comunicato|dichiarazione|komunikacie|oświadczeniu|заявлении|сообщении)(?:\s+((?:des|der|de la|du|des|de|del|della|di)\s+|dell['’]|de l['’])?(\S+(?:\s+\S+){0,4}))?/iu.exec(seg.trim());
  if (!m) return undefined;
  // The issuer follows "of", or is a name, or (Russian, Polish) a noun in the genitive: "in una dichiarazione qui
  // rilasciata" names no issuer ("here released" describes the statement).
  const issuer = m[3] !== undefined && (m[2] !== undefined || /^\p{Lu}/u.test(m[3]) || lang === 'ru' || lang === 'pl') ? m[3] : undefined;
  if (issuer !== undefined) return { name: issuer, at: seg.indexOf(issuer) };
  // "si legge nella nota", "heißt es in der Mitteilung": an impersonal verb with no issuer is spoken by the statement
  // itself; a personal verb ("ha affermato in una dichiarazione") keeps its own subject.
  return impersonal ? { name: m[1], at: seg.indexOf(m[1]) } : undefined;
}

/** Verbs of saying with no subject: "one reads", "it says" ("si legge", "heißt es", "говорится"). */
const IMPERSONAL = /(?:si legge|heißt es|hieß es|говорится|se lee|peut-on lire|lit-on|on peut lire|czytamy|można przeczytać)$/iu;

/** A German subject after the verb: article, head noun, an optional genitive and the holder's name ("die Bürgermeisterin Anna Weber"). */
const GERMAN_SUBJECT = /^(?:der|die|ein|eine|einer)\s+((?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:des|der)\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*)?(?:\s+\p{Lu}[\p{L}.-]*(?=\s+\p{Lu})(?:\s+\p{Lu}[\p{L}-]*)+)?)/u;

/**
 * The latest full name written right after a German title that ends with `noun` before `pos` ("Bundesinnenminister
 * Horst Seehofer" for "der Minister"; compounds end with their head).
 */
function germanHolder(text: string, pos: number, noun: string): string | undefined {
  const head = `[${noun[0]}${noun[0].toLowerCase()}]${noun.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
  const re = new RegExp(`(?<![\\p{L}])[\\p{L}-]*${head}\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}-]+)+)`, 'gu');
  let found: string | undefined;
  for (const m of text.slice(0, pos).matchAll(re)) found = m[1];
  return found;
}

/** Turkish passive verbs of saying ("denildi", "kaydedildi", "ifade edildi"): a statement speaks, not a person. */
const PASSIVE_TR = /(?:ildi|ıldı|uldu|üldü|ndi|ndı)$/u;

/** The issuer of a Turkish statement named in the quote's sentence before it, else in the sentence before that. */
export function issuerAround(text: string, sentences: readonly Sentence[], pos: number): string | undefined {
  const s0 = sentenceStart(sentences, pos);
  const prev = sentences.filter((x) => x.end <= s0).pop();
  return turkishIssuer(text.slice(s0, pos)) ?? (prev ? turkishIssuer(prev.text) : undefined);
}

export function attribute(text: string, sentences: readonly Sentence[], f: Found, lex: SpeechLexicon, verbAfter: RegExp, verbs: RegExp, lang: string, lower: ReadonlySet<string>): void {
  const after = text.slice(f.q.closeEnd, f.q.closeEnd + 200);
  // "…"، وكتب إيهاب العزازى:"…"", "…», a poursuivi le ministre : « …": a verb after the closing mark whose clause ends
  // in a colon before another quotation (no comma between: ", et Marie a ajouté :" is a clause of its own) introduces
  // that one; this quote is attributed from before it.
  const vaFound = verbAfter.exec(after);
  const va = vaFound && /^[^.!?。！？\n,;，،"“”„«»「」]{0,80}[:：]\s*["“”„«「]/u.test(after.slice(vaFound.index + vaFound[0].length)) ? null : vaFound;
  if (va) {
    f.verb = va[0].trim();
    const zh = va.groups?.zh;
    if (zh) {
      f.speaker = withoutTime(zh);
      return;
    }
    // "», a-t-il affirmé dimanche": the inverted pronoun is the subject; it stands for the speaker in focus.
    const inverted = lang === 'fr' ? /-(?:t-)?(il|elle|ils|elles)(?![\p{L}])/iu.exec(va[0]) : null;
    if (inverted) {
      f.speaker = inverted[1].toLowerCase();
      return;
    }
    const segStart = f.q.closeEnd + va[0].length;
    const seg = clauseSegment(text, segStart);
    // "- informuje "Dziennik Zachodni"": a title in quotation marks after the verb is the publication speaking.
    const titled = seg.text.trim() === '' ? /^\s*["“„«]((?:\p{Lu}[\p{L}.-]*\s?){1,4})["”“»]/u.exec(text.slice(segStart, segStart + 60)) : null;
    if (titled) {
      f.speaker = titled[1].trim();
      return;
    }
    // "ha detto a migliaia di fedeli …", "ha affermato oggi …": an addressee or a time first; only a full name past it speaks.
    // Turkish puts the verb last: what follows "… dedi" is the next clause ("diyerek tepki gösterdi"), except after a
    // participle, whose noun is the speaker ("“…” diyen Vali Yerlikaya").
    const verbFinal = lang === 'tr' && !/(?:diyen|konuşan|yazan|kullanan)$/u.test(va[0]);
    // German capitalises every noun: "sagte ein Sprecher des Ministeriums der Deutschen Presse-Agentur" is spoken by the
    // phrase the article opens (with one genitive and the name after it), not by the longest capitalised run.
    const deSubject = lang === 'de' ? GERMAN_SUBJECT.exec(seg.text) : null;
    // "sagte der Minister" after "Bundesinnenminister Horst Seehofer": a lone title noun stands for the name written with it.
    const deHolder = deSubject && /^\p{Lu}[\p{L}-]+$/u.test(deSubject[1]) ? germanHolder(text, f.q.openStart, deSubject[1]) : undefined;
    if (deHolder) {
      f.speaker = deHolder;
      return;
    }
    // "heißt es in einer Erklärung des Ministeriums", "говорится в заявлении мэрии Москвы", "si legge nella nota del
    // Comune": the issuer of the statement the phrase after the verb names speaks, before any name inside it.
    let who = deSubject ? { name: deSubject[1], at: deSubject.index + deSubject[0].length - deSubject[1].length } : verbFinal ? undefined : isNotASpeaker(seg.text)
      ? statementIssuer(seg.text, lang, IMPERSONAL.test(va[0].trim())) ?? nameAfterFiller(seg.text, lower, lang) ?? ((lang === 'pl' || lang === 'ru') ? subjectAfterPhrases(seg.text) : undefined)
      : speakerIn(seg.text, lex, lang);
    if (!who && !verbFinal && isNotASpeaker(seg.text) && lang !== 'pl' && lang !== 'ru') who = descriptionAfterFiller(seg.text);
    // "dijo el ministro de Defensa, Oleksii Réznikov, el viernes": a name in apposition after the comma.
    if (who && !/\p{Lu}/u.test(who.name[0]) && !isPronoun(who.name, lex)) {
      const next = clauseSegment(text, segStart + seg.offset + seg.text.length + 1);
      const appo = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)+$/u.exec(next.text.trim());
      if (appo) who = { name: appo[0], at: seg.text.length + 1 + next.offset };
    }
    if (who) {
      who = { ...who, name: withoutTime(who.name) };
      f.speaker = who.name;
      f.mention = { start: segStart + seg.offset + who.at, end: segStart + seg.offset + who.at + who.name.length };
      return;
    }
    // Verb last (Turkish "… dedi", "… denildi"): the speaker stands before the quote.
    const name = (lang === 'tr' && PASSIVE_TR.test(va[0]) ? issuerAround(text, sentences, f.q.openStart) : undefined) ?? nameBefore(text, f.q.openStart, lex, lower, sentenceStart(sentences, f.q.openStart), lang);
    if (name) f.speaker = name;
    else f.bare = seg.text.trim() === '' || isNotASpeaker(seg.text);
    return;
  }
  // Introduced: "X sagte:", "a déclaré :", "他说：", "وأضاف عون قائلا :".
  const s0 = sentenceStart(sentences, f.q.openStart);
  const wide = text.slice(Math.max(s0, f.q.openStart - 300), f.q.openStart);
  // "… presidente de la UE.El diputado iraní Abutorabi dijo:": a full stop glued between two words (a scrape lost the
  // space) still ends a sentence, so the clause starts after the last one.
  const glued = [...wide.matchAll(/\p{Ll}{2}[.!?](?=\p{Lu}\p{Ll})/gu)].pop();
  const clause = glued ? wide.slice(glued.index + 3) : wide;
  const according = accordingBefore(clause, lex.according);
  if (according) {
    f.speaker = withoutTime(according);
    return;
  }
  const own = ownStatementSpeaker(text, f.q.openStart, clause, lang, lex, verbs, lower);
  if (own) {
    f.speaker = own;
    return;
  }
  // A phrase of one to three words may hang on a verb of saying in the wider sense ("a accusé … de « … »"): the later
  // of the two verbs in the clause is the one it hangs on.
  const said = lastMatch(clause, verbs);
  const wider = STANCE[lang] !== undefined && text.slice(f.q.start, f.q.end).trim().split(/\s+/u).length <= 3 ? lastMatch(clause, STANCE[lang]) : undefined;
  const m = wider !== undefined && (said === undefined || wider.index > said.index) ? wider : said;
  // The verb must belong to this quote: no sentence end and no other quotation between them (a short title in marks
  // may stand there: "وقال مصدر لـ"الشرق الأوسط" إن "…"").
  if (m && /^[^.!?。！？"“”„«»「」]*$/u.test(clause.slice(m.index).replace(/["“„«][^"“”„«»\n]{1,40}["”“»](?=.)/gu, ''))) {
    // The verb's ending tells the speaker's gender and number in Polish and Russian ("podkreślił, że …").
    f.verb = m[0];
    // German "gab … an": the separable particle right after the verb is part of it ("Der Angeklagte gab an, den
    // Türsummer „…“ betätigt zu haben" reports with a comma like "sagte,").
    const tail = clause.slice(m.index + m[0].length).replace(/(?:قائلا|قائلة|:|：|,|，|،|\s)+$/gu, '').replace(lang === 'de' ? /^\s+(?:an|bekannt|zu bedenken|zu verstehen)(?=\s*,)/u : /$^/u, '');
    const caseless = lang === 'ar' || lang === 'zh';
    // "sagte, dass …", "a déclaré que …", "spricht über …, dass": the speaker is the subject before the verb.
    // German reports without "dass" too: "betonte, die Bundeswehr sei „…“" (a comma, then the reported clause).
    const sub = /(?:^|[\s,،])(?:dass|que|qu['’]|che|że|что|ki|أن|إن|بأن)(?![\p{L}])/iu.test(tail) || (lang === 'de' && /^\s*,/u.test(tail));
    // "بعد أن قال مسؤولون …، "…"": a verb inside an "after/when" clause is not the one the quote hangs on.
    if (lang === 'ar' && /(?:بعد أن|بعدما|قبل أن|عندما|حين|حينما)\s*$/u.test(clause.slice(0, m.index))) return;
    // Arabic puts the subject after the verb, before "that": "قال مسؤولون كوريون يوم الجمعة إن …".
    // "وأشار المتحدث باسم الرئاسة إلى أن": the preposition before "that" belongs to the verb.
    // The subject ends where an adjunct begins: a comma, a place or time phrase ("وقال وزير الخارجية سامح شكري في مؤتمر
    // صحفي إن": the minister, not the press conference).
    const arSubject = lang === 'ar' && sub ? tail.split(/(?:^|[\s,،])(?:أن|إن|بأن)(?![\p{L}])/u)[0].replace(/\s+(?:إلى|الى|على)$/u, '')
      .split(/\s*[،,]|\s+(?:في|خلال|أمام|عبر|مع|يوم|اليوم|أمس|مساء|صباح|ضمن|أثناء|عقب)(?![\p{L}])/u)[0].trim() : '';
    if (arSubject && arSubject.split(/\s+/).length <= 6) {
      f.speaker = withoutTime(arSubject);
      return;
    }
    // "ونقلت الوكالة عن وزير الداخلية قوله إن": the one quoted as saying is named after "عن".
    const quoting = lang === 'ar' ? /(?:^|\s)عن\s+([^،,.]{2,60}?)\s*$/u.exec(clause.slice(0, m.index)) : null;
    if (quoting && /^(?:قوله|قولها)$/u.test(m[0])) {
      f.speaker = withoutTime(quoting[1]);
      return;
    }
    // Chinese names the speaker before the verb; what follows is the addressee ("普京告诉记者：").
    // "erklärte gegenüber der Lokalzeitung:", "a déclaré à l'Assemblée :": an addressee, not the speaker; a name past it is.
    // German puts the finite verb second: when its subject opens the clause ("Der Trainer sagte der Zeitschrift:",
    // "Merkel sagte dem Sender:"), the words after the verb are its objects (the addressee), not the speaker; after an
    // adverbial opener ("Am Montag sagte der Minister:") the subject follows the verb.
    const before = clause.slice(0, m.index);
    // A verb of saying in the wider sense takes its object after it ("accuse le président turc Erdogan « … »"): outside
    // German (verb second, the subject may follow) its speaker is the name right before it, else the subject before.
    // A verb after "and" shares the subject that opens the clause before it ("le parti du Likud … est devenu le plus
    // grand parti et a accusé …"): the words before that clause's auxiliary.
    // German puts the verb second: a subject opening the clause stands before it ("Iran droht USA mit „…“"), else after.
    if (m === wider && lang === 'de' && germanSubjectFirst(before, tail, lower)) {
      const who = subjectBefore(before, lex, lower);
      if (who) f.speaker = withoutTime(who);
      f.adjacent = who !== undefined && before.trimEnd().endsWith(who);
      return;
    }
    if (m === wider && lang !== 'de') {
      const last = [...before.matchAll(NAME_RUN)].pop();
      const own = last !== undefined && /^\s*$/u.test(before.slice(last.index + last[0].length)) && !isComplementAt(before, last.index) ? withoutOpeners(last[0], lower) : '';
      const shared = /^\s*(.+?)\s+(?:est|a|ont|sont|était|avait|es|ha|han|era|fue|è|sono|aveva|è stato|è stata)\s.*\s(?:et|y|e)\s*$/iu.exec(before.split(/[,;:]/u).pop() ?? '');
      // A name standing right before its verb is a name, however its other mentions are capitalised.
      if (own.length >= 2) f.adjacent = true;
      const who = own.length >= 2 ? own : (shared ? describedSubject(shared[1]) ?? subjectBefore(shared[1], lex, lower) : undefined)
        ?? (SUBJECT_FIRST.has(lang) ? describedSubject(before) : undefined) ?? subjectBefore(before, lex, lower);
      if (who) f.speaker = withoutTime(who);
      return;
    }
    // "Le porte-parole … du Premier ministre Boris Johnson a déclaré que", "les dirigeants ont déclaré le lancement de …
    // Tools Accelerator, une "…"": the description opening the clause is the subject, not a name inside it or after the verb.
    const described = SUBJECT_FIRST.has(lang) ? describedSubject(before) : undefined;
    if (described) {
      f.speaker = described;
      return;
    }
    const deFirst = lang === 'de' && !sub && tail.trim() !== '' && germanSubjectFirst(before, tail, lower) ? subjectBefore(before, lex, lower) : undefined;
    if (deFirst) {
      f.speaker = withoutTime(deFirst);
      return;
    }
    // Polish and Russian mark the addressee by case, with no preposition ("Piotr Müller powiedział PAP:", "Дмитрий Песков
    // сказал РИА Новости:"): a full name before the verb is its subject when the words after it name no one else.
    if ((lang === 'pl' || lang === 'ru') && !sub && tail.trim() !== '') {
      const runs = [...tail.matchAll(NAME_RUN)];
      const b = runs.length <= 1 && tail.trim().split(/\s+/).length <= 3 ? subjectBefore(before, lex, lower) : undefined;
      if (b !== undefined && /^\p{Lu}\S*\s+\p{Lu}/u.test(b)) {
        f.speaker = withoutTime(b);
        return;
      }
    }
    const who = !sub && tail.trim() && lang !== 'zh' ? (isNotASpeaker(tail) ? nameAfterFiller(tail, lower, lang) : speakerIn(tail, lex, lang)) : undefined;
    if (who && (caseless || isPronoun(who.name, lex) || /\p{Lu}/u.test(who.name[0]))) {
      f.speaker = withoutTime(who.name);
      return;
    }
    // "a-t-il déclaré": the pronoun is in the verb.
    if (/-t-(?:il|elle)|-(?:il|elle)\b/iu.test(m[0])) {
      f.speaker = /elle/i.test(m[0]) ? 'elle' : 'il';
      return;
    }
    // Arabic never puts the subject before the verb of saying: a bare "وقال" is left to the sentences before;
    // before a participle ("وأضاف عون قائلا") it stands between the verb and the participle.
    // "… açıklamada, şunlar kaydedildi:": a passive verb's speaker is the issuer of the statement.
    if (lang === 'tr' && PASSIVE_TR.test(m[0])) {
      const issuer = issuerAround(text, sentences, f.q.openStart);
      if (issuer) {
        f.speaker = issuer;
        return;
      }
    }
    const subj = lang === 'ar' ? arabicSubjectBeforeParticiple(clause.slice(0, m.index), m[0], verbs) ?? arabicEarlierSubject(clause.slice(0, m.index), verbs) : subjectBefore(clause.slice(0, m.index), lex, lower);
    if (subj) f.speaker = withoutTime(subj);
  }
}
