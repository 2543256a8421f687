import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

// Short sentences written for these rules (issue 13): the subject of the verb of saying, not the nearest name.
const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('a name inside the subject\'s complement or after a preposition is not the speaker', () => {
  assert.deepEqual(quotes('El también vicepresidente del gobernante Partido Popular de Aragón, Julián Herrero, dijo que la propuesta impulsada por Sánchez es “una trampa”.', 'es'),
    [['una trampa', 'Julián Herrero']]);
  assert.deepEqual(quotes('Le Représentant spécial du président de la Commission de Venise, l\'ambassadeur Marc Dupuis, a publié la déclaration suivante : « Nous appelons les deux parties à respecter le cessez-le-feu. »', 'fr'),
    [['Nous appelons les deux parties à respecter le cessez-le-feu.', 'Marc Dupuis']]);
  // Without a name in apposition, the first full name before the verb stays the subject (Polish).
  assert.deepEqual(quotes('Anna Nowak w liście do szefa Rady Miasta Jana Kowalskiego napisała: „Nie zgadzam się na takie traktowanie mieszkańców”.', 'pl'),
    [['Nie zgadzam się na takie traktowanie mieszkańców', 'Anna Nowak']]);
});

test('a description as speaker stands for the one the article named with it', () => {
  assert.deepEqual(quotes('El biólogo Ramón Castillo recorrió el mercado. La alcaldía anunció nuevas medidas. “Hace falta limpieza y desinfección constantes”, enfatizó el biólogo.', 'es'),
    [['Hace falta limpieza y desinfección constantes', 'Ramón Castillo']]);
  assert.deepEqual(quotes('Julián Herrero, vicepresidente del Partido Popular de Aragón, visitó Teruel. El vicepresidente del Partido Popular aseguró que la reforma “no tiene ningún sentido para nadie aquí”.', 'es'),
    [['no tiene ningún sentido para nadie aquí', 'Julián Herrero']]);
  assert.deepEqual(quotes('Apple ha lanciato un nuovo servizio. Apple lo offre gratis a tutti. La società afferma che gli utenti dell\'App Store "non hanno mai pagato nulla per questo servizio".', 'it'),
    [['non hanno mai pagato nulla per questo servizio', 'Apple']]);
  // Nobody named with it: the description itself is kept.
  assert.deepEqual(quotes('La alcaldía anunció nuevas medidas. “Hace falta limpieza y desinfección constantes”, enfatizó el biólogo.', 'es'),
    [['Hace falta limpieza y desinfección constantes', 'el biólogo']]);
});

test('a verb of saying with no subject of its own takes the person named before, not any capitalised word', () => {
  assert.deepEqual(quotes('El epidemiólogo Ramón Castillo Ruiz visitó el hospital. La OMS publicó nuevas cifras el lunes. “Hay que mantener la calma en todo momento”, aseguró.', 'es'),
    [['Hay que mantener la calma en todo momento', 'Ramón Castillo Ruiz']]);
  assert.deepEqual(quotes('Il sindaco Marco Bianchi ha visitato la scuola. L\'ASL ha pubblicato i dati. "Dobbiamo restare calmi e prudenti", ha aggiunto.', 'it'),
    [['Dobbiamo restare calmi e prudenti', 'Marco Bianchi']]);
});

test('a report as the subject speaks, also through a gerund', () => {
  assert.deepEqual(quotes('El informe también criticó a Martínez, diciendo que el ministro “no ha cumplido ninguna de sus promesas”.', 'es'),
    [['no ha cumplido ninguna de sus promesas', 'informe']]);
});

test('a publication in marks between the verb and the name is the medium, not the speaker', () => {
  assert.deepEqual(quotes('– Nie mam zamiaru rezygnować z tej pracy – stwierdził w rozmowie z "Daily Mirror" Kowalski.', 'pl'),
    [['Nie mam zamiaru rezygnować z tej pracy', 'Kowalski']]);
  // Right after the verb the publication itself speaks.
  assert.deepEqual(quotes('„Kopalnia zostanie zamknięta w przyszłym roku” - informuje "Dziennik Zachodni".', 'pl'),
    [['Kopalnia zostanie zamknięta w przyszłym roku', 'Dziennik Zachodni']]);
});

test('names, terms and one-word phrases in marks are not quotes unless a verb of saying attributes them', () => {
  assert.deepEqual(quotes('Le studio a annoncé la sortie de "Space Farm Tycoon", un "jeu de stratégie" en ligne. Le joueur devient "vert" et "riche" très vite.', 'fr'), []);
  assert.deepEqual(quotes('Il gruppo ha presentato "Nuova Terra Viva", un "gioco di ruolo" per tutti.', 'it'), []);
  // Attributed, a single word is a quote.
  assert.deepEqual(quotes('Ma démission est "inévitable", a déclaré Thomas Kemmerich.', 'fr'), [['inévitable', 'Thomas Kemmerich']]);
  // A name in marks after a colon is announced: kept.
  assert.deepEqual(quotes('El presidente dijo: "Viva España".', 'es').length, 1);
});

