import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BriefEntity } from '../../../src/core/brief.js';
import { asArticleId } from '../../../src/core/ids.js';
import { outletsAsOrganisations } from '../../../src/stages/compare/outlet-entities.js';

const entity = (name: string, type: BriefEntity['type'], articles: string[], mentions = articles.length): BriefEntity => ({ name, type, aliases: [], roles: [], articleIds: articles.map(asArticleId), mentions });

test("a person named like one of the story's outlets is an organisation", () => {
  const out = outletsAsOrganisations([entity('Oleksii Reznikov', 'person', ['a1', 'a2']), entity('Kyiv Wire', 'person', ['a2'])], ['Kyiv Wire', 'Tagesblatt']);
  assert.deepEqual(out.map((e) => [e.name, e.type]), [['Oleksii Reznikov', 'person'], ['Kyiv Wire', 'organization']]);
});

test('in any case, joined to the organisation of that name when the story has one', () => {
  const out = outletsAsOrganisations([entity('USA Today', 'organization', ['a1'], 2), entity('USA TODAY', 'person', ['a2'])], ['USA Today']);
  assert.equal(out.length, 1);
  assert.deepEqual([out[0]!.name, out[0]!.type, out[0]!.aliases, out[0]!.articleIds, out[0]!.mentions], ['USA Today', 'organization', ['USA TODAY'], ['a1', 'a2'], 3]);
});

test('without outlets, or with none named, the entities are unchanged', () => {
  const entities = [entity('Jane Holloway', 'person', ['a1']), entity('Springfield', 'place', ['a1'])];
  assert.deepEqual(outletsAsOrganisations(entities, []), entities);
  assert.deepEqual(outletsAsOrganisations(entities, ['Springfield Gazette', ' ']), entities);
  // A place named like an outlet stays a place: only the capitals rule's persons are in doubt.
  assert.deepEqual(outletsAsOrganisations(entities, ['Springfield']), entities);
});
