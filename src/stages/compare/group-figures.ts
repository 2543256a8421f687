import type { FigureGroup, FigureStatus, FigureValue } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import type { Figure, Sentence } from '../../core/types.js';
import { type Bag, bagOf, dice, weightByRarity } from './text-sim.js';
import { densify } from './dense-bag.js';
import { sentenceFinder } from './sentence-finder.js';
import { UnionFind } from './union-find.js';
import { type FigureScope, figureScope, notADispute } from './figure-scope.js';
import { compatible, fateOf } from './figure-values.js';
import type { VariantAlignment } from './variants.js';

/** A variant's figure repeats its representative's: the same value, range and unit. */
function sameValue(a: Figure, b: Figure): boolean {
  return a.value === b.value && a.valueMax === b.valueMax && a.unit === b.unit && a.isYear === b.isYear;
}

export { compatible } from './figure-values.js';

/**
 * The figure with every field in one order (absent ones undefined): stored
 * figures come in as many shapes as they have optional fields, and the pair
 * tests, optimised for the shapes of one story, were thrown away and compiled
 * again at the next story's ('wrong map'). Read by the tests only; the brief's
 * values are built from its fields.
 */
function shaped(f: Figure): Figure {
  return { start: f.start, end: f.end, text: f.text, value: f.value, valueMax: f.valueMax, unit: f.unit, counted: f.counted, qualifier: f.qualifier, attribution: f.attribution, isYear: f.isYear };
}

/** Fewer than two sentences start before `start`: the article's first two (counted, not filtered: once per figure). */
function inLead(sentences: readonly Sentence[], start: number): boolean {
  let before = 0;
  for (const x of sentences) if (x.start < start && ++before >= 2) return false;
  return true;
}

/** Exactly one of `figures` has `unit` and lies within [start, end]. */
function onlyOfUnit(figures: readonly Figure[], unit: string, start: number, end: number): boolean {
  let n = 0;
  for (const g of figures) if (g.unit === unit && start <= g.start && g.end <= end && ++n > 1) return false;
  return n === 1;
}

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
  /** An article's language; words around figures of two languages cannot be compared. */
  readonly languageOf?: (id: ArticleId) => string;
}

interface Item {
  readonly f: Figure;
  readonly articleId: ArticleId;
  /**
   * Content words around the figure (eight words a side, numbers left out),
   * weighted by rarity among the story's figures: what this number is about,
   * not what the whole story is about.
   */
  readonly context: Bag;
  /** "of border" in "2,000 miles of border": narrows what is counted. */
  readonly complement?: string;
  /** "near its border with Ukraine": where or of whom, for the subject's name. */
  readonly setting?: string;
  readonly language: string;
  /** What happened to the counted ("killed", "injured", "freed"), from the words around the figure. */
  readonly fate: ReadonlySet<string>;
  /** The period, forecast and running-count cues of its words (figure-scope.ts). */
  readonly scope: FigureScope;
  /** In the article's first two sentences: where an article states its story's central fact. */
  readonly lead: boolean;
  /** Content words just after the figure ("aid package" in "$13 billion aid package"), stemmed. */
  readonly head: ReadonlySet<string>;
  /**
   * The content words of its sentence, numbers left out, when it is the
   * sentence's only figure of its unit: two leads saying one thing with
   * another number (with several, the words cannot tell which one differs).
   */
  readonly said?: Bag;
  /** Its article's publication day, when known. */
  readonly day?: string;
  /** `minContext` of its unit and words, read for every pair it is tested in. */
  readonly need: number;
}

/**
 * Units of measure say nothing of what is measured (a distance flown and a
 * distance from the coast are both miles; a match has many minutes and
 * runs), so the words around two such figures must agree. Generic count
 * nouns ("people", "members") narrow it a little. Specific nouns ("troops",
 * "documents") name the quantity themselves: the counted words, their
 * modifiers ("Russian troops" ≠ "US troops") and the order of magnitude
 * decide, with a little shared context ("girls freed" ≠ "girls kidnapped").
 */
