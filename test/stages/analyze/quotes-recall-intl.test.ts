/**
 * Issue 13, 2026-12-05 late evening: dash-led Polish remarks whose first person is a negated present verb ("Nie
 * chcę") or whose dash is glued to the last word ("miesiąca- napisał") or whose verb follows "thus" ("tak ocenia"), and German speaker runs that name a person cut
 * before a determiner ("Anna Berger der Deutschen Presse-Agentur": whom she told, not who she is). Sentences written for these
 * tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { beforeInnerDeterminer } from '../../../src/stages/analyze/speaker-choice-intl.js';

const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('Polish: a negated verb in the first person present makes a dash-led remark speech even with a time after the verb', () => {
  assert.deepEqual(quotes('Rząd zebrał się w nocy.\nNie chcę i nie planuję podwyżek podatków - oświadczył we wtorek minister Jan Kowalski.', 'pl'),
    [['Nie chcę i nie planuję podwyżek podatków', 'Jan Kowalski']]);
  // A third-person lead with a time after its verb stays a report.
  assert.deepEqual(quotes('Kina we Włoszech nie zostaną otwarte 15 czerwca - zapowiedziało w środę stowarzyszenie.', 'pl'), []);
});

test('Polish: a dash glued to the last word and followed by a space closes the remark; a hyphen inside a word does not', () => {
  assert.deepEqual(quotes('Ulice były puste. Szkoły pozostaną zamknięte do końca miesiąca- napisał na Twitterze premier Adam Nowak.', 'pl'),
    [['Szkoły pozostaną zamknięte do końca miesiąca', 'Adam Nowak']]);
  assert.deepEqual(quotes('Projekt jest polsko-niemiecki. Rozmowy trwały długo.', 'pl'), []);
});

test('German: a speaker run ends before a determiner inside it, but a name keeps its particle', () => {
  assert.deepEqual(quotes('Die Bahn baut aus. "Wir wollen schneller bauen", teilte Vorstand Anna Berger der Deutschen Presse-Agentur mit.', 'de'),
    [['Wir wollen schneller bauen', 'Vorstand Anna Berger']]);
  assert.deepEqual(quotes('Die Kommission tagt. "Wir brauchen mehr Geld", sagte Ursula von der Leyen am Montag.', 'de'),
    [['Wir brauchen mehr Geld', 'Ursula von der Leyen']]);
  // A single head keeps its complement: a description, not a person and an addressee.
  assert.equal(beforeInnerDeterminer('Sprecher des Innenministeriums', 'de'), 'Sprecher des Innenministeriums');
  // Only German is cut: other languages' "der" is no determiner.
  assert.equal(beforeInnerDeterminer('Piotr der Nowak', 'pl'), 'Piotr der Nowak');
});

test('Polish and Russian: "thus" before the verb of saying still attributes a dash-led remark', () => {
  assert.deepEqual(quotes('Susza trwa. - Letni deficyt wody jest praktycznie pewny - tak ocenia obecną sytuację dr Jan Nowak z Uniwersytetu.', 'pl'),
    [['Letni deficyt wody jest praktycznie pewny', 'Jan Nowak']]);
  assert.deepEqual(quotes('Засуха продолжается. — Дефицит воды почти неизбежен, — так считает профессор Иван Петров.', 'ru'),
    [['Дефицит воды почти неизбежен', 'Иван Петров']]);
});
