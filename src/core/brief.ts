/**
 * The story brief: what `compare` builds for one story and `brief` renders
 * (Markdown, JSON, HTML). This is also the public JSON schema of
 * `parallax analyze --format json` (documented in docs/JSON-SCHEMA.md): keep it
 * stable, add fields rather than change them.
 */
import type { ArticleId, StoryId } from './ids.js';
import type { DatePrecision, DateResolution, Qualifier, Span } from './types.js';

/** A pointer to the exact words an item comes from. */
export interface Citation extends Span {
  readonly articleId: ArticleId;
}

export interface BriefArticle {
  readonly id: ArticleId;
  /** Short label used in citations: "[1]", "[2]"… by order in the story. */
  readonly ref: number;
  readonly path?: string;
  readonly url?: string;
  readonly source?: string;
  readonly title: string;
  /** `YYYY-MM-DD` (or ISO date-time) as stated; undefined when unknown. */
  readonly published?: string;
  /** 'crawl' when `published` is only the date a crawler fetched the page (WARC), an upper bound. */
  readonly publishedFrom?: 'metadata' | 'text' | 'crawl';
  /** Date inferred from the story when the article states none. */
  readonly publishedInferred?: string;
  readonly language: string;
  readonly machineTranslated: boolean;
  /** Cleaned body text: every citation's offsets point into it. */
  readonly text: string;
  readonly chars: number;
  /** Words of the body: runs between spaces; in Chinese or Japanese script, the words Intl.Segmenter finds. */
  readonly words: number;
  readonly captions: readonly string[];
  readonly credits: readonly string[];
  readonly headings: readonly string[];
}

export interface BriefQuote {
  /** `q_<article>_<start>`: stable within a story. */
  readonly id: string;
  readonly speaker: string;
  readonly role?: string;
  readonly text: string;
  readonly articleId: ArticleId;
  readonly start: number;
  readonly end: number;
  /** Ids of the same remark as rendered by other sources (or the same one). */
  readonly variants: readonly string[];
}

/** The quotes of one speaker, with each remark's variants grouped. */
export interface SpeakerQuotes {
  readonly speaker: string;
  readonly role?: string;
  /** Each group is one remark; its quotes are variants across sources. */
  readonly remarks: readonly (readonly BriefQuote[])[];
}

export interface FigureValue {
  readonly value: number;
  readonly valueMax?: number;
  /** The words as written: "up to 175,000 troops". */
  readonly text: string;
  readonly articleId: ArticleId;
  readonly start: number;
  readonly end: number;
  readonly qualifier?: Qualifier;
  readonly attribution?: string;
}

/**
 * differ: two or more lineages give different values; agree: two or more
 * lineages give one value; single-source: one lineage gives it (several
 * values of one source are a range or an update, not a dispute); series: the
 * value changes with publication time (a toll that rises over the coverage).
 */
export type FigureStatus = 'differ' | 'agree' | 'single-source' | 'series';

/** One quantity the sources give figures for, side by side. */
export interface FigureGroup {
  /** A readable name: "Russian troops". */
  readonly quantity: string;
  /** What is counted, of whom or what, where: "Russian troops near Ukraine's border". */
  readonly subject: string;
  /**
   * When the subject is a unit of measure alone ("miles"): the words that lead up to the figures in their clause
   * ("the missile flew …", or "… wanted to vote for him" from the words after), for the group's heading.
   */
  readonly leadIn?: string;
  readonly unit: string;
  readonly values: readonly FigureValue[];
  /** True when independent sources give different values for it (status 'differ'). */
  readonly disagreement: boolean;
  readonly status: FigureStatus;
}

/** How one article's text relates to another's; see `ReuseKind` in stages/provenance. */
export type BriefReuseKind = 'verbatim' | 'edited' | 'translation' | 'common-source' | 'shared';

