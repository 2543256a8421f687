/**
 * Who a figure is attributed to: "according to X", "X said/estimated …",
 * "…, said X", or a reporting clause opening the next sentence. Works on plain
 * text; entities, when given, turn "Ukraine's defence minister, Oleksii
 * Reznikov" into the canonical name.
 */
import type { EntityMention, Sentence } from '../../core/types.js';

const VERBS =
  'said|says|say|told|tells|tell|added|adds|estimated|estimates|estimate|determined|determines|concluded|concludes|conclude|' +
  'believes|believe|believed|reported|reports|report|claimed|claims|claim|stated|states|announced|announces|warned|warns|' +
  'noted|notes|confirmed|confirms|assessed|assesses|assess|calculated|calculates|counted|counts';
const VERB_RE = new RegExp(String.raw`\b(?:${VERBS})\b`, 'g');
// A neighbouring sentence only lends its speaker when it reports speech.
const SPEECH_RE = /\b(?:said|says|told|tells|added|warned|stated|claimed|noted)\b/g;
const PASSIVE_BEFORE = /\b(?:is|was|are|were|be|been|being)\s+$/i;
const DETERMINER_BEFORE = /\b(?:a|an|the|this|that|these|those|its|his|her|their|our|my|your|whose|new|latest|recent)\s+$/i;
const AUX_TAIL = /(?:\s*,)?\s*\b(?:has|have|had|also|reportedly|previously|recently|now|had|will|would)\s*$/i;
const ADVERB_CHUNK = /^(?:meanwhile|however|also|too|though|in turn|for (?:his|her|its|their) part|separately|earlier|later|on \w+|in addition|moreover)$/i;
const PRONOUN = /^(?:he|she|they|it|we|i|you|who|which|this|that)$/i;
const LEAD_NOISE = /^(?:(?:and|but|so|yet|while|as|the latest|latest|recent|new|both)\s+)+/i;
const FINDINGS_BY = /^(?:\w+\s+)?(?:findings|estimates|reports|assessments|data|figures|calculations)\s+(?:by|from|of)\s+/i;
const FINDINGS_TAIL = /\s+(?:findings|estimates|reports|assessments|data|figures|calculations)$/i;
const TITLED_NAME =
  /^(?:[A-Z][\w'’.-]*\s+)*?(?:[A-Z][\w'’.-]*\s+)?(?:[Mm]inister|[Pp]resident|[Ss]ecretary|[Ss]pokes(?:man|woman|person)|[Cc]hancellor|[Pp]remier|[Dd]irector|[Cc]hief|[Gg]eneral|[Aa]mbassador|[Gg]overnor|[Mm]ayor|[Ss]enator|[Cc]ommander|[Aa]dviser|[Aa]dvisor)\s+((?:[A-Z][\w'’.-]+\s*){2,3})$/;
const ACCORDING = /\baccording to\s+([^,.;:!?()\n]{2,80})/gi;
const POSTPOSED = /^,\s+(?:(?:said|says|told|added|estimated)\s+([^,.;!?\n]{2,60}?)\s*(?:[,.;!?]|$)|([^,.;!?\n]{2,60}?)\s+(?:said|says|told|added|estimated)\b)/;
const MAX_WORDS = 10;

interface Chunk {
  readonly start: number;
  readonly text: string;
}

/**
 * The attribution of a figure spanning [figStart, figEnd) inside `sentence`,
 * or undefined. `next` is the following sentence, used only when it opens
 * with a reporting clause ("Ukraine Defense Minister Oleksii Reznikov said…").
 * @example attributeFigure(text, s, 40, 60, undefined, []) // 'US intelligence'
 */
export function attributeFigure(
  text: string,
  sentence: Sentence,
  figStart: number,
  figEnd: number,
  next: Sentence | undefined,
  entities: readonly EntityMention[],
): string | undefined {
  return (
    subjectBefore(text, sentence.start, figStart, entities) ??
    accordingTo(text, sentence, entities) ??
    postposed(text, figEnd, sentence.end, entities) ??
    (next ? subjectBefore(text, next.start, Math.min(next.end, next.start + 120), entities, true) : undefined)
  );
}

function subjectBefore(
  text: string,
  from: number,
  to: number,
  entities: readonly EntityMention[],
  firstOnly = false,
): string | undefined {
  const before = text.slice(from, to);
  let verbAt = -1;
  const re = firstOnly ? SPEECH_RE : VERB_RE;
  re.lastIndex = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    const lead = before.slice(0, m.index);
    const trail = before.slice(m.index + m[0].length);
    // "the EU added €300 million": a verb whose object is a number counts, it does not report speech.
    if (PASSIVE_BEFORE.test(lead) || /^\s+at\b/.test(trail) || /^\s+(?:[$€£¥]|\d|another\b|more\b)/.test(trail)) continue;
    // "A report, published by CNN, found …", "the state's estimates": after a determiner the word is a noun.
    if (DETERMINER_BEFORE.test(lead)) continue;
    verbAt = m.index;
    if (firstOnly) break;
  }
  if (verbAt <= 0) return undefined;
  const head = before.slice(0, verbAt).replace(AUX_TAIL, '');
  // A following sentence only counts when it opens with its reporting clause.
  if (firstOnly && head.trim().split(/\s+/).length > MAX_WORDS) return undefined;
  const chunks = splitClauses(head, from);
  for (let i = chunks.length - 1; i >= 0; i--) {
    const c = chunks[i];
    const t = c.text.trim();
    if (t === '' || ADVERB_CHUNK.test(t)) continue;
    const lead = c.text.length - c.text.trimStart().length;
    return cleanSubject(t, c.start + lead, entities);
  }
  return undefined;
}

function splitClauses(s: string, offset: number): Chunk[] {
  const out: Chunk[] = [];
  const re = /,|;|:|—|–|\(|\)|\bthat\b|\bwhich\b|\bwho\b|\bwhile\b|\bas\b/g;
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push({ start: offset + last, text: s.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  out.push({ start: offset + last, text: s.slice(last) });
  return out;
}

function cleanSubject(raw: string, absStart: number, entities: readonly EntityMention[]): string | undefined {
  if (PRONOUN.test(raw)) return undefined;
  const ent = entityEndingAt(entities, absStart, absStart + raw.length);
  if (ent) return ent;
  let s = raw.replace(LEAD_NOISE, '').replace(FINDINGS_BY, '').replace(FINDINGS_TAIL, '').trim();
  s = s.replace(/^(?:the latest|latest|recent|new)\s+/i, '');
  if (s === '' || PRONOUN.test(s) || s.split(/\s+/).length > MAX_WORDS) return undefined;
  // "Klobuchar shared the article and": a clause cut before its second verb names no one.
  if (/\s(?:and|or|but)$/i.test(s)) return undefined;
  if (!/^[A-Z]/.test(s) && !/^(?:an?|the|one|two|several|some|senior|officials?|sources?)\b/i.test(s)) return undefined;
  const titled = TITLED_NAME.exec(s);
  return titled ? titled[1].trim() : s;
}

// A person or organisation mention that ends the subject ("…, Oleksii Reznikov").
function entityEndingAt(entities: readonly EntityMention[], start: number, end: number): string | undefined {
  for (const e of entities) {
    if (e.start >= start && e.end <= end && end - e.end <= 2 && e.type !== 'place') return e.name;
  }
  return undefined;
}

function accordingTo(text: string, sentence: Sentence, entities: readonly EntityMention[]): string | undefined {
  ACCORDING.lastIndex = 0;
  const m = ACCORDING.exec(sentence.text);
  if (!m) return undefined;
  const raw = m[1].trim();
  const abs = sentence.start + m.index + m[0].length - m[1].length;
  return cleanSubject(raw, abs, entities) ?? raw;
}

function postposed(text: string, figEnd: number, sentEnd: number, entities: readonly EntityMention[]): string | undefined {
  const after = text.slice(figEnd, sentEnd);
  const comma = after.search(/,\s+(?:said|says|told|added|estimated|[A-Za-z])/);
  if (comma < 0) return undefined;
  const m = POSTPOSED.exec(after.slice(comma));
  if (!m) return undefined;
  const raw = (m[1] ?? m[2]).trim();
  if (/^(?:and|but|or|which|who|while|as|it|he|she|they)\b/i.test(raw)) return undefined;
  const abs = figEnd + comma + m[0].indexOf(raw);
  return cleanSubject(raw, abs, entities);
}
