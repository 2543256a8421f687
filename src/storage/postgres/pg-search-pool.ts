/**
 * Searches on PostgreSQL run several at once: a small pool of child
 * processes, each with its own synchronous connection (pg-native), answers
 * a server's search requests while its main thread goes on serving others.
 *
 * Why processes: the `Store` interface is synchronous (one libpq connection
 * blocks its thread for each query), and libpq's addon cannot be loaded in a
 * second thread of one process (it is not context-aware), so worker threads
 * are not an option. A search costs a few milliseconds of this process's CPU
 * (snippets, facets) and tens in PostgreSQL; one connection made 50 clients
 * queue behind each other. Requests wait in order for a free child; a child
 * that dies fails its request (the client gets an error) and is replaced.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { SearchRequest, SearchResults } from '../service-types.js';

/** What a child is told and answers (structured clone over the IPC channel). */
export interface SearchCall {
  readonly n: number;
  readonly request: SearchRequest;
}
export type SearchAnswer = { readonly n: number; readonly results: SearchResults } | { readonly n: number; readonly error: string };

/** Environment variable naming the database a search child opens. */
export const SEARCH_CHILD_DB = 'PARALLAX_PG_SEARCH_CHILD';

interface Pending {
  readonly call: SearchCall;
  readonly resolve: (r: SearchResults) => void;
  readonly reject: (e: Error) => void;
}

interface Child {
  readonly proc: ChildProcess;
  busy: Pending | undefined;
  answered: boolean;
}

/** The child's entry, started under tsx when this module runs from source. */
function childArgs(): string[] {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = fileURLToPath(new URL(fromSource ? './pg-search-child.ts' : './pg-search-child.js', import.meta.url));
  return fromSource ? ['--import', import.meta.resolve('tsx'), entry] : [entry];
}

/** While a child runs a search its channel keeps the event loop alive, so the answer is awaited even with nothing else open. */
function hold(child: Child, on: boolean): void {
  const channel = child.proc.channel as { ref?: () => void; unref?: () => void } | null | undefined;
  if (on) channel?.ref?.();
  else channel?.unref?.();
}

/** Environment variable setting the pool size (0: searches run in the server's own thread, one at a time). */
export const SEARCH_PROCESSES_ENV = 'PARALLAX_PG_SEARCH_PROCESSES';

/**
 * Pool size: PARALLAX_PG_SEARCH_PROCESSES when set to a whole number (up to
 * 64), else the cores from 2 to 4 (more only queue inside PostgreSQL).
 */
export function defaultSearchChildren(env: NodeJS.ProcessEnv = process.env): number {
  const set = env[SEARCH_PROCESSES_ENV];
  if (set !== undefined && /^\d+$/.test(set.trim())) return Math.min(64, Number(set.trim()));
  return Math.max(2, Math.min(4, availableParallelism()));
}

export class PgSearchPool {
  private readonly children: Child[] = [];
  private readonly waiting: Pending[] = [];
  private next = 0;
  private closed = false;
  /** Children in a row that died before answering anything (a broken setup): respawns back off. */
  private failures = 0;

  constructor(
    private readonly url: string,
    readonly size = defaultSearchChildren(),
  ) {
    for (let i = 0; i < size; i++) this.children.push(this.spawnChild());
  }

  private spawnChild(): Child {
    const proc = spawn(process.execPath, childArgs(), {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
      env: { ...process.env, [SEARCH_CHILD_DB]: this.url },
    });
    const child: Child = { proc, busy: undefined, answered: false };
    proc.on('message', (m: SearchAnswer) => {
      const job = child.busy;
      if (job === undefined || job.call.n !== m.n) return;
      child.busy = undefined;
      hold(child, false);
      child.answered = true;
      this.failures = 0;
      if ('error' in m) job.reject(new Error(m.error));
      else job.resolve(m.results);
      this.pump();
    });
    proc.on('exit', (code, signal) => {
      const i = this.children.indexOf(child);
      if (i >= 0) this.children.splice(i, 1);
      const why = new Error(`search process ended (${signal ?? `exit ${code}`})`);
      child.busy?.reject(why);
      child.busy = undefined;
      if (this.closed) return;
      if (child.answered) {
        this.children.push(this.spawnChild());
        this.pump();
        return;
      }
      // It never answered: the next is likely to fail too. Waiting searches fail now rather than hang, and the
      // replacement comes after a growing pause (0.1 s doubling up to 30 s).
      this.failures++;
      if (this.children.length === 0) for (const job of this.waiting.splice(0)) job.reject(why);
      const timer = setTimeout(() => {
        if (this.closed) return;
        this.children.push(this.spawnChild());
        this.pump();
      }, Math.min(30_000, 100 * 2 ** Math.min(this.failures, 9)));
      timer.unref();
    });
    // An idle pool must not keep a process alive that is otherwise done (a search under way does: see hold).
    proc.unref();
    hold(child, false);
    return child;
  }

  private pump(): void {
    for (const child of this.children) {
      if (this.waiting.length === 0) return;
      if (child.busy !== undefined || !child.proc.connected) continue;
      const job = this.waiting.shift()!;
      child.busy = job;
      hold(child, true);
      child.proc.send(job.call);
    }
  }

  /** The results of one search, computed by the next free child. */
  search(request: SearchRequest): Promise<SearchResults> {
    if (this.closed) return Promise.reject(new Error('the search pool is closed'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ call: { n: this.next++, request }, resolve, reject });
      this.pump();
    });
  }

  /** Process ids of the live children (for operators and tests). */
  pids(): number[] {
    return this.children.flatMap((c) => (c.proc.pid !== undefined ? [c.proc.pid] : []));
  }

  /** Ends the children (their connections close with them); searches still waiting fail. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new Error('the search pool is closed'));
    for (const child of this.children) if (child.proc.connected) child.proc.disconnect();
  }
}
