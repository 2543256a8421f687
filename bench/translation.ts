/**
 * Translation detection on real articles (provenance, kind "translation"):
 * precision and recall of the detector on cross-language pairs of
 * ../shared/data/pairs/semeval2022-dev, labelled as described in
 * eval/translation/GUIDE.md:
 * - translations: an article id the data holds in two languages
 *   ("1484037032" in English and "1484037032zh"), the task's own
 *   translations of one article (read: see the guide);
 * - not translations: every cross-language pair of two different articles
 *   (the task's pairs), but two that reading found to be translations of one
 *   text (one is counted a translation, the partial one is left out).
 * Figures for all pairs and for the two halves by id hash (tuning must help both).
 * Skips with a message when the data is absent.
 *   node --import tsx bench/translation.ts [--misses]
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/stages/analyze/index.js';
import type { ArticleId } from '../src/core/ids.js';
import type { CleanArticle } from '../src/core/types.js';
import { anchoredSentences, type AnchoredSentence } from '../src/stages/provenance/anchors.js';
import { alignTranslation, isTranslation } from '../src/stages/provenance/translation.js';
import { findTranslations } from '../src/stages/provenance/find-translations.js';

const DIR = join(import.meta.dirname, '../../shared/data/pairs/semeval2022-dev');
const showMisses = process.argv.includes('--misses');
if (!existsSync(join(DIR, 'pairs.jsonl'))) {
  console.log(`skipped: ${DIR}/pairs.jsonl not found`);
  process.exit(0);
}

interface Pair { id: string; lang1: string; lang2: string; text1: string; text2: string }
const pairs = readFileSync(join(DIR, 'pairs.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Pair);
const gold = new Map(readFileSync(join(DIR, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; overall: number }).map((g) => [g.id, g.overall]));

/** Every article once: id → language and text (the first scrape of an id). */
const docs = new Map<string, { lang: string; text: string }>();
for (const p of pairs) {
  const [i1, i2] = p.id.split('_') as [string, string];
  if (!docs.has(i1)) docs.set(i1, { lang: p.lang1, text: p.text1 });
  if (!docs.has(i2)) docs.set(i2, { lang: p.lang2, text: p.text2 });
}

interface Item { key: string; a: string; b: string; translation: boolean; rating?: number }
const items: Item[] = [];
// Translations: one article id (digits) in two languages.
const byNumber = new Map<string, string[]>();
for (const id of docs.keys()) {
  const num = id.replace(/[a-z]+$/, '');
  byNumber.set(num, [...(byNumber.get(num) ?? []), id]);
}
for (const ids of byNumber.values()) {
  for (let x = 0; x < ids.length; x++) {
    for (let y = x + 1; y < ids.length; y++) {
      if (docs.get(ids[x]!)!.lang !== docs.get(ids[y]!)!.lang) items.push({ key: `${ids[x]}_${ids[y]}`, a: ids[x]!, b: ids[y]!, translation: true });
    }
  }
}
// Not translations: cross-language pairs of two different articles, except
// where reading found otherwise (eval/translation/GUIDE.md): one translates
// another outlet's copy of the same wire text; one quotes a translated
// stretch of the other, a partial translation, left out of the scores.
const READ: Readonly<Record<string, 'translation' | 'partial'>> = {
  '1484013038zh_1484073406': 'translation',
  '1596106217_1597013708en': 'partial',
};
const seenPairs = new Set<string>();
for (const p of pairs) {
  const [i1, i2] = p.id.split('_') as [string, string];
  if (p.lang1 === p.lang2 || i1.replace(/[a-z]+$/, '') === i2.replace(/[a-z]+$/, '') || seenPairs.has(p.id)) continue;
  seenPairs.add(p.id);
  if (READ[p.id] === 'partial') continue;
  items.push({ key: p.id, a: i1, b: i2, translation: READ[p.id] === 'translation', rating: gold.get(p.id) });
}

const anchored = new Map<string, AnchoredSentence[]>();
function sentencesOf(id: string): AnchoredSentence[] {
  let s = anchored.get(id);
  if (!s) {
    const d = docs.get(id)!;
    const article: CleanArticle = { id: `a_${id}` as ArticleId, title: '', text: d.text, meta: { publishedFrom: 'none', headings: [], captions: [], credits: [], machineTranslated: false, removed: [] } };
    const an = analyze(article);
    s = anchoredSentences({ text: d.text, language: d.lang, sentences: an.sentences, dates: an.dates, ...(process.argv.includes('--no-entities') ? {} : { entities: an.entities }), quoted: an.quotes });
    anchored.set(id, s);
  }
  return s;
}

