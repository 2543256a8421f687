/**
 * The judged items of the compare-stage evaluation, read from the JSON brief
 * of `parallax analyze`, each with a stable key: a hash of what the item says
 * and which articles it cites. A label written for a key stays valid while the
 * program's output for that item is the same; when the output changes, the
 * key changes and the item shows up as unlabelled (GUIDE.md).
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBriefJson } from '../../src/stages/brief/expand-json.js';

export type ItemType = 'agreed-claim' | 'figure-group' | 'sources-differ' | 'reuse-direction' | 'single-source';
export const ITEM_TYPES: readonly ItemType[] = ['agreed-claim', 'figure-group', 'sources-differ', 'reuse-direction', 'single-source'];

export interface Citation {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
}
export interface BriefArticle {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly path?: string;
  readonly ref: number;
}
export interface Claim {
  readonly text: string;
  readonly status: string;
  readonly lineages: readonly string[];
  readonly citations: readonly Citation[];
  readonly speaker?: string;
}
export interface FigureValue {
  readonly articleId: string;
  readonly value: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly attribution?: string;
}
export interface Figure {
  readonly status: string;
  readonly subject: string;
  readonly values: readonly FigureValue[];
}
export interface ReuseEntry {
  readonly a: string;
  readonly b: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly kind: string;
  readonly evidence: string;
  readonly coverageA: number;
  readonly coverageB: number;
}
export interface Story {
  readonly id: string;
  readonly articles: readonly BriefArticle[];
  readonly claims?: readonly Claim[];
  readonly figures?: readonly Figure[];
  readonly reuse?: readonly ReuseEntry[];
  readonly lineages?: readonly { id: string; articleIds: readonly string[]; origin: string | null }[];
}
export interface Brief {
  readonly stories: readonly Story[];
}

/** One judged (or judgeable) item. */
export interface Item {
  readonly corpus: string;
  readonly story: string;
  readonly type: ItemType;
  readonly key: string;
  /** Enough to find the item again in the brief. */
  readonly claim?: Claim;
  readonly figure?: Figure;
  readonly reuse?: ReuseEntry;
}

function hash(parts: readonly string[]): string {
  return createHash('sha1').update(parts.join('\u0001')).digest('hex').slice(0, 16);
}

function sortedIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort();
}

export function claimKey(type: ItemType, c: Claim): string {
  return hash([type, c.text, ...sortedIds(c.citations.map((x) => x.articleId))]);
}

export function figureKey(type: ItemType, f: Figure): string {
  const values = f.values.map((v) => `${v.articleId}:${v.value}:${v.start}`).sort();
  return hash([type, f.subject, ...values]);
}

export function reuseKey(r: ReuseEntry): string {
  return hash(['reuse-direction', r.from ?? '', r.to ?? '', r.kind]);
}

/** Every judgeable item of one corpus's brief. */
export function itemsOf(corpus: string, brief: Brief): Item[] {
  const out: Item[] = [];
  for (const s of brief.stories) {
    for (const c of s.claims ?? []) {
      if (c.status === 'agreed') out.push({ corpus, story: s.id, type: 'agreed-claim', key: claimKey('agreed-claim', c), claim: c });
      else if (c.status === 'single-source') out.push({ corpus, story: s.id, type: 'single-source', key: claimKey('single-source', c), claim: c });
    }
    for (const f of s.figures ?? []) {
      // A group of one value is one quantity by definition: only groups of two or more values are judged.
      if (f.values.length >= 2) out.push({ corpus, story: s.id, type: 'figure-group', key: figureKey('figure-group', f), figure: f });
      if (f.status === 'differ') out.push({ corpus, story: s.id, type: 'sources-differ', key: figureKey('sources-differ', f), figure: f });
    }
    for (const r of s.reuse ?? []) {
      if (r.from !== null && r.to !== null) out.push({ corpus, story: s.id, type: 'reuse-direction', key: reuseKey(r), reuse: r });
    }
  }
  return out;
}

/** Runs `parallax analyze FILE --format json` from source; returns the brief. */
export function analyze(file: string, outFile: string): Brief {
  const cli = join(import.meta.dirname, 'cli.ts');
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, 'analyze', file, '--format', 'json', '--out', outFile], { encoding: 'utf8', maxBuffer: 1 << 26, cwd: join(import.meta.dirname, '..', '..') });
  if (r.status !== 0) throw new Error(`analyze ${file} exited ${r.status}: ${r.stderr.trim().split('\n').pop()}`);
  return readBrief(outFile);
}

/** A JSON brief file `parallax analyze --format json` wrote, with ids and cited words written out (the file writes each once). */
export function readBrief(file: string): Brief {
  const r = parseBriefJson(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(`${file}: ${r.detail ?? r.reason}`);
  return r.value;
}
