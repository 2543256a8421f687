/**
 * A merge moves every member of the absorbed story: the leave trigger's
 * dates of what remains are read through the (story_id, published) index of
 * migration 14, one seek per moved article instead of a walk over the story,
 * and the summaries still agree with the articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { migrate } from '../../../src/storage/sqlite/migrations.js';

function addArticle(db: Database.Database, id: string, story: string, published: string | null): void {
  db.prepare(
    "INSERT INTO articles (id, title, text, meta, analysis, published, source, language, ingested_at, story_id) VALUES (?, ?, 'text', '{}', '{}', ?, 'Gazette', 'en', '2024-01-01T00:00:00Z', NULL)",
  ).run(id, `Title ${id}`, published);
  // Assigned as ingest does, after the insert: the join trigger keeps the story's summary.
  db.prepare('UPDATE articles SET story_id = ? WHERE id = ?').run(story, id);
}

test("the leave trigger's first and last dates are index seeks, not walks over the story", () => {
  const db = new Database(':memory:');
  migrate(db);
  for (const q of ['SELECT MIN(published) FROM articles WHERE story_id = ?', 'SELECT MAX(published) FROM articles WHERE story_id = ?']) {
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${q}`).all('s') as { detail: string }[]).map((r) => r.detail).join('; ');
    assert.match(plan, /USING COVERING INDEX articles_story_published/, `${q}: ${plan}`);
  }
  db.close();
});

test('a story moved member by member into another leaves summaries that agree with the articles', () => {
  const db = new Database(':memory:');
  migrate(db);
  // Dates out of order and one undated member, so MIN and MAX must skip the NULL and pick by value.
  const dates = ['2024-05-03', null, '2024-05-01', '2024-05-09', '2024-05-05'];
  dates.forEach((d, i) => addArticle(db, `a_${i}`, 's_absorbed', d));
  addArticle(db, 'b_0', 's_survivor', '2024-05-02');
  const move = db.prepare('UPDATE articles SET story_id = ? WHERE id = ?');
  const row = db.prepare('SELECT size, first_published AS first, last_published AS last FROM story_index WHERE id = ?');
  // Half moved: the absorbed story's dates are those of its remaining members.
  for (const id of ['a_3', 'a_0']) move.run('s_survivor', id);
  assert.deepEqual({ ...(row.get('s_absorbed') as object) }, { size: 3, first: '2024-05-01', last: '2024-05-05' });
  assert.deepEqual({ ...(row.get('s_survivor') as object) }, { size: 3, first: '2024-05-02', last: '2024-05-09' });
  for (const id of ['a_1', 'a_2', 'a_4']) move.run('s_survivor', id);
  assert.equal(row.get('s_absorbed'), undefined);
  assert.deepEqual({ ...(row.get('s_survivor') as object) }, { size: 6, first: '2024-05-01', last: '2024-05-09' });
  db.close();
});
