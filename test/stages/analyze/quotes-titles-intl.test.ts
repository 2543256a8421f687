import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

// Sentences written for issue 13's structural mechanisms (marks paired over the whole quotation, titles told from
// quotes over the whole text), in several languages each; not text of any gold set.
const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('a quotation of another mark family inside a quotation is nested, not the end of the outer one', () => {
  assert.deepEqual(quotes('Posłanka dodała: „Mówił wtedy "nie będzie zgody" i wyszedł z sali obrad bez słowa” – powiedziała Anna Nowak.', 'pl'),
    [['Mówił wtedy "nie będzie zgody" i wyszedł z sali obrad bez słowa', 'Anna Nowak']]);
  assert.deepEqual(quotes('«Мы назвали это „новой нормой“ и будем работать дальше», — сказал министр Иван Петров.', 'ru'),
    [['Мы назвали это „новой нормой“ и будем работать дальше', 'Иван Петров']]);
  assert.deepEqual(quotes('"Wir haben das „Projekt Zukunft“ gestartet und bleiben dabei", sagte Olaf Scholz.', 'de'),
    [['Wir haben das „Projekt Zukunft“ gestartet und bleiben dabei', 'Olaf Scholz']]);
  assert.deepEqual(quotes('« Nous avons appelé ce plan "Horizon vert" pour une raison simple », a déclaré la ministre Anne Martin.', 'fr'),
    [['Nous avons appelé ce plan "Horizon vert" pour une raison simple', 'Anne Martin']]);
});

test('a curly quotation whose closing mark was lost still ends where a straight one opens after it', () => {
  // No closing mark of the outer family follows the straight pair: the pair is a quote of its own, not nested.
  assert.deepEqual(quotes('Il sindaco ha detto: “Abbiamo lavorato tanto. "I nostri ragazzi sono bravi", ha aggiunto il sindaco.', 'it').map((q) => q[0]),
    ['Abbiamo lavorato tanto.', 'I nostri ragazzi sono bravi']);
});

test('the same words in marks are a title everywhere once one occurrence shows it a title', () => {
  assert.deepEqual(quotes('„Die Welt von gestern“ ist ein Buch von Stefan Zweig.\nDas Buch „Die Welt von gestern“ erschien 1942 in Stockholm.', 'de'), []);
  assert.deepEqual(quotes('"Cien años de soledad" cumple medio siglo.\nLa novela "Cien años de soledad" se publicó en Buenos Aires en 1967.', 'es'), []);
  assert.deepEqual(quotes('صدر حديثا كتاب "رحلة في ذاكرة المدينة القديمة" للكاتب أحمد علي.', 'ar'), []);
  // Said about the book, a remark stays a quote.
  assert.deepEqual(quotes('وقال الكاتب أحمد علي إن "الكتاب يروي قصة المدينة القديمة وأهلها".', 'ar'), [['الكتاب يروي قصة المدينة القديمة وأهلها', 'الكاتب أحمد علي']]);
});

test('short words in marks repeated with nothing saying them are a name; a quote said once keeps its copies', () => {
  assert.deepEqual(quotes('Neues Buch „Ein Land ohne Grenzen und ohne Angst“ erscheint\nDie Autorin stellte am Montag „Ein Land ohne Grenzen und ohne Angst“ in Berlin vor.', 'de'), []);
  assert.deepEqual(quotes('Premiera „Ostatni dzień lata w górach” w Krakowie\nWidzowie obejrzeli „Ostatni dzień lata w górach” w sobotę wieczorem.', 'pl'), []);
  // The headline's copy of a remark attributed in the body is the same remark, with the same speaker.
  assert.deepEqual(quotes('„Wir schaffen das gemeinsam“\nKanzlerin Merkel sagte am Montag: „Wir schaffen das gemeinsam“.', 'de'),
    [['Wir schaffen das gemeinsam', 'Kanzlerin Merkel'], ['Wir schaffen das gemeinsam', 'Kanzlerin Merkel']]);
  assert.deepEqual(quotes('«Мы не отступим ни на шаг»\nГубернатор Иван Петров заявил: «Мы не отступим ни на шаг».', 'ru'),
    [['Мы не отступим ни на шаг', 'Губернатор Иван Петров'], ['Мы не отступим ни на шаг', 'Губернатор Иван Петров']]);
});

