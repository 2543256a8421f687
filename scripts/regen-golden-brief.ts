/**
 * Regenerates test/golden/brief/*.json: the JSON brief (format 2) of the
 * hand-built brief fixtures, which do not change when the compare stage
 * does, so a diff here is a change of the wire format itself. Review it
 * (and docs/JSON-SCHEMA.md) before committing.
 *
 *   node --import tsx scripts/regen-golden-brief.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderJson } from '../src/stages/brief/index.js';
import { singleArticleBrief, storyBrief } from '../test/fixtures/brief/story-brief.js';

const root = join(import.meta.dirname, '..', 'test', 'golden', 'brief');
for (const [name, brief] of [['story-brief', storyBrief], ['single-article-brief', singleArticleBrief]] as const) {
  const file = join(root, `${name}.json`);
  writeFileSync(file, renderJson(brief));
  process.stdout.write(`wrote ${file}\n`);
}
