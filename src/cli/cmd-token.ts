/**
 * `parallax token create [--scope read|write] --db FILE`: prints a new API
 * token once; the database keeps only its SHA-256 hash, so a lost token is
 * replaced, never recovered. Works while `parallax serve` runs on the file.
 */
import { systemClock } from '../core/result.js';
import { newToken } from '../server/access.js';
import type { TokenScope } from '../storage/service-types.js';
import { createStore, storeConfigFor } from '../storage/create-store.js';
import { UsageError } from './args.js';
import type { Io } from './commands.js';
import { CliError } from './errors.js';
import { parseFlags, type CommandSpec } from './flags.js';

export const TOKEN_SPEC: CommandSpec = {
  name: 'token',
  args: 'create',
  group: 'main',
  summary: 'create an API token for parallax serve (printed once; only its hash is stored)',
  details: `A read token may call every GET route; a write token may also POST articles.
The token is printed alone on stdout, e.g. TOKEN=$(parallax token create --scope write --db news.db);
send it as "Authorization: Bearer $TOKEN".`,
  flags: {
    db: { type: 'string', arg: 'FILE', help: 'SQLite database file (default ./parallax.db; created if missing)' },
    scope: { type: 'string', arg: 'read|write', help: 'what the token may do (default read)' },
  },
};

export function cmdToken(argv: readonly string[], io: Io): number {
  const { values, positionals } = parseFlags(TOKEN_SPEC, argv);
  const [action, extra] = positionals;
  if (action !== 'create') throw new UsageError(action === undefined ? 'say what to do: parallax token create [--scope read|write]' : `unknown action "${action}" (the one action is create)`);
  if (extra !== undefined) throw new UsageError(`token create takes no more arguments (got "${extra}")`);
  const scope = (values.scope as string | undefined) ?? 'read';
  if (scope !== 'read' && scope !== 'write') throw new UsageError(`--scope must be read or write (got "${scope}")`);
  const db = (values.db as string | undefined) ?? 'parallax.db';
  let store;
  try {
    store = createStore(storeConfigFor(db));
  } catch (err) {
    throw new CliError(`cannot open database ${db}: ${(err as Error).message}`);
  }
  try {
    const { token, hash, record } = newToken(scope as TokenScope, systemClock.now());
    store.putToken(hash, record);
    io.stdout(token);
    io.stderr(`parallax token: ${record.id} (${scope}) stored in ${db}; the token is shown only this once`);
    return 0;
  } finally {
    store.close();
  }
}
