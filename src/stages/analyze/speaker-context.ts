/**
 * What every speaker rule shares: the attribution shape, the article context
 * (tokens, sentences, entities indexed by offset, roles), and the unresolved
 * subject a rule returns before pronouns are resolved.
 */
import type { EntityMention, Sentence, Span } from '../../core/types.js';
import type { Token } from './tokens.js';

export type SpeakerKind = 'person' | 'organization' | 'place' | 'description';

/** Who an attribution verb gives the words to. */
export interface Attribution {
  /** The verb ("said", "according to"). */
  readonly verb: Span;
  readonly speaker: string;
  readonly kind: SpeakerKind;
  /** The words naming the speaker ("he", "Peskov", "a senior administration official"). */
  readonly mention: Span;
  readonly role?: string;
  /** For a colon cue ("Cruz responded:"), the start of the quotation it opens, wherever that is. */
  readonly opens?: number;
}

export interface Ctx {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly byStart: ReadonlyMap<number, EntityMention>;
  readonly byEnd: ReadonlyMap<number, EntityMention>;
  readonly roles: ReadonlyMap<string, readonly string[]>;
  readonly persons: readonly EntityMention[];
  readonly orgs: readonly EntityMention[];
  /** The quotations, in order: words inside them are never the writer's subject. */
  readonly masked: readonly Span[];
}

/** m/f: he/she; i: the writer ("I said"); p: they/we; n: "it" (a document or an organisation). */
export type PronounKind = 'm' | 'f' | 'i' | 'p' | 'n';
export type Resolved = Omit<Attribution, 'verb'>;
export type Subject = Resolved | { readonly pronoun: PronounKind; readonly mention: Span };

export function buildCtx(
  text: string, tokens: readonly Token[], sentences: readonly Sentence[],
  entities: readonly EntityMention[], masked: readonly Span[],
): Ctx {
  const roles = new Map<string, string[]>();
  for (const e of entities) if (e.role !== undefined) roles.set(e.name, [...(roles.get(e.name) ?? []), e.role]);
  return {
    text, tokens, sentences, roles, masked,
    byStart: new Map(entities.map((e) => [e.start, e])),
    byEnd: new Map(entities.map((e) => [e.end, e])),
    persons: entities.filter((e) => e.type === 'person'),
    orgs: entities.filter((e) => e.type === 'organization'),
  };
}

export function fromEntity(ctx: Ctx, e: EntityMention): Resolved {
  const role = e.role ?? ctx.roles.get(e.name)?.[0];
  return { speaker: e.name, kind: e.type, mention: { start: e.start, end: e.end }, ...(role !== undefined ? { role } : {}) };
}

/** Whether `pos` lies inside a quotation (binary search over the sorted spans). */
export function inQuote(ctx: Ctx, pos: number): boolean {
  const m = ctx.masked;
  let lo = 0;
  let hi = m.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (m[mid].end <= pos) lo = mid + 1;
    else if (m[mid].start > pos) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Index of the sentence holding `pos`, or -1. */
export function sentenceAt(ctx: Ctx, pos: number): number {
  return ctx.sentences.findIndex((s) => s.start <= pos && pos < s.end);
}
