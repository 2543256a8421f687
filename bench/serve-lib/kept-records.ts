/**
 * Shared-text records (src/stages/provenance/kept-reuse.ts) put into a
 * bench database the way the running service leaves them: the service keeps
 * one for each large story it briefs (in the background, as stories change),
 * so a story asked for after it gained an article finds the record of its
 * previous version.
 *   --fresh-kept grown: each fresh story's record as of before its newest article arrived
 *   --fresh-kept whole: of the story as it is (a brief lost from the cache, e.g. after a restart)
 * Run alone, it keeps a record for every story of at least 60 articles and
 * prints the database's size per article (the service's steady state):
 *   node --import tsx bench/serve-lib/kept-records.ts FILE.db
 */
import type { StoryId } from '../../src/core/ids.js';
import { HELPER_MIN_ARTICLES } from '../../src/pipeline/brief-helper.js';
import { keepSharedText } from '../../src/pipeline/build-briefs.js';
import { createStore } from '../../src/storage/create-store.js';
import type { Store } from '../../src/storage/store.js';
import { formatDbSize, measureDb } from './db-size.js';

export type KeptMode = 'grown' | 'whole';

/** Keeps the story's record (without its newest article for 'grown'); returns the record's bytes, 0 for a small story. */
export function keepRecord(store: Store, id: StoryId, mode: KeptMode): number {
  // Articles come in arrival order (seq): 'grown' leaves out the last to arrive.
  if (!keepSharedText(store, id, mode === 'grown' ? 1 : 0)) return 0;
  return store.sharedTextStore().get(id)?.length ?? 0;
}

/** Records for `stories` in the database `file`: one line saying what was kept. */
export function keepRecords(file: string, stories: readonly { id: string; size: number }[], mode: KeptMode): string {
  const store = createStore({ type: 'sqlite', file });
  try {
    const sizes = stories.map((s) => `${s.size} articles: ${(keepRecord(store, s.id as StoryId, mode) / 1024).toFixed(0)} KB`);
    return `shared-text records kept (${mode === 'grown' ? 'each story as before its newest article arrived' : 'each story as it is'}): ${sizes.join(', ')}\n`;
  } finally {
    store.close();
  }
}

if (import.meta.filename === process.argv[1]) {
  const file = process.argv[2]!;
  const store = createStore({ type: 'sqlite', file });
  const large = store.listStories().filter((s) => s.articleIds.length >= HELPER_MIN_ARTICLES);
  let bytes = 0;
  let articles = 0;
  const t0 = performance.now();
  for (const s of large) {
    bytes += keepRecord(store, s.id, 'whole');
    articles += s.articleIds.length;
  }
  store.close();
  process.stdout.write(`records kept for ${large.length} stories of ${HELPER_MIN_ARTICLES}+ articles (${articles} articles) in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${(bytes / 1024 / 1024).toFixed(1)} MB, ${(bytes / Math.max(1, articles) / 1024).toFixed(2)} KB per article of those stories\n`);
  process.stdout.write(formatDbSize(measureDb(file)));
}
