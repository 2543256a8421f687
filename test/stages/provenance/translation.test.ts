import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleId } from '../../../src/core/ids.js';
import { anchoredSentences, findCredits, traceProvenance, translationReuse } from '../../../src/stages/provenance/index.js';

const A = 'a_en' as ArticleId;
const B = 'a_de' as ArticleId;

const EN = [
  'Ukraine\'s defence minister Oleksii Reznikov told parliament on Friday that Russia has massed about 70,000 troops near the border.',
  '"The most likely time for an escalation is the end of January," Reznikov told lawmakers.',
  'He said intelligence had tracked units moving towards the border since early November.',
  'Reznikov added that Kyiv was seeking support from Washington and Berlin to deter Moscow.',
  'The Kremlin denies that it plans an attack.',
].join('\n\n');
const DE = [
  'Der ukrainische Verteidigungsminister Oleksij Resnikow sagte dem Parlament am Freitag, Russland habe rund 70.000 Soldaten nahe der Grenze zusammengezogen.',
  '„Der wahrscheinlichste Zeitpunkt für eine Eskalation ist Ende Januar“, sagte Resnikow den Abgeordneten.',
  'Er sagte, der Geheimdienst habe seit Anfang November Einheiten verfolgt, die sich auf die Grenze zubewegten.',
  'Resnikow fügte hinzu, Kiew bemühe sich um Unterstützung aus Washington und Berlin, um Moskau abzuschrecken.',
  'Der Kreml bestreitet, einen Angriff zu planen.',
].join('\n\n');

test('anchors survive translation: one key for a name in two scripts, one for a number in two formats', () => {
  const en = anchoredSentences({ text: 'Reznikov counted 70,000 troops.', language: 'en' })[0]!;
  const ru = anchoredSentences({ text: 'Резников насчитал 70 тысяч военных.', language: 'ru' })[0]!;
  assert.deepEqual([...en.keys].sort(), [...ru.keys].sort());
});

test('a translation aligns sentence by sentence, in order, over the whole text', () => {
  const r = translationReuse(A, anchoredSentences({ text: EN, language: 'en' }), B, anchoredSentences({ text: DE, language: 'de' }));
  assert.ok(r);
  assert.equal(r.passages.length, 5);
  assert.ok(r.passages.every((p) => p.kind === 'paraphrase'));
  // In order: each passage starts after the one before, on both sides.
  for (let i = 1; i < r.passages.length; i++) {
    assert.ok(r.passages[i]!.a.start > r.passages[i - 1]!.a.start && r.passages[i]!.b.start > r.passages[i - 1]!.b.start);
  }
  assert.ok(EN.slice(r.passages[0]!.a.start, r.passages[0]!.a.end).includes('70,000'));
  assert.ok(DE.slice(r.passages[0]!.b.start, r.passages[0]!.b.end).includes('70.000'));
});

test('a report of the same event in other words and another order is no translation', () => {
  const other = [
    'Moskau weist Vorwürfe zurück, einen Einmarsch vorzubereiten; die Nato beobachtet die Lage.',
    'In Brüssel beraten die Außenminister über neue Sanktionen gegen Russland.',
    'Laut Resnikow stehen rund 70.000 Soldaten an der Grenze, Ende Januar sei eine Eskalation möglich.',
    'Bereits im April hatte Russland mehr als 100.000 Soldaten zusammengezogen.',
    'Washington und Berlin sagten Kiew am Freitag ihre Unterstützung zu.',
  ].join('\n\n');
  assert.equal(translationReuse(A, anchoredSentences({ text: EN, language: 'en' }), B, anchoredSentences({ text: other, language: 'de' })), undefined);
});

