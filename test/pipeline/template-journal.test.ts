/**
 * The outlet-template state saved as a base and a journal
 * (template-journal.ts): what loads is what was observed, across entries
 * and rewrites; a base saved without a journal id (the queue's enqueue)
 * ignores older entries.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TemplateJournal, TEMPLATE_STATE } from '../../src/pipeline/template-journal.js';
import { serializeTemplateState } from '../../src/stages/clean/template-lines.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';

const limits = { articles: 7, entries: 3 };

function observeSome(j: TemplateJournal, round: number): void {
  for (let i = 0; i < 2; i++) j.observe(i % 2 ? 'daily planet' : 'the bugle', ['Share this story', `Line ${round} of ${i}`, 'x'.repeat(400), 'Follow us']);
}

test('a loaded journal equals the state it saved, through entries and whole rewrites', () => {
  const store = new SqliteStore(':memory:');
  const j = TemplateJournal.load(store, limits);
  const written = new Set<string>();
  for (let round = 0; round < 9; round++) {
    observeSome(j, round);
    store.transaction(() => j.save());
    const again = TemplateJournal.load(store, limits);
    assert.deepEqual(again.state, j.state, `after save ${round + 1}`);
    written.add(serializeTemplateState(again.state));
  }
  assert.equal(written.size, 9, 'every save changed the state');
  assert.equal(j.state.outlets['the bugle'], 9);
  assert.equal(j.state.lines['share this story']?.['daily planet'], 9);
  assert.equal(Object.keys(j.state.lines).some((k) => k.length > 300), false, 'paragraph-length lines are not counted');
  store.close();
});

test('a base saved without a journal id ignores the entries of an older journal', () => {
  const store = new SqliteStore(':memory:');
  const j = TemplateJournal.load(store, limits);
  observeSome(j, 0);
  j.save();
  const base = TemplateJournal.load(store, limits).state;
  observeSome(j, 1);
  j.save(); // an entry of the journal
  assert.notDeepEqual(TemplateJournal.load(store, limits).state, base);
  store.saveState(TEMPLATE_STATE, serializeTemplateState(base));
  assert.deepEqual(TemplateJournal.load(store, limits).state, base);
  store.close();
});
