import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

// Sentences written for the structural rules of 2026-12-05 afternoon (issue 13), one shape in several languages each;
// none is taken from an evaluation set.
const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);
const speakers = (text: string, lang: string): (string | undefined)[] => quotes(text, lang).map((q) => q[1]);

test('a statement phrase after the verb names its issuer only after "of" or as a name; an impersonal verb with none is spoken by the statement', () => {
  // "qui rilasciata" describes the statement: the verb keeps the speaker of the remark before.
  assert.deepEqual(speakers('Il ministro Luigi Verdi ha parlato ieri. "Il nuovo anno non dovrebbe essere doloroso come l\'anno scorso", ha affermato Verdi.\n\n"Le proteste non devono ferire i sentimenti delle persone", ha affermato in una dichiarazione qui rilasciata.', 'it'),
    ['Verdi', 'Verdi']);
  assert.deepEqual(speakers('"Il ministro inaugurerà cinque laboratori giovedì", si legge nella nota.', 'it'), ['nota']);
  assert.deepEqual(speakers('„Die Schulen bleiben bis Ende Januar geschlossen“, heißt es in der Mitteilung.', 'de'), ['Mitteilung']);
  // The issuer after "of" still speaks.
  assert.deepEqual(speakers('"Il museo riaprirà a marzo con nuovi orari", si legge nella nota del Comune.', 'it'), ['Comune']);
});

test('a verb after a quote whose clause ends in a colon introduces the next quote', () => {
  assert.deepEqual(quotes('حيث قالت إحدى المغردات:" الحمد لله على عودة المصريين من ليبيا"، وكتب إيهاب العزازى:"شكرا لكل قيادات الدولة المصرية على هذا الجهد".', 'ar'),
    [['الحمد لله على عودة المصريين من ليبيا', 'إحدى المغردات'], ['شكرا لكل قيادات الدولة المصرية على هذا الجهد', 'إيهاب العزازى']]);
  assert.deepEqual(speakers('« Nous avons tout essayé pour sauver la saison », a dit Paul Martin, et Marie Dubois a ajouté : « Nous reviendrons plus forts l\'an prochain. »', 'fr'),
    ['Paul Martin', 'Marie Dubois']);
});

test('"X in his statement" stands where a verb of saying would', () => {
  assert.deepEqual(speakers('Savcıya ifade veren şüpheli Osman K. suçlamaları reddetti. Osman K. ifadesinde “Kimseyi tehdit etmedim. Suçlamaları kabul etmiyorum.” dedi.', 'tr'), ['Osman K']);
  assert.deepEqual(speakers('وتحسن السوق المحلي خلال الفترة الأخيرة. لقد كان ريان في كلمته إلى "الوطن": "تحسن الوضع داخل السوق المحلية المصري بشكل واضح".', 'ar'), ['ريان']);
  assert.deepEqual(speakers('Die Stadt plant neue Radwege. Bürgermeisterin Anna Weber in ihrer Neujahrsansprache: „Wir werden die Innenstadt für alle sicherer machen.“', 'de'), ['Bürgermeisterin Anna Weber']);
  assert.deepEqual(speakers('Le maire Jean Dupont dans son communiqué : « Nous rouvrirons les écoles dès lundi prochain. »', 'fr'), ['Jean Dupont']);
  assert.deepEqual(speakers('Премьер Иван Петров в своем обращении: «Мы не допустим роста цен на хлеб».', 'ru'), ['Премьер Иван Петров']);
  // A verb of saying after the phrase keeps the usual reading.
  assert.deepEqual(speakers('Anna Weber sagte in ihrer Rede über den Haushalt, der Kollege Max Braun habe „viel zu spät gehandelt“.', 'de').length, 1);
});

test('after narration that says nothing, a subject with a verb of saying opening the next sentence outranks the earlier speaker', () => {
  assert.deepEqual(speakers('«Они следовали протоколам того времени», — сказал представитель компании. Это было 36 часов назад. «Мы были обеспокоены, потому что у нас было три свадьбы». Владельцы заявили, что приняли меры.', 'ru'),
    ['представитель компании', 'Владельцы']);
  // A quote right after the last one, with nothing between, continues it.
  assert.deepEqual(speakers('«Они следовали протоколам того времени», — сказал представитель компании. «Мы сделали все, что могли в этой ситуации». Владельцы заявили, что приняли меры.', 'ru'),
    ['представитель компании', 'представитель компании']);
});

