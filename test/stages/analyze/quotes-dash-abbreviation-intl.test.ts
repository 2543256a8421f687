/**
 * Issue 13, fourth round: an unmarked Polish remark closed by a dash and a verb of saying starts at its sentence's start,
 * and a full stop before a lower-case word ("2,6 tys. zł", "w ub. roku") is an abbreviation, not that start; a date after
 * the verb, like a weekday, marks the report's own lead.
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('Polish: an abbreviation inside an unmarked remark does not cut it', () => {
  assert.deepEqual(
    quotes('Od stycznia płaca minimalna wzrosła. Dzięki temu pracownicy sklepów mogli liczyć na podwyżkę do 2,6 tys. zł - przypomina "Gazeta Lokalna". Nie wszyscy jednak ją dostaną.', 'pl'),
    [['Dzięki temu pracownicy sklepów mogli liczyć na podwyżkę do 2,6 tys. zł', 'Gazeta Lokalna']],
  );
  const [[said]] = quotes('Ceny biletów rosną od lat. Bilet miesięczny kosztuje teraz 120 zł, o 20 zł więcej niż w ub. roku - poinformował rzecznik ZTM Jan Kowal.', 'pl');
  assert.equal(said, 'Bilet miesięczny kosztuje teraz 120 zł, o 20 zł więcej niż w ub. roku');
});

test('Polish: a full stop before a capital still ends the sentence before the remark', () => {
  assert.deepEqual(
    quotes('Minister odwiedził szpital. Sytuacja w szpitalu jest już stabilna - powiedział dyrektor Adam Nowak.', 'pl'),
    [['Sytuacja w szpitalu jest już stabilna', 'Adam Nowak']],
  );
});

test('Polish: a date between the verb and its subject marks the report\'s own lead, not a remark', () => {
  assert.deepEqual(quotes('Na granicy stoi około 70 tys. żołnierzy - poinformowało 3 grudnia ministerstwo obrony.', 'pl'), []);
});
