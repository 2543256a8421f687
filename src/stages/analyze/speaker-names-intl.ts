/**
 * Names as speakers in the nine non-English languages: what counts as a
 * capitalised name, which capitalised words are only sentence openers, and
 * the subject of a sentence, which a verb without its own subject falls back
 * to. Italian, Spanish, Polish, Russian, Turkish and Arabic drop the subject
 * pronoun ("ha detto a migliaia di fedeli", "dodał:"), so a quote whose verb
 * names nobody was said by whom the sentence or the one before is about.
 */

/** Words before a capitalised name that make it a place or time, not a speaker. */
export const PREPOSITIONS = new Set(
  ('in im am an auf bei vor nach von vom zu zum zur aus mit für gegenüber à au aux en dans de du des sur chez pour par avec a al del en de con ' +
    'tra fra entre zwischen między между di da dal nel nella su per con ' +
    'w we z ze na do od przed po u в во на из от до с со у к по при для о об için ile de da ' +
    'في من على إلى عن مع').split(' '),
);

/**
 * Italian prepositions joined with an article. They are not in PREPOSITIONS
 * because "il ministro della Difesa Oleksii Reznikov" puts the speaker's name
 * right after the ministry; they do open phrases that name no speaker.
 */
/**
 * More prepositions that open a complement ("liderada por Guaidó", "sobre Madrid", "przyszli pod Sejm", "против
 * Газпрома", "gegen Siemens"), never a speaker.
 */
const EXTRA = ('por para sobre desde hasta contra sin tras hacia vers contre sans après avant depuis selon verso contro senza dopo presso ' +
  'pod nad za przez dla obok wobec przy ku spod zza под над за через для перед без около против после ' +
  'unter über gegen ohne durch seit während wegen hinter neben').split(' ');
const JOINED = 'dalla dalle dallo dai dagli della delle dello dei degli alla alle allo ai agli nelle nei negli sulla sulle sul al del'.split(' ');
export const ANY_PREPOSITION: ReadonlySet<string> = new Set([...PREPOSITIONS, ...JOINED, ...EXTRA]);

/** A capitalised word (Latin, Cyrillic, Greek), with up to two name-internal joiners ("Ursula von der Leyen"). */
// A full stop inside a word is an initial's ("J.K.") or an abbreviation's, except a sentence end glued to the next
// sentence by a scrape or a machine translation ("… Manuel Ramos.Sin embargo"): two lower-case letters, the stop, then a
// capitalised word. A name does not run across that.
export const NAME_RUN = /(?:\p{Lu}(?:[\p{L}\p{M}'’-]|(?<!\p{Ll}\p{Ll})\.|\.(?!\p{Lu}\p{Ll}))*)(?:\s+(?:(?:de|da|van|von|der|al|bin|ben|la|le|di|del|y)\s+){0,2}\p{Lu}(?:[\p{L}\p{M}'’-]|(?<!\p{Ll}\p{Ll})\.|\.(?!\p{Lu}\p{Ll}))*)*/gu;

/**
 * Lower-case words that open a phrase after a verb of saying without naming
 * anyone: a preposition (an addressee or a place: "ha detto a migliaia di
 * fedeli", "a déclaré à la presse") or a time word ("ha affermato oggi in una
 * nota"). Such a phrase is not the speaker.
 */
const NOT_A_SPEAKER = new RegExp(
  '^(?:' + [...ANY_PREPOSITION].join('|') + '|oggi|ieri|domani|poi|anche|inoltre|infine|ancora|heute|gestern|morgen|dann|auch|' +
    "aujourd['’]hui|hier|demain|ensuite|aussi|encore|hoy|ayer|mañana|luego|también|además|dziś|dzisiaj|wczoraj|jutro|także|również|jednocześnie|dalej|ponadto|następnie|potem|później|wcześniej|natomiast|zaś|потом|также|сегодня|вчера|завтра|bugün|dün|yarın)(?![\\p{L}])" +
    // "To", "from", "on" and "with" elided before a vowel, glued to the next word ("ha detto all'Herald", "à l'AFP"): an
    // addressee or a place. ("nell'avviso", "dell'…" may name the statement or its issuer: left to the rules above.)
    "|^(?:all|dall|sull|coll|à\\s+l)['’]",
  'iu',
);

export function isNotASpeaker(phrase: string): boolean {
  return !/^\p{Lu}/u.test(phrase.trim()) && NOT_A_SPEAKER.test(phrase.trim());
}

/**
 * A name in a phrase that opens with a preposition or a time word, outside
 * any prepositional phrase: "a déclaré aux journalistes Kemmerich" and "dijo
 * a la prensa el ministro Oleksii Réznikov" name the speaker, "ha detto a
 * migliaia di fedeli radunati fuori dalla Basilica di San Pietro" nobody.
 */
