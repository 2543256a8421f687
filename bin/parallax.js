#!/usr/bin/env node
// The package's bin: runs the compiled CLI (built by `npm ci` through `prepare`).
// main() turns every error into one line; this catch is for what escapes it (a bug).
import { main } from '../dist/src/cli/main.js';

const debug = process.argv.includes('--debug');
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    console.error(debug && err instanceof Error ? err.stack : `parallax: internal error: ${message} (rerun with --debug for the stack trace)`);
    process.exitCode = 3;
  },
);
