import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import { assignArticle, createClusterState, type ClusterEvent } from '../../../src/stages/cluster/index.js';
import { rankStories } from '../../../src/stages/cluster/assign-article.js';
import { clusterStream } from '../../../src/stages/cluster/cluster-stream.js';
import { stateView } from '../../../src/stages/cluster/state-view.js';
import type { ClusterDoc } from '../../../src/stages/cluster/doc-terms.js';

// One event in English and Russian (hand-written): the same names in two scripts, the number in two formats, the day.
const EN = {
  id: 'en',
  title: 'Reznikov: Russia has massed about 70,000 troops near Ukraine',
  text: 'Ukrainian defence minister Oleksii Reznikov told the Verkhovna Rada in Kyiv on 3 December 2021 that Russia had gathered about 70,000 troops near the border. Reznikov said Moscow could be ready for an escalation by late January, and Kyiv asked Washington and Berlin for support. Zelensky met Blinken later.',
};
const RU = {
  id: 'ru',
  title: 'Резников: Россия стянула к границе около 70 тысяч военных',
  text: 'Министр обороны Украины Алексей Резников заявил 3 декабря 2021 года в Верховной Раде в Киеве, что Россия сосредоточила около 70 тысяч военных у границы. По словам Резникова, Москва может быть готова к эскалации в конце января, а Киев попросил поддержки у Вашингтона и Берлина. Позже Зеленский встретился с Блинкеном.',
};
// An unrelated Russian story sharing two names and the day with the English one.
const RU_OTHER = {
  id: 'ru-other',
  title: 'Вашингтон и Берлин договорились о пошлинах на электромобили',
  text: 'Переговорщики в Вашингтоне и Берлине 3 декабря 2021 года договорились о пошлинах на электромобили и аккумуляторы. Соглашение снижает сборы на детали, и автопроизводители заявили, что цены могут снизиться в следующем году.',
};
// A second English report of the event, and an unrelated English story sharing two names.
const EN_2 = {
  id: 'en-2',
  title: 'Ukraine warns of Russian escalation as Reznikov counts 70,000 troops',
  text: 'Oleksii Reznikov, Ukraine’s defence minister, said Russia had about 70,000 troops near the border and that an escalation was most likely by the end of January. Kyiv asked its Western partners, Washington and Berlin among them, for diplomatic support.',
};
const EN_OTHER = {
  id: 'en-other',
  title: 'Washington and Berlin agree on a new trade deal for electric cars',
  text: 'Negotiators in Washington and Berlin agreed on tariffs for electric cars and batteries on 3 December 2021. The deal lowers duties on parts, and carmakers said prices could fall next year as factories expand production.',
};

const stories = (articles: readonly object[], params: object) => new Map(clusterStream(articles as never, params).assignments.map((a) => [a.id, a.story]));

test('a report in another language joins its story through the anchors it shares', () => {
  const off = stories([EN, RU, RU_OTHER], { anchorWeight: 0 });
  assert.notEqual(off.get('ru'), off.get('en'), 'without the anchor channel the Russian report stands alone');
  const on = stories([EN, RU, RU_OTHER], { anchorWeight: 0.5 });
  assert.equal(on.get('ru'), on.get('en'));
  // The story now holds Russian, so the other Russian text is judged by its words: two names and a day are not one event.
  assert.notEqual(on.get('ru-other'), on.get('en'));
  // The English trade story is the Russian trade story's event, in another language: they join.
  const trade = stories([EN, RU, RU_OTHER, EN_OTHER], { anchorWeight: 0.5 });
  assert.equal(trade.get('en-other'), trade.get('ru-other'));
  assert.notEqual(trade.get('en-other'), trade.get('en'));
});

test('in one language the anchor channel changes nothing: same stories, same similarities', () => {
  const run = (anchorWeight: number) => {
    let state = createClusterState({ anchorWeight });
    const events: ClusterEvent[] = [];
    for (const a of [EN, EN_OTHER, EN_2]) {
      const r = assignArticle(state, { ...a, id: asArticleId(a.id) } as ClusterDoc);
      events.push(...r.events);
      state = r.state;
    }
    return events;
  };
  const off = run(0);
  assert.ok(off.some((e) => e.kind === 'joined'), 'the second English report joins the first');
  assert.deepEqual(run(0.5), off);
});

test('a story that already holds the article’s language gets no anchor score', () => {
  const anchorsOnly = { id: asArticleId('ru-anchors'), title: 'Резников, Киев, Вашингтон', text: 'Резников. Киев. Вашингтон. Берлин. 70 тысяч. 3 декабря 2021 года. Зеленский и Блинкен.' } as ClusterDoc;
  let state = createClusterState({ anchorWeight: 0.5 });
  state = assignArticle(state, { ...EN, id: asArticleId(EN.id) } as ClusterDoc).state;
  const alone = rankStories(stateView(state), anchorsOnly, state.params).scored[0];
  assert.equal(alone?.anchored, true, 'against the English story alone the anchors score it');
  state = assignArticle(state, { ...RU, id: asArticleId(RU.id) } as ClusterDoc).state;
  const withRussian = rankStories(stateView(state), anchorsOnly, state.params).scored[0];
  assert.equal(withRussian?.rec.id, alone?.rec.id);
  assert.equal(withRussian?.anchored, undefined, 'once the story holds Russian, its words decide');
});