const MEASURE_UNITS = new Set([
  'percent', 'point', 'mile', 'km', 'kilometer', 'kilometre', 'meter', 'metre', 'foot', 'feet', 'inch', 'yard', 'acre', 'hectare',
  'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'time', 'ton', 'tonne', 'kilogram', 'kg', 'pound', 'lb', 'liter', 'litre',
  'gallon', 'barrel', 'degree', 'lap', 'run', 'out', 'game', 'goal', 'inning', 'set', 'round', 'seat', 'vote',
]);
const GENERIC_COUNTS = new Set(['people', 'person', 'member', 'case', 'resident', 'man', 'woman', 'child', 'others']);

/** Least rarity-weighted Dice of the words around two figures, by kind of unit. */
function minContext(unit: string, text = ''): number {
  // An age belongs to a person: two ages are one quantity only in the same words about the same person.
  if (/-year-old|\baged\b/i.test(text)) return 0.6;
  if (MEASURE_UNITS.has(unit) || /^[a-z]{3}$/.test(unit)) return 0.45;
  return GENERIC_COUNTS.has(unit) ? 0.3 : 0.1;
}

/**
 * Reports of one quantity are of one order of magnitude: 70,000 against "up
 * to 175,000" troops is a dispute, 320,000 documents against 11.5 million, or
 * 155 miles against 2,300, are two different things counted.
 */
const MAX_RATIO = 5;

/**
 * Puts the figures the sources give for one quantity side by side. A quantity
 * is what is counted, of whom or what, where: numbers about different
 * subjects are never grouped. Each value keeps its words, source and
 * attribution; none is promoted to "the" figure. "Sources differ" only when
 * two or more lineages give different values; values that rise with
 * publication time form a series. Years are left to the timeline.
 * @example groupFigures(sources, sameQuantity, ctx)[0].status // 'differ'
 */
export function groupFigures(sources: readonly FigureSource[], sameQuantity: (a: Figure, b: Figure) => boolean, ctx: FigureContext, variants?: VariantAlignment): FigureGroup[] {
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
        pending.push({ f: shaped(f), articleId: src.articleId, language: t.language, fate: t.fate, scope: t.scope, lead, head: t.head, said: t.said, day, complement: t.complement, setting: t.setting, need: t.need });
        windowOf.push(-1);
        twinOf.push(twin);
        continue;
      }
      const sentence = s?.text ?? f.text;
      const offset = s?.start ?? f.start;
      const before = sentence.slice(0, f.start - offset).split(/\s+/).slice(-8).join(' ');
      const after = s ? sentence.slice(f.end - s.start) : '';
      windowOf.push(windows.length);
      twinOf.push(-1);
      windows.push(bagOf(`${before} ${f.counted} ${after.split(/\s+/).slice(0, 9).join(' ')}`.replace(/\d[\d,.]*/g, ' ')));
      const afterWords = after.split(/\s+/).slice(0, 9).join(' ');
      const scope = figureScope({ before, after: afterWords });
      // The lead: the first two sentences, where an article states its story's central fact.
      const lead = s !== undefined && inLead(src.sentences, s.start);
      const head = new Set(bagOf(after.split(/\s+/).slice(0, 3).join(' ').replace(/\d[\d,.]*/g, ' ')).weights.keys());
      const alone = s !== undefined && onlyOfUnit(src.figures, f.unit, s.start, s.end);
      const said = alone ? bagOf(sentence.replace(/\d[\d,.]*/g, ' ')) : undefined;
      // Every item with the same fields in the same order (absent ones undefined): items of
      // one shape keep the comparisons' optimised code, which a new mix of fields threw away.
      pending.push({ f: shaped(f), articleId: src.articleId, language: ctx.languageOf?.(src.articleId) ?? '', fate: fateOf(`${before} ${afterWords}`), scope, lead, head, said, day, complement: complementOf(after), setting: settingOf(after), need: minContext(f.unit, f.text) });
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
  // Reports of different days may join as one count changing (a series). A
  // group so joined that turns out no series, with no dispute proven between
  // its values, is grouped again without that allowance: two days' different
  // tolls of two attacks are two quantities, not a dispute.
  const repGroups = groupItems(repItems, sameQuantity, ctx.lineageOf, ctx.dayOf).flatMap((g) => {
    const gi = g.map((r) => repItems[r]!);
    const values = gi.map((it) => ({ value: it.f.value, articleId: it.articleId, ...(it.f.valueMax !== undefined ? { valueMax: it.f.valueMax } : {}), ...(it.f.qualifier ? { qualifier: it.f.qualifier } : {}) })) as unknown as FigureValue[];
    const unproven = anyUnproven(gi, ctx.lineageOf);
    if (!unproven || isSeries(values, ctx)) return [g];
    return groupItems(gi, sameQuantity, ctx.lineageOf, noDays).map((sub) => sub.map((k) => g[k]!));
  });
  const groups = repGroups.map(() => [] as number[]);
  const groupOfRep = new Int32Array(reps.length);
  for (let k = 0; k < repGroups.length; k++) for (const r of repGroups[k]!) groupOfRep[r] = k;
  for (let i = 0; i < rep.length; i++) groups[groupOfRep[rep[i]!]!]!.push(i);
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
  // Each group's count of lineages read once (the comparator asked it per comparison); the same order.
  const ranked: RankedGroup[] = [];
  for (const g of out) ranked.push({ g, status: STATUS_ORDER[g.status], sources: lineageCount(g.values, ctx) });
  ranked.sort(byStatusAndReach);
  const sorted: FigureGroup[] = [];
  for (const r of ranked) sorted.push(r.g);
  return sorted;
}

