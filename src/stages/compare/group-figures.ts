/**
 * The figure grouping's entry: builds one item per noteworthy figure
 * (figure-items.ts), groups them (figure-grouping.ts, pair tests in
 * figure-pairs.ts), and gives each group its values, status and rank
 * (figure-status.ts).
 */
import type { FigureGroup, FigureValue } from '../../core/brief.js';
import type { Figure } from '../../core/types.js';
import { type Bag, bagOf, weightByRarity } from './text-sim.js';
import { densify } from './dense-bag.js';
import { sentenceFinder } from './sentence-finder.js';
import { firstWords, lastWords } from './sentence-text.js';
import { figureScope } from './figure-scope.js';
import { countedKind, fateOf, unitKind } from './figure-values.js';
import type { VariantAlignment } from './variants.js';
import { type FigureContext, type FigureSource, type Item, complementOf, inLead, leadInOf, leadInOfGroup, isNoteworthy, minContext, quantityName, sameValue, settingOf, shaped, subjectOf } from './figure-items.js';
import { anyUnproven, groupItems, noDays } from './figure-grouping.js';
import { withTranslatedFigures } from './figure-translations.js';
import { type RankedGroup, STATUS_ORDER, byStatusAndReach, isSeries, lineageCount, statusOf } from './figure-status.js';

export { compatible } from './figure-values.js';
export type { FigureContext, FigureSource } from './figure-items.js';

/** The figures' items, each copy's wording group and one item per group: what grouping starts from (`figureItems`). */
export interface FigureItems {
  readonly items: readonly Item[];
  /** Per item, its wording group. */
  readonly rep: readonly number[];
  /** Per wording group, its first item. */
  readonly repItems: readonly Item[];
}

/**
 * The items `groupFigures` groups: one per noteworthy figure, with its words,
 * scope and day. They read neither lineages nor shared text (only `dayOf`
 * and `languageOf` of `ctx`), so the pipeline builds them while the shared
 * text is still being found, and passes them to `groupFigures`.
 * @example groupFigures(sources, sameQuantity, ctx, variants, figureItems(sources, sameQuantity, ctx, variants))
 */
