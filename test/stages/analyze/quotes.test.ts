import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes, findQuoteMarks } from '../../../src/stages/analyze/quotes.js';
import { extractEntities } from '../../../src/stages/analyze/entities.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import type { Quote } from '../../../src/core/types.js';

function quotes(t: string): Quote[] {
  const s = splitSentences(t);
  const qs = extractQuotes(t, s, extractEntities(t, s));
  for (const q of qs) assert.equal(t.slice(q.start, q.end), q.text);
  return qs;
}
const said = (t: string): Array<[string, string | undefined]> => quotes(t).map((q) => [q.text, q.speaker]);
const mention = (t: string, q: Quote): string | undefined => (q.speakerMention ? t.slice(q.speakerMention.start, q.speakerMention.end) : undefined);

// Surnames of well-known people resolve to the full name even when only the surname is written.
test('curly, German, guillemet, single and straight quote styles', () => {
  // No list of known people: a surname the article never expands stays a surname.
  assert.deepEqual(said('“We expect it to be a long one,” Peskov added.'), [['We expect it to be a long one', 'Peskov']]);
  assert.deepEqual(said('Dmitry Peskov spoke. „We expect it to be a long one,” Peskov added.'), [['We expect it to be a long one', 'Dmitry Peskov']]);
  assert.deepEqual(said('Dmitry Peskov spoke. „Wir erwarten ein langes Gespräch“, Peskov added.'), [['Wir erwarten ein langes Gespräch', 'Dmitry Peskov']]);
  assert.deepEqual(said('Dmitry Peskov spoke. «Nous attendons une longue conversation», Peskov added.'), [['Nous attendons une longue conversation', 'Dmitry Peskov']]);
  assert.deepEqual(said('Dmitry Peskov spoke. ‘We expect it to be a long one,’ Peskov added.'), [['We expect it to be a long one', 'Dmitry Peskov']]);
  assert.deepEqual(said('Dmitry Peskov spoke. "We expect it to be a long one," Peskov added.'), [['We expect it to be a long one', 'Dmitry Peskov']]);
});

test('apostrophes never open or close a quote', () => {
  assert.deepEqual(findQuoteMarks('The country’s border and the United States‘ support and Biden’s plan.'), []);
  assert.deepEqual(said('Joe Biden spoke. ‘I don’t accept anybody’s red lines,’ Biden said.'), [['I don’t accept anybody’s red lines', 'Joe Biden']]);
  assert.deepEqual(said('The States’ view was that “the country’s border must hold firm,” Blinken said.'), [['the country’s border must hold firm', 'Blinken']]);
});

test('a quote split by its attribution gives two quotes with one speaker', () => {
  const t = 'Jen Psaki spoke. “We know what he has done,” Psaki said. “We see that he is putting it in place.”';
  assert.deepEqual(said(t), [['We know what he has done', 'Jen Psaki'], ['We see that he is putting it in place.', 'Jen Psaki']]);
});

test('a quote filling a paragraph without a closing mark runs to the paragraph end', () => {
  const t = 'Peskov said this:\n\n“There will be no live broadcast. The meeting will be held in camera.\n\nNext paragraph.';
  assert.deepEqual(findQuoteMarks(t).map((m) => t.slice(m.inner.start, m.inner.end)), ['There will be no live broadcast. The meeting will be held in camera.']);
});

test('attribution forms: X said, said X, told, according to, quoted X as saying', () => {
  const base = 'Kremlin spokesman Dmitry Peskov spoke on Monday. ';
  assert.equal(quotes(`${base}“The conversation will take place on Tuesday,” Peskov told Reuters.`)[0].speaker, 'Dmitry Peskov');
  assert.equal(quotes(`“The conversation will take place on Tuesday,” said Kremlin spokesman Dmitry Peskov.`)[0].speaker, 'Dmitry Peskov');
  const t = `${base}The Interfax agency quoted him as saying that “the two presidents will decide themselves.”`;
  const q = quotes(t)[0];
  assert.equal(q.speaker, 'Dmitry Peskov');
  assert.equal(mention(t, q), 'him');
  const org = 'Biden met allies to discuss “their shared concern about the Russian build-up,” according to a White House statement.';
  assert.equal(quotes(org)[0].speaker, 'White House');
  const pent = 'The country is tense. Pentagon spokesman John Kirby said “we continue to see additional capabilities near the border.”';
  const k = quotes(pent)[0];
  assert.equal(k.speaker, 'John Kirby');
  assert.equal(k.role, 'Pentagon spokesman');
});