const STATUS_ORDER: Record<FigureStatus, number> = { differ: 0, series: 1, agree: 2, 'single-source': 3 };

interface RankedGroup {
  readonly g: FigureGroup;
  readonly status: number;
  readonly sources: number;
}

/** Disputes first, then groups of more sources, then of more values. */
function byStatusAndReach(a: RankedGroup, b: RankedGroup): number {
  return a.status - b.status || b.sources - a.sources || b.g.values.length - a.g.values.length;
}

/** Undated: no day of any report. */
function noDays(): string | undefined {
  return undefined;
}

/** Some pair of `gi` whose dispute is unproven, days aside. */
function anyUnproven(gi: readonly Item[], lineageOf: (id: ArticleId) => string): boolean {
  for (let x = 0; x < gi.length; x++) for (let y = x + 1; y < gi.length; y++) if (unprovenDispute(gi[x]!, gi[y]!, lineageOf, noDays)) return true;
  return false;
}

/**
 * What groupItems' pair tests read, one object of one shape per call: module-level
 * functions given it keep their optimised code across full GCs, closures made per call did not.
 */
class Grouping {
  readonly classOf: Int32Array;
  readonly n: number;
  readonly known = new Map<number, boolean>();
  constructor(
    readonly items: readonly Item[],
    readonly sameQuantityOf: (a: Figure, b: Figure) => boolean,
    readonly lineageOf: (id: ArticleId) => string,
    readonly dayOf: (id: ArticleId) => string | undefined,
  ) {
    // `sameQuantity` of items i and j, asked once per pair of distinct (unit,
    // counted words, year flag): all the rule reads (compare-story.ts's
    // `CompareRules`). A replica story tests the same few wordings across
    // thousands of pairs, and each test splits and sets the counted words anew.
    this.classOf = new Int32Array(items.length);
    const ids = new Map<string, number>();
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      const key = `${it.f.isYear ? 1 : 0}|${it.f.unit}|${it.f.counted}`;
      let c = ids.get(key);
      if (c === undefined) ids.set(key, (c = ids.size));
      this.classOf[i] = c;
    }
    this.n = ids.size;
  }
}

