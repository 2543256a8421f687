/**
 * Titles: scraped text has the headline as its first line (often twice, once
 * with the site's name appended), HTML and feeds have it in metadata, and
 * some scrapes have none at all, in which case the opening sentence stands in.
 */

/** Words that read as a site name after a dash ("Kyiv talks - Reuters"). */
const SITE_WORD = /\b(news|times|post|daily|herald|tribune|journal|gazette|online|today|press|media|agency|network|net|com|org|reuters|ap|afp|bbc|cnn|inquirer|guardian|telegraph|independent|express|mirror|observer|chronicle|sun)\b|\.(com|net|org|co|news|info)\b/i;

/**
 * Splits "Headline | Site" into its parts. A pipe always separates a site; a
 * dash only when the tail reads like an outlet name, since "Ukraine – what
 * next" is a headline, not a site.
 * @example splitSiteSuffix('Biden and Putin to talk | Inquirer News') // { title: 'Biden and Putin to talk', site: 'Inquirer News' }
 */
export function splitSiteSuffix(title: string): { readonly title: string; readonly site?: string } {
  const m = /^(.+?)\s+(\||\/\/|::|[-–—])\s+([^|]{1,50})$/.exec(title);
  if (!m) return { title };
  const [, head, sep, tail] = m;
  const words = tail.trim().split(/\s+/).length;
  if (words > 5 || head.length < tail.length) return { title };
  if (sep !== '|' && sep !== '//' && sep !== '::' && !SITE_WORD.test(tail)) return { title };
  return { title: head.trim(), site: tail.trim() };
}

export interface HeadlineLimits {
  readonly maxChars: number;
  readonly maxWords: number;
}

/**
 * A line that reads as a headline: short, at least two words, and not ending
 * like a sentence or a clause.
 * @example isHeadline('Ukraine: Biden and Putin speak out at critical moment', { maxChars: 160, maxWords: 25 }) // true
 */
export function isHeadline(line: string, limits: HeadlineLimits): boolean {
  if (line.length > limits.maxChars) return false;
  const words = line.split(/\s+/).length;
  if (words < 2 || words > limits.maxWords) return false;
  return !/[.,;:]$/.test(line) && !/^["“„«'‘]/.test(line);
}

/** Abbreviations whose period does not end a sentence. */
const ABBREV = /\b(?:[A-Z]|U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|Jr|Sr|No|vs|etc|a\.m|p\.m|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.$/;

/**
 * The first sentence of a text (up to the first ., ! or ? that ends one).
 * @example firstSentence('U.S. talks begin. More later.') // 'U.S. talks begin.'
 */
export function firstSentence(text: string): string {
  const re = /[.!?]["”’]?(?=\s+["“„'‘A-Z0-9]|\s*$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const candidate = text.slice(0, m.index + m[0].length);
    if (m[0][0] === '.' && ABBREV.test(candidate.slice(0, m.index + 1))) continue;
    return candidate.trim();
  }
  return text.trim();
}

/** Function words a shortened title must not end on. */
const DANGLING = /\s+(a|an|the|of|in|on|at|to|for|with|by|and|or|but|as|that|which|who|what|is|are|was|were|be|will|would|amid|from|into|over|after|before|than|its|his|her|their)$/i;

/**
 * A short title from an article's first sentence, cut at a word boundary
 * (with "…") when longer than `maxChars`.
 * @example deriveTitle('Officials met on Monday to discuss the budget for next year.', 30) // 'Officials met on Monday…'
 */
export function deriveTitle(text: string, maxChars: number): string {
  let s = firstSentence(text).replace(/[.!?]+$/, '').trim();
  if (s.length <= maxChars) return s;
  const cut = s.slice(0, maxChars + 1);
  s = cut.slice(0, Math.max(cut.lastIndexOf(' '), 1));
  let prev = '';
  while (prev !== s) {
    prev = s;
    s = s.replace(DANGLING, '').replace(/[,;:–—-]+$/, '').trim();
  }
  return `${s}…`;
}
