/** Short unrelated articles for clustering tests. */
import { asArticleId } from '../../../src/core/ids.js';
import type { ClusterDoc } from '../../../src/stages/cluster/doc-terms.js';

export const UNRELATED: readonly ClusterDoc[] = [
  {
    id: asArticleId('a_sport00000000001'),
    title: 'United win derby with late header',
    text: 'Manchester United beat City 2-1 in the derby on Sunday after a stoppage-time header from the captain. The manager praised the defence and said the title race was far from over. Fans celebrated outside the stadium long into the night, and the club confirmed the striker would miss the next match with a hamstring injury.',
    published: '2021-12-05',
  },
  {
    id: asArticleId('a_weather000000001'),
    title: 'Storm brings heavy snow to the Alps',
    text: 'Heavy snow and strong winds closed several mountain passes in the Alps on Tuesday. Forecasters warned of avalanche risk in high valleys, and ski resorts postponed their season openings until the weekend. Temperatures are expected to fall further, with more snow forecast for the northern slopes and rail services disrupted.',
    published: '2021-12-07',
  },
];
