/**
 * Story summaries from PostgreSQL's `story_index` and `story_facets` (kept by
 * the trigger in pg-story-index-schema.ts): a page of stories reads one
 * summary row and a few facet rows per story shown, never the articles. The
 * same queries as the SQLite backend's story-index.ts, with numbered parameters.
 */
import type { PgConnection } from './pg-connection.js';
import type { StoryId } from '../../core/ids.js';
import type { StoryPage, StoryQuery, StorySummary } from '../service-types.js';
import { STORY_COLUMNS, storyPageOf, storyPageStatement, summariesOf, type FacetRow, type IndexRow } from '../story-index-rows.js';

export class PgStoryIndex {
  constructor(private readonly db: PgConnection) {}

  /** One page, in the query's order, after `query.after` (a previous page's `next`). */
  page(query: StoryQuery): StoryPage {
    const { text, params } = storyPageStatement(query);
    return storyPageOf(this.db.query<IndexRow>(numbered(text), params), query, (rows) => this.withFacets(rows));
  }

  get(id: StoryId): StorySummary | undefined {
    const row = this.db.one<IndexRow>(`SELECT ${STORY_COLUMNS} FROM story_index WHERE id = $1`, [id]);
    return row === undefined ? undefined : this.withFacets([row])[0];
  }

  /** Stories changed after the counter value `seq`, oldest change first. */
  changedSince(seq: number, limit: number): StorySummary[] {
    const rows = this.db.query<IndexRow>(`SELECT ${STORY_COLUMNS} FROM story_index WHERE updated_seq > $1 ORDER BY updated_seq LIMIT $2`, [seq, limit]);
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
    return summariesOf(rows, facets);
  }
}

/** SQLite-style `?` placeholders numbered for PostgreSQL (the texts here hold no literal question marks). */
function numbered(text: string): string {
  let i = 0;
  return text.replace(/\?/g, () => `$${++i}`);
}
