import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

// Sentences written for issue 13's per-language attribution rules: the common shapes of news attribution in each
// language (who speaks, where the verb stands, what a pronoun or a passive verb stands for), not text of any gold set.
const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('German: the subject after the verb opens with its article; a pronoun is the person the sentence before is about', () => {
  assert.deepEqual(quotes('„Wir prüfen alle Optionen“, sagte ein Sprecher des Innenministeriums der Deutschen Presse-Agentur.', 'de'),
    [['Wir prüfen alle Optionen', 'Sprecher des Innenministeriums']]);
  assert.deepEqual(quotes('„Das ist falsch“, sagte der SPD-Politiker Karl Lauterbach der „Bild“.', 'de'),
    [['Das ist falsch', 'SPD-Politiker Karl Lauterbach']]);
  assert.deepEqual(quotes('Kanzler Olaf Scholz besuchte am Montag Kiew. „Wir stehen an Ihrer Seite“, sagte er bei einer Pressekonferenz.', 'de'),
    [['Wir stehen an Ihrer Seite', 'Kanzler Olaf Scholz']]);
  // Reported speech without "dass": the subject before the verb speaks, not the reported clause's.
  assert.deepEqual(quotes('Die Ministerin Christine Lambrecht betonte, die Bundeswehr sei „gut vorbereitet auf alle Szenarien“.', 'de'),
    [['gut vorbereitet auf alle Szenarien', 'Ministerin Christine Lambrecht']]);
  assert.deepEqual(quotes('Bürgermeister Peter Kurz erläuterte: „Die Stadt wird die Kosten übernehmen.“', 'de'),
    [['Die Stadt wird die Kosten übernehmen.', 'Bürgermeister Peter Kurz']]);
});

test('French: an inverted verb carries its pronoun, reflexive verbs of reaction attribute', () => {
  assert.deepEqual(quotes('Le président ukrainien Volodymyr Zelensky s\'est adressé au Parlement. « Nous ne céderons rien », a-t-il lancé.', 'fr'),
    [['Nous ne céderons rien', 'Volodymyr Zelensky']]);
  // No antecedent: the pronoun names nobody (not the time and place after the verb).
  assert.deepEqual(quotes('« Je ne suis pas candidat », a-t-il affirmé dimanche sur France Inter.', 'fr'), [['Je ne suis pas candidat', undefined]]);
  // A question inverts too: a name in marks before it is no quote.
  assert.deepEqual(quotes('Le "Green Deal" survivra-t-il à la crise ?', 'fr'), []);
  assert.deepEqual(quotes('« C\'est une victoire pour tous les salariés », s\'est félicité le syndicaliste Philippe Martinez.', 'fr'),
    [['C\'est une victoire pour tous les salariés', 'Philippe Martinez']]);
});

test('Spanish and Italian: an indefinite description after the addressee speaks', () => {
  assert.deepEqual(quotes('"Estamos trabajando para resolverlo", explicó a Efe un portavoz de la empresa.', 'es'),
    [['Estamos trabajando para resolverlo', 'un portavoz de la empresa']]);
  assert.deepEqual(quotes('"È una giornata storica", ha commentato su Twitter il segretario del Pd Nicola Zingaretti.', 'it'),
    [['È una giornata storica', 'il segretario del Pd Nicola Zingaretti']]);
});

test('a description marked "also" is one more title of the speaker in focus; "the company" is the one named most', () => {
  assert.deepEqual(quotes('“No tenemos miedo a nada”, declaró Ramón Vidal. El también secretario general del gobernante Partido Nacional Unido de Aragón aseguró que la reforma “no va a pasar nunca en esta legislatura”.', 'es'),
    [['No tenemos miedo a nada', 'Ramón Vidal'], ['no va a pasar nunca en esta legislatura', 'Ramón Vidal']]);
  // Named in complements ("secondo Fiat", "il sito di Fiat") the company still outnumbers a capitalised opening word.
  assert.deepEqual(quotes('Blocco del sito che colpisce i clienti. Secondo Fiat, il guasto è risolto. Il sito di Fiat lo conferma. La società afferma che i clienti "possono di nuovo ordinare le auto online".', 'it'),
    [['possono di nuovo ordinare le auto online', 'Fiat']]);
});

