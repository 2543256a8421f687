/**
 * The five example articles as CleanArticle-like values, built simply: the
 * real cleaner is its own stage, so here obvious boilerplate, titles, headings,
 * captions and credits are dropped by a few plain rules.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleIdFor } from '../../../src/core/ids.js';
import type { CleanArticle } from '../../../src/core/types.js';

export const EXAMPLES_DIR = join(import.meta.dirname, '..', '..', '..', 'examples', 'biden-putin-call');

const BOILERPLATE = [
  /^Skip to content$/, /^Not all news on the site/, /^Article continues after this advertisement$/, /^FEATURED STORIES$/,
  /^Your subscription/, /^Subscribe to our/, /^By providing an email/, /^©/, /^TAGS:/, /^No tags found/,
  /^This is an information message$/, /^We use cookies/, /^News code/, /^END$/, /^endNewsMessage\d*$/, /^Comments$/,
  /\| Inquirer News$/, /^\/ \d\d:\d\d [AP]M /, /\((?:REUTERS|Reuters|AFP)\)$/, /^Biden \(right\) and Putin/, /contributed to this report\.$/,
];

/** Short lines without closing punctuation are titles and section headings. */
function isHeading(line: string): boolean {
  return line.split(/\s+/).length < 15 && !/[.!?”"]$/.test(line);
}

export interface Example {
  readonly name: string;
  readonly article: CleanArticle;
}

export function loadExamples(): Example[] {
  return readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const lines = readFileSync(join(EXAMPLES_DIR, file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const kept = lines.filter((l) => !BOILERPLATE.some((re) => re.test(l)));
    const title = kept.find(isHeading) ?? '';
    const body = kept.filter((l) => !isHeading(l));
    const text = body.join('\n\n');
    const published = /(\w+ \d\d, \d{4})\s*$/.exec(lines.find((l) => /^\/ \d\d:\d\d/.test(l)) ?? '')?.[1];
    const article: CleanArticle = {
      id: articleIdFor(text),
      title,
      text,
      meta: {
        publishedFrom: published !== undefined ? 'text' : 'none',
        ...(published !== undefined ? { published: new Date(`${published} UTC`).toISOString().slice(0, 10) } : {}),
        headings: [], captions: [], credits: [], machineTranslated: false, removed: [],
      },
    };
    return { name: file.slice(0, 3), article };
  });
}
