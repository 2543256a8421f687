import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApiTuples } from '../../src/server/openapi-tuples.js';
import { startTestServer } from './helpers.js';

test('a tuple becomes an array of its members type with its exact length and the positions described', () => {
  const tuple = {
    type: 'array',
    additionalItems: false,
    minItems: 3,
    description: 'A citation.',
    items: [
      { type: 'integer', minimum: 0, description: 'article index' },
      { type: 'integer', minimum: 0, description: 'start' },
      { type: 'integer', minimum: 0, description: 'end' },
    ],
  };
  const doc = { components: { schemas: { Brief: { type: 'object', properties: { cite: tuple, tags: { type: 'array', items: { type: 'string' } } } } } } };
  const out = openApiTuples(doc);
  assert.deepEqual(out.components.schemas.Brief.properties.cite, {
    type: 'array',
    minItems: 3,
    maxItems: 3,
    items: { type: 'integer', minimum: 0 },
    description: 'A citation. A tuple of 3 (0: article index; 1: start; 2: end).',
  });
  // Ordinary arrays and the input are left as they were.
  assert.deepEqual(out.components.schemas.Brief.properties.tags, { type: 'array', items: { type: 'string' } });
  assert.ok(Array.isArray(doc.components.schemas.Brief.properties.cite.items));
});

test('members of different types give an array of any value, still of the exact length', () => {
  const out = openApiTuples({ type: 'array', items: [{ type: 'integer' }, { type: 'string' }] });
  assert.deepEqual(out, { type: 'array', items: {}, minItems: 2, maxItems: 2, description: 'A tuple of 2 (0: integer; 1: string).' });
});

test('the served OpenAPI document has no array-valued items (OpenAPI 3.0), and the brief citations are length-3 integer arrays', async () => {
  const t = await startTestServer();
  try {
    const doc = (await (await fetch(`${t.url}/api/v1/openapi.json`)).json()) as Record<string, unknown>;
    let arrays = 0;
    let fixed = 0;
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) return n.forEach(walk);
      if (n === null || typeof n !== 'object') return;
      const o = n as Record<string, unknown>;
      if (o.type === 'array') {
        arrays++;
        assert.ok(!Array.isArray(o.items), `array-valued items in ${JSON.stringify(o).slice(0, 120)}`);
        if (o.minItems === 3 && o.maxItems === 3 && (o.items as { type?: string }).type === 'integer') fixed++;
      }
      Object.values(o).forEach(walk);
    };
    walk(doc);
    assert.ok(arrays > 0);
    assert.ok(fixed > 0, 'the citation tuples are in the document');
  } finally {
    await t.stop();
  }
});
