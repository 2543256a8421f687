/**
 * Alerts at work: after each ingest the matcher reads the articles stored
 * since its cursor and tests each against every alert (a saved search, a
 * watched story, a watched entity); a match is an event, stored with its
 * webhook delivery in the same transaction as the cursor's advance, so a
 * crash replays the batch without doubling an event. An alert that watches
 * disagreements also has the briefs of its touched stories checked: each
 * figure value of a group whose sources differ, and each contested claim,
 * is an event once. The dispatcher posts due deliveries, signed, and
 * retries failures with exponential backoff up to `maxAttempts`.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../core/result.js';
import type { StoryBrief } from '../core/brief.js';
import type { StoryId } from '../core/ids.js';
import type { AlertEvent, AlertRecord, AlertStore, DeliveryRecord } from '../storage/alert-types.js';
import { matchesQuery } from '../storage/search-match.js';
import { parseSearchQuery, type SearchQuery } from '../storage/search-query.js';
import { foldToken } from '../storage/search-snippet.js';
import type { Store, StoredArticle } from '../storage/store.js';
import { postWebhook, webhookGuard } from './webhook.js';

export interface AlertOptions {
  /** Lets webhooks go to loopback and private addresses (serve --allow-private). */
  readonly allowPrivate?: boolean;
  /** The wait before the second attempt; doubled for each next one (default 30 s). */
  readonly retryBaseMs?: number;
  /** Attempts before a delivery is marked failed (default 6: about 15 minutes of retries). */
  readonly maxAttempts?: number;
  /** How often due deliveries are looked for (default 1000 ms). */
  readonly tickMs?: number;
  readonly timeoutMs?: number;
}

const BATCH = 200;
const CURSOR = 'articles';

/** A name folded as the search index folds words: case and diacritics ignored, spaces collapsed. */
export function foldName(name: string): string {
  return foldToken(name).replace(/\s+/g, ' ').trim();
}

function newId(prefix: string): string {
  return `${prefix}_${randomBytes(8).toString('hex')}`;
}

function shortHash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}

interface Compiled {
  readonly alert: AlertRecord;
  readonly query?: SearchQuery;
  readonly entity?: string;
}

/** The disagreements of a brief, each with a stable key: what a watcher is told about once. */
export function disagreements(brief: StoryBrief): { key: string; title: string; summary: string }[] {
  const out: { key: string; title: string; summary: string }[] = [];
  for (const g of brief.figures) {
    if (!g.disagreement) continue;
    const what = [g.subject, g.quantity].filter((x) => x !== '').join(' ');
    const values = [...new Set(g.values.map((v) => v.text))];
    for (const v of g.values) {
      out.push({
        key: `figure:${brief.id}:${shortHash(`${g.quantity}|${g.subject}|${g.unit}|${v.value}|${v.valueMax ?? ''}`)}`,
        title: `Figures differ in "${brief.title}": ${what}`,
        summary: `Sources give ${values.length} values for ${what}: ${values.slice(0, 6).join('; ')}.`,
      });
    }
  }
  for (const c of brief.claims) {
    if (c.status !== 'contested') continue;
    out.push({
      key: `claim:${brief.id}:${shortHash(c.text)}`,
      title: `Contested claim in "${brief.title}"`,
      summary: `${c.text}${c.contradictedBy?.[0] ? ` — contradicted by: ${c.contradictedBy[0].text}` : ''}`,
    });
  }
  return out;
}

