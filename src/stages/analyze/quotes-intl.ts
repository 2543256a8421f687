/**
 * Direct quotes in the nine non-English languages: the quotation marks of
 * each (“ ” „ “ « » » « ‹ › 「 」 『 』 ‚ ‘ and straight "), quotes whose
 * opening mark was lost ("…», a déclaré X"), unmarked dash-led speech of
 * Polish and Russian copy ("… – poinformował X"), and a speaker for each
 * from the speech verbs of `speech-verbs-intl.ts`: after the quote (", sagte
 * Trump"), before it ("他说：", "Koca, “…” dedi"), or the last speaker /
 * speech-verb sentence before it when the quote stands alone.
 */
import type { Quote, Sentence } from '../../core/types.js';
import { SPEECH, type SpeechLexicon } from './speech-verbs-intl.js';
import { findMarks, type Mark } from './quote-marks-intl.js';
import { dashQuotes } from './dash-quotes-intl.js';
import { isTitleOrTerm } from './quote-titles-intl.js';
import { asLanguage, stopWordsOf } from '../text-model/index.js';
import { NAME_RUN, isComplementAt, issuerOf, nameAfterFiller, isNotASpeaker, lowerCaseWords, sentenceSubject, subjectAround, turkishIssuer, withoutOpeners } from './speaker-names-intl.js';
import { isPronoun, nameBefore, subjectAfterPhrases, subjectBefore, withoutTime } from './speaker-subjects-intl.js';
import { DROPS_SUBJECT, accordingBefore, descriptionAfterFiller, descriptionHolder, personBefore } from './speaker-roles-intl.js';

interface Found {
  readonly q: Mark;
  speaker?: string;
  /** The verb after the quote has no subject of its own ("”, aseguró."). */
  bare?: boolean;
  mention?: { start: number; end: number };
}

/**
 * Quotes of `text` in language `lang` with their speakers.
 * @example extractQuotesIntl('„Wir bleiben“, sagte Scholz.', sents, 'de')[0].speaker // 'Scholz'
 */
