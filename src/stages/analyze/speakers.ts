/**
 * Attribution: every "X said" / "said X" / "according to X" / "quoted X as" in
 * an article, with X resolved to a full name, an organisation or a description.
 * Pronouns resolve to the latest compatible person who was attributed
 * something before; role nouns ("the US president") to the person holding the
 * role. Quotes then pick the nearest attribution in their sentence.
 *
 * The rules live by responsibility: speaker-cues.ts (which words cue an
 * attribution), speaker-subjects.ts (where the speaker is written),
 * speaker-phrases.ts (descriptions and roles), pronouns.ts (he/she/they/it).
 */
import type { EntityMention, Sentence, Span } from '../../core/types.js';
import type { Token } from './tokens.js';
import { tokenAt } from './tokens.js';
import type { Attribution, Ctx, Subject } from './speaker-context.js';
import { buildCtx } from './speaker-context.js';
import { INVERTING, PARTICIPLES, cues } from './speaker-cues.js';
import { resolvePronoun } from './pronouns.js';
import { DETERMINERS } from './speaker-phrases.js';
import { clauseSubject, colonSubject, participleSubject, subjectAfter, subjectBefore } from './speaker-subjects.js';
import { NAMING_PARTICIPLE, namingCues } from './speaker-naming.js';

/** Words after which a cue word is a noun ("these claims", "of reports"). */
const NOUN_BEFORE: ReadonlySet<string> = new Set(['these', 'those', 'many', 'all', 'both', 'of', 'such', 'any', 'no', 'new', 'recent', 'united']);

/** Auxiliaries of a passive "is quoted as saying". */
const PASSIVE_AUX: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'been', 'be']);

/** "despite some media reports to the contrary": "reports" after these is a noun ("the news reported" stays a verb). */
const REPORTS_NOUN_BEFORE: ReadonlySet<string> = new Set(['media', 'news', 'press']);

export type { Attribution, SpeakerKind } from './speaker-context.js';

/**
 * All attributions in the text, in order; verbs inside `masked` spans (the
 * quotations themselves, sorted) are skipped.
 */
export function findAttributions(
  text: string, tokens: readonly Token[], sentences: readonly Sentence[],
  entities: readonly EntityMention[], masked: readonly Span[],
): Attribution[] {
  return attributionsAndNamings(text, tokens, sentences, entities, masked).attributions;
}

/**
 * The attributions, and apart from them the verbs of naming with their
 * subjects (speaker-naming.ts): a naming binds only a quotation it governs,
 * so it is neither a cue for other quotations nor an antecedent for pronouns.
 */
export function attributionsAndNamings(
  text: string, tokens: readonly Token[], sentences: readonly Sentence[],
  entities: readonly EntityMention[], masked: readonly Span[],
): { attributions: Attribution[]; namings: Attribution[] } {
  const ctx = buildCtx(text, tokens, sentences, entities, masked);
  const out: Attribution[] = [];
  const place = (verb: Span, subj: Subject, extra: { opens?: number } = {}): void => {
    out.push({ verb, ...('pronoun' in subj ? resolvePronoun(ctx, out, subj.pronoun, subj.mention, verb.start) : subj), ...extra });
  };
  let mi = 0;
  for (const m of cues(text, masked)) {
    while (mi < masked.length && masked[mi].end <= m.index) mi++;
    if (mi < masked.length && masked[mi].start <= m.index) continue;
    const verb = { start: m.index, end: m.index + m.word.length };
    const word = m.word.toLowerCase();
    if (word === ':') {
      // "Trump leaned in and boomed: “…”": a colon opening a quote gives it to the clause's subject.
      const subj = colonSubject(ctx, verb.start);
      if (subj !== undefined) place(verb, subj, m.opens !== undefined ? { opens: m.opens } : {});
      continue;
    }
    const v = tokenAt(tokens, verb.end) - 1;
    // "one of the states suing", "the read-out", "his claims": after a determiner the word is a noun, not a verb.
    const prev = tokens[tokenAt(tokens, verb.start) - 1];
    if (prev !== undefined && (DETERMINERS.has(prev.lower) || NOUN_BEFORE.has(prev.lower) || (word === 'reports' && REPORTS_NOUN_BEFORE.has(prev.lower))) && /^\s+$/.test(text.slice(prev.end, verb.start))) continue;
    let subj: Subject | undefined;
    if (word === 'according to') subj = subjectAfter(ctx, v, false);
    else if (word === 'quoted') {
      // "the soldier is quoted as saying": passive, the subject is before the auxiliary; "quoted him as" is active.
      const aux = tokenAt(tokens, verb.start) - 1;
      subj = aux >= 0 && PASSIVE_AUX.has(tokens[aux]!.lower) ? subjectBefore(ctx, aux) : subjectAfter(ctx, v, true);
    }
    else if (PARTICIPLES.has(word)) {
      // "quoted him as saying" is the quoted verb's; "as saying" never opens a clause of its own.
      const before = tokens[tokenAt(tokens, verb.start) - 1];
      subj = before?.lower === 'as' ? undefined : participleSubject(ctx, verb.start) ?? clauseSubject(ctx, verb.start);
    } else subj = subjectBefore(ctx, tokenAt(tokens, verb.start)) ?? (INVERTING.has(word) ? subjectAfter(ctx, v, false) : undefined);
    if (subj !== undefined) place(verb, subj);
  }
  return { attributions: out, namings: namingsOf(ctx, out, masked) };
}

function namingsOf(ctx: Ctx, prior: readonly Attribution[], masked: readonly Span[]): Attribution[] {
  const { text, tokens } = ctx;
  const out: Attribution[] = [];
  let mi = 0;
  for (const m of namingCues(text)) {
    while (mi < masked.length && masked[mi].end <= m.index) mi++;
    if (mi < masked.length && masked[mi].start <= m.index) continue;
    const verb = { start: m.index, end: m.index + m.word.length };
    const vi = tokenAt(tokens, verb.start);
    // "was dubbed “…”", "has been described as": passive, its subject is what is named.
    // "the call", "his description": after a determiner the word is a noun.
    const prev = tokens[vi - 1];
    if (prev !== undefined && (PASSIVE_AUX.has(prev.lower) || prev.lower === 'being' || DETERMINERS.has(prev.lower))) continue;
    const subj = NAMING_PARTICIPLE.test(m.word) ? participleSubject(ctx, verb.start) ?? clauseSubject(ctx, verb.start) : subjectBefore(ctx, vi);
    if (subj === undefined) continue;
    const before = prior.filter((a) => a.verb.end <= verb.start);
    out.push({ verb, ...('pronoun' in subj ? resolvePronoun(ctx, before, subj.pronoun, subj.mention, verb.start) : subj) });
  }
  return out;
}
