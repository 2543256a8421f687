/**
 * A bare stored article (its title and text the given text, no analysis
 * findings) placed in a story: what the per-story storage tests need.
 */
import { articleIdFor, asStoryId } from '../../src/core/ids.js';
import type { Analysis, CleanArticle } from '../../src/core/types.js';
import type { Store } from '../../src/storage/store.js';

export function putStoryArticle(store: Store, text: string, story: string): void {
  const id = articleIdFor(text);
  const article: CleanArticle = { id, title: text, text, meta: { publishedFrom: 'none', headings: [], captions: [], credits: [], machineTranslated: false, removed: [] } };
  const analysis: Analysis = { articleId: id, language: 'en', sentences: [], entities: [], quotes: [], figures: [], dates: [] };
  store.putArticle(article, analysis, 'now');
  store.setStory(id, asStoryId(story));
}