test('translator\'s notes are credits naming the source language; source lines credit the outlet', () => {
  assert.deepEqual(findCredits('Text.\n\nDieser Bericht wurde aus dem Englischen übersetzt.', []), [{ name: 'translated:en', how: 'translated' }]);
  assert.deepEqual(findCredits('Текст.\n\nПеревод с английского.', []), [{ name: 'translated:en', how: 'translated' }]);
  assert.deepEqual(findCredits('Texte.\n\nTraduit du russe par la rédaction.', []), [{ name: 'translated:ru', how: 'translated' }]);
  assert.deepEqual(findCredits('Text.\n\nQuelle: Kyiv Wire', []), [{ name: 'kyiv wire', how: 'wire' }]);
});

test('a machine-translation note on a line of its own is read in any of the languages; an article about machine translation is not one', () => {
  assert.deepEqual(findCredits('Text.\n\nDieser Artikel wurde maschinell übersetzt.', []), [{ name: 'machine-translated', how: 'translated' }]);
  assert.deepEqual(findCredits('正文。\n\n本文为机器翻译。', []), [{ name: 'machine-translated', how: 'translated' }]);
  const essay = 'Researchers compared how well machine translation systems handle idioms, and found that the newest models still stumble on proverbs that have no equivalent in the other language, while older ones translate them word for word.';
  assert.deepEqual(findCredits(`Intro.\n\n${essay}`, []), []);
});

test('traceProvenance finds the translation between languages, adds it to the reuse, and the note gives the direction', () => {
  const de = `${DE}\n\nDieser Artikel wurde maschinell übersetzt.`;
  const docs = [
    { id: A, text: EN, language: 'en', machineTranslated: false, credits: findCredits(EN, []) },
    { id: B, text: de, language: 'de', machineTranslated: false, credits: findCredits(de, []) },
  ];
  const p = traceProvenance(docs, []);
  assert.equal(p.reuse.length, 1);
  assert.equal(p.links.length, 1);
  const link = p.links[0]!;
  assert.equal(link.kind, 'translation');
  assert.deepEqual([link.from, link.to, link.evidence], [A, B, 'machine-translation note']);
  assert.equal(p.lineages.length, 1);
  assert.equal(p.lineages[0]!.origin, A);
});

test('articles of one language are not aligned by anchors: their shared text is for findReuse', () => {
  const docs = [
    { id: A, text: EN, language: 'en', machineTranslated: false, credits: [] },
    { id: B, text: EN.replace('70,000', 'seventy thousand'), language: 'en', machineTranslated: false, credits: [] },
  ];
  assert.deepEqual(traceProvenance(docs, []).reuse, []);
});

test('a sentence that is mostly a quotation carries a quotation anchor, in any language\'s marks', () => {
  const en = '"The most likely time for an escalation is the end of January," Reznikov said.';
  const fr = '« Le moment le plus probable pour une escalade, c\'est la fin janvier », a dit Reznikov.';
  const quoted = (t: string) => [{ start: 1, end: t.lastIndexOf(t.includes('»') ? '»' : '"') }];
  assert.ok(anchoredSentences({ text: en, language: 'en', quoted: quoted(en) })[0]!.keys.includes('q:'));
  assert.ok(anchoredSentences({ text: fr, language: 'fr', quoted: quoted(fr) })[0]!.keys.includes('q:'));
  assert.ok(!anchoredSentences({ text: 'Reznikov spoke to lawmakers in Kyiv on Friday.', language: 'en', quoted: [] })[0]!.keys.includes('q:'));
});

test('a month is one anchor in every language, and a date\'s own numbers are no numbers of their own', () => {
  const month = (text: string, language: string): readonly string[] => anchoredSentences({ text, language })[0]!.keys;
  assert.deepEqual(month('The premiere moved to April.', 'en'), ['m:4']);
  assert.deepEqual(month('La première est reportée en avril.', 'fr'), ['m:4']);
  assert.deepEqual(month('首映推迟到 4 月。', 'zh'), ['m:4']);
  // "4 个月" is four months, a duration.
  assert.deepEqual(month('首映推迟了 4 个月。', 'zh'), ['n:4']);
  const text = 'It was set to premiere on April 12 in 40 cinemas.';
  const at = text.indexOf('April 12');
  const dated = anchoredSentences({ text, language: 'en', dates: [{ start: at, end: at + 8, text: 'April 12', resolution: 'unresolved', relative: false }] })[0]!;
  assert.deepEqual(dated.keys, ['m:4', 'n:40']);
});