test('an outlet or document named in marks after its noun is a name, even with a verb of saying right after it', () => {
  assert.deepEqual(quotes('В докладе «Состояние мировой экономики в новом году» говорится о росте цен.', 'ru'), []);
  assert.deepEqual(quotes('Об этом сообщает агентство «Интерфакс» со ссылкой на источник.', 'ru'), []);
  assert.deepEqual(quotes('وقال المتحدث لوكالة "رويترز" إن الوضع خطير جدا في المنطقة.', 'ar'), []);
  assert.deepEqual(quotes('W raporcie „Polska w liczbach i faktach” czytamy o wzroście cen.', 'pl'), []);
  assert.deepEqual(quotes('Le quotidien « Le Monde du Soir » a publié une longue enquête.', 'fr'), []);
  assert.deepEqual(quotes('Bakan, Anadolu Ajansı\'na konuştu. Ajans "Yeni Dönem Raporu" başlıklı bir belge yayımladı.', 'tr'), []);
  // A remark attributed after a comma or dash stays a quote, the outlet beside it notwithstanding.
  assert.deepEqual(quotes('«Мы не отступим», — сказал в интервью агентству «Интерфакс» министр Иван Петров.', 'ru'),
    [['Мы не отступим', 'Иван Петров']]);
  assert.deepEqual(quotes('"Il governo non cadrà", ha detto il ministro Luigi Rossi al quotidiano "La Stampa".', 'it'),
    [['Il governo non cadrà', 'Luigi Rossi']]);
});

test('a description that points back ("the said agency") stands for the outlet named with its noun before', () => {
  assert.deepEqual(quotes('La agencia Efe informó del accidente en Madrid. "Hay al menos tres heridos graves", informó la citada agencia.', 'es'),
    [['Hay al menos tres heridos graves', 'Efe']]);
  assert.deepEqual(quotes('L\'agenzia Adnkronos ha riferito dell\'incidente. "Ci sono almeno tre feriti gravi", ha riferito la suddetta agenzia.', 'it'),
    [['Ci sono almeno tre feriti gravi', 'Adnkronos']]);
  assert.deepEqual(quotes('L\'agence Reuters a rapporté l\'accident. « Il y a au moins trois blessés graves », a rapporté ladite agence.', 'fr'),
    [['Il y a au moins trois blessés graves', 'L\'agence Reuters']]);
  assert.deepEqual(quotes('Агентство ТАСС сообщило об аварии. «Есть как минимум трое тяжело раненых», — сообщило указанное агентство.', 'ru'),
    [['Есть как минимум трое тяжело раненых', 'ТАСС']]);
  // "la" opens the description only as a word: "laboratorio" keeps its letters.
  assert.deepEqual(quotes('"Los resultados llegarán el lunes", dijo el laboratorio.', 'es'), [['Los resultados llegarán el lunes', 'el laboratorio']]);
});

test('a crosshead in capitals heads the text under it and names no speaker', () => {
  assert.deepEqual(quotes('KORONAVİRÜS ÖNLEMLERİ\nAçıklamanın devamında “Vatandaşlarımızın endişe etmesine gerek yok” denildi.', 'tr'),
    [['Vatandaşlarımızın endişe etmesine gerek yok', undefined]]);
  // The statement's issuer before the crosshead still speaks; "tarafından" is "by", not part of the name.
  assert.deepEqual(quotes('Sağlık Bakanlığı tarafından yapılan açıklamada çalışmaların sürdüğü belirtildi.\nÖNEMLİ UYARI\n“Vatandaşlarımızın endişe etmesine gerek yok” denildi.', 'tr'),
    [['Vatandaşlarımızın endişe etmesine gerek yok', 'Sağlık Bakanlığı']]);
  assert.deepEqual(quotes('Il sindaco Marco Bucci ha firmato l\'ordinanza.\nSCUOLE CHIUSE A GENOVA\n"Le scuole resteranno chiuse fino a lunedì prossimo", ha aggiunto.', 'it'),
    [['Le scuole resteranno chiuse fino a lunedì prossimo', 'Marco Bucci']]);
});

