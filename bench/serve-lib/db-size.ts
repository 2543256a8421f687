/**
 * Where a database's bytes go, per article, from SQLite's `dbstat` (pages
 * in use per table and index, free pages apart) and the article columns'
 * own lengths. "Without the text" subtracts the bytes of `articles.text`
 * (the cleaned article text, stored once, uncompressed) from the pages in
 * use: the indexes over the text (FTS) count, free pages (a rewritten row's
 * old pages, reused by the next writes) are shown apart. "Per stored article"
 * also leaves out the state rows whose size does not follow the article
 * count (BOUNDED_STATE): at a few thousand articles they are a large share,
 * at 100,000 a small one.
 *   node --import tsx bench/serve-lib/db-size.ts FILE.db
 */
import Database from 'better-sqlite3';

/**
 * Rows bounded whatever the article count: the outlet-template state
 * (`stage_state`, pruned past 200,000 lines) and the clusterer's pending
 * document frequencies (at most 2,000 articles' terms, then folded).
 */
export const BOUNDED_STATE = ['stage_state', 'cluster_df_pending'];

export interface DbSize {
  articles: number;
  /** Bytes of pages in use, per table or index (dbstat), largest first. */
  objects: { name: string; bytes: number }[];
  inUse: number;
  free: number;
  textBytes: number;
  columns: { text: number; meta: number; analysis: number };
}

export function measureDb(file: string): DbSize {
  const db = new Database(file, { readonly: true });
  try {
    const articles = (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    const objects = (db.prepare('SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC').all() as { name: string; bytes: number }[]);
    const inUse = objects.reduce((s, o) => s + o.bytes, 0);
    const free = (db.pragma('freelist_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
    const c = db
      .prepare('SELECT SUM(length(CAST(text AS BLOB))) AS t, SUM(length(CAST(meta AS BLOB))) AS m, SUM(length(CAST(analysis AS BLOB))) AS a FROM articles')
      .get() as { t: number | null; m: number | null; a: number | null };
    return { articles, objects, inUse, free, textBytes: c.t ?? 0, columns: { text: c.t ?? 0, meta: c.m ?? 0, analysis: c.a ?? 0 } };
  } finally {
    db.close();
  }
}

/** Bytes per article in use, without the text and the bounded state rows. */
export function perArticleBytes(s: DbSize): number {
  const bounded = s.objects.filter((o) => BOUNDED_STATE.includes(o.name)).reduce((n, o) => n + o.bytes, 0);
  return s.inUse - s.textBytes - bounded;
}

export function formatDbSize(s: DbSize): string {
  const kb = (b: number): string => (b / Math.max(1, s.articles) / 1024).toFixed(2);
  const lines = [
    `database pages in use: ${kb(s.inUse)} KB per article, ${kb(s.inUse - s.textBytes)} KB without the text (${s.articles} articles); free pages ${kb(s.free)} KB per article`,
    `per stored article without the text and the bounded state rows (${BOUNDED_STATE.join(', ')}): ${kb(perArticleBytes(s))} KB`,
    `article columns per article: text ${kb(s.columns.text)} KB, meta ${kb(s.columns.meta)} KB, analysis ${kb(s.columns.analysis)} KB`,
  ];
  for (const o of s.objects) if (o.bytes / Math.max(1, s.articles) >= 20) lines.push(`  ${o.name.padEnd(34)} ${kb(o.bytes)} KB per article`);
  return `${lines.join('\n')}\n`;
}

if (import.meta.filename === process.argv[1]) process.stdout.write(formatDbSize(measureDb(process.argv[2]!)));
