/**
 * The brief as JSON (`parallax brief --format json`, `GET /api/v1/stories/{id}`),
 * in the shape of `BriefJson` (json-schema.ts, docs/JSON-SCHEMA.md): each
 * article once, every citation `[article index, start, end]` into its text,
 * each quote once (under its speaker and remark), cited words never written
 * beside their offsets. `expandBriefJson` (expand-json.ts) gives the
 * `StoryBrief` back, field for field.
 *
 * One line, no indentation: pretty-printing added a quarter to the bytes a
 * client downloads and parses (`jq .` shows it indented). Objects are built
 * key by key here, so the same brief always gives the same bytes, whatever
 * order `compare` built it in.
 */
import type { BriefQuote, Citation, StoryBrief } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import { BRIEF_JSON_FORMAT, type BriefJsonT, type CiteJsonT } from './json-schema.js';

type SpeakerJsonT = BriefJsonT['speakers'][number];
type RenderingT = SpeakerJsonT['remarks'][number][number];

/** Optional fields: present only when defined, as `JSON.stringify` leaves undefined out. */
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * The `BriefJson` value of a brief.
 * @example toBriefJson(brief).claims[0].citations[0] // [0, 120, 184]: articles[0].text.slice(120, 184)
 */
export function toBriefJson(brief: StoryBrief): BriefJsonT {
  const indexOf = new Map<ArticleId, number>();
  brief.articles.forEach((a, i) => indexOf.set(a.id, i));
  const art = (id: ArticleId): number => {
    const i = indexOf.get(id);
    // compare only cites the story's own articles: anything else is a bug, not bad input.
    if (i === undefined) throw new Error(`brief ${brief.id} cites ${id}, which is not one of its articles`);
    return i;
  };
  const nullableArt = (id: ArticleId | null): number | null => (id === null ? null : art(id));
  const cite = (c: Citation): CiteJsonT => [art(c.articleId), c.start, c.end];
  const cites = (cs: readonly Citation[]): CiteJsonT[] => cs.map(cite);
  const lineageIndex = new Map<string, number>();
  brief.lineages.forEach((l, i) => lineageIndex.set(l.id, i));
  const lin = (id: string): number => {
    const i = lineageIndex.get(id);
    if (i === undefined) throw new Error(`brief ${brief.id} names lineage ${id}, which it does not list`);
    return i;
  };

  return {
    format: BRIEF_JSON_FORMAT,
    id: brief.id,
    title: brief.title,
    ...opt('dateRange', brief.dateRange && { from: brief.dateRange.from, to: brief.dateRange.to }),
    overview: { text: brief.overview.text, sentences: brief.overview.sentences.map((s) => ({ text: s.text, citations: cites(s.citations) })) },
    articles: brief.articles.map((a) => ({
      id: a.id,
      ...opt('path', a.path),
      ...opt('url', a.url),
      ...opt('source', a.source),
      title: a.title,
      ...opt('published', a.published),
      ...opt('publishedFrom', a.publishedFrom),
      ...opt('publishedInferred', a.publishedInferred),
      language: a.language,
      machineTranslated: a.machineTranslated,
      text: a.text,
      chars: a.chars,
      words: a.words,
      captions: [...a.captions],
      credits: [...a.credits],
      headings: [...a.headings],
    })),
    summary: brief.summary.map((s) => ({ text: s.text, kind: s.kind, citations: cites(s.citations) })),
    lineages: brief.lineages.map((l) => ({ id: l.id, articles: l.articleIds.map(art), origin: nullableArt(l.origin) })),
    claims: brief.claims.map((c) => ({
      text: c.text,
      status: c.status,
      lineages: c.lineages.map(lin),
      independent: c.independent,
      articles: c.articles,
      citations: cites(c.citations),
      ...opt('speaker', c.speaker),
      ...opt(
        'contradictedBy',
        c.contradictedBy?.map((d) => ({ text: d.text, citations: cites(d.citations), lineages: d.lineages.map(lin) })),
      ),
    })),
    figures: brief.figures.map((g) => ({
      quantity: g.quantity,
      subject: g.subject,
      ...opt('leadIn', g.leadIn),
      unit: g.unit,
      status: g.status,
      values: g.values.map((v) => ({
        value: v.value,
        ...opt('valueMax', v.valueMax),
        at: [art(v.articleId), v.start, v.end] as CiteJsonT,
        ...opt('qualifier', v.qualifier),
        ...opt('attribution', v.attribution),
      })),
    })),
    speakers: brief.speakers.map((s) => {
      // Roles in order of first use: the speaker's own role is the first quote's that has one.
      const roles: string[] = [];
      const roleIndex = (r: string): number => {
        const i = roles.indexOf(r);
        return i >= 0 ? i : roles.push(r) - 1;
      };
      const rendering = (q: BriefQuote): RenderingT => (q.role === undefined ? [art(q.articleId), q.start, q.end] : [art(q.articleId), q.start, q.end, roleIndex(q.role)]);
      const remarks = s.remarks.map((r) => r.map(rendering));
      return { speaker: s.speaker, ...(roles.length > 0 ? { roles } : {}), remarks };
    }),
    reuse: brief.reuse.map((r) => ({
      a: art(r.a),
      b: art(r.b),
      from: nullableArt(r.from),
      to: nullableArt(r.to),
      kind: r.kind,
      evidence: r.evidence,
      coverageA: r.coverageA,
      coverageB: r.coverageB,
      passages: r.passages.map((p) => ({ kind: p.kind, score: p.score, a: [p.a.start, p.a.end] as [number, number], b: [p.b.start, p.b.end] as [number, number] })),
    })),
    timeline: brief.timeline.map((t) => ({
      ...opt('date', t.date),
      ...opt('precision', t.precision),
      resolved: t.resolved,
      text: t.text,
      context: t.context,
      articles: t.articleIds.map(art),
      citations: cites(t.citations),
    })),
    entities: brief.entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: [...e.aliases],
      roles: [...e.roles],
      articles: e.articleIds.map(art),
      mentions: e.mentions,
    })),
  };
}

/**
 * The brief as one line of JSON and a newline.
 * @example JSON.parse(renderJson(brief)).title === brief.title // true
 */
export function renderJson(brief: StoryBrief): string {
  return `${JSON.stringify(toBriefJson(brief))}\n`;
}
