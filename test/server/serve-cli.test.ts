/**
 * `parallax serve` and `parallax token` as commands: a real process that
 * starts, answers, accepts a token created while it runs, and stops
 * cleanly on SIGTERM; and the one-line usage errors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { bearer, createToken, OTHER_STORY, postJson, startTestServer } from './helpers.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

test('serve runs until SIGTERM, then finishes and exits 0; a token made meanwhile works at once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-serve-cli-'));
  const db = join(dir, 'news.db');
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/cli/run-cli.ts', 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    let stderr = '';
    child.stderr.setEncoding('utf8');
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk;
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
    });
    assert.match(stderr, /database .*news\.db: 0 articles, 0 stories\)/);
    const write = await createToken(db, 'write');
    const res = await postJson(`${url}/api/v1/articles`, [OTHER_STORY], bearer(write));
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { added: number }).added, 1);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(stderr, /SIGTERM: finishing requests in flight/);
    assert.match(stderr, /parallax serve: stopped/);
    // What was acknowledged is in the database.
    const out = capture();
    assert.equal(await main(['stories', '--db', db], out.io), 0);
    assert.match(out.out.join('\n'), /Valley orchards report record apple harvest/);
  } finally {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve and token usage errors are one line with exit code 2; a busy port is exit 1', async () => {
  const cases: [string[], RegExp][] = [
    [['serve', '--port', 'eighty'], /--port must be a whole number from 0 to 65535/],
    [['serve', '--port', '70000'], /--port must be a whole number/],
    [['serve', '--refresh-ms', '1s'], /--refresh-ms must be a whole number from 0 to 3600000/],
    [['serve', '--brief-heap-mb', 'lots'], /--brief-heap-mb must be a whole number/],
    [['serve', '--brief-heap-mb', '16'], /--brief-heap-mb must be at least 64/],
    [['serve', 'news.db'], /serve takes no arguments .*--db FILE/],
    [['serve', '--hots', 'x'], /unknown flag --hots\. Did you mean --host\?/],
    [['token'], /say what to do: parallax token create/],
    [['token', 'delete'], /unknown action "delete"/],
    [['token', 'create', '--scope', 'admin'], /--scope must be read or write/],
  ];
  for (const [argv, message] of cases) {
    const c = capture();
    assert.equal(await main(argv, c.io), 2, argv.join(' '));
    assert.equal(c.err.length, 1);
    assert.match(c.err[0]!, message);
  }
  const help = capture();
  assert.equal(await main(['serve', '--help'], help.io), 0);
  for (const flag of ['--db', '--host', '--port', '--body-limit', '--refresh-ms', '--brief-heap-mb']) assert.ok(help.out.join('\n').includes(flag), flag);

  const t = await startTestServer();
  const dir = mkdtempSync(join(tmpdir(), 'px-serve-busy-'));
  try {
    const port = new URL(t.url).port;
    const c = capture();
    assert.equal(await main(['serve', '--db', join(dir, 'other.db'), '--port', port], c.io), 1);
    assert.match(c.err.join('\n'), new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port}: the port is in use`));
  } finally {
    await t.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
