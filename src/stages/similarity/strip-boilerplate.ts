/**
 * Batch boilerplate removal for similarity: scraped news texts carry site
 * furniture (cookie notices, "we recorded a huge amount of connections from
 * your IP address", subscription prompts) that two unrelated articles from
 * one site share word for word, and that says nothing about the story. A run
 * of words that recurs in many distinct texts of the batch is such furniture
 * (a news story is retold in other words; a wire copy reaches a few texts,
 * not many), so its words are cut before features are read.
 */

/** The text's whitespace-separated tokens with their offsets. */
function tokens(text: string): { start: number; end: number; key: string }[] {
  const out: { start: number; end: number; key: string }[] = [];
  for (const m of text.matchAll(/\S+/gu)) out.push({ start: m.index, end: m.index + m[0].length, key: m[0].toLowerCase() });
  return out;
}

/**
 * Each text with the word runs it shares with at least `minTexts` distinct
 * texts of the batch (itself included) cut out; identical texts count once,
 * so a pair of two copies keeps its words. Whitespace before a kept word is
 * kept, and a line break inside a cut stays as one (the title's end).
 * @example stripBoilerplate(['a b c d e f x', 'a b c d e f y'], 6, 2) // ['x', 'y']
 */
export function stripBoilerplate(texts: readonly string[], shingle: number, minTexts: number): string[] {
  const toks = texts.map(tokens);
  const shingleKey = (t: { key: string }[], i: number) => t.slice(i, i + shingle).map((x) => x.key).join(' ');
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  texts.forEach((text, n) => {
    if (seen.has(text)) return;
    seen.add(text);
    const keys = new Set<string>();
    for (let i = 0; i + shingle <= toks[n].length; i++) keys.add(shingleKey(toks[n], i));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  return texts.map((text, n) => {
    const t = toks[n];
    const cut = new Uint8Array(t.length);
    let any = false;
    for (let i = 0; i + shingle <= t.length; i++) {
      if ((counts.get(shingleKey(t, i)) ?? 0) < minTexts) continue;
      cut.fill(1, i, i + shingle);
      any = true;
    }
    if (!any) return text;
    let out = '';
    let keptEnd = -1;
    for (let i = 0; i < t.length; i++) {
      if (cut[i]) continue;
      if (keptEnd >= 0) {
        // Across a cut, one separator: a line break if the cut held one (the title's end).
        const gap = text.slice(keptEnd, t[i].start);
        out += i > 0 && cut[i - 1] ? (gap.includes('\n') ? '\n' : ' ') : gap;
      }
      out += text.slice(t[i].start, t[i].end);
      keptEnd = t[i].end;
    }
    return out;
  });
}
