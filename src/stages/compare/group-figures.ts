import type { FigureGroup, FigureStatus, FigureValue } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import type { Figure, Sentence } from '../../core/types.js';
import { type Bag, bagOf, dice } from './text-sim.js';
import { UnionFind } from './union-find.js';

/** One article's figures with the sentences they stand in. */
export interface FigureSource {
  readonly articleId: ArticleId;
  readonly figures: readonly Figure[];
  readonly sentences: readonly Sentence[];
}

/** What grouping needs to know of the story beyond the figures. */
export interface FigureContext {
  readonly lineageOf: (id: ArticleId) => string;
  /** Publication day (stated or inferred), for series over time. */
  readonly dayOf: (id: ArticleId) => string | undefined;
}

interface Item {
  readonly f: Figure;
  readonly articleId: ArticleId;
  /** Content words of the figure's sentence, numbers left out: what the number is about. */
  readonly context: Bag;
  /** "of border" in "2,000 miles of border": narrows what is counted. */
  readonly complement?: string;
  /** "near its border with Ukraine": where or of whom, for the subject's name. */
  readonly setting?: string;
}

/**
 * Units that say little of what is counted: a percentage or a sum of money
 * is about anything, so its sentence must be about the same thing; "troops"
 * or "lives" already narrow it.
 */
const GENERIC_UNITS = new Set(['percent', 'people', 'person', 'year', 'day', 'time', 'usd', 'eur', 'gbp', 'rub', 'cny', 'jpy', 'point', 'vote', 'case', 'member']);

/**
 * Context Dice below which two figures are about different things: 0.1 for
 * counted nouns (sentences on one quantity share its actors and place), 0.25
 * for generic units (two polls, two budgets share only their topic words).
 */
const MIN_CONTEXT = 0.1;
const MIN_CONTEXT_GENERIC = 0.25;

/**
 * Puts the figures the sources give for one quantity side by side. A quantity
 * is what is counted, of whom or what, where: numbers about different
 * subjects are never grouped. Each value keeps its words, source and
 * attribution; none is promoted to "the" figure. "Sources differ" only when
 * two or more lineages give different values; values that rise with
 * publication time form a series. Years are left to the timeline.
 * @example groupFigures(sources, sameQuantity, ctx)[0].status // 'differ'
 */
export function groupFigures(sources: readonly FigureSource[], sameQuantity: (a: Figure, b: Figure) => boolean, ctx: FigureContext): FigureGroup[] {
  const items: Item[] = [];
  for (const src of sources) {
    for (const f of src.figures) {
      if (!isNoteworthy(f)) continue;
      const s = src.sentences.find((x) => x.start <= f.start && f.end <= x.end);
      const sentence = s?.text ?? f.text;
      const after = s ? sentence.slice(f.end - s.start) : '';
      items.push({
        f,
        articleId: src.articleId,
        context: bagOf(sentence.replace(/\d[\d,.]*/g, ' ')),
        ...complementOf(after),
        ...settingOf(after),
      });
    }
  }
  // Copies repeat a figure in the same sentence hundreds of times: group each
  // wording once, then give every copy its wording's group.
  const repOf = new Map<string, number>();
  const reps: number[] = [];
  const rep = items.map((it, i) => {
    const key = `${it.f.unit}|${it.f.text}|${[...it.context.weights.keys()].join(' ')}`;
    let r = repOf.get(key);
    if (r === undefined) {
      r = reps.length;
      repOf.set(key, r);
      reps.push(i);
    }
    return r;
  });
  const repGroups = groupItems(reps.map((i) => items[i]!), sameQuantity);
  const groups = repGroups.map(() => [] as number[]);
  const groupOfRep = new Int32Array(reps.length);
  repGroups.forEach((g, k) => g.forEach((r) => (groupOfRep[r] = k)));
  rep.forEach((r, i) => groups[groupOfRep[r]!]!.push(i));
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
    const quantity = quantityName(members.map((m) => m.f));
    const status = statusOf(values, ctx);
    return { quantity, subject: subjectOf(quantity, members), unit: members[0]!.f.unit, values, disagreement: status === 'differ', status };
  });
  const order: Record<FigureStatus, number> = { differ: 0, series: 1, agree: 2, 'single-source': 3 };
  const sourcesOf = (g: FigureGroup): number => new Set(g.values.map((v) => ctx.lineageOf(v.articleId))).size;
  return out.sort((a, b) => order[a.status] - order[b.status] || sourcesOf(b) - sourcesOf(a) || b.values.length - a.values.length);
}

/**
 * Same-quantity figures joined only when no pair across the two groups is
 * vetoed (complete link on the vetoes): "2,000 miles of border" and "234 miles
 * of wall" never meet through a third "miles". Blocked by quantity key, so
 * the cost is per kind of quantity.
 */
function groupItems(items: readonly Item[], sameQuantity: (a: Figure, b: Figure) => boolean): number[][] {
  const uf = new UnionFind(items.length);
  const members = new Map<number, number[]>();
  const byUnit = new Map<string, number[]>();
  items.forEach((it, i) => byUnit.set(it.f.unit, [...(byUnit.get(it.f.unit) ?? []), i]));
  const units = [...byUnit.keys()];
  // Units that sameQuantity may join (troop/soldier) are compared across blocks too.
  for (let x = 0; x < units.length; x++) {
    for (let y = x; y < units.length; y++) {
      const a = byUnit.get(units[x]!)!;
      const b = byUnit.get(units[y]!)!;
      if (x !== y && !sameQuantity(items[a[0]!]!.f, items[b[0]!]!.f) && !sameQuantity(items[b[0]!]!.f, items[a[0]!]!.f)) continue;
      for (const i of a) {
        for (const j of b) {
          if (j <= i && x === y) continue;
          if (uf.find(i) === uf.find(j)) continue;
          if (!sameQuantity(items[i]!.f, items[j]!.f) || vetoed(items[i]!, items[j]!)) continue;
          const gi = members.get(uf.find(i)) ?? [i];
          const gj = members.get(uf.find(j)) ?? [j];
          if (gi.slice(0, 40).some((p) => gj.slice(0, 40).some((q) => vetoed(items[p]!, items[q]!)))) continue;
          members.delete(uf.find(i));
          members.delete(uf.find(j));
          uf.union(i, j);
          members.set(uf.find(i), [...gi, ...gj]);
        }
      }
    }
  }
  return uf.groups();
}

