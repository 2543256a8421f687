/** The honest user agent: who we are and where to read about it. */
import { readFileSync } from 'node:fs';

function packageVersion(): string {
  // Compiled, this file is dist/src/fetch/; under tsx it is src/fetch/.
  for (const rel of ['../../../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'parallax') return pkg.version;
    } catch {
      // not at this level; try the next
    }
  }
  return 'unknown';
}

/** The token robots.txt groups are matched against. */
export const ROBOTS_TOKEN = 'parallax';

export const USER_AGENT = `Parallax/${packageVersion()} (+https://github.com/parallax-news/parallax)`;