export function extractQuotesIntl(text: string, sentences: readonly Sentence[], lang: string): Quote[] {
  const lex = SPEECH[lang];
  if (!lex) return [];
  // Chinese has no spaces: its verbs are matched without word boundaries.
  const [wb, we] = lang === 'zh' ? ['', ''] : ['(?<![\\p{L}])', '(?![\\p{L}])'];
  const verbs = new RegExp(`${wb}(?:${lex.verbs})${we}`, 'iu');
  // An Arabic verb after a full stop ("… ". وأكد أن …") opens the next sentence: it attributes nothing before it.
  // Chinese puts the speaker between the closing mark and the verb ("“…，”李克强强调。"): up to ten characters of a name.
  // "在推特上" may stand between them; a verb before a colon introduces the next quote instead ("…”他强调：“…”").
  const zhName = lang === 'zh' ? '(?<zh>[^，。！？；：“”「」『』"的之和与及等是在\\s]{1,10}?)?(?:在[^，。！？；：“”「」]{1,12}?)?' : '';
  const zhNext = lang === 'zh' ? '(?!\\s*[：:]|\\s*，?\\s*[“「])' : '';
  const verbAfter = new RegExp(`^\\s*${lang === 'ar' ? '[,،]?' : '[,.，]?'}\\s*[-–—]?\\s*${zhName}(?:${lex.verbs})${we}${zhNext}`, 'iu');
  const marks = findMarks(text, verbAfter);
  // Function words of the language ("To", "Mi") open sentences but never name anyone, even when the text never has them in lower case.
  const lower = new Set([...lowerCaseWords(text), ...stopWordsOf(asLanguage(lang))]);
  if (lang === 'pl' || lang === 'ru') {
    const dashed = dashQuotes(text, lex, marks);
    // A phrase in marks inside dash-led speech belongs to that speech.
    const inside = (k: Mark): boolean => dashed.some((d) => k.openStart >= d.start && k.closeEnd <= d.end);
    marks.splice(0, marks.length, ...marks.filter((k) => !inside(k)), ...dashed);
  }
  marks.sort((x, y) => x.openStart - y.openStart);
  const found: Found[] = [];
  for (const mark of marks) {
    // An unclosed quote ends where a run of spaces splices other page text into the line ("… com  deje este campo vacío").
    const splice = mark.closed ? -1 : text.slice(mark.start, mark.end).search(/[^\S\n]{2,}/u);
    const q: Mark = splice > 0 ? { ...mark, end: mark.start + splice, closeEnd: mark.start + splice } : mark;
    const inner = text.slice(q.start, q.end);
    const wordList = inner.trim().split(/\s+/).filter(Boolean);
    const words = wordList.length + (inner.match(/[\p{Script=Han}]/gu)?.length ?? 0) / 2;
    const after = text.slice(q.closeEnd, q.closeEnd + 160);
    const sentStart = sentenceStart(sentences, q.openStart);
    const near = text.slice(Math.max(sentStart, q.openStart - 80), q.openStart);
    const attributedAfter = verbAfter.test(after);
    // A verb of saying in the same clause just before the mark, or "that"/a colon right before it.
    const verbNear = lastMatch(near, verbs);
    const introduced = (verbNear !== undefined && !/[:;.!?]/.test(near.slice(verbNear.index + verbNear[0].length).replace(/[:：]\s*$/u, '')))
      || /(?:[:：]|(?<![\p{L}])(?:dass|que|che|że|что|ki|أن|إن))\s*$/iu.test(near);
    const prev = found[found.length - 1];
    const inRun = prev !== undefined && q.openStart - prev.q.closeEnd < 200 && !text.slice(prev.q.closeEnd, q.openStart).includes('\n');
    // "X dijo que la oposición, que …, es “una vergüenza”": a verb and "that" earlier in the sentence report what follows.
    const reported = new RegExp(`${wb}(?:${lex.verbs})${we}\\s*,?\\s*(?:que|qu['’]|che|dass|że|что)(?![\\p{L}])[^.!?。！？"“”„«»]*$`, 'iu').test(text.slice(Math.max(sentStart, q.openStart - 300), q.openStart));
    const tied = attributedAfter || introduced || reported;
    // Titles, names and scare quotes: short and not tied to a verb of saying or to a quote run.
    if (words < 4 && !tied && !inRun) continue;
    // One or two words in marks are a term or a name unless a verb of saying attributes them ("vert" and "riche" after a quote).
    if (words <= 2 && !tied) continue;
    if (isTitleOrTerm({ text, inner, wordList, words, near, sentStart, openStart: q.openStart, attributedAfter, tied, lang })) continue;
    if (!tied && lang === 'zh' && !/[，。！？]/u.test(inner)) continue;
    // A quote left unclosed is trusted only when something says it or it continues a quote run.
    if (!q.closed && !tied && !inRun && !(words >= 6 && speechLeadsTo(text, sentences, q.openStart, verbs))) continue;
    // "“kylehedigertattoo”写道" — a name in marks before a verb is the speaker, not a quote.
    if (words <= 2 && attributedAfter && lang === 'zh') continue;
    found.push({ q });
  }
  for (const f of found) attribute(text, sentences, f, lex, verbAfter, verbs, lang, lower);
  // Quotes left without a speaker take the one before them in the same or the previous paragraph sentence.
  let last: Found | undefined;
  for (const f of found) {
    // A pronoun stands for the speaker in focus: the last quote's, else the subject of the sentence before the quote's.
    if (f.speaker !== undefined && isPronoun(f.speaker, lex)) f.speaker = last?.speaker ?? previousSubject(text, sentences, f.q.openStart, lower, lang) ?? nameBefore(text, f.q.openStart, lex, lower);
    // "…”, dijo Sánchez. Por su parte, …, Pablo Casado, criticó … “…”, aseguró.": a person named since the last quote is the one now speaking.
    if (f.speaker === undefined && f.bare && last !== undefined && DROPS_SUBJECT.has(lang)) {
      // Only sentences after the last quote's own (its attribution may name others: "dijo Sánchez tras reunirse con …").
      const after = last.q.closeEnd;
      const next = sentences.find((x) => x.start >= after);
      if (next !== undefined && next.start < f.q.openStart) f.speaker = personBefore(text, sentences, f.q.openStart, lower, next.start);
    }
    if (f.speaker === undefined && last?.speaker !== undefined && f.q.openStart - last.q.closeEnd < (f.bare ? 1000 : 400)) f.speaker = last.speaker;
    // "”, aseguró.": a subjectless verb in a language that drops the pronoun; the person last named before is speaking.
    if (f.speaker === undefined && f.bare && DROPS_SUBJECT.has(lang)) f.speaker = personBefore(text, sentences, f.q.openStart, lower);
    last = f;
  }
  // A run of quotes attributed only at its end ("…. "…", disait la publicité") shares that speaker.
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i];
    const n = found[i + 1];
    if (f.speaker === undefined && n.speaker !== undefined && !text.slice(f.q.closeEnd, n.q.openStart).includes('\n') && n.q.openStart - f.q.closeEnd < 200) {
      f.speaker = n.speaker;
    }
  }
  for (const f of found) {
    if (f.speaker !== undefined) continue;
    f.speaker = nameRightBefore(text, f.q.openStart, lower) ?? contextSpeaker(text, sentences, f.q.openStart, lex, verbs, lower, lang);
    // "Il cite … . "…": the pronoun of the sentence that spoke stands for the subject before it.
    if (f.speaker !== undefined && isPronoun(f.speaker, lex)) {
      const spoke = sentences.filter((x) => x.end <= f.q.openStart + 1).pop();
      f.speaker = (spoke ? previousSubject(text, sentences, spoke.start, lower, lang) : undefined) ?? f.speaker;
    }
  }
  // Nothing names the speaker: the subject of the sentence (the languages drop subject pronouns).
  // A quote soon after one with a speaker continues it.
  if (lang !== 'zh') {
    found.forEach((f, i) => {
      if (f.speaker !== undefined) return;
      const prev = found[i - 1];
      f.speaker = prev?.speaker !== undefined && f.q.openStart - prev.q.closeEnd < 400 ? prev.speaker
        : (lang === 'tr' ? issuerAround(text, sentences, f.q.openStart) : undefined) ?? subjectAround(text, sentences, f.q.openStart, lower, lang);
    });
  }
  // "enfatizó el biólogo", "La società afferma": a description stands for the one the article named with it.
  if (lang !== 'ar' && lang !== 'zh') {
    const resolved = new Map<string, string>();
    found.forEach((f, i) => {
      if (f.speaker !== undefined && resolved.has(f.speaker)) f.speaker = resolved.get(f.speaker);
      if (f.speaker === undefined || isPronoun(f.speaker, lex) || !/^\p{Ll}/u.test(f.speaker.replace(/^(?:el|la|los|las|le|les|l['’]|il|lo|gli)\s*/iu, ''))) return;
      // "el ministro de Defensa Oleksii Réznikov": the description already ends with its holder's name.
      if (/\p{Lu}[\p{L}\p{M}'’.-]*\s+\p{Lu}[\p{L}\p{M}'’.-]*\s+\p{Lu}[\p{L}\p{M}'’.-]*[\s,]*$/u.test(f.speaker)) return;
      // Only mentions before the quote's sentence: the description's own mention names no one.
      let holder = descriptionHolder(text, sentenceStart(sentences, f.q.openStart), f.speaker, lower);
      // "El también vicepresidente del …": "also" says the description is one more title of the person in focus.
      const prev = found[i - 1];
      if (!holder && ALSO.test(f.speaker) && prev?.speaker !== undefined && /^\p{Lu}/u.test(prev.speaker) && f.q.openStart - prev.q.closeEnd < 1500) holder = prev.speaker;
      if (holder) {
        resolved.set(f.speaker, holder);
        f.speaker = holder;
      }
    });
  }
  // A title in marks that another quote names as its speaker ("Dziennik Zachodni") is not a quote itself.
  const speakers = new Set(found.map((f) => f.speaker));
  return found.filter((f) => !speakers.has(text.slice(f.q.start, f.q.end).trim())).map((f) => ({
    start: f.q.start,
    end: f.q.end,
    text: text.slice(f.q.start, f.q.end),
    ...(f.speaker ? { speaker: issuerOf(f.speaker, text) } : {}),
    ...(f.mention ? { speakerMention: f.mention } : {}),
  }));
}

/**
 * A quotation opening its own sentence right after a sentence that speaks ("Il sindaco ha detto. “…", "…, a-t-il
 * expliqué. "…"): its lost closing mark does not make it a title.
 */
function speechLeadsTo(text: string, sentences: readonly Sentence[], pos: number, verbs: RegExp): boolean {
  if (!/(?:^|[.!?:…]["”»]?\s*|\n\s*)$/u.test(text.slice(Math.max(0, pos - 3), pos))) return false;
  const prev = sentences.filter((x) => x.end <= pos + 1).pop();
  return prev !== undefined && pos - prev.end < 5 && (verbs.test(prev.text) || /[:：]\s*$/u.test(prev.text));
}

/** A description marked as one more title of someone already named ("El también vicepresidente", "l'ancien ministre"). */
const ALSO = /^(?:el|la|le|il|lo|l['’]|der|die)?\s*(?:también|anche|aussi|auch|ex|ancien|ancienne|antiguo|antigua|ehemalige[rn]?)(?![\p{L}])/iu;

/** A German subject after the verb: article, head noun, an optional genitive and the holder's name ("die Bürgermeisterin Anna Weber"). */
const GERMAN_SUBJECT = /^(?:der|die|ein|eine|einer)\s+((?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:des|der)\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*)?(?:\s+\p{Lu}[\p{L}.-]*(?=\s+\p{Lu})(?:\s+\p{Lu}[\p{L}-]*)+)?)/u;

/** Turkish passive verbs of saying ("denildi", "kaydedildi", "ifade edildi"): a statement speaks, not a person. */
const PASSIVE_TR = /(?:ildi|ıldı|uldu|üldü|ndi|ndı)$/u;

/** The issuer of a Turkish statement named in the quote's sentence before it, else in the sentence before that. */
function issuerAround(text: string, sentences: readonly Sentence[], pos: number): string | undefined {
  const s0 = sentenceStart(sentences, pos);
  const prev = sentences.filter((x) => x.end <= s0).pop();
  return turkishIssuer(text.slice(s0, pos)) ?? (prev ? turkishIssuer(prev.text) : undefined);
}

function sentenceStart(sentences: readonly Sentence[], pos: number): number {
  let s = 0;
  for (const x of sentences) {
    if (x.start > pos) break;
    s = x.start;
  }
  return s;
}

function attribute(text: string, sentences: readonly Sentence[], f: Found, lex: SpeechLexicon, verbAfter: RegExp, verbs: RegExp, lang: string, lower: ReadonlySet<string>): void {
  const after = text.slice(f.q.closeEnd, f.q.closeEnd + 200);
  const va = verbAfter.exec(after);
  if (va) {
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
    let who = deSubject ? { name: deSubject[1], at: deSubject.index + deSubject[0].length - deSubject[1].length } : verbFinal ? undefined : isNotASpeaker(seg.text)
      ? nameAfterFiller(seg.text, lower, lang) ?? ((lang === 'pl' || lang === 'ru') ? subjectAfterPhrases(seg.text) : undefined)
      : speakerIn(seg.text, lex);
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
  const clause = text.slice(Math.max(s0, f.q.openStart - 300), f.q.openStart);
  const according = accordingBefore(clause, lex.according);
  if (according) {
    f.speaker = withoutTime(according);
    return;
  }
  const m = lastMatch(clause, verbs);
  // The verb must belong to this quote: no sentence end and no other quotation between them (a short title in marks
  // may stand there: "وقال مصدر لـ"الشرق الأوسط" إن "…"").
  if (m && /^[^.!?。！？"“”„«»「」]*$/u.test(clause.slice(m.index).replace(/["“„«][^"“”„«»\n]{1,40}["”“»](?=.)/gu, ''))) {
    const tail = clause.slice(m.index + m[0].length).replace(/(?:قائلا|قائلة|:|：|,|，|،|\s)+$/gu, '');
    const caseless = lang === 'ar' || lang === 'zh';
    // "sagte, dass …", "a déclaré que …", "spricht über …, dass": the speaker is the subject before the verb.
    // German reports without "dass" too: "betonte, die Bundeswehr sei „…“" (a comma, then the reported clause).
    const sub = /(?:^|[\s,،])(?:dass|que|qu['’]|che|że|что|ki|أن|إن|بأن)(?![\p{L}])/iu.test(tail) || (lang === 'de' && /^\s*,/u.test(tail));
    // "بعد أن قال مسؤولون …، "…"": a verb inside an "after/when" clause is not the one the quote hangs on.
    if (lang === 'ar' && /(?:بعد أن|بعدما|قبل أن|عندما|حين|حينما)\s*$/u.test(clause.slice(0, m.index))) return;
    // Arabic puts the subject after the verb, before "that": "قال مسؤولون كوريون يوم الجمعة إن …".
    // "وأشار المتحدث باسم الرئاسة إلى أن": the preposition before "that" belongs to the verb.
    const arSubject = lang === 'ar' && sub ? tail.split(/(?:^|[\s,،])(?:أن|إن|بأن)(?![\p{L}])/u)[0].replace(/\s+(?:إلى|الى|على)$/u, '').trim() : '';
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
    const who = !sub && tail.trim() && lang !== 'zh' ? (isNotASpeaker(tail) ? nameAfterFiller(tail, lower, lang) : speakerIn(tail, lex)) : undefined;
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

/** The subject of the sentence before the quote's (a pronoun after "Kanzler Olaf Scholz besuchte Kiew."). */
function previousSubject(text: string, sentences: readonly Sentence[], pos: number, lower: ReadonlySet<string>, lang: string): string | undefined {
  if (lang === 'ar' || lang === 'zh') return undefined;
  const s0 = sentenceStart(sentences, pos);
  const prev = sentences.filter((x) => x.end <= s0).pop();
  return fullSubject(text.slice(s0, pos), lower) ?? sentenceSubject(text.slice(s0, pos), lower, lang)
    ?? (prev ? fullSubject(prev.text, lower) ?? sentenceSubject(prev.text, lower, lang) : undefined);
}

/** The first full name of `s` outside complements ("Министр здравоохранения Михаил Мурашко выступил" → Михаил Мурашко). */
function fullSubject(s: string, lower: ReadonlySet<string>): string | undefined {
  for (const m of s.matchAll(NAME_RUN)) {
    if (isComplementAt(s, m.index)) continue;
    const name = withoutOpeners(m[0], lower);
    if (/\s/.test(name)) return name;
  }
  return undefined;
}

/** Text after a verb up to the end of its clause; `offset` = leading spaces skipped. */
function clauseSegment(text: string, from: number): { text: string; offset: number } {
  // "– stwierdził w rozmowie z "Daily Mail" Miller": a title in marks inside the phrase is the medium, not its end.
  const rest = text.slice(from, from + 160).replace(/(?<=\S\s+)["“„«][\p{Lu}\p{N}][^"“”„«»\n]{0,38}["”“»]/gu, (t) => '§'.repeat(t.length));
  const lead = /^\s*/.exec(rest)![0].length;
  const stop = rest.slice(lead).search(/[,;:!?()\n。，！？：؛،]|\.(?:\s|$|\p{Lu})|\s[-–—]\s|["“”«»„]/u);
  return { text: rest.slice(lead, stop < 0 ? rest.length : lead + stop), offset: lead };
}

/**
 * The speaker named in a clause segment after a verb: a name straight after
 * the verb ("sagte Trump"), else the first full name ("… сенатор штата Лена
 * Тейлор"), else the first capitalised word not after a preposition, else the
 * phrase itself ("le département de police").
 */
function speakerIn(seg: string, lex: SpeechLexicon): { name: string; at: number } | undefined {
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
  const dative = first !== undefined && !first.multi && /\p{Script=Cyrillic}(?:у|ю|ому|ему)$/u.test(first.name) && runs.some((r) => r.multi);
  if (first && !dative && seg.slice(0, first.at).trim() === '') return first;
  const multi = runs.find((r) => r.multi);
  if (multi) return multi;
  if (first) return first;
  const words = trimmed.split(/\s+/).slice(0, 8).join(' ');
  return { name: words, at: seg.indexOf(words) };
}

/**
 * A full name opening its sentence right before the opening mark, with nothing but a colon between ("Emmanuel
 * Garette "…"", "Maria Nowak: „…”"): the quote is hers, whatever verb an earlier sentence had. (A name after a verb,
 * "… żegna Kobego Bryanta", is its object.)
 */
function nameRightBefore(text: string, pos: number, lower: ReadonlySet<string>): string | undefined {
  const m = /(?:^|[.!?\n]\s*)(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})\s*[:：]?\s*$/u.exec(text.slice(Math.max(0, pos - 80), pos));
  if (!m) return undefined;
  const name = withoutOpeners(m[1], lower);
  return /\s/.test(name) ? name : undefined;
}

/** A sentence before the quote that has a speech verb: its speaker. */
function contextSpeaker(text: string, sentences: readonly Sentence[], pos: number, lex: SpeechLexicon, verbs: RegExp, lower: ReadonlySet<string>, lang: string): string | undefined {
  // Arabic drops the subject of a verb of saying more often ("وقالت إنها …"): look one sentence further back.
  const prior = sentences.filter((s) => s.end <= pos + 1).slice(lang === 'ar' ? -3 : -2).reverse();
  for (const s of prior) {
    const m = verbs.exec(s.text);
    if (!m) continue;
    const after = clauseSegment(s.text, m.index + m[0].length);
    // "Ha detto che il secondo arresto … tra Malesia e …": what follows "that" is what was said, not who said it.
    const reported = /^\s*(?:dass|que|qu['’]|che|że|что|ki|(?:أن|إن)(?:ه|ها|هم)?)(?![\p{L}])/iu.test(after.text);
    const who = !after.text.trim() || reported ? undefined : isNotASpeaker(after.text) ? nameAfterFiller(after.text, lower) : speakerIn(after.text, lex);
    if (who && /[\p{Lu}\p{Script=Arabic}\p{Script=Han}]/u.test(who.name[0] ?? '')) return withoutTime(who.name);
    const subj = lang === 'ar' ? undefined : subjectBefore(s.text.slice(0, m.index), lex, lower);
    if (subj) return subj;
  }
  return undefined;
}

function lastMatch(s: string, re: RegExp): RegExpExecArray | undefined {
  const g = new RegExp(re.source, 'giu');
  let last: RegExpExecArray | undefined;
  for (let m = g.exec(s); m !== null; m = g.exec(s)) last = m;
  return last;
}
