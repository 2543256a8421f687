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
import { NAMING, QUOTATIVE, SPEECH, STANCE, type SpeechLexicon } from './speech-verbs-intl.js';
import { findMarks, type Mark } from './quote-marks-intl.js';
import { dashQuotes, subjectAfterDashVerb } from './dash-quotes-intl.js';
import { inFirstPerson } from './quote-person-intl.js';
import { beforeInnerDeterminer, bestPerson, positionalOnly, isUnlikelySpeaker, isWeakSpeaker, nameInSentenceBefore, namesNoOne, nearSaying, withoutAccordingTo, withoutAddress } from './speaker-choice-intl.js';
import { cannotSpeak, onlyAPlace } from './speaker-nonperson-intl.js';
import { isTitleOrTerm, titlesOverText } from './quote-titles-intl.js';
import { asLanguage, stopWordsOf } from '../text-model/index.js';
import { issuerOf, lowerCaseWords, subjectAround, turkishTopicRightBefore, withoutGenitiveTr } from './speaker-names-intl.js';
import { genderOf, isPronoun, nameBefore, nameOfGender, subjectBefore } from './speaker-subjects-intl.js';
import { DROPS_SUBJECT, accordingBefore, personBefore } from './speaker-roles-intl.js';
import { attribute, issuerAround, lastMatch, sentenceStart, type Found } from './quotes-intl-attribute.js';
import { SUBJECT_FIRST, framedSubject, resolveDescriptions } from './speaker-described-intl.js';
import { firstPersonRun, quotationsBlanked, splitInterrupted } from './quote-spans-intl.js';
import { headlineSpeaker, inIndirectSpeech } from './quote-ties-intl.js';
import { leadName, opensText } from './speaker-lead-intl.js';
import { clauseHas, narrationBetween, opensParagraph, opensSentence, speechLeadsTo, standsAlone, withGluedEnds } from './quote-position-intl.js';
import { contextSpeaker, headingOpeners, saidRightBefore, nameRightBefore, nextSentenceSpeaker, previousSubject, signedAfter, speakerInNextSentence, withoutCrossheads } from './quotes-intl-context.js';

/** "Thus" before a verb of saying after a quote ("– tak ocenia dr X", "— так считает X", "هكذا قال"): the verb still attributes it. */
const THUS: Readonly<Record<string, string>> = { ar: '(?:و?هكذا\\s+)?', pl: '(?:tak\\s+)?', ru: '(?:так\\s+)?' };

/**
 * Quotes of `text` in language `lang` with their speakers.
 * @example extractQuotesIntl('„Wir bleiben“, sagte Scholz.', sents, 'de')[0].speaker // 'Scholz'
 */
