/**
 * `parallax serve`: the HTTP API over a database (src/server), until
 * SIGTERM or SIGINT, then a graceful stop: requests in flight finish, event
 * streams end, the database is closed.
 */
import { isLoopback } from '../server/access.js';
import { UsageError } from './args.js';
import type { Io } from './commands.js';
import { CliError } from './errors.js';
import { parseFlags, type CommandSpec } from './flags.js';
import { redactUrl } from '../storage/postgres/pg-connection.js';
import { plural } from './progress.js';

export const SERVE_SPEC: CommandSpec = {
  name: 'serve',
  group: 'main',
  summary: 'run the HTTP API (stories, briefs, articles, search, events) on a database until stopped',
  details: `Listens on 127.0.0.1:8080 unless told otherwise; the API is under /api/v1, described by
/api/v1/openapi.json (see docs/API.md). Writes need a token from \`parallax token create --scope write\`;
reads need one too when --host is not a loopback address. Stops cleanly on SIGTERM or Ctrl-C.
The server is the database's one writer while it runs: a \`parallax ingest\` on the same file waits.`,
  flags: {
    db: { type: 'string', arg: 'FILE', help: 'SQLite database file (default ./parallax.db; created if missing) or a postgres:// URL' },
    host: { type: 'string', arg: 'ADDRESS', help: 'address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)' },
    port: { type: 'string', short: 'p', arg: 'N', help: 'port (default 8080; 0 picks a free one)' },
    'body-limit': { type: 'string', arg: 'BYTES', help: 'largest request body accepted (default 10485760)' },
    'rate-limit': { type: 'string', arg: 'N', help: 'requests per second per token or address, bursts of 4x (default 50; 0 for no limit)' },
    'refresh-ms': { type: 'string', arg: 'MS', help: 'how soon new articles show in search and the story list (default 1000; 0: at once, recomputed after every article)' },
    'search-stale-ms': { type: 'string', arg: 'MS', help: 'while articles keep arriving, how old a search answer may get before it is recomputed (default 5000; 0: at every refresh)' },
    'brief-heap-mb': { type: 'string', arg: 'MB', help: 'memory a brief may take in the brief worker (default 1536); a larger story\'s brief is refused with a 503' },
    'ingest-nice': { type: 'string', arg: 'N', help: 'how many nice steps the ingest thread runs below the server, so reads come first during a feed burst (default 5; 0: the same priority)' },
    'allow-private': { type: 'boolean', help: 'let watched feeds and alert webhooks be on local and private addresses (refused by default)' },
  },
};

function wholeNumber(flag: string, value: unknown, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n > max) throw new UsageError(`--${flag} must be a whole number from 0 to ${max} (got "${String(value)}")`);
  return n;
}

/** Why the server could not listen, in one line. */
function listenProblem(err: unknown, host: string, port: number): CliError | undefined {
  const code = (err as { code?: string }).code;
  if (code === 'EADDRINUSE') return new CliError(`cannot listen on ${host}:${port}: the port is in use (choose another with --port)`);
  if (code === 'EACCES') return new CliError(`cannot listen on ${host}:${port}: permission denied (ports below 1024 need privileges)`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new CliError(`cannot listen on ${host}: not an address of this machine`);
  return undefined;
}

/** Resolves when `stop` is called, after the first SIGTERM or SIGINT by default. */
function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (sig: string) => () => {
      process.off('SIGTERM', term);
      process.off('SIGINT', int);
      resolve(sig);
    };
    const term = on('SIGTERM');
    const int = on('SIGINT');
    process.on('SIGTERM', term);
    process.on('SIGINT', int);
  });
}

export async function cmdServe(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(SERVE_SPEC, argv);
  if (positionals.length > 0) throw new UsageError(`serve takes no arguments (got "${positionals[0]}"); the database is --db FILE`);
  const db = (values.db as string | undefined) ?? 'parallax.db';
  const host = (values.host as string | undefined) ?? '127.0.0.1';
  const port = wholeNumber('port', values.port, 65535) ?? 8080;
  const bodyLimit = wholeNumber('body-limit', values['body-limit'], 2 ** 31 - 1);
  if (bodyLimit === 0) throw new UsageError('--body-limit must be above 0');
  const rate = wholeNumber('rate-limit', values['rate-limit'], 1_000_000);
  const refreshMs = wholeNumber('refresh-ms', values['refresh-ms'], 3_600_000);
  const searchStaleMs = wholeNumber('search-stale-ms', values['search-stale-ms'], 3_600_000);
  const briefHeapMb = wholeNumber('brief-heap-mb', values['brief-heap-mb'], 1_048_576);
  if (briefHeapMb !== undefined && briefHeapMb < 64) throw new UsageError('--brief-heap-mb must be at least 64');
  const ingestNice = wholeNumber('ingest-nice', values['ingest-nice'], 19);
  // Loaded here, not with the CLI: the HTTP framework is needed by this command only.
  const { startServer } = await import('../server/start.js');
  const server = await startServer({
    db,
    host,
    port,
    ...(bodyLimit !== undefined ? { bodyLimit } : {}),
    sources: { allowPrivate: values['allow-private'] === true },
    alerts: { allowPrivate: values['allow-private'] === true },
    ...(rate !== undefined ? { rateLimit: { perSecond: rate, burst: rate * 4 } } : {}),
    ...(refreshMs !== undefined || searchStaleMs !== undefined ? { readRefresh: { ...(refreshMs !== undefined ? { intervalMs: refreshMs } : {}), ...(searchStaleMs !== undefined ? { searchMaxStaleMs: searchStaleMs } : {}) } } : {}),
    ...(briefHeapMb !== undefined ? { briefHeapMb } : {}),
    ...(ingestNice !== undefined ? { ingestNice } : {}),
    log: io.stderr,
    onWait: (message) => io.stderr(`parallax serve: ${message}`),
  }).catch((err: unknown) => {
    throw listenProblem(err, host, port) ?? err;
  });
  const stopped = untilSignal();
  io.stderr(
    `parallax serve: listening on ${server.url}/ (web pages; the API under /api/v1; database ${redactUrl(db)}: ${plural(server.store.countArticles(), 'article')}, ${plural(server.store.countStories(), 'story', 'stories')})` +
      (isLoopback(host) ? '' : '; reachable beyond this machine: every request needs a token'),
  );
  const signal = await stopped;
  io.stderr(`parallax serve: ${signal}: finishing requests in flight and closing ${redactUrl(db)}`);
  await server.close();
  io.stderr('parallax serve: stopped');
  return 0;
}
