/**
 * Speakers found beyond the quote's own sentence: colon cues across a
 * paragraph break, the attribution of the sentence or paragraph before, and
 * the main clause's subject before a colon.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/stages/analyze/quotes.js';
import { extractEntities } from '../../../src/stages/analyze/entities.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import type { Quote } from '../../../src/core/types.js';

function quotes(t: string): Quote[] {
  const s = splitSentences(t);
  return extractQuotes(t, s, extractEntities(t, s));
}
const said = (t: string): Array<[string, string | undefined]> => quotes(t).map((q) => [q.text, q.speaker]);

test('a colon ending the paragraph before gives the quote to its clause subject', () => {
  const t = 'The moderators kept interrupting Ted Cruz. That is, when they yielded to snark, Cruz called them on it:\n\n“The questions asked in this debate illustrate why people do not trust the media.”';
  assert.deepEqual(said(t), [['The questions asked in this debate illustrate why people do not trust the media.', 'Ted Cruz']]);
});

test('before a colon the main clause subject speaks, not a name in a leading clause', () => {
  const t = 'Bill Clinton met George Wallace in 1983. When Wallace died in 1998, Clinton released the following statement:\n\n“Hillary and I offer our condolences to the family and friends of George Wallace.”';
  assert.deepEqual(said(t), [['Hillary and I offer our condolences to the family and friends of George Wallace.', 'Bill Clinton']]);
});

test('a name written right before the colon is the source ("- Philip Bump:")', () => {
  const t = 'The interplay has been important for Republican contests - Philip Bump: “Two weeks ago, the strongest territory had been the South.”';
  assert.deepEqual(said(t), [['Two weeks ago, the strongest territory had been the South.', 'Philip Bump']]);
});

test('a quote after an attributed sentence goes on with that speaker', () => {
  const t = 'Tom Cole sees a risk. Yet Trump is also a “change agent,” Cole said. “That is exactly what people want right now, so he is well positioned.”';
  const qs = said(t);
  assert.deepEqual(qs[qs.length - 1], ['That is exactly what people want right now, so he is well positioned.', 'Tom Cole']);
});

test('a quote filling its paragraph takes the speaker of the paragraph before', () => {
  const t = 'Maria Lopez, a teacher, said she had waited for hours. “It was worth it,” she said.\n\n“I would do it again tomorrow, and so would my whole family.”';
  const qs = said(t);
  assert.equal(qs.length, 2);
  assert.deepEqual(qs.map((q) => q[1]), ['Maria Lopez', 'Maria Lopez']);
});

test('an attribution the splitter cut after a title still reaches the quote (“…,” Gov. | Kasich replied.)', () => {
  const t = 'David Muir asked a simple question: Who will win the Super Bowl?\n\n“Carolina’s going to win that one,” Gov. Kasich replied. “I hate to say it.”';
  assert.deepEqual(said(t), [['Carolina’s going to win that one', 'Kasich'], ['I hate to say it.', 'Kasich']]);
});

test('a name after a determiner before a colon is a modifier, not the subject', () => {
  const t = 'A man, angry at the Bush administration, interrupted the candidate:\n\n“They stole the country!”';
  assert.notEqual(said(t)[0][1], 'Bush');
});

test('mixed quote styles pair up (“…" and "…”), nested curly quotes stay inside a straight one', () => {
  assert.deepEqual(said('“At this point, I do not think there is bad publicity," said Atlantic City Mayor Don Guardian.'),
    [['At this point, I do not think there is bad publicity', 'Don Guardian']]);
  const t = 'Pat Caddell continued:\n\n"I am going to read you the question: “Do you think it matters?” Forty-three, yes."';
  const qs = quotes(t);
  assert.equal(qs.length, 1);
  assert.ok(qs[0].text.endsWith('Forty-three, yes.'));
});

test('a party tag or a possessive appositive between name and verb keeps the name as speaker', () => {
  assert.equal(said('“It is a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.')[0][1], 'Gwen Moore');
  assert.equal(said('“The veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.')[0][1], 'Mitch McConnell');
  assert.equal(said('“This campaign is revolutionizing politics,” Jeff Weaver, Sanders’ campaign manager, said in a statement.')[0][1], 'Jeff Weaver');
});

test('after a comma the writer’s phrase is not the subject: “…” in the primary, said Paul Beck', () => {
  const t = 'She “drew quite well from white, working-class Democrats” in the 2008 primary, said Ohio State University professor Paul Beck.';
  assert.equal(quotes(t)[0]?.speaker, 'Paul Beck');
});

test('a dash after the quote signs it, and separates one signed quote from the next', () => {
  const t = 'Readers wrote in.\n“He represents our greatest shame.” ― Sonya Herridge\n“He is ignorant of our culture.” ― Pamela Padilla\n\n"Boeing and GE pay zero taxes."\n\n- Sanders.';
  assert.deepEqual(said(t), [
    ['He represents our greatest shame.', 'Sonya Herridge'],
    ['He is ignorant of our culture.', 'Pamela Padilla'],
    ['Boeing and GE pay zero taxes.', 'Sanders'],
  ]);
});
