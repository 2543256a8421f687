/**
 * A row of the `articles` table as PgStore reads it (the columns it selects)
 * and the stored article it becomes: meta and analysis parsed from their
 * JSON, the story id when the article has one.
 */
import type { ArticleId, StoryId } from '../../core/ids.js';
import type { Analysis, CleanArticle, CleanMeta } from '../../core/types.js';
import type { StoredArticle } from '../store.js';

export interface ArticleRow {
  seq: number;
  id: string;
  title: string;
  text: string;
  meta: string;
  analysis: string;
  story_id: string | null;
}

export const ARTICLE_COLUMNS = 'seq, id, title, text, meta, analysis, story_id';

export function toStored(row: ArticleRow): StoredArticle {
  const article: CleanArticle = { id: row.id as ArticleId, title: row.title, text: row.text, meta: JSON.parse(row.meta) as CleanMeta };
  const base = { article, analysis: JSON.parse(row.analysis) as Analysis, seq: row.seq };
  return row.story_id === null ? base : { ...base, storyId: row.story_id as StoryId };
}