export class AlertService {
  private readonly alerts: AlertStore;
  private timer: NodeJS.Timeout | undefined;
  private delivering: Promise<void> | undefined;
  private matching: Promise<void> | undefined;
  private stopped = false;
  private readonly guard;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    /** The brief of a story (the server's cache, computed off the event loop when it can be). */
    private readonly brief: (id: StoryId) => Promise<StoryBrief | undefined>,
    private readonly opts: AlertOptions = {},
    private readonly log: (line: string) => void = () => {},
  ) {
    this.alerts = store.alertStore();
    this.guard = webhookGuard(opts.allowPrivate ?? false);
    // A new database, or one from before alerts: history is not announced, only what arrives from now on.
    if (this.alerts.cursor(CURSOR) === undefined) this.alerts.setCursor(CURSOR, this.lastSeq());
  }

  get allowPrivate(): boolean {
    return this.opts.allowPrivate ?? false;
  }

  private lastSeq(): number {
    let last = 0;
    // The newest article's seq, read without loading the history.
    for (let batch = this.store.articlesAfter(this.store.countArticles() > 0 ? Math.max(0, this.store.countArticles() - 1) : 0, 1_000); batch.length > 0; batch = this.store.articlesAfter(last, 1_000)) {
      last = batch[batch.length - 1]!.seq;
    }
    return last;
  }

  start(): void {
    if (this.timer !== undefined || this.stopped) return;
    this.timer = setInterval(() => void this.deliver(), this.opts.tickMs ?? 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    await this.matching;
    await this.delivering;
  }

  /** Matches the articles stored since the last run; a run already going is joined. Never rejects. */
  match(): Promise<void> {
    this.matching ??= this.matchNew()
      .catch((err: unknown) => this.log(`parallax serve: alert matcher: ${err instanceof Error ? err.stack ?? err.message : String(err)}`))
      .finally(() => {
        this.matching = undefined;
      });
    return this.matching;
  }

  private compiled(): Compiled[] {
    return this.alerts.list().map((alert) => {
      const parsed = alert.query !== undefined ? parseSearchQuery(alert.query) : undefined;
      return {
        alert,
        ...(parsed?.ok ? { query: parsed.value } : {}),
        ...(alert.entity !== undefined ? { entity: foldName(alert.entity) } : {}),
      };
    });
  }

  private async matchNew(): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      const after = this.alerts.cursor(CURSOR) ?? 0;
      const batch = this.store.articlesAfter(after, BATCH);
      if (batch.length === 0) return;
      const alerts = this.compiled();
      const watch = new Map<string, { alert: AlertRecord; story: StoryId }>();
      let added = 0;
      this.store.transaction(() => {
        for (const a of batch) {
          for (const c of alerts) {
            if (!this.matches(c, a)) continue;
            if (this.addEvent(c.alert, this.articleEvent(c.alert, a))) added++;
            if (c.alert.onDisagreement && a.storyId !== undefined) watch.set(`${c.alert.id}|${a.storyId}`, { alert: c.alert, story: a.storyId });
          }
        }
        this.alerts.setCursor(CURSOR, batch[batch.length - 1]!.seq);
      });
      for (const { alert, story } of watch.values()) {
        const brief = await this.brief(story);
        if (brief === undefined || this.alerts.get(alert.id) === undefined) continue;
        for (const d of disagreements(brief)) {
          const e: AlertEvent = { id: newId('e'), alertId: alert.id, at: this.clock.now().toISOString(), kind: 'disagreement', key: d.key, title: d.title, summary: d.summary, storyId: story };
          if (this.addEvent(alert, e)) added++;
        }
      }
      if (added > 0) void this.deliver();
    }
  }

  private matches(c: Compiled, a: StoredArticle): boolean {
    const { article, analysis } = a;
    if (c.alert.storyId !== undefined && a.storyId === c.alert.storyId) return true;
    if (c.entity !== undefined && analysis.entities.some((e) => foldName(e.name) === c.entity || foldName(e.text) === c.entity)) return true;
    if (c.query !== undefined) {
      const meta = article.meta;
      return matchesQuery(c.query, {
        title: article.title,
        text: article.text,
        language: analysis.language,
        speakers: analysis.quotes.flatMap((x) => (x.speaker !== undefined ? [x.speaker] : [])),
        entities: analysis.entities.map((e) => e.name),
        ...(meta.source !== undefined ? { source: meta.source } : {}),
        ...(meta.published !== undefined ? { published: meta.published } : {}),
      });
    }
    return false;
  }

  private articleEvent(alert: AlertRecord, a: StoredArticle): AlertEvent {
    const source = a.article.meta.source;
    const first = a.article.text.split('\n').find((l) => l.trim() !== '') ?? '';
    return {
      id: newId('e'),
      alertId: alert.id,
      at: this.clock.now().toISOString(),
      kind: 'article',
      key: `article:${a.article.id}`,
      title: a.article.title,
      summary: `${source !== undefined ? `${source}: ` : ''}${first.length > 300 ? `${first.slice(0, 297)}…` : first}`,
      articleId: a.article.id,
      ...(a.storyId !== undefined ? { storyId: a.storyId } : {}),
    };
  }

  private addEvent(alert: AlertRecord, e: AlertEvent): boolean {
    const delivery: DeliveryRecord | undefined =
      alert.webhookUrl !== undefined ? { id: newId('d'), alertId: alert.id, eventId: e.id, at: e.at, status: 'pending', attempts: 0, nextAttemptAt: e.at } : undefined;
    return this.alerts.addEvent(e, delivery);
  }

  /** The JSON a webhook receives for one event. */
  payload(alert: AlertRecord, e: AlertEvent, deliveryId: string): string {
    return JSON.stringify({
      delivery: deliveryId,
      alert: { id: alert.id, name: alert.name },
      event: { id: e.id, kind: e.kind, at: e.at, title: e.title, summary: e.summary, storyId: e.storyId, articleId: e.articleId },
    });
  }

  /** Posts every due delivery once; a run already going is joined. Never rejects. */
  deliver(): Promise<void> {
    this.delivering ??= this.deliverDue()
      .catch((err: unknown) => this.log(`parallax serve: alert delivery: ${err instanceof Error ? err.stack ?? err.message : String(err)}`))
      .finally(() => {
        this.delivering = undefined;
      });
    return this.delivering;
  }

  private async deliverDue(): Promise<void> {
    const base = this.opts.retryBaseMs ?? 30_000;
    const max = this.opts.maxAttempts ?? 6;
    for (;;) {
      if (this.stopped) return;
      const due = this.alerts.dueDeliveries(this.clock.now().toISOString(), 20);
      if (due.length === 0) return;
      for (const d of due) {
        if (this.stopped) return;
        const alert = this.alerts.get(d.alertId);
        const event = this.alerts.getEvent(d.eventId);
        if (alert === undefined || event === undefined || alert.webhookUrl === undefined) {
          this.alerts.updateDelivery(d.id, { status: 'failed', attempts: d.attempts, nextAttemptAt: d.nextAttemptAt, error: 'the alert or its webhook was removed' });
          continue;
        }
        const body = this.payload(alert, event, d.id);
        const r = await postWebhook(alert.webhookUrl, body, alert.webhookSecret ?? '', {
          guard: this.guard,
          timeoutMs: this.opts.timeoutMs ?? 10_000,
          headers: { 'x-parallax-event': event.kind, 'x-parallax-delivery': d.id },
        });
        const attempts = d.attempts + 1;
        const now = this.clock.now().getTime();
        if (r.ok) {
          this.alerts.updateDelivery(d.id, { status: 'delivered', attempts, nextAttemptAt: new Date(now).toISOString(), httpStatus: r.status });
        } else {
          const last = !r.retry || attempts >= max;
          this.alerts.updateDelivery(d.id, {
            status: last ? 'failed' : 'pending',
            attempts,
            nextAttemptAt: new Date(now + (last ? 0 : base * 2 ** (attempts - 1))).toISOString(),
            error: r.error,
            ...(r.status !== undefined ? { httpStatus: r.status } : {}),
          });
        }
      }
    }
  }
}
