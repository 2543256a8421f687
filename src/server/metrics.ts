/**
 * Counters for GET /metrics in the Prometheus text format (version 0.0.4),
 * written by hand: a handful of counters needs no client library.
 */
import type { Store } from '../storage/store.js';

type Labels = Record<string, string>;

function labelText(labels: Labels): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`);
  return parts.length > 0 ? `{${parts.join(',')}}` : '';
}

export class Metrics {
  private readonly requests = new Map<string, { labels: Labels; n: number }>();
  private readonly durations = new Map<string, { labels: Labels; sum: number; n: number }>();
  readonly ingest = { requests: 0, added: 0, duplicates: 0, rejected: 0, failed: 0, seconds: 0 };
  briefHits = 0;
  briefMisses = 0;
  sseClients = 0;
  sseEvents = 0;
  rateLimited = 0;
  /** Requests answered in the current and the previous whole second (for `recentRate`). */
  private readonly perSecond = { at: 0, now: 0, before: 0 };

  constructor(private readonly clock: () => number = Date.now) {}

  /**
   * Requests answered per second lately: the larger of the previous whole
   * second's count and the current one's so far (the background brief
   * defers to reads by it, brief-refresh.ts).
   */
  recentRate(): number {
    this.roll(Math.floor(this.clock() / 1000));
    return Math.max(this.perSecond.now, this.perSecond.before);
  }

  private roll(second: number): void {
    const p = this.perSecond;
    if (second === p.at) return;
    p.before = second === p.at + 1 ? p.now : 0;
    p.now = 0;
    p.at = second;
  }

  /** One finished request; `route` is the route pattern (bounded), never the raw URL. */
  request(method: string, route: string, status: number, seconds: number): void {
    this.roll(Math.floor(this.clock() / 1000));
    this.perSecond.now++;
    const labels = { method, route, status: String(status) };
    const key = `${method} ${route} ${status}`;
    const r = this.requests.get(key) ?? { labels, n: 0 };
    r.n++;
    this.requests.set(key, r);
    const dkey = `${method} ${route}`;
    const d = this.durations.get(dkey) ?? { labels: { method, route }, sum: 0, n: 0 };
    d.sum += seconds;
    d.n++;
    this.durations.set(dkey, d);
  }

  render(store: Store): string {
    const out: string[] = [];
    const metric = (name: string, type: 'counter' | 'gauge', help: string, rows: readonly { labels: Labels; value: number }[]): void => {
      out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
      for (const r of rows) out.push(`${name}${labelText(r.labels)} ${r.value}`);
    };
    metric('parallax_articles', 'gauge', 'Articles stored.', [{ labels: {}, value: store.countArticles() }]);
    metric('parallax_stories', 'gauge', 'Stories stored.', [{ labels: {}, value: store.countStories() }]);
    metric('parallax_http_requests_total', 'counter', 'HTTP requests by method, route and status.', [...this.requests.values()].map((r) => ({ labels: r.labels, value: r.n })));
    metric('parallax_http_request_duration_seconds_sum', 'counter', 'Total time spent answering, by route.', [...this.durations.values()].map((d) => ({ labels: d.labels, value: d.sum })));
    metric('parallax_http_request_duration_seconds_count', 'counter', 'Requests timed, by route.', [...this.durations.values()].map((d) => ({ labels: d.labels, value: d.n })));
    metric('parallax_ingest_requests_total', 'counter', 'POST /api/v1/articles requests ingested.', [{ labels: {}, value: this.ingest.requests }]);
    metric('parallax_ingest_articles_total', 'counter', 'Articles received for ingest, by outcome.', [
      { labels: { outcome: 'added' }, value: this.ingest.added },
      { labels: { outcome: 'duplicate' }, value: this.ingest.duplicates },
      { labels: { outcome: 'rejected' }, value: this.ingest.rejected },
      { labels: { outcome: 'failed' }, value: this.ingest.failed },
    ]);
    metric('parallax_ingest_seconds_total', 'counter', 'Time spent ingesting.', [{ labels: {}, value: this.ingest.seconds }]);
    metric('parallax_brief_cache_total', 'counter', 'Story brief requests by cache outcome.', [
      { labels: { outcome: 'hit' }, value: this.briefHits },
      { labels: { outcome: 'miss' }, value: this.briefMisses },
    ]);
    metric('parallax_sse_clients', 'gauge', 'Open event streams.', [{ labels: {}, value: this.sseClients }]);
    metric('parallax_sse_events_total', 'counter', 'Story events sent (one per client).', [{ labels: {}, value: this.sseEvents }]);
    metric('parallax_rate_limited_total', 'counter', 'Requests refused with 429 (over the per-client rate limit).', [{ labels: {}, value: this.rateLimited }]);
    metric('process_resident_memory_bytes', 'gauge', 'Resident memory.', [{ labels: {}, value: process.memoryUsage().rss }]);
    return `${out.join('\n')}\n`;
  }
}
