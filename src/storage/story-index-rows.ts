/**
 * What both backends share of the story index: its row shapes, the query of
 * one page of stories (written with `?` placeholders; PostgreSQL numbers
 * them), and the summaries built from index and facet rows. Each backend
 * runs the statements its own way (prepared statements in SQLite, one array
 * parameter for the facets in PostgreSQL).
 */
import type { StoryId } from '../core/ids.js';
import type { StoryPage, StoryQuery, StorySummary } from './service-types.js';

export interface IndexRow {
  id: string;
  size: number;
  sources: number;
  title: string;
  first_seq: number;
  first_published: string | null;
  last_published: string | null;
  created_seq: number;
  updated_seq: number;
  updated_at: string;
}

export interface FacetRow {
  story_id: string;
  kind: string;
  value: string;
  n: number;
}

export const STORY_COLUMNS = 'id, size, sources, title, first_seq, first_published, last_published, created_seq, updated_seq, updated_at';

/** The statement of one page in the query's order, after `query.after`; it asks one row more than the page, which tells whether another page follows. */
export function storyPageStatement(query: StoryQuery): { text: string; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (query.source !== undefined) {
    where.push("id IN (SELECT story_id FROM story_facets WHERE kind = 'source' AND value = ?)");
    params.push(query.source);
  }
  if (query.language !== undefined) {
    where.push("id IN (SELECT story_id FROM story_facets WHERE kind = 'language' AND value = ?)");
    params.push(query.language);
  }
  // A story overlaps [from, to] when it ends on or after `from` and begins on or before `to`.
  if (query.from !== undefined) {
    where.push('substr(last_published, 1, 10) >= ?');
    params.push(query.from);
  }
  if (query.to !== undefined) {
    where.push('substr(first_published, 1, 10) <= ?');
    params.push(query.to);
  }
  if (query.minSources !== undefined) {
    where.push('sources >= ?');
    params.push(query.minSources);
  }
  const after = query.after;
  let order: string;
  if (query.sort === 'size') {
    order = 'size DESC, first_seq ASC';
    if (after !== undefined) {
      where.push('(size < ? OR (size = ? AND first_seq > ?))');
      params.push(after[0] ?? 0, after[0] ?? 0, after[1] ?? 0);
    }
  } else {
    order = 'updated_seq DESC';
    if (after !== undefined) {
      where.push('updated_seq < ?');
      params.push(after[0] ?? 0);
    }
  }
  const text = `SELECT ${STORY_COLUMNS} FROM story_index${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ?`;
  return { text, params: [...params, query.limit + 1] };
}

/** The page from the rows `storyPageStatement` read (one more than the page when another follows). */
export function storyPageOf(rows: readonly IndexRow[], query: StoryQuery, withFacets: (rows: readonly IndexRow[]) => StorySummary[]): StoryPage {
  const shown = rows.slice(0, query.limit);
  const stories = withFacets(shown);
  const last = shown[shown.length - 1];
  if (rows.length <= query.limit || last === undefined) return { stories };
  return { stories, next: query.sort === 'size' ? [last.size, last.first_seq] : [last.updated_seq] };
}

/** Summaries of index rows, with their facet rows (most articles first). */
export function summariesOf(rows: readonly IndexRow[], facets: readonly FacetRow[]): StorySummary[] {
  const byStory = new Map<string, FacetRow[]>();
  for (const f of facets) {
    const list = byStory.get(f.story_id) ?? [];
    list.push(f);
    byStory.set(f.story_id, list);
  }
  return rows.map((r) => {
    const fs = byStory.get(r.id) ?? [];
    return {
      id: r.id as StoryId,
      title: r.title,
      articles: r.size,
      sourceCount: r.sources,
      sources: fs.filter((f) => f.kind === 'source').map((f) => ({ name: f.value, articles: f.n })),
      languages: fs.filter((f) => f.kind === 'language').map((f) => f.value),
      ...(r.first_published !== null ? { firstPublished: r.first_published } : {}),
      ...(r.last_published !== null ? { lastPublished: r.last_published } : {}),
      createdSeq: r.created_seq,
      updatedSeq: r.updated_seq,
      updatedAt: r.updated_at,
    };
  });
}
