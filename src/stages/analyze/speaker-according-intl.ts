/**
 * An "according to" phrase that opens the quote's sentence ("Según el usuario, Beast y el Profesor X "mencionan …"",
 * "Selon les manifestants, la police « … »", "По словам врачей, пациент «…»"): when no verb of saying stands between
 * the phrase and the quotation, the sentence is reported from the phrase's noun, which is then the speaker, a name or a
 * description alike (not in Turkish, see below). `accordingBefore` (speaker-roles-intl.ts) reads the phrase only when it ends right before the
 * quote; a sentence that goes on after the phrase's comma (its own subject and verb, the quoted words inside) had no
 * speaker from it, so a capitalised word of that sentence or of the one before was taken.
 */

/** Conjunctions and connectives that may stand before the phrase ("Y según …", "Mais selon …", "Однако, по словам …"). */
const LEAD = /^(?:(?:y|e|et|und|mais|pero|ma|però|aber|a|ale|и|но|однако)\s*,?\s+)?/iu;

/**
 * The noun phrase after an "according to" word that opens `clause` (the sentence from its start to the quote's opening
 * mark) and ends with a comma, when the rest of the clause holds no verb of saying (`verbs`, the language's lexicon):
 * "según el usuario," → "el usuario". Undefined
 * when the phrase does not open the clause, has no comma after it, runs past eight words, or another verb of saying
 * (whose own subject speaks: "Según Reuters, el ministro dijo: "…"") stands after it.
 */
export function accordingOpening(clause: string, according: string, verbs: RegExp, lang: string): string | undefined {
  const s = clause.replace(/^[\s\-–—•"“”„«»]+/u, '').replace(LEAD, '');
  // Turkish is left out: its phrase before "göre" is mostly a statement in the dative ("… Müdürlüğünden yapılan
  // açıklamaya göre,"), whose issuer `turkishIssuer` reads with its case endings.
  if (lang === 'tr') return undefined;
  const m = new RegExp(`^(?:${according})\\s+([^,;:!?.()"“”«»„\\n]{2,80}?)\\s*,\\s*`, 'iu').exec(s);
  if (!m) return undefined;
  const phrase = m[1].trim();
  if (phrase.split(/\s+/u).length > 8) return undefined;
  const said = new RegExp(verbs.source, verbs.flags.replace('g', ''));
  // "Wie eine Polizeisprecherin am Donnerstag sagte, …": a clause with its own verb, whose subject the other rules read.
  if (said.test(phrase)) return undefined;
  const rest = s.slice(m.index + m[0].length);
  // Another quotation between the phrase and this one has its own attribution.
  if (/["“”„«»]/u.test(rest)) return undefined;
  if (said.test(rest)) return undefined;
  return phrase;
}
