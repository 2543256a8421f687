/**
 * The README's sample output is the real output: every line of the block
 * under "A few lines of what the first command prints" appears, in order, in
 * the Markdown brief of the bundled example.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { systemClock } from '../../src/core/result.js';
import { buildAllBriefs } from '../../src/pipeline/build-briefs.js';
import { ingestArticles } from '../../src/pipeline/ingest-articles.js';
import { readInputs } from '../../src/pipeline/read-inputs.js';
import { renderMarkdown } from '../../src/stages/brief/index.js';
import { createStore } from '../../src/storage/create-store.js';

test('every line of the README sample is in the brief of the example, in order', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const at = readme.indexOf('A few lines of what the first command prints');
  assert.ok(at >= 0);
  const open = readme.indexOf('```\n', at) + 4;
  const sample = readme.slice(open, readme.indexOf('```', open)).split('\n').filter((l) => l.trim() !== '');
  const store = createStore({ type: 'memory' });
  ingestArticles(readInputs(['examples/biden-putin-call']).articles, { store, clock: systemClock });
  const out = buildAllBriefs(store).map((b) => renderMarkdown(b)).join('\n').split('\n');
  store.close();
  let from = 0;
  for (const line of sample) {
    const i = out.indexOf(line, from);
    assert.ok(i >= 0, `README line not in the output (in order): ${line}`);
    from = i + 1;
  }
});
