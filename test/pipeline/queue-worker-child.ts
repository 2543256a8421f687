/**
 * A worker process for the queue tests: `runWorker` on the given database
 * (the same function `parallax worker` runs). With PARALLAX_TEST_HANG_AT=POS
 * it stops, just before committing job POS, prints "hang POS" and waits to
 * be killed: a worker killed mid-job.
 * Usage: node --import tsx test/pipeline/queue-worker-child.ts URL LEASE_SECONDS
 */
import { writeSync } from 'node:fs';
import { systemClock } from '../../src/core/result.js';
import { runWorker } from '../../src/pipeline/queue-worker.js';
import { openPostgres } from '../../src/storage/create-store.js';

const [url, lease] = process.argv.slice(2);
const hangAt = process.env.PARALLAX_TEST_HANG_AT === undefined ? undefined : Number(process.env.PARALLAX_TEST_HANG_AT);
const store = openPostgres(url!);
try {
  const report = await runWorker(store, {
    clock: systemClock,
    drain: true,
    batch: 1,
    pollMs: 50,
    leaseSeconds: Number(lease ?? 60),
    beforeFinish: (job) => {
      if (job.pos !== hangAt) return;
      writeSync(1, `hang ${job.pos}\n`);
      // Blocks this process (the job stays uncommitted, its lease running) until it is killed.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000);
    },
  });
  writeSync(1, `${JSON.stringify({ jobs: report.jobs, assigned: report.assigned })}\n`);
} finally {
  store.close();
}