function sameQuantityAt(g: Grouping, i: number, j: number): boolean {
  const k = g.classOf[i]! * g.n + g.classOf[j]!;
  let r = g.known.get(k);
  if (r === undefined) g.known.set(k, (r = g.sameQuantityOf(g.items[i]!.f, g.items[j]!.f)));
  return r;
}

function vetoed(g: Grouping, a: Item, b: Item): boolean {
  return neverOne(a, b) || unprovenDispute(a, b, g.lineageOf, g.dayOf);
}

/** Some pair across `si` and `sj` vetoed (in the order the pairs were tested before). */
function anyVetoed(g: Grouping, si: readonly number[], sj: readonly number[]): boolean {
  for (const p of si) for (const q of sj) if (vetoed(g, g.items[p]!, g.items[q]!)) return true;
  return false;
}

/**
 * Same-quantity figures joined only when no pair across the two groups is
 * vetoed (complete link on the vetoes): "2,000 miles of border" and "234 miles
 * of wall" never meet through a third "miles". Blocked by quantity key, so
 * the cost is per kind of quantity.
 */
function groupItems(items: readonly Item[], sameQuantityOf: (a: Figure, b: Figure) => boolean, lineageOf: (id: ArticleId) => string, dayOf: (id: ArticleId) => string | undefined): number[][] {
  const g = new Grouping(items, sameQuantityOf, lineageOf, dayOf);
  const uf = new UnionFind(items.length);
  const members = new Map<number, number[]>();
  // The join of two groups depends only on their member lists: once refused,
  // it is refused again until one of them grows, so later pairs across the
  // same two unchanged groups skip the test. Keyed by (root, root) → the
  // roots' versions then.
  const version = new Int32Array(items.length);
  const refused = new Map<number, number>();
  const byUnit = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const list = byUnit.get(it.f.unit);
    if (list) list.push(i);
    else byUnit.set(it.f.unit, [i]);
  }
  const units = [...byUnit.keys()];
  // Units that sameQuantity may join (troop/soldier) are compared across blocks too.
  for (let x = 0; x < units.length; x++) {
    for (let y = x; y < units.length; y++) {
      const a = byUnit.get(units[x]!)!;
      const b = byUnit.get(units[y]!)!;
      if (x !== y && !sameQuantityAt(g, a[0]!, b[0]!) && !sameQuantityAt(g, b[0]!, a[0]!)) continue;
      for (const i of a) {
        for (const j of b) {
          if (j <= i && x === y) continue;
          if (uf.find(i) === uf.find(j)) continue;
          if (!sameQuantityAt(g, i, j) || vetoed(g, items[i]!, items[j]!) || relatedness(items[i]!, items[j]!) < 1) continue;
          const ri = uf.find(i);
          const rj = uf.find(j);
          const pairKey = ri * items.length + rj;
          const stamp = version[ri]! * (items.length + 1) + version[rj]!;
          if (refused.get(pairKey) === stamp) continue;
          const gi = members.get(ri) ?? [i];
          const gj = members.get(rj) ?? [j];
          const si = gi.slice(0, 40);
          const sj = gj.slice(0, 40);
          // Average link on context: one differently worded report may join a
          // group whose other members vouch for it, a chain may not.
          let total = 0;
          if (!anyVetoed(g, si, sj)) for (const p of si) for (const q of sj) total += relatedness(items[p]!, items[q]!);
          if (total / (si.length * sj.length) < 1) {
            refused.set(pairKey, stamp);
            continue;
          }
          members.delete(ri);
          members.delete(rj);
          uf.union(i, j);
          const root = uf.find(i);
          version[root] = Math.max(version[ri]!, version[rj]!) + 1;
          // gi is no other group's list any more: appended to, not copied (a
          // group growing one report at a time copied itself each time).
          for (const q of gj) gi.push(q);
          members.set(root, gi);
        }
      }
    }
  }
  return uf.groups();
}

