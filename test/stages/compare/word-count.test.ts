import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordCount } from '../../../src/stages/compare/compare-story.js';

// Every character the regular expression's \s matches, and neighbours that it does not.
const SPACES = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2005, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
const NOT_SPACES = [0x08, 0x0e, 0x1f, 0x21, 0x85, 0x9f, 0xa1, 0x180e, 0x200b, 0x200d, 0x2027, 0x202a, 0x2060, 0x3001, 0xfefe, 0xd83d];

const reference = (text: string): number => text.split(/\s+/).filter(Boolean).length;

test('wordCount: every white-space character of \\s separates words, its neighbours do not', () => {
  for (const c of SPACES) {
    assert.ok(/\s/.test(String.fromCharCode(c)), c.toString(16));
    assert.equal(wordCount(`a${String.fromCharCode(c)}b`), 2, c.toString(16));
  }
  for (const c of NOT_SPACES) {
    assert.ok(!/\s/.test(String.fromCharCode(c)), c.toString(16));
    assert.equal(wordCount(`a${String.fromCharCode(c)}b`), 1, c.toString(16));
  }
});

test('wordCount equals split-and-filter on mixed texts without Chinese or Japanese script', () => {
  const alphabet = ['a', 'Ж', '😀', '1', ',', ...[...SPACES, ...NOT_SPACES].map((c) => String.fromCharCode(c))];
  // A fixed linear congruential sequence: the same texts every run.
  let seed = 12345;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let k = 0; k < 500; k++) {
    let text = '';
    const len = next() % 40;
    for (let i = 0; i < len; i++) text += alphabet[next() % alphabet.length];
    assert.equal(wordCount(text), reference(text), JSON.stringify(text));
  }
  assert.equal(wordCount(''), 0);
  assert.equal(wordCount('  \n '), 0);
  assert.equal(wordCount(' Putin and Biden spoke.\n\nFor two hours. '), reference(' Putin and Biden spoke.\n\nFor two hours. '));
});

test('wordCount: a run in Chinese or Japanese script counts the words in it, never fewer than one', () => {
  // 为什么 / 特朗普 / 要 / 从 / 战略 / 文化 / 中 / 缓和 / 与 / 朝鲜 / 的 / 紧张 / 关系: a run of 21 characters, no spaces.
  assert.ok(wordCount('为什么特朗普要从战略文化中缓和与朝鲜的紧张关系') >= 10);
  assert.ok(wordCount('東京で会議が開かれた。') >= 4);
  // Spaces still separate runs; a run of punctuation alone is one word as before.
  assert.equal(wordCount('中国 China'), 2);
  assert.equal(wordCount('。'), 1);
  let seed = 777;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const alphabet = ['a', '中', '国', 'の', ' ', '\n', ','];
  for (let k = 0; k < 300; k++) {
    let text = '';
    const len = next() % 30;
    for (let i = 0; i < len; i++) text += alphabet[next() % alphabet.length];
    assert.ok(wordCount(text) >= reference(text), JSON.stringify(text));
  }
});