test('Russian: present-tense verbs, a dative addressee before the subject, a pronoun after a full name', () => {
  assert.deepEqual(quotes('«Вакцина безопасна», — пишет The New York Times.', 'ru'), [['Вакцина безопасна', 'New York Times']]);
  assert.deepEqual(quotes('«Вы потерпели неудачу», — написала Смиту в ответ сенатор штата Анна Петрова.', 'ru'),
    [['Вы потерпели неудачу', 'Анна Петрова']]);
  assert.deepEqual(quotes('Министр здравоохранения Михаил Мурашко выступил на брифинге. «Ситуация стабилизировалась», — сказал он.', 'ru'),
    [['Ситуация стабилизировалась', 'Михаил Мурашко']]);
  // A programme's title after its noun is not speech.
  assert.deepEqual(quotes('В эфир вышел специальный выпуск «День памяти и скорби ветеранов».', 'ru'), []);
});

test('Turkish: the verb comes last, case-marked words are not subjects, a statement\'s issuer speaks a passive verb', () => {
  assert.deepEqual(quotes('Erdoğan, "Kimseye boyun eğmeyeceğiz" derken, muhalefet tepki gösterdi.', 'tr'), [['Kimseye boyun eğmeyeceğiz', 'Erdoğan']]);
  assert.deepEqual(quotes('Kılıçdaroğlu, "Hükümet bu sorumluluğu almalıdır" diyerek tepki gösterdi.', 'tr'),
    [['Hükümet bu sorumluluğu almalıdır', 'Kılıçdaroğlu']]);
  assert.deepEqual(quotes('"Her şey kontrol altında" diyen Vali Yerlikaya, vatandaşları sakin olmaya çağırdı.', 'tr'),
    [['Her şey kontrol altında', 'Vali Yerlikaya']]);
  assert.deepEqual(quotes('Bakan Koca, sosyal medya hesabından yaptığı paylaşımda, "Tedbirlere uyalım" ifadesini kullandı.', 'tr'),
    [['Tedbirlere uyalım', 'Bakan Koca']]);
  assert.deepEqual(quotes('Açıklamada, "Vatandaşlarımızın evde kalması önemlidir" denildi.', 'tr'),
    [['Vatandaşlarımızın evde kalması önemlidir', undefined]]);
  assert.deepEqual(quotes('Milli Eğitim Bakanlığından yapılan açıklamada, "Okullar 1 Mart\'ta açılacak" ifadesine yer verildi.', 'tr'),
    [['Okullar 1 Mart\'ta açılacak', 'Milli Eğitim Bakanlığı']]);
  assert.deepEqual(quotes('Kulüpten yapılan açıklamada şu ifadeler kullanıldı. AA\'da yer alan habere göre açıklamada, şunlar kaydedildi: "Tüm oyuncularımız test edilmiştir."', 'tr'),
    [['Tüm oyuncularımız test edilmiştir.', 'Kulüp']]);
});

test('Arabic: more verbs and "that" forms, "quoted as saying", a bare verb sharing its sentence\'s subject', () => {
  assert.deepEqual(quotes('وأفاد مصدر أمني بأن "الهجوم أسفر عن مقتل ثلاثة أشخاص".', 'ar'), [['الهجوم أسفر عن مقتل ثلاثة أشخاص', 'مصدر أمني']]);
  assert.deepEqual(quotes('وبحسب وزارة الصحة، فإن "عدد الإصابات ارتفع بشكل ملحوظ".', 'ar'), [['عدد الإصابات ارتفع بشكل ملحوظ', 'وزارة الصحة']]);
  assert.deepEqual(quotes('ونقلت وكالة الأنباء الرسمية عن وزير الداخلية قوله إن "الأمن مستتب".', 'ar'), [['الأمن مستتب', 'وزير الداخلية']]);
  assert.deepEqual(quotes('وأعرب الأمين العام للأمم المتحدة عن قلقه، وقال: "يجب وقف العنف فورا".', 'ar'),
    [['يجب وقف العنف فورا', 'الأمين العام للأمم المتحدة']]);
});

test('Chinese: the speaker between the closing mark and the verb, the addressee after 告诉, a colon introduces the next quote', () => {
  assert.deepEqual(quotes('“我们不会放弃，”李克强强调。', 'zh'), [['我们不会放弃，', '李克强']]);
  assert.deepEqual(quotes('“这是一个历史性的时刻，”拜登在推特上写道。', 'zh'), [['这是一个历史性的时刻，', '拜登']]);
  assert.deepEqual(quotes('外交部发言人赵立坚指出，“美方应停止对中国的无端指责”。', 'zh'), [['美方应停止对中国的无端指责', '外交部发言人赵立坚']]);
  assert.deepEqual(quotes('普京告诉记者：“俄罗斯不想要战争。”', 'zh'), [['俄罗斯不想要战争。', '普京']]);
  assert.deepEqual(quotes('王毅指出：“中美关系正处于关键时刻。”他强调：“双方应相向而行。”', 'zh'),
    [['中美关系正处于关键时刻。', '王毅'], ['双方应相向而行。', '王毅']]);
  assert.deepEqual(quotes('专家介绍：“这种病毒的传播速度非常快。”', 'zh'), [['这种病毒的传播速度非常快。', '专家']]);
  // "的说法" is no verb of saying after a name.
  assert.deepEqual(quotes('他提出了“一国两制”的说法，引起争议。', 'zh'), []);
});

