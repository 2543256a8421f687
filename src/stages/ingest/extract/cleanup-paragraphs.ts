/**
 * Boilerplate Readability leaves inside the article container: share bars,
 * "read more" teasers, related-link lists, photo credits, datelines, the
 * repeated headline, and the copyright and comment blocks at the end. Every
 * rule is a general shape of web pages (checked on the dev sets), not a site.
 */
import type { Block } from './to-blocks.js';

export interface CleanupContext {
  readonly title?: string;
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Teasers, prompts and labels that are never article prose, wherever they
 * appear. A label word opening a sentence ("More than a third of…", "Latest
 * figures show…") is prose: the label must stand alone, end at a colon or
 * arrow, or carry a short unpunctuated rest ("More from The Hill").
 */
const NEVER = [
  /^(read|see|watch|view|click|tap|show|load|discover|find out|learn) (more|also|here|now|the full|all|next)\b/i,
  /^[*•]?\s*(related|more|also read|also see|see also|don'?t miss|recommended|trending|most (read|popular)|top stories|latest|advert(isement)?|anzeige|werbung|lesen sie auch|mehr zum thema|auch interessant|weiterlesen)\b(\s*[:.»›…|-]|\s*$|(?=[^.!?]{0,60}$))/i,
  /^(sign up|subscribe|follow us|follow (him|her|them) on|share (this|on|via)|teilen|jetzt (teilen|abonnieren)|newsletter|get (the|our) (latest|newsletter)|download (the|our) app)\b/i,
  /^(image|photo|picture|foto|(titel|beitrags|vorschau|header|aufmacher)?bild|video|graphic|illustration|source|quelle|credit|photo credit|image credit)s?\s*(\d+\s*(of|\/|von)\s*\d+)?\s*[:©(]/i,
  // Numbered figure captions written as paragraphs: "Abbildung 4: klassische Schwachschicht.", "Fig. 2:".
  /^(abbildung|abb\.|figure|fig\.|grafik|bild|image|foto|photo)\s*\d+\s*:/i,
  // Placeholders of embeds that wait for consent: "Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden."
  /\b(klicken sie|klicke|click) (auf|on) (den|diesen|the) (unteren |folgenden )?(button|schaltfläche)\b|\binhalt(e)? von .{1,40} (zu )?laden\b|\bohne (dein|ihr) einverständnis\b|^mit diesem button\b/i,
  /^(inhaltsverzeichnis|table of contents|sommaire|índice|indice)\s*:?$/i,
  // Page counters and filing notes: "Aufrufe: 1120 | Hinzugefügt von: …", "News date : 04/21/2022 Category : …".
  /^(views|aufrufe|hits|zugriffe|visites|visitas|visite)\s*:\s*\d|\b(category|categories|kategorie|catégorie|categoría|categoria)\s*:\s*\S[^.!?]{0,60}$/i,
  /^(image|photo|slide|bild) \d+ (of|von|\/) \d+$/i,
  /\((image|photo|picture|pic|foto|bild)s?( credit)?:[^)]*\)$/i,
  // Only short lines with a number: "Posted on social media by…" opens prose.
  /^((first|originally) )?(published|updated|posted|last (updated|modified)|veröffentlicht|aktualisiert|stand|erstellt|publicado|publié|pubblicato)\b\s*(on|am|em|le|il|el)?\s*:?\s*(?=[^\n]{0,30}\d)(?=[^\n]{0,150}$)\S/i,
  /^(tags?|schlagwörter|schlagworte|categories|category|kategorie|filed under|themen)\s*:/i,
  /(©|\(c\)\s*\d{4}|copyright\b|all rights reserved|alle rechte vorbehalten|tous droits réservés)/i,
  /^(this (website|site) uses cookies|we use cookies|wir verwenden cookies|diese (website|seite) (verwendet|nutzt) cookies)/i,
];

/** Photo credits standing alone: "Jane Roe | Bloomberg | Getty Images", "Photographer / AFP". */
const PHOTO_CREDIT = /^[^.!?]{0,80}[|/]\s*(getty images|afp|reuters|ap( photo)?|epa(-efe)?|shutterstock|istock(photo)?|dpa|imago)( via getty images)?$/i;

/**
 * Headings that open the tail of a page (comments, related lists, the
 * author's box): everything after them goes. The phrases are those of the
 * data's languages for the same few things: more/latest/similar articles,
 * "you might also like", most read, about the author, the next article.
 */
const TAIL = new RegExp('^(' + [
  'comments?|kommentare?|\\d+ (comments?|kommentare?)|leave a (reply|comment)|share this( article| story| post)?',
  '(you|we) (may|might) also like|related (articles|posts|stories|content|news)|more (from|stories|on this)|recommended( for you| stories)?|most (read|popular)|about the author',
  '(weitere|neueste|ähnliche|verwandte|beliebte|andere) (\\p{L}+-)?(artikel|beiträge|nachrichten|news|themen|geschichten|stories|homestorys|\\p{L}*tipps)( (in|zu[mr]?|aus|der|des) [^.!?]{1,40})?',
  'das könnte (sie|dich|euch) (auch )?interessieren|entdecke (weitere|mehr) [^.!?]{1,40}|empfehlungen (aus|der|für) [^.!?]{1,40}|meist[- ]?(gelesen|diskutiert|kommentiert|geteilt)e?',
  'vorschau auf (den|die|das) nächsten? (artikel|beitrag|folge)|über (den autor|die autorin|die autoren|uns)|leser(innen)? interessierten sich auch',
  'articles? (connexes|similaires|liés)|(à )?lire aussi|sur le même sujet|dans la même rubrique|vous aimerez (aussi|également)|à propos de l.auteur',
  'ver también|noticias relacionadas|(también )?te puede interesar|lo más leído|sobre el autor',
  'notizie correlate|articoli correlati|leggi anche|(ti )?potrebbe interessar(ti|e)',
].join('|') + ')\\s*[:!.]?$', 'iu');

const DATE_LINE = /^[\p{L}.,\s]*\d{1,4}[./ -]\s*(\d{1,2}|\p{L}+)[./ -]\s*\d{2,4}([,\s]+((um|at|às|à|a las|alle)\s+)?\d{1,2}[:.]\d{2}\s*(uhr|am|pm|[ap]\.m\.)?)?\s*\S{0,4}$/iu;
/** "November 19, 2019 at 9:45 am", "Nov. 19 2019": month first, as US sites write it. */
const DATE_LINE_MDY = /^(\p{L}+,?\s+)?\p{L}{3,9}\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}([,\s]+(at\s+)?\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?(\s*\p{Lu}{2,4})?)?$/iu;
/**
 * A lower-case "by Jane Roe" label. A capitalised "By Jane Roe" at the edge is
 * kept: the zyte-dev gold keeps it about as often as it drops it (measured).
 */
/** "By Jane Roe - 11/18/19 11:04 PM EST": a byline with a date or time is never prose. */
const BYLINE_DATED = /^by\s+\p{Lu}[^.!?]*\d{1,2}[:/.]\d{2}/iu;
const BYLINE = /^(by|von|par|door|di|por|text|autor|author)\s*:?\s+\p{Lu}/u;

/**
 * Calls to action that close a page (subscribe, follow, get the app, support
 * us, write to us). Mid-article such words can be news ("the app lets users
 * subscribe…"), so they are only trimmed from the end, and only short lines.
 */
const CALL_TO_ACTION = new RegExp([
  // Word stems in the dev languages: subscribe/abonnieren/suscríbete/abonnez-vous, members.
  '\\b(subscri|abonn|suscr[ií]b|hazte|miembro|membre|newsletter)',
  '\\b(sign up|log ?in|download|get the app|apps? for|(follow|keep up with) (me|us|him|her|them)|on (twitter|facebook|instagram)',
  'support (our|us|independent)|become a (member|subscriber)|verpasse keine|jetzt (lesen|testen|registrieren)',
  'submit (your|a) (letter|story|tip)|have a (news )?tip|tell us (what|your)|send us|contact us|schreiben sie uns|kontaktieren sie',
  'not responsible for|keine haftung|privacy|privatsphäre|datenschutz|delivered (to|through) your (inbox|letterbox|door)|\\d+ issues for)\\b',
  // Prompts to log in, comment or rate: "Du musst eingeloggt sein, um Kommentare zu schreiben", "Hier können Sie den Artikel bewerten".
  '\\b(logged in|eingeloggt|angemeldet sein|registriert|connecté|rate this (article|post)|artikel bewerten|beitrag bewerten|noch keine bewertung(en)?)\\b',
  // The blog engine's filing note: "Der Beitrag wurde am … veröffentlicht und wurde unter … abgelegt", "This entry was posted in …".
  '^(der|dieser) (beitrag|artikel|eintrag) wurde am\\b|^this (entry|post) was posted\\b',
  // A licence note: "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND".
  '\\b(lizenz|licen[cs]e[d]?|licence)\\b.{0,40}\\bcc[- ]by\\b|\\bcreative commons\\b',
].join('|'), 'i');

function isClosingCall(b: Block): boolean {
  return b.text.length < 260 && CALL_TO_ACTION.test(b.text);
}

/** A name of one to four capitalised words opening a sentence ("Emiliano Bellini", "Acme Corp."). */
const NAME = "(\\p{Lu}[\\p{L}\\p{N}'’&.-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{N}'’&.-]*,?\\s+(\\([^()]{1,60}\\)\\s+)?";

/**
 * Notes that close an article about who wrote it or who published it: the
 * author's bio ("Dallas Robinson is a freelance writer…", "Emiliano joined pv
 * magazine in 2017"), the credit line ("Jane Doe contributed to this report")
 * and the company boilerplate of press releases ("Ascom is a global solutions
 * provider…", "…is headquartered in Baar"). A name, a verb of being or
 * joining, and a word of the trade must all be there, so a closing sentence
 * about the news ("Tesla is the largest…") stays.
 */
const AUTHOR_BIO = new RegExp(`^${NAME}(is|was|has been|joined|writes|covers|reports)\\b.{0,200}\\b(writer|journalist|reporter|editor|correspondent|columnist|contributor|freelance|blogger|joined|reporting (on|about)|covering|writes (about|for))\\b`, 'u');
const CREDIT = /\bcontributed (reporting )?to this (report|story|article)\.?$|^\(?(additional )?(reporting|writing|editing) by\b|^citation\s*:.*\bretrieved\b/i;
/** The site's rules for reader comments ("comments are moderated", "Comentários … não serão aprovados"). */
const COMMENT_POLICY = /\b(comments?|comentários?|comentarios?|kommentare?|commentaires?)\b.*\b(moderat\w*|approved|aprovados?|reviewed|policy|guidelines|richtlinien|regras)\b|\bmoderat\w* (all )?(comments?|kommentare)\b/i;
const COMPANY = new RegExp(`^(about\\s+)?${NAME}(is|are)\\b.{0,300}\\b(leading|global|world'?s|worldwide) (\\p{L}+ ){0,3}(provider|supplier|manufacturer|developer|leader|company|group)|^${NAME}(is|are) headquartered in\\b`, 'u');

/** The publisher's masthead address: a street or suite and a phone or fax number. */
const ADDRESS = /\b(street|st\.|avenue|ave\.|suite|road|strasse|straße)\b.*\b\d{3}[-. )]+\d{3}[-. ]\d{4}\b/i;

function isAboutNote(b: Block): boolean {
  const t = b.text;
  if (t.length > 700) return false;
  return CREDIT.test(t) || (t.length < 250 && ADDRESS.test(t)) || (t.length < 300 && COMMENT_POLICY.test(t)) || (t.length < 400 && AUTHOR_BIO.test(t)) || COMPANY.test(t);
}

/** An all-capitals kicker ("RANDY ANDY", "'A NATIONAL TRAGEDY'") that labels a teaser. */
function isKicker(t: string): boolean {
  return t.length < 60 && words(t) <= 10 && /\p{Lu}{2}/u.test(t) && !/\p{Ll}/u.test(t);
}

/**
 * Teasers for other stories closing a page, written as kicker plus headline
 * or blurb, pairs in a row. Two pairs or more reaching the end are a list of
 * teasers; one all-capitals subhead and its paragraph are not.
 */
function teaserRunStart(kept: readonly Block[], end: number): number {
  let i = end, pairs = 0;
  while (i - 2 >= 0 && isKicker(kept[i - 2].text) && !isKicker(kept[i - 1].text) && kept[i - 1].text.length < 400) {
    i -= 2;
    pairs++;
  }
  return pairs >= 2 ? i : end;
}

function isNever(t: string): boolean {
  return t.length < 300 && NEVER.some((re) => re.test(t));
}

/** Short bits at the top or bottom of the container: labels, bylines, dates, kickers. */
function isEdgeNoise(b: Block): boolean {
  const t = b.text;
  if (DATE_LINE.test(t) || DATE_LINE_MDY.test(t) || (BYLINE.test(t) && words(t) <= 12)) return true;
  if (BYLINE_DATED.test(t) && words(t) <= 14) return true;
  if (words(t) <= 4 && t.length < 40 && !/[.!?:"”。！？]$/.test(t)) return true;
  return b.linkChars / t.length > 0.5;
}

/**
 * A heading heads what follows it: one with nothing after it in the container
 * heads a list Readability cut off (related stories, a columnist's other
 * pieces). A heading written as a sentence ("… Es stützt seine Version.") is
 * a pull line of the article and stays.
 */
function isEndHeading(b: Block): boolean {
  return /^H[1-6]$/.test(b.tag) && b.text.length < 120 && !b.text.endsWith('.');
}

/**
 * The blocks that are article text, as paragraphs.
 * @example cleanupParagraphs([{ text: 'Share this article', linkChars: 0, tag: 'P' }, { text: 'Real text.', linkChars: 0, tag: 'P' }], {}) // ['Real text.']
 */
export function cleanupParagraphs(blocks: readonly Block[], ctx: CleanupContext): readonly string[] {
  const count = new Map<string, number>();
  for (const b of blocks) count.set(b.text, (count.get(b.text) ?? 0) + 1);
  const title = ctx.title ? norm(ctx.title) : '';
  const total = blocks.reduce((s, b) => s + b.text.length, 0);

  let kept: Block[] = [];
  let seen = 0;
  for (const b of blocks) {
    const t = b.text;
    seen += t.length;
    // A tail heading in the last part of the container ends the article.
    if (seen > total * 0.5 && t.length < 80 && TAIL.test(t)) break;
    if (isNever(t)) continue;
    if (PHOTO_CREDIT.test(t)) {
      // A lead photo's caption sits right before its credit, first in the container.
      if (kept.length === 1 && kept[0].text.length < 400) kept = [];
      continue;
    }
    // Share bars and similar widgets repeat within one page; real sentences do not.
    if ((count.get(t) ?? 0) >= 3 && t.length < 80 && words(t) >= 2 && /\p{L}{3}/u.test(t)) continue;
    if (title && norm(t) === title) continue;
    // Mostly-link blocks are menus, tag clouds and related-story lists.
    if (b.linkChars / t.length > 0.6 && words(t) < 40) continue;
    kept.push(b);
  }
  // Trim labels, datelines and bylines left at either end of the container.
  let start = 0, end = kept.length;
  while (start < end && isEdgeNoise(kept[start])) start++;
  for (let prev = -1; prev !== end; ) {
    prev = end;
    while (end > start && (isEdgeNoise(kept[end - 1]) || isClosingCall(kept[end - 1]) || isAboutNote(kept[end - 1]) || isEndHeading(kept[end - 1]))) end--;
    end = Math.max(start, teaserRunStart(kept, end));
  }
  kept = kept.slice(start, end);
  return kept.map((b) => b.text);
}