test('Polish dash-led speech may open with a number and close with a present-tense verb of saying', () => {
  assert.deepEqual(quotes('Nowe przepisy w aptekach.\n- 8 stycznia wchodzi w życie nowy system dla pacjentów - przypomina Anna Nowak, rzeczniczka NFZ.\nWięcej w serwisie.', 'pl'),
    [['8 stycznia wchodzi w życie nowy system dla pacjentów', 'Anna Nowak']]);
  // A range written with a spaced dash mid-sentence is not speech.
  assert.deepEqual(quotes('Szkoła działała w latach 1990 - 2005 w tym budynku.', 'pl'), []);
});

test('"according to" before a quote, an addressee before the speaker, and a long reported clause', () => {
  assert.deepEqual(quotes('Selon le porte-parole du gouvernement, « la situation reste très préoccupante ».', 'fr'),
    [['la situation reste très préoccupante', 'le porte-parole du gouvernement']]);
  assert.deepEqual(quotes('“No vamos a permitirlo”, dijo a los periodistas la portavoz del Gobierno, María Jesús Montero.', 'es'),
    [['No vamos a permitirlo', 'María Jesús Montero']]);
  assert.deepEqual(quotes('El vicepresidente del Partido Socialista de Castilla, Julián Herrero, dijo que la oposición regional, que durante meses ha sido dirigida por Gómez y sus aliados en la Asamblea elegida en 2015 con el apoyo de varios partidos pequeños, es “una vergüenza”. El resto no opinó.', 'es'),
    [['una vergüenza', 'Julián Herrero']]);
  // An acronym in brackets belongs to the complement before it: the description stays the speaker.
  assert.deepEqual(quotes('El vicepresidente del Partido Socialista de Castilla (PSC) aseguró que la reforma “no tiene ningún sentido para nadie aquí”.', 'es'),
    [['no tiene ningún sentido para nadie aquí', 'El vicepresidente del Partido Socialista de Castilla (PSC)']]);
});

test('a quote whose closing mark was lost stands when the sentence before speaks; spliced page text ends it', () => {
  assert.deepEqual(quotes('Le maire Paul Martin a expliqué sa position. "On ne peut pas vraiment dire que la situation soit réglée.', 'fr'),
    [['On ne peut pas vraiment dire que la situation soit réglée.', 'Paul Martin']]);
  assert.deepEqual(quotes('Il sindaco Marco Bianchi ha spiegato ieri il progetto. “Il programma era stato pensato per aiutare le famiglie in difficoltà.', 'it'),
    [['Il programma era stato pensato per aiutare le famiglie in difficoltà.', 'Marco Bianchi']]);
  // Nothing speaks before it: an unclosed mark is not trusted.
  assert.deepEqual(quotes('Le maire Paul Martin a visité le quartier. "On ne peut pas vraiment dire que la situation soit réglée.', 'fr'), []);
  // A run of spaces splices a form into the line: the quote ends there (and is then too short to stand alone).
  assert.deepEqual(quotes('La alcaldesa Ana Ruiz lo explicó así. "Ante una crisis como esta hay que actuar  deje este campo vacío : Tu dirección de correo electrónico', 'es'),
    [['Ante una crisis como esta hay que actuar', 'Ana Ruiz']]);
});

test('a name run joined to the office right before the verb keeps the holder; an earlier holder of the same title is not taken', () => {
  assert.deepEqual(quotes('Il presidente Giuseppe Conte ha parlato a Roma. Il presidente della Regione Lombardia Attilio Fontana ha detto che "la situazione è sotto controllo in tutti gli ospedali".', 'it'),
    [['la situazione è sotto controllo in tutti gli ospedali', 'Regione Lombardia Attilio Fontana']]);
  assert.deepEqual(quotes('El presidente Pedro Sánchez habló en Madrid. El presidente de la Junta de Andalucía Juanma Moreno dijo que “la situación está bajo control en los hospitales”.', 'es'),
    [['la situación está bajo control en los hospitales', 'Junta de Andalucía Juanma Moreno']]);
  assert.deepEqual(quotes('Il portavoce del ministero degli Esteri ha detto che "nessun italiano è rimasto coinvolto nell\'attacco".', 'it'),
    [['nessun italiano è rimasto coinvolto nell\'attacco', 'Il portavoce del ministero degli Esteri']]);
});

