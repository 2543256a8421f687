/**
 * One `parallax worker` process of bench/postgres.ts (`--worker URL GO
 * WARMFILE WARM`): optionally warmed on articles in memory, it waits for the
 * go file so all start together, drains the queue, and prints its report
 * (CPU of itself and of its PostgreSQL backend, phase times, assignment
 * times) as one JSON line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { systemClock } from '../../src/core/result.js';
import { runWorker } from '../../src/pipeline/queue-worker.js';
import { openPostgres } from '../../src/storage/create-store.js';
import { clean } from '../../src/stages/clean/index.js';
import { analyze } from '../../src/stages/analyze/index.js';
import { MemoryClusterStore, planAssignment } from '../../src/stages/cluster/index.js';
import { docFeatures } from '../../src/stages/cluster/doc-terms.js';
import { clusterDoc } from '../../src/pipeline/ingest-articles.js';
import { decodeFeatures, encodeFeatures, paramsKey } from '../../src/storage/postgres/pg-queue-features.js';
import { nameRows } from '../../src/storage/postgres/pg-search-names.js';
import { foldForSearch } from '../../src/storage/postgres/pg-search.js';
import { args } from './settings.js';
import { cpuMs, procCpuMs } from './measure.js';

/** The `--worker` branch of bench/postgres.ts. */
export async function workerChild(): Promise<void> {
  // One worker process: waits for the go file so all start together, then drains the queue.
  const [, url, go, warmFile, warmN] = args;
  // --warm N: the process first runs the worker's per-article code on N articles of the file in memory (nothing
  // stored), so the run measures a worker that has been running (as a service does) and not V8 compiling its code.
  if (Number(warmN) > 0 && warmFile) warmUp(warmFile, Number(warmN));
  const store = openPostgres(url!);
  const backend = store.db.one<{ pid: number }>('SELECT pg_backend_pid() AS pid')!.pid;
  process.stdout.write('ready\n');
  while (!existsSync(go!)) await sleep(5);
  const cpu0 = cpuMs();
  const back0 = procCpuMs(backend);
  const assignMs: number[] = [];
  const assignCpuMs: number[] = [];
  const report = await runWorker(store, {
    clock: systemClock,
    drain: true,
    batch: 2,
    pollMs: 20,
    onAssign: (ms, cpu) => {
      assignMs.push(ms);
      assignCpuMs.push(cpu);
    },
  });
  const out = { jobs: report.jobs, assigned: report.assigned, batches: report.assignBatches, cpuMs: cpuMs() - cpu0, backendCpuMs: procCpuMs(backend) - back0, ms: report.ms, cpu: report.cpuMs, assignMs, assignCpuMs };
  store.close();
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

/** The worker's code paths (clean, analyse, term vector, name rows, search text, assignment) on N articles, in memory. */
function warmUp(file: string, n: number): void {
  const cluster = new MemoryClusterStore();
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).slice(0, n);
  lines.forEach((line, i) => {
    const r = JSON.parse(line) as { title?: string; text?: string; published?: string; source?: string };
    const c = clean({ format: 'jsonl', path: `${file}#L${i + 1}`, body: r.text ?? '', ...(r.title ? { title: r.title } : {}), ...(r.published ? { published: r.published } : {}), ...(r.source ? { source: r.source } : {}) });
    if (!c.ok) return;
    const analysis = analyze(c.value);
    const doc = clusterDoc({ article: c.value, analysis });
    const features = decodeFeatures(encodeFeatures(docFeatures(doc, cluster.params), paramsKey(cluster.params)), paramsKey(cluster.params));
    JSON.stringify(nameRows(c.value.text, analysis));
    foldForSearch(c.value.text);
    JSON.stringify(analysis);
    const plan = planAssignment(cluster, { ...doc, ...(features !== undefined ? { features } : {}) });
    if (plan !== undefined) cluster.apply(plan);
  });
}
