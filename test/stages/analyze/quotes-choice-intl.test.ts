import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { inFirstPerson } from '../../../src/stages/analyze/quote-person-intl.js';
import { isWeakSpeaker } from '../../../src/stages/analyze/speaker-choice-intl.js';

// Sentences written for the speaker-choice and first-person rules of 2026-12-05 evening (issue 13); none is taken
// from an evaluation set.
const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);
const speakers = (text: string, lang: string): (string | undefined)[] => quotes(text, lang).map((q) => q[1]);

test('a lone word capitalised only by its position or as a German noun is a weak speaker; a name by a verb of saying is not', () => {
  const said = /(?<![\p{L}])(?:sagte|a dit|dijo|powiedział)(?![\p{L}])/iu;
  assert.equal(isWeakSpeaker('Wort', 'Das Wort ist gefallen. Man hörte das Wort oft.', said, 'de'), true);
  assert.equal(isWeakSpeaker('Partez', 'Vacances : Partez en France. Le tourisme reprend.', said, 'fr'), true);
  // A surname mid-sentence, or next to a verb of saying, is a name.
  assert.equal(isWeakSpeaker('Scholz', 'Gestern sprach Scholz in Berlin. Das Wetter war gut.', said, 'de'), false);
  assert.equal(isWeakSpeaker('Macron', 'Macron a dit non. La réforme attendra.', said, 'fr'), false);
  // Two words are never judged by this rule.
  assert.equal(isWeakSpeaker('Jan Nowak', 'Jan Nowak przyszedł.', said, 'pl'), false);
});

test('a weak speaker gives way to the best-scored person the text names', () => {
  // German: "Sie" resolves to the subject of the sentence before, a common noun; the chancellor named twice wins.
  const de = 'Bundeskanzlerin Petra Lange hat im Präsidium gesprochen. Lange wirkte müde. Danach ist das Wort wohl so gefallen.\n\n'
    + 'Sie sagte in die Kameras, man dürfe „keine Sekunde leichtsinnig werden, keine Sekunde sich in Sicherheit wiegen“.';
  assert.deepEqual(speakers(de, 'de'), ['Petra Lange']);
  // French: a headline's imperative before the quote is no speaker; the expert after "dit" is.
  const fr = 'Vacances : Partez dans votre propre région Entretien "Nous reverrons les voyages lointains à la fin de l\'année prochaine" '
    + 'Le voyage sera plus local et plus régional, dit Claire Morel, directrice de l\'école hôtelière de Genève. Elle voit la crise comme une chance.';
  assert.deepEqual(speakers(fr, 'fr'), ['Claire Morel']);
});

test('a German common-noun speaker next to its verb is kept', () => {
  assert.deepEqual(speakers('Die Verbände sind empört. „Das ist ein Schlag ins Gesicht aller Lehrkräfte“, kritisierten die Verbände am Montag.', 'de'),
    ['Verbände']);
});

test('quoted words in the first person, in each language', () => {
  assert.equal(inFirstPerson('Vorrei ringraziare il nostro staff', 'it'), true);
  assert.equal(inFirstPerson('Je ne me lasse pas de le répéter', 'fr'), true);
  assert.equal(inFirstPerson('Dałem zły przykład wszystkim', 'pl'), true);
  assert.equal(inFirstPerson('Kediyi her gün besliyoruz', 'tr'), true);
  assert.equal(inFirstPerson('Мы не отступим от плана', 'ru'), true);
  assert.equal(inFirstPerson('Wir schaffen das gemeinsam', 'de'), true);
  assert.equal(inFirstPerson('Nuestro objetivo es claro', 'es'), true);
  assert.equal(inFirstPerson('نحن مستعدون للحوار', 'ar'), true);
  assert.equal(inFirstPerson('我们会继续努力', 'zh'), true);
  // A title or a description in the third person is not.
  assert.equal(inFirstPerson('Die Geschichte der Stadt Köln', 'de'), false);
  assert.equal(inFirstPerson('La macchina della speranza', 'it'), false);
  assert.equal(inFirstPerson('Yeni yılın ilk günü', 'tr'), false);
});

