/**
 * Ingest: raw articles → cleaned, analysed, stored and assigned to stories.
 * The one place where the stages meet storage for writing.
 */
import type { InputProblem, Clock } from '../core/result.js';
import type { RawArticle } from '../core/types.js';
import { clean } from '../stages/clean/index.js';
import { analyze } from '../stages/analyze/index.js';
import { assignArticle, createClusterState, loadClusterState, serializeClusterState, type ClusterState } from '../stages/cluster/index.js';
import type { Store } from '../storage/store.js';
import type { ArticleId, StoryId } from '../core/ids.js';

const CLUSTER_STATE = 'cluster';

export interface IngestReport {
  readonly added: number;
  /** Articles already stored (same normalised text): ingesting twice changes nothing. */
  readonly duplicates: number;
  /** Inputs that were read but are not articles, with the reason. */
  readonly rejected: readonly InputProblem[];
  /** Inputs that could not be read or parsed. */
  readonly problems: readonly InputProblem[];
}

export interface IngestContext {
  readonly store: Store;
  readonly clock: Clock;
  readonly onArticle?: () => void;
}

function loadCluster(store: Store): ClusterState {
  const json = store.loadState(CLUSTER_STATE);
  return json === undefined ? createClusterState() : loadClusterState(json);
}

/**
 * Cleans, analyses, stores and clusters each raw article, in order. A data
 * outcome (too short, empty, duplicate) is counted, not thrown; an unexpected
 * failure on one article is reported against its path and the batch goes on.
 * @example ingestArticles(raws, { store, clock: systemClock })
 */
export function ingestArticles(raws: readonly RawArticle[], ctx: IngestContext): IngestReport {
  const { store, clock } = ctx;
  let state = loadCluster(store);
  let added = 0;
  let duplicates = 0;
  const rejected: InputProblem[] = [];
  const problems: InputProblem[] = [];
  const moved = new Map<ArticleId, StoryId>();

  for (const raw of raws) {
    const path = raw.path ?? raw.url ?? '(input)';
    try {
      const cleaned = clean(raw);
      if (!cleaned.ok) {
        const message = `not ingested: ${cleaned.reason}${cleaned.detail ? ` (${cleaned.detail})` : ''}`;
        rejected.push({ path, message });
        store.putRejection({ path, reason: cleaned.reason, ...(cleaned.detail ? { detail: cleaned.detail } : {}), at: clock.now().toISOString() });
        continue;
      }
      const article = cleaned.value;
      if (store.hasArticle(article.id)) {
        duplicates++;
        continue;
      }
      const analysis = analyze(article);
      const result = assignArticle(state, {
        id: article.id,
        title: article.title,
        text: article.text,
        ...(article.meta.published ? { published: article.meta.published } : {}),
        entities: analysis.entities.map((e) => e.name),
      });
      state = result.state;
      store.transaction(() => {
        store.putArticle(article, analysis, clock.now().toISOString());
        store.setStory(article.id, result.storyId);
        for (const ev of result.events) {
          if (ev.kind === 'merged') for (const id of ev.articleIds) moved.set(id, ev.into);
        }
      });
      added++;
    } catch (err) {
      problems.push({ path, message: `internal error while ingesting: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      ctx.onArticle?.();
    }
  }
  store.transaction(() => {
    for (const [id, storyId] of moved) store.setStory(id, storyId);
    store.saveState(CLUSTER_STATE, serializeClusterState(state));
  });
  return { added, duplicates, rejected, problems };
}
