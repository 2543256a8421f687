/**
 * The JSON brief read back into a `StoryBrief`: ids instead of indices, the
 * cited words beside their offsets, the flat quote list with each quote's
 * variants. For programs that read `parallax brief --format json` (the
 * compare evaluation does) and want every field at hand; the JSON itself
 * writes each thing once (render-json.ts).
 *
 * Exact for a brief `compare` built: `expandBriefJson(toBriefJson(b))`
 * equals `b` (tested on real briefs). A JSON brief someone edited by hand
 * may point outside its articles: that is reported as a value, not thrown.
 */
import type { BriefArticle, BriefQuote, Citation, SpeakerQuotes, StoryBrief } from '../../core/brief.js';
import type { ArticleId, StoryId } from '../../core/ids.js';
import { fail, ok, type Result } from '../../core/result.js';
import { MAX_VARIANTS } from '../compare/group-quotes.js';
import { Compile } from 'typebox/compile';
import { BRIEF_JSON_FORMAT, BriefJson, type BriefJsonT, type CiteJsonT } from './json-schema.js';

class Invalid extends Error {}

/**
 * The `StoryBrief` a JSON brief (already parsed, of `BriefJson`'s shape) stands for.
 * @example expandBriefJson(JSON.parse(renderJson(brief))) // { ok: true, value: brief }
 */
export function expandBriefJson(json: BriefJsonT): Result<StoryBrief> {
  try {
    return ok(expand(json));
  } catch (err) {
    if (err instanceof Invalid) return fail('invalid', err.message);
    throw err;
  }
}

function expand(j: BriefJsonT): StoryBrief {
  if (j.format !== BRIEF_JSON_FORMAT) throw new Invalid(`brief format ${String(j.format)}, expected ${BRIEF_JSON_FORMAT}`);
  const articles: BriefArticle[] = j.articles.map((a, i) => ({
    id: a.id as ArticleId,
    ref: i + 1,
    ...(a.path !== undefined ? { path: a.path } : {}),
    ...(a.url !== undefined ? { url: a.url } : {}),
    ...(a.source !== undefined ? { source: a.source } : {}),
    title: a.title,
    ...(a.published !== undefined ? { published: a.published } : {}),
    ...(a.publishedFrom !== undefined ? { publishedFrom: a.publishedFrom } : {}),
    ...(a.publishedInferred !== undefined ? { publishedInferred: a.publishedInferred } : {}),
    language: a.language,
    machineTranslated: a.machineTranslated,
    text: a.text,
    chars: a.chars,
    words: a.words,
    captions: a.captions,
    credits: a.credits,
    headings: a.headings,
  }));
  const article = (i: number): BriefArticle => {
    const a = articles[i];
    if (a === undefined) throw new Invalid(`article index ${i} is not one of the brief's ${articles.length} articles`);
    return a;
  };
  const id = (i: number): ArticleId => article(i).id;
  const nullableId = (i: number | null): ArticleId | null => (i === null ? null : id(i));
  const slice = (i: number, start: number, end: number): string => {
    const text = article(i).text;
    if (!(start >= 0 && start <= end && end <= text.length)) throw new Invalid(`span [${start}, ${end}) is outside article ${i} (${text.length} characters)`);
    return text.slice(start, end);
  };
  const cite = (c: CiteJsonT): Citation => {
    slice(c[0], c[1], c[2]);
    return { articleId: id(c[0]), start: c[1], end: c[2] };
  };
  const lineageId = (i: number): string => {
    const l = j.lineages[i];
    if (l === undefined) throw new Invalid(`lineage index ${i} is not one of the brief's ${j.lineages.length} lineages`);
    return l.id;
  };

  const quotes: { q: BriefQuote; at: number }[] = [];
  const speakers: SpeakerQuotes[] = j.speakers.map((s) => {
    const roles = s.roles ?? [];
    const remarks = s.remarks.map((remark) => {
      const ids = remark.map(([a, start]) => `q_${id(a).slice(2, 10)}_${start}`);
      return remark.map(([a, start, end, role], k): BriefQuote => {
        const roleText = role === undefined ? undefined : roles[role];
        if (role !== undefined && roleText === undefined) throw new Invalid(`role index ${role} of ${s.speaker} is not one of its ${roles.length} roles`);
        const q: BriefQuote = {
          id: ids[k]!,
          speaker: s.speaker,
          ...(roleText !== undefined ? { role: roleText } : {}),
          text: slice(a, start, end),
          articleId: id(a),
          start,
          end,
          variants: ids.filter((_, m) => m !== k).slice(0, MAX_VARIANTS),
        };
        quotes.push({ q, at: a });
        return q;
      });
    });
    return { speaker: s.speaker, ...(roles.length > 0 ? { role: roles[0]! } : {}), remarks };
  });
  // The flat list is in story order: by article, then by position in it.
  quotes.sort((x, y) => x.at - y.at || x.q.start - y.q.start);

  return {
    id: j.id as StoryId,
    title: j.title,
    overview: { text: j.overview.text, sentences: j.overview.sentences.map((s) => ({ text: s.text, citations: s.citations.map(cite) })) },
    ...(j.dateRange !== undefined ? { dateRange: j.dateRange } : {}),
    articles,
    summary: j.summary.map((s) => ({ text: s.text, kind: s.kind, citations: s.citations.map(cite) })),
    figures: j.figures.map((g) => ({
      quantity: g.quantity,
      subject: g.subject,
      ...(g.leadIn !== undefined ? { leadIn: g.leadIn } : {}),
      unit: g.unit,
      values: g.values.map((v) => ({
        value: v.value,
        ...(v.valueMax !== undefined ? { valueMax: v.valueMax } : {}),
        text: slice(v.at[0], v.at[1], v.at[2]),
        articleId: id(v.at[0]),
        start: v.at[1],
        end: v.at[2],
        ...(v.qualifier !== undefined ? { qualifier: v.qualifier } : {}),
        ...(v.attribution !== undefined ? { attribution: v.attribution } : {}),
      })),
      disagreement: g.status === 'differ',
      status: g.status,
    })),
    quotes: quotes.map((x) => x.q),
    speakers,
    reuse: j.reuse.map((r) => ({
      a: id(r.a),
      b: id(r.b),
      from: nullableId(r.from),
      to: nullableId(r.to),
      kind: r.kind,
      evidence: r.evidence,
      coverageA: r.coverageA,
      coverageB: r.coverageB,
      passages: r.passages.map((p) => ({
        kind: p.kind,
        score: p.score,
        a: { articleId: id(r.a), start: p.a[0], end: p.a[1], text: slice(r.a, p.a[0], p.a[1]) },
        b: { articleId: id(r.b), start: p.b[0], end: p.b[1], text: slice(r.b, p.b[0], p.b[1]) },
      })),
    })),
    lineages: j.lineages.map((l) => ({ id: l.id, articleIds: l.articles.map(id), origin: nullableId(l.origin) })),
    claims: j.claims.map((c) => ({
      text: c.text,
      status: c.status,
      lineages: c.lineages.map(lineageId),
      independent: c.independent,
      articles: c.articles,
      citations: c.citations.map(cite),
      ...(c.speaker !== undefined ? { speaker: c.speaker } : {}),
      ...(c.contradictedBy !== undefined
        ? { contradictedBy: c.contradictedBy.map((d) => ({ text: d.text, citations: d.citations.map(cite), lineages: d.lineages.map(lineageId) })) }
        : {}),
    })),
    timeline: j.timeline.map((t) => ({
      ...(t.date !== undefined ? { date: t.date } : {}),
      ...(t.precision !== undefined ? { precision: t.precision } : {}),
      resolved: t.resolved,
      text: t.text,
      context: t.context,
      articleIds: t.articles.map(id),
      citations: t.citations.map(cite),
    })),
    entities: j.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases, roles: e.roles, articleIds: e.articles.map(id), mentions: e.mentions })),
  };
}

