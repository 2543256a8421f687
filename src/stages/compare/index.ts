export { compareStory, prepareCompare, type CompareRules, type Offload, type PreparedCompare } from './compare-story.js';
export { runQuoteJob, type QuoteJob } from './quote-job.js';
export { COMPARE_DEFAULTS, type CompareOptions, type StoryInput, type StoryMember } from './story-input.js';
