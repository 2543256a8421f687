import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { DateMention, Sentence } from '../../../src/core/types.js';
import { extractDates } from '../../../src/stages/analyze/dates.js';
import { split } from './simple-split.js';

const DIR = join(import.meta.dirname, '../../../examples/biden-putin-call');
const SUNDAY = { date: '2021-12-05' };

function dates(text: string, anchor: { date?: string; inferred?: boolean } = SUNDAY): DateMention[] {
  return extractDates(text, split(text), anchor);
}

function pairs(text: string, anchor: { date?: string; inferred?: boolean } = SUNDAY): [string, string | undefined][] {
  return dates(text, anchor).map((d) => [d.text, d.date]);
}

test('absolute dates in every common form', () => {
  assert.deepEqual(pairs('They met in Geneva on June 16, 2021.'), [['June 16, 2021', '2021-06-16']]);
  assert.deepEqual(pairs('Filed 2021-12-07 by staff.'), [['2021-12-07', '2021-12-07']]);
  assert.deepEqual(pairs('The summit of 16 June 2021 ended.'), [['16 June 2021', '2021-06-16']]);
  assert.deepEqual(pairs('Talks resumed in March 2020.'), [['March 2020', '2020-03-01']]);
  const [d] = dates('They met on June 16, 2021.', {});
  assert.deepEqual([d.date, d.resolution, d.relative], ['2021-06-16', 'certain', false]);
});

test('month-day without a year takes the year from the anchor and the tense', () => {
  assert.deepEqual(pairs('They last talked by phone on July 9.'), [['July 9', '2021-07-09']]);
  assert.deepEqual(pairs('Voting will open on January 3.'), [['January 3', '2022-01-03']]);
  assert.deepEqual(pairs('A ceremony took place on December 5.'), [['December 5', '2021-12-05']]);
});

test('weekdays resolve by tense: past on or before, future on or after the anchor', () => {
  assert.deepEqual(pairs('Biden will hold a call with Putin on Tuesday.'), [['on Tuesday', '2021-12-07']]);
  assert.deepEqual(pairs('Biden told reporters on Friday.'), [['on Friday', '2021-12-03']]);
  assert.deepEqual(pairs('Peskov confirmed plans on Saturday.'), [['on Saturday', '2021-12-04']]);
  assert.deepEqual(pairs('Biden held a call with European allies Monday night.'), [['Monday night', '2021-11-29']]);
  assert.deepEqual(pairs('He said it will take place Tuesday evening.'), [['Tuesday evening', '2021-12-07']]);
  assert.deepEqual(pairs('The vote is expected next Tuesday.'), [['next Tuesday', '2021-12-07']]);
  assert.deepEqual(pairs('The vote was held last Friday.'), [['last Friday', '2021-12-03']]);
  assert.deepEqual(pairs('On Thursday, officials said nothing.'), [['On Thursday', '2021-12-02']]);
  assert.deepEqual(pairs('The talks will be held on Sunday.'), [['on Sunday', '2021-12-05']]);
  assert.deepEqual(pairs('Next Sunday, they will vote.'), [['Next Sunday', '2021-12-12']]);
});

test('relative days, weeks, months and years', () => {
  assert.deepEqual(pairs('He arrived yesterday and leaves tomorrow, but today is quiet.'), [
    ['yesterday', '2021-12-04'], ['tomorrow', '2021-12-06'], ['today', '2021-12-05'],
  ]);
  assert.deepEqual(pairs('Putin said last week that talks this week mattered.'), [['last week', '2021-11-22'], ['this week', '2021-11-29']]);
  assert.deepEqual(pairs('Blinken warned Lavrov earlier this week.'), [['earlier this week', '2021-11-29']]);
  assert.deepEqual(pairs('Russia could invade next month.'), [['next month', '2022-01-01']]);
  assert.deepEqual(pairs('An attack may come as soon as early next year.'), [['early next year', '2022-01-01']]);
  assert.deepEqual(pairs('Biden is scheduled to speak with Zelenskyy in the coming week.'), [['in the coming week', '2021-12-06']]);
  assert.deepEqual(pairs('They met three days ago.'), [['three days ago', '2021-12-02']]);
});

