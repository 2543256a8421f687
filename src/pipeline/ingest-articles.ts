/**
 * Ingest: raw articles → cleaned, analysed, stored and assigned to stories.
 * The one place where the stages meet storage for writing.
 */
import type { InputProblem, Clock } from '../core/result.js';
import type { RawArticle } from '../core/types.js';
import { clean } from '../stages/clean/index.js';
import { bodyLines } from '../stages/clean/normalize-text.js';
import { TEMPLATE_DEFAULTS, outletOf, templateMatcher, type TemplateState } from '../stages/clean/template-lines.js';
import { TemplateJournal } from './template-journal.js';
import { analyze } from '../stages/analyze/index.js';
import { planAssignment, type ClusterDoc, type ClusterStore } from '../stages/cluster/index.js';
import { ClusterParamsChanged, type OtherClusterParams, type Store, type StoredArticle } from '../storage/store.js';
import { asStoryId } from '../core/ids.js';

export { TEMPLATE_STATE } from './template-journal.js';

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

export function clusterDoc(s: Pick<StoredArticle, 'article' | 'analysis'>): ClusterDoc {
  const { article, analysis } = s;
  return {
    id: article.id,
    title: article.title,
    text: article.text,
    ...(article.meta.published ? { published: article.meta.published } : {}),
    entities: analysis.entities.map((e) => e.name),
  };
}

/**
 * Assigns one article and records its story (and the articles a merge moved)
 * on the stored articles, in the caller's transaction.
 */
export function assignStored(store: Store, cluster: ClusterStore, doc: ClusterDoc): void {
  const plan = planAssignment(cluster, doc);
  if (plan === undefined) return;
  cluster.apply(plan);
  store.setStory(doc.id, asStoryId(plan.storyId));
  for (const ev of plan.events) if (ev.kind === 'merged') for (const id of ev.articleIds) store.setStory(id, ev.into);
}

/** Stored articles re-clustered per transaction when the clusterer's tables are behind. */
export const RECLUSTER_PAGE = 1_000;

export interface ReclusterOptions {
  /** Articles per committed page (RECLUSTER_PAGE). */
  readonly page?: number;
  /** 'refuse': a state built with other parameters throws ClusterParamsChanged instead of being rebuilt (Store.clusterStore). */
  readonly otherParams?: OtherClusterParams;
  readonly onPage?: (seen: number, total: number) => void;
}

/**
 * The clusterer's tables, brought level with the stored articles. A database
 * from before the tables (state kept as a JSON blob in stage_state, which is
 * then ignored) or whose state was built with other parameters has stored
 * articles the tables have not seen: they are re-clustered in stream order,
 * once, rather than converting the blob, so the result is exactly what a run
 * with the tables from the start gives.
 *
 * Pages of RECLUSTER_PAGE articles, each committed: memory stays bounded by a
 * page (a 98k-article database read whole took 2.85 GB), and a run stopped
 * midway resumes where it was, since the committed assignments are a prefix
 * of the stream and the tables then match the parameters. `onPage` hears the
 * articles the tables have seen after each committed page, and the total.
 */
export function openCluster(store: Store, opts: ReclusterOptions = {}): ClusterStore {
  const size = Math.max(1, opts.page ?? RECLUSTER_PAGE);
  const cluster = store.clusterStore(undefined, opts.otherParams);
  const total = store.countArticles();
  if (cluster.docCount() >= total) return cluster;
  if (opts.otherParams === 'refuse') throw new ClusterParamsChanged(`the clusterer has seen ${cluster.docCount()} of the ${total} stored articles`);
  for (let seq = 0; ; ) {
    const page = store.articlesAfter(seq, size);
    if (page.length === 0) break;
    seq = page[page.length - 1]!.seq;
    const todo = page.filter((s) => cluster.storyOfArticle(s.article.id) === undefined);
    if (todo.length === 0) continue;
    store.transaction(() => {
      for (const s of todo) assignStored(store, cluster, clusterDoc(s));
    });
    opts.onPage?.(cluster.docCount(), total);
  }
  return cluster;
}

export function loadTemplates(store: Store): TemplateState {
  return TemplateJournal.load(store).state;
}

/**
 * Learns each outlet's template lines from a chunk's new articles first,
 * so the whole chunk (and every later one) is cleaned with them.
 */
function learnTemplates(raws: readonly RawArticle[], store: Store, templates: TemplateJournal): (ReturnType<typeof clean> | undefined)[] {
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
    templates.observe(outlet, bodyLines(raw.body));
  });
  return first;
}

/** Where a problem with an article is: a JSONL record's `file#L9` becomes file and line. */
export function problemAt(raw: RawArticle, message: string): InputProblem {
  const path = raw.path ?? raw.url ?? '(input)';
  const m = /^(.*)#L(\d+)$/.exec(path);
  return m ? { path: m[1]!, line: Number(m[2]), message } : { path, message };
}

/** Problems kept whole in a report; later ones are counted through one shared placeholder. */
export const PROBLEMS_KEPT = 10_000;
const NOT_KEPT: InputProblem = Object.freeze({ path: '(not kept)', message: `problem not kept (over ${PROBLEMS_KEPT} in one run)` });

