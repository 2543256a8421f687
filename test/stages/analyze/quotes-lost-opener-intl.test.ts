/**
 * Issue 13, 2026-12-06 (sixth round): a closing mark with no opening mark, followed by a verb of saying, takes its
 * sentence and the sentences before it that speak in the first person (the remark's own words, whose opening mark the
 * scrape lost); narration in the third person, a previous quotation and a language with no pronoun list stop it.
 * Spanish "nos" (us) is a first-person pronoun. With no verb of saying after it and no splice before it, a lone closing
 * mark closes its sentences when they speak in the first person, and nothing when they do not, when their start is
 * uncertain or when they are short.
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { firstPersonBefore, personalStart } from '../../../src/stages/analyze/quote-lost-opener-intl.js';

const quotes = (text: string, lang: string): string[] => extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => q.text);

test('a lone closing mark runs back over the sentences in the first person', () => {
  assert.deepEqual(quotes('Der Bürgermeister eröffnete am Montag die neue Brücke. Wir haben drei Jahre darauf gewartet. Ich bin froh, dass es jetzt vorbei ist. Die Brücke ist schön“, sagte Müller.', 'de'),
    ['Wir haben drei Jahre darauf gewartet. Ich bin froh, dass es jetzt vorbei ist. Die Brücke ist schön']);
  assert.deepEqual(quotes('El alcalde visitó el barrio el martes. Nosotros no vamos a parar hasta terminar la obra. Queda mucho trabajo”, dijo Pérez.', 'es'),
    ['Nosotros no vamos a parar hasta terminar la obra. Queda mucho trabajo']);
  assert.deepEqual(quotes('El alcalde visitó el barrio el martes. La gente nos pidió más luz en la calle. Queda mucho trabajo”, dijo Pérez.', 'es'),
    ['La gente nos pidió más luz en la calle. Queda mucho trabajo']);
  assert.deepEqual(quotes('Ayşe Demir yarışmaya katıldı. Ben orada çok şey öğrendim. Bu sebeple çok mutluyum" diye konuştu.', 'tr'),
    ['Ben orada çok şey öğrendim. Bu sebeple çok mutluyum']);
});

test('narration in the third person stops the run: the quote keeps its own sentence', () => {
  assert.deepEqual(quotes('Die Stadt hat die Brücke am Montag eröffnet. Sie kostete zwei Millionen Euro. Die Brücke ist schön“, sagte Müller.', 'de'),
    ['Die Brücke ist schön']);
  // A sentence in the third person between the first-person one and the quote's own sentence ends the run there.
  assert.deepEqual(quotes('Ich war damals dabei. Der Minister kam am Montag. Die Brücke ist schön“, sagte Müller.', 'de'),
    ['Die Brücke ist schön']);
});

test('the run stops at a previous quotation and in a language with no pronoun list', () => {
  assert.deepEqual(quotes('„Wir sind bereit“, sagte Müller. Ich habe lange gewartet. Jetzt ist es so weit“, fügte er hinzu.', 'de'),
    ['Wir sind bereit', 'Ich habe lange gewartet. Jetzt ist es so weit']);
  const text = 'Alpha beta. Ich bin hier. Gamma delta” sagte';
  const from = text.indexOf('Gamma');
  assert.equal(personalStart(text, from, 0, 0, 'de'), text.indexOf('Ich'));
  assert.equal(personalStart(text, from, 0, 0, 'xx'), from);
  assert.equal(personalStart(text, from, 0, 0, undefined), from);
  // Not past the floor (the previous quotation's end).
  assert.equal(personalStart(text, from, text.indexOf('bin'), 0, 'de'), from);
});

test('words that are pronouns only in other languages do not extend the quote', () => {
  // Italian "ma" (but), Polish "ma" (has) and "je" (them), Spanish "mes" (month) are no first person there.
  assert.deepEqual(quotes('Il sindaco è arrivato tardi, ma la riunione è cominciata. Il ponte è bello”, ha detto Rossi.', 'it'),
    ['Il ponte è bello']);
  assert.deepEqual(quotes('Firma ma nowe biuro i zabrała je wczoraj. Most jest piękny” – powiedział Kowalski.', 'pl'),
    ['Most jest piękny']);
  assert.deepEqual(quotes('El puente se abrió el mes pasado. El puente es bonito”, dijo Pérez.', 'es'),
    ['El puente es bonito']);
});

test('with no verb after it, a lone closing mark closes its sentences in the first person', () => {
  assert.deepEqual(quotes('Die Studie wurde am Montag vorgestellt. Viele Fragen bleiben offen. Wir wissen noch nicht, wie viele Menschen wirklich krank waren." Auch andere Forscher haben Kritik geübt.', 'de'),
    ['Wir wissen noch nicht, wie viele Menschen wirklich krank waren.']);
  // Back over the sentences before it in the first person, not over the narration.
  assert.deepEqual(quotes('Le maire a parlé lundi. Nous avons beaucoup travaillé cette année. Il reste encore des chantiers à ouvrir dans la ville.» La réunion a duré deux heures.', 'fr'),
    ['Nous avons beaucoup travaillé cette année. Il reste encore des chantiers à ouvrir dans la ville.']);
});

test('with no verb after it, a lone closing mark closes nothing in the third person, short or with an uncertain start', () => {
  assert.deepEqual(quotes('Die Studie wurde am Montag vorgestellt. Die Zahl der Infizierten in Deutschland wurde deutlich zu hoch geschätzt." Auch andere Forscher haben Kritik geübt.', 'de'), []);
  assert.deepEqual(quotes('Die Studie wurde am Montag vorgestellt. Wir waren dabei." Auch andere Forscher haben Kritik geübt.', 'de'), []);
  // A sentence end that no capital follows ("… oldu. *- Anne …") leaves the sentence's start unknown.
  const text = 'Kedi sitenin maskotu oldu. *- Anne kedi ve yavruları için site sakinleri her gün oyun oynuyoruz onlarla." Kaynak: DH';
  assert.equal(firstPersonBefore(text, text.indexOf('"'), 0, 0, 'tr'), undefined);
  const ok = 'Kedi sitenin maskotu oldu. Site sakinleri her gün yavrularla oyun oynuyoruz onlarla." Kaynak: DH';
  const m = firstPersonBefore(ok, ok.indexOf('"'), 0, 0, 'tr');
  assert.equal(m && ok.slice(m.start, m.end), 'Site sakinleri her gün yavrularla oyun oynuyoruz onlarla.');
  assert.equal(firstPersonBefore(ok, ok.indexOf('"'), 0, 0, undefined), undefined);
});
