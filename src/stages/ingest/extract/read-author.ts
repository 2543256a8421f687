/**
 * The author of a page. Signals, strongest first: JSON-LD, meta tags, the
 * elements themes mark as bylines, then a "By …"/"Von …" line in the visible
 * text. Each candidate is cleaned and must look like a person or desk: the
 * site's own name, a CMS account ("wordpressadmin"), a form label ("Name *")
 * or a comment author is refused and the next signal is tried.
 */
import { cleanText } from './read-title.js';
import type { MetaDoc, MetaEl } from './read-metadata.js';
import { copyrightHolder } from './copyright-holder.js';
import { readSignature } from './signature.js';
import { textLengths } from './text-lengths.js';
import { bylinePlace, inComments, insideTag, type Walkable } from './byline-place.js';

export { textLengths } from './text-lengths.js';

/** Words that introduce a name in bylines, in the languages of the dev sets and their neighbours. */
const BY = 'by|von|vom|par|door|di|por|de|av|af|written by|posted by|post author|geschrieben von|verfasst von|escrito por|écrit par';

/**
 * A byline text reduced to the name: label and "By" prefixes, trailing dates,
 * roles and "updated …" notes removed.
 * @example cleanByline('Zeige alle Beiträge von Petra Ruland') // 'Petra Ruland'
 */
export function cleanByline(s: string | undefined): string | undefined {
  let t = cleanText(s)?.replace(/^[\s|,;:·•–—-]+/u, '');
  if (!t || /^(https?:|\/\/|www\.)/i.test(t)) return undefined;
  // Credits for pictures are not the article's author ("Photo by ev on Unsplash"): judged before "by" goes.
  if (CREDIT.test(t)) return undefined;
  // "Interview: Julia Lauter", "Auteur : Anna K." — a short label before a colon.
  t = t.replace(/^[\p{L} ]{2,30}\s?:\s*(?=\S)/u, '');
  // "Zeige alle Beiträge von X", "Ein Artikel von X": the name follows the last short "von/by".
  const start = new RegExp(`^(?:(?:${BY})\\s*:?\\s+)+(?=\\S)`, 'iu').exec(t);
  if (start) t = t.slice(start[0].length);
  else {
    // Not after a first name ("Ursula von der Leyen"): the words before must read as a label.
    const mid = /^((?:[\p{L}.]+\s+){1,4}?)(?:by|von|vom|par|por|written by|posted by)\s+(?!(?:der|dem|den|zu|und|and)\b)(?=\S)/iu.exec(t);
    const pre = mid?.[1].trim().split(/\s+/) ?? [];
    if (mid && (pre.length >= 2 || /^\p{Ll}/u.test(pre[0]) || pre[0].length >= 5)) t = t.slice(mid[0].length);
  }
  // A trailing date, time, "updated …" note or "Sagt:" (comment headers) ends the name.
  t = t.replace(/(?:\s+|\s*[|,–—·•/-]\s*)(?:(?:updated|published|veröffentlicht|aktualisiert|sagt|says)\b|\d).*$/iu, '')
    .replace(/\s+(?:am|Am|on|le|Le|el|El|il|Il|den|at|um)(?:\s.*)?$/u, '');
  t = t.replace(/\s+(?:-|–|—|\|)\s+.*$/u, '');
  // "Chris Cillizza, CNN Editor-at-large": a role after the comma; co-authors ("Anna Muster, Max Mann") stay.
  t = t.replace(ROLE_TAIL, '');
  // "Rob Picheta, CNN": an agency or outlet acronym after the name.
  t = t.replace(/,\s*\p{Lu}{2,6}$/u, '').replace(/[\s,;|·•–—-]+$/u, '').trim();
  if (t.length < 2 || t.length > 80 || /^https?:|@|\*|[{}<>]|:$|^\d/.test(t) || !/\p{L}/u.test(t)) return undefined;
  if (CREDIT.test(t)) return undefined;
  if (t.split(/\s+/).length > 10 || HANDLE.test(compact(t))) return undefined;
  return t;
}

/** A comma and a job title after the name. */
const ROLE_TAIL = /,[^,]*\b(?:editor|correspondent|reporter|writer|contributor|columnist|analyst|producer|director|redakteur(?:in)?|korrespondent(?:in)?|chefredakteur(?:in)?|journalist(?:in)?|periodista|corresponsal|rédacteur|rédactrice)(?![\p{L}])[^,]*$/iu;

/** Picture credits and stock agencies: their names are not the article's author. */
const CREDIT = /\b(?:photo|foto|bild|image|picture)s?\b|istock|getty|shutterstock|unsplash|adobe ?stock|\bdpa[- ]bildfunk/i;

