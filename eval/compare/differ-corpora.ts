/**
 * Corpora for judging "Sources differ" (eval/compare/GUIDE.md): real stories
 * in which independent outlets may report different values for one quantity.
 *
 * Source: the NeuS clusters of ../shared/data/summaries (neus-train and
 * neus-val): each cluster is one story told by three outlets of different
 * leanings (title and lead, no dates). A cluster is taken when two of its
 * articles write a number before the same counted noun ("63 people", "as many
 * as 50 people"; deaths, votes, jobs, percent…) with different sets of
 * values. That rule only finds where to look: whether the values are one
 * quantity, and whether they disagree, is for the labeller to read. The
 * texts may not be committed, so the corpora are written outside the
 * repository like the others.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

const NEUS = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'summaries');
const SETS = ['neus-train', 'neus-val'] as const;
const CLUSTERS = resolve(NEUS, '..', 'clusters');

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}

/** At most this many corpora: each costs one analyze run in the benchmark. */
const MAX_CORPORA = 1000;

/**
 * A number, an optional scale word, at most two words, then the counted
 * word: any word of three letters or more but the function words and time
 * units below ("50 people were killed", "as many as 50 people", "52,000
 * Americans", "7,314 hate crime incidents"; not "2 in the", "3 years").
 */
const NUMBER_BEFORE_NOUN = /\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|billion|trillion|thousand|percent|%))?\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,})\b/gi;
const NOT_COUNTED = new Set(['the', 'and', 'for', 'that', 'with', 'from', 'was', 'were', 'are', 'has', 'have', 'had', 'who', 'which', 'but', 'not', 'than', 'this', 'its', 'their', 'his', 'her', 'after', 'before', 'since', 'into', 'over', 'under', 'about', 'more', 'years', 'year', 'days', 'day', 'months', 'month', 'weeks', 'week', 'hours', 'hour', 'minutes', 'times', 'a.m', 'p.m']);

interface NeusCluster {
  readonly id: string;
  readonly articles: readonly { readonly title: string; readonly text: string }[];
}

/** Input line of `parallax analyze` (JSONL). */
export interface DifferLine {
  readonly title: string;
  readonly text: string;
  readonly url: string;
  readonly source: string;
}

export interface DifferCorpus {
  readonly name: string;
  readonly lines: readonly DifferLine[];
}

/** Each article's values per counted noun. */
function valuesByNoun(a: { readonly title: string; readonly text: string }): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of `${a.title}. ${a.text}`.matchAll(NUMBER_BEFORE_NOUN)) {
    const noun = m[3]!.toLowerCase();
    if (NOT_COUNTED.has(noun) || (m[2] === undefined && /^(?:19|20)\d\d$/.test(m[1]!))) continue;
    const set = out.get(noun) ?? new Set<string>();
    set.add(`${m[1]!.replace(/,/g, '')}${m[2] !== undefined ? ` ${m[2].toLowerCase()}` : ''}`);
    out.set(noun, set);
  }
  return out;
}

/**
 * A number (not a year; 10 or more, or with a scale word) and the content
 * words within four words either side of it: "killing 63 people", "the death
 * toll rose to 63", "63 were killed", "$2 billion in aid".
 */
