/**
 * The headline of a page. Meta titles (JSON-LD, og:title, `<title>`) often
 * carry the site name or an SEO rewrite, and the visible `<h1>` is sometimes
 * the blog's name while the post title sits in an `<h2>`. So the visible
 * headings are candidates, and the one whose words best match a meta title
 * wins; with no such heading, the meta title minus its site-name part.
 */
import type { MetaDoc } from './read-metadata.js';

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };
const ACCENT: Record<string, string> = { acute: '\u0301', grave: '\u0300', uml: '\u0308', circ: '\u0302', tilde: '\u0303', cedil: '\u0327' };

/** Text with entities decoded (meta content is sometimes double-escaped, "&amp;#8222;") and spaces collapsed. */
export function cleanText(s: string | null | undefined): string | undefined {
  const t = s
    ?.replace(/&amp;(?=#?\w+;)/g, '&')
    .replace(/&(amp|quot|apos|lt|gt|nbsp);/g, (_, e: string) => ENTITIES[e] ?? _)
    // Accented letters written as named entities ("Redacci&oacute;n").
    .replace(/&([a-zA-Z])(acute|grave|uml|circ|tilde|cedil);/g, (_, c: string, k: string) => (c + ACCENT[k]).normalize('NFC'))
    .replace(/&#(x[0-9a-f]+|\d+);/gi, (m, n: string) => {
      const code = n[0] === 'x' || n[0] === 'X' ? parseInt(n.slice(1), 16) : Number(n);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    })
    .replace(/\s+/g, ' ')
    .trim();
  return t ? t : undefined;
}

const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Site-name separators; a dash between CJK characters counts even without spaces ("标题-新华网"). */
const SEPARATOR = /\s+[|–—»«›·:\-]\s+|\s*[|»«›·]\s*|(?<=[\p{Script=Han}！？。」])\s*[-_|]\s*(?=\p{Script=Han}{2,8}$)/u;

/** Site names glued to titles ("Headline | Site", "Headline - Site"): keep the headline part. */
export function stripSiteName(title: string, siteName: string | undefined): string {
  const parts = title.split(SEPARATOR).filter((p) => p.trim() !== '');
  if (parts.length < 2) return title;
  if (siteName) {
    const site = siteName.toLowerCase();
    const rest = parts.filter((p) => !site.includes(p.toLowerCase().trim()) && !p.toLowerCase().includes(site));
    if (rest.length > 0 && rest.length < parts.length) return rest.join(' - ');
  }
  // Without a site name: the longest part is the headline (site names are short).
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a)).trim();
  return longest.split(/\s+/).length >= 3 || /\p{Script=Han}{4}/u.test(longest) ? longest : title;
}