export function nameAfterFiller(phrase: string, lower: ReadonlySet<string>, lang = ''): { name: string; at: number } | undefined {
  // "zaznaczył na antenie radiowej Trójki minister zdrowia Łukasz Szumowski": a full name outranks a lone capitalised word.
  let first: { name: string; at: number } | undefined;
  for (const m of phrase.matchAll(NAME_RUN)) {
    const prev = /([\p{L}]+)\s+$/u.exec(phrase.slice(0, m.index));
    // "à l'Assemblée", "dell'Onu": a name glued to an elided article after a preposition is a complement too.
    if ((prev && ANY_PREPOSITION.has(prev[1].toLowerCase())) || /(?<![\p{L}])(?:à l|a l|de l|d|dell|dall|all|nell|sull)['’]$/iu.test(phrase.slice(0, m.index))) continue;
    // German capitalises nouns: "gegenüber der Lokalzeitung" (preposition, article, noun) names an addressee.
    if (lang === 'de' && isComplementAt(phrase, m.index)) continue;
    const name = withoutOpeners(m[0], lower);
    if (name.length < 2) continue;
    const found = { name, at: m.index + m[0].indexOf(name) };
    if (/\s/.test(name)) return found;
    first ??= found;
  }
  return first;
}

/**
 * The words of `text` that occur in lower case somewhere in it. A capitalised
 * word whose lower-case form is among them is a sentence opener ("In", "Ha",
 * "To", "Minister"), not a name.
 */
export function lowerCaseWords(text: string): ReadonlySet<string> {
  return new Set(text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? []);
}

/** A capitalised run without the leading words that are only sentence openers; '' when nothing is left. */
export function withoutOpeners(run: string, lower: ReadonlySet<string>): string {
  const words = run.split(/\s+/);
  let i = 0;
  while (i < words.length && lower.has(words[i].toLowerCase())) i++;
  // "Guaidó El …": a short function word at the end opens the next clause.
  let j = words.length;
  while (j > i + 1 && words[j - 1].length <= 3 && lower.has(words[j - 1].toLowerCase())) j--;
  return words.slice(i, j).join(' ').replace(/[.’'-]+$/u, '');
}

/**
 * A Turkish name with a case ending is not the subject: "AA'da" (in AA), "Erdoğan'ın" (Erdoğan's), "Açıklamada" (in
 * the statement), "Valilikten" (from the governor's office). The subject of "… dedi" is in the nominative.
 */
const INFLECTED = /(?:['’](?:\p{Ll}+)|^\p{Lu}\p{Ll}+(?:n?[dt][ae]|n?[dt][ae]n|sında|sinde|ında|inde|nın|nin|nun|nün))$/u;

export function inflectedTr(run: string): boolean {
  return INFLECTED.test(run);
}

/**
 * The issuer of a Turkish statement: "Kulüpten yapılan açıklamada, “…” denildi" (in the statement made by the club),
 * "Gümüşhane Valiliğinden yapılan yazılı açıklamada", "Bakanlık tarafından yapılan açıklamada". Statements are
 * quoted with a passive verb ("denildi", "kaydedildi"), so the issuer is the only speaker the text gives.
 */
export function turkishIssuer(s: string): string | undefined {
  // "Erdoğan'ın açıklamasında", "Valilik açıklamasında": the statement's owner, in the genitive or compounded.
  // ("Bakanlığı tarafından yapılan": "tarafından" is "by", not the owner's ablative "-dan".)
  const owner = /(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}?)(?:['’]?n?[ıiuü]n)?\s+(?:yazılı\s+)?(?:açıklamasında|paylaşımında|mesajında|bildirisinde)/u.exec(s);
  if (owner) return owner[1];
  const m = /((?:\p{Lu}[\p{L}'’]*\s+){0,3})(?!tarafı)(\p{L}+?)(?:['’]?n?[dt][ae]n|\s+tarafından)\s+yapılan\s+(?:\p{Ll}+\s+){0,2}?(?:açıklama|paylaşım|duyuru|bildiri)/u.exec(s);
  if (!m) return undefined;
  const name = `${m[1]}${m[2]}`.replace(/['’]$/u, '').trim();
  return name.length >= 2 ? name : undefined;
}

/**
 * The subject of a sentence (or of the words before a quote): its first
 * capitalised name not after a preposition, once sentence openers are
 * dropped ("In un discorso …, Warren ha sparato …" → "Warren").
 */
export function sentenceSubject(s: string, lower: ReadonlySet<string>, lang = ''): string | undefined {
  for (const m of s.matchAll(NAME_RUN)) {
    if (isComplementAt(s, m.index) || (lang === 'tr' && inflectedTr(m[0]))) continue;
    const name = withoutOpeners(m[0], lower);
    if (name.length >= 2) return name;
  }
  return undefined;
}

/**
 * The speaker of a quote nothing else attributes: the subject of the words
 * before it in its sentence, else of the sentence before.
 */
export function subjectAround(text: string, sentences: readonly { start: number; end: number }[], pos: number, lower: ReadonlySet<string>, lang = ''): string | undefined {
  let i = sentences.length - 1;
  while (i >= 0 && sentences[i].start > pos) i--;
  if (i < 0) return undefined;
  // A quotation a colon opens ("Karlsruher SC: Neu-Trainer Eichner vor Pokalspiel: „…“") is the words of what stands
  // before that colon, back to the colon before it: a headline's topic before that is no speaker.
  const lead = text.slice(sentences[i].start, pos);
  const colon = /[:：]\s*$/u.test(lead) ? lead.replace(/[:：]\s*$/u, '').search(/[:：][^:：]*$/u) : -1;
  return sentenceSubject(colon >= 0 ? lead.slice(colon + 1) : lead, lower, lang) ?? (i > 0 ? sentenceSubject(text.slice(sentences[i - 1].start, sentences[i - 1].end), lower, lang) : undefined);
}

/** Nouns for what an organisation issues; "komunikat stowarzyszenia" is the association speaking. */
const DOCUMENT = /^(?:komunikat|oświadczenie|wpis|raport|apel|mitteilung|erklärung|stellungnahme|communiqué|comunicado|comunicato|dichiarazione|declaración|déclaration|заявление|сообщение|пресс-релиз|açıklaması|bildirisi|بيان)\s+(\S.*)$/iu;

/**
 * A speaker phrase naming a statement ("komunikat stowarzyszenia") stands for
 * whoever issued it; when that is one common noun, the article's fuller
 * mention of it that closes a clause earlier on ("… zapowiedziało w środę
 * stowarzyszenie właścicieli sal kinowych.") names it.
 */
export function issuerOf(speaker: string, text: string): string {
  const m = DOCUMENT.exec(speaker.trim());
  if (!m || /^\p{Lu}/u.test(speaker.trim())) return speaker;
  const owner = m[1].trim();
  if (/\s/.test(owner) || owner.length < 6) return owner;
  const stem = owner.slice(0, owner.length - 2).toLowerCase();
  const re = new RegExp(`(?<![\\p{L}])${stem}\\p{L}{0,4}(?:\\s+[\\p{L}-]+){0,4}?(?=[.,;:!?]|$)`, 'giu');
  for (const f of text.matchAll(re)) if (f[0].length > owner.length) return f[0];
  return owner;
}

/**
 * Whether the capitalised run at `at` in `s` is a complement, not a subject:
 * after a preposition and at most one lower-case word ("del gobernante
 * Partido …", "de la Conférence de Minsk", "liderada por Guaidó") or glued to
 * an elided one ("dell'App Store", "de l'OSCE").
 */
export function isComplementAt(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 40), at);
  if (/(?<![\p{L}])(?:dell|dall|nell|all|sull|degl|d|de l|à l|a l|du|del)['’]$/iu.test(before)) return true;
  if (!/\s$/u.test(before)) return false;
  const words = before.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const prev = words[words.length - 2] ?? '';
  if (ANY_PREPOSITION.has(last.toLowerCase())) return true;
  return /^\p{Ll}+$/u.test(last) && ANY_PREPOSITION.has(prev.toLowerCase());
}

/** The capitalised name closed by a comma (not case-marked) or in the ablative right before `open`, in Turkish. */
export function turkishTopicRightBefore(text: string, open: number, lower: ReadonlySet<string>): string | undefined {
  // "Erdoğan'dan “…”": a name in the ablative right before the quotation (a message from someone) is its source.
  const from = /((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’](?:[dt][ae]n)\s*,?\s*$/u.exec(text.slice(Math.max(0, open - 80), open));
  if (from) {
    // A case-marked word opening the run ("Telefonda", on the phone) is an adjunct, no part of the name.
    const words = withoutOpeners(from[1], lower).split(/\s+/);
    while (words.length > 1 && inflectedTr(words[0])) words.shift();
    const name = words.join(' ');
    if (name.length >= 2) return name;
  }
  const m = /((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)\s*,\s*$/u.exec(text.slice(Math.max(0, open - 80), open));
  if (!m || inflectedTr(m[1])) return undefined;
  const name = withoutOpeners(m[1], lower);
  return name.length >= 2 ? name : undefined;
}

/** A Turkish possessor speaks in the genitive ("Bakan Koca'nın “…” sözleri"): the name is without its ending. */
export function withoutGenitiveTr(speaker: string): string {
  // The ablative names the source the words come from ("Ankara İl Emniyet Müdürlüğünden", "Erdoğan'dan"): the source speaks.
  return speaker.replace(/['’](?:n?[ıiuü]n)$/u, '').replace(/['’][dt][ae]n$/u, '').replace(/(\p{Lu}\p{Ll}+[ıiuü])n[dt][ae]n$/u, '$1');
}
