/**
 * Shape tests for lines that are not body text but are worth keeping as
 * metadata: captions, section headings, credits, bylines and datelines. They
 * look at the form of a line (length, final punctuation, credit tails), not at
 * site-specific strings.
 */

/**
 * Ends like a sentence or a quotation: the line is prose. CJK full stops
 * ("。！？") and the Arabic question mark end sentences too: without them a
 * Chinese article lost every line and was rejected as empty.
 */
const SENTENCE_END = /[.!?…。！？؟]["”’»)」』）]?$|["”’»」』]$/;

/** A photo credit at the end of a line: "(REUTERS)", "(AP Photo/Evan Vucci)", "(Getty Images)". */
const PHOTO_CREDIT = /\((?:[^()]*\b(?:photo|photograph|image|picture|pictures|file|credit)s?\b[^()]*|reuters|ap|afp|epa|getty( images)?|xinhua|anadolu|tass|sputnik|ria novosti|bloomberg|shutterstock|dpa|efe|ansa|pool)\)$/i;

/** Caption openers: "Photo: …", "FILE PHOTO: …", "Pictured: …". */
const CAPTION_PREFIX = /^(photo|file photo|image|picture|pictured|caption|video|watch)\s*[:|-]\s/i;

/** Position markers only captions use: "Biden (right) and Putin". */
const POSITION = /\((?:right|left|center|centre|top|bottom|front|back|l|r|c|pictured|from left|l-r|second (?:left|right))\)/i;

/**
 * A photo caption: ends in a photo/agency credit, opens like a caption, or
 * names positions in a picture without being a sentence.
 * @example isCaption('Biden and Putin meet in Geneva, June 16, 2021. (REUTERS)') // true
 * @example isCaption('Biden (right) and Putin will discuss the border') // true
 */
export function isCaption(line: string): boolean {
  if (PHOTO_CREDIT.test(line) || CAPTION_PREFIX.test(line)) return true;
  return POSITION.test(line) && !SENTENCE_END.test(line);
}

/**
 * A line that is not a sentence: no final punctuation, not opening a quote.
 * Short ones are section headings; long ones are captions the page lost
 * the credit of. Both stay out of the text.
 * @example isNonSentence('Details and tension') // true
 */
export function isNonSentence(line: string): boolean {
  return !SENTENCE_END.test(line) && !/[,;:]$/.test(line) && !/^["“„«'‘]/.test(line) && /\p{L}/u.test(line) && !cutProse(line);
}

/**
 * Chinese or Japanese prose whose last sentence the scrape cut: two full stops or more inside the line ("…舞会在时代广场举行。在
 * Tech2 Gadgets 上……比较"). A whole Chinese article scraped as one line and cut so was taken for a caption and
 * dropped, and the article rejected as empty.
 */
function cutProse(line: string): boolean {
  let n = 0;
  for (const _ of line.matchAll(/[。！？]/gu)) if (++n >= 2) return true;
  return false;
}

/**
 * A contributor line: "CNN's Kevin Liptak … contributed to this report.",
 * "Reporting by X; Editing by Y".
 * @example isCredit('Reporting by Jane Doe; Editing by John Roe') // true
 */
export function isCredit(line: string): boolean {
  if (line.length > 400) return false;
  return /\bcontributed (reporting )?to (this|the) (report|article|story)\.?$/i.test(line)
    || /^\(?(additional )?(reporting|writing|editing|compiled|translated|produced) by\b[^.]*\)?\.?$/i.test(line)
    || /^\(?(reporting|writing) by\b.*;\s*editing by\b.*\)?$/i.test(line);
}

/**
 * The name in a byline line ("By Jane Doe", "By Jane Doe and John Roe, Reuters").
 * @example parseByline('By Jane Doe and Sam Lee') // 'Jane Doe and Sam Lee'
 */
export function parseByline(line: string): string | undefined {
  const m = /^[Bb][Yy]:?\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|bin)){0,8}(?:,\s*[\p{L} ]{2,40})?)$/u.exec(line);
  return m && line.length <= 100 ? m[1] : undefined;
}

/** "WASHINGTON/MOSCOW —", "KYIV, Ukraine (AP) —", "LONDON (Reuters) -". */
const DATELINE = /^(\p{Lu}[\p{Lu}.'’-]*(?:[ /]\p{Lu}[\p{Lu}.'’-]*)*)((?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?)\s*(?:\([^()]{1,30}\)\s*)?(?:[—–]|--?)\s+/u;

/**
 * Splits a dateline off a paragraph's start. The place must be in capitals
 * (that is what makes it a dateline and not a sentence opening).
 * @example splitDateline('WASHINGTON/MOSCOW — US President Joe Biden …')
 *   // { dateline: 'WASHINGTON/MOSCOW', rest: 'US President Joe Biden …' }
 */
export function splitDateline(paragraph: string): { readonly dateline: string; readonly rest: string } | undefined {
  const m = DATELINE.exec(paragraph);
  if (!m) return undefined;
  const place = m[1];
  if (place.replace(/[^\p{Lu}]/gu, '').length < 3) return undefined;
  const rest = paragraph.slice(m[0].length).trim();
  if (rest === '') return undefined;
  return { dateline: (place + m[2]).trim(), rest };
}
