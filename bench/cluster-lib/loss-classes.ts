/**
 * Where a clustering run loses B-cubed, by kind of error, from its output and the gold alone (bench/cluster.ts
 * prints it for every set; the error report needs languages, uci-headlines-dev has none). B-cubed precision is
 * the mean over articles of |own predicted story ∩ own gold story| / |predicted story|; its loss, summed over the
 * articles of one predicted story, is Σ n_g (1 − n_g / |C|) / N over the gold stories g it holds n_g of. So the
 * loss splits exactly by predicted story, and each is filed by what it holds:
 * - two or more gold stories of `large` articles or more each: two stories fused (a false join that took a
 *   whole story with it, or a merge);
 * - one such gold story and strays: a few odd articles in a large story;
 * - none: a small story of odd articles.
 * Recall splits likewise by gold story (Σ m_c (1 − m_c / |G|) / N over its parts), shared among its parts other
 * than the largest by size, each filed by where it went: into a predicted story where another gold story has more
 * articles, or a story of its own. Each class is also given as the F1 the run would have without it (the other
 * side unchanged): what removing that class of error is worth.
 */

export interface Assigned {
  readonly id: string;
  readonly story: string;
}

export interface LossClass {
  readonly name: string;
  /** B-cubed precision (or recall) lost to this class, in the measure's units. */
  readonly loss: number;
  /** Predicted stories (precision) or story parts (recall) in the class. */
  readonly count: number;
}

export interface LossClasses {
  readonly precision: number;
  readonly recall: number;
  readonly precisionLoss: readonly LossClass[];
  readonly recallLoss: readonly LossClass[];
}

const FUSED = 'two or more gold stories fused';
const STRAYS = 'a few odd articles in a large story';
const MIXED = 'a small story of odd articles';
const ELSEWHERE = 'a part inside another gold story\'s story';
const ALONE = 'a part on its own';

function groups(pairs: readonly Assigned[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const { id, story } of pairs) {
    const ids = m.get(story);
    if (ids) ids.push(id);
    else m.set(story, [id]);
  }
  return m;
}

function counts(ids: readonly string[], of: ReadonlyMap<string, string>): Map<string, number> {
  const c = new Map<string, number>();
  for (const id of ids) c.set(of.get(id)!, (c.get(of.get(id)!) ?? 0) + 1);
  return c;
}

/** The run's B-cubed precision and recall and their losses by class; articles absent from either side are left out. */
export function bcubedLossClasses(gold: readonly Assigned[], predicted: readonly Assigned[], large = 10): LossClasses {
  const goldOf = new Map(gold.map((g) => [g.id, g.story]));
  const predOf = new Map(predicted.filter((p) => goldOf.has(p.id)).map((p) => [p.id, p.story]));
  const n = predOf.size;
  const add = (m: Map<string, LossClass>, name: string, loss: number) => m.set(name, { name, loss: (m.get(name)?.loss ?? 0) + loss, count: (m.get(name)?.count ?? 0) + 1 });
  const pLoss = new Map<string, LossClass>();
  const rLoss = new Map<string, LossClass>();
  if (n === 0) return { precision: 1, recall: 1, precisionLoss: [], recallLoss: [] };
  const pred = groups([...predOf].map(([id, story]) => ({ id, story })));
  for (const ids of pred.values()) {
    const byGold = counts(ids, goldOf);
    if (byGold.size < 2) continue;
    let loss = 0;
    for (const k of byGold.values()) loss += (k * (1 - k / ids.length)) / n;
    const big = [...byGold.values()].filter((k) => k >= large).length;
    add(pLoss, big >= 2 ? FUSED : big === 1 ? STRAYS : MIXED, loss);
  }
  const goldStories = groups(gold.filter((g) => predOf.has(g.id)));
  for (const ids of goldStories.values()) {
    const byPred = counts(ids, predOf);
    if (byPred.size < 2) continue;
    let loss = 0;
    for (const k of byPred.values()) loss += (k * (1 - k / ids.length)) / n;
    // The largest part is the story; the others share its loss by size (earliest story id first on a tie).
    const parts = [...byPred].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const rest = ids.length - parts[0]![1];
    for (const [story, k] of parts.slice(1)) {
      const host = counts(pred.get(story)!, goldOf);
      const own = host.get(goldOf.get(ids[0]!)!) ?? 0;
      const other = Math.max(0, ...[...host].filter(([g]) => g !== goldOf.get(ids[0]!)).map(([, c]) => c));
      add(rLoss, other > own ? ELSEWHERE : ALONE, (loss * k) / rest);
    }
  }
  const sum = (m: Map<string, LossClass>) => [...m.values()].reduce((a, c) => a + c.loss, 0);
  const order = (m: Map<string, LossClass>) => [...m.values()].sort((x, y) => y.loss - x.loss || (x.name < y.name ? -1 : 1));
  return { precision: 1 - sum(pLoss), recall: 1 - sum(rLoss), precisionLoss: order(pLoss), recallLoss: order(rLoss) };
}

const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** The classes as lines: loss, count, and the F1 without that class. */
export function formatLossClasses(c: LossClasses): string {
  const lines = [`B-cubed F1 ${f1(c.precision, c.recall).toFixed(4)} (P ${c.precision.toFixed(4)}, R ${c.recall.toFixed(4)}); loss by class, with the F1 without it:`];
  for (const k of c.precisionLoss) lines.push(`  precision ${k.loss.toFixed(4)} in ${k.count} predicted stories: ${k.name} (F1 without: ${f1(c.precision + k.loss, c.recall).toFixed(4)})`);
  for (const k of c.recallLoss) lines.push(`  recall ${k.loss.toFixed(4)} in ${k.count} parts: ${k.name} (F1 without: ${f1(c.precision, c.recall + k.loss).toFixed(4)})`);
  return `${lines.join('\n')}\n`;
}