/** Legal forms and web addresses: an organisation, not a person. */
const COMPANY = /(?:^|\s)(?:GmbH|mbH|AG|KG|e\.\s?V\.?|Ltd\.?|Inc\.?|LLC|S\.A\.|SE|Stiftung)(?:\s|$)|\bwww\.|-Stiftung\b/u;

/** A joined-up lower-case name ("human", "sarah-indra") is a CMS account. */
const isAccount = (v: string): boolean => !/\s/.test(v) && v === v.toLowerCase();

const compact = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Account names and placeholders that CMSs print as the author. */
const HANDLE = /admin|wordpress|webmaster|^(user|editor|author|autor|name|guest|gast|anonymous|anonym|unknown)\d*$/i;

/** The publisher's own names: og:site_name, JSON-LD publisher, the host's name ("badische-zeitung.de"). */
function publisherKeys(names: readonly (string | undefined)[], url: string | undefined): string[] {
  const keys = names.filter((n): n is string => !!n).map(compact).filter((k) => k.length >= 3);
  // The last host in the address: archive copies embed the original one.
  const hosts = url?.match(/https?:\/\/(?:www\.)?([^/:?#]+)/g) ?? [];
  const host = hosts.length > 0 ? hosts[hosts.length - 1].replace(/^https?:\/\/(?:www\.)?/, '') : '';
  const label = host.split('.').slice(-2, -1)[0];
  if (label && label.length >= 3) keys.push(compact(label));
  return keys;
}

function acceptable(name: string, publishers: readonly string[], explicit = false): boolean {
  const c = compact(name);
  if (c.length < 2 || HANDLE.test(c)) return false;
  // Markup that says "author" outright (rel=author, an hCard's fn) may contain the site's
  // name: "Krimiblogger" on krimiblog.de and "Teufel Blog Redaktion" on the Teufel blog are
  // writers and desks, not the publisher.
  // A fragment of the site's name ("Vortex" on vortexcannon.org) is still the site.
  if (explicit) return !publishers.some((p) => c === p || (c.length >= 5 && p.includes(c)));
  return !publishers.some((p) => c === p || c.includes(p) || (c.length >= 5 && p.includes(c)));
}

/** Elements themes use for bylines, most specific first. */
const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]', '[data-testid*="byline" i] a[href]', '[itemprop="author"]', '[rel="author"]', '.vcard .fn', '.author .fn', 'a[href*="/author/"]', 'a[href*="/autor/"]',
  '[class*="byline" i] [class*="name" i]', '[class*="author-name" i]', '[class*="authorname" i]', '[class*="byline" i]',
  '.author', '[class*="author" i]', '[class*="autor" i]', '.username', 'address',
];

/** Selectors whose markup names the author outright. */
const EXPLICIT = new Set(['[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', '[rel="author"]', '.vcard .fn', '.author .fn', 'a[href*="/author/"]', 'a[href*="/autor/"]']);

/** Names in byline markup, in selector order, each with whether its markup names the author outright. */
function visibleAuthors(doc: MetaDoc): { name: string; explicit: boolean }[] {
  const out: { name: string; explicit: boolean }[] = [];
  for (const sel of BYLINE_SELECTORS) {
    let n = 0;
    for (const el of doc.querySelectorAll(sel) as Iterable<Walkable>) {
      if (++n > 5) break;
      const at = bylinePlace(el);
      if (at.comment || at.credit || at.menu || at.frontPage) continue;
      const v = cleanByline(el.getAttribute('content') ?? el.textContent ?? undefined);
      if (v) out.push({ name: v, explicit: EXPLICIT.has(sel) });
    }
  }
  return out;
}

/**
 * Label words may come first ("Blog Beitrag von X"), but only before an
 * unambiguous "by": after other words "de", "di", "av" are the prepositions of
 * a phrase ("Alcaldía de Medellín"), so those must open the line.
 */
const STRONG_BY = 'by|von|vom|par|por|door|written by|posted by|geschrieben von|verfasst von|escrito por|écrit par|autor(?:in)?|author|text';
// The capital is checked apart: under the `i` flag \p{Lu} matches lower case too ("von bis …").
const TEXT_BYLINE = new RegExp(`^(?:(?:[\\p{L}]+\\s+){0,3}?(?:${STRONG_BY})|(?:${BY}))\\s*:?\\s+(?=\\p{L})`, 'iu');
const LEADING_BY = new RegExp(`^(?:${BY}|autor(?:in)?|author|text)\\b`, 'iu');
/**
 * A byline line. When words come before the "by", the line must not be a
 * link or heading: teaser headlines read the same ("Eine andere Art von Kirche").
 */
const LINK_OR_HEADING = new Set(['a', 'h1', 'h2', 'h3']);
const isByline = (text: string, el: Walkable): boolean => {
  const m = TEXT_BYLINE.exec(text);
  if (!m || !/\p{Lu}/u.test(text.charAt(m[0].length))) return false;
  if (LEADING_BY.test(text) || insideTag(el, LINK_OR_HEADING)) return LEADING_BY.test(text);
  const inner = el.querySelector('a, h1, h2, h3');
  return !inner || cleanText(inner.textContent) !== text;
};

/** Names are capitalised words; lower-case words other than name particles mean a sentence ("erhält von X Aufträge über"). */
const NAME_WORDS = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’_-]*|von|van|vom|der|den|de|del|della|di|da|dos|du|la|le|y|e|zu|ten|ter|bin|al|el)$/u;
const nameLike = (v: string): boolean => v.split(/\s+/).every((w) => NAME_WORDS.test(w));

