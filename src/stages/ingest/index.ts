/** The ingest stage: one input file's bytes → RawArticles and InputProblems. */
export { parseInput, inputKindOf, INGEST_DEFAULTS } from './parse-input.js';
export type { IngestOptions, InputKind, ParsedInput } from './parse-input.js';
export { htmlToParagraphs } from './html-to-text.js';
