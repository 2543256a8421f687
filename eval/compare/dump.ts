/**
 * Labelling aid: prints the judgeable items of the analysed corpora with the
 * cited spans of the articles, so a labeller reads the sources (GUIDE.md).
 * It prints what the articles say at the cited places; it never proposes a label.
 *
 *   node --import tsx eval/compare/dump.ts OUT_DIR TYPE [--unlabelled]
 *
 * OUT_DIR holds `<corpus>.json` briefs (bench/compare.ts writes them); items
 * are numbered in a stable order for the labeller's notes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { itemsOf, readBrief, type Brief, type BriefArticle, type Item, type ItemType } from './items.js';

const [dir, type, ...flags] = process.argv.slice(2);
if (dir === undefined || type === undefined) {
  console.error('usage: dump.ts OUT_DIR TYPE [--unlabelled]');
  process.exit(2);
}
const judged = new Set<string>();
const jf = join(import.meta.dirname, 'judgements.jsonl');
if (flags.includes('--unlabelled') && existsSync(jf)) {
  for (const l of readFileSync(jf, 'utf8').split('\n')) if (l.trim() !== '') judged.add((JSON.parse(l) as { key: string }).key);
}

const PAD = Number(process.env.PAD ?? 140);
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');

function context(a: BriefArticle, start: number, end: number, pad: number): string {
  const s = Math.max(0, start - pad);
  const e = Math.min(a.text.length, end + pad);
  return `${s > 0 ? '…' : ''}${a.text.slice(s, start)}⟦${a.text.slice(start, end)}⟧${a.text.slice(end, e)}${e < a.text.length ? '…' : ''}`.replace(/\s+/g, ' ');
}

let n = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
  const corpus = f.replace(/\.json$/, '');
  const brief = readBrief(join(dir, f)) as Brief & { stories: { articles: (BriefArticle & { source?: string; published?: string })[] }[] };
  const items: Item[] = itemsOf(corpus, brief).filter((i) => i.type === (type as ItemType) && !judged.has(i.key));
  for (const it of items) {
    n++;
    const story = brief.stories.find((s) => s.id === it.story)!;
    const art = new Map(story.articles.map((a) => [a.id, a]));
    const tag = (id: string) => {
      const a = art.get(id) as (BriefArticle & { source?: string; published?: string; path?: string }) | undefined;
      return a === undefined ? id : `[${a.ref} ${a.path?.replace(/^.*#/, '') ?? ''} ${a.source ?? ''}]`;
    };
    console.log(`\n#${n} ${corpus} ${it.story} ${it.key}`);
    if (it.claim !== undefined) {
      const c = it.claim;
      console.log(`  CLAIM (${c.status}, lineages ${c.lineages.join(',')}${c.speaker ? `, speaker ${c.speaker}` : ''}): ${c.text}`);
      for (const x of c.citations) {
        const a = art.get(x.articleId);
        console.log(`   ${tag(x.articleId)} ${a ? clip(context(a, x.start, x.end, 60), 520) : '?'}`);
      }
    }
    if (it.figure !== undefined) {
      const g = it.figure;
      console.log(`  FIGURE ${g.status} subject="${g.subject}"`);
      for (const v of g.values) {
        const a = art.get(v.articleId);
        console.log(`   ${tag(v.articleId)} ${v.value} "${v.text}"${v.attribution ? ` (${v.attribution})` : ''} :: ${a ? clip(context(a, v.start, v.end, PAD), PAD * 3) : '?'}`);
      }
    }
    if (it.reuse !== undefined) {
      const r = it.reuse;
      const show = (id: string) => {
        const a = art.get(id) as (BriefArticle & { source?: string; published?: string; path?: string; publishedInferred?: string }) | undefined;
        return `${tag(id)} pub=${a?.published ?? a?.publishedInferred ?? '-'} title="${clip(a?.title ?? '', 80)}" | ${clip(a?.text ?? '', 160)} … ${clip(a?.text.slice(-140) ?? '', 140)}`;
      };
      console.log(`  REUSE ${r.kind} (${r.evidence}) cov ${r.coverageA.toFixed(2)}/${r.coverageB.toFixed(2)}`);
      console.log(`   FROM ${show(r.from!)}`);
      console.log(`   TO   ${show(r.to!)}`);
    }
  }
}
console.error(`${n} items`);
