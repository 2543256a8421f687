/**
 * A queue job's article made ready to store: cleaned (with the learned
 * template lines of its chunk), analysed, and with its clustering vector,
 * which depends on the article alone, so the sequential assigner need not
 * compute it.
 */
import type { Clock, InputProblem } from '../core/result.js';
import type { RawArticle } from '../core/types.js';
import { clean } from '../stages/clean/index.js';
import { TEMPLATE_DEFAULTS, outletOf, templateMatcher, type TemplateState } from '../stages/clean/template-lines.js';
import { analyze } from '../stages/analyze/index.js';
import { CLUSTER_DEFAULTS } from '../stages/cluster/cluster-params.js';
import { docFeatures } from '../stages/cluster/doc-terms.js';
import type { PgStore } from '../storage/postgres/pg-store.js';
import { encodeFeatures, paramsKey } from '../storage/postgres/pg-queue-features.js';
import type { JobOutcome } from '../storage/postgres/pg-queue.js';
import { clusterDoc, problemAt } from './ingest-articles.js';

/**
 * The clusterer's parameters a worker computes term vectors with: those every
 * store is opened with (a state built with others is refused when opened).
 * The assigner checks the key staged with each vector and recomputes a
 * vector made with other parameters.
 */
const VECTOR_PARAMS = { ...CLUSTER_DEFAULTS };
const VECTOR_KEY = paramsKey(VECTOR_PARAMS);

/**
 * Clean → (template lines of the job's chunk) → analyse, as createIngester
 * does for one article; then the article's clustering vector, which depends
 * on the article alone, so the sequential assigner need not compute it.
 */
export function prepare(store: PgStore, raw: RawArticle, templates: TemplateState, clock: Clock, out: { articles: JobOutcome['articles'][number][]; duplicates: number; rejected: number }, onProblem?: (p: InputProblem) => void): void {
  const outlet = outletOf(raw);
  const known = outlet !== undefined && (templates.outlets[outlet] ?? 0) >= TEMPLATE_DEFAULTS.minOutletArticles;
  // An outlet with learned lines: cleaned with them first. When none of its lines is one of them, that clean is the
  // plain clean too (the matcher is only asked about the body's lines, and said no to each), so one clean instead of two.
  let matched = false;
  const isTemplate = known ? templateMatcher(templates, outlet) : undefined;
  const withLines = isTemplate
    ? clean(raw, {
        isTemplateLine: (line) => {
          const m = isTemplate(line);
          matched ||= m;
          return m;
        },
      })
    : undefined;
  const base = withLines !== undefined && !matched ? withLines : clean(raw);
  if (base.ok && store.hasArticle(base.value.id)) {
    out.duplicates++;
    return;
  }
  const learns = base.ok && known;
  const relearned = learns ? withLines! : base;
  const cleaned = relearned.ok && base.ok ? { ok: true as const, value: { ...relearned.value, id: base.value.id } } : relearned;
  if (!cleaned.ok) {
    out.rejected++;
    onProblem?.(problemAt(raw, `not ingested: ${cleaned.reason}${cleaned.detail ? ` (${cleaned.detail})` : ''}`));
    store.putRejection({ path: raw.path ?? raw.url ?? '(input)', reason: cleaned.reason, ...(cleaned.detail ? { detail: cleaned.detail } : {}), at: clock.now().toISOString() });
    return;
  }
  const analysis = analyze(cleaned.value);
  const features = encodeFeatures(docFeatures(clusterDoc({ article: cleaned.value, analysis }), VECTOR_PARAMS), VECTOR_KEY);
  out.articles.push({ article: cleaned.value, analysis, features });
}