/**
 * Never one quantity: another complement ("of border" / "of wall"), another
 * order of magnitude, or two values one article gives on its own authority
 * that cannot both be true (an article that names two authorities for two
 * troop counts reports a dispute; one that gives $82 and $60 unattributed
 * counts two things).
 */
function neverOne(a: Item, b: Item): boolean {
  if (a.fate.size > 0 && b.fate.size > 0 && !sharesOne(a.fate, b.fate)) return true;
  if (a.complement !== undefined && b.complement !== undefined && a.complement !== b.complement) return true;
  if (a.articleId === b.articleId && !compatible(a.f, b.f) && (a.f.attribution ?? '') === (b.f.attribution ?? '')) return true;
  const lo = Math.min(a.f.value, b.f.value);
  const hi = Math.max(a.f.valueMax ?? a.f.value, b.f.valueMax ?? b.f.value);
  return lo <= 0 || hi / lo > MAX_RATIO;
}

/**
 * Two independent sources giving values that cannot both be true is a
 * dispute, the brief's strongest statement, so it needs stronger evidence
 * that they count one thing than agreeing values do: each value attributed
 * to someone (disputes are between authorities: "70,000, US officials said";
 * "94,000, according to Reznikov"), or the words around them twice as close
 * as grouping needs. Otherwise the two are kept apart: two different
 * quantities are likelier than a dispute nobody voices.
 */
function unprovenDispute(a: Item, b: Item, lineageOf: (id: ArticleId) => string, dayOf: (id: ArticleId) => string | undefined): boolean {
  if (lineageOf(a.articleId) === lineageOf(b.articleId) || compatible(a.f, b.f)) return false;
  // Reports of different days may be one count as it changed: a series, or a
  // dispute the day-by-day values will show (see statusOf).
  const da = dayOf(a.articleId);
  const db = dayOf(b.articleId);
  if (da !== undefined && db !== undefined && da !== db) return false;
  // Something befell one's counted and not the other's ("17 students were
  // killed", "20 students staged a walk-out"): two counts, not a dispute.
  if ((a.fate.size > 0) !== (b.fate.size > 0)) return true;
  // A part and its total, two periods, a forecast and the outcome, a count
  // and its later update: different values that both hold (figure-scope.ts).
  // An update is told from the words only when the dates cannot tell it:
  // reports of two known days are a series or a dispute (isSeries, statusOf).
  const undated = a.day === undefined || b.day === undefined || a.day === b.day;
  if (notADispute(a.scope, b.scope, a.f.value >= b.f.value ? a.scope : b.scope, a.f.unit === 'percent' || b.f.unit === 'percent', undated) !== undefined) return true;
  if (undated && stillCounted(a, b)) return true;
  if (a.f.attribution !== undefined && b.f.attribution !== undefined) return false;
  if (leadsOfOne(a, b)) return false;
  const need = Math.max(a.need, b.need, 0.15);
  return dice(a.context, b.context) < 2 * need;
}

/**
 * How well two figures' contexts say they count one thing, 1 being enough:
 * their words' Dice over what their units need (capped at 1.5, so one close
 * pair cannot carry a group). The same authority giving the same number of
 * the same thing is one quantity, however differently worded.
 */
function relatedness(a: Item, b: Item): number {
  if (leadsOfOne(a, b)) return 1;
  if (sameAuthority(a.f, b.f) && compatible(a.f, b.f)) return 1;
  const need = Math.max(a.need, b.need);
  // Across languages the surrounding words cannot agree; a specific counted
  // noun ("troops" = "soldats" = "Soldaten") with a compatible value and no
  // veto is the evidence there is. Units of measure stay apart.
  if (a.language !== b.language && need <= 0.1 && compatible(a.f, b.f)) return 1;
  return Math.min(1.5, dice(a.context, b.context) / need);
}

