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
import { OWN_STATEMENT, type SpeechLexicon } from './speech-verbs-intl.js';
import type { Mark } from './quote-marks-intl.js';
import { NAME_RUN, PREPOSITIONS, isComplementAt, nameAfterFiller, isNotASpeaker, turkishIssuer } from './speaker-names-intl.js';
import { isPronoun, nameBefore, subjectAfterPhrases, subjectBefore, withoutTime } from './speaker-subjects-intl.js';
import { accordingBefore, descriptionAfterFiller } from './speaker-roles-intl.js';
import { SUBJECT_FIRST, describedSubject } from './speaker-described-intl.js';

/** A quotation found and what attribution has learnt about it. */
export interface Found {
  readonly q: Mark;
  speaker?: string;
  /** The verb after the quote has no subject of its own ("”, aseguró."). */
  bare?: boolean;
  /** The verb of saying after the quote, as written ("— добавила она"): its ending tells the speaker's gender. */
  verb?: string;
  mention?: { start: number; end: number };
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

export function sentenceStart(sentences: readonly Sentence[], pos: number): number {
  let s = 0;
  for (const x of sentences) {
    if (x.start > pos) break;
    s = x.start;
  }
  return s;
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
  const m = lastMatch(clause, verbs);
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

/**
 * "Osman K. ifadesinde “…”", "لقد كان ريان في كلمته إلى "الوطن": "…"", "Müller in seiner Erklärung: „…“": a statement
 * noun with a possessive right before the quotation (no verb of saying after it) is spoken by the subject before it. The
 * subject is read back past a sentence end that only an initial makes ("Osman K.").
 */
function ownStatementSpeaker(text: string, open: number, clause: string, lang: string, lex: SpeechLexicon, verbs: RegExp, lower: ReadonlySet<string>): string | undefined {
  const re = OWN_STATEMENT[lang];
  const m = re ? lastMatch(clause, re) : undefined;
  if (!m) return undefined;
  const tail = clause.slice(m.index + m[0].length);
  if (tail.length > 40 || /[.!?。！？\n]/u.test(tail) || verbs.test(tail)) return undefined;
  let before = clause.slice(0, m.index);
  if (!/\p{L}\p{L}/u.test(before.replace(/\p{Lu}\.\s*$/u, ''))) {
    // Only an initial before it in its sentence ("Osman K. ifadesinde"): back to the last sentence end that is not an
    // initial, at most 150 characters.
    const at = open - clause.length + m.index;
    const back = text.slice(Math.max(0, at - 150), at);
    const ends = [...back.matchAll(/(?<!(?:^|[\s(])\p{Lu})[.!?。！？\n]\s/gu)];
    before = back.slice(ends.length > 0 ? ends[ends.length - 1].index + ends[ends.length - 1][0].length : 0);
  }
  if (verbs.test(before)) return undefined;
  if (lang === 'ar') {
    // The words after the clause's particles and auxiliary ("لقد كان ريان"), at most three.
    const words = before.replace(/^.*[،,]/u, '').trim().split(/\s+/).filter((w) => w && !/^(?:لقد|قد|وقد|كان|كانت|وكان|وكانت|و|ثم)$/u.test(w));
    return words.length > 0 && words.length <= 3 ? words.join(' ') : undefined;
  }
  const who = subjectBefore(before, lex, lower);
  return who !== undefined && /^\p{Lu}/u.test(who) ? withoutTime(who) : undefined;
}

/** The German clause before a finite verb opens with its subject: an article, a name or a title, not an adverbial. */
function germanSubjectFirst(before: string, tail: string, lower: ReadonlySet<string>): boolean {
  // The sentence's words before the verb (appositions between commas included: "Der Sprecher, Steve Alter, sagte").
  const piece = (before.split(/[;:!?.]/u).pop() ?? '').trim().replace(/^(?:und|aber|doch|denn|oder|sondern)\s+/iu, '');
  const words = piece.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10) return false;
  const after = tail.trim();
  // Only a dative or accusative after the verb ("dem Sender", "den Journalisten", "gegenüber") is surely no subject;
  // "der" may be either ("Gestern sagte der Minister"), so then the clause must open with an article or a full name.
  // "Ein Professor kritisiert die Strategie …": a phrase opened by a nominative article ("ein", "der" before a noun) is
  // the subject when no nominative phrase ("der …", "ein …") follows the verb.
  if (/^(?:der|ein)$/iu.test(words[0]) && words.length <= 3 && !/^(?:der|ein)(?![\p{L}])/iu.test(after)) return true;
  if (/^(?:dem|den|einem|einen|ihm|ihnen|gegenüber)(?![\p{L}])/iu.test(after)) return /^\p{Lu}/u.test(words[0]) && !lower.has(words[0].toLowerCase()) || /^(?:der|die|das|ein|eine)$/iu.test(words[0]);
  if (!/^(?:der|einer)(?![\p{L}])/iu.test(after)) return false;
  if (/^(?:der|die|das|ein|eine)$/iu.test(words[0])) return true;
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && !lower.has(words[0].toLowerCase());
}

/** "وأضاف عون قائلا": the words between the finite verb and the participle of saying. */
function arabicSubjectBeforeParticiple(before: string, verb: string, verbs: RegExp): string | undefined {
  if (!/^(?:قائلا|قائلة|مضيفا|مضيفة|مؤكدا|مؤكدة|متابعا)$/u.test(verb)) return undefined;
  const finite = lastMatch(before, verbs);
  const who = finite ? before.slice(finite.index + finite[0].length).replace(/[,،\s]+$/u, '').trim() : '';
  return who && who.split(/\s+/).length <= 6 ? withoutTime(who) : undefined;
}

/**
 * "وأعرب الأمين العام للأمم المتحدة عن قلقه، وقال:": a bare verb after a clause of the same sentence shares its subject,
 * the words after that clause's verb up to a preposition.
 */
function arabicEarlierSubject(before: string, verbs: RegExp): string | undefined {
  if (!/[،,]\s*و?\S*\s*$/u.test(before) && before.trim() !== '') return undefined;
  const earlier = lastMatch(before.replace(/[،,]\s*$/u, ''), verbs);
  if (!earlier) return undefined;
  const who = before.slice(earlier.index + earlier[0].length).split(/[،,]|\s(?:عن|على|إلى|في|من|أن|إن|بأن)(?:\s|$)/u)[0].trim();
  return who && who.split(/\s+/).length <= 6 ? withoutTime(who) : undefined;
}

/** Text after a verb up to the end of its clause; `offset` = leading spaces skipped. */
export function clauseSegment(text: string, from: number): { text: string; offset: number } {
  // "– stwierdził w rozmowie z "Daily Mail" Miller": a title in marks inside the phrase is the medium, not its end.
  const rest = text.slice(from, from + 160).replace(/(?<=\S\s+)["“„«][\p{Lu}\p{N}][^"“”„«»\n]{0,38}["”“»]/gu, (t) => '§'.repeat(t.length));
  const lead = /^\s*/.exec(rest)![0].length;
  // A full stop after an initial or a title's abbreviation ("a dit M. Dupont", "powiedział dr Jan Nowak") ends nothing.
  const stop = rest.slice(lead).search(/[,;:!?()\n。，！？：؛،]|(?<!(?:^|[\s(])(?:\p{Lu}|Mme|Mlle|Mr|Mrs|Ms|Dr|Prof|Hr|Fr|Sr|Sra|Dott|Ing|Gen|dr|prof|ks|gen|płk|mgr|inż))\.(?:\s|$|\p{Lu})|\s[-–—]\s|["“”«»„]/u);
  return { text: rest.slice(lead, stop < 0 ? rest.length : lead + stop), offset: lead };
}

/**
 * The speaker named in a clause segment after a verb: a name straight after
 * the verb ("sagte Trump"), else the first full name ("… сенатор штата Лена
 * Тейлор"), else the first capitalised word not after a preposition, else the
 * phrase itself ("le département de police").
 */
export function speakerIn(seg: string, lex: SpeechLexicon, lang = ''): { name: string; at: number } | undefined {
  const trimmed = seg.trim();
  if (trimmed === '') return undefined;
  const pronoun = new RegExp(`^(?:${lex.pronouns})(?![\\p{L}])`, 'iu').exec(trimmed);
  if (pronoun) return { name: pronoun[0], at: seg.indexOf(pronoun[0]) };
  const runs: { name: string; at: number; multi: boolean }[] = [];
  for (const m of seg.matchAll(NAME_RUN)) {
    // "ha aggiunto il leader della Lega": a name in the speaker's complement is not the speaker.
    // A run of three or more words carries the holder's own name ("le ministre de la Défense Oleksiï Reznikov").
    if (isComplementAt(seg, m.index) && seg.slice(0, m.index).trim() !== '' && m[0].trim().split(/\s+/).length < 3) continue;
    const name = m[0].replace(/[.’'-]+$/u, '').replace(/^(?:Der|Die|Das|Le|La|Les|El|Los|Las|Il|Lo|Gli|The)\s+/u, '');
    runs.push({ name, at: m.index + (m[0].length - m[0].replace(/^(?:Der|Die|Das|Le|La|Les|El|Los|Las|Il|Lo|Gli|The)\s+/u, '').length), multi: /\s/.test(name) });
  }
  const first = runs[0];
  // "— написала Аллену в ответ сенатор штата Лена Тейлор": a Russian name in the dative is the addressee; a full name
  // later in the clause is the subject.
  // So is a single word before a full name in Russian and Polish: "— сказал Reuters эксперт Джон Смит" (the outlet told).
  // (Not past a preposition: "— сказал Стаффорд в интервью Channel 2 Action News" names the outlet after the speaker.)
  const fullAfter = first !== undefined && runs.some((r) => r.multi && !seg.slice(first.at + first.name.length, r.at).split(/\s+/).some((w) => PREPOSITIONS.has(w.toLowerCase())));
  // Two words of an outlet too, when a role in lower case leads to the full name: "— рассказал РИА Новости глава региона
  // Сергей Иванов".
  const outletFirst = first !== undefined && first.multi && (lang === 'ru' || lang === 'pl') && runs.some((r) => {
    if (r === first || !r.multi) return false;
    const between = seg.slice(first.at + first.name.length, r.at).trim().split(/\s+/).filter(Boolean);
    return between.length > 0 && between.length <= 4 && between.every((w) => /^\p{Ll}/u.test(w) && !PREPOSITIONS.has(w.toLowerCase()));
  });
  const dative = first !== undefined && !first.multi && ((/\p{Script=Cyrillic}(?:у|ю|ому|ему)$/u.test(first.name) && runs.some((r) => r.multi)) || ((lang === 'ru' || lang === 'pl') && fullAfter));
  if (first && !dative && !outletFirst && seg.slice(0, first.at).trim() === '') return first;
  if (outletFirst) return runs.find((r) => r !== first && r.multi);
  const multi = runs.find((r) => r.multi);
  if (multi) return multi;
  if (first) return first;
  const words = trimmed.split(/\s+/).slice(0, 8).join(' ');
  // Punctuation left after the verb ("…"، قال.") names no one.
  if (!/\p{L}/u.test(words)) return undefined;
  return { name: words, at: seg.indexOf(words) };
}

export function lastMatch(s: string, re: RegExp): RegExpExecArray | undefined {
  const g = new RegExp(re.source, 'giu');
  let last: RegExpExecArray | undefined;
  for (let m = g.exec(s); m !== null; m = g.exec(s)) last = m;
  return last;
}
