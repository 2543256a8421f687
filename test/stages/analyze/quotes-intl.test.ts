import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('each language\'s quotation marks and speech verbs give a quote and its speaker', () => {
  assert.deepEqual(quotes('„Wir werden die Grenze schützen“, sagte Verteidigungsminister Boris Pistorius am Montag.', 'de'),
    [['Wir werden die Grenze schützen', 'Verteidigungsminister Boris Pistorius']]);
  assert.deepEqual(quotes('»Wir bleiben hier und helfen«, erklärte die Bürgermeisterin Anna Weber.', 'de'),
    [['Wir bleiben hier und helfen', 'Bürgermeisterin Anna Weber']]);
  assert.deepEqual(quotes('« Nous ne céderons pas », a déclaré Emmanuel Macron aux journalistes.', 'fr'),
    [['Nous ne céderons pas', 'Emmanuel Macron']]);
  assert.deepEqual(quotes('“No vamos a retroceder”, dijo el presidente Pedro Sánchez.', 'es'),
    [['No vamos a retroceder', 'Pedro Sánchez']]);
  assert.deepEqual(quotes('«Non ci fermeremo adesso», ha detto il premier Mario Draghi.', 'it'),
    [['Non ci fermeremo adesso', 'Mario Draghi']]);
  assert.deepEqual(quotes('„Nie oddamy ani metra ziemi” – powiedział prezydent Andrzej Duda.', 'pl'),
    [['Nie oddamy ani metra ziemi', 'Andrzej Duda']]);
  assert.deepEqual(quotes('«Мы не допустим эскалации», — заявил министр Сергей Лавров.', 'ru'),
    [['Мы не допустим эскалации', 'Сергей Лавров']]);
  assert.deepEqual(quotes('Dışişleri Bakanı Mevlüt Çavuşoğlu, "Bölgede barışı destekliyoruz" dedi.', 'tr'),
    [['Bölgede barışı destekliyoruz', 'Dışişleri Bakanı Mevlüt Çavuşoğlu']]);
  assert.deepEqual(quotes('وقال وزير الخارجية: "لن نتراجع عن موقفنا أبدا".', 'ar'),
    [['لن نتراجع عن موقفنا أبدا', 'وزير الخارجية']]);
  assert.deepEqual(quotes('外交部发言人汪文斌表示：「中方坚决反对任何单边制裁。」', 'zh'),
    [['中方坚决反对任何单边制裁。', '外交部发言人汪文斌']]);
});

test('a speaker before the quote, a pronoun, and a quote run share one speaker', () => {
  assert.deepEqual(quotes('Dies sagte Trump am Sonntag vor Journalisten. "Aber ich glaube nicht, dass ich das tun muss."', 'de'),
    [['Aber ich glaube nicht, dass ich das tun muss.', 'Trump']]);
  assert.deepEqual(quotes('"Nous voulons de nouvelles élections", a déclaré Thomas Kemmerich. "Ma démission est inévitable", a-t-il ajouté.', 'fr'),
    [['Nous voulons de nouvelles élections', 'Thomas Kemmerich'], ['Ma démission est inévitable', 'Thomas Kemmerich']]);
  assert.deepEqual(quotes('"Riceviamo centinaia di chiamate", ha detto Roger Dillman. "E molti vengono dal Wisconsin."', 'it'),
    [['Riceviamo centinaia di chiamate', 'Roger Dillman'], ['E molti vengono dal Wisconsin.', 'Roger Dillman']]);
  assert.deepEqual(quotes('Star 在 Twitter 上发现了他，他说：“这个男人被谋杀了。”', 'zh'), [['这个男人被谋杀了。', 'Star']]);
});