test('titles: "titled" words, a work noun right before the marks, English words in another language', () => {
  assert.deepEqual(quotes('Согласно отчету, опубликованному компанией под названием «Рынок: анализ, информация и прогноз, 2018-2025 гг.», рынок вырастет.', 'ru'), []);
  assert.deepEqual(quotes('Selon le rapport intitulé « Nous devons agir maintenant pour le climat », les émissions augmentent.', 'fr'), []);
  // A link to another article is its headline, colon or not.
  assert.deepEqual(quotes('La région abrite 300 000 réfugiés. ►À lire aussi : "Niger : 100 000 nouveaux réfugiés et déplacés"', 'fr'), []);
  assert.deepEqual(quotes('Die Lage bleibt ernst. Lesen Sie auch: „Wir müssen jetzt handeln, sagt der Minister“', 'de'), []);
  assert.deepEqual(quotes('Mit seiner Melodie steht Bob Geldofs „Do they know it‘s Christmas?“ in einer Reihe mit „Rudolph the red-nosed reindeer“.', 'de'), []);
  assert.deepEqual(quotes('El autor ganó un premio por su libro "Juntos vivimos la vida durante la pandemia" este año.', 'es'), []);
  // A verb of saying after the marks keeps a remark a remark, and English said in the article's language stays speech.
  assert.deepEqual(speakers('„Wir haben alles versucht, um die Saison zu retten“, sagte Trainer Max Braun.', 'de'), ['Trainer Max Braun']);
});

test('verbs of saying: German objecting and separable verbs, Spanish announcing', () => {
  assert.deepEqual(speakers('Die Kritik entbehre „jeglicher sachlicher Grundlage“, monierten die Verbände.', 'de'), ['Verbände']);
  assert.deepEqual(speakers('„Es ist schwer, sich das vorzustellen“, gaben die jungen Christen zu bedenken.', 'de'), ['jungen Christen']);
  assert.deepEqual(speakers('“La lluvia de ayer fue muy extrema y no fue una lluvia ordinaria”, comunicó la referida agencia.', 'es'), ['la referida agencia']);
  // "gab" with no particle closing its clause is no verb of saying.
  assert.deepEqual(quotes('Der Verein gab „keinen Kommentar“ zu den Vorwürfen.', 'de'), []);
});

test('a dialogue dash in the first person with no attribution is speech; a list after a colon is not', () => {
  assert.deepEqual(quotes('Głosów oburzenia jest więcej. – Zawsze „Trójka” kojarzyła się z muzyką i po audycji stawaliśmy się mądrzejsi. Teraz obserwujemy upolitycznienie mediów”. ks', 'pl').map((q) => q[0]),
    ['Zawsze „Trójka” kojarzyła się z muzyką i po audycji stawaliśmy się mądrzejsi. Teraz obserwujemy upolitycznienie mediów']);
  assert.deepEqual(quotes('Lista zakupów:\n- Mleko i chleb dla nas wszystkich na cały tydzień.\n- Masło.', 'pl'), []);
  // Third person with no attribution: narration set off by a dash.
  assert.deepEqual(quotes('Rząd przyjął projekt. – Ustawa wejdzie w życie w przyszłym roku po podpisie prezydenta.', 'pl'), []);
});

test('a headline quoting part of a remark takes the speaker of the remark in the body', () => {
  assert.deepEqual(speakers('Polizei findet tote Tiere auf Weide: «Teilweise bereits verwest» – Tierhalter festgenommen\nAm Dienstag entdeckte eine Patrouille ein totes Schaf. «Die Tiere waren teilweise bereits verwest», so Mediensprecherin Aline Rey.', 'de'),
    ['Mediensprecherin Aline Rey', 'Mediensprecherin Aline Rey']);
});

test('a remark closed by a dash, a verb and its speaker is speech also as the text\'s first sentence (a glued headline)', () => {
  assert.deepEqual(quotes('Anna Nowak: Kiedy władza traci zaufanie Jeżeli wybory odbędą się bez wyborców, nad krajem zawiśnie niebezpieczeństwo – przekonuje socjolog Anna Nowak. W debacie padły już wszystkie argumenty.', 'pl').map((q) => q[1]),
    ['Anna Nowak']);
  // A time after the verb still marks the report's own lead.
  assert.deepEqual(quotes('Emerytury wzrosną od marca o pięć procent - poinformował w sobotę ZUS.', 'pl'), []);
});

