/**
 * Pronoun speakers: "he"/"she" stand for the latest compatible named person,
 * with gender read from the article (Mr./Mrs./Ms., "spokeswoman") or from a
 * list of common first names; "they"/"we" and "it" for an organisation or a
 * document; "I" for the writer.
 */
import type { EntityMention, Span } from '../../core/types.js';
import type { Token } from './tokens.js';
import type { Attribution, Ctx, PronounKind, Resolved, Subject } from './speaker-context.js';
import { sentenceAt } from './speaker-context.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, PRONOUNS } from './gazetteer.js';

const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounKind> = new Map([['he', 'm'], ['she', 'f'], ['i', 'i'], ['they', 'p'], ['we', 'p'], ['it', 'n']]);

/** A pronoun token as a subject; `objectToo` admits him/her ("quoted him as saying"). */
export function pronounSubject(t: Token, objectToo: boolean): Subject | undefined {
  const kind = SUBJECT_PRONOUNS.get(t.lower) ?? (objectToo ? PRONOUNS.get(t.lower) : undefined);
  return kind !== undefined ? { pronoun: kind, mention: { start: t.start, end: t.end } } : undefined;
}

const FEMALE_CUES = /\b(?:Mrs|Ms|Miss|Madam)\.?\s*$|\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|queen|first lady|wife|mother|daughter|sister|widow|niece)\b/i;
const MALE_CUES = /\bMr\.?\s*$|\b(?:spokesman|chairman|congressman|businessman|king|husband|father|son|brother|nephew)\b/i;

/** Gender of a named person: the article's own cues first, then the first name. */
export function genderOf(ctx: Ctx, name: string): 'm' | 'f' | 'u' {
  for (const p of ctx.persons) {
    if (p.name !== name) continue;
    const cue = `${ctx.text.slice(Math.max(0, p.start - 6), p.start)} ${p.role ?? ''}`;
    if (FEMALE_CUES.test(cue)) return 'f';
    if (MALE_CUES.test(cue)) return 'm';
  }
  const first = name.split(' ').find((w) => !/\.$/.test(w))?.toLowerCase() ?? '';
  return FEMALE_FIRST_NAMES.has(first) ? 'f' : MALE_FIRST_NAMES.has(first) ? 'm' : 'u';
}

/** A short next sentence "Pentagon spokesman John Kirby said." names who "he" was. */
function namedInNextSentence(ctx: Ctx, pos: number): EntityMention | undefined {
  const i = sentenceAt(ctx, pos);
  const next = ctx.sentences[i + 1];
  if (i < 0 || next === undefined || next.text.split(/\s+/).length > 8) return undefined;
  const m = /([\p{L}.’'-]+)\s+(?:said|added|told)\b/u.exec(next.text);
  if (m === null) return undefined;
  const e = ctx.byEnd.get(next.start + m.index + m[1].length);
  return e?.type === 'person' ? e : undefined;
}

/**
 * Who a pronoun stands for: "he"/"she" the latest speaker (then the latest
 * person) of a compatible gender, unless a short next sentence names him;
 * "they"/"we" the latest organisation; "it" the latest non-person speaker;
 * "I" the writer. When nothing fits the pronoun itself is kept, so the
 * attribution is still placed.
 */
export function resolvePronoun(ctx: Ctx, prior: readonly Attribution[], kind: PronounKind, mention: Span, at: number): Resolved {
  const word = ctx.text.slice(mention.start, mention.end);
  const bare: Resolved = { speaker: word.toLowerCase(), kind: 'description', mention };
  if (kind === 'i') return { speaker: 'the author', kind: 'description', mention };
  if (kind === 'n') {
    const it = [...prior].reverse().find((x) => x.kind !== 'person');
    return it !== undefined ? { speaker: it.speaker, kind: it.kind, mention } : bare;
  }
  if (kind === 'p') {
    const org = [...prior].reverse().find((x) => x.kind === 'organization')?.speaker
      ?? [...ctx.orgs].reverse().find((o) => o.end <= mention.start)?.name;
    return org !== undefined ? { speaker: org, kind: 'organization', mention } : bare;
  }
  const genders = new Map<string, 'm' | 'f' | 'u'>();
  const fits = (name: string): boolean => {
    let g = genders.get(name);
    if (g === undefined) { g = genderOf(ctx, name); genders.set(name, g); }
    return g === kind || g === 'u';
  };
  const named = namedInNextSentence(ctx, at);
  // Of the last two people who spoke and those named in this or the previous sentence, one whose gender is
  // known to agree beats one whose gender is unknown ("Jen Psaki spoke after Biden said little. … she said").
  const si = sentenceAt(ctx, mention.start);
  const from = si > 0 ? ctx.sentences[si - 1].start : 0;
  const near = ctx.persons.filter((p) => p.start >= from && p.end <= mention.start).map((p) => p.name).reverse();
  const recent = [...new Set([...near, ...[...prior].reverse().filter((x) => x.kind === 'person').map((x) => x.speaker).slice(0, 2)])];
  const name = named?.name
    ?? recent.find((n) => fits(n) && genders.get(n) === kind)
    ?? [...prior].reverse().find((x) => x.kind === 'person' && fits(x.speaker))?.speaker
    ?? [...ctx.persons].reverse().find((p) => p.end <= mention.start && fits(p.name))?.name
    ?? [...ctx.persons].reverse().find((p) => p.end <= mention.start)?.name;
  if (name === undefined) return bare;
  const role = ctx.roles.get(name)?.[0];
  return { speaker: name, kind: 'person', mention, ...(role !== undefined ? { role } : {}) };
}
