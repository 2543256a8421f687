import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { repairInvisible, repairMojibake, repairText } from '../../../src/stages/clean/repair-text.js';
import { decodeEntities } from '../../../src/stages/clean/html-entities.js';
import { bodyLines, normalizeLine } from '../../../src/stages/clean/normalize-text.js';

/** What a page looks like after its UTF-8 bytes were read as windows-1252. */
function mojibake(s: string): string {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  return [...Buffer.from(s, 'utf8')].map((b) => (b >= 0x80 && b <= 0x9f ? high[b - 0x80] : String.fromCharCode(b))).join('');
}

test('double-encoded UTF-8 in German, Turkish, French and Spanish news is repaired', () => {
  const cases = [
    'Die Bundesregierung prüft schärfere Maßnahmen gegen Übergriffe.',
    'Günlük gazetede Türkiye’nin ekonomik büyümesi ele alındı; İstanbul’da toplantı düzenlendi.',
    'Le président a déclaré à la presse qu’il était « très préoccupé » par la situation.',
    'El presidente señaló que la reunión en Bogotá fue «muy productiva», según la agencia.',
    'Biden said “we’re ready” — and Putin’s reply came… later – at 10 €.',
  ];
  for (const good of cases) {
    const bad = mojibake(good);
    assert.notEqual(bad, good);
    assert.equal(repairText(bad), good, bad);
  }
  assert.equal(repairText('gÃ¼nlÃ¼k'), 'günlük');
  assert.equal(repairText('Itâ€™s'), 'It’s');
  assert.equal(repairText('â€œQuoteâ€\u009d'), '“Quote”');
});

test('triple encoding is undone too', () => {
  const good = 'Müller’s “Übersicht” für Zürich';
  assert.equal(repairText(mojibake(mojibake(good))), good);
});

test('correct text that merely contains the marker letters is not touched', () => {
  const fine = [
    'SÃO PAULO — A AÇÃO do governo foi anunciada em São Paulo.',
    'NÃO É verdade, disse o ministro.',
    '„Gruß“ schrieb er, »Straße« und „GRÖẞE“ stehen da.',
    'Ça va? À bientôt, Ève. Ô mon Dieu!',
    'The fee was £5 ± 2 ° and ©2024 ® ™.',
    'Ø « nord » og Å.',
  ];
  for (const s of fine) assert.equal(repairText(s), s, s);
});

test('HTML entities left in text are decoded, "AT&T" and unknown names stay', () => {
  assert.equal(decodeEntities('Tom &amp; Jerry&#8217;s caf&eacute; &#x2014; &hellip;'), 'Tom & Jerry’s café — …');
  assert.equal(repairText('AT&T and R&D; &madeup; stay'), 'AT&T and R&D; &madeup; stay');
  assert.equal(repairText('price&nbsp;10&nbsp;&euro;'), 'price 10 €');
  assert.equal(repairText('double &amp;quot;escaped&amp;quot;'), 'double "escaped"');
  // &#146; is the windows-1252 apostrophe, as browsers read it.
  assert.equal(repairText('don&#146;t'), 'don’t');
});

test('NBSP becomes a space; zero-width spaces and soft hyphens vanish', () => {
  assert.equal(repairInvisible('a\u00a0b\u200bc\u00add\ufeffe\u2060f'), 'a bcdef');
  assert.equal(repairText('Bundes\u00adregierung'), 'Bundesregierung');
});

test('ZWJ inside emoji sequences and ZWNJ in Persian are kept, stray ones removed', () => {
  const emoji = 'Team 👩\u200d💻 and 🏳\ufe0f\u200d🌈 flags';
  assert.equal(repairText(emoji), emoji);
  const persian = 'می\u200cخواهم';
  assert.equal(repairText(persian), persian);
  assert.equal(repairText('zero\u200cwidth\u200dhere'), 'zerowidthhere');
});

test('text is NFC-normalised', () => {
  assert.equal(repairText('Cafe\u0301'), 'Café');
});

test('the clean stage repairs lines before anything else', () => {
  assert.equal(normalizeLine('  Mo&shy;scow&nbsp;said  gÃ¼nlÃ¼k '), 'Moscow said günlük');
  assert.deepEqual(bodyLines('A â€“ B\n\n&amp; C'), ['A – B', '& C']);
});

test('property: repair is idempotent on any text', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
    const once = repairText(s);
    assert.equal(repairText(once), once);
  }), { numRuns: 1000 });
  fc.assert(fc.property(fc.string(), (s) => {
    const bad = mojibake(s);
    const once = repairText(bad);
    assert.equal(repairText(once), once);
  }), { numRuns: 1000 });
});

test('property: clean ASCII and valid NFC text without entities is unchanged', () => {
  const printable = fc.string({ unit: fc.constantFrom(...' abcdefghijklmnopqrstuvwxyzABCXYZ0123456789.,;:!?"\'()-/#'.split('')) });
  fc.assert(fc.property(printable, (s) => assert.equal(repairText(s), s)), { numRuns: 1000 });
  const words = ['günlük', 'São', 'Straße', '“quoted”', '—', 'café', 'Ελλάδα', 'Москва', 'القاهرة', '東京', 'Ñandú', 'Å', 'naïve', '€5', '«oui»', 'Œuvre'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (ws) => {
    const s = ws.join(' ');
    assert.equal(repairText(s), s);
  }), { numRuns: 1000 });
});

test('property: mojibake of any Latin text is repaired exactly', () => {
  // Words (capital first, lowercase after) with punctuation set apart: a
  // real "aÄ”" is as ambiguous as its mojibake, and no writer produces it.
  const lower = fc.string({ unit: fc.constantFrom(...'aeiouäöüßéèêàçñğışłő'.split('')), minLength: 2, maxLength: 8 });
  const word = fc.tuple(fc.constantFrom('', ...'ÄÖÜÉÇŞİŁBZ'.split('')), lower).map(([a, b]) => a + b);
  const letters = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ’ ', ' “', ' ” ', ' – ', ' — ', ' …'))).map((ps) => ps.map(([w, sep]) => w + sep).join(''));
  fc.assert(fc.property(letters, (s) => assert.equal(repairMojibake(mojibake(s)), s)), { numRuns: 1000 });
});