/**
 * Adds a problem to a report's list: a billion-line file of bad records
 * would otherwise fill memory with them. Lengths stay exact (counts and
 * exit codes read them), beyond the first PROBLEMS_KEPT at 8 bytes each.
 */
export function keepProblem(list: InputProblem[], p: InputProblem): void {
  list.push(list.length < PROBLEMS_KEPT ? p : NOT_KEPT);
}

/** Articles learned from and cleaned together when streaming: bounds memory, keeps template learning. */
export const INGEST_CHUNK = 500;

export interface Ingester {
  /** Queues one article; a full chunk is processed (and stored) at once. */
  add(raw: RawArticle): void;
  /** Processes what is queued, saves the learned templates, and reports the whole run. */
  finish(): IngestReport;
}

export interface StreamIngestContext extends IngestContext {
  /** Articles per chunk (template lines are learned from a chunk before it is cleaned). */
  readonly chunk?: number;
  /** Page size and progress of a re-clustering the opening may need (openCluster). */
  readonly recluster?: ReclusterOptions;
  /** Called as each rejection or problem happens, for printing. */
  readonly onRejected?: (p: InputProblem) => void;
  readonly onProblem?: (p: InputProblem) => void;
}

/**
 * An ingest that takes articles one at a time and stores them in chunks, so
 * a stream of any length is ingested in bounded memory: each chunk's
 * outlets teach their template lines first, then each article is cleaned,
 * analysed, stored and clustered in its own transaction.
 * @example const ing = createIngester({ store, clock }); for (const a of raws) ing.add(a); ing.finish()
 */
export function createIngester(ctx: StreamIngestContext): Ingester {
  const { store, clock } = ctx;
  const chunkSize = Math.max(1, ctx.chunk ?? INGEST_CHUNK);
  let cluster = openCluster(store, ctx.recluster);
  const journal = TemplateJournal.load(store);
  let added = 0;
  let duplicates = 0;
  const rejected: InputProblem[] = [];
  const problems: InputProblem[] = [];
  let queue: RawArticle[] = [];

  const runChunk = (raws: readonly RawArticle[]): void => {
    const first = learnTemplates(raws, store, journal);
    const templates = journal.state;
    for (const [index, raw] of raws.entries()) {
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
        const relearned = learns ? clean(raw, { isTemplateLine: templateMatcher(templates, outlet) }) : base;
        const cleaned = relearned.ok && base.ok ? { ok: true as const, value: { ...relearned.value, id: base.value.id } } : relearned;
        if (!cleaned.ok) {
          const p = problemAt(raw, `not ingested: ${cleaned.reason}${cleaned.detail ? ` (${cleaned.detail})` : ''}`);
          keepProblem(rejected, p);
          ctx.onRejected?.(p);
          store.putRejection({ path: raw.path ?? raw.url ?? '(input)', reason: cleaned.reason, ...(cleaned.detail ? { detail: cleaned.detail } : {}), at: clock.now().toISOString() });
          continue;
        }
        const article = cleaned.value;
        if (store.hasArticle(article.id)) {
          duplicates++;
          continue;
        }
        const analysis = analyze(article);
        try {
          // The article, its story and the clusterer's state commit together.
          store.transaction(() => {
            store.putArticle(article, analysis, clock.now().toISOString());
            assignStored(store, cluster, clusterDoc({ article, analysis }));
          });
        } catch (err) {
          // The clusterer's memory may be ahead of the rolled-back tables: reload it.
          cluster = store.clusterStore();
          throw err;
        }
        added++;
      } catch (err) {
        const p = problemAt(raw, `internal error while ingesting: ${err instanceof Error ? err.message : String(err)}`);
        keepProblem(problems, p);
        ctx.onProblem?.(p);
      } finally {
        ctx.onArticle?.();
      }
    }
  };

  return {
    add(raw) {
      queue.push(raw);
      if (queue.length >= chunkSize) {
        const raws = queue;
        queue = [];
        runChunk(raws);
      }
    },
    finish() {
      if (queue.length > 0) runChunk(queue);
      queue = [];
      store.transaction(() => {
        journal.save();
      });
      return { added, duplicates, rejected, problems };
    },
  };
}

/**
 * Cleans, analyses, stores and clusters each raw article, in order. A data
 * outcome (too short, empty, duplicate) is counted, not thrown; an unexpected
 * failure on one article is reported against its path and the batch goes on.
 * The whole array is one chunk: every outlet's template lines are learned
 * from all of it first.
 * @example ingestArticles(raws, { store, clock: systemClock })
 */
export function ingestArticles(raws: readonly RawArticle[], ctx: IngestContext): IngestReport {
  // The writer turn: another process ingesting into the same file waits for this one.
  const release = ctx.store.lockWriters();
  try {
    const ing = createIngester({ ...ctx, chunk: Math.max(1, raws.length) });
    for (const raw of raws) ing.add(raw);
    return ing.finish();
  } finally {
    release();
  }
}
