/**
 * Briefs of stories told in several languages, and what other languages give
 * the analyzer, on the shared data (no labels: counts to compare two versions
 * of the code, and with --dump the items themselves, to read).
 *   node --import tsx bench/multilingual-briefs.ts [--dump DIR]
 * 1. The gold stories of clusters/semeval-multilingual-dev that span two
 *    languages or more, each briefed as one story through the pipeline
 *    (ingest into memory, then `briefOf`): claims citing two languages (and how
 *    many are agreed), people named in articles of two languages, titles in
 *    English, and the machine-translated copies (an original's id with a
 *    language code appended) the brief links to their original as one text
 *    (a reuse record of a derived kind: never two independent sources), and
 *    the figure groups whose values come from articles of two languages. Dump: claims.jsonl, figures.jsonl, people.jsonl, places.jsonl, titles.jsonl.
 * 2. The distinct non-English texts of pairs/semeval2022-dev: person mentions
 *    and date mentions (dates anchored at 2020-03-18, so that only the rules
 *    differ). Dump: persons.tsv, dates.tsv.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawArticle } from '../src/core/types.js';
import { systemClock } from '../src/core/result.js';
import { briefOf } from '../src/pipeline/build-briefs.js';
import { ingestArticles } from '../src/pipeline/ingest-articles.js';
import { analyze } from '../src/stages/analyze/index.js';
import { extractDatesIntl } from '../src/stages/analyze/dates-intl.js';
import { detectLanguage } from '../src/stages/analyze/language.js';
import { clean } from '../src/stages/clean/clean.js';
import { createStore } from '../src/storage/create-store.js';

const ROOT = join(import.meta.dirname, '../../shared/data');
const CLUSTERS = join(ROOT, 'clusters/semeval-multilingual-dev');
const PAIRS = join(ROOT, 'pairs/semeval2022-dev/pairs.jsonl');
const args = process.argv.slice(2);
const dump = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : undefined;
if (dump !== undefined) mkdirSync(dump, { recursive: true });
const write = (name: string, lines: readonly string[]): void => {
  if (dump !== undefined) writeFileSync(join(dump, name), `${lines.join('\n')}\n`);
};
const jsonl = <T>(file: string): T[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

if (!existsSync(CLUSTERS) || !existsSync(PAIRS)) {
  process.stdout.write(`skipped multilingual-briefs: ${ROOT} not found\n`);
} else {
  storiesInLanguages();
  textsInLanguages();
}

function storiesInLanguages(): void {
  type Row = { id: string; title?: string; text?: string; language?: string };
  const rows = jsonl<Row>(join(CLUSTERS, 'articles.jsonl'));
  const gold = new Map(jsonl<{ id: string; story: string | number }>(join(CLUSTERS, 'gold.jsonl')).map((g) => [g.id, String(g.story)]));
  const byStory = new Map<string, Row[]>();
  for (const r of rows) byStory.set(gold.get(r.id)!, [...(byStory.get(gold.get(r.id)!) ?? []), r]);
  const multi = [...byStory].filter(([, rs]) => rs.length >= 2 && new Set(rs.map((r) => r.language)).size >= 2);
  const store = createStore({ type: 'memory' });
  const raws: RawArticle[] = multi.flatMap(([, rs]) => rs.map((r) => ({ format: 'jsonl' as const, path: `semeval#${r.id}`, title: r.title ?? '', body: r.text ?? '', ...(r.language ? { language: r.language } : {}), source: `src-${r.id}` })));
  ingestArticles(raws, { store, clock: systemClock });
  const stored = store.listArticles();
  // Each stored article back to its row by its path ("semeval#ID").
  const byRow = new Map(stored.map((a) => [String((a.article.meta as { path?: string }).path ?? '').split('#').pop(), a]));
  const claims: string[] = [];
  const figures: string[] = [];
  const people: string[] = [];
  const places: string[] = [];
  const titles: string[] = [];
  let agreed = 0;
  let english = 0;
  let withEnglish = 0;
  let briefs = 0;
  // Machine-translated copies (an original's id with a language code appended) briefed in one story with their original.
  let copies = 0;
  let copiesLinked = 0;
  let figuresAcross = 0;
  let overviewSentences = 0;
  let overviewEnglish = 0;
  // Claims citing English and another language, and those worded in English; summary lines stating a claim an earlier line states.
  let claimsWithEnglish = 0;
  let claimsInEnglish = 0;
  let overviewRepeats = 0;
  for (const [sid, rs] of multi) {
    const members = rs.map((r) => byRow.get(r.id)).filter((m) => m !== undefined);
    if (members.length < 2) continue;
    briefs++;
    const brief = briefOf(`s_${sid}` as never, members);
    const derived = new Set(brief.reuse.filter((x) => x.kind !== 'shared').map((x) => `${x.a} ${x.b}`));
    for (const r of rs) {
      const original = /^(\d+)[a-z]+$/.exec(r.id)?.[1];
      const copy = byRow.get(r.id);
      const orig = original === undefined ? undefined : byRow.get(original);
      if (copy === undefined || orig === undefined || !rs.some((o) => o.id === original)) continue;
      copies++;
      if (derived.has(`${copy.article.id} ${orig.article.id}`) || derived.has(`${orig.article.id} ${copy.article.id}`)) copiesLinked++;
    }
    const lang = new Map(brief.articles.map((a) => [a.id, a.language]));
    const text = new Map(members.map((m) => [m.article.id, m.article.text]));
    for (const g of brief.figures) {
      if (new Set(g.values.map((v) => lang.get(v.articleId))).size < 2) continue;
      figuresAcross++;
      figures.push(JSON.stringify({ story: sid, quantity: g.quantity, status: g.status, values: g.values.map((v) => `${lang.get(v.articleId)}: ${v.text}`) }));
    }
    for (const c of brief.claims) {
      const langs = [...new Set(c.citations.map((x) => lang.get(x.articleId)))];
      if (langs.length < 2) continue;
      if (c.status === 'agreed') agreed++;
      if (langs.includes('en')) {
        claimsWithEnglish++;
        if (c.citations.some((x) => lang.get(x.articleId) === 'en' && text.get(x.articleId)!.slice(x.start, x.end) === c.text)) claimsInEnglish++;
      }
      claims.push(JSON.stringify({ story: sid, status: c.status, independent: c.independent, langs, cites: c.citations.map((x) => `${lang.get(x.articleId)}: ${text.get(x.articleId)!.slice(x.start, x.end)}`) }));
    }
    for (const e of brief.entities) {
      const langs = [...new Set(e.articleIds.map((id) => lang.get(id)))];
      if (e.type === 'person' && langs.length >= 2) people.push(JSON.stringify({ story: sid, name: e.name, aliases: e.aliases, langs }));
      if (e.type === 'place' && langs.length >= 2) places.push(JSON.stringify({ story: sid, name: e.name, aliases: e.aliases, langs }));
    }
    const stated = new Set<number>();
    for (const sen of brief.overview.sentences) {
      const own = sen.citations[0];
      const k = own === undefined ? -1 : brief.claims.findIndex((c) => c.citations.some((x) => x.articleId === own.articleId && x.start <= own.start && own.end <= x.end));
      if (k >= 0 && stated.has(k)) overviewRepeats++;
      if (k >= 0) stated.add(k);
    }
    if (brief.articles.some((a) => a.language === 'en')) {
      for (const sen of brief.overview.sentences) {
        overviewSentences++;
        if (lang.get(sen.citations[0]?.articleId as never) === 'en') overviewEnglish++;
      }
    }
    const titled = brief.articles.find((a) => a.title === brief.title)?.language;
    if (brief.articles.some((a) => a.language === 'en')) withEnglish++;
    if (titled === 'en') english++;
    titles.push(JSON.stringify({ story: sid, title: brief.title, language: titled }));
  }
  store.close();
  write('claims.jsonl', claims);
  write('figures.jsonl', figures);
  write('people.jsonl', people);
  write('places.jsonl', places);
  write('titles.jsonl', titles);
  process.stdout.write(`stories in two languages or more (clusters/semeval-multilingual-dev gold): ${briefs} briefed (${stored.length} articles stored); claims citing two languages ${claims.length}, agreed ${agreed}; people named in two languages ${people.length}; places named in two languages ${places.length}; titled in English ${english} of the ${withEnglish} with an English article; machine-translated copies linked to their original as one text ${copiesLinked} of ${copies}; figure groups citing two languages ${figuresAcross}; summary sentences in English where the story has an English article ${overviewEnglish} of ${overviewSentences}; claims citing English and another language ${claimsWithEnglish}, worded in English ${claimsInEnglish}; summary sentences stating a claim an earlier one states ${overviewRepeats}\n`);
}

function textsInLanguages(): void {
  const seen = new Set<string>();
  let texts = 0;
  const persons: string[] = [];
  const dates: string[] = [];
  for (const r of jsonl<{ text1?: string; text2?: string }>(PAIRS)) {
    for (const text of [r.text1, r.text2]) {
      if (!text || seen.has(text)) continue;
      seen.add(text);
      const lang = detectLanguage(text);
      if (lang === 'en' || lang === 'und') continue;
      texts++;
      const c = clean({ format: 'jsonl', title: '', body: text });
      if (c.ok) for (const e of analyze(c.value).entities) if (e.type === 'person') persons.push(`${lang}\t${e.name}\t${e.text}`);
      for (const d of extractDatesIntl(text, lang, { date: '2020-03-18' })) dates.push(`${lang}\t${d.start}\t${d.text}\t${d.date ?? ''}\t${text.slice(Math.max(0, d.start - 90), d.end + 40).replace(/\s+/g, ' ')}`);
    }
  }
  write('persons.tsv', persons);
  write('dates.tsv', dates);
  const distinct = new Set(persons.map((p) => p.split('\t').slice(0, 2).join('\t'))).size;
  process.stdout.write(`non-English texts of pairs/semeval2022-dev: ${texts} distinct texts; person mentions ${persons.length} (${distinct} distinct names by language); date mentions ${dates.length}\n`);
}
