/**
 * A speaker given only by a description ("enfatizó el biólogo", "El también
 * vicepresidente del gobernante Partido … aseguró", "La società afferma")
 * stands for the person or organisation the article named with that
 * description earlier ("el biólogo Ramón Castillo", "Ramón Castillo,
 * biólogo"). Romance and Polish copy introduce a person once with a name and
 * a title, then refer back by the title alone.
 */
import { NAME_RUN, PREPOSITIONS, isComplementAt, withoutOpeners } from './speaker-names-intl.js';

/**
 * Words before the head noun of a description: articles, "also/former" (whole words: "la" is no prefix of
 * "laboratorio"), and the words that point back to something
 * already named ("la citada agencia", "ladite société", "la suddetta azienda", "wspomniana agencja", "указанное
 * агентство", "die besagte Firma", "söz konusu ajans"): the head after them is what the article named before.
 */
const LEADING = new RegExp('^(?:(?:el|la|los|las|le|les|l[\'’]|il|lo|gli|un|una|une|uno|der|die|das|den|dem|también|anche|aussi|además|ex|nuevo|nueva|nouveau|nouvelle|nuovo|nuova|' +
  'citad[oa]s?|mencionad[oa]s?|dich[oa]s?|referid[oa]s?|aludid[oa]s?|ledit|ladite|lesdits|lesdites|précitée?s?|mentionnée?s?|' +
  'suddett[oa]|citat[oa]|menzionat[oa]|predett[oa]|wspomnian(?:y|a|e|ego|ej)|wymienion(?:y|a|e)|ów|owa|owo|' +
  'указанн(?:ый|ая|ое|ого|ой)|упомянут(?:ый|ая|ое|ого|ой)|данн(?:ый|ая|ое)|эт(?:от|а|о|ого|ой)|besagten?|genannten?|erwähnten?|diese[rsn]?|söz konusu|adı geçen)(?:(?<=[\'’])|(?![\\p{L}]))\\s*)+', 'iu');

/** Nouns for an outlet named by one word right after them ("la agencia Efe", "l'agenzia Ansa", "агентство ТАСС"). */
const OUTLET = /^(?:agencia|agenzia|agence|agencja|agentur|агентство|ajans|diario|periódico|quotidiano|giornale|journal|quotidien|gazeta|dziennik|газета|zeitung|gazete|cadena|emittente|chaîne|telewizja|телеканал|sender)$/iu;

/** Nouns for an organisation; "la società" is the one the article is about. */
const ORGANISATION = /^(?:società|azienda|gruppo|compañía|empresa|firma|société|entreprise|groupe|spółka|firma|koncern|компания|фирма|unternehmen|konzern|firma)$/iu;

/** Nouns for a report, study or statement: it speaks for its authors and is kept as the speaker. */
export const REPORT_NOUNS = 'rapporto|studio|documento|comunicato|nota|sondaggio|ricerca|indagine|relazione|' +
    'bericht|studie|mitteilung|erklärung|umfrage|rapport|étude|communiqué|enquête|sondage|informe|estudio|comunicado|encuesta|' +
    'raport|badanie|komunikat|dokument|oświadczenie|sondaż|analiza|доклад|отчёт|отчет|исследование|документ|заявление|опрос|rapor|araştırma|açıklama|bildiri';
const REPORT_HEAD = new RegExp(`^(?:${REPORT_NOUNS})$`, 'iu');

/** The head noun of a lower-case description, or undefined when it is not one. */
export function descriptionHead(phrase: string): string | undefined {
  const rest = phrase.trim().replace(LEADING, '');
  const head = /^\p{Ll}[\p{L}\p{M}-]{3,}/u.exec(rest)?.[0];
  return head;
}

/**
 * The name given with `phrase`'s head noun before `pos`: "el biólogo Ramón
 * Castillo" or "Ramón Castillo, biólogo" (the latest mention first); for an
 * organisation noun, the capitalised name most often written before `pos`.
 */