test('words whose opening mark was lost begin after a splice of page text (a run of spaces)', () => {
  assert.deepEqual(quotes('Polityk chce skupić się na  y nas po kolei rozkułaczą” – pisze Jan Nowak.', 'pl').map((q) => q[0]), ['y nas po kolei rozkułaczą']);
  assert.deepEqual(quotes('Le club veut recruter vite  Lire aussi nous devons gagner ce match à tout prix », a déclaré Paul Martin.', 'fr').map((q) => q[0]), ['Lire aussi nous devons gagner ce match à tout prix']);
});

test('names in marks: a German noun phrase after an article, a medium right after the verb, a disease after its pandemic', () => {
  assert.deepEqual(quotes('Am Montag hatten die Minister zwei Stunden lang über ein „Konzept für die Öffnung der Schulen im Mai“ beraten.', 'de'), []);
  assert.deepEqual(quotes('Bereits im Dezember berichtete «Radio Nord» über ein totes Lamm auf der Weide.', 'de'), []);
  assert.deepEqual(quotes('نظام رياضي جديد سيذهب إليه العالم بعد جائحة "كورونا أو كوفيد 19" في كل مكان.', 'ar'), []);
  // A remark after a German article that a verb of saying ties stays a remark; Romance phrases after "que les" too.
  assert.deepEqual(speakers('Der Minister sprach von einem „gefährlichen, explosiven Ausbruch der Gewalt“, sagte Sprecher Max Braun.', 'de'), ['Sprecher Max Braun']);
  assert.deepEqual(quotes('Le ministre affirme que les "petits épargnants et actionnaires" seront protégés.', 'fr').map((q) => q[0]), ['petits épargnants et actionnaires']);
});

test('a work noun after a verb of saying or before a colon is the addressee, not a title', () => {
  assert.deepEqual(speakers('Il ministro Mario Rossi ha detto alla rivista: "Siamo pronti a cambiare tutto in questo paese".', 'it'), ['Mario Rossi']);
  assert.deepEqual(quotes('El ministro declaró en el programa "Estamos listos para cambiar todo en este país"', 'es').length, 1);
});

test('German puts the verb second: after a subject opening the clause, the dative after the verb is the addressee', () => {
  const q = '„Wir sind bereit für die neue Saison und alles andere.“';
  assert.deepEqual(speakers(`Trainer Max Braun sagte der Zeitschrift: ${q}`, 'de'), ['Trainer Max Braun']);
  assert.deepEqual(speakers(`Der Trainer sagte der Zeitschrift: ${q}`, 'de'), ['Trainer']);
  assert.deepEqual(speakers(`Merkel sagte dem Sender: ${q}`, 'de'), ['Merkel']);
  // After an adverbial opener the subject follows the verb.
  assert.deepEqual(speakers(`Am Montag sagte der Minister Horst Weber: ${q}`, 'de'), ['Minister Horst Weber']);
  assert.deepEqual(speakers(`Gestern erklärte Olaf Scholz in Berlin: ${q}`, 'de'), ['Olaf Scholz']);
  assert.deepEqual(speakers(`Gestern sagte der Minister: ${q}`, 'de'), ['Minister']);
});

test('Turkish "according to" after its noun, Arabic "thus said" after the quote', () => {
  assert.deepEqual(speakers('Bakan Koca’ya göre “durum ülke genelinde kontrol altında ve endişe yok”.', 'tr'), ['Bakan Koca']);
  assert.deepEqual(speakers('"لا نخطط لإغلاق جديد هذا العام"، هكذا قال وزير الصحة خالد عبد الغفار.', 'ar'), ['وزير الصحة خالد عبد الغفار']);
});

test('"so-called" right before the marks makes a term, not the verb of saying it resembles', () => {
  assert.deepEqual(quotes('Le gouvernement a lancé un plan dit de « relance » pour l\'économie du pays.', 'fr'), []);
  assert.deepEqual(quotes('La llamada "nueva normalidad económica del país" comenzará el lunes.', 'es'), []);
  assert.deepEqual(quotes('Tak zwana „nowa normalność w całym kraju” zacznie się w poniedziałek.', 'pl'), []);
  // The verb itself still introduces speech.
  assert.deepEqual(quotes('Le président dit « Nous allons gagner ce match demain soir ».', 'fr').map((q) => q[1]), ['Le président']);
});