export function figureItems(sources: readonly FigureSource[], sameQuantity: (a: Figure, b: Figure) => boolean, ctx: Pick<FigureContext, 'dayOf' | 'languageOf'>, variants?: VariantAlignment): FigureItems {
  const pending: Omit<Item, 'context'>[] = [];
  const windows: Bag[] = [];
  // Per item: its window, or -1 for the figure of a variant's aligned sentence
  // that repeats its representative's (variants.ts): it takes that figure's
  // words and wording group (`twinOf`), so its words are not weighed again.
  const windowOf: number[] = [];
  const twinOf: number[] = [];
  // Per source: sentence index → its items, in order.
  const bySentence: Map<number, number[]>[] = [];
  // Loops and module-level functions rather than callbacks made per call: V8
  // drops a dead closure's optimised code at each full GC and compiles it again.
  for (let sourceIndex = 0; sourceIndex < sources.length; sourceIndex++) {
    const src = sources[sourceIndex]!;
    const mine = new Map<number, number[]>();
    bySentence.push(mine);
    const aligned = variants?.sentenceOf[sourceIndex];
    const sentenceOf = sentenceFinder(src.sentences);
    // Per sentence: its figures' count by unit, counted once (a sentence listing a thousand figures was scanned per figure).
    const unitsIn = new Map<number, Map<string, number>>();
    for (const f of src.figures) {
      if (!isNoteworthy(f)) continue;
      const sentenceIndex = sentenceOf(f);
      const s = sentenceIndex >= 0 ? src.sentences[sentenceIndex] : undefined;
      const day = ctx.dayOf(src.articleId);
      const inSentence = mine.get(sentenceIndex) ?? [];
      mine.set(sentenceIndex, inSentence);
      const j = aligned !== undefined && sentenceIndex >= 0 ? aligned[sentenceIndex]! : -1;
      const twin = j >= 0 ? bySentence[variants!.repOf[sourceIndex]!]!.get(j)?.[inSentence.length] : undefined;
      inSentence.push(pending.length);
      if (twin !== undefined && sameValue(pending[twin]!.f, f)) {
        const t = pending[twin]!;
        const lead = s !== undefined && inLead(src.sentences, s.start);
        pending.push({ f: shaped(f), articleId: src.articleId, language: t.language, fate: t.fate, scope: t.scope, lead, head: t.head, said: t.said, day, complement: t.complement, setting: t.setting, leadIn: t.leadIn, need: t.need, kind: t.kind, unitKind: t.unitKind });
        windowOf.push(-1);
        twinOf.push(twin);
        continue;
      }
      const sentence = s?.text ?? f.text;
      const offset = s?.start ?? f.start;
      const before = lastWords(sentence, f.start - offset, 8);
      const after = s ? sentence.slice(f.end - s.start) : '';
      windowOf.push(windows.length);
      twinOf.push(-1);
      // The words after, split once (three splits of the rest of the sentence were a figure's largest garbage).
      const afterSplit = firstWords(after, 9);
      const afterWords = afterSplit.join(' ');
      windows.push(bagOf(`${before} ${f.counted} ${afterWords}`.replace(/\d[\d,.]*/g, ' ')));
      const scope = figureScope({ before, after: afterWords });
      // The lead: the first two sentences, where an article states its story's central fact.
      const lead = s !== undefined && inLead(src.sentences, s.start);
      const head = new Set(bagOf(afterSplit.slice(0, 3).join(' ').replace(/\d[\d,.]*/g, ' ')).weights.keys());
      const alone = s !== undefined && unitCount(unitsIn, sentenceIndex, s, src.figures, f.unit) === 1;
      const said = alone ? bagOf(sentence.replace(/\d[\d,.]*/g, ' ')) : undefined;
      // Every item with the same fields in the same order (absent ones undefined): items of
      // one shape keep the comparisons' optimised code, which a new mix of fields threw away.
      const fate = fateOf(`${before} ${afterWords}`);
      const kind = countedKind(f, fate, `${before} ${afterWords}`, sameQuantity);
      pending.push({ f: shaped(f), articleId: src.articleId, language: ctx.languageOf?.(src.articleId) ?? '', fate, scope, lead, head, said, day, complement: complementOf(after), setting: settingOf(after), leadIn: leadInOf(before, afterWords), need: minContext(f.unit, f.text), kind, unitKind: unitKind(f, sameQuantity) });
    }
  }
  const weighted = weightByRarity(windows);
  const items: Item[] = [];
  for (let i = 0; i < pending.length; i++) items.push({ ...pending[i]!, context: weighted[windowOf[twinOf[i]! >= 0 ? twinOf[i]! : i]!]! });
  // Each context is compared with many others: typed-array forms, the same sums.
  densify(weighted);
  // Copies repeat a figure in the same sentence hundreds of times: group each
  // wording once, then give every copy its wording's group (a variant's
  // figure, its representative's).
  const repOf = new Map<string, number>();
  const reps: number[] = [];
  const rep: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (twinOf[i]! >= 0) {
      rep.push(rep[twinOf[i]!]!);
      continue;
    }
    const key = `${it.f.unit}|${it.f.text}|${[...it.context.weights.keys()].join(' ')}`;
    let r = repOf.get(key);
    if (r === undefined) {
      r = reps.length;
      repOf.set(key, r);
      reps.push(i);
    }
    rep.push(r);
  }
  const repItems: Item[] = [];
  for (const i of reps) repItems.push(items[i]!);
  return { items, rep, repItems };
}

/**
 * Puts the figures the sources give for one quantity side by side. A quantity
 * is what is counted, of whom or what, where: numbers about different
 * subjects are never grouped. Each value keeps its words, source and
 * attribution; none is promoted to "the" figure. "Sources differ" only when
 * two or more lineages give different values; values that rise with
 * publication time form a series. Years are left to the timeline.
 * @example groupFigures(sources, sameQuantity, ctx)[0].status // 'differ'
 */