test('against a Chinese translation, names the Chinese writes in its own script count neither for nor against a sentence', () => {
  const en = [
    'Streets in Manchester and Leeds are piled high with rubbish after 40 councils delayed collections.',
    'Hundreds of households in Balsall Heath waited 3 weeks for a collection.',
    'The council in Birmingham said 12 of its drivers in Sutton and Erdington were ill.',
    'Families in Chester and Ellesmere Port were told to wait until January.',
    'Residents of Salford complained that 2,000 bags had piled up in Eccles.',
  ].join('\n\n');
  const zh = [
    '在 40 个市政委员会推迟收集后，曼彻斯特和利兹的街道上堆满了垃圾。',
    'Balsall Heath 的数百户家庭等待了 3 周才等到收集。',
    '伯明翰市议会表示，其在萨顿和厄丁顿的 12 名司机生病了。',
    '切斯特和埃尔斯米尔港的家庭被告知要等到 1 月。',
    '索尔福德的居民抱怨说，埃克尔斯堆积了 2,000 袋垃圾。',
  ].join('\n\n');
  const sa = anchoredSentences({ text: en, language: 'en' });
  const sb = anchoredSentences({ text: zh, language: 'zh' });
  const r = translationReuse(A, sa, 'a_zh' as ArticleId, sb, undefined, { languageA: 'en', languageB: 'zh' });
  assert.equal(r?.passages.length, 5);
  // Read as if the Chinese could have written "Manchester" and did not, the sentences disagree.
  assert.equal(translationReuse(A, sa, 'a_zh' as ArticleId, sb), undefined);
  // Against a text in a cased script, the same names do count against it.
  assert.equal(translationReuse(A, sa, B, sb, undefined, { languageA: 'en', languageB: 'de' }), undefined);
  // A story's provenance passes the languages: the link is found there.
  const doc = (id: string, text: string, language: string) => ({ id: id as ArticleId, text, language, machineTranslated: false, credits: [] });
  const links = traceProvenance([doc('a_en', en, 'en'), doc('a_zh', zh, 'zh')], []).links;
  assert.deepEqual(links.map((l) => l.kind), ['translation']);
});

test('prose with no anchor at all is a translation when its sentences pair one to one in length; other prose of as many sentences is not', () => {
  const en = [
    'Time is running out for the old harbour.',
    'The truth is that it never really went away.',
    'It is like a garden returning after a long and bitter winter.',
    'A scar of the soul, if you like.',
    'However apt the images may be, all of this risks stating the obvious: the harbour is fading in ways and in places that few would have imagined only a decade ago.',
    'There is, however, a difference within the difference.',
  ].join('\n\n');
  const es = [
    'Se acaba el tiempo para el viejo puerto.',
    'La verdad es que nunca se fue del todo.',
    'Es como un jardín que vuelve después de un invierno largo y amargo.',
    'Una cicatriz del alma, si se quiere.',
    'Por acertadas que sean las imágenes, todo esto corre el riesgo de decir lo obvio: el puerto se apaga de maneras y en lugares que pocos habrían imaginado hace apenas una década.',
    'Hay, sin embargo, una diferencia dentro de la diferencia.',
  ].join('\n\n');
  const sa = anchoredSentences({ text: en, language: 'en' });
  const r = translationReuse(A, sa, 'a_es' as ArticleId, anchoredSentences({ text: es, language: 'es' }));
  assert.equal(r?.passages.length, 6);
  // The same six sentences in another order: their lengths are out of step.
  const shuffled = es.split('\n\n');
  const other = [shuffled[4], shuffled[0], shuffled[5], shuffled[2], shuffled[1], shuffled[3]].join('\n\n');
  assert.equal(translationReuse(A, sa, 'a_es' as ArticleId, anchoredSentences({ text: other, language: 'es' })), undefined);
});