test('month names: last June is the past, "in January" follows the tense', () => {
  assert.deepEqual(pairs('The two leaders attended a summit in Geneva last June.'), [['last June', '2021-06-01']]);
  assert.deepEqual(pairs('He warned that escalation is possible in January.'), [['in January', '2022-01-01']]);
  assert.deepEqual(pairs('Biden took office in January.'), [['in January', '2021-01-01']]);
  assert.deepEqual(pairs('Their last known public call was in July.'), [['in July', '2021-07-01']]);
  assert.deepEqual(pairs('Last June they met; next June they will meet.', { date: '2021-06-10' }), [['Last June', '2020-06-01'], ['next June', '2022-06-01']]);
  assert.equal(dates('Theresa May spoke. May I? June is nice.').length, 0);
});

test('no anchor: every relative date is unresolved; an inferred anchor is labelled', () => {
  for (const d of dates('Biden will call Putin on Tuesday; they met last June and July 9.', {})) {
    assert.equal(d.resolution, 'unresolved');
    assert.equal(d.date, undefined);
  }
  const [d] = dates('Biden will call Putin on Tuesday.', { date: '2021-12-06', inferred: true });
  assert.deepEqual([d.date, d.resolution, d.relative], ['2021-12-07', 'inferred', true]);
  assert.equal(dates('They met on Friday.', { date: 'not a date' })[0].resolution, 'unresolved');
});

test('times and numbers are not dates', () => {
  assert.equal(dates('The meeting began shortly after 10 a.m. ET with 175,000 troops nearby.').length, 0);
});

function article(prefix: string): string {
  const file = readdirSync(DIR).find((f) => f.startsWith(prefix));
  assert.ok(file, prefix);
  return readFileSync(join(DIR, file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '').join('\n\n');
}

function find(ds: DateMention[], sentenceWord: string, text: string, expr: string): DateMention | undefined {
  return ds.find((d) => d.text === expr && text.slice(Math.max(0, d.start - 200), d.end + 120).includes(sentenceWord));
}

test('002 with its stated date 2021-12-05 resolves the seed facts', () => {
  const text = article('002');
  const ds = dates(text);
  assert.equal(find(ds, 'take place', text, 'on Tuesday')?.date, '2021-12-07');
  assert.equal(find(ds, 'Camp David', text, 'on Friday')?.date, '2021-12-03');
  assert.equal(find(ds, 'Reznikov said', text, 'on Friday')?.date, '2021-12-03');
  assert.equal(find(ds, 'Kremlin said', text, 'on Saturday')?.date, '2021-12-04');
  assert.equal(find(ds, 'Villa La Grange', text, 'June 16, 2021')?.date, '2021-06-16');
  assert.equal(find(ds, 'by phone', text, 'July 9')?.date, '2021-07-09');
  assert.equal(find(ds, 'face-to-face', text, 'last June')?.date, '2021-06-01');
  assert.equal(find(ds, 'end of', text, 'January')?.date, '2022-01-01');
  assert.ok(ds.every((d) => d.resolution === 'certain'));
});

test('003, 004 with anchor 2021-12-05; 000 with an inferred Monday; no anchor leaves them unresolved', () => {
  const t3 = article('003');
  const d3 = dates(t3);
  assert.equal(find(d3, 'confirmed plans', t3, 'on Saturday')?.date, '2021-12-04');
  assert.equal(find(d3, 'take place', t3, 'Tuesday evening')?.date, '2021-12-07');
  assert.equal(find(d3, 'escalation', t3, 'in January')?.date, '2022-01-01');
  assert.equal(find(d3, 'Biden said', t3, 'Friday')?.date, '2021-12-03');
  const t4 = article('004');
  const d4 = dates(t4);
  assert.equal(find(d4, 'yesterday', t4, 'Saturday')?.date, '2021-12-04');
  assert.equal(find(d4, 'video call', t4, 'next Tuesday')?.date, '2021-12-07');
  assert.equal(find(d4, 'Geneva', t4, 'last June')?.date, '2021-06-01');
  const t0 = article('000');
  const d0 = dates(t0, { date: '2021-12-06', inferred: true });
  assert.equal(find(d0, 'will hold a call', t0, 'on Tuesday')?.date, '2021-12-07');
  assert.equal(find(d0, 'European allies', t0, 'Monday night')?.date, '2021-12-06');
  assert.ok(d0.every((d) => d.resolution === 'inferred'));
  assert.ok(dates(t0, {}).every((d) => d.resolution === 'unresolved' && d.date === undefined));
});

test('property: spans lie in the text and equal their surface form; dates are well formed', () => {
  const piece = fc.constantFrom(
    'on Tuesday', 'last June', 'July 9', 'June 16, 2021', 'said', 'will', 'in January', 'yesterday', 'next week',
    'Monday night', '2021-12-07', '10 a.m.', 'May', 'in the coming week', '. ', '\n\n', 'three days ago', 'earlier this week',
  );
  const anchor = fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined });
  fc.assert(
    fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 20 }), anchor, (parts, date) => {
      const text = parts.join(' ');
      for (const d of extractDates(text, split(text), { date })) {
        assert.ok(d.start >= 0 && d.start < d.end && d.end <= text.length);
        assert.equal(text.slice(d.start, d.end), d.text);
        if (d.date !== undefined) assert.match(d.date, /^\d{4}-\d{2}-\d{2}$/);
        else assert.equal(d.resolution, 'unresolved');
        if (date === undefined && d.relative) assert.equal(d.resolution, 'unresolved');
      }
    }),
    { numRuns: 300 },
  );
});

