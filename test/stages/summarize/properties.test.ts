/**
 * Property test: on generated clusters (random words, commas, parentheses,
 * dashes, quotations, datelines, attribution tails, empty and title-only
 * articles) every summary is non-empty when the cluster has words, within its
 * word limit, and every sentence is exactly its citations' slices.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, summarizeCluster, type SummaryArticle } from '../../../src/stages/summarize/index.js';
import { assertWellCited } from './citations.js';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['the', 'senate', 'voted', 'Tuesday', 'bill', 'House', '1,000', 'officials', 'Smith', 'said', 'a', 'new', 'plan', 'city', 'école', 'über', '42', 'which', 'who', 'and', 'Reuters', 'U.S.', 'Mr.'];
const PUNCT = [',', ',', ' —', ';', ' (D-Va.)', ' (AP)', ':'];

function sentence(r: () => number): string {
  const n = 1 + Math.floor(r() * 24);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = WORDS[Math.floor(r() * WORDS.length)];
    if (i === 0) w = w.charAt(0).toUpperCase() + w.slice(1);
    if (r() < 0.12 && i < n - 1) w += PUNCT[Math.floor(r() * PUNCT.length)];
    parts.push(w);
  }
  let s = parts.join(' ');
  const roll = r();
  if (roll < 0.1) s = `“${s},” Smith said.`;
  else if (roll < 0.2) s = `WASHINGTON (Reuters) - ${s}, officials said.`;
  else if (roll < 0.25) s = `${s}?`;
  else if (roll < 0.3) s = `${s}`;
  else s = `${s}.`;
  return s;
}

function article(r: () => number): SummaryArticle {
  const kind = r();
  const title = r() < 0.9 ? sentence(r).replace(/[.?]$/u, '') : '';
  if (kind < 0.08) return { title, text: '' };
  const n = 1 + Math.floor(r() * 5);
  const sep = () => (r() < 0.2 ? '\n\n' : ' ');
  let text = '';
  for (let i = 0; i < n; i++) text += (i > 0 ? sep() : '') + sentence(r);
  return { title, text };
}

test('summary properties hold on 300 generated clusters', () => {
  const r = prng(11);
  let nonEmpty = 0;
  for (let k = 0; k < 300; k++) {
    const input = { articles: Array.from({ length: Math.floor(r() * 5) }, () => article(r)) };
    const maxWords = r() < 0.3 ? 5 + Math.floor(r() * 40) : 90;
    const out = summarizeCluster(input, { maxWords });
    assertWellCited(input, out, maxWords);
    const hasWords = input.articles.some((a) => countWords(a.text) > 0 || countWords(a.title) > 0);
    if (hasWords) {
      assert.notEqual(out.summary, '', `empty summary for ${JSON.stringify(input)}`);
      nonEmpty++;
    }
  }
  assert.ok(nonEmpty > 200);
});
