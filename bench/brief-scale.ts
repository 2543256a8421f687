/**
 * The brief at scale (issue 11): a wire-driven story of N articles built
 * deterministically from real article text — a few dozen originals (the
 * largest events of clusters/giveme5w1h; the bundled examples/biden-putin-call
 * when ../shared is absent) and their derivatives the way aggregators
 * republish: copies (paragraphs trimmed, another headline, a partner credit or
 * none, another outlet, hours later), light rewrites (sentences reordered,
 * paragraphs dropped, synonyms swapped) and pseudo-translations (no MT here:
 * heavier paraphrases flagged machine-translated by a disclaimer line).
 * Everything is ingested through the real pipeline into a SQLite file in
 * /tmp; the story is then set to the first N stored articles (originals
 * first, then derivatives in stream order, so sizes nest), and each size is
 * briefed in a child process (cold, as `parallax brief` would) that reports
 * wall and CPU seconds of buildBrief (cold, and again warm in the same process, as
 * a running service computes it), its peak RSS (process.resourceUsage)
 * and the JSON brief's bytes. Then M cheap short filler articles are ingested
 * and the sizes are briefed again: the brief must not depend on them.
 *   node --import tsx bench/brief-scale.ts                          # 50…1000, 0 and 5,000 fillers
 *   node --import tsx bench/brief-scale.ts --sizes 200,1000 --fillers 0
 *   node --import tsx bench/brief-scale.ts --db /tmp/x.db --keep     # reuse a built database
 *   node --import tsx bench/brief-scale.ts --child DB STORY [--dist DIR] [--json-out FILE]   # one cold child
 *   node --import tsx bench/brief-scale.ts --child DB near:200 ...  # the story of DB nearest 200 articles (e.g. bench/serve.ts's database)
 * Children brief a build of the sources made first (`tsc --outDir
 * .bench-out/brief-scale-build`, or `--dist DIR`): the compiled code, as
 * `parallax brief` runs it; `--src` measures the sources through tsx instead.
 *   ... --example                                                   # originals from examples/ (as without ../shared)
 * Gated figures are ceilings (bench/run.ts): CPU seconds, peak MB and JSON KB
 * at 200 and 1,000, the growth exponent of the CPU time from 200 to 1,000, and
 * the slowdown of the 1,000 brief with the fillers. Wall seconds are printed:
 * on a shared machine they mostly measure waiting for a core.
 * A full run takes about 5 minutes (most of it ingesting the fillers).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import type { RawArticle } from '../src/core/types.js';
import { derive, fillers, iso, pick, sentencesOf, type Original } from './brief-scale-lib/derivatives.js';
import { mainThreadCpu, nearestStory, type Run } from './brief-scale-lib/child-report.js';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

// The code measured: compiled (`--dist DIR`, a `tsc --outDir DIR` build, as
// `parallax brief` runs it) or the TypeScript sources through tsx. Loaded by
// path, so a child measuring the build loads no second copy from src/.
const DIST = arg('--dist');
const ROOT = DIST !== undefined ? `${pathToFileURL(resolve(DIST)).href}/` : new URL('../', import.meta.url).href;
const { asStoryId } = (await import(`${ROOT}src/core/ids.js`)) as typeof import('../src/core/ids.js');
const { buildBrief } = (await import(`${ROOT}src/pipeline/build-briefs.js`)) as typeof import('../src/pipeline/build-briefs.js');
const { ingestArticles } = (await import(`${ROOT}src/pipeline/ingest-articles.js`)) as typeof import('../src/pipeline/ingest-articles.js');
const { readInputs } = (await import(`${ROOT}src/pipeline/read-inputs.js`)) as typeof import('../src/pipeline/read-inputs.js');
const { renderHtml, renderJson, renderMarkdown } = (await import(`${ROOT}src/stages/brief/index.js`)) as typeof import('../src/stages/brief/index.js');
const { SqliteStore } = (await import(`${ROOT}src/storage/sqlite/sqlite-store.js`)) as typeof import('../src/storage/sqlite/sqlite-store.js');
type SqliteStore = InstanceType<typeof SqliteStore>;

// ---- child: brief one story of a database, report one JSON line ----
if (args[0] === '--child') {
  const [, file, storyArg] = args;
  // `near:N`: the story whose size is nearest N (ties: lowest id), as bench/serve.ts picks its "200-article brief".
  const near = /^near:(\d+)$/.exec(storyArg ?? '');
  const story = near ? nearestStory(file!, Number(near[1])) : storyArg;
  const store = new SqliteStore(file!);
  const c0 = process.cpuUsage();
  const m0 = mainThreadCpu();
  const t0 = performance.now();
  const brief = buildBrief(store, asStoryId(story!));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const mainCpu = mainThreadCpu() - m0;
  const t1 = performance.now();
  const json = brief ? renderJson(brief) : '';
  const renderSeconds = (performance.now() - t1) / 1000;
  // --json-out FILE: keep the JSON brief, to check that a speed-up leaves the output byte for byte the same.
  const jsonOut = arg('--json-out');
  if (jsonOut) writeFileSync(jsonOut, json);
  // Peak of the brief and its JSON; the Markdown and HTML renderings after it are measured for size only.
  const peakMB = process.resourceUsage().maxRSS / 1024;
  // The same brief again in this now-warm process, as a running service computes it (after the peak is read).
  const w0 = performance.now();
  const wc0 = process.cpuUsage();
  const wm0 = mainThreadCpu();
  buildBrief(store, asStoryId(story!));
  const warmSeconds = (performance.now() - w0) / 1000;
  const warmCpu = process.cpuUsage(wc0);
  const warmMainCpu = mainThreadCpu() - wm0;
  const markdownBytes = brief ? Buffer.byteLength(renderMarkdown(brief)) : 0;
  const htmlBytes = brief ? Buffer.byteLength(renderHtml(brief)) : 0;
  const s = brief as unknown as Record<string, unknown> | undefined;
  const count = (k: string): number => (Array.isArray(s?.[k]) ? (s[k] as unknown[]).length : 0);
  process.stdout.write(
    `${JSON.stringify({
      story,
      articles: brief?.articles.length ?? 0,
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      // The thread that runs buildBrief (the critical path on an idle machine; NaN where /proc is missing).
      mainCpuSeconds: mainCpu,
      warmSeconds,
      warmCpuSeconds: (warmCpu.user + warmCpu.system) / 1e6,
      warmMainCpuSeconds: warmMainCpu,
      renderSeconds,
      peakMB,
      jsonBytes: Buffer.byteLength(json),
      markdownBytes,
      htmlBytes,
      reuse: count('reuse'),
      lineages: count('lineages'),
      quotes: count('quotes'),
      claims: count('claims'),
      summary: count('summary'),
      figures: count('figures'),
    })}\n`,
  );
  store.close();
  process.exit(0);
}

const SHARED = join(import.meta.dirname, '../../shared/data/clusters');
const GIVEME = join(SHARED, 'giveme5w1h');

/** A few dozen originals: the largest gold events of giveme5w1h until 30 articles, else the bundled example. */
function loadOriginals(): { originals: Original[]; from: string } {
  const paras = (body: string): string[] => body.split('\n').map((l) => l.trim()).filter(Boolean);
  if (!args.includes('--example') && existsSync(join(GIVEME, 'articles.jsonl')) && existsSync(join(GIVEME, 'gold.jsonl'))) {
    const jsonl = <T>(f: string): T[] => readFileSync(join(GIVEME, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
    const gold = jsonl<{ id: string; story: string }>('gold.jsonl');
    const sizes = new Map<string, number>();
    for (const g of gold) sizes.set(g.story, (sizes.get(g.story) ?? 0) + 1);
    const events: string[] = [];
    let total = 0;
    for (const [e, n] of [...sizes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
      if (total >= 30) break;
      events.push(e);
      total += n;
    }
    const inEvents = new Set(gold.filter((g) => events.includes(g.story)).map((g) => g.id));
    const rows = jsonl<{ id: string; title?: string; text?: string; published?: string; source?: string }>('articles.jsonl').filter((r) => inEvents.has(r.id));
    const originals = rows.map((r, i) => ({
      title: r.title ?? '',
      paragraphs: paras(r.text ?? ''),
      source: r.source ?? `outlet${i}`,
      published: Date.parse(`${r.published ?? '2020-01-01'}Z`) || Date.UTC(2020, 0, 1),
    }));
    return { originals, from: `giveme5w1h events ${events.join(', ')}` };
  }
  const raws = readInputs([join(import.meta.dirname, '../examples/biden-putin-call')]).articles;
  const originals = raws.map((r, i) => {
    const lines = paras(r.body);
    return { title: r.title ?? lines[0] ?? '', paragraphs: r.title ? lines : lines.slice(1), source: `example${i}`, published: Date.UTC(2021, 11, 4, i * 3) };
  });
  return { originals, from: 'examples/biden-putin-call (../shared absent)' };
}

function fillerPool(originals: readonly Original[]): string[] {
  const uci = join(SHARED, 'semeval-multilingual-dev/articles.jsonl');
  const texts = !args.includes('--example') && existsSync(uci)
    ? readFileSync(uci, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text?: string }).text ?? '')
    : originals.flatMap((o) => o.paragraphs);
  return texts.flatMap((t) => sentencesOf(t.split('\n')[0] ?? '')).filter((s) => s.length >= 80 && s.length <= 300 && /^[\x20-\x7e]+$/.test(s));
}

// ---- parent ----
const SIZES = (arg('--sizes') ?? '50,100,200,400,1000').split(',').map(Number);
const FILLERS = Number(arg('--fillers') ?? 5000);
const DB = arg('--db') ?? '/tmp/parallax-brief-scale.db';
const KEEP = args.includes('--keep');
const MAXN = Math.max(...SIZES);
const TIMEOUT_MS = Number(arg('--timeout') ?? 300) * 1000;
const clock = { now: () => new Date('2026-01-01T00:00:00Z') };
// Children brief the compiled code, as `parallax brief` runs it: through tsx a
// brief's helper thread registers tsx's loader and compiles its modules again
// (about 0.4 CPU s and 80 MB that no user pays). `--src` measures the sources.
const BUILD = args.includes('--src') ? undefined : (DIST ?? join(import.meta.dirname, '../.bench-out/brief-scale-build'));
if (BUILD !== undefined && DIST === undefined) {
  const t = spawnSync(process.execPath, [join(import.meta.dirname, '../node_modules/typescript/bin/tsc'), '-p', join(import.meta.dirname, '../tsconfig.json'), '--outDir', BUILD], { encoding: 'utf8' });
  if (!existsSync(join(BUILD, 'src/pipeline/build-briefs.js'))) throw new Error(`brief-scale: building ${BUILD} failed: ${t.stdout.slice(0, 400)}`);
}
process.stdout.write(`brief-scale: children brief ${BUILD !== undefined ? `the compiled code in ${BUILD}` : 'the TypeScript sources through tsx'}\n`);

const { originals, from } = loadOriginals();
if (!KEEP || !existsSync(DB)) {
  for (const f of [DB, `${DB}-wal`, `${DB}-shm`]) rmSync(f, { force: true });
  const raws: RawArticle[] = originals.map((o, i) => ({ format: 'jsonl', path: `original#${i}`, title: o.title, body: o.paragraphs.join('\n'), published: iso(o.published), source: o.source }));
  const store = new SqliteStore(DB);
  const t0 = performance.now();
  let added = 0;
  let duplicates = 0;
  // Derivatives that clean to an already stored text are duplicates, as in a real feed: batches until N are stored.
  for (let n = 0, batch = raws; added < MAXN; batch = []) {
    while (batch.length < Math.max(50, (MAXN - added) * 1.2)) batch.push(derive(pick(originals), n++));
    const r = ingestArticles(batch, { store, clock });
    added += r.added;
    duplicates += r.duplicates;
  }
  process.stderr.write(`ingested ${added} story articles (${duplicates} duplicates dropped) in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  store.close();
}
process.stdout.write(`brief-scale: ${originals.length} originals from ${from}; database ${DB}\n`);

function storyIds(store: SqliteStore): string[] {
  // Bench-only bookkeeping over the whole database: the story's articles are those not named filler#.
  return store
    .listArticles()
    .filter((a) => !a.article.title.startsWith('Filler '))
    .map((a) => a.article.id);
}

function briefOfSize(n: number): Run | string {
  const store = new SqliteStore(DB);
  const ids = storyIds(store).slice(0, MAXN);
  const story = `brief-scale-${n}`;
  store.transaction(() => ids.forEach((id, i) => store.setStory(id as never, asStoryId(i < n ? story : 'brief-scale-rest'))));
  store.close();
  const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', DB, story, ...(BUILD !== undefined ? ['--dist', BUILD] : [])], { encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 1 << 24 });
  if (r.status !== 0) return r.error ? `timeout after ${TIMEOUT_MS / 1000} s` : `exit ${r.status}: ${r.stderr.split('\n').find((l) => /Error/.test(l)) ?? r.stderr.slice(0, 200)}`;
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Run;
}

function table(label: string, sizes: readonly number[]): Map<number, Run> {
  const runs = new Map<number, Run>();
  process.stdout.write(`\n${label}\n     N   brief s    CPU s   warm s   render s   peak MB   JSON bytes   MD bytes  HTML bytes   reuse  lineages  quotes  claims\n`);
  for (const n of sizes) {
    const r = briefOfSize(n);
    if (typeof r === 'string') {
      process.stdout.write(`${String(n).padStart(6)}   ${r}\n`);
      continue;
    }
    runs.set(n, r);
    process.stdout.write(
      `${String(r.articles).padStart(6)} ${r.seconds.toFixed(2).padStart(9)} ${r.cpuSeconds.toFixed(2).padStart(8)} ${r.warmSeconds.toFixed(2).padStart(8)} ${r.renderSeconds.toFixed(2).padStart(10)} ${r.peakMB.toFixed(0).padStart(9)} ${String(r.jsonBytes).padStart(12)} ${String(r.markdownBytes).padStart(10)} ${String(r.htmlBytes).padStart(11)} ${String(r.reuse).padStart(7)} ${String(r.lineages).padStart(9)} ${String(r.quotes).padStart(7)} ${String(r.claims).padStart(7)}\n`,
    );
  }
  const ns = [...runs.keys()];
  for (let i = 1; i < ns.length; i++) {
    const [a, b] = [runs.get(ns[i - 1]!)!, runs.get(ns[i]!)!];
    const k = (x: number, y: number): string => (Math.log(y / x) / Math.log(b.articles / a.articles)).toFixed(2);
    process.stdout.write(`  growth ${a.articles}→${b.articles}: time n^${k(a.cpuSeconds, b.cpuSeconds)} (CPU), JSON n^${k(a.jsonBytes, b.jsonBytes)}\n`);
  }
  return runs;
}

const bare = table(`story of N articles, no other articles in the database`, SIZES);
let withFillers = new Map<number, Run>();
if (FILLERS > 0) {
  const store = new SqliteStore(DB);
  const have = store.countArticles() - storyIds(store).length;
  if (have < FILLERS) {
    const t0 = performance.now();
    const r = ingestArticles(fillers(FILLERS - have, fillerPool(originals)), { store, clock });
    process.stderr.write(`ingested ${r.added} fillers in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  }
  const total = store.countArticles();
  const others = total - storyIds(store).length;
  store.close();
  withFillers = table(`the same with ${others.toLocaleString('en')} filler articles in the database (${total.toLocaleString('en')} articles in all)`, SIZES.filter((n) => n === 200 || n === MAXN));
}

const at = (n: number): Run | undefined => bare.get(n);
// Least-squares slope of log CPU time against log N over every size: the growth exponent (1 = linear; n log n from 50 to 1,000 is about n^1.2).
const pts = [...bare.values()].map((r) => [Math.log(r.articles), Math.log(r.cpuSeconds)] as const);
if (pts.length > 2) {
  const mx = pts.reduce((x, p) => x + p[0], 0) / pts.length;
  const my = pts.reduce((y, p) => y + p[1], 0) / pts.length;
  const slope = pts.reduce((v, p) => v + (p[0] - mx) * (p[1] - my), 0) / pts.reduce((v, p) => v + (p[0] - mx) ** 2, 0);
  process.stdout.write(`growth fitted over all sizes: CPU time n^${slope.toFixed(2)}\n`);
}
// Gated (ceilings, bench/run.ts): CPU seconds (wall time follows the machine's load), peak MB and JSON KB at 200 and 1,000.
const fig = (name: string, v: number, digits = 3): void => void process.stdout.write(`figure briefScale.${name} ${v.toFixed(digits)}\n`);
for (const n of [200, 1000]) {
  const r = at(n);
  if (!r) continue;
  fig(`n${n}.cpuSeconds`, r.cpuSeconds, 2);
  fig(`n${n}.peakMB`, r.peakMB, 0);
  fig(`n${n}.jsonKB`, r.jsonBytes / 1024, 0);
}
const [a, b] = [at(200), at(1000)];
if (a && b) fig('growth200to1000', Math.log(b.cpuSeconds / a.cpuSeconds) / Math.log(b.articles / a.articles), 2);
const f = withFillers.get(MAXN);
if (f && at(MAXN)) fig('fillerSlowdown', f.cpuSeconds / at(MAXN)!.cpuSeconds, 2);
if (!KEEP) for (const x of [DB, `${DB}-wal`, `${DB}-shm`]) rmSync(x, { force: true });
