/**
 * Caps how deep elements nest, on the HTML source, before anything parses
 * it. Real pages nest a few dozen levels; a hostile or broken one nests
 * thousands (6,000 `<div>`s, 5,000 tables, 200,000 unclosed `<span>`s),
 * which overflows every recursive DOM walk (ours and Readability's) and makes
 * Readability's ancestor scans quadratic. Start tags past the cap are
 * dropped with their matching end tags; their text stays, in order, inside
 * the deepest kept element.
 *
 * The nesting is estimated the way htmlparser2 (linkedom's tokenizer) builds
 * it: an end tag closes the innermost open element of its name and every
 * element inside it; void elements and elements whose end tag is optional
 * (`p`, `li`, `td`, …: the parser closes them implicitly) never count, so
 * thousands of unclosed paragraphs on a real page do not reach the cap.
 */

/** Deeper than any real page (the dev pages stay under 60) and far below a stack overflow. */
export const MAX_NESTING = 256;
/**
 * Tables nest much less (old layouts put a few inside each other), and
 * Readability's table checks scan every table's descendants, which is
 * quadratic in nested tables: 256 of them took 30 s.
 */
export const MAX_TABLES = 12;
const TABLE_PART = new Set(['tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'colgroup', 'col']);

const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'keygen', 'command', 'basefont', 'frame', 'isindex',
]);
const OPTIONAL_END = new Set([
  'p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup',
  'caption', 'rb', 'rt', 'rtc', 'rp', 'html', 'head', 'body',
]);

/** Raw-text elements (their content is not markup), comments, then any tag. */
const TOKEN = /<(script|style|textarea|title|xmp)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<(\/?)([a-zA-Z][^\s\/>]*)[^>]*>/gi;

/**
 * The page with elements nested deeper than `max` flattened into their
 * ancestor at depth `max`. Pages within the cap come back unchanged (the same string).
 * @example capNesting('<div><div><div>x</div></div></div>', 2) // '<div><div>x</div></div>'
 */
export function capNesting(html: string, max = MAX_NESTING, maxTables = MAX_TABLES): string {
  // Cheap exit: a page with fewer tags than the cap cannot exceed it.
  let lt = 0;
  for (let i = html.indexOf('<'); i >= 0 && lt <= max; i = html.indexOf('<', i + 1)) lt++;
  if (lt <= max) return html;
  const stack: string[] = [];
  const dropped = new Map<string, number>();
  let tables = 0;
  let changed = false;
  const out = html.replace(TOKEN, (whole: string, _raw: string | undefined, close: string, tag: string | undefined) => {
    if (tag === undefined) return whole;
    const name = tag.toLowerCase();
    // Rows and cells of a dropped table go with it (they would all land in the deepest kept one).
    if (TABLE_PART.has(name) && (dropped.get('table') ?? 0) > 0) return '';
    if (VOID.has(name) || OPTIONAL_END.has(name)) return whole;
    if (close === '') {
      if (stack.length < max && (name !== 'table' || tables < maxTables)) {
        stack.push(name);
        if (name === 'table') tables++;
        return whole;
      }
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
      changed = true;
      return '';
    }
    // Dropped elements sit inside every kept one: their end tags come first.
    const d = dropped.get(name);
    if (d !== undefined && d > 0) {
      dropped.set(name, d - 1);
      return '';
    }
    const at = stack.lastIndexOf(name);
    if (at >= 0) {
      for (let i = at; i < stack.length; i++) if (stack[i] === 'table') tables--;
      stack.length = at;
    }
    return whole;
  });
  return changed ? out : html;
}