/**
 * The briefs of a JSON text `parallax analyze --format json` (`{"stories": [...]}`)
 * or `parallax brief --format json` (one brief) wrote, expanded.
 * @example parseBriefJson(readFileSync('out.json', 'utf8')) // { ok: true, value: { stories: [brief] } }
 */
let checker: { Check(v: unknown): boolean; Errors(v: unknown): { instancePath: string; message: string }[] } | undefined;

export function parseBriefJson(text: string): Result<{ stories: StoryBrief[] }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return fail('invalid', `not JSON: ${(err as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object') return fail('invalid', 'not a JSON brief: expected an object');
  const list = Array.isArray((parsed as { stories?: unknown }).stories) ? ((parsed as { stories: unknown[] }).stories as BriefJsonT[]) : [parsed as BriefJsonT];
  const stories: StoryBrief[] = [];
  const check = (checker ??= Compile(BriefJson) as unknown as NonNullable<typeof checker>);
  for (const [i, b] of list.entries()) {
    // The schema first, so expansion only ever meets the shape it was written for.
    const wrong = check.Check(b) ? undefined : check.Errors(b)[0];
    const r = wrong === undefined ? expandBriefJson(b) : fail('invalid', `not a JSON brief of format ${BRIEF_JSON_FORMAT}: ${wrong.instancePath || '/'} ${wrong.message}`);
    if (!r.ok) return fail('invalid', list.length > 1 ? `story ${i + 1}: ${r.detail}` : (r.detail ?? r.reason));
    stories.push(r.value);
  }
  return ok({ stories });
}
