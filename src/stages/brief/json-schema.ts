/**
 * The JSON brief's one schema (`parallax brief --format json`, `GET
 * /api/v1/stories/{id}`): its TypeScript type, the server's OpenAPI document
 * and the tests' validation all come from this TypeBox value.
 *
 * Why this shape: a brief cited the same article a hundred times with its
 * 18-character id, repeated every quote in `quotes` and again in `speakers`,
 * and wrote every cited passage's words out beside their offsets, so the
 * 192-article story's brief was 11 MB, most of it copies of what the
 * articles' texts already hold. Here each article's metadata and text are
 * written once, everything else points into them: a citation is
 * `[article index, start, end]`, and the cited words are
 * `articles[i].text.slice(start, end)`.
 */
import { Type, type Static } from 'typebox';

/** The version of this shape; a client can refuse one it does not know. */
export const BRIEF_JSON_FORMAT = 2;

const Index = (what: string) => Type.Integer({ minimum: 0, description: `index into ${what}` });
const Offset = Type.Integer({ minimum: 0, description: 'UTF-16 code units into the article text' });

/** `[article, start, end]`: the words `articles[article].text.slice(start, end)`. */
export const CiteJson = Type.Tuple([Index('articles'), Offset, Offset], {
  description: '[article index, start, end]: the cited words are articles[article].text.slice(start, end)',
});
const Cites = Type.Array(CiteJson);
const ArticleRefs = Type.Array(Index('articles'));
const LineageRefs = Type.Array(Index('lineages'));

