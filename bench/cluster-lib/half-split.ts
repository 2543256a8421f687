/**
 * Why a clustering run scores lower on a whole set than on both of its halves
 * (bench/cluster.ts, issue 13). A half is scored on its own articles only, so a
 * false join between two gold stories of different halves is seen by the whole
 * and by neither half; and a half run alone (its articles as their own stream)
 * may decide otherwise than the same articles do among the other half's. This
 * splits the whole run's errors accordingly:
 * - the whole run cut by half (each predicted story cut into its halves' parts):
 *   what the whole would score without its cross-half joins, so the cost of those;
 * - with the halves also clustered alone: the whole run's same-half false joins
 *   and missed pairs that the half run makes too, and those only the whole makes
 *   (decisions the other half's presence changed), and the reverse.
 * Figures are B-cubed as ../shared/eval/score.mjs computes it (per-article mean).
 */

export interface Assigned { readonly id: string; readonly story: string }
export interface BCubed { readonly precision: number; readonly recall: number; readonly f1: number }

/** B-cubed precision, recall and F1 of `predicted` against `gold` over `ids` (all gold articles by default). */
export function bcubed(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>, ids: readonly string[] = [...gold.keys()]): BCubed {
  if (ids.length === 0) return { precision: 1, recall: 1, f1: 1 };
  // An article the run never assigned stands alone, as the scorer counts it.
  const pred = (id: string) => predicted.get(id) ?? `\u0000missing:${id}`;
  const count = (key: (id: string) => string) => {
    const m = new Map<string, number>();
    for (const id of ids) m.set(key(id), (m.get(key(id)) ?? 0) + 1);
    return m;
  };
  const both = (id: string) => `${gold.get(id)}\u0001${pred(id)}`;
  const g = count((id) => gold.get(id)!);
  const p = count(pred);
  const b = count(both);
  let precision = 0;
  let recall = 0;
  for (const id of ids) {
    precision += b.get(both(id))! / p.get(pred(id))!;
    recall += b.get(both(id))! / g.get(gold.get(id)!)!;
  }
  precision /= ids.length;
  recall /= ids.length;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Each predicted story cut into the parts of each half: the run without its joins across halves. */
export function cutByHalf(predicted: ReadonlyMap<string, string>, halfOf: (id: string) => number): Map<string, string> {
  return new Map([...predicted].map(([id, story]) => [id, `${story}\u0002${halfOf(id)}`]));
}

const groups = (m: ReadonlyMap<string, string>): string[][] => {
  const out = new Map<string, string[]>();
  for (const [id, s] of m) out.set(s, [...(out.get(s) ?? []), id]);
  return [...out.values()];
};
const eachPair = (ids: readonly string[], f: (a: string, b: string) => void) => {
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) f(ids[i]!, ids[j]!);
};

/** False-join pairs of a run by whether they cross halves and languages. */
export function falseJoinClasses(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>, halfOf: (id: string) => number, languageOf: (id: string) => string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const ids of groups(predicted))
    eachPair(ids, (a, b) => {
      if (gold.get(a) === gold.get(b)) return;
      const k = `${halfOf(a) === halfOf(b) ? 'same half' : 'across halves'}, ${languageOf(a) === languageOf(b) ? 'same language' : 'two languages'}`;
      out.set(k, (out.get(k) ?? 0) + 1);
    });
  return out;
}

/** Pairs compared between the whole run and the half runs (same-half pairs only: a half run never sees the others). */
export interface HalfRunComparison {
  readonly falseJoinsBoth: number;
  readonly falseJoinsWholeOnly: number;
  readonly falseJoinsHalfOnly: number;
  readonly missedBoth: number;
  readonly missedWholeOnly: number;
  readonly missedHalfOnly: number;
}

/** Same-half pairs the whole run and the half runs (one map over both halves' articles) get wrong, each or both. */
export function compareHalfRuns(gold: ReadonlyMap<string, string>, whole: ReadonlyMap<string, string>, halves: ReadonlyMap<string, string>, halfOf: (id: string) => number): HalfRunComparison {
  let falseJoinsBoth = 0, falseJoinsWholeOnly = 0, falseJoinsHalfOnly = 0, missedBoth = 0, missedWholeOnly = 0, missedHalfOnly = 0;
  const seen = new Set<string>();
  // Every same-half pair either run put together, and every gold pair: the pairs that can be wrong.
  const consider = (a: string, b: string) => {
    if (halfOf(a) !== halfOf(b)) return;
    const key = a < b ? `${a}\u0001${b}` : `${b}\u0001${a}`;
    if (seen.has(key)) return;
    seen.add(key);
    const inWhole = whole.get(a) !== undefined && whole.get(a) === whole.get(b);
    const inHalf = halves.get(a) !== undefined && halves.get(a) === halves.get(b);
    if (gold.get(a) === gold.get(b)) {
      if (!inWhole && !inHalf) missedBoth++;
      else if (!inWhole) missedWholeOnly++;
      else if (!inHalf) missedHalfOnly++;
    } else if (inWhole && inHalf) falseJoinsBoth++;
    else if (inWhole) falseJoinsWholeOnly++;
    else if (inHalf) falseJoinsHalfOnly++;
  };
  for (const m of [whole, halves, gold]) for (const ids of groups(m)) eachPair(ids, consider);
  return { falseJoinsBoth, falseJoinsWholeOnly, falseJoinsHalfOnly, missedBoth, missedWholeOnly, missedHalfOnly };
}

const fmt = (s: BCubed) => `${s.f1.toFixed(4)} (P ${s.precision.toFixed(4)}, R ${s.recall.toFixed(4)})`;

/**
 * The report lines: the whole run, the same run cut by half, the cross-half false joins' cost and the false joins
 * by class; with `halfRuns` (each half clustered as its own stream, keyed by article), how the half runs score and
 * which same-half errors only the whole makes.
 */
export function halfSplitReport(gold: readonly Assigned[], predicted: readonly Assigned[], halfOf: (id: string) => number, languageOf: (id: string) => string | undefined, halfRuns?: readonly Assigned[]): string {
  const g = new Map(gold.map((x) => [x.id, x.story]));
  const w = new Map(predicted.map((x) => [x.id, x.story]));
  const whole = bcubed(g, w);
  const cut = bcubed(g, cutByHalf(w, halfOf));
  const out = [
    `whole run ${fmt(whole)}; cut by half (no joins across halves) ${fmt(cut)}: joins across halves cost ${(cut.f1 - whole.f1).toFixed(4)} B-cubed F1`,
    `false-join pairs: ${[...falseJoinClasses(g, w, halfOf, languageOf)].sort().map(([k, n]) => `${k} ${n}`).join(', ')}`,
  ];
  if (halfRuns !== undefined) {
    const h = new Map(halfRuns.map((x) => [x.id, x.story]));
    const ids = [0, 1].map((k) => [...g.keys()].filter((id) => halfOf(id) === k));
    out.push(`half ${ids.map((x, k) => `${k}: whole run ${fmt(bcubed(g, w, x))}, alone ${fmt(bcubed(g, h, x))}`).join('; half ')}`);
    const c = compareHalfRuns(g, w, h, halfOf);
    out.push(`same-half false joins: both runs ${c.falseJoinsBoth}, only the whole ${c.falseJoinsWholeOnly}, only the half run ${c.falseJoinsHalfOnly}; missed gold pairs: both ${c.missedBoth}, only the whole ${c.missedWholeOnly}, only the half run ${c.missedHalfOnly}`);
  }
  return `${out.join('\n')}\n`;
}
