import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import type { EntityMention, EntityType } from '../../../src/core/types.js';
import { mergeEntities } from '../../../src/stages/compare/merge-entities.js';
import { sameEntityBlockKeys } from '../../../src/stages/compare/name-blocks.js';
import { sameEntity } from '../../../src/stages/analyze/names.js';
import { extractEntities } from '../../../src/stages/analyze/entities.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

const A = asArticleId('a_aaaaaaaaaaaaaaaa');
const B = asArticleId('a_bbbbbbbbbbbbbbbb');
const C = asArticleId('a_cccccccccccccccc');

function m(name: string, type: EntityType, text = name): EntityMention {
  return { start: 0, end: text.length, text, type, name };
}

function groups(perArticle: Parameters<typeof mergeEntities>[0]): string[][] {
  return mergeEntities(perArticle, sameEntity).map((e) => [e.name, ...e.aliases].sort()).sort((x, y) => x[0].localeCompare(y[0]));
}

test('transliterations and misspellings across articles are one entity', () => {
  const g = mergeEntities([
    [A, [m('Volodymyr Zelensky', 'person'), m('Anthony Blinken', 'person'), m('Kiev', 'place')]],
    [B, [m('Volodymyr Zelenskyy', 'person'), m('Antony Blinken', 'person'), m('Kyiv', 'place')]],
  ], sameEntity);
  assert.equal(g.length, 3);
  for (const e of g) assert.deepEqual(e.articleIds.sort(), [A, B].sort(), e.name);
  const zel = g.find((e) => e.name.startsWith('Volodymyr'));
  assert.ok(zel !== undefined && zel.aliases.length === 1, 'one spelling is the name, the other an alias');
});

test('a bare surname from another article joins the full name it stands for', () => {
  const g = mergeEntities([[A, [m('Joe Biden', 'person')]], [B, [m('Biden', 'person')]]], sameEntity);
  assert.equal(g.length, 1);
  assert.equal(g[0].name, 'Joe Biden');
  assert.deepEqual(g[0].articleIds.sort(), [A, B].sort());
});

test('a surname shared by two people does not chain them into one', () => {
  const got = groups([[A, [m('Joe Biden', 'person')]], [B, [m('Hunter Biden', 'person')]], [C, [m('Biden', 'person')]]]);
  assert.deepEqual(got, [['Biden'], ['Hunter Biden'], ['Joe Biden']]);
});

test('types are kept apart: Georgia the place is not a person named Georgia', () => {
  const got = groups([[A, [m('Georgia', 'place')]], [B, [m('Georgia', 'person')]]]);
  assert.equal(got.length, 2);
});

test('end to end: each article resolves its own surnames, the story merges the variants', () => {
  const a = 'Secretary of State Anthony Blinken flew to Kiev. Blinken said the talks went well.';
  const b = 'Antony Blinken arrived in Kyiv on Tuesday.';
  const ents = (t: string): EntityMention[] => extractEntities(t, splitSentences(t));
  const ea = ents(a);
  assert.equal(ea.find((e) => e.text === 'Blinken')?.name, 'Anthony Blinken');
  const g = mergeEntities([[A, ea], [B, ents(b)]], sameEntity);
  const blinken = g.find((e) => /Blinken/.test(e.name));
  assert.deepEqual(blinken?.articleIds.sort(), [A, B].sort());
  assert.ok(blinken?.aliases.includes('Blinken') || blinken?.aliases.includes('Anthony Blinken') || blinken?.aliases.includes('Antony Blinken'));
  const kyiv = g.find((e) => e.type === 'place' && e.name === 'Kyiv');
  assert.deepEqual(kyiv?.articleIds.sort(), [A, B].sort());
});

test('a bare first name resolves to the one full name in the article that starts with it', () => {
  const t = 'Hillary Clinton spoke in Ohio. Later, Hillary said the race was close.';
  const e = extractEntities(t, splitSentences(t)).find((x) => x.text === 'Hillary');
  assert.equal(e?.name, 'Hillary Clinton');
});

test('entities blocked by hashes merge as by key strings', () => {
  const bases = ['Joe Biden', 'Hunter Biden', 'Vladimir Putin', 'Volodymyr Zelenskyy', 'Antony Blinken', 'North Atlantic Treaty Organization', 'Kyiv', 'Rail Accident Investigation Branch'];
  const mentions: EntityMention[] = [];
  for (const b of bases) {
    const type: EntityType = /Organization|Branch/.test(b) ? 'organization' : b === 'Kyiv' ? 'place' : 'person';
    mentions.push(m(b, type), m(b.split(' ').at(-1)!, type));
    for (let i = 1; i < b.length; i += 4) mentions.push(m(b.slice(0, i) + b.slice(i + 1), type), m(`${b.slice(0, i)}x${b.slice(i)}x`, type));
  }
  const perArticle = [[A, mentions.slice(0, 40)], [B, mentions.slice(40)], [C, mentions.filter((_, k) => k % 3 === 0)]] as const;
  const byStrings = mergeEntities(perArticle, sameEntity, sameEntityBlockKeys);
  assert.deepEqual(mergeEntities(perArticle, sameEntity), byStrings);
  assert.ok(byStrings.length < mentions.length / 2, 'spellings merged');
});

test('one person as three languages write the name is one entity, shown by first and last name; within one language the spelling tests decide', () => {
  const per = [
    [A, [m('Oleksii Reznikov', 'person')]],
    [B, [m('Verteidigungsminister Oleksij Resnikow', 'person')]],
    [C, [m('Украины Алексей Резников', 'person'), m('Hunter Biden', 'person')]],
  ] as const;
  const languages = new Map([[A, 'en'], [B, 'de'], [C, 'ru']]);
  const g = mergeEntities(per, sameEntity, undefined, undefined, (id) => languages.get(id)!);
  const person = g.find((e) => e.articleIds.length === 3);
  assert.ok(person, JSON.stringify(g.map((e) => e.name)));
  assert.equal(person.name, 'Oleksii Reznikov');
  assert.deepEqual(person.aliases, ['Verteidigungsminister Oleksij Resnikow', 'Украины Алексей Резников']);
  // The same three names in articles of one language: not joined by the sound of their last two words.
  const one = mergeEntities(per, sameEntity, undefined, undefined, () => 'en');
  assert.ok(one.every((e) => e.articleIds.length === 1), JSON.stringify(one.map((e) => [e.name, e.articleIds.length])));
});

test("a person's roles are shown in English when an English article gives one", () => {
  const role = (name: string, r: string): EntityMention => ({ ...m(name, 'person'), role: r });
  const per: Parameters<typeof mergeEntities>[0] = [
    [A, [role('Heiko Maas', 'foreign minister')]],
    [B, [role('Heiko Maas', 'Außenminister')]],
  ];
  const languages = new Map([[A, 'en'], [B, 'de']]);
  assert.deepEqual(mergeEntities(per, sameEntity, undefined, undefined, (id) => languages.get(id)!)[0]!.roles, ['foreign minister']);
  // With no English role, every language's role stays.
  const germanOnly = new Map([[A, 'fr'], [B, 'de']]);
  assert.deepEqual(mergeEntities(per, sameEntity, undefined, undefined, (id) => germanOnly.get(id)!)[0]!.roles, ['Außenminister', 'foreign minister']);
});
