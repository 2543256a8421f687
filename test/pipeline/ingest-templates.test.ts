import { test } from 'node:test';
import assert from 'node:assert/strict';
import { systemClock } from '../../src/core/result.js';
import type { RawArticle } from '../../src/core/types.js';
import { ingestArticles } from '../../src/pipeline/ingest-articles.js';
import { createStore } from '../../src/storage/create-store.js';
import type { Store } from '../../src/storage/store.js';

const TOPICS = [
  ['Harbour bridge reopens after repairs', 'The harbour bridge reopened to traffic on Tuesday after six months of repairs that cost the city more than 12 million euros, officials said.'],
  ['School board approves new calendar', 'The school board voted on Wednesday to start the school year a week earlier, citing lost teaching days during last winter\'s storms.'],
  ['Rail strike halts northern services', 'Train drivers walked out on Thursday in a dispute over pay, cancelling most services on the northern line for the second time this month.'],
  ['Museum wins grant for new wing', 'The city museum received a national grant of four million euros to build a new wing for its collection of maritime paintings and models.'],
  ['Farmers warn of late harvest', 'A cold and wet spring has delayed planting across the region, and farmers said the grain harvest could come three weeks later than usual.'],
  ['Hospital opens emergency unit', 'The regional hospital opened a new emergency unit on Friday, doubling the number of beds available for urgent cases in the area.'],
];

/** A scraped page of one outlet: its nav above, its footer below. */
function scraped(outlet: string, [title, lead]: readonly string[], i: number, extra: readonly string[] = []): RawArticle {
  const body = [
    `${title} | ${outlet}`,
    `Home | Local | Politics | ${outlet} Weekend`,
    lead,
    `Officials said more details on the ${title.toLowerCase()} story would follow later in the week, and residents were asked to check for updates.`,
    ...extra,
    `Follow ${outlet} on Telegram for breaking local news.`,
    `${outlet} is published by Coastal Media Group, Harbour Street 5.`,
    `Read the ${outlet} print edition every morning`,
  ].join('\n\n');
  return { format: 'txt', path: `${outlet}-${i}.txt`, body };
}

function ingest(store: Store, raws: readonly RawArticle[]): void {
  const report = ingestArticles(raws, { store, clock: systemClock });
  assert.deepEqual(report.problems, []);
  assert.deepEqual(report.rejected, []);
}

test('six scraped articles of one outlet lose its repeated nav and footer lines', () => {
  const store = createStore({ type: 'memory' });
  ingest(store, TOPICS.map((t, i) => scraped('The Daily Planet', t, i)));
  const stored = store.listArticles();
  assert.equal(stored.length, 6);
  for (const { article } of stored) {
    assert.ok(!article.text.includes('Follow The Daily Planet on Telegram'), article.text);
    assert.ok(!article.text.includes('Coastal Media Group'), article.text);
    const learned = article.meta.removed.filter((r) => r.reason === 'outlet-template').map((r) => r.text);
    assert.ok(learned.includes('Follow The Daily Planet on Telegram for breaking local news.'), JSON.stringify(learned));
    assert.ok(learned.includes('Home | Local | Politics | The Daily Planet Weekend'));
    // The story's own sentences stay.
    assert.ok(article.text.includes('Officials said more details on the'));
  }
  // Learned lines persist: a later batch from the outlet is cleaned too.
  ingest(store, [scraped('The Daily Planet', ['Storm damages pier', 'High winds tore planks from the old pier overnight, and the council closed it to walkers until engineers can inspect the damage.'], 9)]);
  const later = store.listArticles().at(-1)!.article;
  assert.ok(!later.text.includes('Coastal Media Group'), JSON.stringify(later));
  store.close();
});

test('ingesting the same pages again is a duplicate, even after learning', () => {
  const store = createStore({ type: 'memory' });
  const raws = TOPICS.map((t, i) => scraped('The Daily Planet', t, i));
  ingest(store, raws.slice(0, 2));
  ingest(store, raws);
  const again = ingestArticles(raws, { store, clock: systemClock });
  assert.equal(again.added, 0);
  assert.equal(again.duplicates, 6);
  assert.equal(store.listArticles().length, 6);
  store.close();
});

test('the same line in articles of five different outlets is kept', () => {
  const store = createStore({ type: 'memory' });
  const outlets = ['North Star', 'Valley Herald', 'Coast Courier', 'Metro Daily', 'River Times'];
  const shared = 'Residents were told to follow the advice of the emergency services until further notice.';
  ingest(store, outlets.map((o, i) => scraped(o, TOPICS[i]!, i, [shared])));
  for (const { article } of store.listArticles()) {
    assert.ok(article.text.includes(shared));
    assert.ok(article.meta.removed.every((r) => r.reason !== 'outlet-template'));
  }
  store.close();
});

test('a wire sentence repeated across one outlet\'s articles is kept when other outlets carry it too', () => {
  const store = createStore({ type: 'memory' });
  const wire = 'The agency said the measures would remain in place until the end of the month, according to a statement.';
  const others = ['North Star', 'Valley Herald', 'Coast Courier'].map((o, i) => scraped(o, TOPICS[i]!, 20 + i, [wire]));
  ingest(store, [...others, ...TOPICS.map((t, i) => scraped('The Daily Planet', t, i, [wire]))]);
  for (const { article } of store.listArticles()) assert.ok(article.text.includes(wire), article.meta.path);
  store.close();
});
