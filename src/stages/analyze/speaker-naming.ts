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
 * (`bridge`) let the verb govern the quotation: at most six words, no
 * sentence end or other quotation (sixteen with "as", which the verbs of
 * describing need last),
 * and no preposition right after a call-type verb.
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
