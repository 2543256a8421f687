/**
 * How long a brief someone asks for waits when the service's brief worker is
 * busy with a background brief of the database's largest story. Usage:
 *   node --import tsx bench/serve-lib/preempt.ts DB [--near 200] [--after-ms 2000]
 * Warms the foreground brief thread as the server does (start.ts: the
 * synthetic warm-up story, warm-story.ts), starts
 * the background brief of the largest story, asks for the story nearest N
 * articles `--after-ms` later, and prints how long the asked brief took,
 * how many threads each lane started (the background one is never stopped
 * for it: 1), and when the background brief finished.
 * Briefs are only read; opening the database applies pending migrations.
 */
import { createStore } from '../../src/storage/create-store.js';
import { BriefWorker } from '../../src/server/brief-worker.js';
import type { StoryId } from '../../src/core/ids.js';

const args = process.argv.slice(2);
const db = args[0];
if (db === undefined) {
  process.stderr.write('usage: preempt.ts DB [--near N] [--after-ms MS]\n');
  process.exit(2);
}
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const near = opt('--near', 200);
const afterMs = opt('--after-ms', 2000);

const store = createStore({ type: 'sqlite', file: db });
const stories = store.storyPage({ sort: 'size', limit: 2000 }).stories;
store.close();
const largest = stories[0]!;
const asked = [...stories].sort((a, b) => Math.abs(a.articles - near) - Math.abs(b.articles - near))[0]!;
process.stdout.write(`background: ${largest.id} (${largest.articles} articles); asked: ${asked.id} (${asked.articles} articles) after ${afterMs} ms\n`);

const worker = new BriefWorker(db);
const tw = performance.now();
await worker.warm();
process.stdout.write(`foreground thread warm in ${(performance.now() - tw).toFixed(0)} ms (the synthetic warm-up story)\n`);
const t0 = performance.now();
const background = worker.build(largest.id as StoryId, false).then((b) => ({ ms: performance.now() - t0, ok: b !== undefined }));
await new Promise((r) => setTimeout(r, afterMs));
const t1 = performance.now();
const brief = await worker.build(asked.id as StoryId, true);
const askedMs = performance.now() - t1;
process.stdout.write(`asked brief: ${askedMs.toFixed(0)} ms wall (${brief?.brief.articles.length ?? 0} articles); threads started: ${JSON.stringify(worker.started)}\n`);
process.stdout.write(`figure serve_brief_asked_while_busy_ms ${askedMs.toFixed(0)}\n`);
const bg = await background;
process.stdout.write(`background brief finished ${(bg.ms / 1000).toFixed(1)} s after it started (${bg.ok ? 'built' : 'none'})\n`);
await worker.close();