test('a quote whose opening mark was lost: a German closing “ before a verb of saying, an ellipsis where the excerpt begins', () => {
  assert.deepEqual(quotes('Die Lage ist ernst. Wir werden alles tun, um die Menschen zu schützen“, sagte Innenminister Horst Seehofer am Montag.', 'de'),
    [['Wir werden alles tun, um die Menschen zu schützen', 'Innenminister Horst Seehofer']]);
  assert.deepEqual(quotes('Er sprach lange. … wir werden nicht aufgeben“, sagte Seehofer.', 'de'), [['wir werden nicht aufgeben', 'Seehofer']]);
  assert.deepEqual(quotes('Il a parlé longtemps... nous ne lâcherons rien », a déclaré le ministre Jean Dupont.', 'fr'),
    [['nous ne lâcherons rien', 'Jean Dupont']]);
  // A “ opening a quote is no closing mark.
  assert.deepEqual(quotes('Der Minister sagte: “Wir bleiben hier und arbeiten weiter.”', 'de'), [['Wir bleiben hier und arbeiten weiter.', 'Minister']]);
});

test('a quotation whose closing mark was lost ends at a comma, a verb of saying and its subject', () => {
  assert.deepEqual(quotes('« Nous ne pouvons pas accepter cette situation plus longtemps, a déclaré le ministre Bruno Le Maire. Il faut agir.', 'fr'),
    [['Nous ne pouvons pas accepter cette situation plus longtemps', 'Bruno Le Maire']]);
  assert.deepEqual(quotes('"No vamos a permitir más retrasos en las obras, afirmó el alcalde José Luis Martínez. Mañana habrá reunión.', 'es'),
    [['No vamos a permitir más retrasos en las obras', 'José Luis Martínez']]);
  // A verb with an object is narration: the quote runs on.
  assert.deepEqual(quotes('Il sindaco ha detto: “Abbiamo lavorato tanto, ha aggiunto un elemento speciale alla festa. E ora basta.', 'it').map((q) => q[0]),
    ['Abbiamo lavorato tanto, ha aggiunto un elemento speciale alla festa. E ora basta.']);
});

test('a word in marks after a verb of naming is the speaker\'s own word', () => {
  assert.deepEqual(quotes('Глава Минфина Антон Силуанов назвал ситуацию «катастрофой» для бюджета.', 'ru'), [['катастрофой', 'Глава Минфина Антон Силуанов']]);
  assert.deepEqual(quotes('Finanzminister Christian Lindner nannte den Plan „Unsinn“.', 'de'), [['Unsinn', 'Finanzminister Christian Lindner']]);
  assert.deepEqual(quotes('Le ministre Bruno Le Maire a qualifié la mesure de « scandaleuse » lors du débat.', 'fr'), [['scandaleuse', 'Bruno Le Maire']]);
  assert.deepEqual(quotes('Bakan Ali Kaya, kararı “tarihi” olarak nitelendirdi.', 'tr'), [['tarihi', 'Bakan Ali Kaya']]);
  assert.deepEqual(quotes('Premier Mateusz Morawiecki nazwał projekt „skandalem”.', 'pl'), [['skandalem', 'Premier Mateusz Morawiecki']]);
  // A verb of judging is no naming: the word is a term.
  assert.deepEqual(quotes('Dans son arrêt, la Cour juge la requête « mal fondée » et la rejette.', 'fr'), []);
});

test('a quotation all in capitals is judged by what ties it, not taken for a title by its capitals', () => {
  assert.deepEqual(quotes('Bakan Ali Kaya açıklama yaptı.\n“HİÇBİR VATANDAŞIMIZ MAĞDUR EDİLMEYECEK”\nKaya, açıklamasında hiçbir vatandaşın mağdur edilmeyeceğini söyledi.', 'tr'),
    [['HİÇBİR VATANDAŞIMIZ MAĞDUR EDİLMEYECEK', 'Bakan Ali Kaya']]);
  assert.deepEqual(quotes('Фильм «ВОЙНА И МИР НА ЭКРАНЕ» вышел в прокат.', 'ru'), []);
});