test('a full name opening its sentence right before the marks speaks; slogans are not quotes', () => {
  assert.deepEqual(quotes('Le ministre a annoncé un plan. Marie Dubois "Nous allons ouvrir trois nouvelles usines cette année".', 'fr'),
    [['Nous allons ouvrir trois nouvelles usines cette année', 'Marie Dubois']]);
  // After a verb, the name is its object.
  assert.deepEqual(quotes('Piłkarz żegna Jana Kowalskiego "Byłeś wspaniałym człowiekiem i przyjacielem, dziękuję".', 'pl').map(([, s]) => s === 'Jana Kowalskiego'), [false]);
  assert.deepEqual(quotes('Na koszulce miała napis: „Jeśli zaczną strzelać, to schowaj się za mną”.', 'pl'), []);
  assert.deepEqual(quotes('Los manifestantes portaban pancartas: "Queremos trabajo y dignidad para todos".', 'es'), []);
});

test('single quotes: a headline quote after a colon, curly single quotes; an apostrophe inside is an elision', () => {
  assert.deepEqual(quotes('Papa Leone chiede scusa ai fedeli: \'Tante volte perdiamo la pazienza\' La città discute da giorni.', 'it'),
    [['Tante volte perdiamo la pazienza', 'Papa Leone']]);
  assert.deepEqual(quotes('Le maire a déclaré : ‘C’est l’année de tous les changements pour nous’.', 'fr').map(([q]) => q), ['C’est l’année de tous les changements pour nous']);
  // An apostrophe after a word is no opening mark.
  assert.deepEqual(quotes('Un po\' di pazienza e l\'anno finirà bene per tutti noi.', 'it'), []);
});

test('a closing-shaped mark opening a quote right after a colon', () => {
  assert.deepEqual(quotes('وقال وزير الدفاع عند تنصيب القائد الجديد :” باسم رئيس الجمهورية أنصب رسميا العميد قائدا للقوات البرية.', 'ar'),
    [['باسم رئيس الجمهورية أنصب رسميا العميد قائدا للقوات البرية.', 'وزير الدفاع']]);
});

test('"cites" is a verb of saying: an unclosed quote after it is kept', () => {
  assert.deepEqual(quotes('Le commissaire Pierre Martin dresse le bilan. A titre d\'exemple, il cite la sortie du charbon. "On ne peut pas dire que la France est trop ambitieuse.', 'fr'),
    [['On ne peut pas dire que la France est trop ambitieuse.', 'Pierre Martin']]);
});

test('an addressee after the verb is not the speaker; a short title between the verb and the quote does not cut them apart', () => {
  assert.deepEqual(quotes('Der Bürgermeister erklärte gegenüber der Lokalzeitung: „Die Brücke bleibt bis zum Sommer gesperrt.“', 'de'),
    [['Die Brücke bleibt bis zum Sommer gesperrt.', 'Bürgermeister']]);
  assert.deepEqual(quotes('وقال مصدر مطلع لـ"الشرق الأوسط" إن "المفاوضات وصلت إلى طريق مسدود".', 'ar'), [['المفاوضات وصلت إلى طريق مسدود', 'مصدر مطلع']]);
});

test('Turkish: the name marked by a comma is the subject; a statement\'s owner in the genitive speaks a passive verb', () => {
  assert.deepEqual(quotes('Bakan Fahrettin Koca, Bilim Kurulu toplantısının ardından yaptığı açıklamada, "Vaka sayıları azalıyor" dedi.', 'tr'),
    [['Vaka sayıları azalıyor', 'Bakan Fahrettin Koca']]);
  assert.deepEqual(quotes('Erdoğan\'ın açıklamasında "Ekonomide yeni bir dönem başlıyor" denildi.', 'tr'), [['Ekonomide yeni bir dönem başlıyor', 'Erdoğan']]);
});

