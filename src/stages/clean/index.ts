/** The clean stage: scraped body → cleaned text plus metadata. */
export { clean, CLEAN_DEFAULTS } from './clean.js';
export type { CleanOptions, CleanFailure } from './clean.js';
export { BOILERPLATE_PATTERNS, matchBoilerplate } from './patterns.js';
export type { BoilerplatePattern } from './patterns.js';
