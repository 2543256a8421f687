/**
 * A feed source's followLinks flag and the links it has followed, on both
 * backends: stored at creation, read back on every record, untouched by a
 * poll's update, and the followed links remembered as seen (a store
 * reopened at the same location still knows them); marking a link for a
 * source deleted meanwhile does nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS } from './backends.js';

for (const b of BACKENDS) {
  test(`${b.name}: followLinks is stored with the source and kept across updates and reopening`, { skip: b.skip }, () => {
    const where = b.location();
    let store = b.open(where);
    const src = store.sourceStore();
    const base = { kind: 'feed' as const, createdAt: 't', nextPollAt: 't', intervalSec: 600, failures: 0, itemsSeen: 0 };
    assert.equal(src.add({ ...base, id: 's_f1', url: 'https://example.com/a.xml', followLinks: true }), true);
    assert.equal(src.add({ ...base, id: 's_f2', url: 'https://example.com/b.xml' }), true);
    src.update('s_f1', { nextPollAt: 'u', intervalSec: 300, failures: 0, itemsSeen: 3 });
    src.markFile('s_f1', 'https://example.com/story-1', 0, 0);
    store.close();
    store = b.open(where);
    const again = store.sourceStore();
    assert.deepEqual(again.get('s_f1'), { ...base, id: 's_f1', url: 'https://example.com/a.xml', followLinks: true, nextPollAt: 'u', intervalSec: 300, itemsSeen: 3 });
    assert.deepEqual(again.get('s_f2'), { ...base, id: 's_f2', url: 'https://example.com/b.xml' }, 'no flag: no followLinks key');
    assert.equal(again.fileSeen('s_f1', 'https://example.com/story-1', 0, 0), true);
    assert.equal(again.fileSeen('s_f2', 'https://example.com/story-1', 0, 0), false);
    // A poll that outlives a DELETE marks nothing, and does not fail.
    assert.equal(again.remove('s_f2'), true);
    again.markFile('s_f2', 'https://example.com/story-2', 0, 0);
    assert.equal(again.fileSeen('s_f2', 'https://example.com/story-2', 0, 0), false);
    store.close();
  });
}