/**
 * A toll still being counted: of what befell people, the higher value only
 * a floor ("at least 84 killed") and the lower one no ceiling ("77 people
 * died", "nearly 80"). As bodies are found a toll rises, and reports hours
 * apart read so; a lower value capped ("as many as 50") against a higher
 * floor ("at least 63") is a dispute still.
 */
function stillCounted(a: Item, b: Item): boolean {
  if (!sharesOne(a.fate, b.fate)) return false;
  const [lo, hi] = a.f.value <= b.f.value ? [a, b] : [b, a];
  const floor = (q: string | undefined) => q === 'at least' || q === 'more than';
  const ceiling = (q: string | undefined) => q === 'up to' || q === 'at most' || q === 'fewer than';
  return floor(hi.f.qualifier) && !floor(lo.f.qualifier) && !ceiling(lo.f.qualifier);
}

/**
 * Two articles' leads (first two sentences), where each states the story's central fact,
 * counting the same thing: one unit and the same fate ("63 people were
 * killed", "as many as 50 people were killed"), the same words after the
 * figure ("a $13 billion aid package", "an $11.6 billion aid package"), or
 * one statement with another number, each its sentence's only figure of the
 * unit ("Senate Democrats blocked a $300 billion COVID-19 stimulus bill
 * Thursday" / "… a scaled-down, $500 billion Republican coronavirus relief
 * measure Thursday").
 */
function leadsOfOne(a: Item, b: Item): boolean {
  // Shares have many measures in one story (efficacy overall, in the US, against severe disease): not for percentages.
  if (!a.lead || !b.lead || a.articleId === b.articleId || a.f.unit !== b.f.unit || a.f.unit === 'percent' || a.language !== b.language) return false;
  return sharesOne(a.fate, b.fate) || sharesOne(a.head, b.head) || (a.said !== undefined && b.said !== undefined && dice(a.said, b.said) >= 0.5);
}

