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

/** One quantity the sources give figures for, side by side. */
export interface FigureGroup {
  /** A readable name: "Russian troops". */
  readonly quantity: string;
  readonly unit: string;
  readonly values: readonly FigureValue[];
  /** True when the sources give different values for it. */
  readonly disagreement: boolean;
}

export interface BriefReuse {
  readonly a: ArticleId;
  readonly b: ArticleId;
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

export interface StoryBrief {
  readonly id: StoryId;
  readonly title: string;
  /** Earliest and latest known publication dates. */
  readonly dateRange?: { readonly from: string; readonly to: string };
  readonly articles: readonly BriefArticle[];
  /** What two or more sources agree on, then what only one reports. */
  readonly summary: readonly SummarySentence[];
  readonly figures: readonly FigureGroup[];
  readonly quotes: readonly BriefQuote[];
  readonly speakers: readonly SpeakerQuotes[];
  readonly reuse: readonly BriefReuse[];
  readonly timeline: readonly TimelineEntry[];
  readonly entities: readonly BriefEntity[];
}
