/**
 * The agency or desk credit that closes a news text ("… hieß es. (FR mit
 * dpa)"). Pages print it nowhere else, so it is read from the extracted text,
 * after the body is known, and only stands in for an author that is missing
 * or just the desk.
 */
/** What a CMS prints when it names no one: the desk itself. */
const DESK = /^(?:redaktion|editorial(?: team)?|staff|newsroom|redacci[oó]n|r[eé]daction|redazione|redactie|red\.?)$/i;

/** Agency and desk marks: acronyms ("AFP", "FR"), lower-case agency names ("dpa", "epd", "red") and the few spelled out. */
const AGENCY = '(?:\\p{Lu}{2,6}|\\p{Ll}{2,4}|Reuters|Xinhua|Interfax|kathpress)';
const CREDIT_MARK = new RegExp(`^${AGENCY}(?:\\s*(?:/|,|&|mit|with|und|and|avec|con)\\s*${AGENCY}){0,3}$`, 'u');

/**
 * The agency or desk credit that closes a news text: "… hieß es. (FR mit dpa)", "(AFP)".
 * Read from the last lines of the extracted text, since pages print it nowhere else.
 * @example closingCredit(['Text.', 'Mehr Text. (FR mit dpa)']) // 'FR mit dpa'
 */
export function closingCredit(paragraphs: readonly string[]): string | undefined {
  for (const p of paragraphs.slice(-3).reverse()) {
    // After a full stop or alone on its line: "sagte Merz (CDU)" names a party, not the desk.
    const m = /(?:^|[.!?"“”»«]\s*)\(([^()]{2,30})\)\s*$/u.exec(p.trim());
    if (m && CREDIT_MARK.test(m[1].trim())) return m[1].trim();
  }
  return undefined;
}

/**
 * The author, or the text's closing credit when the page names no one or only
 * "Redaktion": "(FR mit dpa)" says more than the desk does.
 */
export function authorOrCredit(author: string | undefined, paragraphs: readonly string[]): string | undefined {
  if (author && !DESK.test(author.trim())) return author;
  return closingCredit(paragraphs) ?? author;
}
