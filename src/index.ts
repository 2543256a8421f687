/**
 * Parallax's public API: the pipeline entry points, the stages as pure
 * functions, the storage factory and the data model.
 * @example
 * import { createStore, readInputs, ingestArticles, buildAllBriefs, renderMarkdown, systemClock } from 'parallax';
 * const store = createStore({ type: 'memory' });
 * ingestArticles(readInputs(['articles/']).articles, { store, clock: systemClock });
 * for (const brief of buildAllBriefs(store)) console.log(renderMarkdown(brief));
 */
export type * from './core/types.js';
export type * from './core/brief.js';
export { articleIdFor, storyIdFor, type ArticleId, type StoryId } from './core/ids.js';
export { systemClock, formatProblem, type Clock, type InputProblem, type Result } from './core/result.js';
export { parseInput } from './stages/ingest/parse-input.js';
export { clean } from './stages/clean/index.js';
export { analyze } from './stages/analyze/index.js';
export { findReuse } from './stages/dedupe/passages.js';
export { compareStory } from './stages/compare/index.js';
export { renderHtml, renderJson, renderMarkdown, parseBriefJson, toBriefJson, BriefJson, type BriefJsonT } from './stages/brief/index.js';
export { readInputs } from './pipeline/read-inputs.js';
export { ingestArticles, type IngestReport } from './pipeline/ingest-articles.js';
export { buildAllBriefs, buildBrief } from './pipeline/build-briefs.js';
export { createStore } from './storage/create-store.js';
export type { Store, StoreConfig } from './storage/store.js';