export function groupFigures(
  sources: readonly FigureSource[],
  sameQuantity: (a: Figure, b: Figure) => boolean,
  ctx: FigureContext,
  variants?: VariantAlignment,
  given: FigureItems = figureItems(sources, sameQuantity, ctx, variants),
): FigureGroup[] {
  const prepared = withTranslatedFigures(given, ctx.translations ?? [], ctx.languageOf ?? (() => ''));
  const { items, rep } = prepared;
  // Beyond the limit of one unit's wordings (a page of tables), the rest are left out: grouping compares pairs.
  const kept = keptWordings(prepared.repItems);
  const repItems = kept === undefined ? prepared.repItems : kept.map((r) => prepared.repItems[r]!);
  // Reports of different days may join as one count changing (a series). A
  // group so joined that turns out no series, with no dispute proven between
  // its values, is grouped again without that allowance: two days' different
  // tolls of two attacks are two quantities, not a dispute.
  const repGroups = groupItems(repItems, sameQuantity, ctx.lineageOf, ctx.dayOf).flatMap((g) => {
    const gi = g.map((r) => repItems[r]!);
    const values = gi.map((it) => ({ value: it.f.value, articleId: it.articleId, ...(it.f.valueMax !== undefined ? { valueMax: it.f.valueMax } : {}), ...(it.f.qualifier ? { qualifier: it.f.qualifier } : {}), ...(it.f.attribution ? { attribution: it.f.attribution } : {}) })) as unknown as FigureValue[];
    const unproven = anyUnproven(gi, ctx.lineageOf);
    if (!unproven || isSeries(values, ctx, tallied(gi))) return [g];
    return groupItems(gi, sameQuantity, ctx.lineageOf, noDays).map((sub) => sub.map((k) => g[k]!));
  });
  const groups = repGroups.map(() => [] as number[]);
  const groupOfRep = new Int32Array(prepared.repItems.length).fill(-1);
  for (let k = 0; k < repGroups.length; k++) for (const r of repGroups[k]!) groupOfRep[kept === undefined ? r : kept[r]!] = k;
  for (let i = 0; i < rep.length; i++) {
    const k = groupOfRep[rep[i]!]!;
    if (k >= 0) groups[k]!.push(i);
  }
  const out: FigureGroup[] = groups.map((g) => {
    const members = g.map((i) => items[i]!);
    const values: FigureValue[] = members.map(({ f, articleId }) => ({
      value: f.value,
      text: f.text,
      articleId,
      start: f.start,
      end: f.end,
      ...(f.valueMax !== undefined ? { valueMax: f.valueMax } : {}),
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      ...(f.attribution ? { attribution: f.attribution } : {}),
    }));
    const named = kindNamed(members);
    const shown = inBriefLanguage(named);
    const quantity = quantityName(shown.map((m) => m.f), shown.every((m) => m.language !== 'en' && m.language !== 'und' && m.language !== ''));
    const status = statusOf(values, ctx, tallied(members));
    const briefLanguage = inBriefLanguage(members);
    const subject = subjectOf(quantity, briefLanguage);
    const leadIn = leadInOfGroup(quantity, subject, briefLanguage);
    return { quantity, subject, ...(leadIn !== undefined ? { leadIn } : {}), unit: named[0]!.f.unit, values, disagreement: status === 'differ', status };
  });
  // Each group's count of lineages read once (the comparator asked it per comparison); the same order.
  const ranked: RankedGroup[] = [];
  for (const g of out) ranked.push({ g, status: STATUS_ORDER[g.status], sources: lineageCount(g.values, ctx) });
  ranked.sort(byStatusAndReach);
  const sorted: FigureGroup[] = [];
  for (const r of ranked) sorted.push(r.g);
  return sorted;
}