test('pronouns resolve to the latest compatible speaker, not the latest name', () => {
  const t = 'Kremlin spokesman Dmitry Peskov said talks between Biden and Putin would be secret.\n\n“There will be no live broadcast,” he said, according to Tass.';
  const q = quotes(t).find((x) => x.text.startsWith('There'));
  assert.equal(q?.speaker, 'Dmitry Peskov');
  assert.equal(q !== undefined ? mention(t, q) : '', 'he');
  const she = 'White House press secretary Jen Psaki spoke after Biden said little. “We know what he has done,” she said.';
  assert.equal(quotes(she)[0].speaker, 'Jen Psaki');
});

test('a garbled "he said. X said." names the speaker in the next sentence', () => {
  const t = 'President Putin continues to add troops.\n\n“What we continue to see are additional capabilities,” he said. Pentagon spokesman John Kirby said.';
  assert.equal(quotes(t)[0].speaker, 'John Kirby');
});

test('role nouns resolve to the person holding the role; descriptions stay descriptions', () => {
  const t = 'US President Joe Biden and Russian President Vladimir Putin will talk. "We have been aware of Russian moves for a long time," the US president said.';
  assert.equal(quotes(t)[0].speaker, 'Joe Biden');
  const d = 'The US is ready to take “significant economic countermeasures against Moscow,” a senior administration official told reporters.';
  const q = quotes(d)[0];
  assert.equal(q.speaker, 'a senior administration official');
  assert.equal(mention(d, q), 'a senior administration official');
});

test('scare quotes and titles are not quotes; short attributed fragments are', () => {
  assert.deepEqual(said('They include a potential “nuclear option” to cut Russia from SWIFT.'), []);
  assert.deepEqual(said('In a “grim” briefing to senators, she was frank, said a person familiar with it.'), []);
  assert.deepEqual(said('The film “War and Peace” was shown in Moscow.'), []);
  assert.deepEqual(said('Kremlin spokesman Dmitry Peskov said the talks will be held via a video link „behind closed doors.”'), [['behind closed doors.', 'Dmitry Peskov']]);
});

import { findQuotes } from '../../../src/stages/analyze/quotes.js';
import { tokenize } from '../../../src/stages/analyze/tokens.js';

function findings(t: string) {
  const s = splitSentences(t);
  const tk = tokenize(t, s);
  return findQuotes(t, tk, s, extractEntities(t, s)).map((f) => ({ text: f.quote.text, direct: f.direct, group: f.group, speaker: f.quote.speaker }));
}

test('direct quotes stand on their own; words woven into the writer’s clause are partial', () => {
  const t = 'Senator Lindsey Graham spoke on Monday. Graham said, “We are losing the Hispanic vote.” He called the plan “a form of intimidation that undermines liberty.”';
  const f = findings(t);
  assert.deepEqual(f.map((x) => [x.text, x.direct]), [['We are losing the Hispanic vote.', true], ['a form of intimidation that undermines liberty.', false]]);
  const u = findings('Ryan said Obama’s words “amount to a form of intimidation” and left.');
  assert.equal(u[0].direct, false);
  const c = findings('“Yes, I support Ted Cruz,” Brent Bozell, founder of the Media Research Center, concludes.');
  assert.deepEqual(c.map((x) => [x.direct, x.speaker]), [[true, 'Brent Bozell']]);
});

test('pieces of one statement share a group, over paragraphs too; a new attribution starts a new one', () => {
  const t = '“CNN has done an awful job,” Charles Barkley said. “They have followed ratings.”\n\n“And it’s become sad.”\n\n“I like Kasich,” he added.';
  const f = findings(t);
  assert.deepEqual(f.map((x) => x.group), [0, 0, 0, 1]);
  assert.ok(f.every((x) => x.speaker === 'Charles Barkley'));
  const open = 'Maria Espinoza spoke. She said:\n\n“Fourteen years in Congress is long enough.\n\n“Conservatives can no longer count on him,” Espinoza said.';
  const g = findings(open);
  assert.deepEqual(g.map((x) => [x.group, x.speaker]), [[0, 'Maria Espinoza'], [0, 'Maria Espinoza']]);
});

