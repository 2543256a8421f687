import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterStream, type StreamArticle } from '../../../src/stages/cluster/cluster-stream.js';
import { loadExamples } from '../dedupe/example-articles.js';
import { UNRELATED } from './fixtures.js';

const stream: StreamArticle[] = [
  ...loadExamples().map((e) => ({ id: e.id, title: e.title, text: e.text })),
  ...UNRELATED.map((d) => ({ id: d.id, title: d.title, text: d.text, ...(d.published ? { published: d.published } : {}) })),
];

test('clusterStream answers one story per article, in input order', () => {
  const { assignments } = clusterStream(stream);
  assert.deepEqual(assignments.map((a) => a.id), stream.map((a) => a.id));
  assert.equal(new Set(assignments.slice(0, 5).map((a) => a.story)).size, 1, 'the five example articles are one story');
  assert.equal(new Set(assignments.map((a) => a.story)).size, 3);
});

test('clusterStream is deterministic: the same input gives the same output', () => {
  assert.deepEqual(clusterStream(stream).assignments, clusterStream(stream).assignments);
});

test('headline-only articles of one event join; an unrelated headline does not', () => {
  const heads: StreamArticle[] = [
    { id: 'h1', title: 'Fed official says weak data caused by weather, should not slow taper', text: '' },
    { id: 'h2', title: "Fed's Plosser sees high bar for change in pace of taper", text: '' },
    { id: 'h3', title: 'Fed official: weather caused weak data, taper pace unchanged', text: '' },
    { id: 'h4', title: 'Storm brings heavy snow to the Alps', text: '' },
  ];
  const story = new Map(clusterStream(heads).assignments.map((a) => [a.id, a.story]));
  assert.equal(story.get('h1'), story.get('h3'));
  assert.notEqual(story.get('h4'), story.get('h1'));
});

test('empty, one-word and field-less articles each get a story without crashing', () => {
  const odd: StreamArticle[] = [{ id: 'e1', title: '', text: '' }, { id: 'e2' }, { id: 'w1', title: 'Ukraine', text: '' }, { id: 'w2', title: 'Ukraine', text: 'Ukraine' }];
  const { assignments } = clusterStream([...stream, ...odd]);
  assert.equal(assignments.length, stream.length + odd.length);
  const tail = assignments.slice(-4);
  assert.equal(new Set(tail.map((a) => a.story)).size, 4, 'too little text to compare: each stays alone');
  for (const a of tail) assert.ok(!assignments.slice(0, stream.length).some((b) => b.story === a.story));
});

test('a repeated id keeps its first story', () => {
  const { assignments } = clusterStream([...stream, stream[0]]);
  assert.equal(assignments.at(-1)!.story, assignments[0].story);
});
