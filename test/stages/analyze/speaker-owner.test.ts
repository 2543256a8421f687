import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/stages/analyze/quotes.js';
import { extractEntities } from '../../../src/stages/analyze/entities.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

const said = (t: string): Array<[string, string | undefined]> => {
  const s = splitSentences(t);
  return extractQuotes(t, s, extractEntities(t, s)).map((q) => [q.text, q.speaker]);
};

// speaker-subjects.ts ownerOf
test('a name after "for" or "of" and a noun phrase is that phrase’s complement: the phrase speaks', () => {
  assert.deepEqual(said('“We will win,” a spokesman for Hillary Clinton said.'), [['We will win', 'a spokesman for Hillary Clinton']]);
  assert.deepEqual(said('“We disagree,” the head of the World Health Organization said.'), [['We disagree', 'the head of the World Health Organization']]);
  assert.deepEqual(said('“We will win,” Hillary Clinton said.'), [['We will win', 'Hillary Clinton']]);
});

// speaker-subjects.ts signedAfterQuote
test('a lone capitalised word between the closing mark and "said" signs the quotation, English word or not', () => {
  assert.deepEqual(said('“They took his slogan and gave it to Trump,” Hale said.'), [['They took his slogan and gave it to Trump', 'Hale']]);
  assert.deepEqual(said('“It is a different world now for all of us,” From said.'), [['It is a different world now for all of us', 'From']]);
  // Not a clause opener, page furniture or a title-case headline.
  assert.notDeepEqual(said('“Gee, that is too bad for him.” When asked by a reporter, he smiled.').map(([, s]) => s), ['When']);
  assert.notDeepEqual(said('“We are so honoured to be part of it,” she said. “I just feel so honoured.” Story continues below.').map(([, s]) => s).slice(1), ['Story']);
});

// speaker-cues.ts INVERTING
test('whom someone told is the listener, never the speaker', () => {
  const got = said('Newt Gingrich spoke on Fox about his plans. “I like circuses and I like clowns,” told Bill O’Reilly.');
  assert.equal(got.length, 1);
  assert.notEqual(got[0]![1], 'Bill O’Reilly');
});

// speaker-cues.ts VERB_RE, speaker-subjects.ts SKIPPABLE, entity-candidates.ts EATERY_HEADS
test('more verbs of saying, a future "he will say", and an eatery is no person', () => {
  assert.deepEqual(said('Kevin Williamson wrote a column. “The marketplace has not failed the white working class,” he mocks.'), [['The marketplace has not failed the white working class', 'Kevin Williamson']]);
  assert.deepEqual(said('“Until you have sat at that desk, you do not know what it is like,” Obama will say.'), [['Until you have sat at that desk, you do not know what it is like', 'Obama']]);
  const t = 'Raina Huang ate at the La Habra Crab Shack on Sunday.';
  const s = splitSentences(t);
  assert.deepEqual(extractEntities(t, s).filter((e) => e.name === 'La Habra Crab Shack').map((e) => e.type), ['organization']);
});

// speaker-subjects.ts colonSubject OBJECT_BEFORE
test('a name after a preposition before a colon is an object: the clause’s subject speaks', () => {
  assert.deepEqual(said('Mitch McConnell spoke in the Senate. He delivered a blunt message to Donald Trump: “It is time to quit attacking people.”'), [['It is time to quit attacking people.', 'Mitch McConnell']]);
  assert.deepEqual(said('Donald Trump: “It is time to quit attacking people.”'), [['It is time to quit attacking people.', 'Donald Trump']]);
});

// quotes.ts signedRightAfter
test('a speaker signing right after the closing mark outranks the colon that opened the quotation', () => {
  assert.deepEqual(said('Jake Sullivan answered the question, with a caveat: “The person in question is one of many participants,” the source said.').map(([, s]) => s), ['the source']);
  // Not across a sentence end: after "….”" the next sentence's attribution is another quotation's.
  assert.deepEqual(said('Chuck Grassley posted online. Grassley wrote: “Whoever keeps watch on the economy has done well.” He added, “This is what I have preached.”').map(([, s]) => s)[0], 'Chuck Grassley');
});

// entity-candidates.ts sequences: a middle initial
test('a middle initial stays inside the name: "John F. Kennedy", "Michael P. McDonald"', () => {
  for (const name of ['John F. Kennedy', 'Michael P. McDonald']) {
    const t = `${name} spoke on Monday in the capital.`;
    const s = splitSentences(t);
    assert.deepEqual(extractEntities(t, s).filter((e) => e.type === 'person').map((e) => e.name), [name]);
  }
  // A run in capitals is no given name before an initial.
  const t = 'KRISHNAMOORTHY A. Sharma spoke.';
  assert.ok(!extractEntities(t, splitSentences(t)).some((e) => e.name.includes('KRISHNAMOORTHY A. Sharma')));
});

// speaker-subjects.ts subjectAfter, quotes.ts OBJECT_BEFORE
test('a quoted name in an object’s place is whom or what the clause names, not words said', () => {
  // The phrase after "according to" cut at a preposition: the quotation is its object, nobody's remark.
  assert.deepEqual(said('According to a poll for "SE" a little over a week ago, Trzaskowski has the support of 16.54 percent.'), []);
  assert.deepEqual(said('He told "Gazeta" that he would win. "We will win," he said.'), [['We will win', 'he']]);
  assert.deepEqual(said('That is roughly the number of “Never Trump” Americans who will vote for him.'), []);
  // Words said stay quotations: not a name in title case, or not after an object's word.
  assert.deepEqual(said('According to a poll for the paper, “we are winning,” Duda said.'), [['we are winning', 'Duda']]);
  assert.deepEqual(said('“Never Again,” she told the crowd.'), [['Never Again', 'she']]);
});

// speaker-subjects.ts gapInName
test('a speaker’s phrase never runs across a paragraph break', () => {
  assert.deepEqual(said('Nairobi - The rest of the news goes here.\n\n"We will be back," said the rest of the news\n\nFor any information or claim, write to us.'), [['We will be back', 'the rest of the news']]);
});
