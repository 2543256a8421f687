/**
 * The briefs saved on disk (src/server/brief-disk.ts): a brief saved by one
 * instance is read back by the next (a restart), a corrupt or truncated file
 * is ignored with a log line naming it and deleted, leftovers of a write cut
 * short are removed, and the directory stays within its byte budget, the
 * oldest file dropped first.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { StoryBrief } from '../../src/core/brief.js';
import { asStoryId } from '../../src/core/ids.js';
import { newToken } from '../../src/server/access.js';
import { buildApp } from '../../src/server/app.js';
import { BriefDisk } from '../../src/server/brief-disk.js';
import { createStore } from '../../src/storage/create-store.js';
import { bearer, seedRecords } from './helpers.js';

/** A real brief: the seed story posted to an in-memory server and briefed. */
async function seedBrief(): Promise<StoryBrief> {
  const store = createStore({ type: 'memory' });
  const w = newToken('write', new Date('2024-01-01T00:00:00Z'));
  store.putToken(w.hash, w.record);
  const { app, deps } = await buildApp({ store, loopbackOnly: true, log: () => {}, sources: { tickMs: 2_000_000_000 } });
  try {
    const posted = await app.inject({ method: 'POST', url: '/api/v1/articles', headers: bearer(w.token), payload: seedRecords() });
    const id = (posted.json() as { stories: { id: string }[] }).stories[0]!.id;
    const brief = await deps.briefs.briefAsync(asStoryId(id));
    assert.ok(brief !== undefined);
    return brief;
  } finally {
    await app.close();
    store.close();
  }
}

const briefP = seedBrief();

test('a saved brief is read back by the next instance, at the version it was saved at', async () => {
  const brief = await briefP;
  const dir = mkdtempSync(join(tmpdir(), 'px-brief-disk-'));
  try {
    const lines: string[] = [];
    const first = new BriefDisk(dir, (l) => lines.push(l));
    await first.save(brief.id, 7, brief);
    const again = new BriefDisk(dir, (l) => lines.push(l));
    assert.equal(again.has(brief.id), true);
    const saved = await again.load(brief.id);
    assert.equal(saved?.version, 7);
    assert.deepEqual(saved?.brief, JSON.parse(JSON.stringify(brief)));
    assert.ok(saved!.bytes > 1000);
    assert.deepEqual(lines, []);
    assert.equal(await again.load('s_00ff'), undefined, 'nothing saved for another story');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a brief saved as the worker's UTF-8 JSON bytes reads back as the same brief as one saved as an object", async () => {
  const brief = await briefP;
  const dir = mkdtempSync(join(tmpdir(), 'px-brief-disk-'));
  try {
    const disk = new BriefDisk(dir, () => undefined);
    const bytes = new TextEncoder().encode(JSON.stringify(brief));
    // Gzipped in parts: the bytes (55 MB for a 2,000-article story) are never copied into one buffer with the header.
    const concat = Buffer.concat;
    let copied = 0;
    Buffer.concat = ((list: readonly Uint8Array[], length?: number) => {
      if (list.includes(bytes)) copied++;
      return concat(list, length);
    }) as typeof Buffer.concat;
    try {
      await disk.save(brief.id, 4, bytes);
    } finally {
      Buffer.concat = concat;
    }
    assert.equal(copied, 0);
    const saved = await new BriefDisk(dir, () => undefined).load(brief.id);
    assert.equal(saved?.version, 4);
    assert.deepEqual(saved?.brief, JSON.parse(JSON.stringify(brief)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a corrupt, truncated or foreign file is ignored with a log line naming it, and deleted; a leftover temporary file is removed', async () => {
  const brief = await briefP;
  const dir = mkdtempSync(join(tmpdir(), 'px-brief-disk-'));
  try {
    const lines: string[] = [];
    await new BriefDisk(dir, () => undefined).save(brief.id, 3, brief);
    const path = join(dir, `${brief.id}.json.gz`);
    const whole = readFileSync(path);
    const cases: [string, Buffer][] = [
      ['not gzip', Buffer.from('this is not gzip at all')],
      ['cut short', whole.subarray(0, Math.floor(whole.length / 2))],
      ['not JSON', gzipSync('{"format":1,"id":')],
      ['another story', gzipSync(JSON.stringify({ format: 1, id: 's_0abc', version: 3, brief }))],
      ['not a brief', gzipSync(JSON.stringify({ format: 1, id: brief.id, version: 3, brief: { id: brief.id } }))],
    ];
    for (const [what, bytes] of cases) {
      writeFileSync(path, bytes);
      writeFileSync(join(dir, `${brief.id}.json.gz.1.1.tmp`), 'half a write');
      lines.length = 0;
      const disk = new BriefDisk(dir, (l) => lines.push(l));
      assert.equal(await disk.load(brief.id), undefined, what);
      assert.equal(lines.length, 1, what);
      assert.ok(lines[0]!.includes(path) && lines[0]!.includes('ignored'), `${what}: ${lines[0]}`);
      assert.equal(existsSync(path), false, `${what}: deleted`);
      assert.equal(disk.has(brief.id), false);
      await new Promise((r) => setTimeout(r, 20));
      assert.equal(existsSync(join(dir, `${brief.id}.json.gz.1.1.tmp`)), false, 'the temporary file is removed');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the directory stays within its byte budget, the oldest brief dropped first', async () => {
  const brief = await briefP;
  const dir = mkdtempSync(join(tmpdir(), 'px-brief-disk-'));
  try {
    const probe = new BriefDisk(dir, () => undefined);
    await probe.save(brief.id, 1, brief);
    const size = probe.usage().bytes;
    assert.ok(size > 0);
    // Room for three and a half files.
    const disk = new BriefDisk(dir, () => undefined, Math.floor(size * 3.5));
    const ids = ['s_0a01', 's_0a02', 's_0a03'].map((id) => asStoryId(id));
    for (const id of ids) await disk.save(id, 1, { ...brief, id });
    assert.equal(disk.has(brief.id), false, 'the oldest file went first');
    assert.equal(existsSync(join(dir, `${brief.id}.json.gz`)), false);
    for (const id of ids) assert.equal(disk.has(id), true);
    await disk.save(asStoryId('s_0a04'), 1, { ...brief, id: asStoryId('s_0a04') });
    assert.equal(disk.has(ids[0]!), false);
    assert.ok(disk.usage().bytes <= disk.usage().budget);
    // The next instance sees the same files.
    assert.deepEqual(new BriefDisk(dir, () => undefined).usage().files, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a directory that cannot be made is logged once and the server goes on without saving', async () => {
  const brief = await briefP;
  const dir = mkdtempSync(join(tmpdir(), 'px-brief-disk-'));
  try {
    // A file where the directory should be.
    const blocked = join(dir, 'news.db.briefs');
    writeFileSync(blocked, 'a file, not a directory');
    const lines: string[] = [];
    const disk = new BriefDisk(blocked, (l) => lines.push(l));
    assert.equal(lines.length, 1);
    assert.ok(lines[0]!.includes(blocked) && lines[0]!.includes('cannot be used'), lines[0]);
    await disk.save(brief.id, 1, brief);
    assert.equal(disk.has(brief.id), false);
    assert.equal(await disk.load(brief.id), undefined);
    assert.equal(lines.length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