test('a first-person remark that lost its closing mark at its paragraph end is a quote of the last person named', () => {
  const it = 'Il servizio ha gestito molte chiamate. La direttrice Maria Conti ha elogiato tutto il personale. '
    + '"Vorrei ringraziare tutto il nostro staff per il duro lavoro svolto quest\'anno e auguro a tutti un felice anno nuovo.';
  assert.deepEqual(quotes(it, 'it'), [['Vorrei ringraziare tutto il nostro staff per il duro lavoro svolto quest\'anno e auguro a tutti un felice anno nuovo.', 'Maria Conti']]);
  const pl = 'Szpital przyjął wczoraj wielu pacjentów. Dyrektor Anna Kowalska pochwaliła cały personel. '
    + '"Chciałabym podziękować naszym lekarzom za ogromną pracę w tym trudnym roku.';
  assert.deepEqual(speakers(pl, 'pl'), ['Dyrektor Anna Kowalska']);
  // The same words stopping mid-paragraph, with more text after them and no one introduced in the sentence before,
  // stay out: the mark may be any stray one.
  const mid = 'Il servizio è ripreso ieri sera. "Vorrei ringraziare tutto il nostro staff per il lavoro. Il servizio continua domani con nuovi turni.';
  assert.deepEqual(quotes(mid, 'it'), []);
  // A third-person phrase with a lost closing mark at the paragraph end stays out too.
  assert.deepEqual(quotes('Il sindaco Paolo Neri ha presentato il progetto "Una città più verde per tutti i cittadini.', 'it'), []);
});

test('a quotation of three words or more that is its whole sentence is a remark; inside a sentence or of two words it stays a term', () => {
  // A headline made of a quote after the headline's first sentence, and one on a line of its own.
  assert.deepEqual(quotes('Minister Jan Nowak przeprosił za słowa. „Popełniłem wielki błąd”  Nagranie obejrzały tysiące osób.', 'pl').map((q) => q[0]), ['Popełniłem wielki błąd']);
  assert.deepEqual(quotes('Le club annonce la fin de saison\n"Un choc terrible" Les joueurs rentrent chez eux.', 'fr').map((q) => q[0]), ['Un choc terrible']);
  // Two words standing alone: a term unless a verb of saying attributes them.
  assert.deepEqual(quotes('«Протоколы соблюдались» Премьер защищал решение властей.', 'ru'), []);
  // Inside its sentence, after a noun: a name.
  assert.deepEqual(quotes('Die Zuschauer sahen gestern den Film „Das Leben der Anderen“ im Kino.', 'de'), []);
});

test('a quote with its own subjectless verb does not take the next quote\'s speaker; the person the text keeps naming speaks', () => {
  const pl = 'Papież Benedykt odwiedził Kraków. Benedykt spotkał się z młodzieżą. W środę Benedykt rozmawiał z wiernymi na placu. '
    + '– Musimy szanować godność każdego człowieka – zaznaczył. Czytaj także: Abp Nowak mówił o „nawróceniu serc”.';
  assert.deepEqual(speakers(pl, 'pl')[0], 'Benedykt');
});

test('Turkish: a genitive possessor speaks without its ending; "X\'s statement is thus:" names X; a lower-case head noun before the comma is the subject', () => {
  assert.deepEqual(speakers('Bakan Koca\'nın "Salgın kontrol altında, kurallara uyalım" sözleri tepki çekti.', 'tr'), ['Bakan Koca']);
  assert.deepEqual(speakers('Erdoğan\'ın açıklaması şöyle: "Türkiye bu krizden güçlenerek çıkacak."', 'tr'), ['Erdoğan']);
  assert.deepEqual(speakers('Vali Yerlikaya\'nın paylaşımı şu şekilde: "Sevgili İstanbullular, yarın kar yağışı bekleniyor."', 'tr'), ['Vali Yerlikaya']);
  assert.deepEqual(speakers('Kaza yerine gelen polis ekiplerine ifade veren sürücü, "Fren tutmadı, aracı durduramadım" dedi.', 'tr'), ['sürücü']);
  assert.deepEqual(speakers('NASA yetkilisi, "Ay\'a yeniden gideceğiz" dedi.', 'tr'), ['NASA yetkilisi']);
  // A name closed by the comma still comes first; an adverbial before the comma is no subject.
  assert.deepEqual(speakers('Sağlık Bakanı Fahrettin Koca, Bilim Kurulu toplantısının ardından yaptığı açıklamada, "Tedbirlere uymaya devam etmeliyiz" dedi.', 'tr'), ['Sağlık Bakanı Fahrettin Koca']);
  assert.notDeepEqual(speakers('Konuyla ilgili olarak, "Veriler şeffaf paylaşılmalı ve herkesle paylaşılmalı" dedi.', 'tr'), ['olarak']);
});

