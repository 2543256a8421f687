/**
 * When a page was published, from every signal it offers, strongest first:
 * JSON-LD, publication meta tags (OpenGraph, Dublin Core, parsely, sailthru
 * and CMS-specific names), microdata and `<time>` in the article, dates
 * written for readers near the headline or in the elements themes use for
 * them, a date in the URL, and only as a last resort a modification date.
 * A structured date is overruled by an earlier date in the URL, or when the
 * other signals agree on another day; dates in page furniture (comments,
 * related posts, teaser cards, a header clock) are not read.
 */
import { dateFromUrl, dateInText, toDate } from './date-in-text.js';
import { cleanText } from './read-title.js';
import type { MetaDoc, MetaEl } from './read-metadata.js';
import { localDay } from './local-day.js';
import { firstMeta } from './meta-tags.js';
import { nearHeadline } from './near-headline.js';
import { readAttr } from './read-attr.js';
import { readSignature } from './signature.js';

export { dateFromUrl, dateInText, toDate } from './date-in-text.js';

const DATE_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'article.published',
  'datePublished', 'publishdate', 'publish-date', 'pubdate', 'publication_date', 'sailthru.date',
  'parsely-pub-date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'date',
  'citation_publication_date', 'citation_date', 'og:pubdate', 'article:published', 'dc.date.created',
  'originalpublicationdate', 'date_published', 'publishedat', 'published_time', 'release_date', 'uploaddate',
];

/** Modification dates: only when nothing says when the page was published. */
const MODIFIED_META = ['og:updated_time', 'article:modified_time', 'last-modified', 'dateModified', 'lastmod'];

/** CMS-specific names ("sw-pubdate", "nv:date-published"): any meta whose name says publication. */
const PUB_NAME = /pub(?:lish(?:ed)?|lication)?[-_.:]?(?:date|time)|date[-_.:]?pub|issued|created/i;

const metaContent = (doc: MetaDoc, keys: readonly string[]): string | undefined => firstMeta(doc, keys, toDate);

function metaByName(doc: MetaDoc): string | undefined {
  let n = 0;
  for (const m of doc.querySelectorAll('meta[content]')) {
    if (++n > 300) break;
    const key = m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop') ?? '';
    if (PUB_NAME.test(key) && !/modif|updat/i.test(key)) {
      const v = toDate(m.getAttribute('content'));
      if (v) return v;
    }
  }
  return undefined;
}

/** Short text just below (or right above) the headline, where most themes print the date. */
function dateNearHeadline(doc: MetaDoc): string | undefined {
  for (const el of nearHeadline(doc)) {
    const t = el.textContent ?? '';
    if (t.length < 300 && !inChrome(el as Chrome)) {
      const d = dateInText(cleanText(t));
      if (d) return d;
    }
  }
  return undefined;
}

/** Elements themes use for dates written for readers; the first few of each are read (the first is often "updated" or empty). */
const DATE_ELEMENTS = ['time', '[class*="date" i]', '[class*="datum" i]', '[data-testid*="date" i]', '[id*="date" i]', '[class*="fecha" i]',
  '[class*="posted" i]', '[class*="publi" i]', '[class*="submitted" i]', '[class*="meta" i]', '[class*="byline" i]', '[class*="time" i]', '[class*="info" i]'];

type Chrome = MetaEl & { readonly localName?: string; readonly parentElement?: Chrome | null; querySelector(sel: string): MetaEl | null };

/**
 * Page furniture around the article, whose dates are today's (a header
 * clock), readers' comments or other articles': nav and footer
 * elements, teaser cards, and containers named for comments, related posts or
 * a sidebar (not aside: some themes print the article's date in one).
 * Ancestors up to (not including) body are read, since body classes such as
 * "one-sidebar" describe the layout, not the element.
 */
const FURNITURE_TAG = /^(?:nav|footer)$/;
const FURNITURE_NAME = /(?:^|[\s_-])(?:comments?|comment-(?:meta|body|content|list)|related|sidebar|navbar)(?:$|[\s_-])/i;

/** A date element outside the article: in the furniture, or in a site header that does not hold the headline. */
/**
 * Whether a heading inside the element is a link: the element is then a teaser for another
 * page. Walked by hand and remembered per element, since linkedom compiles a selector per
 * call and every date candidate asks this of its ancestors.
 */
const linkedHeading = new WeakMap<object, boolean>();
function headingLinksAway(el: Chrome): boolean {
  let v = linkedHeading.get(el);
  if (v === undefined) linkedHeading.set(el, (v = hasLinkedHeading(el as unknown as Walk, false)));
  return v;
}

interface Walk { readonly localName?: string; readonly children?: ArrayLike<Walk> }
const SUBHEADING = /^h[2-6]$/;
function hasLinkedHeading(el: Walk, inHeading: boolean): boolean {
  const kids = el.children;
  if (!kids) return false;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i], tag = k.localName ?? '';
    if (inHeading && tag === 'a') return true;
    if (hasLinkedHeading(k, inHeading || SUBHEADING.test(tag))) return true;
  }
  return false;
}

