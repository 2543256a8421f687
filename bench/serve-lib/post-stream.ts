/**
 * Articles posted to a running server in batches of 20, back to back (as fast
 * as its ingest worker takes them), until stopped: the bench's phases "while
 * articles are posted" and its fresh briefs with `--fresh-posting` share it.
 * A post that fails (e.g. no answer within fetch's 300 s while the ingest
 * worker opens a database whose clustering parameters changed, which
 * re-clusters every stored article once) is reported, not fatal.
 */
import type { RawArticle } from '../../src/core/types.js';

/** One post's end: when (performance.now()) and how many articles the server added. */
export interface Posted {
  readonly at: number;
  readonly added: number;
}

const BATCH = 20;

export class PostStream {
  /** Every post so far, in order. */
  readonly done: Posted[] = [];
  /** Articles added so far. */
  total = 0;
  private running = true;
  private readonly loop: Promise<void>;

  constructor(api: string, headers: Readonly<Record<string, string>>, articles: Iterator<RawArticle>, onFail: (message: string) => void = () => {}) {
    this.loop = (async () => {
      while (this.running) {
        const batch = [];
        for (let k = 0; k < BATCH; k++) {
          const a = articles.next().value as RawArticle;
          batch.push({ title: a.title, text: a.body, published: a.published, ...(a.source ? { source: a.source } : {}) });
        }
        let added = 0;
        try {
          const r = await fetch(`${api}/articles`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(batch) });
          added = ((await r.json()) as { added?: number }).added ?? 0;
        } catch (err) {
          onFail(err instanceof Error ? err.message : String(err));
        }
        this.total += added;
        this.done.push({ at: performance.now(), added });
      }
    })();
  }

  /** Resolves once the first post has been answered (the stream is under way). */
  async started(pollMs = 100): Promise<void> {
    while (this.done.length === 0) await new Promise((r) => setTimeout(r, pollMs));
  }

  /** Articles added by the posts that ended between t0 and t1 (performance.now()). */
  addedBetween(t0: number, t1: number): number {
    return this.done.filter((p) => p.at >= t0 && p.at <= t1).reduce((n, p) => n + p.added, 0);
  }

  /** Stops after the post under way. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }
}
