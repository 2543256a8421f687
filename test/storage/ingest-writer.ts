/**
 * A child process for the concurrency test: ingests the given files into
 * the given database through the same pipeline function the CLI uses, and
 * prints its report as JSON.
 * Usage: node --import tsx test/storage/ingest-writer.ts DB FILE...
 */
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { systemClock } from '../../src/core/result.js';
import { ingestSources } from '../../src/pipeline/ingest-sources.js';
import { createStore } from '../../src/storage/create-store.js';

const [db, ...files] = process.argv.slice(2);
const store = createStore({ type: 'sqlite', file: db! });
// A start line for two writers: each says it is ready, then waits for the go file.
const go = process.env.PARALLAX_TEST_GO;
if (go) {
  process.stderr.write('ready\n');
  while (!existsSync(go)) await sleep(10);
}
try {
  const r = await ingestSources(store, files, { clock: systemClock, onWait: (m) => process.stderr.write(`${m}\n`) });
  process.stdout.write(JSON.stringify({ added: r.added, duplicates: r.duplicates, problems: r.problems.length + r.readProblems.length }));
} finally {
  store.close();
}
