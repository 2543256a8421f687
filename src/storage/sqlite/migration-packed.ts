/**
 * Migration 13: the JSON columns packed (packed-json.ts). The rows written
 * before are converted in place, in batches by seq inside the migration's
 * transaction: a database keeps one format from then on, and its size
 * shrinks as the freed pages are reused by later writes (`VACUUM` returns
 * them to the file system at once). Readers accept both formats, so a
 * value missed here (none is) would still read.
 */
import type Database from 'better-sqlite3';
import type { Migration } from './migrations.js';
import { packJson } from './packed-json.js';

const BATCH = 500;

function packArticles(db: Database.Database): void {
  const read = db.prepare("SELECT seq, meta, analysis FROM articles WHERE seq > ? AND (typeof(meta) = 'text' OR typeof(analysis) = 'text') ORDER BY seq LIMIT ?");
  const write = db.prepare('UPDATE articles SET meta = ?, analysis = ? WHERE seq = ?');
  for (let after = 0; ; ) {
    const rows = read.all(after, BATCH) as { seq: number; meta: string | Buffer; analysis: string | Buffer }[];
    if (rows.length === 0) return;
    for (const r of rows) {
      write.run(typeof r.meta === 'string' ? packJson(r.meta) : r.meta, typeof r.analysis === 'string' ? packJson(r.analysis) : r.analysis, r.seq);
      after = r.seq;
    }
  }
}

function packStates(db: Database.Database): void {
  const rows = db.prepare("SELECT name, json FROM stage_state WHERE typeof(json) = 'text'").all() as { name: string; json: string }[];
  const write = db.prepare('UPDATE stage_state SET json = ? WHERE name = ?');
  for (const r of rows) write.run(packJson(r.json), r.name);
}

export const PACKED_JSON_MIGRATION: Migration = {
  version: 13,
  name: 'article meta and analysis, and stage state, stored as deflated JSON',
  sql: '',
  run(db) {
    packArticles(db);
    packStates(db);
  },
};