test('a verb of saying, a colon and a dialogue dash announce speech to the paragraph\'s last sentence end', () => {
  assert.deepEqual(quotes('Kaczyński ostrzega: – Nie pozwolimy na rozbicie jedności narodu\nPrezes PiS mówił w sobotę o wyborach.', 'pl'),
    [['Nie pozwolimy na rozbicie jedności narodu', 'Kaczyński']]);
  assert.deepEqual(quotes('Minister zdrowia Adam Niedzielski powiedział: – Nie planujemy kolejnego lockdownu w tym roku. Sytuacja jest stabilna.', 'pl'),
    [['Nie planujemy kolejnego lockdownu w tym roku. Sytuacja jest stabilna.', 'Adam Niedzielski']]);
  assert.deepEqual(quotes('Министр Иван Петров сказал: — Мы не планируем новых ограничений в этом году.', 'ru'),
    [['Мы не планируем новых ограничений в этом году.', 'Министр Иван Петров']]);
  // A dash and verb closing it within the paragraph: the closing attribution reads it.
  assert.deepEqual(quotes('Rzecznik powiedział: – Nie planujemy zmian – dodał Jan Nowak. Potem wyszedł.', 'pl'), [['Nie planujemy zmian', 'Jan Nowak']]);
});

test('a quote opening its paragraph with nothing attributing it belongs to the statement right after it', () => {
  assert.deepEqual(quotes('Представитель компании «Лента» отказался от комментариев.\n«Мы будем закрывать магазины в регионах». Владельцы сети заявили, что решение окончательное.', 'ru'),
    [['Мы будем закрывать магазины в регионах', 'Владельцы']]);
  assert.deepEqual(quotes('La empresa cerró el año con pérdidas.\n"Cerraremos tres fábricas este año". Los propietarios Juan Pérez y Ana Ruiz afirmaron que no hay alternativa.', 'es').map(([, s]) => s),
    ['Juan Pérez y Ana Ruiz']);
  // Inside a paragraph the sentence before binds it; the next one does not.
  assert.deepEqual(quotes('El alcalde visitó la zona. "Vamos a reconstruir todo lo que se perdió". Los vecinos afirmaron que esperan ayuda pronto.', 'es').map(([, s]) => s === 'Los vecinos'),
    [false]);
});

test('the subject of a verb of saying ends where an adjunct or an outlet gives way to it', () => {
  // Arabic: the subject after the verb ends at a place or time phrase before "that".
  assert.deepEqual(quotes('وقال وزير الخارجية سامح شكري في مؤتمر صحفي، إن "مصر لن تقبل بأي تهديد لأمنها المائي".', 'ar'),
    [['مصر لن تقبل بأي تهديد لأمنها المائي', 'وزير الخارجية سامح شكري']]);
  assert.deepEqual(quotes('وقال وزير الدولة لشؤون الهجرة اليوم الأحد إن "الحكومة ستدعم العائدين".', 'ar'),
    [['الحكومة ستدعم العائدين', 'وزير الدولة لشؤون الهجرة']]);
  // Russian and Polish: an outlet told, then a role in lower case and the speaker's full name.
  assert.deepEqual(quotes('«Ситуация стабильная», — рассказал РИА Новости глава региона Сергей Иванов.', 'ru'), [['Ситуация стабильная', 'Сергей Иванов']]);
  assert.deepEqual(quotes('„Sytuacja jest stabilna” – powiedział Polskiej Agencji Prasowej wojewoda mazowiecki Konstanty Radziwiłł.', 'pl'),
    [['Sytuacja jest stabilna', 'Konstanty Radziwiłł']]);
  // Spanish verbs of judging attribute like "dijo".
  assert.deepEqual(quotes('“Es una decisión irresponsable”, criticó el portavoz del PP, Pablo Montesinos, en rueda de prensa.', 'es'),
    [['Es una decisión irresponsable', 'Pablo Montesinos']]);
});

test('an "according to" phrase ties a short quotation; the Spanish compound perfect attributes', () => {
  assert.deepEqual(quotes('По словам министра здравоохранения Михаила Мурашко, «пик заболеваемости пройден».', 'ru'),
    [['пик заболеваемости пройден', 'министра здравоохранения Михаила Мурашко']]);
  assert.deepEqual(quotes('Selon le ministre, « tout va bien ».', 'fr'), [['tout va bien', 'le ministre']]);
  assert.deepEqual(quotes('“No habrá subida de impuestos”, ha asegurado este lunes la ministra de Hacienda, María Jesús Montero.', 'es'),
    [['No habrá subida de impuestos', 'María Jesús Montero']]);
});