const half = (key: string): number => createHash('sha1').update(key).digest()[0]! & 1;
const t0 = process.cpuUsage();
const scored = items.map((it) => {
  const al = alignTranslation(sentencesOf(it.a), sentencesOf(it.b), undefined, process.argv.includes('--no-sides') ? undefined : { languageA: docs.get(it.a)!.lang, languageB: docs.get(it.b)!.lang });
  return { it, al, predicted: isTranslation(al) };
});
const cpu = (process.cpuUsage(t0).user + process.cpuUsage(t0).system) / 1e6;

function report(name: string, rows: typeof scored): void {
  const tp = rows.filter((r) => r.predicted && r.it.translation).length;
  const fp = rows.filter((r) => r.predicted && !r.it.translation).length;
  const fn = rows.filter((r) => !r.predicted && r.it.translation).length;
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  const sameStory = rows.filter((x) => !x.it.translation && (x.it.rating ?? 4) <= 2.5);
  const sameStoryFp = sameStory.filter((x) => x.predicted).length;
  console.log(`${name}: ${rows.filter((x) => x.it.translation).length} translations, ${rows.filter((x) => !x.it.translation).length} other pairs (${sameStory.length} rated same story) — precision ${p.toFixed(3)} recall ${r.toFixed(3)} (tp ${tp}, fp ${fp} of which same-story ${sameStoryFp}, fn ${fn})`);
}
report('all', scored);
report('half 0', scored.filter((s) => half(s.it.key) === 0));
report('half 1', scored.filter((s) => half(s.it.key) === 1));
const all = scored;
const tp = all.filter((r) => r.predicted && r.it.translation).length;
const fp = all.filter((r) => r.predicted && !r.it.translation).length;
const fn = all.filter((r) => !r.predicted && r.it.translation).length;
console.log(`figure translation_precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}`);
console.log(`figure translation_recall ${(tp / Math.max(1, tp + fn)).toFixed(3)}`);
console.log(`${items.length} pairs aligned in ${cpu.toFixed(2)} CPU s (analysis included)`);
// Recall by language pair (translations only): where anchors survive, and where they do not.
const byLanguages = new Map<string, [number, number]>();
for (const s of scored.filter((x) => x.it.translation)) {
  const key = [docs.get(s.it.a)!.lang, docs.get(s.it.b)!.lang].sort().join('-');
  const [found, total] = byLanguages.get(key) ?? [0, 0];
  byLanguages.set(key, [found + (s.predicted ? 1 : 0), total + 1]);
}
console.log(`recall by language pair: ${[...byLanguages.entries()].sort((x, y) => y[1][1] - x[1][1]).map(([k, [f, t]]) => `${k} ${f}/${t}`).join(', ')}`);
// Cost in a story: the first N articles of the data as one story of several languages.
const ids = [...docs.keys()];
for (const n of [200, 1000, 2000]) {
  const story = ids.slice(0, n).map((id) => {
    const d = docs.get(id)!;
    const s = sentencesOf(id);
    return { id: `a_${id}` as ArticleId, text: d.text, language: d.lang, machineTranslated: false, credits: [], sentences: s };
  });
  const c0 = process.cpuUsage();
  const found = findTranslations(story);
  const c = process.cpuUsage(c0);
  console.log(`story of ${n} articles in ${new Set(story.map((d) => d.language)).size} languages: ${found.length} translations found in ${((c.user + c.system) / 1e6).toFixed(2)} CPU s`);
}
if (showMisses) {
  for (const s of all.filter((r) => r.predicted !== r.it.translation)) {
    const { al } = s;
    console.log(`${s.it.translation ? 'MISS' : 'FALSE'} ${s.it.key} ${docs.get(s.it.a)!.lang}-${docs.get(s.it.b)!.lang} anchors ${al.anchorPairs} pairs ${al.pairs.length}/${sentencesOf(s.it.a).length}x${sentencesOf(s.it.b).length} cov ${al.coverageA.toFixed(2)}/${al.coverageB.toFixed(2)} gap ${al.interiorGapA.toFixed(2)}/${al.interiorGapB.toFixed(2)} spread ${al.ratioSpread.toFixed(2)}`);
  }
}
if (process.argv.includes('--dump')) {
  for (const s of all) console.log(`DUMP ${s.it.key} ${s.it.translation ? 1 : 0} ${half(s.it.key)} ${s.predicted ? 1 : 0} ${s.al.interiorGapA.toFixed(3)} ${s.al.interiorGapB.toFixed(3)} ${Math.max(s.al.coverageA, s.al.coverageB).toFixed(3)} ${s.al.anchorPairs} ${s.al.ratioSpread.toFixed(3)} ${s.it.rating ?? 0} ${s.al.pairs.length} ${s.al.lengthSpread.toFixed(3)} ${Math.min(s.al.coverageA, s.al.coverageB).toFixed(3)}`);
}