test('Chinese: traditional characters, an adverb after the pronoun', () => {
  assert.deepEqual(quotes('「我們會堅持到底，」台北市長柯文哲說。', 'zh'), [['我們會堅持到底，', '台北市長柯文哲']]);
  assert.deepEqual(quotes('美国国务卿布林肯周三表示，“美国将继续支持乌克兰”。他还说：“我们不会让步。”', 'zh'),
    [['美国将继续支持乌克兰', '美国国务卿布林肯'], ['我们不会让步。', '美国国务卿布林肯']]);
});

test('names of parties, companies, operations and programmes in marks are not quotes, in every language', () => {
  const names: [string, string][] = [
    ['de', 'Die Partei „Alternative für Deutschland“ legte in Thüringen deutlich zu.'],
    ['de', 'Die Operation „Wüstensturm“ begann im Januar 1991 mit Luftangriffen auf den Irak.'],
    ['fr', 'La société a lancé l\'opération « Sauvons nos commerces de proximité » lundi.'],
    ['fr', 'Le mouvement des « gilets jaunes » a manifesté samedi à Paris.'],
    ['es', 'El programa "Aprende en Casa" comenzará el próximo lunes en todo el país.'],
    ['it', 'Il cosiddetto "decreto Rilancio" è stato approvato dal Consiglio dei ministri.'],
    ['pl', 'Program „Rodzina 500 plus” obejmie od lipca wszystkie dzieci.'],
    ['ru', 'Партия «Единая Россия» получила большинство мест в Госдуме.'],
    ['ru', 'Операция «Буря в пустыне» началась в январе 1991 года.'],
    ['tr', 'Türk Hava Yolları, "Miles&Smiles" programında değişikliğe gitti.'],
    ['ar', 'أعلن تنظيم "الدولة الإسلامية" مسؤوليته عن الهجوم.'],
    ['ar', 'وقالت شركة "أرامكو" السعودية إن أرباحها تراجعت.'],
    ['zh', '该公司推出了名为“星火”的新产品。'],
    ['zh', '所谓“新基建”主要包括5G基站和数据中心等领域。'],
  ];
  for (const [lang, text] of names) assert.deepEqual(quotes(text, lang), [], text);
});

test('a description after the clause\'s last comma, right before the verb, is its subject (not an opening gerund)', () => {
  assert.deepEqual(quotes('Ammettendo che era qualcosa che temeva da tempo, la fondatrice di Green Farm ha scritto: "Sarà un anno pieno di emozioni per tutti noi".', 'it'),
    [['Sarà un anno pieno di emozioni per tutti noi', 'la fondatrice di Green Farm']]);
  assert.deepEqual(quotes('Reconociendo que el plan llegó tarde, el portavoz de Sanidad Digital escribió: "Hemos aprendido mucho de esta crisis".', 'es'),
    [['Hemos aprendido mucho de esta crisis', 'el portavoz de Sanidad Digital']]);
});

test('Arabic "إلى أن" and a Chinese occasion before the verb are not part of the speaker', () => {
  assert.deepEqual(quotes('وأشار المتحدث باسم الرئاسة إلى أن "الاتصالات مستمرة مع جميع الأطراف".', 'ar'), [['الاتصالات مستمرة مع جميع الأطراف', 'المتحدث باسم الرئاسة']]);
  assert.deepEqual(quotes('国家发展改革委副主任宁吉喆在发布会上表示：“今年经济增长目标有望实现。”', 'zh'), [['今年经济增长目标有望实现。', '国家发展改革委副主任宁吉喆']]);
});

test('Russian outlet before the full name, a statement\'s issuer after "in a statement of", Turkish "açıklamasını yaptı"', () => {
  assert.deepEqual(quotes('“Это беспрецедентный случай”, — сказал Reuters эксперт Джон Смит.', 'ru'), [['Это беспрецедентный случай', 'Джон Смит']]);
  // Past a preposition the full name is the outlet, not the speaker.
  assert.deepEqual(quotes('«Сейчас это поисковая операция», — сказал Стаффорд в интервью Channel 2 Action News.', 'ru'), [['Сейчас это поисковая операция', 'Стаффорд']]);
  assert.deepEqual(quotes('„Es gibt keinen Grund zur Panik“, heißt es in einer Erklärung des Ministeriums.', 'de'), [['Es gibt keinen Grund zur Panik', 'Ministeriums']]);
  assert.deepEqual(quotes('Emniyet Genel Müdürlüğü, "Şüpheliler yakalandı" açıklamasını yaptı.', 'tr'), [['Şüpheliler yakalandı', 'Emniyet Genel Müdürlüğü']]);
});

