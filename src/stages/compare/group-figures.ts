import type { FigureGroup, FigureValue } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import type { Figure } from '../../core/types.js';
import { UnionFind } from './union-find.js';

/**
 * Puts the figures the sources give for one quantity side by side. Each value
 * keeps its words, source and attribution; none is promoted to "the" figure.
 * Years are dates, not quantities, and are left to the timeline.
 * @example groupFigures([[id, figures]], sameQuantity)[0].values
 */
export function groupFigures(
  perArticle: readonly (readonly [ArticleId, readonly Figure[]])[],
  sameQuantity: (a: Figure, b: Figure) => boolean,
): FigureGroup[] {
  const flat: { f: Figure; articleId: ArticleId }[] = [];
  for (const [articleId, figures] of perArticle) {
    for (const f of figures) if (isNoteworthy(f)) flat.push({ f, articleId });
  }
  const uf = new UnionFind(flat.length);
  for (let i = 0; i < flat.length; i++) {
    for (let j = i + 1; j < flat.length; j++) {
      if (sameQuantity(flat[i]!.f, flat[j]!.f)) uf.union(i, j);
    }
  }
  const groups: FigureGroup[] = uf.groups().map((g) => {
    const members = g.map((i) => flat[i]!);
    const values: FigureValue[] = members.map(({ f, articleId }) => {
      const v: FigureValue = { value: f.value, text: f.text, articleId, start: f.start, end: f.end };
      return {
        ...v,
        ...(f.valueMax !== undefined ? { valueMax: f.valueMax } : {}),
        ...(f.qualifier ? { qualifier: f.qualifier } : {}),
        ...(f.attribution ? { attribution: f.attribution } : {}),
      };
    });
    const distinct = new Set(values.map((v) => `${v.qualifier ?? ''}|${v.value}|${v.valueMax ?? ''}`));
    return {
      quantity: quantityName(members.map((m) => m.f)),
      unit: members[0]!.f.unit,
      values,
      disagreement: new Set(values.map((v) => v.value)).size > 1 || distinct.size > 1,
    };
  });
  // Contested quantities first, then those most sources report.
  const sources = (g: FigureGroup): number => new Set(g.values.map((v) => v.articleId)).size;
  return groups.sort(
    (a, b) => Number(b.disagreement) - Number(a.disagreement) || sources(b) - sources(a) || b.values.length - a.values.length,
  );
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