test('participles take their clause’s subject; “quoted him as saying” stays with the quoted person', () => {
  const t = 'Donald Trump hit back on Tuesday, saying, “She is a disaster.”';
  assert.equal(findings(t)[0].speaker, 'Donald Trump');
});

test('an attribution opening the next sentence, a colon, pronouns without a known name, descriptions', () => {
  const t = 'Donald Trump spoke in Iowa.\n\n“We need it NOW!” Trump said on Twitter.';
  assert.deepEqual(findings(t).map((x) => [x.direct, x.speaker]), [[true, 'Donald Trump']]);
  const colon = 'Senator Lindsey Graham leaned in and boomed: “Let’s defeat her in November.”';
  assert.equal(findings(colon)[0].speaker, 'Lindsey Graham');
  const she = 'The shop was busy.\n\n“I’ve had two grants,” she said.';
  const q = quotes(she)[0];
  assert.equal(q.speaker, 'she');
  assert.equal(mention(she, q), 'she');
  const old = '“Donald is an amazing leader,” said the 46-year-old.';
  assert.equal(quotes(old)[0].speaker, 'the 46-year-old');
  const rep = '“It’s not new in Virginia,” said Rep. Bobby Scott at the time.';
  assert.equal(quotes(rep)[0].speaker, 'Bobby Scott');
});

test('"X told AFP: “…”" is X\'s, not the outlet\'s; "despite some media reports" is no attribution', () => {
  assert.deepEqual(said('Wasana Ranasinghe, spokeswoman for the campaign group, told AFP: “We had more than we expected.”'), [['We had more than we expected.', 'Wasana Ranasinghe']]);
  const t = 'Spacey\'s attorney, Jennifer Keller, told the Los Angeles Times that Spacey "paid no money to settle the lawsuit" despite some media reports to the contrary.';
  assert.deepEqual(said(t), [['paid no money to settle the lawsuit', 'Jennifer Keller']]);
});

test('a word quoted as a word or the name of a work or an event is no quote', () => {
  assert.deepEqual(said('The WHO says it does not use “superspreading” as a technical term. The term “superspreader” implies blame, experts said.'), []);
  assert.deepEqual(said('For details, click here. Katara will host the "It is our right to dream" exhibition by the sculptor.'), []);
  // A remark a verb of saying attributes stays one.
  assert.deepEqual(said('“It is our right to dream,” the sculptor said.'), [['It is our right to dream', 'the sculptor']]);
});

test('a lone capitalised word no entity rule took, and no English word, is a speaker\'s name: "Kumud adds"', () => {
  assert.deepEqual(said('Hinting at domestic violence, Kumud adds, "We pretend that it is not happening."'), [['We pretend that it is not happening.', 'Kumud']]);
});

test('"A WHO spokesman, asked about …, recently said, “…”": the phrase before the participle clause is the subject', () => {
  assert.deepEqual(said('A WHO spokesman, asked about groups of infections in Singapore, France and elsewhere, recently said, “We do not have enough evidence.”'), [['We do not have enough evidence.', 'a WHO spokesman']]);
});

test('titles in title case with short function words, and terms after "known as" or "translates to", are no quotes', () => {
  assert.deepEqual(said('Filming on “Fear the Walking Dead” and “The Walking Dead: World Beyond” is on hold.'), []);
  assert.deepEqual(said('JAL brings back a tradition known as “Hatsuhinode,” which translates to “welcoming the first sunrise,” the airline said.'), []);
});

test('"the soldier is quoted as saying" gives the quote to the soldier, not to the object of an earlier verb', () => {
  assert.deepEqual(said('A soldier told TheCable that the insurgents were already in the town. “Michika is under attack right now,” the soldier is quoted as saying.'), [['Michika is under attack right now', 'the soldier']]);
});

test('a bare plural naming a group of people speaks: "demonstrators chanted “We burned them!”"', () => {
  assert.deepEqual(said('Leaving the heavily guarded Green Zone, demonstrators chanted "We burned them!" Trucks took away supplies.'), [['We burned them!', 'demonstrators']]);
});

test('"known as the “party of the year”" is a name, not a quote', () => {
  assert.deepEqual(said('The Golden Globes, known as the “party of the year,” is going with a meatless menu, the association said.'), []);
});
