import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { clean, CLEAN_DEFAULTS } from '../../../src/stages/clean/clean.js';
import type { CleanArticle, RawArticle } from '../../../src/core/types.js';

const DIR = 'examples/biden-putin-call/';
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
const raw = (prefix: string): RawArticle => {
  const f = files.find((x) => x.startsWith(prefix))!;
  return { format: 'txt', path: DIR + f, body: readFileSync(DIR + f, 'utf8') };
};
const cleaned = (prefix: string): CleanArticle => {
  const r = clean(raw(prefix));
  assert.ok(r.ok, `${prefix} should clean`);
  return r.value;
};
const all = Object.fromEntries(['000', '001', '002', '003', '004'].map((p) => [p, cleaned(p)]));

/** Every boilerplate string the seed notes name (EXPECTED.md and the task). */
const BOILERPLATE = [
  'Skip to content', 'Not all news on the site expresses', 'programmatic technology',
  'Article continues after this advertisement', 'FEATURED STORIES', 'Your subscription could not be saved',
  'Your subscription has been successful', 'Subscribe to our daily newsletter', 'Subscribe to our newsletter',
  'By providing an email address', 'We use cookies', 'All Rights Reserved', '© Copyright', 'This is an information message',
  'No tags found for this post', 'TAGS:', '\nATM', 'News code', 'endNewsMessage1', '\nEND', '\nComments', 'Inquirer News',
  '02:07 AM',
];

test('examples: no listed boilerplate string reaches any text', () => {
  for (const [name, a] of Object.entries(all)) {
    for (const b of BOILERPLATE) assert.equal(('\n' + a.text).includes(b), false, `${name} still contains ${JSON.stringify(b)}`);
  }
});

test('examples: titles', () => {
  assert.equal(all['001'].title, 'Ukraine: Biden and Putin speak out at critical moment');
  assert.equal(all['002'].title, 'Biden and Putin to hold video call on Tuesday to discuss Ukraine');
  assert.equal(all['003'].title, 'Biden and Putin to hold video call on Tuesday on Ukraine');
  // 000 and 004 have no headline: a short title from the first sentence.
  assert.ok(all['000'].title.startsWith('US President Joe Biden will hold a call with'));
  assert.ok(all['000'].title.length <= CLEAN_DEFAULTS.derivedTitleChars + 1);
  assert.ok(all['004'].title.startsWith('Both the Kremlin and an American source said'));
  for (const a of Object.values(all)) assert.equal(a.text.startsWith(a.title), false, 'a title line is not left in the text');
  // The repeated title appears once: as the title, and not in the text.
  for (const p of ['002', '003']) {
    assert.equal(all[p].text.includes(all[p].title), false);
    assert.equal(all[p].meta.removed.filter((r) => r.reason === 'duplicate-title').length, 1);
  }
  assert.equal(all['002'].meta.source, 'Inquirer News');
});

test('examples: publication date from the text line in 002, none elsewhere', () => {
  assert.equal(all['002'].meta.published, '2021-12-05');
  assert.equal(all['002'].meta.publishedFrom, 'text');
  assert.ok(all['002'].meta.removed.some((r) => r.reason === 'date-line' && r.text.includes('December 05, 2021')));
  for (const p of ['000', '001', '003', '004']) {
    assert.equal(all[p].meta.published, undefined);
    assert.equal(all[p].meta.publishedFrom, 'none');
  }
});

test('examples: machine translation flagged on 001 only; credits kept as metadata', () => {
  assert.equal(all['001'].meta.machineTranslated, true);
  for (const p of ['000', '002', '003', '004']) assert.equal(all[p].meta.machineTranslated, false, p);
  assert.equal(all['001'].meta.credits.length, 1);
  assert.match(all['001'].meta.credits[0], /^CNN’s Kevin Liptak.*contributed to this report\.$/);
  assert.equal(all['001'].text.includes('contributed to this report'), false);
});

test('examples: captions and headings are metadata, not text', () => {
  assert.deepEqual(all['004'].meta.headings, ['Details and tension', 'Expectations', 'planning and commitment']);
  assert.deepEqual(all['003'].meta.headings, ['Biden-Zelenskyy call expected']);
  assert.deepEqual(all['002'].meta.headings, ['US-Russia summit in Geneva']);
  assert.equal(all['002'].meta.captions.length, 1);
  assert.match(all['002'].meta.captions[0], /Villa La Grange.*\(REUTERS\)$/);
  assert.equal(all['004'].meta.captions.length, 2);
  assert.ok(all['004'].meta.captions[0].startsWith('Biden (right) and Putin'));
  assert.ok(all['004'].meta.captions[1].endsWith('(Reuters)'));
  for (const a of Object.values(all)) {
    for (const s of [...a.meta.headings, ...a.meta.captions]) assert.equal(a.text.includes(s), false, s);
  }
});