export function extractQuotesIntl(text: string, given: readonly Sentence[], lang: string): Quote[] {
  const full = text;
  // A sentence end glued to the next sentence ("… Manuel Ramos.Sin embargo") still ends a sentence for attribution.
  const sentences = withGluedEnds(text, given);
  const allSentences = sentences;
  const lex = SPEECH[lang];
  if (!lex) return [];
  // Chinese has no spaces: its verbs are matched without word boundaries.
  const [wb, we] = lang === 'zh' ? ['', ''] : ['(?<![\\p{L}])', '(?![\\p{L}])'];
  const verbs = new RegExp(`${wb}(?:${lex.verbs})${we}`, 'iu');
  // An Arabic verb after a full stop ("… ". وأكد أن …") opens the next sentence: it attributes nothing before it.
  // Chinese puts the speaker between the closing mark and the verb ("“…，”李克强强调。"): a title and a name, up to twenty
  // characters ("中国外交部发言人汪文斌说").
  // "在推特上" may stand between them; a verb before a colon introduces the next quote instead ("…”他强调：“…”").
  const zhName = lang === 'zh' ? '(?<zh>[^，。！？；：“”「」『』"的之和与及等是在\\s]{1,20}?)?(?:在[^，。！？；：“”「」]{1,16}?)?' : '';
  const zhNext = lang === 'zh' ? '(?!\\s*[：:]|\\s*，?\\s*[“「])' : '';
  // "Thus" before the verb (THUS): Arabic "…"، هكذا قال X", Polish "– tak ocenia X".
  // Turkish "“…” şeklinde" (in the form of: "… şeklinde uyarıda bulundu", "… şeklinde paylaşım yaptı") reports the words
  // before it, whatever noun and light verb follow; only right after the closing mark.
  const verbAfter = new RegExp(`^\\s*${lang === 'ar' ? '[,،]?' : '[,.，]?'}\\s*[-–—]?\\s*${THUS[lang] ?? ''}${zhName}(?:${lex.verbs}${QUOTATIVE[lang] ?? ''})${we}${zhNext}`, 'iu');
  const marks = findMarks(text, verbAfter, lang);
  // Function words of the language ("To", "Mi") open sentences but never name anyone, even when the text never has them in lower case.
  // So is the first word of a heading line written nowhere else ("Protest w Warszawie", "Maltempo a Genova"): the
  // line's start capitalises it, not its being a name.
  const lower = new Set([...lowerCaseWords(text), ...stopWordsOf(asLanguage(lang)), ...headingOpeners(text)]);
  // Spanish writes dialogue with a raya glued to the words ("—No vamos a permitir … —dijo el ministro"): only that
  // dialogue form, not the third-person and first-person forms of Polish and Russian copy.
  if (lang === 'pl' || lang === 'ru' || lang === 'es') {
    const dashed = dashQuotes(text, lex, marks, lang === 'es');
    // A phrase in marks inside dash-led speech belongs to that speech.
    const inside = (k: Mark): boolean => dashed.some((d) => k.openStart >= d.start && k.closeEnd <= d.end);
    marks.splice(0, marks.length, ...marks.filter((k) => !inside(k)), ...dashed);
  }
  // Where each quotation that a first-person run lengthened ended before it.
  const ranFrom = new Map<Mark, number>();
  marks.splice(0, marks.length, ...marks.flatMap((k) => splitInterrupted(text, k, lex.verbs, lang)).map((k) => {
    const run = k.closed ? k : firstPersonRun(text, k, lang);
    if (run !== k) ranFrom.set(run, k.end);
    return run;
  }));
  marks.sort((x, y) => x.openStart - y.openStart);
  // Each quotation with what ties it to speech, before any is kept: a title is told from a quote over the whole text.
  const headlineOf = new Map<Mark, string>(); // a headline quotation's speaker after its colon
  const cands = marks.map((mark) => {
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
      || /(?:[:：]|(?<![\p{L}])(?:dass|que|che|że|что|ki|أن|إن))\s*$/iu.test(near)
      // Turkish sets its subject off with a comma right before the quotation, the verb after it ("Koca, “…” dedi"): a
      // name and that comma tie the quotation even when the verb was lost.
      || (lang === 'tr' && /(?<![\p{L}])\p{Lu}[\p{L}]+\s*,\s*$/u.test(near));
    // "X dijo que la oposición, que …, es “una vergüenza”": a verb and "that" earlier in the sentence report what follows.
    const reported = new RegExp(`${wb}(?:${lex.verbs})${we}\\s*,?\\s*(?:que|qu['’]|che|dass|że|что)(?![\\p{L}])[^.!?。！？"“”„«»]*$`, 'iu').test(text.slice(Math.max(sentStart, q.openStart - 300), q.openStart));
    // "назвал ситуацию «катастрофой»", "nannte den Plan „Unsinn“": a verb of naming earlier in the clause makes a word in marks the speaker's own.
    const naming = NAMING[lang];
    // "a accusé … d'essayer de « voler les élections »": a verb of saying in the wider sense ties a short phrase too, as
    // its complement: in its own clause, with no comma between (those verbs introduce no speech of their own).
    const named = (naming?.before !== undefined && clauseHas(near, naming.before)) || (naming?.after?.test(after) ?? false) || (words <= 3 && STANCE[lang] !== undefined && clauseHas(near.replace(/,/gu, ';'), STANCE[lang]));
    // "„…”. Tak powiedział premier …": the next sentence says who spoke it.
    // "По словам министра …, «пик пройден»", "Selon le ministre, « … »": an "according to" phrase right before names the speaker.
    const according = accordingBefore(text.slice(Math.max(sentStart, q.openStart - 300), q.openStart), lex.according) !== undefined;
    const headline = words >= 3 && q.closed && lang !== 'zh' ? headlineSpeaker(text, q.openStart, q.closeEnd) : undefined;
    if (headline !== undefined) headlineOf.set(q, headline);
    const tied = attributedAfter || introduced || reported || named || according || headline !== undefined || speakerInNextSentence(text, q.closeEnd, lang, lex, verbs, lower) !== undefined;
    // "Die SPD habe «großen Respekt» vor …": a short phrase in German indirect speech is the reported speaker's.
    const indirect = lang === 'de' && words <= 3 && !tied && inIndirectSpeech(text.slice(sentStart, q.openStart), after);
    // Before the title test: an article before the marks names a plan or a document only outside reported speech
    // ("die „wie eine Lawine“ über sie hereingebrochen sei").
    const title = isTitleOrTerm({ text, inner, wordList, words, near, sentStart, openStart: q.openStart, closeEnd: q.closeEnd, attributedAfter, tied: tied || indirect, spoken: verbNear !== undefined, reported, lang });
    // Words that say "I" or "we" are somebody's remark, not a title or a term.
    // Judged on the words before any first-person run was added to them (that run needs a remark to continue).
    const firstPerson = words >= 4 && inFirstPerson(text.slice(q.start, ranFrom.get(mark) ?? q.end), lang);
    // A quotation that is its whole sentence (a headline's or a paragraph's) says something; a title or a term stands
    // inside a sentence that names it.
    const standalone = words >= 3 && q.closed && standsAlone(text, q.openStart, q.closeEnd);
    return { q, inner, wordList, words, attributedAfter, introduced, tied: tied || indirect, title, speechLed: verbNear !== undefined, firstPerson, standalone, spliced: splice > 0, context: near };
  });
  const titles = titlesOverText(cands);
  const found: Found[] = [];
  // Quotations kept for speaking in the first person with nothing tying them to a verb of saying.
  const ownWords = new Set<Mark>();
  for (const { q, inner, words, attributedAfter, tied, title, firstPerson, standalone, spliced } of cands) {
    const prev = found[found.length - 1];
    const inRun = prev !== undefined && q.openStart - prev.q.closeEnd < 200 && !text.slice(prev.q.closeEnd, q.openStart).includes('\n');
    // Titles, names and scare quotes: short and not tied to a verb of saying or to a quote run.
    if (words < 4 && !tied && !inRun && !standalone) continue;
    // One or two words in marks are a term or a name unless a verb of saying attributes them ("vert" and "riche" after a quote).
    if (words <= 2 && !tied && !standalone) continue;
    if (title || titles.has(q)) continue;
    if (!tied && lang === 'zh' && !/[，。！？]/u.test(inner)) continue;
    // A quote left unclosed is trusted only when something says it or it continues a quote run.
    // An unclosed quotation opening its sentence that a splice cuts ("… berücksichtigen. "Das Medikament … zu entwickel  und
    // die Wissenschaft …") lost its closing mark to the splice.
    if (!q.closed && !tied && !inRun && !(words >= 4 && spliced && opensSentence(text, q.openStart)) && !(words >= 6 && speechLeadsTo(text, sentences, q.openStart, verbs))) {
      // A remark in the first person that runs to the end of its paragraph lost its closing mark where the paragraph
      // (or the excerpt) was cut; one that stops mid-paragraph may be any opening mark left alone.
      // So is one that opens the sentence after a sentence naming a person ("… powiedziano w rozmowie z Danielle Rodos.
      // "Jesteśmy przekonani …"): the one introduced speaks.
      if (!firstPerson || (/\S/u.test(text.slice(q.end, (text.indexOf('\n', q.end) + 1 || text.length + 1) - 1)) && nameInSentenceBefore(text, sentences, q.openStart, lower) === undefined)) continue;
      ownWords.add(q);
    }
    // "“kylehedigertattoo”写道" — a name in marks before a verb is the speaker, not a quote.
    if (words <= 2 && attributedAfter && lang === 'zh') continue;
    found.push({ q });
  }
  {
    // Speakers are read with crossheads blanked out (same offsets): a line in capitals with no full stop ("KORONAVİRÜS
    // ÖNLEMLERİ") heads what follows and is never the subject of a sentence under it.
    const { text: unheaded, sentences } = withoutCrossheads(full, allSentences);
    // Words inside a quotation are the quoted person's, not the narration's: a name or a verb of saying in one ("«Er
    // sagte schlechte Dinge über unser Land»", "… obiektów USA". – zaznaczył.") is never the subject of another quote.
    const text = quotationsBlanked(unheaded, found.map((f) => f.q));
    for (const f of found) {
      attribute(text, sentences, f, lex, verbAfter, verbs, lang, lower);
      f.speaker ??= headlineOf.get(f.q);
      // Turkish: the name whose comma stands right before the quotation is its subject ("… Proje Yöneticisi Mike
      // Interbartolo, “…”"), whatever verb of an earlier clause the attribution read.
      if (lang === 'tr') f.speaker = turkishTopicRightBefore(text, f.q.openStart, lower) ?? f.speaker;
      if (f.speaker === undefined) f.speaker = speakerInNextSentence(text, f.q.closeEnd, lang, lex, verbs, lower) ?? signedAfter(text, f.q.closeEnd, lower, (w) => cannotSpeak(w, text, lang, lower, (x) => nearSaying(x, text, verbs), verbs));
      if (f.speaker === undefined && (lang === 'pl' || lang === 'ru')) f.speaker = subjectAfterDashVerb(text, f.q.closeEnd);
      // "Renault-Präsident Jean-Dominique Senard nannte ihn einen „großen Strategen“": the subject of a verb of naming
      // before the marks, in their sentence, speaks the words it names.
      if (f.speaker === undefined) f.speaker = namingSubject(text, sentences, f.q.openStart, lang, lex, lower);
      // "el responsable … lamenta que "…"": a subject, any verb and "that" or a colon report the quotation.
      if (f.speaker === undefined && SUBJECT_FIRST.has(lang)) f.speaker = framedSubject(text.slice(sentenceStart(sentences, f.q.openStart), f.q.openStart));
    }
    // Quotes left without a speaker take the one before them in the same or the previous paragraph sentence.
    let last: Found | undefined;
    for (const f of found) {
      // A pronoun stands for the speaker in focus: the last quote's, else the subject of the sentence before the quote's.
      // Russian and Polish verbs and pronouns carry gender: "— добавила она" after "— сказал Петров" is not Петров,
      // but the last woman named (the earlier quotes' speakers first).
      const g = (f.speaker === undefined || isPronoun(f.speaker, lex)) ? genderOf(f.verb, f.speaker, lang) : undefined;
      const clash = (o: Found | undefined): boolean => g !== undefined && o !== undefined && genderOf(o.verb, undefined, lang) !== undefined && genderOf(o.verb, undefined, lang) !== g;
      if (g !== undefined && last?.speaker !== undefined && clash(last)) {
        const agreeing = [...found.slice(0, found.indexOf(f))].reverse().find((o) => o.speaker !== undefined && !isPronoun(o.speaker, lex) && genderOf(o.verb, undefined, lang) === g);
        const who = agreeing?.speaker ?? (g === 'p' ? undefined : nameOfGender(text, f.q.openStart, g, lang, lower, last.speaker));
        if (who !== undefined) f.speaker = who;
      }
      if (f.speaker !== undefined && isPronoun(f.speaker, lex)) f.speaker = last?.speaker ?? previousSubject(text, sentences, f.q.openStart, lower, lang) ?? nameBefore(text, f.q.openStart, lex, lower);
      // "…”, dijo Sánchez. Por su parte, …, Pablo Casado, criticó … “…”, aseguró.": a person named since the last quote is the one now speaking.
      if (f.speaker === undefined && f.bare && last !== undefined && DROPS_SUBJECT.has(lang)) {
        // Only sentences after the last quote's own (its attribution may name others: "dijo Sánchez tras reunirse con …").
        const after = last.q.closeEnd;
        const next = sentences.find((x) => x.start >= after);
        if (next !== undefined && next.start < f.q.openStart) f.speaker = personBefore(text, sentences, f.q.openStart, lower, next.start);
      }
      // «…», — сказал представитель. Это было 36 часов назад. «…». Владельцы заявили, что …: narration that says nothing
      // stands between the last quote and this one, and the next sentence opens with a subject and a verb of saying;
      // that subject outranks the earlier speaker.
      if (f.speaker === undefined && !f.bare && last?.speaker !== undefined && narrationBetween(text, sentences, last.q.closeEnd, f.q.openStart, verbs)) {
        f.speaker = nextSentenceSpeaker(text, sentences, f.q.closeEnd, lex, verbs, lower, lang);
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
      // Not a quote with its own subjectless verb ("… – zaznaczył."): its speaker was named before it, not after.
      if (f.speaker === undefined && !f.bare && n.speaker !== undefined && !text.slice(f.q.closeEnd, n.q.openStart).includes('\n') && n.q.openStart - f.q.closeEnd < 200) {
        // Unless the sentence right before it attributed speech: the quotation goes on in those words.
        f.speaker = saidRightBefore(text, sentences, f.q.openStart, lex, verbs, lower) ?? n.speaker;
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
    // A sentence's subject read with no verb of saying may be a place or (German) a common noun: no speaker, not a guess.
    const canSpeak = (who: string | undefined): string | undefined => (who === undefined || cannotSpeak(who, text, lang, lower, (w) => nearSaying(w, text, verbs), verbs) ? undefined : who);
    // Nothing names the speaker: the subject of the sentence (the languages drop subject pronouns).
    // A quote soon after one with a speaker continues it.
    if (lang !== 'zh') {
      found.forEach((f, i) => {
        if (f.speaker !== undefined) return;
        const prev = found[i - 1];
        f.speaker = prev?.speaker !== undefined && f.q.openStart - prev.q.closeEnd < 400 ? prev.speaker
          : (lang === 'tr' ? issuerAround(text, sentences, f.q.openStart) : undefined)
            // A quote opening its paragraph is tied to the statement after it, not to the paragraph before.
            ?? (opensParagraph(text, f.q.openStart) ? nextSentenceSpeaker(text, sentences, f.q.closeEnd, lex, verbs, lower, lang) : undefined)
            ?? canSpeak(subjectAround(text, sentences, f.q.openStart, lower, lang));
      });
    }
    // "enfatizó el biólogo", "La società afferma": a description stands for the one the article named with it.
    if (lang !== 'ar' && lang !== 'zh') resolveDescriptions(text, sentences, found, lex, lower);
    // A lone word capitalised only by its position or (German) as a noun is no evidence of a name, and a headline run in
    // capitals or a user handle names no one who speaks: the best-scored person the text names takes its place.
    for (const f of found) {
      if (f.speaker !== undefined) f.speaker = withoutAccordingTo(beforeInnerDeterminer(f.speaker, lang));
      // A clause ("que era …") or a Turkish place ("Güney Kore’de"), whichever path read it: the best-scored person, or no one.
      if (f.speaker !== undefined && (namesNoOne(f.speaker, lang) || onlyAPlace(f.speaker, text, lang, verbs))) {
        f.speaker = bestPerson(text, sentences, f.q.openStart, f.q.closeEnd, verbs, lower, lang);
        continue;
      }
      if (f.speaker === undefined || f.adjacent || !(isWeakSpeaker(f.speaker, text, verbs, lang) || isUnlikelySpeaker(f.speaker, text, verbs, lower, lang))) continue;
      f.speaker = bestPerson(text, sentences, f.q.openStart, f.q.closeEnd, verbs, lower, lang) ?? f.speaker;
    }
    // A subjectless verb ("… – zaznaczył.") that nothing above resolved: the person the text is about.
    for (const f of found) if (f.speaker === undefined && f.bare) f.speaker = bestPerson(text, sentences, f.q.openStart, f.q.closeEnd, verbs, lower, lang);
    // Nothing above named anyone: the person the text keeps naming, when the evidence for one is strong (named three
    // times or more, or by a verb of saying), is the likeliest speaker of a remark in it.
    for (const f of found) if (f.speaker === undefined) f.speaker = bestPerson(text, sentences, f.q.openStart, f.q.closeEnd, verbs, lower, lang, 3);
    // "L'amministratore delegato Pauline Howie ha elogiato il personale. "Vorrei ringraziare …": a remark in the first
    // person that nothing attributes is the last person named before it.
    for (const f of found) if (ownWords.has(f.q)) f.speaker = nameInSentenceBefore(text, sentences, f.q.openStart, lower) ?? personBefore(text, sentences, f.q.openStart, lower) ?? f.speaker;
    // A headline quotation still without a speaker: the first full name of the lead after it.
    for (const f of found) if (f.speaker === undefined && opensText(text, f.q.openStart)) f.speaker = leadName(text, sentences, f.q.closeEnd, lower, (w) => cannotSpeak(w, text, lang, lower, (x) => nearSaying(x, text, verbs), verbs), (w) => positionalOnly(w, text, verbs, lang));
  }
  // The same words in marks are the same remark: a headline's copy of a quote attributed in the body has its speaker.
  const tiedOf = new Map(cands.map((c) => [c.q, c.tied]));
  // Tied by a verb of saying (before or after it), not only by a colon or the sentence after.
  const spokenOf = new Map(cands.map((c) => [c.q, c.attributedAfter || c.speechLed]));
  const keyOf = (f: Found): string => text.slice(f.q.start, f.q.end).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  for (const f of found) {
    if (spokenOf.get(f.q)) continue;
    // A headline may quote only part of the remark ("«Teilweise bereits verwest»" for "«Die Tiere waren teilweise
    // bereits verwest», so Rey"): two or more words found whole inside a remark attributed in the body.
    const key = keyOf(f);
    const part = key.includes(' ') ? ` ${key} ` : undefined;
    const said = tiedOf.get(f.q)
      ? found.find((o) => o !== f && o.speaker !== undefined && spokenOf.get(o.q) && keyOf(o) !== key && part !== undefined && ` ${keyOf(o)} `.includes(part))
      : found.find((o) => o !== f && o.speaker !== undefined && tiedOf.get(o.q) && (keyOf(o) === key || (part !== undefined && ` ${keyOf(o)} `.includes(part))));
    if (said) f.speaker = said.speaker;
  }
  // A title in marks that another quote names as its speaker ("Dziennik Zachodni") is not a quote itself.
  const speakers = new Set(found.map((f) => f.speaker));
  return found.filter((f) => !speakers.has(text.slice(f.q.start, f.q.end).trim())).map((f) => ({
    start: f.q.start,
    end: f.q.end,
    text: text.slice(f.q.start, f.q.end),
    // Last: a form of address shows the rules above a person ("M. Dupont"); the speaker is the person the entities name.
    ...(f.speaker ? { speaker: withoutAddress(lang === 'tr' ? withoutGenitiveTr(issuerOf(f.speaker, text)) : issuerOf(f.speaker, text), lang) } : {}),
    ...(f.mention ? { speakerMention: f.mention } : {}),
  }));
}

/** The subject right before a verb of naming (NAMING) that stands before `open` in its sentence and clause; undefined for a pronoun or none. */
function namingSubject(text: string, sentences: readonly Sentence[], open: number, lang: string, lex: SpeechLexicon, lower: ReadonlySet<string>): string | undefined {
  const naming = NAMING[lang]?.before;
  if (naming === undefined) return undefined;
  const clause = text.slice(Math.max(sentenceStart(sentences, open), open - 200), open);
  const m = lastMatch(clause, naming);
  if (m === undefined || /[.!?;:]/u.test(clause.slice(m.index))) return undefined;
  // Only a subject right before the verb: "die er „arrogant“ nennt" (a relative clause) names nobody before "er".
  const before = clause.slice(0, m.index).trimEnd();
  const who = subjectBefore(before, lex, lower);
  return who !== undefined && !isPronoun(who, lex) && before.endsWith(who) ? who : undefined;
}