/** A date (and time) before the name: "11.12.2019 - Amelie Loevenich", "06.11.2023 13:30 von Olga". */
const DATED = /^\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?:,?\s+\d{1,2}:\d{2}(?:\s*Uhr)?)?\s*(?:[-–—|·]\s*)?/u;
const DATED_BYLINE = new RegExp(`${DATED.source}(?:(?:${BY})\\s+)?\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}$`, 'u');

/** Per document, since readAuthor may look for text bylines twice. */
const lengthsOf = new WeakMap<MetaDoc, Map<unknown, number>>();

/** A short line of visible text that reads as a byline ("Von Anna Muster", "Blog Beitrag von X"). */
function textBylines(doc: MetaDoc, publishers: readonly string[]): string[] {
  const out: string[] = [];
  let lengths = lengthsOf.get(doc);
  if (!lengths) lengthsOf.set(doc, (lengths = textLengths(doc.documentElement)));
  let n = 0;
  for (const el of doc.querySelectorAll('p, span, em, strong, small, h4, h5, div') as Iterable<Walkable>) {
    if (++n > 3000) break;
    // Templates indent a short byline deeply, so the raw length only rules out big blocks.
    const len = lengths.get(el);
    if (len !== undefined && (len > 400 || len < 5)) continue;
    const t = el.textContent;
    if (!t || t.length > 400 || t.length < 5) continue;
    const text = cleanText(t);
    if (!text || text.length > 70 || inComments(el)) continue;
    const dated = DATED_BYLINE.test(text);
    if (!dated && !isByline(text, el)) continue;
    let v = cleanByline(dated ? text.replace(DATED, '') : text);
    // "Uta Staschewski, Projektleiterin der HSS": the role after the comma is not part of the name.
    if (v && !nameLike(v) && /,/.test(v)) v = v.slice(0, v.indexOf(',')).trim();
    if (v && v.split(' ').length <= 5 && nameLike(v) && acceptable(v, publishers)) out.push(v);
    if (out.length >= 3) break;
  }
  return out;
}

type Sib = Walkable & { nextSibling?: { textContent: string | null } | null };

/** "<span>Autor:</span> Fritz Imhof<br>": a label element, and the name in the text right after it. */
function labelled(doc: MetaDoc): string | undefined {
  let n = 0;
  for (const el of doc.querySelectorAll('span, strong, b, dt, label, em') as Iterable<Sib>) {
    if (++n > 2000) break;
    const t = el.textContent?.trim();
    if (!t || t.length > 20 || !/^(?:autor(?:in)?|author|verfasser(?:in)?|text|von|by|责任编辑|作者|编辑)\s*[:：]$/iu.test(t) || inComments(el)) continue;
    const v = cleanByline(el.nextSibling?.textContent ?? undefined);
    if (v && v.split(' ').length <= 5) return v;
  }
  return undefined;
}

/** "Nils" → "Nils Pickert", from a byline line or the author box ("Nils Pickert ist freier Autor …"). */
function fullName(doc: MetaDoc, first: string, publishers: readonly string[]): string | undefined {
  // The name element and the bio often run together ("Stefanus Stefanus Stahl – …"): the repeat is skipped.
  const re = new RegExp(`(?:^|[^\\p{L}])${first}\\s+(?:${first}\\s+)?(\\p{Lu}[\\p{L}'’-]+)(?![\\p{L}])`, 'gu');
  const texts = [...textBylines(doc, publishers)];
  let n = 0;
  for (const el of doc.querySelectorAll('[class*="author" i]')) {
    if (++n > 10) break;
    texts.push(cleanText(el.textContent)?.slice(0, 300) ?? '');
  }
  for (const t of texts) {
    for (const m of t.matchAll(re)) if (m[1] !== first) return `${first} ${m[1]}`;
  }
  return undefined;
}

/**
 * Chinese news pages end with "责任编辑：焦鹏" (editor in charge) or open with
 * "记者：…" in running text, not in an element of its own. Read only on pages
 * whose title is in Chinese script, since it costs a pass over the whole text.
 */
