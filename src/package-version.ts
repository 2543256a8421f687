/** The version in package.json, for `--version` and the fetcher's user agent. */
import { readFileSync } from 'node:fs';

/** @example packageVersion() // '0.1.0' */
export function packageVersion(): string {
  // Compiled, this file is dist/src/package-version.js; under tsx it is src/package-version.ts.
  for (const rel of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'parallax') return pkg.version;
    } catch {
      // not at this level; try the next
    }
  }
  return 'unknown';
}
