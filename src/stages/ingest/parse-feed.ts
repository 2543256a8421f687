/**
 * RSS 2.0 / RDF / Atom feeds → one RawArticle per item or entry. Full content
 * (content:encoded, Atom content) wins over the teaser (description, summary).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { RawArticle } from '../../core/types.js';
import type { InputProblem } from '../../core/result.js';
import type { ParsedInput } from './parse-jsonl.js';
import { htmlToParagraphs, looksLikeHtml } from './html-to-text.js';
import { toIsoDate } from './to-iso-date.js';

type Rec = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** Text of a node that may be a string, `{ '#text': … }`, or a list of those. */
function text(v: unknown): string | undefined {
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'string' || typeof v === 'number') {
    const s = String(v).trim();
    return s === '' ? undefined : s;
  }
  if (v !== null && typeof v === 'object') return text((v as Rec)['#text']);
  return undefined;
}

/** Feed HTML (escaped or CDATA) becomes paragraphs; plain text keeps its lines. */
function toBody(content: string): string {
  if (looksLikeHtml(content)) return htmlToParagraphs(content).join('\n');
  return content.replace(/\r\n?/g, '\n');
}

/** Atom links are `<link href rel>`; RSS links are text. Prefer rel=alternate. */
function linkOf(v: unknown): string | undefined {
  const links = Array.isArray(v) ? v : v === undefined ? [] : [v];
  let fallback: string | undefined;
  for (const l of links) {
    if (l !== null && typeof l === 'object') {
      const href = text((l as Rec)['@_href']);
      const rel = text((l as Rec)['@_rel']) ?? 'alternate';
      if (href && rel === 'alternate') return href;
      fallback ??= href ?? text(l);
    } else fallback ??= text(l);
  }
  return fallback;
}

function authorOf(item: Rec): string | undefined {
  const a = item.author;
  if (a !== null && typeof a === 'object' && !Array.isArray(a)) return text((a as Rec).name) ?? text(a);
  return text(a) ?? text(item['dc:creator']);
}

function asItems(v: unknown): Rec[] {
  if (Array.isArray(v)) return v.filter((x): x is Rec => x !== null && typeof x === 'object');
  return v !== null && typeof v === 'object' ? [v as Rec] : [];
}

/**
 * Parses an RSS or Atom document. With `keepLinkOnly`, an item with a link but no text is kept
 * with an empty body (its link is to be followed); otherwise it is a problem.
 * @example parseFeed('f.xml', '<rss><channel><title>Site</title><item><title>T</title>
 *   <description>Body.</description></item></channel></rss>')
 *   // { articles: [{ format: 'feed', path: 'f.xml#item1', title: 'T', body: 'Body.', source: 'Site' }], problems: [] }
 */
export function parseFeed(path: string, xml: string, opts: { readonly keepLinkOnly?: boolean } = {}): ParsedInput {
  let doc: Rec;
  try {
    const valid = XMLValidator.validate(xml);
    if (valid !== true) {
      return { articles: [], problems: [{ path, line: valid.err.line, message: `invalid XML: ${valid.err.msg}` }] };
    }
    doc = parser.parse(xml) as Rec;
  } catch (e) {
    // The parser throws on what it refuses to expand: external or parameter
    // entities, an entity over its size limit, runaway nesting, an element
    // named __proto__. Each is a bad file, not a bug.
    return { articles: [], problems: [{ path, message: `invalid XML: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  const rss = doc.rss as Rec | undefined;
  const rdf = doc['rdf:RDF'] as Rec | undefined;
  const atom = doc.feed as Rec | undefined;
  const channel = (rss?.channel ?? rdf?.channel) as Rec | undefined;
  const items = atom ? asItems(atom.entry) : asItems(channel?.item ?? rdf?.item);
  if (!rss && !rdf && !atom) return { articles: [], problems: [{ path, message: 'XML file is not an RSS or Atom feed' }] };
  const source = text(atom ? atom.title : channel?.title);
  const language = text(atom ? atom['@_xml:lang'] : channel?.language);
  const articles: RawArticle[] = [];
  const problems: InputProblem[] = [];
  items.forEach((item, i) => {
    const ref = `${path}#item${i + 1}`;
    const content = text(item['content:encoded']) ?? text(item.content) ?? text(item.description) ?? text(item.summary);
    const body = content === undefined ? '' : toBody(content);
    // A feed of bare links is usable when its links are followed (keepLinkOnly): the page is the text.
    if (body.trim() === '' && !(opts.keepLinkOnly === true && linkOf(item.link) !== undefined)) {
      problems.push({ path, message: `feed item ${i + 1} has no text` });
      return;
    }
    const fields: Rec = {
      format: 'feed',
      path: ref,
      url: linkOf(item.link) ?? text(item.guid),
      title: text(item.title),
      body,
      published: toIsoDate(text(item.pubDate) ?? text(item.published) ?? text(item['dc:date']) ?? text(item.updated)),
      source,
      byline: authorOf(item),
      language,
    };
    articles.push(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as unknown as RawArticle);
  });
  if (items.length === 0) problems.push({ path, message: 'feed has no items' });
  return { articles, problems };
}
