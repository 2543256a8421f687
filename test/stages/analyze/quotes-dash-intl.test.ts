/**
 * Issue 13: unmarked dash-led speech in Polish and Russian, reports as
 * speakers, subjects not taken from quoted words or place names, and quotes
 * whose closing mark was lost. Short sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('Polish: a third-person remark closed by a dash and a named source is speech', () => {
  assert.deepEqual(quotes('Na miejscu pracowali strażacy. Zarzut zabójstwa nie został jeszcze postawiony - pisze agencja Reutera.', 'pl'),
    [['Zarzut zabójstwa nie został jeszcze postawiony', 'Reutera']]);
});

test('Polish and Russian: a news lead whose verb is followed by a time, or words already attributed, are not speech', () => {
  assert.deepEqual(quotes('Kina we Włoszech nie zostaną otwarte 15 czerwca - zapowiedziało w środę stowarzyszenie.', 'pl'), []);
  assert.deepEqual(quotes('Пострадавших нет, пожар потушен полностью — сообщил в понедельник МЧС.', 'ru'), []);
  assert.deepEqual(quotes('Пожарные работают на месте, сообщил представитель службы. — сказал Кортес Стаффорд.', 'ru'), []);
});

test('Polish: a dialogue dash glued to a sentence end or opening mid-sentence starts the speech', () => {
  assert.deepEqual(quotes('Papież mówił o miłości.– Jego miłość się nie zmienia, jest cierpliwa – powiedział papież w homilii.', 'pl'),
    [['Jego miłość się nie zmienia, jest cierpliwa', 'papież w homilii']]);
  // A spaced dash inside brackets ("- red.") does not cut the remark.
  assert.deepEqual(quotes('Na Polskę trafią dwa miliardy - Jeśli Polska nie potwierdzi celu (neutralności do 2050 roku - red.), będzie poza mechanizmem - powiedział Macron.', 'pl'),
    [['Jeśli Polska nie potwierdzi celu (neutralności do 2050 roku - red.), będzie poza mechanizmem', 'Macron']]);
});

test('Polish: an attribution on its own line takes the paragraph before it', () => {
  assert.deepEqual(quotes('Mamy już dziesięć tysięcy testów. Laboratorium pracuje całą dobę\n—poinformował minister Łukasz Szumowski.', 'pl'),
    [['Mamy już dziesięć tysięcy testów. Laboratorium pracuje całą dobę', 'Łukasz Szumowski']]);
});

test('Polish and Russian: a dialogue-dash sentence after the attribution continues the remark', () => {
  assert.deepEqual(quotes('– Szkoły wrócą do nauki we wrześniu – powiedział premier Mateusz Morawiecki. – Studenci wrócą na uczelnie w październiku.', 'pl'),
    [['Szkoły wrócą do nauki we wrześniu', 'Mateusz Morawiecki'], ['Studenci wrócą na uczelnie w październiku.', 'Mateusz Morawiecki']]);
  assert.deepEqual(quotes('— Мы не допустим эскалации, — сказал министр Сергей Лавров. — Переговоры продолжатся завтра утром.', 'ru'),
    [['Мы не допустим эскалации', 'Сергей Лавров'], ['Переговоры продолжатся завтра утром.', 'Сергей Лавров']]);
});

test('Polish: after a place or medium, the full name is the speaker', () => {
  assert.deepEqual(quotes('„W ciągu doby robimy 1500 testów” - zaznaczył na antenie radiowej Trójki minister zdrowia Łukasz Szumowski.', 'pl'),
    [['W ciągu doby robimy 1500 testów', 'Łukasz Szumowski']]);
});

test('Italian: a report speaks, and a gerund of saying attributes the quote', () => {
  assert.deepEqual(quotes('Il rapporto rileva che "il virus si sta già diffondendo in silenzio nel paese".', 'it'),
    [['il virus si sta già diffondendo in silenzio nel paese', 'rapporto']]);
  assert.deepEqual(quotes('Il palazzo ha pubblicato un video — Kensington, dicendo: "In dieci anni possiamo passare dalla paura alla speranza."', 'it'),
    [['In dieci anni possiamo passare dalla paura alla speranza.', 'Kensington']]);
});

test('Italian: the subject is not a place after a preposition, nor a word of an earlier quote', () => {
  assert.deepEqual(quotes('Ha visto un gruppo di delfini che ha portato Plantz vicino a Dana Point, ha detto. "I leoni marini stavano solo saltando."', 'it'),
    [['I leoni marini stavano solo saltando.', 'Plantz']]);
  assert.deepEqual(quotes('Papa Francesco ha parlato in piazza. “Tante volte perdiamo la pazienza. Succede anche a me”, ha detto a migliaia di fedeli. Il pontefice si è poi detto dispiaciuto per “il cattivo esempio” dato.', 'it'),
    [['Tante volte perdiamo la pazienza. Succede anche a me', 'Papa Francesco'], ['il cattivo esempio', 'Papa Francesco']]);
});

test('Italian: a quotation opening after a sentence end closes one whose closing mark was lost', () => {
  assert.deepEqual(quotes('Bell ha dichiarato: "I nostri membri sono determinati a vincere la vertenza. “Questo merita di essere riconosciuto”, ha aggiunto.', 'it'),
    [['I nostri membri sono determinati a vincere la vertenza.', 'Bell'], ['Questo merita di essere riconosciuto', 'Bell']]);
});

test('Polish and Italian: a function word opening the sentence ("To", "Mi") is not a speaker', () => {
  assert.deepEqual(quotes('Minister Anna Nowak odpowiedziała na pytania. To był trudny rok, dodała: "Nie poddamy się w tej sprawie nigdy."', 'pl'),
    [['Nie poddamy się w tej sprawie nigdy.', 'Minister Anna Nowak']]);
  assert.deepEqual(quotes('Il ministro Mario Rossi ha parlato. Mi sembra giusto, ha aggiunto: "Non ci fermeremo adesso, mai più."', 'it'),
    [['Non ci fermeremo adesso, mai più.', 'Mario Rossi']]);
});

test('Polish and Russian: "with these words" after the dash attributes the remark', () => {
  assert.deepEqual(quotes('Dla mnie to jest zwykła plotka dnia – takimi słowami prezydent Andrzej Duda odniósł się do doniesień.', 'pl'),
    [['Dla mnie to jest zwykła plotka dnia', 'Andrzej Duda']]);
  assert.deepEqual(quotes('— Для меня это обычная сплетня дня, — такими словами президент Иван Петров ответил журналистам.', 'ru'),
    [['Для меня это обычная сплетня дня', 'Иван Петров']]);
});

test('Polish and Russian: the subject after the verb\'s prepositional objects is the speaker', () => {
  assert.deepEqual(quotes('W Wigilię Bożego Narodzenia mówiono o rodzinie. – Bóg kocha każdego z nas – zwracał się do wiernych papież.', 'pl'),
    [['Bóg kocha każdego z nas', 'papież']]);
  assert.deepEqual(quotes('В Москве прошла встреча. — Мы готовы к переговорам, — сказал на брифинге в среду посол.', 'ru'),
    [['Мы готовы к переговорам', 'посол']]);
  // A possessive belongs to the phrase after the preposition: "na swoim koncie w Twitterze" names where, not who.
  assert.notDeepEqual(quotes('Wybory się zbliżają. „Klamka zapadła” - napisał na swoim koncie w Twitterze. Inne sprawy są ważne.', 'pl')[0]?.[1], 'koncie w Twitterze');
  assert.deepEqual(quotes('Rząd zabrał głos. „To koniec” – powiedział w swoim wystąpieniu premier. Inne.', 'pl'), [['To koniec', 'premier']]);
});

test('a sentence-case title after a work noun is not a quote', () => {
  assert.deepEqual(quotes('W notowaniu wygrała piosenka Kazika "Twój ból jest lepszy niż mój" i wybuchł spór.', 'pl'), []);
  assert.deepEqual(quotes('Ha letto il libro di Frankl "L\'uomo in cerca di senso" durante l\'estate.', 'it'), []);
  // Said by someone, the same words are a quote.
  assert.deepEqual(quotes('"Twój ból jest lepszy niż mój" - powiedział Kazik.', 'pl'), [['Twój ból jest lepszy niż mój', 'Kazik']]);
});

test('Italian: a straight mark opening a capitalised sentence inside a curly quote closes it, even when its own closing mark is cut off', () => {
  assert.deepEqual(quotes('Bell ha detto: “I nostri membri non sono autisti. Questo merita rispetto. Hanno lavorato con l\'obiettivo "I nostri membri ritengono che sia ora', 'it'),
    [['I nostri membri non sono autisti. Questo merita rispetto.', 'Bell'], ['I nostri membri ritengono che sia ora', 'Bell']]);
});
