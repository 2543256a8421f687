/**
 * Verbs of naming: "Trump called Ford's plans “an absolute disgrace”",
 * "Rubio, who he dubbed “the little senator”", "described the gathering as a
 * “superspreading event”". The quoted words are the subject's even when they
 * are two or three (which alone would read as a scare quote), so a short
 * quotation the verb governs is kept and given to the verb's subject. These
 * verbs bind only the quotation they introduce: they are no speech cue for
 * anything else in the sentence ("“…,” she said, calling it …" stays hers by
 * "said"), and they never take part in pronoun resolution.
 */
import type { Attribution } from './speaker-context.js';

/** Verbs that name what follows (call-type: "called X “Y”") and verbs that need "as" ("described X as “Y”"). */
const NAMING_RE = /\b(?:call|called|calls|calling|dubbed|dubs|dubbing|termed|terming|branded|brands|branding|labell?ed|labels|labell?ing|nicknamed|describe|described|describes|describing|characteri[sz]ed|characteri[sz]es|characteri[sz]ing)\b/gi;

/** Verbs whose naming needs "as" before the quotation. */
const NEEDS_AS = /^(?:describ|characteri)/i;

/** Participles take the subject of their clause ("…, calling the plan “a disaster”"). */
export const NAMING_PARTICIPLE = /ing$/i;

/** "called for", "called on", "called off": a demand or an act, not a name given. */
const NOT_NAMING_AFTER = new Set(['for', 'on', 'off', 'up', 'out', 'back', 'in', 'upon', 'into', 'to', 'at', 'by', 'from', 'with']);

export interface NamingCue {
  readonly index: number;
  readonly word: string;
}

/** Naming verbs in text order. */
export function namingCues(text: string): NamingCue[] {
  const out: NamingCue[] = [];
  NAMING_RE.lastIndex = 0;
  for (let m = NAMING_RE.exec(text); m !== null; m = NAMING_RE.exec(text)) out.push({ index: m.index, word: m[0] });
  return out;
}

/**
 * Whether the words between a naming verb and the quotation's opening mark
 * (`bridge`) let the verb govern the quotation: no sentence end or other
 * quotation; at most six words after a call-type verb, and no preposition
 * first; at most sixteen after a verb of describing, with "as" last ("described
 * an outbreak … in the city of Daegu as a “…”").
 */
export function governs(verb: string, bridge: string): boolean {
  if (/[.!?;:“”"«»„]/.test(bridge) || bridge.includes('\n')) return false;
  const words = bridge.trim().split(/\s+/).filter((w) => w !== '');
  // "described the gathering in the city of Daegu as a “…”": the object before "as" may be longer than a name's.
  if (words.length > (NEEDS_AS.test(verb) ? 16 : 6)) return false;
  const last = words.length > 0 && /^(?:a|an|the)$/i.test(words[words.length - 1]!) ? words.length - 2 : words.length - 1;
  if (NEEDS_AS.test(verb)) return last >= 0 && words[last]!.toLowerCase() === 'as';
  return words.length === 0 || !NOT_NAMING_AFTER.has(words[0]!.toLowerCase().replace(/,$/, ''));
}

/**
 * The latest verb of naming in the sentence (from `sentenceStart`) of a quotation opening at `open` that governs it;
 * a bare "called “…”" after a common noun names a thing ("a group called “…”"), not words someone said.
 */
export function governingNaming(text: string, namings: readonly Attribution[], open: number, sentenceStart: number): Attribution | undefined {
  for (let k = namings.length - 1; k >= 0; k--) {
    const n = namings[k]!;
    if (n.verb.end > open) continue;
    if (n.verb.start < sentenceStart) return undefined;
    const bridge = text.slice(n.verb.end, open);
    if (!governs(text.slice(n.verb.start, n.verb.end), bridge)) return undefined;
    return bridge.trim() === '' && n.kind === 'description' && !/^(?:he|she|they|we|i|you|it)$/i.test(n.speaker) ? undefined : n;
  }
  return undefined;
}
