/**
 * Agency and partner credits: the words by which an article says where its
 * text came from. "(AP) —", "Reuters contributed to this report", "This
 * article originally appeared on …", "according to Tass". They are the
 * strongest evidence of who copied whom, stronger than publication times,
 * which aggregators often rewrite.
 */

/** One credit found in an article, with the normalised name it credits. */
export interface Credit {
  /** Lower-case canonical name: "reuters", "associated press", "tass". */
  readonly name: string;
  /**
   * How the text credits it. `wire`: the article is the agency's copy or
   * republishes it ("(AP)", "Reuters contributed", "originally appeared on");
   * `cites`: it reports what the agency said ("according to Tass"), weaker;
   * `translated`: a translator's note ("Aus dem Englischen übersetzt"), its
   * name `translated:<language code>`, `translated` when no language is
   * named, or `machine-translated` for a machine-translation note.
   */
  readonly how: 'wire' | 'cites' | 'translated';
}

/** News agencies by their usual spellings → one canonical name. */
const AGENCIES: readonly (readonly [RegExp, string])[] = [
  [/\b(?:AP|Associated Press)\b/, 'associated press'],
  [/\bReuters\b/i, 'reuters'],
  [/\b(?:AFP|Agence France[- ]Presse)\b/, 'afp'],
  [/\b(?:dpa|DPA|Deutsche Presse-Agentur)\b/, 'dpa'],
  [/\b(?:TASS|Tass|ITAR-TASS)\b/, 'tass'],
  [/\bRIA Novosti\b/i, 'ria novosti'],
  [/\bInterfax\b/i, 'interfax'],
  [/\bXinhua\b/i, 'xinhua'],
  [/\b(?:Anadolu|AA)\b(?= Agency|\))/, 'anadolu'],
  [/\bEFE\b/, 'efe'],
  [/\bANSA\b/, 'ansa'],
  [/\bPAP\b/, 'pap'],
  [/\bUPI\b/, 'upi'],
  [/\bBloomberg\b/, 'bloomberg'],
  [/\bKyodo\b/, 'kyodo'],
  [/\bYonhap\b/, 'yonhap'],
];

const AGENCY_ALT = '(?:AP|Associated Press|Reuters|REUTERS|AFP|Agence France-Presse|dpa|DPA|TASS|Tass|RIA Novosti|Interfax|Xinhua|Anadolu(?: Agency)?|EFE|ANSA|PAP|UPI|Bloomberg|Kyodo|Yonhap)';

/** Patterns that credit the article's own text to someone else. */
const WIRE_PATTERNS: readonly RegExp[] = [
  // A dateline credit: "WASHINGTON (AP) —", "MOSCOW, Dec 4 (Reuters) -".
  new RegExp(`\\(${AGENCY_ALT}(?:/[^)]{1,40})?\\)\\s*[-–—:]`, 'g'),
  new RegExp(`^\\s*\\(?${AGENCY_ALT}\\)?\\s*[-–—]`, 'gm'),
  // Closing credits.
  new RegExp(`\\b${AGENCY_ALT}(?:'s [A-Z][\\w.-]+(?: [A-Z][\\w.-]+)?)? contributed to this (?:report|story|article)`, 'g'),
  new RegExp(`\\b(?:With|Additional) (?:reporting|material) (?:from|by) ${AGENCY_ALT}`, 'gi'),
  new RegExp(`\\(\\s*(?:with |reporting by )?${AGENCY_ALT}(?:\\s*[,/]\\s*${AGENCY_ALT})*\\s*\\)\\s*$`, 'gm'),
  new RegExp(`\\bCopyright \\d{4} (?:The )?${AGENCY_ALT}\\b`, 'g'),
];

/** "This article originally appeared on X" / "first published by X" / "Republished with permission from X". */
const ORIGINALLY = /\b(?:[Oo]riginally (?:appeared|published|ran) (?:on|in|at|by)|[Ff]irst (?:appeared|published) (?:on|in|by)|[Rr]epublished (?:with permission )?(?:from|by)|[Rr]eprinted (?:with permission )?from)\s+(?:[Tt]he\s+)?([A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4}|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,})/g;

/** A dateline credit naming an outlet rather than an agency: "LONDON (The Independent) —". */
const OUTLET_DATELINE = /(?:^|\n|[A-Z]{3,}(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?\s)\(([A-Z][\w&'.]*(?: [A-Z][\w&'.]*){0,4})\)\s*[-–—]/g;

const CITES = new RegExp(`\\b(?:according to|told|reported by|cited by|quoted by|said in (?:a|an) (?:interview|statement) (?:with|to))\\s+(?:the\\s+)?(?:(?:Russian|Chinese|Turkish|state|news)\\s+)*(?:news agency\\s+)?${AGENCY_ALT}`, 'g');