function hanLabelled(doc: MetaDoc): string | undefined {
  if (!/\p{Script=Han}{2}/u.test(doc.querySelector('title')?.textContent ?? '')) return undefined;
  const text = doc.querySelector('body')?.textContent ?? '';
  return /(?:作者|记者|责任编辑|编辑)\s*[:：]\s*([\p{Script=Han}·]{2,5})(?![\p{Script=Han}])/u.exec(text)?.[1];
}

export interface AuthorSignals {
  readonly ldAuthors: readonly string[];
  /** Author meta tag values, strongest key first. */
  readonly metaAuthor?: string | readonly string[];
  readonly siteName?: string;
  /** The writer's social handle (twitter:creator): on blogs the only name a page gives. */
  readonly handle?: string;
  readonly publishers: readonly string[];
  readonly url?: string;
}

/**
 * The author from every signal a page offers, or undefined.
 * @example readAuthor(doc, { ldAuthors: ['By Jane Roe'], publishers: [] }) // 'Jane Roe'
 */
export function readAuthor(doc: MetaDoc, s: AuthorSignals): string | undefined {
  const publishers = publisherKeys([s.siteName, ...s.publishers], s.url);
  const ldAll = s.ldAuthors.map((a) => cleanByline(a)).filter((a): a is string => !!a && acceptable(a, []));
  const ld = ldAll.filter((a) => acceptable(a, publishers));
  const metas = (typeof s.metaAuthor === 'string' ? [s.metaAuthor] : s.metaAuthor ?? []).map((m) => cleanByline(m.replace(/^@/, '')));
  const meta = metas.find((m) => !!m && acceptable(m, publishers)) ?? metas.find((m) => !!m);
  const structured = [...(ld.length > 0 ? [ld.join('; ')] : []), meta].filter((a): a is string => !!a && acceptable(a, publishers));
  const visible = (): string[] => visibleAuthors(doc).filter((a) => acceptable(a.name, publishers, a.explicit)).map((a) => a.name);
  if (structured.length > 0) {
    let first = structured[0];
    // A meta tag listing the JSON-LD's one author and co-authors is the fuller answer.
    if (meta && ld.length === 1 && /,|&|\s(?:and|und|et|y)\s/.test(meta) && compact(meta).includes(compact(ld[0])) && compact(meta) !== compact(ld[0])) first = meta;
    // A joined-up account name ("annamuster") is better written as the byline shows it.
    if (!/\s/.test(first) && first === first.toLowerCase()) {
      const shown = visible().find((v) => compact(v) === compact(first));
      if (shown) return shown;
    }
    // An account slug ("sarah-indra") or a company ("Web Commerce GmbH") is the CMS's user, not the
    // writer: a person named in a byline line of the text ("Autorin: Uta Staschewski") is the author.
    if (isAccount(first) || COMPANY.test(first)) {
      const line = textBylines(doc, publishers).find((v) => /\s/.test(v) && !COMPANY.test(v));
      if (line) return line;
    }
    // A first name alone ("Nils") is the account's display name; the byline or author box gives the surname.
    if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(first)) return fullName(doc, first, publishers) ?? first;
    return first;
  }
  // The publisher named as author is right on a personal site ("Helge Fahrnberger"
  // on helge.at) and for desk-written pages, but a person in the byline is better.
  const fallback = [...(ldAll.length > 0 ? [ldAll.join('; ')] : []), meta].find((a): a is string => !!a && acceptable(a, []));
  const shown = visible()[0];
  // A shown account name ("Gespeichert von human") gives way to a person in a byline line.
  const person = shown && isAccount(shown) ? textBylines(doc, publishers).find((v) => /\s/.test(v)) : undefined;
  return person ?? shown ?? textBylines(doc, publishers)[0] ?? labelled(doc) ?? hanLabelled(doc) ?? readSignature(doc)?.name ?? fallback
    ?? copyrightHolder(doc, (name) => !acceptable(name, publishers) || COMPANY.test(name)) ?? siteHandle(s.handle, publishers);
}

/**
 * The handle, weakest of all: many sites put their own account there
 * ("@spiegelonline"), so it must not hold the publisher's name. A blog's name
 * may hold the handle ("gnaddrig ad libitum" by @gnaddrig): that one is the writer's.
 */
function siteHandle(raw: string | undefined, publishers: readonly string[]): string | undefined {
  const handle = cleanByline(raw?.replace(/^@/, ''));
  if (!handle || /\s/.test(handle)) return undefined;
  const c = compact(handle);
  return c.length >= 3 && !HANDLE.test(c) && !publishers.some((p) => c === p || c.includes(p)) ? handle : undefined;
}
