/**
 * Error analysis of one clustering run against gold (bench/cluster.ts prints it
 * for sets whose articles carry a language): pairwise errors split into
 * precision (false joins) and recall (missed gold pairs), same-language vs
 * cross-language and by language; the predicted stories that fuse most gold
 * stories and the gold stories split most, with titles; and, where the pair
 * ratings the gold was built from are given, how the raters judged the
 * falsely joined pairs (a false join of a pair rated "somewhat similar" is a
 * different kind of error from one rated "unrelated").
 */

export interface ErrorRow { id: string; title?: string; language?: string }
export interface Assigned { id: string; story: string }

const groupIds = (pairs: Iterable<Assigned>): Map<string, string[]> => {
  const m = new Map<string, string[]>();
  for (const { id, story } of pairs) m.set(story, [...(m.get(story) ?? []), id]);
  return m;
};
const eachPair = (ids: readonly string[], f: (a: string, b: string) => void) => {
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) f(ids[i]!, ids[j]!);
};
const pct = (n: number, d: number) => (d === 0 ? '-' : (n / d).toFixed(3));

export function clusterErrorReport(rows: readonly ErrorRow[], gold: readonly Assigned[], predicted: readonly Assigned[], ratings?: ReadonlyMap<string, number>, top = 20): string {
  const lang = new Map(rows.map((r) => [r.id, r.language ?? '?']));
  const title = new Map(rows.map((r) => [r.id, (r.title ?? '').replace(/\s+/g, ' ').slice(0, 90)]));
  const goldOf = new Map(gold.map((g) => [g.id, g.story]));
  const outOf = new Map(predicted.map((r) => [r.id, r.story]));
  type Stat = { gold: number; found: number; falseJoins: number };
  const stat = new Map<string, Stat>();
  const kind = new Map<string, Stat>([['same-language', { gold: 0, found: 0, falseJoins: 0 }], ['cross-language', { gold: 0, found: 0, falseJoins: 0 }]]);
  const at = (a: string, b: string) => {
    const same = lang.get(a) === lang.get(b);
    const key = same ? lang.get(a)! : [lang.get(a)!, lang.get(b)!].sort().join('-');
    if (!stat.has(key)) stat.set(key, { gold: 0, found: 0, falseJoins: 0 });
    return [stat.get(key)!, kind.get(same ? 'same-language' : 'cross-language')!];
  };
  const goldGroups = groupIds(gold);
  const predGroups = groupIds(predicted);
  for (const ids of goldGroups.values()) eachPair(ids, (a, b) => {
    for (const s of at(a, b)) { s.gold++; if (outOf.get(a) === outOf.get(b)) s.found++; }
  });
  const ratedFalse = new Map<string, number>();
  const ratingKey = (a: string, b: string) => ratings?.get(`${a}_${b}`) ?? ratings?.get(`${b}_${a}`);
  for (const ids of predGroups.values()) eachPair(ids, (a, b) => {
    if (goldOf.get(a) === goldOf.get(b)) return;
    for (const s of at(a, b)) s.falseJoins++;
    if (ratings) {
      const r = ratingKey(a, b);
      const bucket = r === undefined ? 'never rated' : r <= 2.5 ? 'rated 1.5–2.5 (somewhat similar)' : r <= 3.5 ? 'rated 2.5–3.5' : 'rated > 3.5 (unrelated)';
      ratedFalse.set(bucket, (ratedFalse.get(bucket) ?? 0) + 1);
    }
  });
  const line = (k: string, s: Stat) => `  ${k.padEnd(15)} gold pairs ${String(s.gold).padStart(4)}, found ${String(s.found).padStart(4)} (recall ${pct(s.found, s.gold)}), false joins ${String(s.falseJoins).padStart(4)} (precision ${pct(s.found, s.found + s.falseJoins)})`;
  const out: string[] = ['pairwise errors, same-language vs cross-language:'];
  for (const [k, s] of kind) out.push(line(k, s));
  out.push('pairwise errors by language (pairs of two languages under "a-b"):');
  for (const [k, s] of [...stat].filter(([k]) => !k.includes('-')).sort()) out.push(line(k, s));
  for (const [k, s] of [...stat].filter(([k]) => k.includes('-')).sort((x, y) => y[1].gold + y[1].falseJoins - x[1].gold - x[1].falseJoins).slice(0, 15)) out.push(line(k, s));
  if (ratings) out.push(`false joins by the raters' judgement of that pair: ${[...ratedFalse].map(([k, n]) => `${k} ${n}`).join(', ')}`);

  // Predicted stories fusing several gold stories, by false-join pairs.
  const falseIn = (ids: readonly string[]) => { let n = 0; eachPair(ids, (a, b) => { if (goldOf.get(a) !== goldOf.get(b)) n++; }); return n; };
  const merges = [...predGroups.values()].map((ids) => ({ ids, falseJoins: falseIn(ids) })).filter((m) => m.falseJoins > 0).sort((x, y) => y.falseJoins - x.falseJoins).slice(0, top);
  out.push(`the ${merges.length} largest false merges (predicted stories holding several gold stories; [language] gold story: title):`);
  for (const m of merges) {
    const golds = new Set(m.ids.map((id) => goldOf.get(id)));
    out.push(`  ${m.ids.length} articles, ${golds.size} gold stories, ${m.falseJoins} false pairs`);
    for (const id of m.ids) out.push(`    [${lang.get(id)}] ${goldOf.get(id)}: ${title.get(id)}`);
  }
  const splits = [...goldGroups.entries()].map(([story, ids]) => {
    let missed = 0; eachPair(ids, (a, b) => { if (outOf.get(a) !== outOf.get(b)) missed++; });
    return { story, ids, parts: new Set(ids.map((id) => outOf.get(id))).size, missed };
  }).filter((s) => s.parts > 1).sort((x, y) => y.missed - x.missed || y.parts - x.parts).slice(0, top);
  out.push(`the ${splits.length} gold stories split most ([language] predicted story: title):`);
  for (const s of splits) {
    out.push(`  gold ${s.story}: ${s.ids.length} articles in ${s.parts} predicted stories, ${s.missed} pairs missed`);
    for (const id of s.ids) out.push(`    [${lang.get(id)}] ${outOf.get(id)}: ${title.get(id)}`);
  }
  return `${out.join('\n')}\n`;
}
