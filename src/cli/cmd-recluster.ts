/**
 * `parallax recluster --db FILE|URL`: brings the stories level with the
 * clustering parameters of this version, once, after an upgrade that changed
 * them (or after a re-clustering that was stopped). `parallax ingest` and an
 * SQLite server do it by themselves when they open the database; workers and
 * servers on PostgreSQL refuse instead (a rebuild there takes hours, and two
 * versions in a rolling upgrade would clear each other's state), and say to
 * run this. It pages through the stored articles in stream order and commits
 * every 1,000, so it can be stopped and run again: it resumes where it was.
 */
import { openCluster, RECLUSTER_PAGE } from '../pipeline/ingest-articles.js';
import { createStore, storeConfigFor } from '../storage/create-store.js';
import { UsageError } from './args.js';
import type { Io } from './commands.js';
import { CliError } from './errors.js';
import { parseFlags, type CommandSpec } from './flags.js';
import { createProgress } from './progress.js';

/** Pages between two progress lines when stderr is not a terminal (10,000 articles). */
const LOG_EVERY = 10;

export const RECLUSTER_SPEC: CommandSpec = {
  name: 'recluster',
  args: '',
  group: 'main',
  summary: 'rebuild the stories after an upgrade changed the clustering parameters (resumable)',
  details: `Needed once when parallax worker or parallax serve on PostgreSQL says the stories need re-clustering;
stop the workers and servers that write first. Commits every ${RECLUSTER_PAGE} articles: if stopped, run it again to resume.`,
  flags: {
    db: { type: 'string', arg: 'FILE|URL', help: 'SQLite database file or postgres:// URL (default ./parallax.db)' },
    quiet: { type: 'boolean', short: 'q', help: 'no summary line on stderr' },
  },
};

export function cmdRecluster(argv: readonly string[], io: Io): number {
  const t0 = Date.now();
  const { values, positionals } = parseFlags(RECLUSTER_SPEC, argv);
  if (positionals.length > 0) throw new UsageError(`recluster takes no inputs (got "${positionals[0]}")`);
  const db = (values.db as string | undefined) ?? 'parallax.db';
  let store;
  try {
    store = createStore(storeConfigFor(db));
  } catch (err) {
    throw new CliError(`cannot open database ${db}: ${(err as Error).message.split('\n')[0]}`);
  }
  const release = store.lockWriters((m) => io.stderr(`parallax recluster: ${m}`));
  const progress = createProgress();
  const lines = process.stderr.isTTY !== true && values.quiet !== true;
  try {
    let pages = 0;
    let last = 0;
    openCluster(store, {
      onPage: (seen, total) => {
        if (pages++ === 0) progress.start(total, 'recluster');
        progress.tick(seen - last);
        last = seen;
        // Logs and pipes get no bar: a line every LOG_EVERY pages says the run is alive and how far it is.
        if (lines && pages % LOG_EVERY === 0) io.stderr(`parallax recluster: ${seen} of ${total} articles (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
      },
    });
    progress.stop();
    const total = store.countArticles();
    if (values.quiet !== true) {
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);
      io.stderr(pages === 0 ? `parallax recluster: the stories are level with the ${total} stored articles; nothing to do (${seconds} s)` : `parallax recluster: ${total} stored articles, re-clustered in ${pages} page${pages === 1 ? '' : 's'} (${seconds} s)`);
    }
    return 0;
  } finally {
    progress.stop();
    release();
    store.close();
  }
}
