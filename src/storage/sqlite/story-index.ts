/**
 * Story summaries from the `story_index` and `story_facets` tables (kept by
 * the triggers of migration 5): a page of stories reads one summary row and
 * a few facet rows per story shown, never the articles.
 */
import type Database from 'better-sqlite3';
import { prepared } from './statements.js';
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

export class SqliteStoryIndex {

  constructor(private readonly db: Database.Database) {}

  private sql(text: string): Database.Statement {
    return prepared(this.db, text);
  }

  /** One page, in the query's order, after `query.after` (a previous page's `next`). */
  page(query: StoryQuery): StoryPage {
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
    const text = `SELECT ${COLUMNS} FROM story_index${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ?`;
    // One row more than asked tells whether another page follows.
    const rows = this.sql(text).all(...params, query.limit + 1) as IndexRow[];
    const shown = rows.slice(0, query.limit);
    const stories = this.withFacets(shown);
    const last = shown[shown.length - 1];
    if (rows.length <= query.limit || last === undefined) return { stories };
    return { stories, next: query.sort === 'size' ? [last.size, last.first_seq] : [last.updated_seq] };
  }

  get(id: StoryId): StorySummary | undefined {
    const row = this.sql(`SELECT ${COLUMNS} FROM story_index WHERE id = ?`).get(id) as IndexRow | undefined;
    return row === undefined ? undefined : this.withFacets([row])[0];
  }

  /** Stories changed after the counter value `seq`, oldest change first. */
  changedSince(seq: number, limit: number): StorySummary[] {
    const rows = this.sql(`SELECT ${COLUMNS} FROM story_index WHERE updated_seq > ? ORDER BY updated_seq LIMIT ?`).all(seq, limit) as IndexRow[];
    return this.withFacets(rows);
  }

  /** The change counter's current value: 0 before any change. */
  lastSeq(): number {
    return (this.sql('SELECT value AS n FROM story_counter').get() as { n: number }).n;
  }

  count(): number {
    return (this.sql('SELECT COUNT(*) AS n FROM story_index').get() as { n: number }).n;
  }

  private withFacets(rows: readonly IndexRow[]): StorySummary[] {
    if (rows.length === 0) return [];
    const marks = rows.map(() => '?').join(', ');
    const facets = this.sql(`SELECT story_id, kind, value, n FROM story_facets WHERE story_id IN (${marks}) ORDER BY n DESC, value`).all(...rows.map((r) => r.id)) as FacetRow[];
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
