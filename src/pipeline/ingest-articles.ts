/**
 * Ingest: raw articles → cleaned, analysed, stored and assigned to stories.
 * The one place where the stages meet storage for writing.
 */
import type { InputProblem, Clock } from '../core/result.js';
import type { RawArticle } from '../core/types.js';
import { clean } from '../stages/clean/index.js';
import { bodyLines } from '../stages/clean/normalize-text.js';
import { TEMPLATE_DEFAULTS, createTemplateState, loadTemplateState, observeTemplateLines, outletOf, serializeTemplateState, templateMatcher, type TemplateState } from '../stages/clean/template-lines.js';
import { analyze } from '../stages/analyze/index.js';
import { assignArticle, createClusterState, loadClusterState, serializeClusterState, type ClusterState } from '../stages/cluster/index.js';
import type { Store } from '../storage/store.js';
import type { ArticleId, StoryId } from '../core/ids.js';

const CLUSTER_STATE = 'cluster';
const TEMPLATE_STATE = 'outlet-template-lines';

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

function loadTemplates(store: Store): TemplateState {
  const json = store.loadState(TEMPLATE_STATE);
  return json === undefined ? createTemplateState() : loadTemplateState(json);
}

/**
 * Learns each outlet's template lines from the batch's new articles first,
 * so the whole batch (and every later one) is cleaned with them.
 */
function learnTemplates(raws: readonly RawArticle[], store: Store): { templates: TemplateState; first: ReturnType<typeof clean>[] } {
  let templates = loadTemplates(store);
  const seen = new Set<string>();
  const first = raws.map((raw) => {
    try {
      return clean(raw);
    } catch {
      return undefined;
    }
  });
  raws.forEach((raw, i) => {
    const c = first[i];
    const outlet = outletOf(raw);
    if (!c?.ok || outlet === undefined || seen.has(c.value.id) || store.hasArticle(c.value.id)) return;
    seen.add(c.value.id);
    templates = observeTemplateLines(templates, outlet, bodyLines(raw.body));
  });
  return { templates, first: first as ReturnType<typeof clean>[] };
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
  const { templates, first } = learnTemplates(raws, store);

  for (const [index, raw] of raws.entries()) {
    const path = raw.path ?? raw.url ?? '(input)';
    try {
      const base = first[index] ?? clean(raw);
      // The id comes from the text before learned lines are removed, so it
      // does not change as an outlet's template is learned: ingesting the
      // same page again is still a duplicate.
      if (base.ok && store.hasArticle(base.value.id)) {
        duplicates++;
        continue;
      }
      const outlet = outletOf(raw);
      // Cleaned a second time only when the outlet has taught something.
      const learns = base.ok && outlet !== undefined && (templates.outlets[outlet] ?? 0) >= TEMPLATE_DEFAULTS.minOutletArticles;
      const learned = learns ? clean(raw, { isTemplateLine: templateMatcher(templates, outlet) }) : base;
      const cleaned = learned.ok && base.ok ? { ok: true as const, value: { ...learned.value, id: base.value.id } } : learned;
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
    store.saveState(TEMPLATE_STATE, serializeTemplateState(templates));
  });
  return { added, duplicates, rejected, problems };
}
