import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { asArticleId } from '../../../src/core/ids.js';
import { assignArticle, CLUSTER_DEFAULTS, createClusterState, type ClusterEvent } from '../../../src/stages/cluster/index.js';
import { isCountryAnchor } from '../../../src/stages/cluster/anchors.js';
import { clusterStream } from '../../../src/stages/cluster/cluster-stream.js';
import { docFeatures, type ClusterDoc } from '../../../src/stages/cluster/doc-terms.js';

const withCountries = { ...CLUSTER_DEFAULTS, anchorCountryWeight: 0.75 };
const without = { ...CLUSTER_DEFAULTS, anchorCountryWeight: 0 };
const anchors = (doc: Omit<ClusterDoc, 'id'>, params = withCountries) =>
  new Map([...docFeatures({ ...doc, id: asArticleId('x') }, params).terms].filter(([t]) => t.startsWith('k:')));

test('a country is one anchor in every language and script', () => {
  const docs = [
    { title: 'Russia masses troops near Ukraine', text: 'Russia has massed troops near the border with Ukraine, the minister said in Kyiv.', language: 'en' },
    { title: 'Russland zieht Soldaten zusammen', text: 'Russland hat Soldaten an der Grenze zur Ukraine zusammengezogen, sagte der Minister in Kiew.', language: 'de' },
    { title: '俄罗斯在乌克兰边境集结军队', text: '乌克兰国防部长周五表示，俄罗斯在乌克兰边境附近集结了军队。', language: 'zh' },
  ];
  for (const d of docs) {
    const keys = [...anchors(d).keys()].filter(isCountryAnchor).sort();
    assert.deepEqual(keys, ['k:c:ru', 'k:c:ua'], d.language);
  }
});

test('country anchors leave the other anchors, and so a story’s other anchors, as they were', () => {
  const doc = {
    title: 'Reznikov: Russia has massed about 70,000 troops near Ukraine',
    text: 'Ukrainian defence minister Oleksii Reznikov told the Verkhovna Rada in Kyiv on 3 December 2021 that Russia had gathered about 70,000 troops near the border with Ukraine. Washington and Berlin were asked for support.',
  };
  const on = anchors(doc);
  const off = anchors(doc, without);
  assert.ok([...on.keys()].some(isCountryAnchor));
  assert.ok(![...off.keys()].some(isCountryAnchor));
  assert.deepEqual(new Map([...on].filter(([t]) => !isCountryAnchor(t))), off);
});

// Three English articles: two reports of one event and an unrelated story naming the same countries.
const EN = [
  {
    id: 'en-1',
    title: 'Reznikov: Russia has massed about 70,000 troops near Ukraine',
    text: 'Ukrainian defence minister Oleksii Reznikov told the Verkhovna Rada in Kyiv on 3 December 2021 that Russia had gathered about 70,000 troops near the border. Reznikov said Moscow could be ready for an escalation by late January.',
  },
  {
    id: 'en-2',
    title: 'Russia and Ukraine sign a grain corridor deal in Istanbul',
    text: 'Negotiators from Russia and Ukraine signed a deal in Istanbul on grain exports through the Black Sea, with Turkey and the United Nations as guarantors. Ships could sail within weeks.',
  },
  {
    id: 'en-3',
    title: 'Ukraine warns of Russian escalation as Reznikov counts 70,000 troops',
    text: 'Oleksii Reznikov, Ukraine’s defence minister, said Russia had about 70,000 troops near the border and that an escalation was most likely by the end of January. Kyiv asked Washington and Berlin for support.',
  },
];

test('in one language, country anchors change nothing: same stories, same similarities', () => {
  const run = (anchorCountryWeight: number) => {
    let state = createClusterState({ anchorCountryWeight });
    const events: ClusterEvent[] = [];
    for (const a of EN) {
      const r = assignArticle(state, { ...a, id: asArticleId(a.id) });
      events.push(...r.events);
      state = r.state;
    }
    return events;
  };
  const off = run(0);
  assert.ok(off.some((e) => e.kind === 'joined'), 'the second report of the event joins the first');
  assert.deepEqual(run(0.75), off);
});

test('a German report that names the countries as its language does joins the story in other languages', () => {
  // The English, French and German reports of the five-languages fixture: the German one shares names, the number and
  // the day with the story, and "Russland" and "Ukraine" as countries.
  const rows = readFileSync('test/fixtures/five-languages/articles.jsonl', 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { source: string; title: string; text: string; published: string })
    .filter((r) => ['Kyiv Wire', 'Le Quotidien', 'Tagesblatt'].includes(r.source))
    .map((r) => ({ id: r.source, title: r.title, text: r.text, published: r.published }));
  const story = (anchorCountryWeight: number) => new Map(clusterStream(rows as never, { anchorCountryWeight }).assignments.map((a) => [a.id, a.story]));
  const off = story(0);
  assert.equal(off.get('Le Quotidien'), off.get('Kyiv Wire'));
  assert.notEqual(off.get('Tagesblatt'), off.get('Kyiv Wire'), 'without countries the German report stands alone');
  const on = story(0.75);
  assert.equal(on.get('Tagesblatt'), on.get('Kyiv Wire'));
  assert.equal(on.get('Le Quotidien'), on.get('Kyiv Wire'));
});