test('Spanish raya dialogue and the French attribution set inside the guillemets', () => {
  assert.deepEqual(quotes('—No vamos a permitir que suban los precios —dijo el ministro de Hacienda, José Luis Escrivá.', 'es'),
    [['No vamos a permitir que suban los precios', 'José Luis Escrivá']]);
  // A parenthetical dash in lower case opens nothing.
  assert.deepEqual(quotes('El ministro – que llegó ayer a la capital – dijo que los precios bajarán pronto.', 'es'), []);
  assert.deepEqual(quotes('« Nous ne laisserons pas les prix augmenter, a déclaré le ministre Bruno Le Maire. Le budget est équilibré. »', 'fr'),
    [['Nous ne laisserons pas les prix augmenter', 'Bruno Le Maire'], ['Le budget est équilibré.', 'Bruno Le Maire']]);
  // A remark of one sentence with a comma before a verb inside it stays whole.
  assert.deepEqual(quotes('« Je pense, dit-on souvent, que rien ne change », a déclaré Paul Martin.', 'fr').length, 1);
});

test('the addressee after the verb: a German dative after an apposition, a Polish or Russian case-marked outlet', () => {
  assert.deepEqual(speakers('Der Sprecher des Innenministeriums, Steve Alter, sagte der Deutschen Presse-Agentur: „Die Lage ist ernst.“', 'de'), ['Steve Alter']);
  assert.deepEqual(speakers('Rzecznik rządu Piotr Müller powiedział PAP: „Sytuacja jest poważna i działamy”.', 'pl'), ['Piotr Müller']);
  assert.deepEqual(speakers('Пресс-секретарь президента Дмитрий Песков сказал РИА Новости: «Ситуация серьезная, и мы действуем».', 'ru'), ['Дмитрий Песков']);
  // The subject after the verb, past the outlet and a role, still speaks.
  assert.deepEqual(speakers('Об этом сообщил РИА Новости глава региона Сергей Иванов: «Мы обсудили все вопросы и довольны итогами».', 'ru'), ['Сергей Иванов']);
});

test('a name right after the noun it names stays a name when a verb follows it with no comma', () => {
  assert.deepEqual(quotes('Die Partei „Die Linke“ fordert höhere Löhne für alle.', 'de'), []);
  assert.deepEqual(quotes('La operación "Balmis" movilizó a miles de soldados en todo el país.', 'es'), []);
  // Set off by a comma, a verb of saying after the marks still attributes a remark.
  assert.deepEqual(speakers('„Wir fordern höhere Löhne für alle“, sagte die Partei.', 'de').length, 1);
});

test('a full stop after a title\'s abbreviation or an initial does not end the speaker', () => {
  // (The form of address then goes: the speaker is the person, speaker-address-intl.test.ts.)
  assert.deepEqual(speakers('« Nous avons tout convenu », a dit M. Dupont. Il est parti ensuite.', 'fr'), ['Dupont']);
  assert.deepEqual(speakers('"Hemos acordado todo lo importante", dijo el Dr. Pérez. Luego se fue.', 'es'), ['Pérez']);
});

test('Russian and Polish: a feminine verb or pronoun does not take the last speaker when he spoke with a masculine verb', () => {
  assert.deepEqual(speakers('Министр Иван Петров встретился с губернатором Анной Смирновой. «Мы договорились обо всем важном», — сказал Петров. «Работа продолжится и дальше», — добавила она.', 'ru'),
    ['Петров', 'Анной Смирновой']);
  assert.deepEqual(speakers('Minister Jan Kowalski spotkał się z wojewodą Anną Nowak. „Uzgodniliśmy wszystkie ważne sprawy” – powiedział Kowalski. „Praca będzie kontynuowana” – dodała ona.', 'pl'),
    ['Kowalski', 'Anną Nowak']);
  // A masculine genitive is no woman ("Ариэля Кастро"): with no woman named, the pronoun keeps the usual reading.
  assert.deepEqual(speakers('Берри долго была в плену у Ариэля Кастро. «Я свободен», — сказал Берри. «Я хочу помочь району и людям», — сказала она.', 'ru'),
    ['Берри', 'Берри']);
  // Agreeing gender: the last speaker stays.
  assert.deepEqual(speakers('Министр Иван Петров посетил завод. «Мы договорились обо всем важном», — сказал Петров. «Работа продолжится», — добавил он.', 'ru'),
    ['Петров', 'Петров']);
});

test('a pronoun subject stands for the speaker in focus, not for the first capitalised word of an earlier remark\'s sentence', () => {
  assert.deepEqual(speakers('Le directeur de l\'OMS, Tedros Adhanom Ghebreyesus, a déclaré à Genève : « La pandémie est loin d\'être terminée. » Il a ajouté : « Tous les pays doivent rester vigilants. »', 'fr'),
    ['Tedros Adhanom Ghebreyesus', 'Tedros Adhanom Ghebreyesus']);
});