/** How many of `figures` have `unit` and lie within sentence `k` (`s`): each sentence's counts made once. */
function unitCount(memo: Map<number, Map<string, number>>, k: number, s: { readonly start: number; readonly end: number }, figures: readonly Figure[], unit: string): number {
  let counts = memo.get(k);
  if (counts === undefined) {
    counts = new Map();
    for (const g of figures) if (s.start <= g.start && g.end <= s.end) counts.set(g.unit, (counts.get(g.unit) ?? 0) + 1);
    memo.set(k, counts);
  }
  return counts.get(unit) ?? 0;
}

/**
 * The most wordings of one unit a story's figures are grouped over. Grouping
 * compares pairs of them, so a story whose pages list thousands of numbers of
 * one unit (tables, results) took minutes (60 articles of 400 "troops" each:
 * 9 s; of 3,000: over 5 minutes). The largest block in the 96,000-article
 * benchmark's stories is 1,057 (docs/BENCHMARKS.md).
 */
export const MAX_UNIT_WORDINGS = 3000;

/**
 * The wordings grouped (indexes into `repItems`, ascending), or undefined
 * when no unit has more than `MAX_UNIT_WORDINGS`. A unit over it keeps each
 * article's first wordings in turn (every article's first, then every
 * article's second, …), so no article's figures crowd out the others'.
 */
export function keptWordings(repItems: readonly Item[], max = MAX_UNIT_WORDINGS): number[] | undefined {
  // Every story but a degenerate one: nothing to count.
  if (repItems.length <= max) return undefined;
  const byUnit = new Map<string, number[]>();
  for (let i = 0; i < repItems.length; i++) {
    const unit = repItems[i]!.f.unit;
    const list = byUnit.get(unit);
    if (list) list.push(i);
    else byUnit.set(unit, [i]);
  }
  let over = false;
  for (const list of byUnit.values()) if (list.length > max) over = true;
  if (!over) return undefined;
  const kept: number[] = [];
  for (const list of byUnit.values()) {
    if (list.length <= max) {
      for (const i of list) kept.push(i);
      continue;
    }
    const byArticle = new Map<string, number[]>();
    for (const i of list) {
      const id = repItems[i]!.articleId as string;
      const own = byArticle.get(id);
      if (own) own.push(i);
      else byArticle.set(id, [i]);
    }
    const queues = [...byArticle.values()];
    let taken = 0;
    for (let round = 0; taken < max; round++) {
      for (const q of queues) {
        if (round < q.length && taken < max) {
          kept.push(q[round]!);
          taken++;
        }
      }
    }
  }
  return kept.sort((a, b) => a - b);
}

/**
 * The members whose own unit names the group's kind of count, when it has
 * one: a toll given as deaths and as people killed is named "death toll", not
 * "people". All members otherwise.
 */
function kindNamed(members: readonly Item[]): readonly Item[] {
  const kind = members[0]!.kind;
  if (kind === undefined || members.some((m) => m.kind !== kind)) return members;
  const named = members.filter((m) => m.unitKind === kind);
  return named.length > 0 ? named : members;
}

/**
 * A count still being tallied: every report says what befell the counted
 * (killed, injured, displaced) or that the count stood so ("now", "rose to",
 * "so far"). Such a count grows as it is counted, so a bound then a higher
 * count is its update; "more than 30 years" then "38 years" is not.
 */
function tallied(members: readonly Item[]): boolean {
  for (const m of members) if (m.fate.size === 0 && !m.scope.running) return false;
  return true;
}

/**
 * The items a group's name is read from: across languages, those in the
 * brief's own language (English) when there are any, so that "70 000
 * soldats", "70.000 Soldaten" and "70,000 troops" are headed "troops", not
 * by whichever language has the most copies.
 */
function inBriefLanguage(items: readonly Item[]): readonly Item[] {
  const en: Item[] = [];
  let other = false;
  for (const it of items) {
    if (it.language === 'en') en.push(it);
    else if (it.language !== 'und' && it.language !== '') other = true;
  }
  return en.length > 0 && other ? en : items;
}
