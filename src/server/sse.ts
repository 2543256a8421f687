/**
 * GET /api/v1/events: server-sent events announcing new and changed stories.
 *
 * The store's story change counter is the event id: the hub reads the
 * stories changed since the last counter value it sent (an index range),
 * after every ingest through the API and on a timer (which also catches
 * writers outside this process). A client that reconnects with
 * Last-Event-ID gets the changes it missed first. A story changed twice
 * between two reads is sent once, as it is now.
 */
import type { ServerResponse } from 'node:http';
import type { Store } from '../storage/store.js';
import type { StorySummary } from '../storage/service-types.js';
import type { Metrics } from './metrics.js';

/** Changes sent per read: a larger backlog is sent over the next reads. */
const BATCH = 500;
/** A comment line keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;

/** A story created after `since` is new to a listener that has seen up to `since`, however often it changed since. */
export function storyEvent(s: StorySummary, since: number): string {
  const kind = s.createdSeq > since ? 'story.created' : 'story.updated';
  const data = { id: s.id, title: s.title, articles: s.articles, sourceCount: s.sourceCount, updatedSeq: s.updatedSeq, updatedAt: s.updatedAt };
  return `id: ${s.updatedSeq}\nevent: ${kind}\ndata: ${JSON.stringify(data)}\n\n`;
}

export class EventHub {
  private readonly clients = new Set<ServerResponse>();
  private lastSeq: number;
  private readonly timer: NodeJS.Timeout;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly store: Store,
    private readonly metrics: Metrics,
    pollMs: number,
  ) {
    this.lastSeq = store.lastStoryChange();
    this.timer = setInterval(() => this.poll(), pollMs);
    this.timer.unref();
    this.heartbeat = setInterval(() => this.broadcast(': keep-alive\n\n', false), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /**
   * Adopts a response as an event stream; `lastEventId` (the Last-Event-ID
   * header) replays what changed after it, up to what the hub has sent.
   */
  attach(res: ServerResponse, headers: Record<string, string>, lastEventId: string | undefined): void {
    res.writeHead(200, { ...headers, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    res.write(`retry: 3000\n: parallax story events from ${this.lastSeq}\n\n`);
    const from = lastEventId !== undefined && /^\d{1,15}$/.test(lastEventId) ? Number(lastEventId) : undefined;
    if (from !== undefined && from < this.lastSeq) {
      for (const s of this.store.storiesChangedSince(from, BATCH)) {
        if (s.updatedSeq > this.lastSeq) break;
        res.write(storyEvent(s, from));
        this.metrics.sseEvents++;
      }
    }
    this.clients.add(res);
    this.metrics.sseClients = this.clients.size;
    res.on('close', () => {
      this.clients.delete(res);
      this.metrics.sseClients = this.clients.size;
    });
  }

  /** Sends every story changed since the last read. */
  poll(): void {
    let changed: StorySummary[];
    try {
      changed = this.store.storiesChangedSince(this.lastSeq, BATCH);
    } catch {
      // The database is busy or closing: the next tick reads again.
      return;
    }
    const since = this.lastSeq;
    for (const s of changed) {
      this.broadcast(storyEvent(s, since), true);
      this.lastSeq = s.updatedSeq;
    }
  }

  /**
   * Sends an event that is not a story change (e.g. `brief.ready`): without
   * an id, so it moves no client's Last-Event-ID and is never replayed.
   */
  notify(event: string, data: unknown): void {
    this.broadcast(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`, true);
  }

  private broadcast(text: string, count: boolean): void {
    for (const res of this.clients) {
      res.write(text);
      if (count) this.metrics.sseEvents++;
    }
  }

  /** Ends every stream (at shutdown) and stops the timers. */
  close(): void {
    clearInterval(this.timer);
    clearInterval(this.heartbeat);
    for (const res of this.clients) res.end();
    this.clients.clear();
    this.metrics.sseClients = 0;
  }
}
