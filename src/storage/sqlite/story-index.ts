/**
 * Story summaries from the `story_index` and `story_facets` tables (kept by
 * the triggers of migration 5): a page of stories reads one summary row and
 * a few facet rows per story shown, never the articles.
 */
import type Database from 'better-sqlite3';
import { prepared } from './statements.js';
import type { StoryId } from '../../core/ids.js';
import type { StoryPage, StoryQuery, StorySummary } from '../service-types.js';
import { STORY_COLUMNS, storyPageOf, storyPageStatement, summariesOf, type FacetRow, type IndexRow } from '../story-index-rows.js';

export class SqliteStoryIndex {

  constructor(private readonly db: Database.Database) {}

  private sql(text: string): Database.Statement {
    return prepared(this.db, text);
  }

  /** One page, in the query's order, after `query.after` (a previous page's `next`). */
  page(query: StoryQuery): StoryPage {
    const { text, params } = storyPageStatement(query);
    return storyPageOf(this.sql(text).all(...params) as IndexRow[], query, (rows) => this.withFacets(rows));
  }

  get(id: StoryId): StorySummary | undefined {
    const row = this.sql(`SELECT ${STORY_COLUMNS} FROM story_index WHERE id = ?`).get(id) as IndexRow | undefined;
    return row === undefined ? undefined : this.withFacets([row])[0];
  }

  /** Stories changed after the counter value `seq`, oldest change first. */
  changedSince(seq: number, limit: number): StorySummary[] {
    const rows = this.sql(`SELECT ${STORY_COLUMNS} FROM story_index WHERE updated_seq > ? ORDER BY updated_seq LIMIT ?`).all(seq, limit) as IndexRow[];
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
    return summariesOf(rows, facets);
  }
}