const ANY_NUMBER = /\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|billion|trillion|thousand|percent|%))?/gi;
const NOT_CONTEXT = new Set([...NOT_COUNTED, 'said', 'says', 'say', 'also', 'been', 'will', 'would', 'could', 'can', 'most', 'some', 'many', 'least', 'nearly', 'almost', 'around', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

function numbersInContext(a: { readonly title: string; readonly text: string }): { value: string; words: Set<string> }[] {
  const t = `${a.title}. ${a.text}`;
  const out: { value: string; words: Set<string> }[] = [];
  for (const m of t.matchAll(ANY_NUMBER)) {
    const v = m[1]!.replace(/,/g, '');
    if (m[2] === undefined && (/^(?:19|20)\d\d$/.test(v) || Number(v) < 10)) continue;
    const words = (s: string) => s.toLowerCase().match(/[a-z]{3,}/g) ?? [];
    const before = words(t.slice(Math.max(0, m.index - 50), m.index)).slice(-4);
    const after = words(t.slice(m.index + m[0].length, m.index + m[0].length + 50)).slice(0, 4);
    out.push({ value: `${v}${m[2] !== undefined ? ` ${m[2].toLowerCase()}` : ''}`, words: new Set([...before, ...after].filter((w) => !NOT_CONTEXT.has(w))) });
  }
  return out;
}

/**
 * Two articles write different values before one counted noun, or two
 * different numbers with a content word in common close by ("death toll
 * rose to 63" / "the death toll of 50"). A cheap filter over every story:
 * the pipeline and the labeller decide the rest.
 */
export function mayDiffer(c: { readonly articles: readonly { readonly title: string; readonly text: string }[] }): boolean {
  const per = c.articles.map(valuesByNoun);
  const nouns = new Set(per.flatMap((m) => [...m.keys()]));
  for (const noun of nouns) {
    const sets = per.filter((m) => m.has(noun)).map((m) => [...m.get(noun)!].sort().join('|'));
    if (sets.length >= 2 && new Set(sets).size > 1) return true;
  }
  const near = c.articles.map(numbersInContext);
  for (let i = 0; i < near.length; i++) {
    for (let j = i + 1; j < near.length; j++) {
      for (const x of near[i]!) for (const y of near[j]!) if (x.value !== y.value && [...x.words].some((w) => y.words.has(w))) return true;
    }
  }
  return false;
}

/**
 * The corpora, in a stable order (by a hash of the cluster id, so neither
 * set's order decides which are taken), or none when ../shared is absent.
 */
export function differCorpora(): DifferCorpus[] {
  const picked: NeusCluster[] = [];
  for (const set of SETS) {
    const file = join(NEUS, set, 'clusters.jsonl');
    if (!existsSync(file)) return [];
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const c = JSON.parse(line) as NeusCluster;
      if (c.articles.length >= 2 && mayDiffer(c)) picked.push(c);
    }
  }
  // The SemEval stories: articles raters judged one story (ten languages; the rule reads English counted words).
  const semeval = join(CLUSTERS, 'semeval-multilingual-dev');
  if (existsSync(join(semeval, 'articles.jsonl'))) {
    const story = new Map(readJsonl<{ id: string; story: string }>(join(semeval, 'gold.jsonl')).map((g) => [g.id, g.story]));
    const byStory = new Map<string, { title: string; text: string }[]>();
    for (const a of readJsonl<{ id: string; title?: string; text: string }>(join(semeval, 'articles.jsonl'))) {
      const s = story.get(a.id);
      if (s === undefined) continue;
      byStory.set(s, [...(byStory.get(s) ?? []), { title: a.title ?? '', text: a.text }]);
    }
    for (const [id, articles] of byStory) {
      const c = { id: `semeval-${id}`, articles: articles.slice(0, 8) };
      if (c.articles.length >= 2 && mayDiffer(c)) picked.push(c);
    }
  }
  const key = (id: string) => createHash('sha1').update(id).digest('hex');
  return picked
    .sort((a, b) => (key(a.id) < key(b.id) ? -1 : 1))
    .slice(0, MAX_CORPORA)
    .map((c) => ({
      name: c.id.startsWith('semeval-') ? c.id : `neus-${c.id}`,
      lines: c.articles.map((a, i) => ({ title: a.title, text: a.text, url: `https://${c.id.startsWith('semeval-') ? 'semeval' : 'neus'}.example/${c.id}/${i}`, source: `${c.id.startsWith('semeval-') ? 'SemEval' : 'NeuS'} outlet ${'ABCDEFGH'[i] ?? i}` })),
    }));
}
