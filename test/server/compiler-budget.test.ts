/**
 * The service's inlining budget (compiler-budget.ts): its flag, set at run
 * time as tuneCompiler sets it, reaches V8's optimising compiler. A child
 * process (plain node: no loader threads compiling beside it) optimises the
 * same function with and without it, synchronously, and counts the callees
 * TurboFan inlined into it (--trace-turbo-inlining).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPILER_FLAG } from '../../src/server/compiler-budget.js';

// Sixteen named callees of ~50 bytes of bytecode each: the default budget (920) inlines most, 230 a few.
const WORKLOAD = `
if (process.env.PX_FLAG) (await import('node:v8')).setFlagsFromString(process.env.PX_FLAG);
const mk = (i) => new Function('return function callee' + i + '(x) { let s = x; for (let k = 0; k < 3; k++) { s = (s * 31 + ' + i + ') % 1000003; s ^= (s >>> 3); s += k * ' + i + '; } return s; }')();
const f = Array.from({ length: 16 }, (_, i) => mk(i));
function big(x) { return f[0](x)+f[1](x)+f[2](x)+f[3](x)+f[4](x)+f[5](x)+f[6](x)+f[7](x)+f[8](x)+f[9](x)+f[10](x)+f[11](x)+f[12](x)+f[13](x)+f[14](x)+f[15](x); }
%PrepareFunctionForOptimization(big);
for (let i = 0; i < 200; i++) big(i);
%OptimizeFunctionOnNextCall(big);
big(3);
`;

function inlined(flag: string | undefined): number {
  const dir = mkdtempSync(join(tmpdir(), 'px-inline-'));
  try {
    const file = join(dir, 'hot.mjs');
    writeFileSync(file, WORKLOAD);
    const env = { ...process.env, PX_FLAG: flag ?? '' };
    const r = spawnSync(process.execPath, ['--trace-turbo-inlining', '--allow-natives-syntax', '--no-concurrent-recompilation', file], { encoding: 'utf8', env, timeout: 60_000 });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.split('\n').filter((l) => /^Inlining \S+ \{\S+ <SharedFunctionInfo callee\d+>\} into /.test(l)).length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the budget flag set at run time lowers what the optimising compiler inlines', () => {
  const before = inlined(undefined);
  const after = inlined(COMPILER_FLAG);
  assert.ok(before >= 8, `the default budget inlines most of the sixteen callees (${before})`);
  assert.ok(after > 0 && after <= before / 2, `the lower budget inlines at most half as many (${after} of ${before})`);
});
