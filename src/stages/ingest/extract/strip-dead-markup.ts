/**
 * Removes, from the HTML source, the parts of a page that are never article
 * text and that no reader needs: scripts (except JSON-LD, which the metadata
 * readers parse), styles, inline SVG, noscript and template blocks, and
 * comments. On the dev pages these are about half of all bytes; dropping them
 * before parsing spares the parser and every later DOM walk (Readability's
 * many) the nodes, and the garbage collector their objects.
 */

/**
 * Leftmost-first alternation, as the HTML tokenizer reads the source: a
 * `<script>` inside a comment goes with the comment, a `<!--` inside a script
 * with the script. A script ends at the first `</script`, as in HTML. The last
 * alternative is a well-formed start tag (quoted values may hold `>`); a tag it
 * cannot read is left as it is. Tags inside kept JSON-LD scripts are never
 * visited, since the script alternative takes them whole. Whitespace between
 * two block start tags or two block end tags goes too (a third of all text
 * nodes on the dev pages); between an end and a start tag it stays, since
 * textContent joins siblings' text through it ("Title Date", not "TitleDate").
 */
const DEAD_MARKUP = /<!--[\s\S]*?-->|<(script|style|svg|noscript|template)\b([^>]*)>[\s\S]*?<\/\1\s*>|<[a-zA-Z][^\s"'>\/=]*(?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>|(?<=<[a-zA-Z][^<>]*>)\s+(?=<(?:html|head|body|meta|link|title|div|section|article|main|header|footer|nav|aside|ul|ol|li|table|thead|tbody|tr|td|th|form|h[1-6]|p|figure|br)[\s\/>])|(?<=<\/[a-zA-Z][^<>]*>)\s+(?=<\/(?:html|head|body|meta|link|title|div|section|article|main|header|footer|nav|aside|ul|ol|li|table|thead|tbody|tr|td|th|form|h[1-6]|p|figure|br)[\s>])/gi;

/** One attribute of a start tag, with its leading space. */
const ATTRIBUTE = /\s+([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** A tag that may hold an attribute worth dropping: most tags hold none, and are kept untouched. */
const DROPPABLE_HINT = /\s(?:data-|on|aria-|style|srcset|sizes)/i;

/**
 * Attributes no reader uses and that each cost the parser a node: data-*
 * (many per element on modern themes), event handlers, aria-* labels,
 * responsive-image lists and inline styles. Kept: data-testid (byline and date
 * selectors), aria-hidden and aria-modal (Readability's visibility tests), and
 * a style that hides the element (display/visibility, the same tests).
 */
function droppable(name: string, value: string): boolean {
  const n = name.toLowerCase();
  if (n.startsWith('data-')) return n !== 'data-testid';
  if (n.startsWith('aria-')) return n !== 'aria-hidden' && n !== 'aria-modal';
  if (n === 'style') return !/display|visibility/i.test(value);
  return n === 'srcset' || n === 'sizes' || (n.length > 2 && n.startsWith('on'));
}

function leanTag(tag: string): string {
  if (!DROPPABLE_HINT.test(tag)) return tag;
  return tag.replace(ATTRIBUTE, (whole: string, name: string, dq?: string, sq?: string, bare?: string) =>
    droppable(name, dq ?? sq ?? bare ?? '') ? '' : whole);
}

/**
 * The page without its dead markup, and its start tags without the attributes no reader needs.
 * @example stripDeadMarkup('<p data-x="1">a</p><script>x()</script><p>b</p>') // '<p>a</p><p>b</p>'
 */
export function stripDeadMarkup(html: string): string {
  return html.replace(DEAD_MARKUP, (whole: string, tag: string | undefined, attrs: string | undefined) => {
    if (whole.charCodeAt(0) !== 60) return ''; // whitespace between block tags
    if (whole.charCodeAt(1) !== 33 && tag === undefined) return leanTag(whole);
    return tag !== undefined && tag.toLowerCase() === 'script' && /ld\+json/i.test(attrs ?? '') ? whole : '';
  });
}
