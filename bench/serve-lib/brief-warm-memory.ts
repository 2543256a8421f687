/**
 * The idle memory of the warm foreground brief thread: the process's RSS
 * before, after the warm-up (as start.ts: the synthetic story of
 * warm-story.ts), 3 s later, after a
 * brief of STORY in the warm thread, and after closing it. Usage:
 *   node --expose-gc --import tsx bench/serve-lib/brief-warm-memory.ts DB [STORY]
 * Opening the database applies pending migrations: use a copy.
 */
import { BriefWorker } from '../../src/server/brief-worker.js';
import { WARM_STORY_ARTICLES } from '../../src/server/warm-story.js';
const file = process.argv[2]!;
const rss = () => `${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`;
const alive = setInterval(() => {}, 1000);
(globalThis as { gc?: () => void }).gc?.();
console.log(`RSS before: ${rss()}; the synthetic warm-up story (${WARM_STORY_ARTICLES} articles)`);
const w = new BriefWorker(file);
const c0 = process.cpuUsage(); const t0 = performance.now();
await w.warm();
const c1 = process.cpuUsage(c0);
console.log(`warm: ${(performance.now() - t0).toFixed(0)} ms wall, ${((c1.user + c1.system) / 1000).toFixed(0)} ms CPU (all threads); RSS ${rss()}; brief thread heaps ${JSON.stringify(w.heaps?.() ?? {})}`);
await new Promise((r) => setTimeout(r, 3000));
console.log(`RSS 3 s later: ${rss()}`);
if (process.argv[3]) {
  const c2 = process.cpuUsage(); const t2 = performance.now();
  const b = await w.build(process.argv[3] as never, true);
  const c3 = process.cpuUsage(c2);
  console.log(`warm brief of ${process.argv[3]} (${b?.brief.articles.length}): ${(performance.now() - t2).toFixed(0)} ms wall, ${((c3.user + c3.system) / 1000).toFixed(0)} ms CPU; RSS ${rss()}; brief thread heaps ${JSON.stringify(w.heaps?.() ?? {})}`);
  await new Promise((r) => setTimeout(r, 3000));
  console.log(`RSS 3 s later: ${rss()}`);
}
await w.close();
clearInterval(alive);
console.log(`RSS after close: ${rss()}`);
