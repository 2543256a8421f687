/**
 * Story summaries from PostgreSQL's `story_index` and `story_facets` (kept by
 * the trigger in pg-story-index-schema.ts): a page of stories reads one
 * summary row and a few facet rows per story shown, never the articles. The
 * same queries as the SQLite backend's story-index.ts, with numbered parameters.
 */
import type { PgConnection, Param } from './pg-connection.js';
import type { StoryId } from '../../core/ids.js';
import type { StoryPage, StoryQuery, StorySummary } from '../service-types.js';

interface IndexRow {
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

interface FacetRow {
  story_id: string;
  kind: string;
  value: string;
  n: number;
}

const COLUMNS = 'id, size, sources, title, first_seq, first_published, last_published, created_seq, updated_seq, updated_at';

export class PgStoryIndex {
  constructor(private readonly db: PgConnection) {}

  /** One page, in the query's order, after `query.after` (a previous page's `next`). */
  page(query: StoryQuery): StoryPage {
    const where: string[] = [];
    const params: Param[] = [];
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
    const text = `SELECT ${COLUMNS} FROM story_index${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ?`;
    // One row more than asked tells whether another page follows.
    const rows = this.db.query<IndexRow>(numbered(text), [...params, query.limit + 1]);
    const shown = rows.slice(0, query.limit);
    const stories = this.withFacets(shown);
    const last = shown[shown.length - 1];
    if (rows.length <= query.limit || last === undefined) return { stories };
    return { stories, next: query.sort === 'size' ? [last.size, last.first_seq] : [last.updated_seq] };
  }

  get(id: StoryId): StorySummary | undefined {
    const row = this.db.one<IndexRow>(`SELECT ${COLUMNS} FROM story_index WHERE id = $1`, [id]);
    return row === undefined ? undefined : this.withFacets([row])[0];
  }

  /** Stories changed after the counter value `seq`, oldest change first. */
  changedSince(seq: number, limit: number): StorySummary[] {
    const rows = this.db.query<IndexRow>(`SELECT ${COLUMNS} FROM story_index WHERE updated_seq > $1 ORDER BY updated_seq LIMIT $2`, [seq, limit]);
    return this.withFacets(rows);
  }

  /** The change counter's current value: 0 before any change. */
  lastSeq(): number {
    return this.db.one<{ n: number }>('SELECT value AS n FROM story_counter')?.n ?? 0;
  }

  count(): number {
    return this.db.one<{ n: number }>('SELECT count(*)::int AS n FROM story_index')?.n ?? 0;
  }

  private withFacets(rows: readonly IndexRow[]): StorySummary[] {
    if (rows.length === 0) return [];
    // One array parameter, so the statement text (and its prepared plan) is the same for any page size.
    const facets = this.db.query<FacetRow>('SELECT story_id, kind, value, n FROM story_facets WHERE story_id = ANY($1::text[]) ORDER BY n DESC, value COLLATE "C"', [
      `{${rows.map((r) => `"${r.id.replace(/["\\]/g, '\\$&')}"`).join(',')}}`,
    ]);
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
}

/** SQLite-style `?` placeholders numbered for PostgreSQL (the texts here hold no literal question marks). */
function numbered(text: string): string {
  let i = 0;
  return text.replace(/\?/g, () => `$${++i}`);
}
