/**
 * One TypeBox schema per API shape: Fastify validates requests with it,
 * serialises replies with it, the handlers get their types from it, and
 * @fastify/swagger writes the OpenAPI document from it.
 */
import { Ajv, type Options } from 'ajv';
import type { FastifySchema, FastifySchemaCompiler } from 'fastify';
import { Type, type Static } from 'typebox';
import { BriefJson } from '../stages/brief/json-schema.js';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'a day, YYYY-MM-DD', examples: ['2024-05-01'] });
const Id = (prefix: string, what: string) => Type.String({ pattern: `^${prefix}_[0-9a-f]{1,64}$`, description: `${what} id (${prefix}_ and hex digits)` });

export const ErrorReply = Type.Object(
  {
    statusCode: Type.Integer(),
    error: Type.String({ description: 'the HTTP status text' }),
    message: Type.String({ description: 'what is wrong, in one line' }),
  },
  { $id: 'Error', description: 'Every 4xx and 5xx reply' },
);

export const StorySummary = Type.Object(
  {
    id: Type.String(),
    title: Type.String({ description: "the story's first article's title" }),
    articles: Type.Integer(),
    sourceCount: Type.Integer({ description: 'distinct named sources' }),
    sources: Type.Array(Type.Object({ name: Type.String(), articles: Type.Integer() })),
    languages: Type.Array(Type.String()),
    firstPublished: Type.Optional(Type.String()),
    lastPublished: Type.Optional(Type.String()),
    createdSeq: Type.Integer(),
    updatedSeq: Type.Integer({ description: 'change counter over all stories: larger is later' }),
    updatedAt: Type.String({ description: 'when it last gained or lost an article' }),
  },
  { $id: 'StorySummary' },
);
export type StorySummaryT = Static<typeof StorySummary>;

export const StoriesQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ maxLength: 200, description: "a previous page's next" })),
    sort: Type.Optional(Type.Union([Type.Literal('updated'), Type.Literal('size')], { default: 'updated' })),
    source: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'stories with an article from this source (exact name)' })),
    language: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}$', description: 'ISO 639-1 code' })),
    from: Type.Optional(Day),
    to: Type.Optional(Day),
    min_sources: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
  },
  { additionalProperties: false },
);
export type StoriesQueryT = Static<typeof StoriesQuery>;

export const StoriesReply = Type.Object({
  stories: Type.Array(Type.Ref('StorySummary')),
  next: Type.Optional(Type.String({ description: 'pass as cursor for the next page; absent on the last' })),
});

export const StoryParams = Type.Object({ id: Id('s', 'story') });
export type StoryParamsT = Static<typeof StoryParams>;
export const ArticleParams = Type.Object({ id: Id('a', 'article') });
export type ArticleParamsT = Static<typeof ArticleParams>;

/** The story brief, exactly as `parallax brief --format json` prints it: one schema, the brief stage's. */
export const BriefReply = BriefJson;

const Loose = Type.Array(Type.Unknown());
export const ArticleReply = Type.Object({
  id: Type.String(),
  title: Type.String(),
  text: Type.String({ description: 'the cleaned body; every offset below points into it' }),
  storyId: Type.Optional(Type.String()),
  language: Type.String(),
  url: Type.Optional(Type.String()),
  source: Type.Optional(Type.String()),
  published: Type.Optional(Type.String()),
  byline: Type.Optional(Type.String()),
  entities: Loose,
  quotes: Loose,
  figures: Loose,
  dates: Loose,
});

export const PostArticle = Type.Object(
  {
    title: Type.Optional(Type.String({ maxLength: 2000 })),
    text: Type.String({ minLength: 1, maxLength: 2_000_000, description: 'plain text (paragraphs on lines) or an HTML fragment' }),
    url: Type.Optional(Type.String({ maxLength: 4000 })),
    published: Type.Optional(Type.String({ maxLength: 100, description: 'ISO 8601 or any date the JSONL ingest reads' })),
    source: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);
export const PostArticlesBody = Type.Array(PostArticle, { minItems: 1, maxItems: 500, description: 'articles as `parallax ingest` reads JSON Lines records' });
export type PostArticlesBodyT = Static<typeof PostArticlesBody>;

export const PostArticlesReply = Type.Object({
  added: Type.Integer(),
  duplicates: Type.Integer(),
  rejected: Type.Array(Type.Object({ index: Type.Integer({ description: '0-based position in the request' }), message: Type.String() })),
  stories: Type.Array(Type.Object({ id: Type.String(), created: Type.Boolean(), articles: Type.Integer() }), { description: 'stories this request created or changed' }),
});

export const SearchQueryString = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 500, description: 'words, "phrases", AND/OR/NOT, -word, word*, (groups), source:, lang:, from:, to:, speaker:, entity:' }),
    type: Type.Optional(
      Type.Union([Type.Literal('articles'), Type.Literal('stories'), Type.Literal('quotes'), Type.Literal('entities')], {
        default: 'articles',
        description: 'what to find: articles; stories (grouped article matches); quotes (their words, speaker: their speaker); entities (names holding the words)',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000, default: 0 })),
  },
  { additionalProperties: false },
);
export type SearchQueryStringT = Static<typeof SearchQueryString>;

const Facet = Type.Array(Type.Object({ value: Type.String(), count: Type.Integer() }));
export const SearchReply = Type.Object({
  total: Type.Integer(),
  totalCapped: Type.Optional(Type.Literal(true, { description: 'more matches than the backend counts (PostgreSQL: 10,000): total is a lower bound, facets count the newest total matches' })),
  hits: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      source: Type.Optional(Type.String()),
      language: Type.Optional(Type.String()),
      published: Type.Optional(Type.String()),
      storyId: Type.Optional(Type.String()),
      score: Type.Number({ description: 'BM25 as SQLite reports it: lower is better' }),
      snippet: Type.String({ description: 'HTML-escaped text with matches in <mark>' }),
      kind: Type.Optional(Type.Union([Type.Literal('story'), Type.Literal('quote'), Type.Literal('entity')], { description: 'set for type=stories, quotes, entities' })),
      speaker: Type.Optional(Type.String({ description: "a quote's speaker" })),
      matches: Type.Optional(Type.Integer({ description: 'stories: matching articles; entities: articles naming it' })),
      entityType: Type.Optional(Type.String()),
    }),
  ),
  facets: Type.Object({ sources: Facet, languages: Facet, days: Facet }),
});

export const HealthReply = Type.Object({
  status: Type.Literal('ok'),
  version: Type.String(),
  articles: Type.Integer(),
  stories: Type.Integer(),
});

/**
 * Request validation with two Ajv instances: bodies are JSON and must have
 * the declared types exactly (no coercion, so `"text": 42` is an error, not
 * the string "42"); query strings and path parameters are text, so numbers
 * and booleans in them are coerced. Neither drops unknown fields silently:
 * an unknown field is an error that names it (errors.ts).
 */
const COMMON: Options = { useDefaults: true, removeAdditional: false, allErrors: false, strict: false };

export function requestValidators(): FastifySchemaCompiler<FastifySchema> {
  const body = new Ajv({ ...COMMON, coerceTypes: false });
  const text = new Ajv({ ...COMMON, coerceTypes: 'array' });
  // TypeBox marks schemas with symbol keys Ajv does not know; `strict: false` lets it ignore
  // them. No format plugin: the schemas use patterns, not formats. Ajv caches each compiled schema.
  return ({ schema, httpPart }) => (httpPart === 'body' ? body : text).compile(schema as object);
}
