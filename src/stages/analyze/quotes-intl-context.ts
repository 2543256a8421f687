/**
 * Speakers a quote's own clause does not give, from the sentences around it:
 * the sentence after it that says "so said X" ("Об этом заявил …", "Tak
 * powiedział …", "Così il premier …"), a full name opening the sentence right
 * before the marks, a sentence before it with a verb of saying, and the
 * subject of the sentence before (what a pronoun stands for). Used by
 * `quotes-intl.ts` after `quotes-intl-attribute.ts` has read the quote's clause.
 */
import type { Sentence } from '../../core/types.js';
import type { SpeechLexicon } from './speech-verbs-intl.js';
import { NAME_RUN, isComplementAt, isNotASpeaker, nameAfterFiller, sentenceSubject, withoutOpeners } from './speaker-names-intl.js';
import { subjectBefore, withoutTime } from './speaker-subjects-intl.js';
import { clauseSegment, sentenceStart, speakerIn } from './quotes-intl-attribute.js';

/** The subject of the sentence before the quote's (a pronoun after "Kanzler Olaf Scholz besuchte Kiew."). */
export function previousSubject(text: string, sentences: readonly Sentence[], pos: number, lower: ReadonlySet<string>, lang: string): string | undefined {
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

/**
 * The sentence right after a quote that says who spoke it with "this/so" ("«…». Об этом заявил губернатор Андрей
 * Бочаров.", "„…”. Tak powiedział premier …", ""…". Così il premier Giuseppe Conte …", ""…". Así lo afirmó …",
 * "„…“ So äußerte sich …", "« … » C'est ce qu'a déclaré …", "„…” – to słowa premiera …", ""…" Bu sözler X'e ait").
 */
const SO_SAID: Readonly<Record<string, RegExp>> = {
  ru: /^(?:Об этом|Так|Такими словами|Это)\s+/u,
  pl: /^(?:Tak|Takimi słowami|Tymi słowami|To|to(?= słowa))\s+/u,
  it: /^(?:Così|Lo)\s+/u,
  es: /^(?:Así(?:\s+lo)?|Lo)\s+/u,
  de: /^(?:So|Das|Dies)\s+/u,
  fr: /^(?:C['’]est ce qu['’]|Ainsi)\s*/u,
  tr: /^Bu sözler(?:i)?\s+/u,
};

export function speakerInNextSentence(text: string, closeEnd: number, lang: string, lex: SpeechLexicon, verbs: RegExp, lower: ReadonlySet<string>): string | undefined {
  const so = SO_SAID[lang];
  if (!so) return undefined;
  const lead = /^\s*(?:[.!?…]\s*)?(?:[-–—]\s*)?/u.exec(text.slice(closeEnd, closeEnd + 4))![0].length;
  const rest = text.slice(closeEnd + lead, closeEnd + lead + 200).split(/(?<=[.!?])\s/u)[0];
  const m = so.exec(rest);
  if (!m) return undefined;
  const after = rest.slice(m[0].length);
  // Turkish "Bu sözler Cumhurbaşkanı Erdoğan'a ait": the owner in the dative before "ait".
  if (lang === 'tr') return /^(.{2,60}?)['’]?(?:y?[ae]) ait\b/u.exec(after)?.[1];
  // "Così il premier Giuseppe Conte", "to słowa premiera …": no verb, the name follows.
  const v = new RegExp(`^(?:\\p{Ll}+\\s+){0,2}?(?:${lex.verbs}|słowa|äußerte sich|äußerte)(?![\\p{L}])`, 'iu').exec(after) ?? (/^Così/u.test(m[0]) ? /^/u.exec(after) : null);
  if (!v) return undefined;
  const seg = clauseSegment(after, v[0].length);
  const who = isNotASpeaker(seg.text) ? nameAfterFiller(seg.text, lower, lang) : speakerIn(seg.text, lex, lang);
  return who && /^\p{Lu}|^\p{Ll}+\s+\p{Lu}/u.test(who.name) ? withoutTime(who.name) : undefined;
}

/**
 * A full name opening its sentence right before the opening mark, with nothing but a colon between ("Emmanuel
 * Garette "…"", "Maria Nowak: „…”"): the quote is hers, whatever verb an earlier sentence had. (A name after a verb,
 * "… żegna Kobego Bryanta", is its object.)
 */
export function nameRightBefore(text: string, pos: number, lower: ReadonlySet<string>): string | undefined {
  const m = /(?:^|[.!?\n]\s*)(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})\s*[:：]?\s*$/u.exec(text.slice(Math.max(0, pos - 80), pos));
  if (!m) return undefined;
  const name = withoutOpeners(m[1], lower);
  return /\s/.test(name) ? name : undefined;
}

/** A sentence before the quote that has a speech verb: its speaker. */
export function contextSpeaker(text: string, sentences: readonly Sentence[], pos: number, lex: SpeechLexicon, verbs: RegExp, lower: ReadonlySet<string>, lang: string): string | undefined {
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

/**
 * The speaker a verb of saying names after it in the sentence right before `open` (nothing but spaces between): "Seit
 * 2015 habe die Bahn 400 Plätze geschaffen, sagte eine Konzern-Sprecherin der „Rheinischen Post“. „Die Deutsche Bahn
 * qualifiziert …“": a quotation that follows reported speech goes on in that speaker's words.
 */
export function saidRightBefore(text: string, sentences: readonly Sentence[], open: number, lex: SpeechLexicon, verbs: RegExp, lower: ReadonlySet<string>): string | undefined {
  const s = sentences.filter((x) => x.end <= open + 1).pop();
  if (s === undefined || !/^\s*$/u.test(text.slice(s.end, open))) return undefined;
  const m = [...s.text.matchAll(new RegExp(verbs.source, verbs.flags.includes('g') ? verbs.flags : `${verbs.flags}g`))].pop();
  if (m === undefined) return undefined;
  const after = clauseSegment(s.text, m.index + m[0].length);
  if (!after.text.trim() || /^\s*(?:dass|que|qu['’]|che|że|что|ki)(?![\p{L}])/iu.test(after.text)) return undefined;
  const who = isNotASpeaker(after.text) ? nameAfterFiller(after.text, lower) : speakerIn(after.text, lex);
  return who !== undefined && /^\p{Lu}|^\p{Ll}+\s+\p{Lu}/u.test(who.name) ? withoutTime(who.name) : undefined;
}

/**
 * The subject of a verb of saying that opens the sentence right after a quote nothing else attributes («…».
 * Владельцы сети заявили, что …; "…". Los propietarios afirmaron que …): the remark and the statement after it are
 * the same speaker's, more surely than the subject of a sentence before that says nothing.
 */
export function nextSentenceSpeaker(text: string, sentences: readonly Sentence[], closeEnd: number, lex: SpeechLexicon, verbs: RegExp, lower: ReadonlySet<string>, lang: string): string | undefined {
  if (lang === 'zh' || lang === 'ar' || lang === 'tr') return undefined;
  const next = sentences.find((x) => x.start >= closeEnd);
  if (!next || !/^[\s.!?…»”"“,]*$/u.test(text.slice(closeEnd, next.start))) return undefined;
  const m = verbs.exec(next.text);
  // The verb within the sentence's first words, after its subject (not a verb opening it: "Dijo que …" names no one).
  if (!m || m.index === 0 || m.index > 80 || /[,;:]/u.test(next.text.slice(0, m.index))) return undefined;
  const who = subjectBefore(next.text.slice(0, m.index), lex, lower);
  return who !== undefined && !isPronounLike(who, lex) ? who : undefined;
}

function isPronounLike(s: string, lex: SpeechLexicon): boolean {
  return new RegExp(`^(?:${lex.pronouns})$`, 'iu').test(s.trim());
}

/**
 * `text` with each crosshead blanked out by spaces (offsets kept), and the sentences without them: a whole line in
 * capitals ("KORONAVİRÜS ÖNLEMLERİ", "VALİ AÇIKLAMA YAPTI") with no closing punctuation and no quotation mark heads
 * the text under it; its words are no one's name there. Scripts without case have none.
 */
export function withoutCrossheads(text: string, sentences: readonly Sentence[]): { text: string; sentences: readonly Sentence[] } {
  const heads: [number, number][] = [];
  for (const m of text.matchAll(/^[^\S\n]*([^\n]+?)[^\S\n]*$/gmu)) {
    const line = m[1];
    if (/\p{Ll}/u.test(line) || (line.match(/\p{Lu}/gu)?.length ?? 0) < 4 || !/\s/u.test(line)) continue;
    if (/[.!?…:;"“”„«»。！？؟]$|["“”„«»‹›「」]/u.test(line)) continue;
    heads.push([m.index, m.index + m[0].length]);
  }
  if (heads.length === 0) return { text, sentences };
  let out = text;
  for (const [a, b] of heads) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  const inHead = (x: Sentence): boolean => heads.some(([a, b]) => x.start >= a && x.end <= b);
  // A sentence the splitter ran across a crosshead keeps only its blanked text.
  return { text: out, sentences: sentences.filter((x) => !inHead(x)).map((x) => ({ ...x, text: out.slice(x.start, x.end) })) };
}

/**
 * The lower-case forms of words that open a heading line (a whole line with no closing punctuation, not the whole
 * text) and occur nowhere else in `text`: capitalised by their place, not as names.
 */
export function headingOpeners(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^[^\S\n]*(\p{Lu}[\p{L}\p{M}'’-]*)([^\n]*)$/gmu)) {
    // A line of two words or more among others, with no closing punctuation, that says nothing itself (no colon, no
    // marks: "Kaczyński ostrzega: – …" is a speaker's headline).
    if (m[2].trim() === '' || m[0].length === text.length || /[.!?…;。！？؟]\s*$|[:："“”„«»‹›「」]/u.test(m[2])) continue;
    const word = m[1];
    const uses = text.match(new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'))?.length ?? 0;
    if (uses === 1) out.push(word.toLowerCase());
  }
  return out;
}

/**
 * "„… eingereicht“ Ornig.": a name standing alone right after the closing mark, before a full stop or comma, signs the
 * quotation (the verb of saying, "so", was lost). Only a name the text writes elsewhere too (its last word), and no
 * word the text writes in lower case or opens sentences with, and no place or noun (`noPerson`).
 */
export function signedAfter(text: string, closeEnd: number, lower: ReadonlySet<string>, noPerson: (w: string) => boolean): string | undefined {
  const m = /^[^\S\n]*(\p{Lu}[\p{L}\p{M}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’-]+){0,2})[^\S\n]*[.,;]/u.exec(text.slice(closeEnd, closeEnd + 80));
  if (!m) return undefined;
  const words = m[1].split(/\s+/u);
  if (words.some((w) => lower.has(w) || lower.has(w.toLowerCase()))) return undefined;
  const last = words[words.length - 1];
  const elsewhere = [...text.matchAll(new RegExp(`(?<![\\p{L}])${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'))].some((x) => x.index !== closeEnd + m[0].indexOf(last));
  // A place or (German) a common noun there is a dateline or a heading's tail ("„…“ Speyer.Zur Salierbrücke …").
  return elsewhere && !noPerson(m[1]) ? m[1] : undefined;
}