test('a heading\'s first word written nowhere else and a name after a preposition are no speakers', () => {
  assert.deepEqual(quotes('Protest w Warszawie\nCi, którzy przyszli pod Sejm, krzyczeli: „Precz z tą ustawą!”', 'pl'), [['Precz z tą ustawą!', undefined]]);
  assert.deepEqual(quotes('Maltempo a Genova, scuole chiuse\nSi legge nella nota: "Le scuole resteranno chiuse fino a lunedì".', 'it'),
    [['Le scuole resteranno chiuse fino a lunedì', undefined]]);
  // A name in the heading that the text names again is still one.
  assert.deepEqual(quotes('Merkel warnt vor zweiter Welle\n„Wir müssen vorsichtig bleiben“, sagte Merkel am Montag.', 'de'), [['Wir müssen vorsichtig bleiben', 'Merkel']]);
});

test('Chinese: an adverb or conjunction before the verb is no subject', () => {
  assert.deepEqual(quotes('王毅表示，“中方愿同各方加强合作”，并强调“多边主义是正确方向”。', 'zh'),
    [['中方愿同各方加强合作', '王毅'], ['多边主义是正确方向', '王毅']]);
  assert.deepEqual(quotes('王毅还表示，“中方愿同各方加强合作”。', 'zh'), [['中方愿同各方加强合作', '王毅']]);
});

test('titles after the noun of the work they name, in every language', () => {
  assert.deepEqual(quotes('La serie "La casa de papel" vuelve a Netflix con nuevos capítulos este viernes.', 'es'), []);
  assert.deepEqual(quotes('Le film « Les Misérables » de Ladj Ly a remporté quatre César.', 'fr'), []);
  assert.deepEqual(quotes('Premiera filmu „Boże Ciało” odbyła się w Warszawie w piątek wieczorem.', 'pl'), []);
  assert.deepEqual(quotes('Сериал «Метод» вернётся на экраны «Первого канала» осенью этого года.', 'ru'), []);
  assert.deepEqual(quotes('عرض مسلسل "الاختيار" على قناة "دي إم سي" في رمضان.', 'ar'), []);
  // A speaker's name that merely begins like a work noun is no work noun ("Obrador").
  assert.deepEqual(quotes('El presidente Andrés Manuel López Obrador habló. "Vamos a seguir adelante con el proyecto del tren", afirmó.', 'es').map(([q]) => q),
    ['Vamos a seguir adelante con el proyecto del tren']);
});

test('outside German a capitalised name that begins like a work noun is no work noun', () => {
  // "Romano" begins like "roman" (a novel): the words in marks after it are still a remark.
  assert.deepEqual(quotes('Nel lungo intervento di Romano Prodi "il paese ha bisogno di riforme condivise" è la frase più applaudita.', 'it').map(([q]) => q),
    ['il paese ha bisogno di riforme condivise']);
  assert.deepEqual(quotes('Serie "La casa de papel" vuelve a Netflix con nuevos capítulos este viernes.', 'es'), []);
});

test('an impersonal "one reads in the statement of X" gives the statement\'s issuer, and the statement itself when none is named', () => {
  assert.deepEqual(quotes('"Le scuole resteranno chiuse fino a lunedì", si legge nella nota del Comune di Genova.', 'it'),
    [['Le scuole resteranno chiuse fino a lunedì', 'Comune di Genova']]);
  assert.deepEqual(quotes('« Les écoles resteront fermées », peut-on lire dans le communiqué de la préfecture.', 'fr'), [['Les écoles resteront fermées', 'préfecture']]);
  assert.deepEqual(quotes('“Las escuelas seguirán cerradas”, se lee en el comunicado del Ayuntamiento de Madrid.', 'es'),
    [['Las escuelas seguirán cerradas', 'Ayuntamiento de Madrid']]);
  assert.deepEqual(quotes('«Школы останутся закрытыми», — говорится в заявлении мэрии Москвы.', 'ru'), [['Школы останутся закрытыми', 'мэрии Москвы']]);
  // Nobody named: the statement speaks (the GUIDE labels a ministry's statement with the statement as speaker).
  assert.deepEqual(quotes('"Serve prudenza in questi giorni", si legge in una nota.', 'it'), [['Serve prudenza in questi giorni', 'nota']]);
});
