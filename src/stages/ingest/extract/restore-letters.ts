/**
 * Letters lost to a wrong charset: a Latin-1 page read as UTF-8 turns every
 * "ö" into U+FFFD ("h�here Erl�sobergrenzen"), and the byte is gone. The
 * same page often spells the word correctly elsewhere (entities in the body or
 * the description: "h&ouml;here"), so a word with lost letters is restored
 * from the page's own words when exactly one of them fits it, letter for
 * letter. Words with no unique match keep their U+FFFD: guessing "ä" or "ü"
 * would invent text.
 */

const LOST = '\uFFFD';
const WORD = /[\p{L}\p{M}\uFFFD]+/gu;

/** The page's words without lost letters, by length, for lookups. */
export function letterDictionary(texts: readonly string[]): Map<number, Set<string>> {
  const byLength = new Map<number, Set<string>>();
  for (const t of texts) {
    for (const m of t.matchAll(WORD)) {
      const w = m[0];
      if (w.includes(LOST) || w.length < 2) continue;
      let set = byLength.get(w.length);
      if (!set) byLength.set(w.length, (set = new Set()));
      set.add(w);
    }
  }
  return byLength;
}

function fits(broken: string, word: string): boolean {
  for (let i = 0; i < broken.length; i++) {
    const b = broken[i];
    if (b === LOST) {
      // A lost letter was a letter outside ASCII.
      if (word.charCodeAt(i) < 0x80) return false;
    } else if (b !== word[i] && b.toLowerCase() !== word[i].toLowerCase()) return false;
  }
  return true;
}

/** The word with its lost letters restored, keeping the broken word's case, or the word as it was. */
function restoreWord(broken: string, dictionary: Map<number, Set<string>>): string {
  const candidates = new Set<string>();
  for (const w of dictionary.get(broken.length) ?? []) {
    if (fits(broken, w)) candidates.add([...broken].map((c, i) => (c === LOST ? w[i] : c)).join(''));
    if (candidates.size > 1) return broken;
  }
  return candidates.size === 1 ? [...candidates][0] : broken;
}

/**
 * Text with every lost letter restored that the page's words determine.
 * @example restoreLostLetters('h\uFFFDhere Preise', letterDictionary(['höhere Kosten'])) // 'höhere Preise'
 */
export function restoreLostLetters(text: string, dictionary: Map<number, Set<string>>): string {
  if (!text.includes(LOST)) return text;
  // A page read with the wrong charset repeats its broken words ("f\uFFFDr" a hundred times): each is looked up once.
  const seen = new Map<string, string>();
  return text.replace(WORD, (w) => {
    if (!w.includes(LOST)) return w;
    let r = seen.get(w);
    if (r === undefined) seen.set(w, (r = restoreWord(w, dictionary)));
    return r;
  });
}