test('a lost opening mark, a Russian dash inside an open quote, and unmarked dash-led speech', () => {
  assert.deepEqual(quotes('Después de un par de kilómetros, cuando Akesh intentó bloquear el camino”, dijo Munuswaamy.', 'es'),
    [['Después de un par de kilómetros, cuando Akesh intentó bloquear el camino', 'Munuswaamy']]);
  assert.deepEqual(quotes('«Мы много раз теряли терпение, — признался Франциск. Ещё одно предложение.', 'ru'),
    [['Мы много раз теряли терпение', 'Франциск']]);
  assert.deepEqual(quotes('Z budynku ewakuowaliśmy 25 osób, prawdopodobnie dziewięć rodzin - poinformował dyżurny straży.', 'pl'),
    [['Z budynku ewakuowaliśmy 25 osób, prawdopodobnie dziewięć rodzin', 'dyżurny straży']]);
  // Reported news closed by a dash and a verb is not speech: no first person, no dialogue dash.
  assert.deepEqual(quotes('Kina we Włoszech nie zostaną otwarte 15 czerwca - zapowiedziało w środę stowarzyszenie.', 'pl'), []);
});

test('titles, names and scare quotes are not quotes', () => {
  assert.deepEqual(quotes('Sie spielte in „Alarm für Cobra 11“ und anderen Serien.', 'de'), []);
  assert.deepEqual(quotes('Le programme des soi-disant «coronabonds» divise l’UE.', 'fr'), []);
  assert.deepEqual(quotes('"Cheech & Chong Bud Farm" dépasse les attentes.', 'fr'), []);
  assert.deepEqual(quotes('Sağlık Bakanlığı tarafından "Hayat eve sığar" sloganıyla yapılan çağrı.', 'tr'), []);
});

test('a short quote tied to a verb of saying is kept', () => {
  assert.deepEqual(quotes('Er betonte, seine Rücktritt sei "unvermeidlich", sagte er.', 'de').map((q) => q[0]), ['unvermeidlich']);
});

test('a verb without a subject (languages that drop the pronoun) gives the quote to the subject of the sentence or the one before', () => {
  // An addressee after the verb is not the speaker; the sentence before says who speaks.
  assert.deepEqual(quotes('Papa Francesco si è scusato mercoledì. "Tante volte perdiamo la pazienza", ha detto a migliaia di fedeli radunati fuori dalla Basilica di San Pietro.', 'it'),
    [['Tante volte perdiamo la pazienza', 'Papa Francesco']]);
  // A time word after the verb names nobody; "Ha detto che …" has no subject either, so the one before it does.
  assert.deepEqual(quotes('Il comandante Abdul Ghani ha detto che i migranti sono stati arrestati. Ha detto che il secondo arresto è avvenuto tra Malesia e Thailandia. "Non avevano documenti validi", ha affermato oggi in una nota.', 'it'),
    [['Non avevano documenti validi', 'Abdul Ghani']]);
  // Nothing attributes the quote: the sentence's subject, not a capitalised opener ("In").
  assert.deepEqual(quotes('In un discorso a dicembre, Warren ha attaccato Buttigieg e Biden. "La nostra democrazia è in seri guai per colpa dei ricchi donatori."', 'it'),
    [['La nostra democrazia è in seri guai per colpa dei ricchi donatori.', 'Warren']]);
  // A name past the addressee still speaks.
  assert.deepEqual(quotes('"Nous voulons de nouvelles élections", a déclaré aux journalistes Kemmerich.', 'fr'),
    [['Nous voulons de nouvelles élections', 'Kemmerich']]);
});

