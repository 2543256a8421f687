import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, sameEntity } from '../../../src/stages/analyze/index.js';
import { articleIdFor } from '../../../src/core/ids.js';
import type { CleanArticle } from '../../../src/core/types.js';
import { loadExamples } from '../../golden/analyze/examples.js';

const examples = new Map(loadExamples().map((e) => [e.name, e.article]));
const analyses = new Map([...examples].map(([k, a]) => [k, analyze(a)]));

// The quotes and speakers EXPECTED.md lists for the five example articles.
const EXPECTED_QUOTES: ReadonlyArray<[string, string, string]> = [
  ['000', 'Dmitry Peskov', 'We expect it to be a long one'],
  ['000', 'Dmitry Peskov', 'behind closed doors'],
  ['000', 'White House', 'The leaders will discuss a range of topics'],
  ['001', 'White House', 'The leaders will discuss a range of topics'],
  ['001', 'Dmitry Peskov', 'There will be no live broadcast'],
  ['002', 'Dmitry Peskov', 'The conversation will indeed take place on Tuesday'],
  ['002', 'Joe Biden', 'accept anybody'],
  ['003', 'Joe Biden', 'accept anyone'],
  ['003', 'Joe Biden', 'What I am doing is putting together'],
  ['003', 'Jen Psaki', 'We know what President Putin has done in the past'],
  ['003', 'Dmitry Peskov', 'the presidents will decide themselves'],
  ['001', 'John Kirby', 'What we continue to see'],
  ['001', 'a senior administration official', 'intensive discussions'],
  ['004', 'Joe Biden', 'We have been aware of Russian moves'],
];

for (const [art, speaker, words] of EXPECTED_QUOTES) {
  test(`example ${art}: “${words}…” is attributed to ${speaker}`, () => {
    const q = analyses.get(art)?.quotes.find((x) => x.text.includes(words));
    assert.ok(q, `quote not found: ${words}`);
    assert.equal(q.speaker, speaker);
  });
}

test('examples: scare quotes are not reported as quotes', () => {
  const texts = analyses.get('001')?.quotes.map((q) => q.text) ?? [];
  assert.ok(!texts.includes('grim'));
  assert.ok(!texts.includes('nuclear option'));
});

test('examples: the people, places and organisations EXPECTED.md lists are all found', () => {
  const names = [...analyses.values()].flatMap((a) => a.entities.map((e) => e.name));
  const wanted = ['Joe Biden', 'Vladimir Putin', 'Dmitry Peskov', 'Jen Psaki', 'John Kirby', 'Oleksii Reznikov', 'Volodymyr Zelenskyy',
    'Antony Blinken', 'Sergei Lavrov', 'Lloyd Austin', 'Victoria Nuland', 'Rinat Akhmetov', 'Emmanuel Macron', 'Angela Merkel',
    'Mario Draghi', 'Boris Johnson', 'Russia', 'Ukraine', 'United States', 'Crimea', 'Geneva', 'Camp David', 'Moscow', 'Washington',
    'Kyiv', 'Stockholm', 'Black Sea', 'White House', 'Kremlin', 'Pentagon', 'NATO', 'CNN', 'Reuters', 'Tass', 'RIA Novosti',
    'Interfax', 'Bloomberg', 'SWIFT', 'EU'];
  for (const w of wanted) assert.ok(names.some((n) => sameEntity(n, w)), `missing entity ${w}`);
  // Spelling variants across articles are one entity.
  assert.ok(names.includes('Volodymyr Zelensky') && sameEntity('Volodymyr Zelensky', 'Volodymyr Zelenskyy'));
  assert.ok(names.includes('Anthony Blinken') && sameEntity('Anthony Blinken', 'Antony Blinken'));
});

test('examples: all five are English and every span equals its surface form', () => {
  for (const [k, a] of analyses) {
    const text = examples.get(k)?.text ?? '';
    assert.equal(a.language, 'en');
    for (const x of [...a.sentences, ...a.entities, ...a.quotes]) assert.equal(text.slice(x.start, x.end), x.text);
  }
});

const WORDS = ['Biden', 'said', 'Peskov', 'the', 'U.S.', 'Mr.', '“', '”', '„', '‘', '’', '"', '«', '»', "country’s", ',', '.', '?', 'he', 'told',
  'Reuters', 'according to', 'Kremlin spokesman', 'a.m.', '\n\n', 'Kiev', 'We expect it', 'long', 'White House', 'statement'];

test('property: every sentence, entity and quote span lies inside the text and equals its surface form', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), fc.array(fc.constantFrom(' ', '', '  '), { minLength: 60, maxLength: 60 }), (words, seps) => {
    const text = words.map((w, i) => w + seps[i]).join('');
    const article: CleanArticle = { id: articleIdFor(text), title: '', text, meta: { publishedFrom: 'none', headings: [], captions: [], credits: [], machineTranslated: false, removed: [] } };
    const a = analyze(article);
    for (const x of [...a.sentences, ...a.entities, ...a.quotes]) {
      assert.ok(x.start >= 0 && x.end <= text.length && x.start < x.end);
      assert.equal(text.slice(x.start, x.end), x.text);
    }
    for (const q of a.quotes) if (q.speakerMention) assert.ok(q.speakerMention.start >= 0 && q.speakerMention.end <= text.length);
  }), { numRuns: 300 });
});
