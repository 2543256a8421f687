/**
 * The filters of a PostgreSQL article search as SQL conditions on `a`
 * (the article): source, language, days, and `speaker:` / `entity:` names,
 * whose links are read for the range of articles a pass looks at.
 */
import type { SearchQuery } from '../search-query.js';
import type { Param } from './pg-connection.js';
import type { Compiler } from './pg-search-compile.js';

/** Where a name filter takes the range of articles a pass looks at (inRange). */
const RANGE = '/*range*/';

/**
 * The conditions with each name filter limited to a range of articles: its
 * links are then read by the primary key (name, seq) for that range alone
 * (a name's links, all of them, made each pass of a common name cost as
 * much as the whole search).
 */
export function inRange(where: readonly string[], range: string): string[] {
  return where.map((w) => w.replace(RANGE, range));
}

/** Appends the query's filters to `where`, binding their values. */
export function filters(q: SearchQuery, where: string[], bind: (v: Param) => string, c: Compiler): void {
  for (const kind of ['speaker', 'entity'] as const) {
    const name = q[kind];
    if (name === undefined) continue;
    where.push(`a.seq IN (SELECT an.seq FROM article_names an JOIN names n ON n.id = an.name_id WHERE n.kind = '${kind}' AND n.tsv @@ ${c.namePhrase(name)}${RANGE})`);
  }
  if (q.source !== undefined) where.push(`lower(a.source) = lower(${bind(q.source)})`);
  if (q.language !== undefined) where.push(`a.language = ${bind(q.language)}`);
  if (q.from !== undefined) where.push(`a.day >= ${bind(q.from)}`);
  if (q.to !== undefined) where.push(`a.day <= ${bind(q.to)}`);
}
