import type { StoryId } from '../../core/ids.js';
import type { Analysis, CleanArticle, DateMention, Reuse } from '../../core/types.js';
import type { Provenance, ProvenanceLink } from '../provenance/index.js';

/** One article of a story as the compare stage receives it. */
export interface StoryMember {
  readonly article: CleanArticle;
  readonly analysis: Analysis;
  /** A publication date inferred from the story when the article states none. */
  readonly publishedInferred?: string;
  /**
   * Dates in photo captions. Captions are metadata, not body text, so these
   * cite the article but no span of its text.
   */
  readonly captionDates?: readonly { readonly caption: string; readonly dates: readonly DateMention[] }[];
}

/** Everything `compareStory` needs: the members in stream order and their reuse. */
export interface StoryInput {
  readonly id: StoryId;
  readonly members: readonly StoryMember[];
  /** Every pair found to share text (the claims check cited words against them). */
  readonly reuse: readonly Reuse[];
  /** Lineages and the links worth showing; without it every article is its own lineage. */
  readonly provenance?: Provenance & { readonly allLinks?: readonly ProvenanceLink[] };
}

/** Tunables of the compare stage. Defaults chosen on the seed story; see docs/DESIGN.md. */
export interface CompareOptions {
  /** Two quotes of one speaker are one remark at this weighted Dice or above. */
  readonly quoteVariantDice: number;
  /** …or when this share of the shorter quote's words is in the longer one. */
  readonly quoteVariantContainment: number;
  /** Two sentences from different sources state the same thing at this Dice or above. */
  readonly agreeDice: number;
  /** Most agreed points and single-source points listed. */
  readonly maxAgreed: number;
  readonly maxSingle: number;
}

export const COMPARE_DEFAULTS: CompareOptions = Object.freeze({
  // 0.45: "I don't accept anybody's red lines" vs "…anyone's red line" scores ~0.6;
  // two different remarks of one speaker on one topic rarely pass 0.3.
  quoteVariantDice: 0.45,
  quoteVariantContainment: 0.7,
  // 0.42: translated paraphrases of one sentence score 0.45–0.8 on the seed story;
  // sentences merely on the same topic stay under 0.35.
  agreeDice: 0.5,
  maxAgreed: 15,
  maxSingle: 12,
});
