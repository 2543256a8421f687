/**
 * The CLI as a process in a pipeline: a closed pipe ends it quietly, and
 * piped stderr carries lines only (no progress-bar frames).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createProgress } from '../../src/cli/progress.js';

const CLI = `${JSON.stringify(process.execPath)} --import tsx test/cli/run-cli.ts`;

/** Runs `parallax ARGS | head -1` in bash; returns parallax's exit status, its stderr and head's output. */
function throughHead(args: string, stdin: string): { status: number; stderr: string; first: string } {
  const r = spawnSync('bash', ['-c', `set -o pipefail; ${CLI} ${args} 2>"$ERRFILE" | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, ERRFILE: join(dir, 'stderr.txt') },
    maxBuffer: 64 * 1024 * 1024,
  });
  const status = Number(/status=(\d+)/.exec(r.stderr)?.[1] ?? -1);
  return { status, stderr: spawnSync('cat', [join(dir, 'stderr.txt')], { encoding: 'utf8' }).stdout, first: r.stdout.trim() };
}

const dir = mkdtempSync(join(tmpdir(), 'px-pipe-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('parallax quotes --in - | head -1 exits quietly: no EPIPE, no stack trace', () => {
  const lines = Array.from({ length: 40_000 }, (_, i) => JSON.stringify({ id: i, text: `Line ${i} has “a quote,” she said.` })).join('\n');
  const r = throughHead('quotes --in - --quiet', lines);
  assert.equal(JSON.parse(r.first).id, 0);
  assert.equal(r.stderr, '', 'nothing on stderr');
  assert.equal(r.status, 0);
});

test('parallax analyze … | head -1 exits quietly', () => {
  const r = throughHead('analyze examples/biden-putin-call --quiet', '');
  assert.match(r.first, /^#/);
  assert.doesNotMatch(r.stderr, /EPIPE|\n\s+at /);
  assert.equal(r.status, 0);
});

test('piped stderr gets lines only: no progress frames, no escape codes; one closing summary line', () => {
  const input = join(dir, 'pages.jsonl');
  writeFileSync(input, Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `a${i}`, title: `Story number ${i}`, text: `Story number ${i} happened today in the town of ${i}. `.repeat(8) })).join('\n'));
  const r = spawnSync('bash', ['-c', `${CLI} ingest ${input} --db ${join(dir, 'p.db')}`], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /[\r\u001b]/);
  assert.match(r.stderr, /^parallax ingest: 200 articles added, 0 duplicates, 0 problems; [\d,]+ stor(y|ies) in .*p\.db \(\d+\.\d s\)\n$/);
});

test('cluster --in - --out -: a stream from stdin, assignments to stdout', () => {
  const articles = [
    { id: 'a', title: 'Council passes budget', text: 'The council approved the budget on Tuesday.' },
    { id: 'b', title: 'Budget passes council', text: 'The council approved the budget on Tuesday evening.' },
  ];
  const r = spawnSync('bash', ['-c', `${CLI} cluster --in - --out - --quiet`], { input: articles.map((a) => JSON.stringify(a)).join('\n'), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; story: string });
  assert.deepEqual(out.map((o) => o.id), ['a', 'b']);
  assert.equal(out[0]!.story, out[1]!.story);
  assert.equal(existsSync('-'), false, 'no file named -');
});

/** A terminal stand-in: records what a bar would draw. */
class FakeTty extends Writable {
  readonly isTTY = true;
  readonly columns = 100;
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
  cursorTo(): boolean { return true; }
  clearLine(): boolean { return true; }
  moveCursor(): boolean { return true; }
}

test('a progress bar appears at a terminal only once a phase has run for a second', () => {
  let now = 0;
  const tty = new FakeTty();
  const p = createProgress(tty as unknown as NodeJS.WriteStream, true, () => now);
  p.start(100, 'ingest');
  now = 900;
  p.tick(10);
  assert.equal(tty.text, '', 'a short phase draws nothing');
  now = 1200;
  p.tick(10);
  assert.match(tty.text, /ingest \[.*\] 20\/100/);
  // Stopped to print a line and restarted: the phase is still past its first second, so the bar is back at once.
  p.stop();
  tty.text = '';
  p.start(100, 'ingest');
  p.tick(20);
  assert.match(tty.text, /ingest \[.*\] 20\/100/);
  p.stop();
  const piped = new FakeTty();
  const off = createProgress(piped as unknown as NodeJS.WriteStream, false, () => now);
  off.start(100, 'ingest');
  now = 5000;
  off.tick(50);
  off.stop();
  assert.equal(piped.text, '', 'not a terminal: nothing');
});