/** How well a heading matches a meta title: share of its words found there (p) and of the title's words it covers (r). */
function match(heading: string[], meta: string[]): { p: number; f: number } {
  if (heading.length === 0 || meta.length === 0) return { p: 0, f: 0 };
  const set = new Set(meta);
  const hit = heading.filter((t) => set.has(t)).length;
  const p = hit / heading.length, r = Math.min(1, hit / meta.length);
  return { p, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

interface HeadingEl {
  readonly textContent: string | null;
  readonly children?: ArrayLike<{ readonly textContent: string | null; readonly tagName?: string }>;
}

interface TextNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes?: ArrayLike<TextNode>;
  getAttribute?(name: string): string | null;
}

/** Text only screen readers get ("<span class="visuallyhidden">Headline:</span>"). */
const SCREEN_READER_ONLY = /(?:^|\s)(?:visually-?hidden|sr-only|screen-?reader-text|element-invisible|a11y-hidden)(?:\s|$)/i;

/** An element's text as a sighted reader sees it: screen-reader-only parts left out. */
function seenText(el: TextNode): string {
  if (el.nodeType === 3) return el.textContent ?? '';
  if ((el as { localName?: string }).localName === 'br') return ' ';
  if (el.nodeType !== 1 && el.nodeType !== 9 && el.nodeType !== 11) return '';
  if (SCREEN_READER_ONLY.test(el.getAttribute?.('class') ?? '')) return '';
  let out = '';
  for (const k of Array.from(el.childNodes ?? [])) out += seenText(k);
  return out;
}

/**
 * A heading without its kicker: many sites put a short topic label or a date
 * in its own element before the headline inside the `<h1>` ("Tunesien" +
 * "Große Aufgaben für …"); readers see it as a label, not as title words.
 */
function withoutKicker(el: HeadingEl): string | undefined {
  const kids = el.children;
  // Emphasis on a first word is part of the headline; a kicker is its own span or link.
  if (!kids || kids.length < 1 || /^(EM|I|B|STRONG)$/i.test(kids[0].tagName ?? '')) return undefined;
  const first = cleanText(kids[0].textContent), all = cleanText(el.textContent);
  if (!first || !all || !all.startsWith(first)) return undefined;
  const rest = all.slice(first.length).replace(/^[\s:|–—-]+/, '');
  if (first.split(' ').length > 4 || first.length > 40 || rest.split(' ').length < 3) return undefined;
  // "<span>Ehezoff</span> der Pochers eskaliert": the sentence goes on, so the first word is styled, not a label.
  if (/^\p{Ll}/u.test(rest)) return undefined;
  return rest;
}

/**
 * A heading without its subtitle: a last child marked as one (`<small>`, a
 * line set off by a `<br>`) is a second line
 * under the headline ("Dezuka Suisan: …" + "Welcome to the Flavor Capital …").
 */
function withoutSubtitle(el: HeadingEl): string | undefined {
  const kids = el.children;
  if (!kids || kids.length < 1) return undefined;
  const last = kids[kids.length - 1], before = kids.length >= 2 ? kids[kids.length - 2] : undefined;
  const marked = /^SMALL$/i.test(last.tagName ?? '') || (/^BR$/i.test(before?.tagName ?? '') && /^SPAN$/i.test(last.tagName ?? ''));
  const sub = cleanText(last.textContent), all = cleanText(el.textContent);
  if (!marked || !sub || !all || !all.endsWith(sub) || all.length === sub.length) return undefined;
  return all.slice(0, all.length - sub.length).trim() || undefined;
}

interface Heading { readonly text: string; readonly level: number }

function headings(doc: MetaDoc): Heading[] {
  const out: Heading[] = [];
  for (const [sel, level] of [['h1', 1], ['h2', 2]] as const) {
    let n = 0;
    for (const el of doc.querySelectorAll(sel)) {
      if (++n > 12) break;
      const full = cleanText(seenText(el as unknown as TextNode));
      const text = withoutSubtitle(el) ?? withoutKicker(el) ?? full;
      // Inline CSS leaking into text (CSS-in-JS) is no headline.
      if (text && text.length >= 3 && text.length <= 300 && !/[{}]/.test(text)) out.push({ text, level });
    }
  }
  return out;
}

/**
 * The page title from its meta candidates (strongest first) and visible headings.
 * @example readTitle(doc, ['Post title | Blog'], 'Blog') // 'Post title' (or the matching <h1>/<h2>)
 */
export function readTitle(doc: MetaDoc, metaTitles: readonly (string | undefined)[], siteName: string | undefined): string | undefined {
  const metas = metaTitles.filter((t): t is string => !!t);
  const site = siteName ? tokens(siteName).join(' ') : '';
  const all = headings(doc).filter((h) => tokens(h.text).join(' ') !== site);
  // Each meta title as written and without its site-name part.
  const metaTokens = [...new Set(metas.flatMap((m) => [m, stripSiteName(m, siteName)]))].map(tokens);
  let best: { text: string; score: number } | undefined;
  for (const h of all) {
    const ht = tokens(h.text);
    if (ht.length === 0) continue;
    for (const mt of metaTokens) {
      const { p, f } = match(ht, mt);
      // Most of the heading's words must be in the meta title; a heading is
      // preferred over a weaker one of the next level only when it matches better.
      if (p < 0.6) continue;
      const score = f - (h.level - 1) * 0.05;
      if (!best || score > best.score) best = { text: h.text, score };
    }
  }
  // A heading that covers only a small part of the meta title is a section or site label.
  if (best && best.score >= 0.3) return best.text;
  // With no heading matching, the page's only <h1> is the title when it reads
  // as a headline (three words or more): the meta titles were then rewritten
  // for search engines or name only the site ("Home").
  const h1s = all.filter((h) => h.level === 1);
  if (h1s.length === 1 && headings(doc).filter((h) => h.level === 1).length === 1 && tokens(h1s[0].text).length >= 3) return h1s[0].text;
  const first = metas[0];
  if (!first) return all.find((h) => h.level === 1)?.text;
  return stripSiteName(first, siteName);
}