test('examples: dateline on 002 is metadata, its sentence stays', () => {
  assert.equal(all['002'].meta.dateline, 'WASHINGTON/MOSCOW');
  assert.ok(all['002'].text.startsWith('US President Joe Biden and Russian President Vladimir Putin will hold a video call on Tuesday'));
  assert.equal(all['002'].text.includes('WASHINGTON/MOSCOW'), false);
});

test('examples: ordinary paragraphs and one-line quotes survive', () => {
  assert.ok(all['002'].text.includes('The exact timing of the call was not disclosed.'));
  assert.ok(all['004'].text.split('\n\n').includes('The exact timing of the call was not disclosed.'));
  assert.ok(all['003'].text.split('\n\n').includes('“I don’t accept anyone’s red line,” Biden said.'));
  assert.ok(all['002'].text.split('\n\n').includes('But they have become more volatile in recent months.'));
  assert.ok(all['002'].text.includes('US Secretary of State Antony Blinken warned'));
  assert.ok(all['001'].text.includes('“What we continue to see'));
  // 000 has no debris at all: every line is a paragraph.
  assert.equal(all['000'].text.split('\n\n').length, raw('000').body.trim().split('\n').length);
  assert.equal(all['000'].meta.removed.length, 0);
  // Paragraph counts for the others (body lines minus debris/title/meta lines).
  assert.deepEqual(['001', '002', '003', '004'].map((p) => all[p].text.split('\n\n').length), [21, 16, 17, 19]);
});

test('every input line is accounted for in exactly one place', () => {
  for (const p of Object.keys(all)) {
    const a = all[p];
    const lines = raw(p).body.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const placed = a.text.split('\n\n').length + a.meta.headings.length + a.meta.captions.length
      + a.meta.credits.length + a.meta.removed.length + (a.title === lines.find((l) => !/^Skip/.test(l))?.replace(/ \| .*$/, '') ? 1 : 0);
    assert.equal(placed, lines.length, p);
  }
});

test('ids are stable and derived from the text', () => {
  for (const p of Object.keys(all)) {
    const again = clean(raw(p));
    assert.ok(again.ok);
    assert.equal(again.value.id, all[p].id);
    assert.match(all[p].id, /^a_[0-9a-f]{16}$/);
  }
  assert.equal(new Set(Object.values(all).map((a) => a.id)).size, 5);
});

test('text is whitespace-normalised: NBSP, zero-width and soft hyphens', () => {
  const body = 'A\u00a0headline here\n\n' + 'The coun\u00adcil\u200b met on Monday\u00a0 to vote. '.repeat(10) + '\u00a0\n\nSecond para\u2009graph.\u00a0';
  const r = clean({ format: 'txt', body });
  assert.ok(r.ok);
  assert.equal(r.value.title, 'A headline here');
  assert.equal(r.value.text.includes('\u00a0') || r.value.text.includes('\u00ad') || r.value.text.includes('\u200b'), false);
  assert.ok(r.value.text.startsWith('The council met on Monday to vote. The council'));
  assert.ok(r.value.text.endsWith('\n\nSecond para graph.'));
  // Same words with different invisible characters → same id.
  const plain = clean({ format: 'txt', body: body.replace(/[\u00ad\u200b]/g, '') });
  assert.ok(plain.ok);
  assert.equal(plain.value.id, r.value.id);
});

test('empty and too-short', () => {
  const empty = clean({ format: 'txt', body: 'Skip to content\nAdvertisement\n\u200b\n' });
  assert.equal(empty.ok, false);
  assert.equal(!empty.ok && empty.reason, 'empty');
  const short = clean({ format: 'txt', body: 'Short one\n\nJust one sentence here.' });
  assert.equal(!short.ok && short.reason, 'too-short');
  assert.match(!short.ok ? short.detail ?? '' : '', /23 characters/);
  assert.equal(clean({ format: 'txt', body: 'Short one\n\nJust one sentence here.' }, { minChars: 10 }).ok, true);
});

