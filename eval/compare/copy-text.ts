/**
 * The texts of the built corpora's copies (build-corpora.ts), made the way
 * aggregators republish: another headline, trimmed (twice, for a copy of a
 * copy), a light rewrite; and telling one wire text carried by two outlets
 * apart from two reports, so two carriers are never picked as two originals.
 */

export function paragraphs(text: string): string[] {
  return text.split(/\n+/).map((p) => p.trim()).filter((p) => p !== '');
}

/** Another headline, as aggregators write them. */
export function headline(title: string, seed: number): string {
  const words = title.replace(/\s+[|–-]\s+[^|–-]+$/, '').split(/\s+/);
  const short = words.slice(0, Math.max(5, Math.min(words.length, 9))).join(' ');
  const forms = [`${short}: what we know`, `Report: ${short}`, `${short} (update)`, `Latest: ${short}`];
  return forms[seed % forms.length]!;
}

/** Trimmed: the lead kept, one early paragraph dropped, the last ~40 % cut. */
export function trim(text: string): string {
  const ps = paragraphs(text);
  const keep = Math.max(3, Math.ceil(ps.length * 0.6));
  return ps.filter((_, i) => i !== 2).slice(0, keep).join('\n\n');
}

const REWRITES: readonly (readonly [RegExp, string])[] = [
  [/\bhowever,\s*/gi, 'but '],
  [/\bapproximately\b/g, 'about'],
  [/\bannounced\b/g, 'said'],
  [/\bpurchase\b/g, 'buy'],
  [/\bIn addition,\s*/g, 'Also, '],
  [/\bsaid in a statement\b/g, 'said in a written statement'],
  [/\bdo not\b/g, "don't"],
  [/\bis not\b/g, "isn't"],
  [/\bwill not\b/g, "won't"],
  [/\bcannot\b/g, "can't"],
];

/** Trimmed differently (for a copy of a copy): the second paragraph dropped, the last ~30 % cut. */
export function trimAgain(text: string): string {
  const ps = paragraphs(text);
  const keep = Math.max(3, Math.ceil(ps.length * 0.7));
  return ps.filter((_, i) => i !== 1).slice(0, keep).join('\n\n');
}

/** Word 5-grams of a text, for telling two carriers of one wire text apart from two reports. */
function shingles(text: string): Set<string> {
  const w = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 5 <= w.length; i++) out.add(w.slice(i, i + 5).join(' '));
  return out;
}

/** True when most of the shorter text's 5-grams are in the other: one text carried twice (a wire story on two sites). */
export function sameText(a: string, b: string): boolean {
  const x = shingles(a);
  const y = shingles(b);
  const [small, big] = x.size <= y.size ? [x, y] : [y, x];
  let common = 0;
  for (const s of small) if (big.has(s)) common++;
  return small.size > 0 && common / small.size > 0.5;
}

/** A light rewrite: a few words swapped, every sixth sentence dropped, paragraphs 2 and 3 swapped. */
export function rewrite(text: string): string {
  const ps = paragraphs(text).map((p) => {
    const sentences = p.split(/(?<=[.!?]["”’]?)\s+(?=[A-Z“"])/);
    return sentences.filter((_, i) => sentences.length < 3 || i % 6 !== 5).join(' ');
  });
  if (ps.length > 3) [ps[1], ps[2]] = [ps[2]!, ps[1]!];
  let out = ps.join('\n\n');
  for (const [re, to] of REWRITES) out = out.replace(re, to);
  return out;
}
