/**
 * What the server thread's work on a new brief version costs, step by step
 * (CPU ms, median of 5): the structured clone a worker's brief used to
 * arrive as, JSON.stringify (the disk cache), renderJson, gzip, and the
 * JSON.parse and UTF-8 decoding that replace them (brief-lane.ts). Usage:
 *   node --import tsx bench/serve-lib/brief-main-cost.ts DB STORY
 * Opening the database applies pending migrations: use a copy.
 */
import { createStore } from '../../src/storage/create-store.js';
import { buildBrief } from '../../src/pipeline/build-briefs.js';
import { renderJson } from '../../src/stages/brief/index.js';
import { badgesOf } from '../../src/web/story-briefs.js';
import { gzipSync } from 'node:zlib';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
const store = createStore({ type: 'sqlite', file: process.argv[2]! });
const brief = buildBrief(store, process.argv[3] as never)!;
const cpu = (f: () => unknown): string => {
  const xs: number[] = [];
  for (let i = 0; i < 5; i++) { const c = process.cpuUsage(); f(); const d = process.cpuUsage(c); xs.push((d.user + d.system) / 1000); }
  return xs.sort((a, b) => a - b)[2]!.toFixed(1);
};
const { port1, port2 } = new MessageChannel();
const json = renderJson(brief);
console.log(`articles ${brief.articles.length}; JSON ${(json.length / 2 ** 20).toFixed(2)} MB`);
console.log(`postMessage+receive (serialize+deserialize) ${cpu(() => { port1.postMessage(brief); receiveMessageOnPort(port2); })} ms`);
console.log(`structuredClone ${cpu(() => structuredClone(brief))} ms`);
console.log(`JSON.stringify (size, disk save) ${cpu(() => JSON.stringify(brief))} ms`);
console.log(`renderJson ${cpu(() => renderJson(brief))} ms`);
console.log(`gzip level 6 of the JSON ${cpu(() => gzipSync(json, { level: 6 }))} ms`);
console.log(`badgesOf ${cpu(() => badgesOf(brief))} ms`);
console.log(`Buffer.from(json) ${cpu(() => Buffer.from(json))} ms; JSON.parse ${cpu(() => JSON.parse(json))} ms`);
port1.close();