/** Whether two sets have a member in common (without an array per test). */
function sharesOne(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function sameAuthority(a: Figure, b: Figure): boolean {
  if (a.attribution === undefined || b.attribution === undefined) return false;
  const x = a.attribution.toLowerCase();
  const y = b.attribution.toLowerCase();
  return x === y || (x.length >= 4 && y.startsWith(x)) || (y.length >= 4 && x.startsWith(y));
}

const PREPOSITION = /^\s*(?:(?:are|were|is|was|have been|has been|had been|being)\s+(?:\w+ed\s+)?)?((?:near|along|on|in|at|across|around|inside|outside|within|from|to|by|into|off)\s+[^,.;:!?()"“”]{2,60})/i;

/** "of border" → the counted thing's complement, lower-cased and crudely stemmed. */
function complementOf(after: string): string | undefined {
  const m = /^\s*of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?([A-Za-z\p{L}-]+)/u.exec(after);
  if (!m) return undefined;
  return m[1]!.toLowerCase().replace(/(?:es|s)$/, '');
}

const WHEN = /^(?:on|in|at|by|from|to|since|into)\s+(?:(?:last|next|this|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d|the (?:morning|afternoon|evening|night|weekend|day|week|month|year)|(?:the )?(?:morning|afternoon|evening|night)|time\b)/i;

/** "along the border" after the figure: where the counted things are (a time, "on Friday", is not where). */
function settingOf(after: string): string | undefined {
  const m = PREPOSITION.exec(after);
  if (!m || WHEN.test(m[1]!)) return undefined;
  const words = m[1]!.trim().split(/\s+/).slice(0, 6);
  while (words.length > 1 && /^(?:and|or|but|as|that|which|who|the|a|an|to|of|in|on)$/i.test(words[words.length - 1]!)) words.pop();
  return words.join(' ');
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
 * values are a range or an update, not a dispute; two sources differ only
 * when their values cannot both be true.
 */
function statusOf(values: readonly FigureValue[], ctx: FigureContext): FigureStatus {
  if (lineageCount(values, ctx) < 2) return 'single-source';
  if (isSeries(values, ctx)) return 'series';
  // Two articles of two lineages differ when none of the values one gives
  // can be true with any the other gives. An article that also gives a value
  // compatible with the other's agrees with it; its further value is another
  // quantity caught in the group ("58,000 Americans who died in Vietnam"
  // beside "more than 50,000" dead of the virus) or a part ("1.5 million
  // doses to Canada" of 4 million), not a dispute.
  const byArticle = new Map<ArticleId, FigureValue[]>();
  for (const v of values) {
    const list = byArticle.get(v.articleId);
    if (list === undefined) byArticle.set(v.articleId, [v]);
    else list.push(v);
  }
  // Every pair of articles (a group of a large story holds hundreds): plain loops, each article's lineage read once.
  const sides: FigureValue[][] = [];
  const lineages: string[] = [];
  for (const [id, vs] of byArticle) {
    sides.push(vs);
    lineages.push(ctx.lineageOf(id));
  }
  for (let i = 0; i < sides.length; i++) {
    for (let j = i + 1; j < sides.length; j++) {
      if (lineages[i] !== lineages[j] && !anyCompatible(sides[i]!, sides[j]!)) return 'differ';
    }
  }
  return 'agree';
}

/** How many lineages the values come from. */
function lineageCount(values: readonly FigureValue[], ctx: FigureContext): number {
  const seen = new Set<string>();
  for (const v of values) seen.add(ctx.lineageOf(v.articleId));
  return seen.size;
}

function anyCompatible(va: readonly FigureValue[], vb: readonly FigureValue[]): boolean {
  for (let x = 0; x < va.length; x++) for (let y = 0; y < vb.length; y++) if (compatible(va[x]!, vb[y]!)) return true;
  return false;
}

function valueKey(v: FigureValue): string {
  return `${v.value}|${v.valueMax ?? ''}`;
}

/**
 * A series: the values change with publication day, each day's reports agree
 * (within a tenth), and the day-by-day values only rise or only fall. A toll
 * going from 60 to 72 to 85 over three weeks is news over time, not a dispute.
 */
function isSeries(values: readonly FigureValue[], ctx: FigureContext): boolean {
  const byDay = new Map<string, { values: number[]; lineages: Set<string> }>();
  for (const v of values) {
    const day = ctx.dayOf(v.articleId);
    if (day === undefined) return false;
    const d = byDay.get(day) ?? { values: [], lineages: new Set<string>() };
    d.values.push(v.value);
    d.lineages.add(ctx.lineageOf(v.articleId));
    byDay.set(day, d);
  }
  if (byDay.size < 2) return false;
  const days = [...byDay.keys()].sort();
  // Two reports on two days could as well be a dispute: a series needs three
  // days, or each of two days confirmed by two sources.
  if (days.length === 2 && ![...byDay.values()].every((d) => d.lineages.size >= 2)) return false;
  const level: number[] = [];
  for (const d of days) {
    const vs = byDay.get(d)!.values;
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
  // "since 1998", "the 2004 law": a bare four-digit number in the range of
  // years, counting nothing or one (lower-case, singular) thing, is a date.
  if (/^\d{4}\b/.test(f.text.trim()) && f.value >= 1900 && f.value <= 2099 && f.qualifier === undefined && (f.counted.trim() === '' || /^[a-z]+[^s]$/.test(f.counted.trim()))) return false;
  // A small count in words ("one way or another", "two leaders") is wording, qualified or not.
  if (!/\d/.test(f.text)) return f.value >= 10;
  if (f.qualifier !== undefined) return true;
  if (f.unit === 'percent' || /^[a-z]{3}$/.test(f.unit) && f.unit !== 'day') return true;
  return f.value >= 10;
}
