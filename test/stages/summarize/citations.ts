/** Shared checks of the summary's invariants (imported by the summarize tests). */
import assert from 'node:assert/strict';
import type { SummaryInput, SummaryResult } from '../../../src/stages/summarize/index.js';
import { countWords } from '../../../src/stages/summarize/index.js';

/**
 * Every sentence is its citations' slices joined (one space, none before
 * closing punctuation), plus at most a final "." (a cut ending) or " …" (a cut
 * sentence); every slice is trimmed, in bounds and holds a word; the summary
 * is the sentences joined and stays within `maxWords`.
 */
export function assertWellCited(input: SummaryInput, r: SummaryResult, maxWords: number): void {
  assert.equal(r.summary, r.sentences.map((s) => s.text).join(' '));
  assert.ok(countWords(r.summary) <= maxWords, `${countWords(r.summary)} words > ${maxWords}`);
  for (const s of r.sentences) {
    assert.ok(s.citations.length > 0, `uncited sentence: ${s.text}`);
    let joined = '';
    for (const c of s.citations) {
      const a = input.articles[c.article];
      assert.ok(a !== undefined, `citation to article ${c.article}`);
      const src = c.field === 'title' ? a.title : a.text;
      assert.ok(Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.end <= src.length && c.start < c.end, `bad span ${c.start}-${c.end}`);
      const slice = src.slice(c.start, c.end);
      assert.equal(slice, slice.trim(), `untrimmed slice "${slice}"`);
      assert.match(slice, /[\p{L}\p{N}]/u);
      const piece = slice.replace(/\s+/gu, ' ');
      joined = joined === '' || /^[,.;:!?)\]]/u.test(piece) ? joined + piece : `${joined} ${piece}`;
    }
    const allowed = [joined, `${joined.replace(/[,;:\s]+$/u, '')}.`, `${joined} …`];
    assert.ok(allowed.includes(s.text), `sentence "${s.text}" is not its citations "${joined}"`);
  }
}
