/**
 * The web assets ship with the built package: `npm run build` copies
 * src/web/assets next to the compiled web module (scripts/copy-assets.mjs),
 * the server reads them from beside its own module only, and a build
 * without them fails at start with a line naming the folder.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { ASSET_DIR, loadAssets } from '../../src/web/assets.js';
// @ts-expect-error: a plain ES module of the build, without types.
import { copyAssets } from '../../scripts/copy-assets.mjs';

const SRC = new URL('../../src/web/assets/', import.meta.url);

test('the build copies every asset, and the server serves them from beside its module', () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-assets-'));
  try {
    const to = join(dir, 'dist/src/web/assets');
    writeFileSync(join(dir, 'stale.js'), '');
    const names = (copyAssets as (from: string, to: string) => string[])(SRC.pathname, to);
    assert.deepEqual(names, readdirSync(SRC).sort());
    assert.ok(names.includes('app.js') && names.includes('app.css'));
    const served = loadAssets(pathToFileURL(`${to}/`));
    for (const n of names) assert.deepEqual(served.get(n)?.body, readFileSync(new URL(n, SRC)), n);
    assert.equal(served.get('app.js')?.type, 'text/javascript; charset=utf-8');
    assert.ok(served.has('brief.css'));
    // From the sources the folder beside the module is src/web/assets itself.
    assert.equal(ASSET_DIR.href, SRC.href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a build without its assets fails at start, naming the folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-assets-'));
  try {
    writeFileSync(join(dir, 'app.css'), 'body{}');
    assert.throws(() => loadAssets(pathToFileURL(`${dir}/`)), (err: Error) => err.message.includes(dir) && /app\.js/.test(err.message) && !err.message.includes('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