/** A card for another post is an article element too: short, no h1, and its heading links away. */
const cards = new WeakMap<object, boolean>();
function isCard(el: Chrome): boolean {
  let v = cards.get(el);
  if (v === undefined) cards.set(el, (v = (el.textContent ?? '').length < 600 && !el.querySelector('h1') && headingLinksAway(el)));
  return v;
}

function inChrome(el: Chrome): boolean {
  for (let e: Chrome | null | undefined = el, i = 0; e && i < 30; e = e.parentElement, i++) {
    const tag = e.localName ?? '';
    if (tag === 'article') return isCard(e);
    if (tag === 'body' || tag === 'html' || tag === 'main') return false;
    // A date in a quote is the quoted post's ("A post shared by … on <time>" in an Instagram embed).
    if (tag === 'blockquote') return true;
    if (FURNITURE_TAG.test(tag)) return true;
    // A link around a heading and a date is a teaser card for another article.
    if (tag === 'a' && e.querySelector('h2, h3, h4')) return true;
    // So is a list item whose heading links elsewhere ("<li><h6><a>Other thread</a></h6> … Letzter Beitrag: 18.10.2010").
    if (tag === 'li' && headingLinksAway(e)) return true;
    if (tag === 'header' && !e.querySelector('h1')) return !e.parentElement || !isInArticle(e);
    if (FURNITURE_NAME.test(`${readAttr(e, 'class') ?? ''} ${readAttr(e, 'id') ?? ''}`)) return true;
  }
  return false;
}

/** A header inside an article or main element is the article's own (its date is the article's). */
function isInArticle(el: Chrome): boolean {
  for (let e = el.parentElement, i = 0; e && i < 30; e = e.parentElement, i++) {
    if (e.localName === 'article' || e.localName === 'main') return true;
  }
  return false;
}

/** The date a reader sees on the page, or undefined. */
export function visibleDate(doc: MetaDoc): string | undefined {
  const el = doc.querySelector('[itemprop="datePublished"]');
  const v = toDate(el?.getAttribute('content') ?? el?.getAttribute('datetime')) ?? dateInText(cleanText(el?.textContent)?.slice(0, 200));
  if (v) return v;
  for (const sel of ['time[pubdate]', 'article time[datetime]', 'time[datetime]']) {
    let n = 0;
    for (const e of doc.querySelectorAll(sel)) {
      if (++n > 5) break;
      const t = inChrome(e) ? undefined : toDate(e.getAttribute('datetime'));
      if (t) return t;
    }
  }
  for (const sel of DATE_ELEMENTS) {
    let n = 0;
    for (const e of doc.querySelectorAll(sel)) {
      if (inChrome(e)) continue;
      if (++n > 3) break;
      const text = cleanText(e.textContent);
      if (!text || text.length > 200) continue;
      const t = dateInText(text, /date|datum|time|publi|posted/i.test(sel)) ?? dateInText(spacedText(e));
      if (t) return t;
    }
  }
  return labelledDate(doc) ?? labelValueDate(doc) ?? dateNearHeadline(doc);
}

type Kids = MetaEl & { readonly children?: ArrayLike<MetaEl> };

/**
 * A date element's parts joined with spaces: themes set day, month and year
 * in spans of their own with no space between ("Apr 04 2013" reads "Apr 042013").
 */
function spacedText(el: Kids): string | undefined {
  const kids = el.children;
  if (!kids || kids.length < 2 || kids.length > 6) return undefined;
  return Array.from(kids, (k) => cleanText(k.textContent) ?? '').join(' ');
}

/** A label element whose value is the next element: "<span>Datum</span> <span>25.01.2022</span>", "<dt>Published</dt><dd>…</dd>". */
const DATE_LABEL = /^(?:datum|date|published|publication date|veröffentlicht(?: am)?|erschienen(?: am)?|publiziert(?: am)?|erstellt(?: am)?|fecha|publicado(?: el)?|data|pubblicato(?: il)?|publié le)\s*:?$/iu;

type Sib = MetaEl & { nextElementSibling?: Sib | null };

function labelValueDate(doc: MetaDoc): string | undefined {
  let n = 0;
  for (const el of doc.querySelectorAll('dt, th, span, strong, b, label') as Iterable<Sib>) {
    if (++n > 2000) break;
    const t = el.textContent;
    if (!t || t.length > 40 || !DATE_LABEL.test(t.trim())) continue;
    const next = el.nextElementSibling;
    const v = cleanText(next?.textContent);
    if (!v || v.length > 80 || inChrome(el as Chrome)) continue;
    const d = dateInText(v, true);
    if (d) return d;
  }
  return undefined;
}