export function descriptionHolder(text: string, pos: number, phrase: string, lower: ReadonlySet<string>): string | undefined {
  const head = descriptionHead(phrase);
  if (!head || REPORT_HEAD.test(head)) return undefined;
  const before = text.slice(0, pos);
  // Gender and number endings differ between mentions ("bióloga", "biólogos"): match the stem.
  const stem = head.length >= 5 ? head.slice(0, -1) : head;
  const re = new RegExp(`(?<![\\p{L}])${escape(stem)}\\p{L}{0,2}(?![\\p{L}])`, 'giu');
  const hits = [...before.matchAll(re)].reverse();
  for (const h of hits) {
    // "Julián Herrero, vicepresidente del Partido Popular de Aragón": a name in apposition before the head is its holder,
    // before any name in the head's complement.
    const prior = /(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)+),\s*(?:\p{Ll}+\s+){0,2}$/u.exec(before.slice(Math.max(0, h.index - 80), h.index));
    if (prior) return prior[1];
    const after = text.slice(h.index + h[0].length, Math.min(pos, h.index + h[0].length + 140)).split(/[.;:!?\n"“”«»„]/u)[0];
    // A complement's run of three or more words carries the holder's name ("il sindaco di Milano Beppe Sala").
    const runs = [...after.matchAll(NAME_RUN)]
      .filter((r) => !isComplementAt(after, r.index) || r[0].trim().split(/\s+/).length >= 3)
      .map((r) => withoutOpeners(r[0], lower))
      .filter((r) => r.length > 1);
    const multi = runs.find((r) => /\s/.test(r));
    if (multi) return multi;
    // An outlet's one-word name stands right after its noun ("la agencia Efe informó").
    const one = OUTLET.test(head) ? /^\s+(\p{Lu}[\p{L}\p{M}'’.-]+)/u.exec(after)?.[1] : undefined;
    if (one !== undefined && !lower.has(one.toLowerCase())) return one;
  }
  if (ORGANISATION.test(head)) return mostNamed(before, lower);
  return undefined;
}

/** Languages whose verbs of saying stand without a subject pronoun ("”, aseguró.", "ha aggiunto", "dodał"). */
export const DROPS_SUBJECT: ReadonlySet<string> = new Set(['es', 'it', 'pl', 'pt']);

/**
 * The person a subjectless verb's quote belongs to: the last full name (two
 * or more capitalised words, not inside a complement) in the three sentences
 * before `pos` (and after `floor`); a lone acronym or place there is not taken.
 */
export function personBefore(text: string, sentences: readonly { start: number; end: number }[], pos: number, lower: ReadonlySet<string>, floor = 0): string | undefined {
  let i = sentences.length - 1;
  while (i >= 0 && sentences[i].start > pos) i--;
  const from = Math.max(floor, sentences[Math.max(0, i - 3)]?.start ?? 0);
  const piece = text.slice(from, pos);
  let best: string | undefined;
  for (const m of piece.matchAll(NAME_RUN)) {
    if (isComplementAt(piece, m.index) || isCredit(piece, m.index, m[0].length)) continue;
    // A run may cross a sentence end ("Ginebra. La OMS"): each sentence's part is a name of its own.
    for (const part of m[0].split(/[.!?]\s+/u)) {
      const name = withoutOpeners(part, lower);
      if (/\s/.test(name) && !/^\p{Lu}+$/u.test(name.split(/\s+/)[0])) best = name;
    }
  }
  return best;
}

/** A name between slashes ("/ Jakub Kaczmarczyk / PAP") is a photo credit: the photographer, who says nothing. */
export function isCredit(s: string, at: number, length: number): boolean {
  return /\/\s*$/u.test(s.slice(Math.max(0, at - 3), at)) && /^\s*\//u.test(s.slice(at + length, at + length + 3));
}

/**
 * The description that follows an addressee or time phrase after a verb:
 * "dijo a los periodistas la portavoz del Gobierno" → "la portavoz del
 * Gobierno" (an article not right after a preposition opens the subject).
 */
export function descriptionAfterFiller(seg: string): { name: string; at: number } | undefined {
  // "explicó a Efe un portavoz de la empresa": an indefinite article opens the subject too.
  for (const m of seg.matchAll(/(?<=\s)(?:el|la|los|las|le|les|il|lo|gli|un|una|uno|une)\s+\p{Ll}[\p{L}-]{3,}/gu)) {
    const prev = /([\p{L}]+)\s+$/u.exec(seg.slice(0, m.index));
    if (prev && PREPOSITIONS.has(prev[1].toLowerCase())) continue;
    return { name: seg.slice(m.index).trim(), at: m.index };
  }
  return undefined;
}

/** "Selon le porte-parole du gouvernement, « … »": the phrase after an "according to" word ending right before the quote. */
export function accordingBefore(clause: string, according: string): string | undefined {
  // Arabic: "وبحسب وزارة الصحة، فإن "…"" (its comma, then "so that").
  const m = new RegExp(`(?<![\\p{L}])(?:${according})\\s+([^,،.;:!?"“”«»„]{2,80}?)\\s*[,،]?\\s*(?:فإن|فان)?\\s*[:：]?\\s*$`, 'iu').exec(clause);
  if (m) return m[1].trim();
  // Turkish puts "according to" after its noun, in the dative: "Bakan Koca'ya göre “…”".
  const tr = /(?:^|[\s,])(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)['’](?:y?[ea]|n[ea])\s+göre\s*,?\s*$/u.exec(clause);
  return tr?.[1];
}

/** The capitalised name written most often in `s`, the first of equals. */
function mostNamed(s: string, lower: ReadonlySet<string>): string | undefined {
  const counts = new Map<string, number>();
  // Every mention counts, in complements too ("secondo Apple", "il supporto di Apple"): the company the article is
  // about is named most, in any role; a capitalised word of the opening line is named once.
  for (const m of s.matchAll(NAME_RUN)) {
    for (const w of withoutOpeners(m[0], lower).split(/\s+/)) {
      if (w.length < 2 || lower.has(w.toLowerCase())) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  // Ties go to the first named (the map keeps insertion order).
  let best: string | undefined;
  let n = 0;
  for (const [w, c] of counts) if (c > n) [best, n] = [w, c];
  return best;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
