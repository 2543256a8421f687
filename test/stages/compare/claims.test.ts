/**
 * Claims end to end through clean → analyze → findReuse → provenance →
 * compare, on small hand-written stories: copies never confirm their source,
 * own-words reports of one fact do, and contradictions are shown as such.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief } from './story-helper.js';

const ORIGINAL = [
  'The city council of Springfield voted on Monday to close the Riverside power plant by 2030, ending decades of debate over its emissions.',
  'Mayor Jane Holloway said the vote was a turning point for the region and promised new jobs for the 420 plant workers.',
  'The plant, opened in 1971, supplies about a third of the city’s electricity, according to the utility.',
  'Opponents warned that electricity prices could rise sharply once the coal units are shut down.',
].join('\n\n');

const COPY = `${ORIGINAL.split('\n\n').slice(0, 3).join('\n\n')}\n\nThis article originally appeared on Springfield Gazette.`;

const OTHER_OUTLET = [
  'Springfield will shut its Riverside coal plant by 2030 after the city council approved the closure in a Monday vote.',
  'Local residents have complained for years about smoke from the plant, which sits beside the river.',
  'Energy analysts at Northern University said the region would need new wind and solar capacity to replace it.',
].join('\n\n');

test('a copy never confirms its source: one lineage, single-source claims', () => {
  const b = brief([
    { title: 'Springfield votes to close coal plant', body: ORIGINAL, source: 'Springfield Gazette', published: '2024-03-04T09:00:00Z' },
    { title: 'Council backs plant closure', body: COPY, source: 'Aggregator Daily', published: '2024-03-04T15:00:00Z' },
  ]);
  assert.equal(b.lineages.length, 1);
  assert.equal(b.lineages[0]!.origin, b.articles[0]!.id);
  const link = b.reuse[0]!;
  assert.equal(link.from, b.articles[0]!.id);
  assert.equal(link.to, b.articles[1]!.id);
  assert.ok(link.kind === 'edited' || link.kind === 'verbatim');
  assert.ok(b.claims.length > 0);
  for (const c of b.claims) {
    assert.notEqual(c.status, 'agreed', `"${c.text}" counted a copy as confirmation`);
    assert.equal(c.independent, 1);
  }
  assert.equal(b.summary.filter((s) => s.kind === 'agreed').length, 0);
});

test('another outlet reporting the fact in its own words confirms it; the copy adds no source', () => {
  const b = brief([
    { title: 'Springfield votes to close coal plant', body: ORIGINAL, source: 'Springfield Gazette', published: '2024-03-04T09:00:00Z' },
    { title: 'Council backs plant closure', body: COPY, source: 'Aggregator Daily', published: '2024-03-04T15:00:00Z' },
    { title: 'Coal plant to close', body: OTHER_OUTLET, source: 'Capital Times', published: '2024-03-04T12:00:00Z' },
  ]);
  assert.equal(b.lineages.length, 2);
  const agreed = b.claims.filter((c) => c.status === 'agreed');
  assert.ok(agreed.length >= 1, 'the closure vote is confirmed');
  const vote = agreed.find((c) => /Riverside/.test(c.text))!;
  assert.equal(vote.independent, 2);
  assert.equal(vote.articles, 3);
  assert.deepEqual([...vote.lineages].sort(), ['l1', 'l2']);
  // Every citation slices the words of a sentence of its article.
  for (const c of b.claims) {
    for (const x of c.citations) {
      const text = b.articles.find((a) => a.id === x.articleId)!.text;
      assert.ok(x.end > x.start && text.slice(x.start, x.end).length === x.end - x.start);
    }
  }
});

test('another value for the same statement from an independent source is contested, with both sides cited', () => {
  const b = brief([
    { title: 'Plant to close', body: 'The Riverside plant employs 420 workers, the utility said on Monday.\n\nThe closure was approved by the council.', source: 'Paper A' },
    { title: 'Closure approved', body: 'The Riverside plant employs 380 workers, the utility said on Monday.\n\nThe mayor welcomed the vote.', source: 'Paper B' },
  ]);
  const contested = b.claims.filter((c) => c.status === 'contested');
  assert.equal(contested.length, 2);
  assert.ok(contested.every((c) => (c.contradictedBy ?? []).length === 1));
  const workers = b.figures.find((g) => g.unit === 'worker')!;
  assert.equal(workers.status, 'differ');
});

test('a value that rises with later coverage is a series, not a dispute', () => {
  const b = brief([
    { title: 'Flood toll rises', body: 'The death toll from the floods in Valencia rose to 60 people on Wednesday, officials said.', published: '2024-10-30', source: 'Paper A' },
    { title: 'Flood toll climbs', body: 'Officials said the number of people killed by the Valencia floods had reached 72 by Monday.', published: '2024-11-04', source: 'Paper B' },
    { title: 'Flood toll', body: 'The death toll from the floods in Valencia rose to 85 people, officials said on Friday.', published: '2024-11-08', source: 'Paper C' },
  ]);
  assert.equal(b.claims.filter((c) => c.status === 'contested').length, 0);
  const toll = b.figures.find((g) => g.values.length === 3)!;
  assert.equal(toll.status, 'series');
  assert.equal(toll.disagreement, false);
});

test('two reports on two days are not yet a series', () => {
  const b = brief([
    { title: 'Flood toll rises', body: 'The death toll from the floods in Valencia rose to 60 people on Wednesday, officials said.', published: '2024-10-30', source: 'Paper A' },
    { title: 'Flood toll', body: 'The death toll from the floods in Valencia rose to 85 people, officials said on Friday.', published: '2024-11-08', source: 'Paper B' },
  ]);
  const toll = b.figures.find((g) => g.values.length === 2)!;
  assert.equal(toll.status, 'differ');
});

test('numbers about different things are never set against each other', () => {
  const b = brief([
    { title: 'Border', body: 'The border with Mexico stretches about 2,000 miles of border through four states, officials said.', source: 'Paper A' },
    { title: 'Wall', body: 'So far 234 miles of wall have been built along the frontier, the agency said.', source: 'Paper B' },
  ]);
  assert.ok(b.figures.every((g) => g.status !== 'differ'), JSON.stringify(b.figures.map((g) => [g.subject, g.values.map((v) => v.value)])));
});

test('a quotation stays its speaker’s words', () => {
  const b = brief([
    { title: 'Kremlin on the call', body: '“We expect it to be a long one,” Kremlin spokesman Dmitry Peskov said on Monday.\n\nThe call is set for Tuesday.', source: 'Paper A' },
    { title: 'Call on Tuesday', body: '“We expect it to be a long one,” Kremlin spokesman Dmitry Peskov told reporters on Monday.\n\nNo agenda was published.', source: 'Paper B' },
  ]);
  const quoted = b.claims.find((c) => /long one/.test(c.text))!;
  assert.equal(quoted.speaker, 'Dmitry Peskov');
  // Quotations are not listed as agreed facts.
  assert.ok(b.summary.every((s) => !/long one/.test(s.text)));
});


test('two remarks of one speaker are one claim only when the quoted words match, not the "he added" around them', () => {
  const b = brief([
    { title: 'Kremlin on the call', body: '“We expect it to be a long one,” Kremlin spokesman Dmitry Peskov added on Monday about the call.', source: 'Paper A' },
    { title: 'Call on Tuesday', body: 'Kremlin spokesman Dmitry Peskov added on Monday that “the presidents will decide themselves” how long the call will last.', source: 'Paper B' },
  ]);
  for (const c of b.claims) if (c.speaker !== undefined) assert.equal(c.citations.length, 1, `"${c.text}" merged two different remarks`);
});

test('people killed and people injured are two counts, however alike their sentences', () => {
  const b = brief([
    { title: 'Attack in Nice', body: 'At least 84 people were killed when a truck drove into the crowd on the Promenade des Anglais, officials said.', source: 'Paper A' },
    { title: 'Nice attack', body: 'At least 100 people were injured when a truck drove into the crowd on the Promenade des Anglais, officials said.', source: 'Paper B' },
  ]);
  assert.ok(b.figures.every((g) => g.values.length < 2), JSON.stringify(b.figures.map((g) => g.values.map((v) => v.text))));
});

test('one event reported in four languages: the claim is confirmed by all four, the troop figure is one quantity', () => {
  const b = brief([
    { title: 'Reznikov: Russia has massed about 70,000 troops near Ukraine', body: 'Ukrainian defence minister Oleksii Reznikov told parliament in Kyiv on Friday that Russia had gathered about 70,000 troops near the border. Reznikov said Moscow could be ready for an escalation by late January, and Kyiv asked NATO and Washington for support.', source: 'Outlet en', published: '2021-12-03' },
    { title: 'Reznikov : la Russie a massé environ 70 000 soldats', body: 'Le ministre ukrainien de la Défense, Oleksii Reznikov, a déclaré vendredi devant le parlement à Kyiv que la Russie avait rassemblé environ 70 000 soldats près de la frontière. Selon Reznikov, Moscou pourrait être prête à une escalade fin janvier ; Kyiv a demandé le soutien de l’OTAN et de Washington.', source: 'Outlet fr', published: '2021-12-03' },
    { title: 'Resnikow: Russland hat rund 70.000 Soldaten an der Grenze', body: 'Der ukrainische Verteidigungsminister Oleksii Reznikov sagte am Freitag im Parlament in Kyiv, Russland habe rund 70.000 Soldaten an der Grenze zusammengezogen. Moskau könnte laut Reznikov Ende Januar zu einer Eskalation bereit sein; Kyiv bat die NATO und Washington um Unterstützung.', source: 'Outlet de', published: '2021-12-03' },
    { title: 'Reznikov: Rusia ha concentrado unos 70.000 soldados', body: 'El ministro de Defensa ucraniano, Oleksii Reznikov, dijo el viernes ante el parlamento en Kyiv que Rusia ha reunido unos 70.000 soldados cerca de la frontera. Según Reznikov, Moscú podría estar lista para una escalada a finales de enero, y Kyiv pidió apoyo a la OTAN y a Washington.', source: 'Outlet es', published: '2021-12-03' },
  ]);
  assert.deepEqual(b.articles.map((a) => a.language), ['en', 'fr', 'de', 'es']);
  const troops = b.claims.find((c) => c.status === 'agreed' && c.independent === 4);
  assert.ok(troops, JSON.stringify(b.claims.filter((c) => c.status === 'agreed').map((c) => [c.text, c.independent])));
  const figure = b.figures.find((g) => g.values.length === 4)!;
  assert.equal(figure.status, 'agree');
  assert.ok(figure.values.every((v) => v.value === 70000));
  // The brief is written in English: the claim in the English report's words, and the summary states it once, in English.
  assert.match(troops.text, /70,000 troops/);
  const lines = b.overview.sentences.filter((s) => s.citations.some((x) => troops.citations.some((t) => t.articleId === x.articleId && t.start === x.start)));
  assert.equal(lines.length, 1, JSON.stringify(b.overview.sentences.map((s) => s.text)));
  assert.match(lines[0]!.text, /70,000 troops/);
  assert.equal(lines[0]!.citations[0]!.articleId, b.articles[0]!.id);
  assert.equal(b.overview.text, b.overview.sentences.map((s) => s.text).join(' '));
});

test('across scripts and spellings: Резников, Resnikow and Reznikov state one claim, confirmed by three sources', () => {
  const b = brief([
    { title: 'Reznikov: Russia has massed about 70,000 troops near Ukraine', body: 'Ukrainian defence minister Oleksii Reznikov told parliament on 3 December 2021 that Russia has massed about 70,000 troops near the border of Ukraine.', source: 'Outlet en', published: '2021-12-03' },
    { title: 'Резников: Россия стянула к границе около 70 тысяч военных', body: 'Министр обороны Украины Алексей Резников заявил 3 декабря 2021 года в Верховной раде, что Россия сосредоточила у границы около 70 тысяч военных.', source: 'Outlet ru', published: '2021-12-03' },
    { title: 'Resnikow: Russland zieht 70.000 Soldaten zusammen', body: 'Russland hat nach Angaben des Verteidigungsministers Oleksij Resnikow am 3. Dezember 2021 rund 70.000 Soldaten an der Grenze der Ukraine zusammengezogen. Die Nato beobachtet die Lage nach eigenen Angaben sehr genau und mit großer Sorge.', source: 'Outlet de', published: '2021-12-03' },
  ]);
  assert.deepEqual(b.articles.map((a) => a.language), ['en', 'ru', 'de']);
  const troops = b.claims.find((c) => c.status === 'agreed' && c.independent === 3);
  assert.ok(troops, JSON.stringify(b.claims.map((c) => [c.text, c.status, c.independent])));
});

test('across languages, people named together are not yet one claim: two reports on the same three people stay apart', () => {
  const b = brief([
    { title: 'Mkhize visits hospital', body: 'Health Minister Zweli Mkhize and Premier Sihle Zikalala will be accompanied by health official Kwazi Mshengu on their tour of the province. The department said the visit would focus on maternity wards and on staff shortages at rural clinics.', source: 'Outlet en' },
    { title: 'Mkhize visita un hospital', body: 'El ministro Zweli Mkhize, el primer ministro Sihle Zikalala y el funcionario Kwazi Mshengu entregaron regalos a las madres del hospital de la ciudad. La delegación recorrió después las salas de maternidad y habló con el personal sobre las necesidades del centro.', source: 'Outlet es' },
  ]);
  assert.deepEqual(b.articles.map((a) => a.language), ['en', 'es']);
  for (const c of b.claims) assert.notEqual(c.status, 'agreed', `"${c.text}" joined by its names alone`);
});

test('a claim is written in a wording every cited source states: an age or a day one source omits is not claimed for it', () => {
  const b = brief([
    { title: 'Silverman and Sheen split', body: 'The comedian Sarah Silverman, 47, told her Twitter followers on Monday that she had split from the actor Michael Sheen.', source: 'Paper A', published: '2018-02-06' },
    { title: 'Couple split', body: 'Sarah Silverman, the comedian, told her Twitter followers she had split from the actor Michael Sheen, blaming the long distance between their homes.', source: 'Paper B', published: '2018-02-06' },
  ]);
  const both = b.claims.filter((c) => c.citations.length === 2);
  assert.equal(both.length, 1, JSON.stringify(b.claims.map((c) => c.text)));
  assert.doesNotMatch(both[0]!.text, /47|Monday/);
});

test('a quoted phrase in a claim must be quoted by every source cited for it', () => {
  const b = brief([
    { title: 'Japan on the launch', body: 'Chief Cabinet Secretary Yoshihide Suga said the missile launch over Hokkaido was an "unprecedented, serious and grave threat" to Japan.', source: 'Paper A' },
    { title: 'Missile over Hokkaido', body: 'Japan’s top government spokesman Yoshihide Suga told reporters the missile launch over Hokkaido ended in the sea east of Japan.', source: 'Paper B' },
  ]);
  assert.equal(b.lineages.length, 2);
  assert.ok(b.claims.some((c) => /grave threat/.test(c.text)));
  for (const c of b.claims) {
    if (/grave threat/.test(c.text)) assert.equal(c.citations.length, 1, `"${c.text}" cited for a source that does not quote it`);
  }
});
