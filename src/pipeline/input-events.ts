/**
 * What reading inputs yields, one value at a time: an article, or a problem
 * naming the file (and line or record). Readers are generators, so the
 * caller stores each article before the next record is read and prints each
 * problem as it happens.
 */
import type { RawArticle } from '../core/types.js';
import type { InputProblem } from '../core/result.js';

export type InputEvent =
  | { readonly kind: 'article'; readonly article: RawArticle }
  | { readonly kind: 'problem'; readonly problem: InputProblem };