/** "Veröffentlicht am 16.08.2019", "Published on …", "Publicado el …": a date behind a publication label. */
const PUB_LABEL = /(?:^|\s)(?:veröffentlicht|erschienen|publiziert|published|posted|publicado|pubblicato|publié|gepubliceerd)(?:\s+(?:am|on|el|il|le|op))?\s*:?\s*(?=\d|\p{L}{3,9}\.?\s+\d)/iu;
/** A byline with its date, either order: "von Marianne1 am 20.09.2020", "Von: Björn Jahner | 31.10.23", "06.11.2023 13:30 von Olga". */
const BYLINE_DATE = /^(?:(?:von|by|par|por|di|autor(?:in)?|author)\s*:?\s+[^\s|·]+(?:\s+[^\s|·]+){0,3}(?:\s+(?:am|on|le|el|il)\s+|\s*[|·,–-]\s*)\d|\d{1,2}\.\d{1,2}\.\d{2,4}(?:,?\s+\d{1,2}:\d{2})?\s*(?:Uhr\s*)?[|·,–-]?\s*(?:von|by|par|por|di)\s+\p{Lu})/iu;

/** Dates in short lines of visible text that say what they are (not in the furniture). */
function labelledDate(doc: MetaDoc): string | undefined {
  let n = 0;
  for (const el of doc.querySelectorAll('p, span, em, strong, small, h4, h5, div')) {
    if (++n > 3000) break;
    const raw = el.textContent;
    if (!raw || raw.length > 400 || raw.length < 8) continue;
    const text = cleanText(raw);
    if (!text || text.length > 120) continue;
    const label = PUB_LABEL.exec(text);
    const from = label ? text.slice(label.index + label[0].length) : BYLINE_DATE.test(text) ? text : undefined;
    if (from === undefined || inChrome(el as Chrome)) continue;
    const d = dateInText(from, true);
    if (d) return d;
  }
  return undefined;
}

/** A date written in the page's description ("… (Notizia del 14 Gennaio 2020)"): when the page gives no other. */
function describedDate(doc: MetaDoc): string | undefined {
  for (const key of ['description', 'og:description']) {
    for (const attr of ['name', 'property']) {
      const d = dateInText(cleanText(doc.querySelector(`meta[${attr}="${key}" i]`)?.getAttribute('content'))?.slice(0, 400));
      if (d) return d;
    }
  }
  return undefined;
}

/**
 * The publication date of a page.
 * @example readDate(doc, ['2020-01-02T10:00:00+01:00'], url) // '2020-01-02T10:00:00+01:00'
 */
export function readDate(doc: MetaDoc, ldDates: readonly string[], pageUrl: string | undefined, ldModified: readonly string[] = []): string | undefined {
  let ld: string | undefined;
  for (const d of ldDates) if ((ld = toDate(d))) break;
  // Tags found by name alone are asked only when no known tag answers: they often are the same tag again.
  const meta = metaContent(doc, DATE_META), byName = meta ? undefined : metaByName(doc);
  const structured = ld ?? meta ?? byName;
  if (!structured) return visibleDate(doc) ?? dateFromUrl(pageUrl) ?? readSignature(doc)?.date ?? metaContent(doc, MODIFIED_META) ?? describedDate(doc);
  // A UTC timestamp near midnight is another day where the paper is read.
  const raw = structured;
  const day0 = (/(?:Z|[+-]00:?00)$/.test(raw) ? localDay(doc, raw) : undefined) ?? raw;
  // A date in the address is fixed when the article is first filed; a later structured
  // date is a republication or an update ("/2017/7/12/…" with datePublished 2019).
  const url = dateFromUrl(pageUrl);
  if (url && url < structured.slice(0, 10)) return url;
  // The structured fields, the date a reader sees and the address each vote for a day.
  // JSON-LD and meta tags are mostly written by one SEO plugin from one field, so
  // agreeing structured fields count once; one wrong field (a CMS's creation date
  // in JSON-LD) is outvoted when the other fields, the visible date and the address
  // agree on another day.
  const seen = visibleDate(doc);
  const structuredDays = [...new Set([ld, meta, byName].filter((d): d is string => !!d).map((d) => (d === raw ? day0 : d).slice(0, 10)))];
  const votes = new Map<string, number>();
  for (const d of [...structuredDays, seen?.slice(0, 10), url]) if (d) votes.set(d, (votes.get(d) ?? 0) + 1);
  const count = (d: string): number => votes.get(d.slice(0, 10)) ?? 0;
  let best = day0;
  for (const d of [ld, meta, byName, url].filter((x): x is string => !!x).map((x) => (x === raw ? day0 : x))) if (count(d) > count(best)) best = d;
  // On a tie the reader's date wins: where the two disagree on the dev pages, the
  // date printed on the page was right 4 times in 5 (a structured date there is
  // the CMS's record of when the page was made, not when the story ran).
  // Unless the printed date is the page's own modification date, later than the publication
  // date ("By X - 2019-04-10" on a page published 2018-04-18 and modified 2019-04-10).
  const modified = new Set([...ldModified.map(toDate), metaContent(doc, MODIFIED_META)].filter((d): d is string => !!d).map((d) => d.slice(0, 10)));
  const isUpdate = (d: string): boolean => modified.has(d.slice(0, 10)) && d.slice(0, 10) > best.slice(0, 10);
  if (seen && count(seen) >= count(best) && seen.slice(0, 10) !== best.slice(0, 10) && !isUpdate(seen)) best = seen;
  return best;
}