test('a month and a year name the month, not its first day: "in January 2017" has precision month', () => {
  const text = 'Trump had spent 252 days at his clubs since he was inaugurated in January 2017, and 86 days on 3 January 2019.';
  const ds = extractDates(text, split(text), { date: '2020-01-02' });
  assert.deepEqual(ds.map((d) => [d.text, d.date, d.precision]), [['January 2017', '2017-01-01', 'month'], ['3 January 2019', '2019-01-03', undefined]]);
});

test('a participle after "be" is a plan: "to be played on January 7", "will be notified by Jan. 8"', () => {
  const friday = { date: '2020-01-03' };
  assert.deepEqual(pairs('The two ODIs, to be played in Barbados on January 7, are sold out.', friday), [['January 7', '2020-01-07']]);
  assert.deepEqual(pairs('Winners will be notified by Jan. 8.', friday), [['Jan. 8', '2020-01-08']]);
  // "has been held" stays past.
  assert.deepEqual(pairs('The vote has been held on December 30.', friday), [['December 30', '2019-12-30']]);
});

test('US numeric dates: with a year always, without one beside a preposition or in a range', () => {
  const friday = { date: '2020-03-13' };
  assert.deepEqual(pairs('Facilities are closed 3/13 through 3/16.', friday), [['3/13', '2020-03-13'], ['3/16', '2020-03-16']]);
  assert.deepEqual(pairs('It reopens on 03/20/2020, or on 31/12/2020 at the latest.', friday), [['03/20/2020', '2020-03-20'], ['31/12/2020', '2020-12-31']]);
  assert.deepEqual(pairs('He ate 1/2 of the cake; it runs 24/7.', friday), []);
});

test('days sharing a month named once are dates of their own, each on or after the one before', () => {
  const friday = { date: '2020-01-03' };
  assert.deepEqual(pairs('The ODIs will be played on January 7 and 9.', friday), [['January 7', '2020-01-07'], ['9', '2020-01-09']]);
  assert.deepEqual(pairs('The camp runs Dec. 30-31 and on May 20, 21 and 22.', friday), [['Dec. 30', '2019-12-30'], ['31', '2019-12-31'], ['May 20', '2020-05-20'], ['21', '2020-05-21'], ['22', '2020-05-22']]);
  // A count after the day, a clock time, or a smaller number is no date.
  assert.deepEqual(pairs('On January 7 and 9 people died.', friday), [['January 7', '2020-01-07']]);
  assert.deepEqual(pairs('Races on Feb. 22–10 a.m. start.', friday), [['Feb. 22', '2020-02-22']]);
});

test('"because" opens another clause with its own tense', () => {
  assert.deepEqual(pairs('It was the last binge of 2019 because starting January 1st everything will be different.', { date: '2019-12-30' }), [['January 1st', '2020-01-01']]);
});

test('"03.06.2020" is day first; "was set to premiere on April 12" is a plan', () => {
  const anchor = { date: '2020-03-21' };
  assert.deepEqual(pairs('Torrential rain, 03.06.2020.', anchor), [['03.06.2020', '2020-06-03']]);
  assert.deepEqual(pairs('The series was initially set to premiere on April 12 but will now move.', anchor), [['April 12', '2020-04-12']]);
});
