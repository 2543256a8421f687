/**
 * The rows of a figure table. An article and its copy or translation never
 * count as two confirmations, so they are not shown as two rows either: the
 * reports of one lineage giving the same value are one row, citing the origin
 * (else the report in English, the brief's language, else the earliest) with
 * the copies cited beside it. A copy giving
 * another value is another report and keeps its own row. The JSON brief keeps
 * every article's value; only what a reader sees is folded.
 */
import type { BriefLineage, FigureGroup, FigureValue, StoryBrief } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import type { ArticleLookup } from './format.js';
import { distinctValues } from './format.js';

/** One shown row: the value cited, and the copies that give it too. */
export interface FigureRow {
  readonly v: FigureValue;
  readonly copies: readonly FigureValue[];
}

/** An article's day for ordering; undated reports sort after dated ones. */
function dayOf(id: ArticleId, articles: ArticleLookup): string {
  const a = articles.get(id);
  return a?.published ?? a?.publishedInferred ?? '\uffff';
}

function refOf(id: ArticleId, articles: ArticleLookup): number {
  return articles.get(id)?.ref ?? Number.MAX_SAFE_INTEGER;
}

/**
 * The values of `values` folded per lineage and value, each row where its
 * cited value stands in `values` (callers pass them already ordered). The
 * qualifier is part of the value: "at least 60" and "60" are two claims.
 * @example figureRows(ordered, brief, articles).map((r) => r.copies.length) // [1, 0]
 */
export function figureRows(values: readonly FigureValue[], brief: Pick<StoryBrief, 'lineages'>, articles: ArticleLookup): FigureRow[] {
  const lineageOf = new Map<ArticleId, BriefLineage>();
  for (const l of brief.lineages ?? []) for (const id of l.articleIds) lineageOf.set(id, l);
  const folds = new Map<string, FigureValue[]>();
  for (const v of values) {
    // An article in no lineage is its own.
    // Values to twelve digits: "$4.28 billion" scales to 4280000000.000001, its translation's "42.8 亿美元" to 4280000000.
    const key = `${lineageOf.get(v.articleId)?.id ?? `a:${v.articleId}`}\u0000${v.qualifier ?? ''}\u0000${v.value.toPrecision(12)}\u0000${v.valueMax?.toPrecision(12) ?? ''}`;
    const fold = folds.get(key);
    if (fold === undefined) folds.set(key, [v]);
    else fold.push(v);
  }
  const rows: { row: FigureRow; first: number }[] = [];
  for (const fold of folds.values()) {
    const origin = lineageOf.get(fold[0]!.articleId)?.origin;
    // With no origin known, the report in the brief's language (English), then the earliest.
    const english = (v: FigureValue): number => (articles.get(v.articleId)?.language === 'en' ? 0 : 1);
    const earliest = (a: FigureValue, b: FigureValue): number =>
      english(a) - english(b) || dayOf(a.articleId, articles).localeCompare(dayOf(b.articleId, articles)) || refOf(a.articleId, articles) - refOf(b.articleId, articles);
    const lead = fold.find((v) => v.articleId === origin) ?? [...fold].sort(earliest)[0]!;
    const copies = fold.filter((v) => v !== lead).sort((a, b) => refOf(a.articleId, articles) - refOf(b.articleId, articles));
    rows.push({ row: { v: lead, copies }, first: values.indexOf(lead) });
  }
  return rows.sort((a, b) => a.first - b.first).map((r) => r.row);
}

/** Whether `v` is a translation of the report `lead`: another language, or machine-translated from it. */
function isTranslation(lead: FigureValue, v: FigureValue, articles: ArticleLookup): boolean {
  const a = articles.get(lead.articleId);
  const b = articles.get(v.articleId);
  if (a === undefined || b === undefined) return false;
  return b.language !== a.language || (b.machineTranslated && !a.machineTranslated);
}

function noun(word: 'copy' | 'translation', n: number): string {
  return word === 'copy' ? (n === 1 ? 'copy' : 'copies') : n === 1 ? 'translation' : 'translations';
}

/**
 * What the rows fold, as a reader would say it: "a copy", "2 translations",
 * "3 copies and translations"; '' when they fold nothing.
 * @example foldedCopies(rows, articles) // 'a translation'
 */
export function foldedCopies(rows: readonly FigureRow[], articles: ArticleLookup): string {
  let copies = 0;
  let translations = 0;
  for (const r of rows) for (const c of r.copies) if (isTranslation(r.v, c, articles)) translations++; else copies++;
  const n = copies + translations;
  if (n === 0) return '';
  const word = translations === 0 ? noun('copy', n) : copies === 0 ? noun('translation', n) : 'copies and translations';
  return `${n === 1 ? 'a' : n} ${word}`;
}

/**
 * The headline count of a group that differs: the values against the rows a
 * reader sees, and plainly how many reports there are counting the copies.
 * @example differCount(g, rows, articles) // '5 different values in 5 reports (6 counting a translation)'
 */
export function differCount(g: FigureGroup, rows: readonly FigureRow[], articles: ArticleLookup): string {
  const head = `${distinctValues(g)} different values in ${rows.length} report${rows.length === 1 ? '' : 's'}`;
  const folded = foldedCopies(rows, articles);
  return folded === '' ? head : `${head} (${g.values.length} counting ${folded})`;
}

/**
 * ", copy [2]", ", copies [2][3]", ", translation [2]" after the cited
 * report, '' without copies. `cite` renders one citation as its format
 * needs (escaped HTML link or Markdown ref).
 * @example copiesNote(row, articles, (v) => `[${articles.get(v.articleId)?.ref}]`) // ', copy [2]'
 */
export function copiesNote(row: FigureRow, articles: ArticleLookup, cite: (v: FigureValue) => string): string {
  const translated = row.copies.filter((c) => isTranslation(row.v, c, articles));
  const copied = row.copies.filter((c) => !translated.includes(c));
  return ([['copy', copied], ['translation', translated]] as const)
    .filter(([, list]) => list.length > 0)
    .map(([word, list]) => `, ${noun(word, list.length)} ${list.map(cite).join('')}`)
    .join('');
}

/** A figure group's heading: its subject, and what leads up to its figures when the subject is a unit alone ("miles: the missile flew …"). */
export function figureHeading(g: Pick<FigureGroup, 'subject' | 'quantity' | 'leadIn'>): string {
  const name = g.subject || g.quantity;
  return g.leadIn !== undefined ? `${name}: ${g.leadIn}` : name;
}
