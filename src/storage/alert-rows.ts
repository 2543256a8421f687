/**
 * The rows of the alert tables as both backends read them (the same column
 * names in SQLite and PostgreSQL), and their conversion to the
 * backend-neutral records of alert-types.ts.
 */
import type { ArticleId, StoryId } from '../core/ids.js';
import type { AlertEvent, AlertRecord, DeliveryRecord } from './alert-types.js';

export interface AlertRow {
  id: string;
  name: string;
  query: string | null;
  story_id: string | null;
  entity: string | null;
  on_disagreement: number;
  webhook_url: string | null;
  webhook_secret: string | null;
  created_at: string;
}

export interface EventRow {
  id: string;
  alert_id: string;
  at: string;
  kind: AlertEvent['kind'];
  key: string;
  title: string;
  summary: string;
  story_id: string | null;
  article_id: string | null;
}

export interface DeliveryRow {
  id: string;
  alert_id: string;
  event_id: string;
  at: string;
  status: DeliveryRecord['status'];
  attempts: number;
  next_attempt_at: string;
  http_status: number | null;
  error: string | null;
}

export function alertOf(r: AlertRow): AlertRecord {
  return {
    id: r.id,
    name: r.name,
    onDisagreement: r.on_disagreement !== 0,
    createdAt: r.created_at,
    ...(r.query !== null ? { query: r.query } : {}),
    ...(r.story_id !== null ? { storyId: r.story_id as StoryId } : {}),
    ...(r.entity !== null ? { entity: r.entity } : {}),
    ...(r.webhook_url !== null ? { webhookUrl: r.webhook_url } : {}),
    ...(r.webhook_secret !== null ? { webhookSecret: r.webhook_secret } : {}),
  };
}

export function eventOf(r: EventRow): AlertEvent {
  return {
    id: r.id,
    alertId: r.alert_id,
    at: r.at,
    kind: r.kind,
    key: r.key,
    title: r.title,
    summary: r.summary,
    ...(r.story_id !== null ? { storyId: r.story_id as StoryId } : {}),
    ...(r.article_id !== null ? { articleId: r.article_id as ArticleId } : {}),
  };
}

export function deliveryOf(r: DeliveryRow): DeliveryRecord {
  return {
    id: r.id,
    alertId: r.alert_id,
    eventId: r.event_id,
    at: r.at,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    ...(r.http_status !== null ? { httpStatus: r.http_status } : {}),
    ...(r.error !== null ? { error: r.error } : {}),
  };
}
