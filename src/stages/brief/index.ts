/**
 * The brief stage: renders a `StoryBrief` (built by `compare`) as Markdown,
 * a self-contained HTML page, or JSON.
 * @example
 * import { renderMarkdown } from './stages/brief/index.js';
 * process.stdout.write(renderMarkdown(brief));
 */
export { renderMarkdown } from './render-markdown.js';
export type { MarkdownOptions } from './render-markdown.js';
export { renderHtml, renderHtmlReport } from './render-html.js';
export type { HtmlOptions } from './render-html.js';
export { renderJson } from './render-json.js';
export { escapeHtml, escapeMarkdown } from './escape.js';
export { toBriefJson } from './render-json.js';
export { expandBriefJson, parseBriefJson } from './expand-json.js';
export { BriefJson, BRIEF_JSON_FORMAT } from './json-schema.js';
export type { BriefJsonT } from './json-schema.js';