test('a complement after the verb is not the speaker; a name run joined to the office keeps the holder\'s name, not an earlier minister\'s', () => {
  assert.deepEqual(quotes('Matteo Salvini ha attaccato il governo. "È una vergogna per tutto il Paese", ha aggiunto il leader della Lega.', 'it'),
    [['È una vergogna per tutto il Paese', 'il leader della Lega']]);
  assert.deepEqual(quotes('El ministro Pedro Duque habló ayer. “Seguiremos enviando ayuda a la región”, dijo el ministro de Defensa Oleksii Réznikov.', 'es'),
    [['Seguiremos enviando ayuda a la región', 'Defensa Oleksii Réznikov']]);
  // A name run crossing a sentence end ("Ginebra. La OMS") is two names: the person is still found.
  assert.deepEqual(quotes('Tedros Adhanom visitó Ginebra. La OMS publicó datos nuevos. “Estamos ante una emergencia global que nos afecta a todos”, dijo.', 'es'),
    [['Estamos ante una emergencia global que nos afecta a todos', 'Tedros Adhanom']]);
});

test('a subjectless verb followed only by a time or an addressee still looks back; a clause opener is not part of a name', () => {
  assert.deepEqual(quotes('Il sindaco Beppe Sala ha visitato il cantiere. "Il progetto sarà pronto tra pochi mesi", ha detto oggi ai cronisti.', 'it'),
    [['Il progetto sarà pronto tra pochi mesi', 'Beppe Sala']]);
  assert.deepEqual(quotes('El ministro José Luis Ábalos visitó la obra. El “proyecto estará listo en pocos meses para todos”, dijo ayer.', 'es'),
    [['proyecto estará listo en pocos meses para todos', 'José Luis Ábalos']]);
});

test('a publication named in marks after a preposition is a title, not a quote, even before a verb of saying', () => {
  assert.deepEqual(quotes('Il ministro Luigi Di Maio, in un\'intervista al "Corriere della Sera", ha detto: "Non ci saranno nuove tasse".', 'it'),
    [['Non ci saranno nuove tasse', 'Luigi Di Maio']]);
  assert.deepEqual(quotes('En una entrevista con "El País", la vicepresidenta Carmen Calvo afirmó que “el Gobierno no cederá ante las presiones”.', 'es'),
    [['el Gobierno no cederá ante las presiones', 'Carmen Calvo']]);
});

test('a product name with "&" in marks is a title, also after a preposition before a verb of saying', () => {
  assert.deepEqual(quotes('La société Bigfoot annonce aujourd\'hui la sortie de "Tom & Jerry Pizza Party", disponible sur mobile.', 'fr'), []);
  assert.deepEqual(quotes('Les joueurs de "Tom & Jerry Pizza Party", a expliqué le studio, sont déjà nombreux.', 'fr'), []);
});

test('a subjectless verb after a new sentence naming someone else gives the quote to that person', () => {
  assert.deepEqual(quotes('“Vamos a aprobar los presupuestos este mes”, dijo Pedro Sánchez. Por su parte, el líder del PP, Pablo Casado, criticó la medida en el Congreso. “Es un error histórico para España”, aseguró.', 'es'),
    [['Vamos a aprobar los presupuestos este mes', 'Pedro Sánchez'], ['Es un error histórico para España', 'Pablo Casado']]);
  // A name in the last quote's own attribution sentence does not take over.
  assert.deepEqual(quotes('“Vamos a aprobar los presupuestos este mes”, dijo Pedro Sánchez tras reunirse con el presidente francés Emmanuel Macron. “Es un paso muy importante para todos”, añadió.', 'es'),
    [['Vamos a aprobar los presupuestos este mes', 'Pedro Sánchez'], ['Es un paso muy importante para todos', 'Pedro Sánchez']]);
});

test('a title named with a place and a name, an organisation named once, and two-joiner names', () => {
  assert.deepEqual(quotes('Il sindaco di Milano Beppe Sala ha visitato il cantiere. "I lavori finiranno a giugno", ha spiegato il sindaco.', 'it'),
    [['I lavori finiranno a giugno', 'Milano Beppe Sala']]);
  assert.deepEqual(quotes('Apple presentó el nuevo iPhone en California. La compañía asegura que “es el teléfono más rápido del mercado”.', 'es'),
    [['es el teléfono más rápido del mercado', 'Apple']]);
  assert.deepEqual(quotes('La Commissione europea ha approvato il piano. "È un passo avanti decisivo per l\'Europa", ha commentato la presidente Ursula von der Leyen.', 'it'),
    [['È un passo avanti decisivo per l\'Europa', 'Ursula von der Leyen']]);
});

test('German: an article after the name is not part of it', () => {
  assert.deepEqual(quotes('„Die Lage an der Grenze ist sehr ernst“, sagte Resnikow den Abgeordneten.', 'de'),
    [['Die Lage an der Grenze ist sehr ernst', 'Resnikow']]);
});