test('a description opened by its article is the subject of a verb of saying, however many words, without a time phrase before it', () => {
  assert.deepEqual(speakers('Le porte-parole du gouvernement a déclaré que « les écoles rouvriront le 11 mai ».', 'fr'), ['Le porte-parole du gouvernement']);
  assert.deepEqual(speakers('El portavoz del Gobierno aseguró que "las escuelas abrirán el lunes".', 'es'), ['El portavoz del Gobierno']);
  assert.deepEqual(speakers('Il portavoce del governo ha detto: "Le scuole riapriranno lunedì".', 'it'), ['Il portavoce del governo']);
  assert.deepEqual(speakers('La semana pasada el presidente dijo: "Las escuelas abrirán el lunes".', 'es'), ['el presidente']);
  // The name in apposition before a description's head is its holder, not a name in the head's complement.
  assert.deepEqual(speakers('Ana Ruiz, portavoz del Partido Verde de Navarra, visitó Pamplona. La portavoz del Partido Verde aseguró: "La ley no sirve para nada".', 'es'), ['Ana Ruiz']);
});

test('words in marks repeated only because a whole sentence was scraped twice are no name; repeated in different sentences they are', () => {
  const lead = 'I propositi di Marta Rossi per il 1950 sono un invito a "Tenere accesa la lampada della pace ogni giorno". ';
  const twice = lead + lead + 'Rossi li scrisse a mano. La Rossi li appese in cucina. Rossi non li dimenticò mai.';
  // Found in both copies, and said by the one the text keeps naming (a complement "di Marta Rossi", named four times;
  // the second copy is nearer the surname alone).
  assert.deepEqual(quotes(twice, 'it'), [['Tenere accesa la lampada della pace ogni giorno', 'Marta Rossi'], ['Tenere accesa la lampada della pace ogni giorno', 'Rossi']]);
  // A headline and its body naming the same report: a name.
  assert.deepEqual(quotes('Il rapporto "Italia nel mondo che cambia" presentato oggi\nIeri è stato presentato il rapporto annuale "Italia nel mondo che cambia" a Roma.', 'it'), []);
});

test('Turkish: a name and its comma right before the quotation tie it even when the verb was lost; the name speaks', () => {
  const tr = 'Yarışma başladı.Proje Yöneticisi Ayşe Kaya, "Bu yarışma herkese açık ve çok önemli. Yeni tasarımlar bekliyoruz, bu yüzden herkesi davet ediyoruz. Başvurular mart ayında sona erdi.';
  assert.deepEqual(quotes(tr, 'tr'), [['Bu yarışma herkese açık ve çok önemli. Yeni tasarımlar bekliyoruz, bu yüzden herkesi davet ediyoruz.', 'Proje Yöneticisi Ayşe Kaya']]);
});

test('an unclosed quotation runs on over the sentences after it that still speak in the first person', () => {
  // Polish: the second sentence says "our", the third is narration.
  const pl = 'Rzecznik firmy Jan Nowak powiedział dziennikarzom "Jesteśmy pewni jakości materiału. Nasze dane pochodzą z oficjalnych źródeł. Firma działa od 1990 roku.';
  assert.deepEqual(quotes(pl, 'pl'), [['Jesteśmy pewni jakości materiału. Nasze dane pochodzą z oficjalnych źródeł.', 'Jan Nowak']]);
  // A dash ends the run: the attribution follows it.
  const pl2 = 'Rzecznik Jan Nowak powiedział dziennikarzom "Jesteśmy pewni jakości materiału. Nasze dane są dobre - dodał Nowak. Firma działa od 1990 roku.';
  assert.deepEqual(quotes(pl2, 'pl').map((q) => q[0]), ['Jesteśmy pewni jakości materiału. Nasze dane są dobre']);
  // A third-person sentence after the first stays out.
  const it = 'Il sindaco Paolo Neri ha detto ai giornalisti "Abbiamo fatto il possibile. La città ha reagito bene. Il sindaco ha poi lasciato la sala.';
  assert.deepEqual(quotes(it, 'it').map((q) => q[0]), ['Abbiamo fatto il possibile.']);
});

test('a first-person remark opening the sentence after one that introduces a person is that person\'s, even mid-paragraph', () => {
  const pl = 'Firma potwierdza swoje dane, powiedziano w rozmowie z Martą Zielińską. "Jesteśmy przekonani o rzetelności naszych danych i naszych źródeł. Nie podano faktów w artykule. Sprawa trafi do sądu.';
  assert.deepEqual(speakers(pl, 'pl'), ['Martą Zielińską']);
  // No one introduced and text going on after it: a stray mark stays out.
  assert.deepEqual(quotes('Firma potwierdza swoje dane. "Jesteśmy przekonani o rzetelności naszych danych. Sprawa trafi do sądu.', 'pl'), []);
});
