#!/usr/bin/env node
// The package's bin: runs the compiled CLI (built by `npm ci` through `prepare`).
import { main } from '../dist/src/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(`parallax: ${err instanceof Error ? err.stack ?? err.message : String(err)}`); process.exitCode = 2; },
);
