/**
 * The data model every stage shares. No IO here: these are plain values that
 * flow stage to stage and are stored as JSON by `storage/`.
 *
 * Offsets are JavaScript string offsets (UTF-16 code units), half-open
 * `[start, end)`, always into `CleanArticle.text` — the cleaned body — so every
 * extracted thing can be cited by the exact words.
 */
import type { ArticleId, StoryId } from './ids.js';

/** A half-open character range into a cleaned article's `text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type InputFormat = 'txt' | 'html' | 'jsonl' | 'feed';

/** An article as it came in, before cleaning. */
export interface RawArticle {
  readonly format: InputFormat;
  /** File path it was read from (for JSONL/feeds, `path#line` or `path#item`). */
  readonly path?: string;
  readonly url?: string;
  /** Title from metadata (HTML <title>/og, JSONL `title`, feed item title). */
  readonly title?: string;
  /**
   * Body text, one paragraph or scraped line per `\n`. For `txt` it is the
   * file as read (title line included); for HTML it is the extracted main text.
   */
  readonly body: string;
  /** ISO-8601 date or date-time from metadata, when the source gives one. */
  readonly published?: string;
  /** Outlet / site name. */
  readonly source?: string;
  readonly byline?: string;
  /** BCP-47-ish language code from metadata (`<html lang>`, feed). */
  readonly language?: string;
  /** When a crawler fetched the page (WARC-Date): the date of last resort. */
  readonly crawled?: string;
}

/** A line the cleaner took out of the body, and why. */
export interface RemovedLine {
  readonly text: string;
  readonly reason: RemovalReason;
}

export type RemovalReason =
  | 'advertisement'
  | 'newsletter'
  | 'cookie-notice'
  | 'copyright'
  | 'navigation'
  | 'tags'
  | 'end-marker'
  | 'disclaimer'
  | 'comments'
  | 'news-code'
  | 'duplicate-title'
  | 'date-line'
  | 'site-template'
  | 'outlet-template'
  | 'empty';

/** Where `CleanArticle.published` came from. */
export type PublishedSource = 'metadata' | 'text' | 'crawl' | 'none';

export interface CleanMeta {
  readonly path?: string;
  readonly url?: string;
  readonly source?: string;
  readonly byline?: string;
  /** `YYYY-MM-DD` or full ISO date-time; undefined when nothing states it. */
  readonly published?: string;
  readonly publishedFrom: PublishedSource;
  /** e.g. "WASHINGTON/MOSCOW", when the body opens with a dateline. */
  readonly dateline?: string;
  /** Section headings found in the body (kept out of `text`). */
  readonly headings: readonly string[];
  /** Photo captions (kept out of `text`). */
  readonly captions: readonly string[];
  /** Credit / contributor lines ("CNN's X, Y contributed to this report."). */
  readonly credits: readonly string[];
  /** The article declares itself machine-translated. */
  readonly machineTranslated: boolean;
  readonly removed: readonly RemovedLine[];
}

/** The output of `clean`: the body the analysis reads, and its metadata. */
export interface CleanArticle {
  readonly id: ArticleId;
  readonly title: string;
  /** Cleaned body: paragraphs joined by `\n\n`. All spans point here. */
  readonly text: string;
  readonly meta: CleanMeta;
}

export type EntityType = 'person' | 'organization' | 'place';

/** One mention of a named entity in an article. */
export interface EntityMention extends Span {
  readonly text: string;
  readonly type: EntityType;
  /** Canonical name within the article ("Dmitry Peskov" for "Peskov"). */
  readonly name: string;
  /** A title or role written next to the name ("Kremlin spokesman"). */
  readonly role?: string;
}

export interface Sentence extends Span {
  readonly text: string;
}

/** A direct quotation and who said it. */
export interface Quote extends Span {
  /** The quoted words (without the quotation marks). */
  readonly text: string;
  /** Resolved speaker: full name, organisation, or a description. */
  readonly speaker?: string;
  /** Where the attribution is made: "he", "Peskov", "the Kremlin spokesman". */
  readonly speakerMention?: Span;
  readonly role?: string;
}

export type Qualifier = 'up to' | 'more than' | 'at least' | 'about' | 'fewer than' | 'at most' | 'exactly';

/** A number the text states, with what it counts. */
export interface Figure extends Span {
  /** The surface form: "up to 175,000 troops". */
  readonly text: string;
  readonly value: number;
  /** Upper bound for ranges ("between 5 and 10"). */
  readonly valueMax?: number;
  /** The head noun counted, singular and lower case ("troop", "life", "percent", "usd"). */
  readonly unit: string;
  /** The counted noun phrase as written ("Russian troops"). */
  readonly counted: string;
  readonly qualifier?: Qualifier;
  /** Who the number is attributed to ("Oleksii Reznikov", "US intelligence"). */
  readonly attribution?: string;
  /** True for years and other numbers that are not counts (1954, 2014). */
  readonly isYear?: boolean;
}

export type DateResolution = 'certain' | 'inferred' | 'unresolved';

/** A date expression in the text, resolved against the publication date. */
export interface DateMention extends Span {
  readonly text: string;
  /** `YYYY-MM-DD` when resolved. */
  readonly date?: string;
  readonly resolution: DateResolution;
  /** True when the expression is relative ("on Tuesday", "last June"). */
  readonly relative: boolean;
  /**
   * How precise `date` is: "in January" resolves to the 1st with precision
   * 'month', "last week" to its Monday with precision 'week'. Absent = 'day'.
   */
  readonly precision?: DatePrecision;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** Everything `analyze` extracts from one cleaned article. */
export interface Analysis {
  readonly articleId: ArticleId;
  /** ISO 639-1 code, e.g. "en". */
  readonly language: string;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly EntityMention[];
  readonly quotes: readonly Quote[];
  readonly figures: readonly Figure[];
  readonly dates: readonly DateMention[];
}

/** A stretch of text two articles share. */
export interface SharedPassage {
  readonly a: Span;
  readonly b: Span;
  /** identical = same words; paraphrase = same content reworded (translation). */
  readonly kind: 'identical' | 'paraphrase';
  /** Similarity of the two stretches in [0, 1]. */
  readonly score: number;
}

/** Text reuse between two articles. */
export interface Reuse {
  readonly a: ArticleId;
  readonly b: ArticleId;
  /** Share of `a`'s / `b`'s text covered by shared passages, in [0, 1]. */
  readonly coverageA: number;
  readonly coverageB: number;
  readonly passages: readonly SharedPassage[];
}

export interface Story {
  readonly id: StoryId;
  readonly articleIds: readonly ArticleId[];
}
