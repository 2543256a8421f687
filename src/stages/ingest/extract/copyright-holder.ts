/**
 * The person a personal site's footer names as its copyright holder
 * ("(CC-Lizenz) 2006-2008 by Martin Weber", "© 2021 Anna Muster"): on a blog
 * that names no author anywhere else, the writer. Companies and the site's
 * own name are refused; the caller asks only when every other signal is silent.
 */
import type { MetaDoc, MetaEl } from './read-metadata.js';

interface TextNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes?: ArrayLike<TextNode>;
}

const YEARS = '(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?';
const NAME = '(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})';
/**
 * "© 2021 by Name", "Copyright by Name", or years then "by"/"von" ("2006-2008 by Name");
 * the name ends the phrase. Without "by" the holder is mostly a company ("© 2021 Prisma Média").
 */
const HOLDER = new RegExp(`(?:(?:©|\\([cC]\\)|[Cc]opyright)\\s*(?:${YEARS})?|${YEARS})\\s+(?:by|von)\\s+${NAME}(?=\\s*(?:$|[.|,·•–-]))`, 'u');

/** Words of organisations, not people: "Spiegel Verlag", "Funke Mediengruppe", "Deutsche Welle". */
const ORG_WORD = /^(?:Verlag|Verlags\p{L}*|Media|Medien\p{L}*|Group|Gruppe|Zeitung|News|Online|Press|Presse|Radio|Network|Digital|Publishing|Welle|Rundfunk|Foundation|Institut|Institute|University|Universität|Team|Redaktion|Rights|Reserved|All)$/u;

const FOOTERS = 'footer, [id*="footer" i], [class*="footer" i], [id*="credits" i], [class*="copyright" i]';

/** Text nodes under an element, depth first, at most `limit` of them. */
function texts(root: TextNode, limit: number): string[] {
  const out: string[] = [];
  const stack: TextNode[] = [root];
  while (stack.length > 0 && out.length < limit) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      const t = n.textContent?.replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
      continue;
    }
    const kids = n.childNodes;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/**
 * The copyright holder named in the page footer, when it is a person.
 * `refuse` says whether a name is the publisher's own.
 * @example copyrightHolder(doc, () => false) // 'Martin Weber' for '<div id="credits">2006-2008 by Martin Weber</div>'
 */
export function copyrightHolder(doc: MetaDoc, refuse: (name: string) => boolean): string | undefined {
  let n = 0;
  for (const el of doc.querySelectorAll(FOOTERS) as Iterable<MetaEl & TextNode>) {
    if (++n > 8) break;
    // One text node at a time: a line break ends the name ("by Martin Weber<br>Hosted by …").
    for (const t of texts(el, 200)) {
      const m = HOLDER.exec(t);
      if (!m) continue;
      const name = m[1];
      if (name.split(/\s+/).some((w) => ORG_WORD.test(w)) || refuse(name)) continue;
      return name;
    }
  }
  return undefined;
}