test('metadata date wins over a date line; metadata title is used and repeated body title dropped', () => {
  const body = 'Ferry service resumes\n5 December 2021\n' + 'The ferry service resumed on Monday after a long pause for repairs. '.repeat(5);
  const r = clean({ format: 'html', title: 'Ferry service resumes | Coast News', published: '2021-12-06T10:00:00.000Z', body });
  assert.ok(r.ok);
  assert.equal(r.value.title, 'Ferry service resumes');
  assert.equal(r.value.meta.source, 'Coast News');
  assert.equal(r.value.meta.published, '2021-12-06T10:00:00.000Z');
  assert.equal(r.value.meta.publishedFrom, 'metadata');
  assert.ok(r.value.text.startsWith('The ferry service resumed'));
  assert.deepEqual(r.value.meta.removed.map((x) => x.reason), ['duplicate-title', 'date-line']);
});

test('another site\'s debris (own fixture): general rules, not the seed strings', () => {
  const body = readFileSync('test/fixtures/ingest/scraped-other.txt', 'utf8');
  const r = clean({ format: 'txt', path: 'scraped-other.txt', body });
  assert.ok(r.ok);
  const a = r.value;
  assert.equal(a.title, 'Harbour strike ends after pay deal');
  assert.equal(a.meta.source, 'The Port Daily');
  assert.equal(a.meta.byline, 'Maria Costa');
  assert.equal(a.meta.published, '2023-03-14');
  assert.equal(a.meta.dateline, 'ROTTERDAM, Netherlands');
  assert.equal(a.meta.machineTranslated, true);
  assert.deepEqual(a.meta.headings, ['What happens next']);
  assert.deepEqual(a.meta.credits, ['Reporting by Maria Costa; Editing by Tom Hale']);
  assert.equal(a.meta.captions.length, 1);
  assert.match(a.meta.captions[0], /\(AP Photo\/Peter Dejong\)$/);
  assert.deepEqual(a.text.split('\n\n').map((p) => p.slice(0, 20)), [
    'Dock workers at the ', 'Cranes began moving ', '“This is a fair deal', 'Shipping lines warne',
  ]);
  const reasons = new Set(a.meta.removed.map((x) => x.reason));
  for (const why of ['navigation', 'duplicate-title', 'date-line', 'advertisement', 'newsletter', 'tags', 'disclaimer', 'copyright', 'comments'] as const) {
    assert.ok(reasons.has(why), why);
  }
});

test('a trailing short non-sentence is page furniture, not a heading', () => {
  const r = clean({ format: 'txt', body: 'A headline\n' + 'The council met on Monday to vote on the budget for next year. '.repeat(4) + '\nCouncil budget in brief' });
  assert.ok(r.ok);
  assert.deepEqual(r.value.meta.headings, []);
  assert.deepEqual(r.value.meta.removed, [{ text: 'Council budget in brief', reason: 'site-template' }]);
});

test('CLEAN_DEFAULTS is frozen', () => {
  assert.equal(Object.isFrozen(CLEAN_DEFAULTS), true);
  assert.equal(CLEAN_DEFAULTS.minChars, 200);
});

test('date and byline lines above the headline are not taken for it', () => {
  const r = clean({ format: 'txt', body: 'December 5, 2021\nBy Jane Doe\nCouncil passes budget\n' + 'The council passed the budget on Monday after a long debate about taxes. '.repeat(4) });
  assert.ok(r.ok);
  assert.equal(r.value.title, 'Council passes budget');
  assert.equal(r.value.meta.published, '2021-12-05');
  assert.equal(r.value.meta.byline, 'Jane Doe');
});

test('property: clean never throws and its text never holds blank or padded paragraphs', async () => {
  const fc = (await import('fast-check')).default;
  const line = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.constantFrom('Advertisement', 'Comments', 'END', '\u00a0', '\u200b', 'By Jane Doe', 'Title | Site', '/ 02:07 AM December 05, 2021', 'WASHINGTON — Text.'),
    fc.lorem({ maxCount: 30, mode: 'sentences' }),
  );
  fc.assert(fc.property(fc.array(line, { maxLength: 25 }), fc.constantFrom('txt', 'html', 'jsonl', 'feed'), (lines, format) => {
    const r = clean({ format: format as 'txt', body: lines.join('\n') });
    if (!r.ok) return ['empty', 'too-short'].includes(r.reason);
    const paras = r.value.text.split('\n\n');
    return r.value.text.length >= 200 && paras.every((p) => p !== '' && p === p.trim() && !p.includes('\n') && !p.includes('\u200b'))
      && clean({ format: format as 'txt', body: lines.join('\n') }).ok && r.value.id.startsWith('a_');
  }), { numRuns: 300, seed: 42 });
});
