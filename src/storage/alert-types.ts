/**
 * Alerts of `parallax serve`: what a user watches (a saved search, a story,
 * an entity, optionally a story's disagreements), the events that matched
 * it (kept for its Atom feed), and the webhook deliveries of those events
 * with their attempts. Backend-neutral values; SQLite implements them in
 * sqlite/alerts.ts.
 */
import type { ArticleId, StoryId } from '../core/ids.js';

export interface AlertRecord {
  readonly id: string;
  readonly name: string;
  /** A saved search in the language of search-query.ts. */
  readonly query?: string;
  /** A watched story: every article it gains is an event. */
  readonly storyId?: StoryId;
  /** A watched entity: every article naming it is an event (case and diacritics ignored). */
  readonly entity?: string;
  /** Also an event when a matched or watched story gains a disagreement (a new figure value, a contested claim). */
  readonly onDisagreement: boolean;
  readonly webhookUrl?: string;
  /** The HMAC-SHA256 key of the webhook's signature (kept in clear: it signs). */
  readonly webhookSecret?: string;
  readonly createdAt: string;
}

export type AlertEventKind = 'article' | 'story' | 'disagreement';

export interface AlertEvent {
  readonly id: string;
  readonly alertId: string;
  readonly at: string;
  readonly kind: AlertEventKind;
  /** What the event is about, once: the same (alert, key) is never stored twice. */
  readonly key: string;
  readonly title: string;
  readonly summary: string;
  readonly storyId?: StoryId;
  readonly articleId?: ArticleId;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface DeliveryRecord {
  readonly id: string;
  readonly alertId: string;
  readonly eventId: string;
  /** When the delivery was created. */
  readonly at: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  /** When a pending delivery is tried next. */
  readonly nextAttemptAt: string;
  readonly httpStatus?: number;
  readonly error?: string;
}

export type DeliveryUpdate = Pick<DeliveryRecord, 'status' | 'attempts' | 'nextAttemptAt'> & { readonly httpStatus?: number; readonly error?: string };

/** The store's part for alerts (a `Store` hands it out). */
export interface AlertStore {
  add(a: AlertRecord): void;
  get(id: string): AlertRecord | undefined;
  list(): AlertRecord[];
  /** False when there was no such alert; its events and deliveries go with it. */
  remove(id: string): boolean;
  /**
   * Stores an event and, when the alert has a webhook, its pending delivery,
   * in one transaction; false (nothing stored) when the alert already has an
   * event with that key.
   */
  addEvent(e: AlertEvent, delivery?: DeliveryRecord): boolean;
  /** The alert's newest events first. */
  events(alertId: string, limit: number): AlertEvent[];
  getEvent(id: string): AlertEvent | undefined;
  /** The alert's newest deliveries first. */
  deliveries(alertId: string, limit: number): DeliveryRecord[];
  /** Pending deliveries due at `now` (ISO), oldest first. */
  dueDeliveries(now: string, limit: number): DeliveryRecord[];
  updateDelivery(id: string, u: DeliveryUpdate): void;
  /** Named progress counters of the matcher (e.g. the last article seq matched), kept across restarts. */
  cursor(name: string): number | undefined;
  setCursor(name: string, value: number): void;
}
