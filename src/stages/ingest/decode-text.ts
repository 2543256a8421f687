/**
 * Bytes of a text input file → text. UTF-8 (with or without a BOM) and
 * UTF-16 (with a BOM, or without one when the zero bytes show it, as files
 * saved by Windows tools often are) are decoded; anything else with NUL
 * bytes is binary and anything else invalid is refused, each with a reason.
 */

export type DecodedText = { readonly text: string } | { readonly problem: string };

/** UTF-16 without a BOM: in mostly-Latin text every other byte is zero. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 1024);
  if (n < 16) return undefined;
  let evenZero = 0, oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero === 0) return 'utf-16be';
  return undefined;
}

function decodeStrict(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * @example decodeText(new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00])) // { text: 'hi' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (bom16) {
    // TextDecoder drops the BOM itself.
    const text = decodeStrict(bom16, bytes);
    return text !== undefined ? { text } : { problem: `not valid ${bom16.toUpperCase()} text` };
  }
  const sniffed = bytes.includes(0) ? sniffUtf16(bytes) : undefined;
  if (sniffed) {
    // Without a BOM it is only a guess: text it must be, or the file is binary after all.
    const text = decodeStrict(sniffed, bytes);
    if (text !== undefined && !/[\u0000-\u0008\u000e-\u001f]/.test(text)) return { text };
  }
  if (bytes.includes(0)) return { problem: 'binary file (contains NUL bytes), not text' };
  const text = decodeStrict('utf-8', bytes);
  return text !== undefined ? { text } : { problem: 'not valid UTF-8 text' };
}
