/**
 * Alerts, their events and webhook deliveries (migration 8). An event is
 * unique per (alert, key), so a matcher that runs again over the same
 * articles after a crash adds nothing twice; an event and its delivery are
 * stored in one transaction, so a delivery is never lost between the two.
 */
import type Database from 'better-sqlite3';
import type { AlertEvent, AlertRecord, AlertStore, DeliveryRecord, DeliveryUpdate } from '../alert-types.js';
import { alertOf, deliveryOf, eventOf, type AlertRow, type DeliveryRow, type EventRow } from '../alert-rows.js';
import type { Migration } from './migrations.js';
import { prepared } from './statements.js';

export const ALERTS_MIGRATION: Migration = {
  version: 8,
  name: 'alerts (saved searches, watched stories and entities), their events and webhook deliveries',
  sql: `
    CREATE TABLE alerts (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      query TEXT,
      story_id TEXT,
      entity TEXT,
      on_disagreement INTEGER NOT NULL DEFAULT 0,
      webhook_url TEXT,
      webhook_secret TEXT,
      created_at TEXT NOT NULL
    );
    CREATE TABLE alert_events (
      id TEXT PRIMARY KEY,
      alert_id TEXT NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      kind TEXT NOT NULL,
      key TEXT NOT NULL,
      title TEXT NOT NULL,
      summary TEXT NOT NULL,
      story_id TEXT,
      article_id TEXT,
      UNIQUE (alert_id, key)
    );
    CREATE INDEX alert_events_time ON alert_events(alert_id, at);
    CREATE TABLE alert_deliveries (
      id TEXT PRIMARY KEY,
      alert_id TEXT NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
      event_id TEXT NOT NULL REFERENCES alert_events(id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
      attempts INTEGER NOT NULL,
      next_attempt_at TEXT NOT NULL,
      http_status INTEGER,
      error TEXT
    );
    CREATE INDEX alert_deliveries_alert ON alert_deliveries(alert_id, at);
    CREATE INDEX alert_deliveries_due ON alert_deliveries(status, next_attempt_at);
    CREATE TABLE alert_cursors (
      name TEXT PRIMARY KEY,
      value INTEGER NOT NULL
    );
  `,
};

export class SqliteAlerts implements AlertStore {
  constructor(private readonly db: Database.Database) {}

  private sql(text: string): Database.Statement {
    return prepared(this.db, text);
  }

  add(a: AlertRecord): void {
    this.sql(
      `INSERT INTO alerts (id, name, query, story_id, entity, on_disagreement, webhook_url, webhook_secret, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(a.id, a.name, a.query ?? null, a.storyId ?? null, a.entity ?? null, a.onDisagreement ? 1 : 0, a.webhookUrl ?? null, a.webhookSecret ?? null, a.createdAt);
  }

  get(id: string): AlertRecord | undefined {
    const row = this.sql('SELECT * FROM alerts WHERE id = ?').get(id) as AlertRow | undefined;
    return row === undefined ? undefined : alertOf(row);
  }

  list(): AlertRecord[] {
    return (this.sql('SELECT * FROM alerts ORDER BY created_at, id').all() as AlertRow[]).map(alertOf);
  }

  remove(id: string): boolean {
    return this.db.transaction(() => {
      // Children first: the foreign keys cascade only where the pragma is on.
      this.sql('DELETE FROM alert_deliveries WHERE alert_id = ?').run(id);
      this.sql('DELETE FROM alert_events WHERE alert_id = ?').run(id);
      return this.sql('DELETE FROM alerts WHERE id = ?').run(id).changes > 0;
    })();
  }

  addEvent(e: AlertEvent, delivery?: DeliveryRecord): boolean {
    return this.db.transaction(() => {
      const r = this.sql(
        `INSERT OR IGNORE INTO alert_events (id, alert_id, at, kind, key, title, summary, story_id, article_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(e.id, e.alertId, e.at, e.kind, e.key, e.title, e.summary, e.storyId ?? null, e.articleId ?? null);
      if (r.changes === 0) return false;
      if (delivery !== undefined) {
        this.sql(
          `INSERT INTO alert_deliveries (id, alert_id, event_id, at, status, attempts, next_attempt_at, http_status, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(delivery.id, delivery.alertId, delivery.eventId, delivery.at, delivery.status, delivery.attempts, delivery.nextAttemptAt, delivery.httpStatus ?? null, delivery.error ?? null);
      }
      return true;
    })();
  }

  events(alertId: string, limit: number): AlertEvent[] {
    return (this.sql('SELECT * FROM alert_events WHERE alert_id = ? ORDER BY at DESC, rowid DESC LIMIT ?').all(alertId, limit) as EventRow[]).map(eventOf);
  }

  getEvent(id: string): AlertEvent | undefined {
    const row = this.sql('SELECT * FROM alert_events WHERE id = ?').get(id) as EventRow | undefined;
    return row === undefined ? undefined : eventOf(row);
  }

  deliveries(alertId: string, limit: number): DeliveryRecord[] {
    return (this.sql('SELECT * FROM alert_deliveries WHERE alert_id = ? ORDER BY at DESC, rowid DESC LIMIT ?').all(alertId, limit) as DeliveryRow[]).map(deliveryOf);
  }

  dueDeliveries(now: string, limit: number): DeliveryRecord[] {
    return (this.sql("SELECT * FROM alert_deliveries WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, rowid LIMIT ?").all(now, limit) as DeliveryRow[]).map(
      deliveryOf,
    );
  }

  updateDelivery(id: string, u: DeliveryUpdate): void {
    this.sql('UPDATE alert_deliveries SET status = ?, attempts = ?, next_attempt_at = ?, http_status = ?, error = ? WHERE id = ?').run(
      u.status,
      u.attempts,
      u.nextAttemptAt,
      u.httpStatus ?? null,
      u.error ?? null,
      id,
    );
  }

  cursor(name: string): number | undefined {
    return (this.sql('SELECT value FROM alert_cursors WHERE name = ?').get(name) as { value: number } | undefined)?.value;
  }

  setCursor(name: string, value: number): void {
    this.sql('INSERT INTO alert_cursors (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value').run(name, value);
  }
}