const ArticleJson = Type.Object(
  {
    id: Type.String({ description: 'a_… (GET /api/v1/articles/{id}); cited as [index + 1] in Markdown and HTML' }),
    path: Type.Optional(Type.String()),
    url: Type.Optional(Type.String()),
    source: Type.Optional(Type.String()),
    title: Type.String(),
    published: Type.Optional(Type.String({ description: 'as stated: YYYY-MM-DD or an ISO date-time' })),
    publishedFrom: Type.Optional(Type.Union([Type.Literal('metadata'), Type.Literal('text'), Type.Literal('crawl')])),
    publishedInferred: Type.Optional(Type.String({ description: 'inferred from the story when the article states no date' })),
    language: Type.String(),
    machineTranslated: Type.Boolean(),
    text: Type.String({ description: 'the cleaned body: every offset points into it' }),
    chars: Type.Integer(),
    words: Type.Integer(),
    captions: Type.Array(Type.String()),
    credits: Type.Array(Type.String()),
    headings: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);

const Sentence = Type.Object({ text: Type.String(), citations: Cites }, { additionalProperties: false });

const SummaryJson = Type.Object(
  { text: Type.String(), kind: Type.Union([Type.Literal('agreed'), Type.Literal('single')]), citations: Cites },
  { additionalProperties: false },
);

const FigureValueJson = Type.Object(
  {
    value: Type.Number(),
    valueMax: Type.Optional(Type.Number()),
    at: CiteJson,
    qualifier: Type.Optional(
      Type.Union([
        Type.Literal('up to'),
        Type.Literal('more than'),
        Type.Literal('at least'),
        Type.Literal('about'),
        Type.Literal('fewer than'),
        Type.Literal('at most'),
        Type.Literal('exactly'),
      ]),
    ),
    attribution: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

const FigureJson = Type.Object(
  {
    quantity: Type.String(),
    subject: Type.String({ description: 'what is counted, of what, where' }),
    leadIn: Type.Optional(Type.String({ description: 'when the subject is a unit of measure alone: the words that lead up to the figures in their clause ("the missile flew …")' })),
    unit: Type.String(),
    status: Type.Union([Type.Literal('differ'), Type.Literal('agree'), Type.Literal('single-source'), Type.Literal('series')]),
    values: Type.Array(FigureValueJson),
  },
  { additionalProperties: false },
);

/** A rendering of a remark: `[article, start, end]`, or with a fourth element, the index of the role written beside it in the speaker's `roles`. */
const RenderingJson = Type.Union([CiteJson, Type.Tuple([Index('articles'), Offset, Offset, Index("the speaker's roles")])], {
  description: "[article, start, end(, role index)]: the quoted words are the cited slice; the role is speaker.roles[role index]",
});

const SpeakerJson = Type.Object(
  {
    speaker: Type.String(),
    roles: Type.Optional(Type.Array(Type.String(), { description: 'the roles written beside this speaker\'s quotes; the first is the speaker\'s' })),
    remarks: Type.Array(Type.Array(RenderingJson), { description: 'each remark, as every source rendered it' }),
  },
  { additionalProperties: false },
);

const PassageJson = Type.Object(
  {
    kind: Type.Union([Type.Literal('identical'), Type.Literal('paraphrase')]),
    score: Type.Number(),
    a: Type.Tuple([Offset, Offset], { description: "[start, end] in the link's article a" }),
    b: Type.Tuple([Offset, Offset], { description: "[start, end] in the link's article b" }),
  },
  { additionalProperties: false },
);

const ReuseJson = Type.Object(
  {
    a: Index('articles'),
    b: Index('articles'),
    from: Type.Union([Index('articles'), Type.Null()], { description: 'the article the text comes from; null when the direction is unknown' }),
    to: Type.Union([Index('articles'), Type.Null()]),
    kind: Type.Union([Type.Literal('verbatim'), Type.Literal('edited'), Type.Literal('translation'), Type.Literal('common-source'), Type.Literal('shared')]),
    evidence: Type.String(),
    coverageA: Type.Number(),
    coverageB: Type.Number(),
    passages: Type.Array(PassageJson),
  },
  { additionalProperties: false },
);

const LineageJson = Type.Object(
  {
    id: Type.String(),
    articles: ArticleRefs,
    origin: Type.Union([Index('articles'), Type.Null()], { description: 'the article the others derive from, or null' }),
  },
  { additionalProperties: false },
);

const ClaimJson = Type.Object(
  {
    text: Type.String(),
    status: Type.Union([Type.Literal('agreed'), Type.Literal('single-source'), Type.Literal('contested')]),
    lineages: LineageRefs,
    independent: Type.Integer(),
    articles: Type.Integer({ description: 'how many articles state it' }),
    citations: Cites,
    speaker: Type.Optional(Type.String()),
    contradictedBy: Type.Optional(
      Type.Array(Type.Object({ text: Type.String(), citations: Cites, lineages: LineageRefs }, { additionalProperties: false })),
    ),
  },
  { additionalProperties: false },
);

const TimelineJson = Type.Object(
  {
    date: Type.Optional(Type.String()),
    precision: Type.Optional(Type.Union([Type.Literal('day'), Type.Literal('week'), Type.Literal('month'), Type.Literal('year')])),
    resolved: Type.Union([Type.Literal('certain'), Type.Literal('inferred'), Type.Literal('unresolved')]),
    text: Type.String(),
    context: Type.String(),
    articles: ArticleRefs,
    citations: Cites,
  },
  { additionalProperties: false },
);

const EntityJson = Type.Object(
  {
    name: Type.String(),
    type: Type.Union([Type.Literal('person'), Type.Literal('organization'), Type.Literal('place')]),
    aliases: Type.Array(Type.String()),
    roles: Type.Array(Type.String()),
    articles: ArticleRefs,
    mentions: Type.Integer(),
  },
  { additionalProperties: false },
);

export const BriefJson = Type.Object(
  {
    format: Type.Literal(BRIEF_JSON_FORMAT),
    id: Type.String({ description: 'story id, s_…' }),
    title: Type.String(),
    dateRange: Type.Optional(Type.Object({ from: Type.String(), to: Type.String() }, { additionalProperties: false })),
    overview: Type.Object({ text: Type.String(), sentences: Type.Array(Sentence) }, { additionalProperties: false }),
    articles: Type.Array(ArticleJson),
    summary: Type.Array(SummaryJson),
    lineages: Type.Array(LineageJson),
    claims: Type.Array(ClaimJson),
    figures: Type.Array(FigureJson),
    speakers: Type.Array(SpeakerJson, { description: 'every quote, grouped by speaker and by remark' }),
    reuse: Type.Array(ReuseJson, { description: "each lineage's tree of links and the strongest link between two lineages, not every pair" }),
    timeline: Type.Array(TimelineJson),
    entities: Type.Array(EntityJson),
  },
  { additionalProperties: false, description: 'a story brief; every citation is [article index, start, end] into articles[].text' },
);

export type BriefJsonT = Static<typeof BriefJson>;
export type CiteJsonT = Static<typeof CiteJson>;