export interface BriefReuse {
  readonly a: ArticleId;
  readonly b: ArticleId;
  /** The article the text comes from, or null when the direction is unknown. */
  readonly from: ArticleId | null;
  readonly to: ArticleId | null;
  readonly kind: BriefReuseKind;
  /** What the direction rests on ("machine-translation flag", "published earlier"). */
  readonly evidence: string;
  readonly coverageA: number;
  readonly coverageB: number;
  readonly passages: readonly {
    readonly kind: 'identical' | 'paraphrase';
    readonly score: number;
    readonly a: Citation & { readonly text: string };
    readonly b: Citation & { readonly text: string };
  }[];
}

export interface TimelineEntry {
  /** `YYYY-MM-DD`, or undefined for unresolved expressions. */
  readonly date?: string;
  /** 'month' for "in January" (date = the 1st), 'week', 'year'; absent = a day. */
  readonly precision?: DatePrecision;
  readonly resolved: DateResolution;
  /** The date expression as written ("on Tuesday"). */
  readonly text: string;
  /** The sentence it stands in, for context. */
  readonly context: string;
  readonly articleIds: readonly ArticleId[];
  readonly citations: readonly Citation[];
}

export interface BriefEntity {
  readonly name: string;
  readonly type: 'person' | 'organization' | 'place';
  readonly aliases: readonly string[];
  readonly roles: readonly string[];
  readonly articleIds: readonly ArticleId[];
  readonly mentions: number;
}

export interface SummarySentence {
  readonly text: string;
  /** agreed = two or more sources; single = only one source reports it. */
  readonly kind: 'agreed' | 'single';
  readonly citations: readonly Citation[];
}

/** Articles that derive from one source text: one source, however many copies. */
export interface BriefLineage {
  readonly id: string;
  readonly articleIds: readonly ArticleId[];
  /** The article the others derive from, or null. */
  readonly origin: ArticleId | null;
}

/** A statement of the story, written once, with who states it. */
export interface BriefClaim {
  /** The most representative wording, as written in one of the cited articles. */
  readonly text: string;
  /** agreed: two or more independent sources; contested: another source states otherwise. */
  readonly status: 'agreed' | 'single-source' | 'contested';
  /** Lineage ids of the articles that state it. */
  readonly lineages: readonly string[];
  /** Independent sources: lineages, less those whose cited words are copied from one another. */
  readonly independent: number;
  /** Articles that state it (citations keep at most three per lineage). */
  readonly articles: number;
  readonly citations: readonly Citation[];
  /** Set when the claim is a quotation: it stays that speaker's words. */
  readonly speaker?: string;
  /** The statements that contradict it (another value, the opposite polarity). */
  readonly contradictedBy?: readonly { readonly text: string; readonly citations: readonly Citation[]; readonly lineages: readonly string[] }[];
}

/** The brief's opening: a neutral account of what the independent sources report, every sentence cited. */
export interface BriefOverview {
  readonly text: string;
  readonly sentences: readonly { readonly text: string; readonly citations: readonly Citation[] }[];
}

export interface StoryBrief {
  readonly id: StoryId;
  readonly title: string;
  /** About 70 words from one article of each independent source (copies would outvote the rest). */
  readonly overview: BriefOverview;
  /** Earliest and latest known publication dates. */
  readonly dateRange?: { readonly from: string; readonly to: string };
  readonly articles: readonly BriefArticle[];
  /** What two or more sources agree on, then what only one reports. */
  readonly summary: readonly SummarySentence[];
  readonly figures: readonly FigureGroup[];
  readonly quotes: readonly BriefQuote[];
  readonly speakers: readonly SpeakerQuotes[];
  /**
   * Shared text with its direction and kind: the links a reader needs (each
   * lineage's tree and the strongest link between two lineages), not every pair.
   */
  readonly reuse: readonly BriefReuse[];
  readonly lineages: readonly BriefLineage[];
  readonly claims: readonly BriefClaim[];
  readonly timeline: readonly TimelineEntry[];
  readonly entities: readonly BriefEntity[];
}