test('a quotation interrupted by its attribution between dashes is two quotes of one speaker', () => {
  assert.deepEqual(quotes('«Мы не знаем, что будет дальше, — признался фермер Петр Иванов. — Урожай под угрозой».', 'ru'),
    [['Мы не знаем, что будет дальше', 'Петр Иванов'], ['Урожай под угрозой', 'Петр Иванов']]);
  assert.deepEqual(quotes('«No sabemos qué pasará —dijo el ministro Juan Pérez— pero estamos preparados».', 'es'),
    [['No sabemos qué pasará', 'Juan Pérez'], ['pero estamos preparados', 'Juan Pérez']]);
  // A dash inside a quotation without a verb of saying after it does not split it.
  assert.deepEqual(quotes('«Это решение — наш единственный шанс на спасение».', 'ru').map(([q]) => q), ['Это решение — наш единственный шанс на спасение']);
});

test('German: "sagte der Minister" stands for the name written after a title ending in that noun', () => {
  assert.deepEqual(quotes('Bundesinnenminister Horst Seehofer hat mehr Polizei angekündigt. „Die Lage ist ernst“, sagte der Minister am Freitag.', 'de'),
    [['Die Lage ist ernst', 'Horst Seehofer']]);
  assert.deepEqual(quotes('Der CSU-Politiker Markus Söder sprach in München. „Bayern bleibt stark“, sagte der CSU-Politiker.', 'de'), [['Bayern bleibt stark', 'Markus Söder']]);
  // Nobody named with the title: the title is kept.
  assert.deepEqual(quotes('„Die Lage ist ernst“, sagte der Minister am Freitag.', 'de'), [['Die Lage ist ernst', 'Minister']]);
});

test('a run of capitalised words after a colon is a name unless a verb of saying announces it', () => {
  assert.deepEqual(quotes('Nova Games Inc. : "Space Farm Tycoon" atteint la première place en France.', 'fr'), []);
  assert.deepEqual(quotes('Acme S.A.: "Gran Hotel Central" abre sus puertas en Madrid.', 'es'), []);
  assert.deepEqual(quotes('El presidente dijo: "Viva España".', 'es').map(([q]) => q), ['Viva España']);
});

test('the sentence after a quote that says "so said X" names its speaker', () => {
  assert.deepEqual(quotes('«Мы не допустим повторения трагедии». Об этом заявил губернатор области Андрей Бочаров.', 'ru'),
    [['Мы не допустим повторения трагедии', 'Андрей Бочаров']]);
  assert.deepEqual(quotes('„Nie poddamy się”. Tak powiedział premier Mateusz Morawiecki w Sejmie.', 'pl'), [['Nie poddamy się', 'Mateusz Morawiecki']]);
  assert.deepEqual(quotes('„Nie poddamy się” – to słowa premiera Mateusza Morawieckiego.', 'pl'), [['Nie poddamy się', 'Mateusza Morawieckiego']]);
  assert.deepEqual(quotes('"Non ci arrenderemo mai". Così il premier Giuseppe Conte in conferenza stampa.', 'it'), [['Non ci arrenderemo mai', 'Giuseppe Conte']]);
  assert.deepEqual(quotes('"No nos vamos a rendir". Así lo afirmó el presidente Pedro Sánchez en el Congreso.', 'es'), [['No nos vamos a rendir', 'Pedro Sánchez']]);
  assert.deepEqual(quotes('„Wir geben nicht auf.“ So äußerte sich Bundeskanzler Olaf Scholz am Montag.', 'de'), [['Wir geben nicht auf.', 'Bundeskanzler Olaf Scholz']]);
  assert.deepEqual(quotes('« Nous ne lâcherons rien. » C\'est ce qu\'a déclaré le président Emmanuel Macron lundi.', 'fr'), [['Nous ne lâcherons rien.', 'Emmanuel Macron']]);
  assert.deepEqual(quotes('"Asla pes etmeyeceğiz." Bu sözler Cumhurbaşkanı Erdoğan\'a ait.', 'tr'), [['Asla pes etmeyeceğiz.', 'Cumhurbaşkanı Erdoğan']]);
  // A sentence that only opens with "this" names nobody.
  assert.deepEqual(quotes('«Мы не допустим повторения трагедии», — сказал он. Это говорит о том, что власти готовы.', 'ru').map(([, w]) => w), [undefined]);
});