/** A closing source line names where a text came from: "Quelle: Kyiv Wire", "Source : AFP", "Источник: ТАСС". */
const SOURCE_LINE = /(?:^|\n|[.!?»”"]\s+)(?:Quelle|Originalartikel|Original article|Article original|Source|Fuente|Fonte|Źródło|Источник|Оригинал|Kaynak|来源|來源|原文)\s*[:：]\s*([^\n.;,]{2,60})/gu;

/** Languages by the stems their names take in the ten languages' translator notes ("aus dem Englischen", "du russe", "с английского", "译自英文"). */
const LANGUAGE_NAMES: readonly (readonly [RegExp, string])[] = [
  [/^(?:engl|angl|ingl|англ|angiel|英)/iu, 'en'],
  [/^(?:germ|deutsch|allem|alem|tedes|немец|niemiec|alman|德)/iu, 'de'],
  [/^(?:fren|franz|franç|franc|француз|francusk|fransız|法)/iu, 'fr'],
  [/^(?:span|espa|spagn|испан|hiszpa|ispanyol|西班牙)/iu, 'es'],
  [/^(?:ital|итал|włos|意大利)/iu, 'it'],
  [/^(?:russ|rus|русск|росс|rosyj|俄)/iu, 'ru'],
  [/^(?:pol|польск|波兰)/iu, 'pl'],
  [/^(?:turk|türk|turc|турец|turec|土耳其)/iu, 'tr'],
  [/^(?:arab|араб|阿拉伯)/iu, 'ar'],
  [/^(?:chin|cines|китай|chińs|çince|中文|汉语)/iu, 'zh'],
];

/** Translator's notes; group 1, when present, names the source language. */
const TRANSLATED_NOTES: readonly RegExp[] = [
  /\b(?:[Tt]ranslated|[Tt]ranslation) from (?:the )?(\p{L}+)/gu,
  /\b[Aa]us dem (\p{L}+) (?:übersetzt|übertragen)/gu,
  /\bÜbersetzung aus dem (\p{L}+)/gu,
  /\b[Tt]raduit (?:de l['’]|du |de la )(\p{L}+)/gu,
  /\b[Tt]raduction (?:de l['’]|du )(\p{L}+)/gu,
  /\b[Tt]raducid[oa] del? (\p{L}+)/gu,
  /\b[Tt]raducción del? (\p{L}+)/gu,
  /\b[Tt]radott[oa] dall?['’ ]?(\p{L}+)/gu,
  /(?:^|[^\p{L}])[Пп]еревод с (\p{L}+)/gu,
  /\b[Tt]łumaczenie z (\p{L}+)/gu,
  /译自(\p{Script=Han}{1,3})/gu,
  /\b(?:[Tt]ranslated by|[Tt]ranslation by|[Üü]bersetzt von|[Üü]bersetzung:|[Tt]raduction\s?:|[Tt]raduit par|[Tt]raducción\s?:|[Tt]raducido por|[Tt]raduzione di|[Tt]łumaczenie:|[Çç]eviri:)()/gu,
  /(?:^|[^\p{L}])(?:Перевод:|Перевела?)()/gu,
  /(?:翻译|译者)[:：]()/gu,
];

/**
 * A machine-translation note in any of the ten languages ("Dieser Artikel
 * wurde maschinell übersetzt", "Traduction automatique", "机器翻译"). Read
 * only on a short line of its own, so an article about machine translation
 * is not taken for one.
 */
const MACHINE_NOTE = /machine[- ]translat|automatically translated|translated automatically|maschinell übersetzt|automatisch übersetzt|maschinelle Übersetzung|traduit automatiquement|traduction automatique|traducid[oa] automáticamente|traducción automática|tradott[oa] automaticamente|traduzione automatica|przetłumaczon\p{L}* (?:maszynowo|automatycznie)|tłumaczenie maszynowe|машинн\p{L}* перевод|автоматическ\p{L}* перевод|переведен\p{L}* автоматически|makine çevirisi|otomatik (?:olarak )?çevri|ترجمة آلية|مترجم آليا|机器翻译|自动翻译|机翻/iu;
const MACHINE_NOTE_MAX = 160;

/** The language a translator's note names, or undefined. */
function languageNamed(word: string): string | undefined {
  for (const [re, code] of LANGUAGE_NAMES) if (re.test(word)) return code;
  return undefined;
}

function canonical(raw: string): string | undefined {
  for (const [re, name] of AGENCIES) if (re.test(raw)) return name;
  return undefined;
}

/** Lower-case, no "the", no punctuation: outlet names as they are compared. */
export function normalizeOutlet(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\.(com|net|org|co\.uk|de|fr)$/, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Credits in an article's text and credit lines. Each name appears once, with
 * the strongest way it is credited.
 * @example findCredits('MOSCOW (Reuters) - The Kremlin said…', []) // [{ name: 'reuters', how: 'wire' }]
 */
export function findCredits(text: string, creditLines: readonly string[]): Credit[] {
  // A story briefed again finds its articles' credits here.
  const key = creditLines.length === 0 ? text : `${text}\u0000${creditLines.join('\u0000')}`;
  const hit = creditMemo.get(key);
  if (hit !== undefined) return hit.map((c) => ({ ...c }));
  const found = creditsIn(text, creditLines);
  if (creditMemo.size >= CREDIT_MEMO_MAX) creditMemo.clear();
  creditMemo.set(key, found.map((c) => ({ ...c })));
  return found;
}

/** Credits found, by text and credit lines; cleared when full (about 1,200 articles' texts). */
const creditMemo = new Map<string, Credit[]>();
const CREDIT_MEMO_MAX = 1_200;

function creditsIn(text: string, creditLines: readonly string[]): Credit[] {
  const out = new Map<string, Credit['how']>();
  const add = (name: string | undefined, how: Credit['how']): void => {
    if (name === undefined || name === '') return;
    if (out.get(name) === 'wire' || out.get(name) === 'translated') return;
    out.set(name, how);
  };
  // Credits sit at the top (dateline) or the bottom of an article: reading only
  // those keeps a quoted "(AP)" in mid-text from counting, and bounds the cost.
  const head = text.slice(0, 400);
  const tail = text.length > 1200 ? text.slice(-800) : text.slice(400);
  for (const zone of [head, tail, ...creditLines]) {
    for (const re of WIRE_PATTERNS) {
      for (const m of zone.matchAll(re)) add(canonical(m[0]), 'wire');
    }
    for (const m of zone.matchAll(ORIGINALLY)) add(canonical(m[1]!) ?? normalizeOutlet(m[1]!), 'wire');
    if (zone === head) for (const m of zone.matchAll(OUTLET_DATELINE)) add(canonical(m[1]!) ?? normalizeOutlet(m[1]!), 'wire');
    for (const m of zone.matchAll(SOURCE_LINE)) add(canonical(m[1]!) ?? normalizeOutlet(m[1]!), 'wire');
    for (const line of zone.split('\n')) if (line.length <= MACHINE_NOTE_MAX && MACHINE_NOTE.test(line)) add('machine-translated', 'translated');
    for (const re of TRANSLATED_NOTES) {
      for (const m of zone.matchAll(re)) {
        const lang = m[1] ? languageNamed(m[1]) : undefined;
        add(lang !== undefined ? `translated:${lang}` : 'translated', 'translated');
      }
    }
  }
  // Caption credits "(REUTERS)" mark a photo, not the text: they are not read here.
  for (const m of text.matchAll(CITES)) add(canonical(m[0]), 'cites');
  // Pushed, and sorted only when there are two: the empty array a story's
  // uncredited article gave (another map) reached the sort of code optimised on
  // credited ones and threw it away at every story ('wrong map').
  const found: Credit[] = [];
  for (const [name, how] of out) found.push({ name, how });
  if (found.length > 1) found.sort(byName);
  return found;
}

function byName(a: Credit, b: Credit): number {
  return a.name.localeCompare(b.name);
}

/** True when a credited name is a news agency (whose text many outlets carry), not a single outlet. */
export function isAgency(name: string): boolean {
  return AGENCIES.some(([, canonicalName]) => canonicalName === name);
}

/** True when an outlet name is the agency (or the outlet) a credit names. */
export function creditsOutlet(credit: Credit, outlet: string | undefined): boolean {
  if (outlet === undefined) return false;
  const o = normalizeOutlet(outlet);
  if (o === '') return false;
  return o === credit.name || canonical(outlet) === credit.name || (o.length >= 4 && credit.name.startsWith(o)) || (credit.name.length >= 4 && o.startsWith(credit.name));
}

/** The longest paragraph read as an embedded post: a 280-character post, its author, handle and date, with room to spare. */
const MAX_POST_CHARS = 600;

/**
 * Paragraphs that are embedded social posts: a handle ("@michaelsheen") in a
 * paragraph of its own. Pages carry a tweet as a block without quotation
 * marks; several outlets embedding one post share its words, not each
 * other's, so provenance treats these paragraphs as quoted. A post is short
 * (a tweet and its signature line), and a text of one paragraph embeds
 * nothing: a scraped article run into one block that names a handle is the
 * reporter's own text, and counting it quoted made its copies and
 * translations independent sources.
 * @example embeddedPosts('Intro.\n\nThe great @michaelsheen & I…').length // 1
 */
export function embeddedPosts(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const paras = text.split('\n\n');
  if (paras.length < 2) return out;
  let start = 0;
  for (const para of paras) {
    if (para.length <= MAX_POST_CHARS && /(?:^|[\s(])@[A-Za-z0-9_]{2,15}\b/.test(para) && !/@[A-Za-z0-9_.-]+\.[a-z]{2,}/.test(para)) out.push({ start, end: start + para.length });
    start += para.length + 2;
  }
  return out;
}
