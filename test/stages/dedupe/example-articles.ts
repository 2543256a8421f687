/**
 * The five example articles as a cleaner would give them: non-empty lines
 * joined by "\n\n", with the obvious scraping debris dropped (the real cleaner
 * is another stage; this keeps reuse tests independent of it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asArticleId, type ArticleId } from '../../../src/core/ids.js';

export interface ExampleArticle {
  readonly id: ArticleId;
  readonly file: string;
  readonly title: string;
  readonly text: string;
}

const DIR = join(import.meta.dirname, '../../../examples/biden-putin-call');

const BOILERPLATE = [
  /^skip to content$/i,
  /^article continues after this advertisement$/i,
  /^featured stories$/i,
  /^your subscription/i,
  /^subscribe to our/i,
  /^by providing an email address/i,
  /^©/,
  /^this is an information message$/i,
  /^we use cookies/i,
  /^atm$/i,
  /^tags:/i,
  /^no tags found/i,
  /^news code/i,
  /^end$/i,
  /^endnewsmessage/i,
  /^comments$/i,
  /^not all news on the site/i,
  /^\/ \d/,
  /contributed to this report\.$/i,
  /\((reuters)\)$/i,
];

export function loadExamples(): ExampleArticle[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const lines = readFileSync(join(DIR, file), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.length > 0 && !BOILERPLATE.some((re) => re.test(l)));
      const deduped = lines.filter((l, i) => lines.indexOf(l) === i && !/ \| /.test(l));
      // A first line without a full stop is the title; other such short lines are headings.
      const unpunctuated = (l: string) => l.split(' ').length < 20 && !/[.!?”"]$/.test(l);
      const title = unpunctuated(deduped[0]) ? deduped[0] : deduped[0].slice(0, 80);
      const body = deduped.filter((l, i) => !(i === 0 && l === title) && !(unpunctuated(l) && l.split(' ').length < 12));
      return { id: asArticleId(`a_${file.slice(4, 20)}`), file, title, text: body.join('\n\n') };
    });
}

/**
 * The five example texts, then a reworded copy of each (every fifth word of
 * each paragraph dropped, paragraphs in reverse order): pairs that share
 * statements without sharing their text verbatim.
 */
export function examplesWithRewordedCopies(): string[] {
  const originals = loadExamples();
  return [
    ...originals.map((o) => o.text),
    ...originals.map((o) =>
      o.text
        .split('\n\n')
        .reverse()
        .map((p) => p.split(' ').filter((_, k) => k % 5 !== 3).join(' '))
        .join('\n\n'),
    ),
  ];
}
