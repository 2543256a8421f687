/**
 * Speaker noun phrases that are not a bare name: descriptions ("a senior
 * administration official", "the ad’s narrator", "Obama's former campaign
 * strategist"), documents of an organisation ("a White House statement"), and
 * role nouns standing for the person who holds the role ("the US president").
 */
import { isEnglishWord } from '../text-model/english-words.js';
import type { EntityMention } from '../../core/types.js';
import type { Ctx, Subject } from './speaker-context.js';
import { fromEntity } from './speaker-context.js';
import { ROLE_HEADS } from './gazetteer.js';

export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'several', 'some', 'another', 'half', 'its', 'his', 'her', 'their', 'my', 'our', 'your']);
/** Words that end a noun phrase read backwards from a verb. */
export const NP_STOPS: ReadonlySet<string> = new Set(['that', 'and', 'but', 'or', 'which', 'who', 'when', 'while', 'as', 'to', 'if', 'is', 'was', 'were', 'are', 'be', 'will', 'would', 'in', 'on', 'at', 'by', 'for', 'from', 'with']);
/** Words that cannot sit inside a speaker phrase: a verb or an infinitive means a clause, not a noun phrase. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set(['to', 'is', 'was', 'were', 'are', 'be', 'been', 'will', 'would', 'might', 'could', 'should', 'can', 'may', 'must', 'has', 'have', 'had', 'and', 'but', 'not', 'did', 'does', 'do']);
const POST_MODIFIERS = new Set(['of', 'familiar', 'with', 'close', 'in', 'at', 'from']);
const DOC_NOUNS = new Set(['statement', 'preview', 'overview', 'readout', 'release', 'report', 'announcement', 'spokesman', 'spokeswoman', 'spokesperson', 'call', 'source', 'sources']);
const ORG_DOCS = new Set(['statement', 'preview', 'overview', 'readout', 'release', 'call']);
/** Groups of people a bare plural names as speakers ("demonstrators chanted", "protesters shouted", "residents said"). */
const GROUP_HEADS: ReadonlySet<string> = new Set(['officials', 'sources', 'protesters', 'protestors', 'demonstrators', 'residents', 'witnesses', 'activists', 'supporters', 'critics', 'fans', 'villagers', 'locals', 'lawmakers', 'legislators', 'prosecutors', 'investigators', 'organisers', 'organizers', 'campaigners', 'scientists', 'researchers', 'doctors', 'nurses', 'teachers', 'parents', 'students', 'workers', 'employees', 'voters', 'economists', 'analysts', 'experts', 'diplomats', 'aides', 'authorities']);
const DESC_HEADS = new Set([...ROLE_HEADS, ...GROUP_HEADS, 'official', 'source', 'person', 'people', 'diplomat', 'aide', 'analyst', 'expert', 'statement', 'spokesman']);

/** A name with a possessive opens a phrase the way a determiner does ("Obama's former campaign strategist"). */
export function possessiveOpener(ctx: Ctx, a: number): boolean {
  return ctx.tokens[a].poss && ctx.byStart.get(ctx.tokens[a].start) !== undefined;
}

/** Resolves a noun phrase over tokens [a, b] (inclusive). */
export function fromPhrase(ctx: Ctx, a: number, b: number): Subject | undefined {
  const { text, tokens } = ctx;
  const last = ctx.byEnd.get(tokens[b].end);
  if (last !== undefined && last.start >= tokens[a].start) return fromEntity(ctx, last);
  let h = a;
  while (h < b && !POST_MODIFIERS.has(tokens[h + 1].lower)) h++;
  const head = tokens[h].lower;
  const det = DETERMINERS.has(tokens[a].lower) ? tokens[a].lower : possessiveOpener(ctx, a) && h > a ? 'poss' : undefined;
  const mention = { start: tokens[a].start, end: tokens[b].end };
  const inside: EntityMention[] = [];
  for (let k = a; k <= b; k++) {
    const e = ctx.byStart.get(tokens[k].start);
    if (e !== undefined) inside.push(e);
  }
  const org = inside.find((e) => e.type === 'organization');
  if (org !== undefined && DOC_NOUNS.has(head) && det !== 'a' && det !== 'an' || org !== undefined && ORG_DOCS.has(head)) {
    return { speaker: org.name, kind: 'organization', mention };
  }
  // "Hinting at domestic violence, Kumud adds": a lone capitalised word no entity rule took and no English word is a name.
  if (a === b && tokens[a].cap && /^\p{Lu}\p{Ll}+$/u.test(tokens[a].text) && !isEnglishWord(head)) return { speaker: tokens[a].text, kind: 'person', mention };
  if (!DESC_HEADS.has(head) || tokens[h].cap) {
    // Any determiner phrase can describe a speaker ("the 46-year-old", "one user", "another").
    if (det === undefined || tokens[h].cap && inside.length > 0) return undefined;
    return { speaker: describe(text.slice(mention.start, mention.end), det), kind: 'description', mention };
  }
  if (det === 'the' && ROLE_HEADS.has(head)) {
    const mods = tokens.slice(a + 1, h).map((t) => t.lower.replace(/\./g, ''));
    const holder = [...ctx.persons].reverse().find((p) => p.start < tokens[a].start
      && (ctx.roles.get(p.name) ?? []).some((role) => {
        const r = role.toLowerCase().replace(/\./g, '').split(/\s+/);
        return r.includes(head) && mods.every((m) => r.includes(m));
      }));
    if (holder !== undefined) return { ...fromEntity(ctx, holder), mention };
  }
  if (det === undefined && a > 0 && !/[.!?]\s*$|^\s*$/.test(text.slice(tokens[a - 1].end, tokens[a].start)) && !(a === h && GROUP_HEADS.has(head))) return undefined;
  return { speaker: describe(text.slice(mention.start, mention.end), det), kind: 'description', mention };
}

/** "The ad’s narrator" → "the ad’s narrator"; a possessive name keeps its capital. */
function describe(phrase: string, det: string | undefined): string {
  return det !== undefined && det !== 'poss' ? phrase[0].toLowerCase() + phrase.slice(1) : phrase;
}
