/**
 * A dictd index and dictionary text built from entries as FreeDict writes
 * them, for the lexicon-pack tests: the headword is the entry's first word
 * before a pronunciation or the line end, offsets and lengths in bytes and
 * in dictd's base 64, as the real files count them.
 */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function b64(n: number): string {
  let s = '';
  do {
    s = B64[n % 64] + s;
    n = Math.floor(n / 64);
  } while (n > 0);
  return s;
}

export function dictd(entries: readonly string[]): { index: string; dict: string } {
  let dict = '';
  const lines: string[] = [];
  for (const e of entries) {
    lines.push(`${e.split(/\s\/|\n/)[0]}\t${b64(Buffer.byteLength(dict))}\t${b64(Buffer.byteLength(e))}`);
    dict += e;
  }
  return { index: `${lines.join('\n')}\n`, dict };
}
