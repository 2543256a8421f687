/**
 * One synchronous PostgreSQL connection through libpq (`pg-native`). The
 * `Store` interface is synchronous (the clusterer reads its state in its
 * inner loop), so the PostgreSQL backend uses libpq's blocking calls rather
 * than an async driver; parallelism comes from worker processes, each with
 * its own connection. `pg-native` is an optional dependency, loaded only
 * when a `postgres://` database is opened.
 */
import { createRequire } from 'node:module';

export const PG_NATIVE_MISSING = 'the PostgreSQL backend needs pg-native: install libpq-dev and run npm install pg-native';

/** The part of pg-native's client used here. */
interface NativeClient {
  connectSync(url: string): void;
  querySync(text: string, values?: unknown[]): Record<string, unknown>[];
  prepareSync(name: string, text: string, nParams: number): void;
  executeSync(name: string, values: unknown[]): Record<string, unknown>[];
  escapeIdentifier(value: string): string;
  end(): void;
}

type NativeCtor = new () => NativeClient;
/** Clients whose connection is closing (see PgConnection.close). */
const closing = new Set<NativeClient>();
let native: NativeCtor | undefined;

/** pg-native's client class, loaded on first use; a clear error when it is not installed. */
function loadNative(): NativeCtor {
  if (native !== undefined) return native;
  try {
    native = createRequire(import.meta.url)('pg-native') as NativeCtor;
  } catch (err) {
    const e = err as { code?: string; message?: string };
    // pg-native itself, or libpq (its native part) missing or not built.
    if (e.code === 'MODULE_NOT_FOUND' && /'(pg-native|libpq)'/.test(e.message ?? '')) throw new PgUnavailable(PG_NATIVE_MISSING);
    if (/libpq\.so|\.node\b/.test(e.message ?? '')) throw new PgUnavailable(`${PG_NATIVE_MISSING} (${(e.message ?? '').split('\n')[0]})`);
    throw err;
  }
  return native;
}

/** pg-native (or libpq) is not installed: an environment problem, reported in one line. */
export class PgUnavailable extends Error {}

/** A URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/, '$1:***@');
}

export type Param = string | number | boolean | null;

/**
 * A connection with a prepared-statement cache (one per SQL text, like the
 * SQLite backend's) and nested transactions as savepoints.
 */
export class PgConnection {
  private readonly client: NativeClient;
  private readonly statements = new Map<string, string>();
  private depth = 0;
  private open = true;

  constructor(readonly url: string) {
    const Client = loadNative();
    this.client = new Client();
    try {
      this.client.connectSync(url);
    } catch (err) {
      throw new Error(`cannot connect to ${redactUrl(url)}: ${firstLine(err)}`);
    }
    // libpq prints notices to stderr ("drop cascades to …", "word is too long"): keep warnings and errors only.
    this.client.querySync('SET client_min_messages TO warning');
  }

  /** Rows of a parameterised statement, prepared once per connection. */
  query<T = Record<string, unknown>>(text: string, params: readonly Param[] = []): T[] {
    let name = this.statements.get(text);
    if (name === undefined) {
      name = `p${this.statements.size + 1}`;
      this.client.prepareSync(name, text, params.length);
      this.statements.set(text, name);
    }
    return this.client.executeSync(name, params as unknown[]) as T[];
  }

  one<T = Record<string, unknown>>(text: string, params: readonly Param[] = []): T | undefined {
    return this.query<T>(text, params)[0];
  }

  /** One-off statements (several allowed, no parameters): migrations, DDL. */
  exec(text: string): void {
    this.client.querySync(text);
  }

  /** Rows of the last of several statements without parameters, sent in one round trip (search: BEGIN, settings, a read). */
  script<T = Record<string, unknown>>(text: string): T[] {
    return this.client.querySync(text) as T[];
  }

  /** A statement with parameters that is not worth preparing (its text varies). */
  adhoc<T = Record<string, unknown>>(text: string, params: readonly Param[] = []): T[] {
    return this.client.querySync(text, params as unknown[]) as T[];
  }

  ident(name: string): string {
    return this.client.escapeIdentifier(name);
  }

  /** Runs fn atomically; nested calls are savepoints, so an inner failure undoes only its own writes. */
  transaction<T>(fn: () => T): T {
    const level = this.depth;
    this.exec(level === 0 ? 'BEGIN' : `SAVEPOINT sp${level}`);
    this.depth++;
    try {
      const out = fn();
      this.depth--;
      this.exec(level === 0 ? 'COMMIT' : `RELEASE SAVEPOINT sp${level}`);
      return out;
    } catch (err) {
      this.depth = level;
      try {
        this.exec(level === 0 ? 'ROLLBACK' : `ROLLBACK TO SAVEPOINT sp${level}`);
      } catch {
        // The connection is gone: the server rolled back already.
      }
      throw err;
    }
  }

  get inTransaction(): boolean {
    return this.depth > 0;
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    // libpq's addon closes the socket's libuv handle, embedded in the client,
    // without a callback: were the client collected before the loop's close
    // phase, libuv would touch freed memory (an assertion aborts Node). So it
    // is kept until a timer of the next loop turn, after that phase.
    const client = this.client;
    closing.add(client);
    client.end();
    setTimeout(() => closing.delete(client), 0).unref();
  }
}

function firstLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return (msg.split('\n').find((l) => l.trim() !== '') ?? msg).trim();
}