function vetoed(a: Item, b: Item): boolean {
  if (a.complement !== undefined && b.complement !== undefined && a.complement !== b.complement) return true;
  const generic = GENERIC_UNITS.has(a.f.unit) || GENERIC_UNITS.has(b.f.unit);
  return dice(a.context, b.context) < (generic ? MIN_CONTEXT_GENERIC : MIN_CONTEXT);
}

const PREPOSITION = /^\s*(?:(?:are|were|is|was|have been|has been|had been|being)\s+(?:\w+ed\s+)?)?((?:near|along|on|in|at|across|around|inside|outside|within|from|to|by|into|off)\s+[^,.;:!?()"“”]{2,60})/i;

/** "of border" → the counted thing's complement, lower-cased and crudely stemmed. */
function complementOf(after: string): { complement?: string } {
  const m = /^\s*of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?([A-Za-z\p{L}-]+)/u.exec(after);
  if (!m) return {};
  return { complement: m[1]!.toLowerCase().replace(/(?:es|s)$/, '') };
}

/** "along the border" after the figure: where the counted things are. */
function settingOf(after: string): { setting?: string } {
  const m = PREPOSITION.exec(after);
  if (!m) return {};
  const words = m[1]!.trim().split(/\s+/).slice(0, 6);
  while (words.length > 1 && /^(?:and|or|but|as|that|which|who|the|a|an|to|of|in|on)$/i.test(words[words.length - 1]!)) words.pop();
  return { setting: words.join(' ') };
}

/** The quantity's name and where or of what, as the sources most often put it. */
function subjectOf(quantity: string, members: readonly Item[]): string {
  const counts = new Map<string, number>();
  for (const m of members) if (m.setting !== undefined) counts.set(m.setting, (counts.get(m.setting) ?? 0) + 1);
  const setting = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const complement = members.find((m) => m.complement !== undefined)?.complement;
  return [quantity, complement !== undefined && !quantity.includes(complement) ? `of ${complement}` : '', setting ?? ''].filter(Boolean).join(' ');
}

/**
 * differ / agree / single-source / series, by lineage: one source's several
 * values are a range or an update, not a dispute.
 */
function statusOf(values: readonly FigureValue[], ctx: FigureContext): FigureStatus {
  const byLineage = new Map<string, Set<string>>();
  for (const v of values) {
    const l = ctx.lineageOf(v.articleId);
    const set = byLineage.get(l) ?? new Set<string>();
    set.add(valueKey(v));
    byLineage.set(l, set);
  }
  if (byLineage.size < 2) return 'single-source';
  if (isSeries(values, ctx)) return 'series';
  const sets = [...byLineage.values()];
  const common = [...sets[0]!].filter((k) => sets.every((s) => s.has(k)));
  return common.length > 0 && sets.every((s) => s.size === 1) ? 'agree' : 'differ';
}

function valueKey(v: FigureValue): string {
  return `${v.value}|${v.valueMax ?? ''}`;
}

/**
 * A series: the values change with publication day, each day's reports agree
 * (within a tenth), and the day-by-day values only rise or only fall. A toll
 * going from 60 to 85 over three weeks is news over time, not a dispute.
 */
function isSeries(values: readonly FigureValue[], ctx: FigureContext): boolean {
  const byDay = new Map<string, number[]>();
  for (const v of values) {
    const day = ctx.dayOf(v.articleId);
    if (day === undefined) return false;
    byDay.set(day, [...(byDay.get(day) ?? []), v.value]);
  }
  if (byDay.size < 2) return false;
  const days = [...byDay.keys()].sort();
  const level: number[] = [];
  for (const d of days) {
    const vs = byDay.get(d)!;
    const lo = Math.min(...vs);
    const hi = Math.max(...vs);
    if (hi > 0 && (hi - lo) / hi > 0.1) return false;
    level.push(hi);
  }
  const rising = level.every((v, i) => i === 0 || v >= level[i - 1]!);
  const falling = level.every((v, i) => i === 0 || v <= level[i - 1]!);
  return (rising || falling) && level[0] !== level[level.length - 1];
}

/** The most common way the sources name what is counted ("Russian troops"), fullest on ties. */
function quantityName(figures: readonly Figure[]): string {
  const counts = new Map<string, number>();
  for (const f of figures) {
    const name = (f.counted || f.unit).trim();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/**
 * Years belong to the timeline, and small counts written as words ("two
 * leaders", "one face-to-face meeting", "seven-year") are wording, not figures
 * sources dispute; digits, qualifiers, money and percentages always count.
 */
function isNoteworthy(f: Figure): boolean {
  if (f.isYear) return false;
  if (/\d/.test(f.text) || f.qualifier !== undefined) return true;
  if (f.unit === 'percent' || /^[a-z]{3}$/.test(f.unit) && f.unit !== 'day') return true;
  return f.value >= 10;
}