test('Arabic: the subject follows the verb, a bare verb takes the speaker from the sentences before, and a verb in an "after" clause attributes nothing', () => {
  // "وأكد الرئيس ... . وقال "…"": the Lebanese president, not the words after the quote's full stop.
  assert.deepEqual(quotes('وأشار الرئيس اللبناني - خلال استقباله وفدا - إلى أن الأزمة صعبة. وقال "الدولة تعمل حاليا على معالجة قضية صعبة جدا". وأكد أن الأجهزة تعمل.', 'ar'),
    [['الدولة تعمل حاليا على معالجة قضية صعبة جدا', 'الرئيس اللبناني']]);
  // "وأضاف عون قائلا:": the name between the verb and the participle.
  assert.deepEqual(quotes('وأضاف عون قائلا :"علينا القيام بهذا الواجب من ضمن قدرات الدولة".', 'ar'), [['علينا القيام بهذا الواجب من ضمن قدرات الدولة', 'عون']]);
  // "بعد أن قال مسؤولون …": the speaker is the one of the sentence before (a stop glued to the next word still ends it).
  assert.deepEqual(quotes('قالت منظمة الصحة العالمية يوم السبت إنها تدرس التقارير.بعد أن قال مسؤولون كوريون يوم الجمعة إن 91 مريضا أصيبوا مجددا، "نحن على اتصال وثيق مع خبرائنا السريريين".', 'ar'),
    [['نحن على اتصال وثيق مع خبرائنا السريريين', 'منظمة الصحة العالمية']]);
});

test('Polish: the issuer of a statement speaks, by its fuller earlier name; a publication named in marks after the verb speaks and is no quote', () => {
  assert.deepEqual(quotes('Kina nie zostaną otwarte - zapowiedziało w środę stowarzyszenie właścicieli sal kinowych.\n\n"Utrzymanie obowiązku użycia maseczki w sali kinowej jest niezrozumiałe" - głosi komunikat stowarzyszenia.', 'pl'),
    [['Utrzymanie obowiązku użycia maseczki w sali kinowej jest niezrozumiałe', 'stowarzyszenie właścicieli sal kinowych']]);
  assert.deepEqual(quotes('W piątek na lotnisku uruchomiono "procedurę profilaktyczną w związku z epidemią" - informuje "Dziennik Zachodni".', 'pl'),
    [['procedurę profilaktyczną w związku z epidemią', 'Dziennik Zachodni']]);
  // The subject opens the clause; a name after it is the addressee.
  assert.deepEqual(quotes('Minister Jadwiga Emilewicz w liście do szefa Rady Mediów Narodowych Krzysztofa Czabańskiego napisała: "Mało jest w naszym kraju takich wydarzeń."', 'pl'),
    [['Mało jest w naszym kraju takich wydarzeń.', 'Minister Jadwiga Emilewicz']]);
});

test('the subject right before a verb of naming speaks the words it names; a pronoun there, in a relative clause, names nobody new', () => {
  const t = 'Renault-Präsident Jean-Dominique Senard nannte ihn einen „großen Strategen und Visionär“. Später kam die Nachricht.';
  assert.match(extractQuotesIntl(t, splitSentences(t, 'de'), 'de')[0]?.speaker ?? '', /Jean-Dominique Senard$/u);
  const r = 'Weil zu viele New Yorker, die er „arrogant und unsensibel“ nennt, das Gebot missachten, gilt die Sperre.';
  assert.notEqual(extractQuotesIntl(r, splitSentences(r, 'de'), 'de')[0]?.speaker, 'New Yorker');
});

test('German separable verbs of saying with the particle closing the clause attribute a quote ("machte Hubig klar", "hob … hervor")', () => {
  for (const [t, who] of [['„Dem Lernen von zu Hause aus kommt eine große Bedeutung zu“, machte Hubig klar.', 'Hubig'], ['„Wir brauchen mehr Lehrer“, hob die Ministerin Stefanie Hubig hervor.', 'Stefanie Hubig']] as const) {
    assert.match(extractQuotesIntl(t, splitSentences(t, 'de'), 'de')[0]?.speaker ?? '', new RegExp(`${who}$`, 'u'));
  }
});

test('a quotation a colon opens is the words of what stands before that colon, not of a headline topic before an earlier colon', () => {
  const t = 'Karlsruher SC: Neu-Trainer Eichner vor Pokalspiel: "Niemand hat das Fußballspielen verlernt" Zwei Tage nach der Entlassung.';
  assert.match(extractQuotesIntl(t, splitSentences(t, 'de'), 'de')[0]?.speaker ?? '', /Eichner$/u);
});
