/**
 * The OpenAPI document's tuples. The brief's citations are fixed-length
 * arrays (`[article, start, end]`), which TypeBox writes as JSON Schema's
 * draft-07 tuple (`items: [...]`, `additionalItems: false`); OpenAPI 3.0
 * allows `items` only as one schema, and validators and client generators
 * reject the array form. In the served document each tuple becomes an array
 * of its members' common type with its exact length, and the positions go
 * into its description; requests and replies are still validated against the
 * exact tuple (the route schemas are not changed).
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A copy of `doc` with every tuple schema written the OpenAPI 3.0 way. */
export function openApiTuples<T>(doc: T): T {
  return rewrite(doc as Json) as T;
}

function rewrite(node: Json): Json {
  if (Array.isArray(node)) return node.map(rewrite);
  if (node === null || typeof node !== 'object') return node;
  const out: { [k: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) out[k] = rewrite(v);
  const items = out.items;
  if (out.type !== 'array' || !Array.isArray(items)) return out;
  const members = items as { [k: string]: Json }[];
  const types = [...new Set(members.map((m) => JSON.stringify(m.type ?? null)))];
  // Members of one type keep it; mixed members (none in the API today) become `{}`: any value.
  const item: { [k: string]: Json } = types.length === 1 && members[0]?.type !== undefined ? { type: members[0].type } : {};
  if (members.every((m) => typeof m.minimum === 'number')) item.minimum = Math.min(...members.map((m) => m.minimum as number));
  const positions = members.map((m, i) => `${i}: ${typeof m.description === 'string' ? m.description : (m.type ?? 'value')}`).join('; ');
  delete out.additionalItems;
  out.items = item;
  out.minItems = members.length;
  out.maxItems = members.length;
  out.description = [typeof out.description === 'string' ? out.description : undefined, `A tuple of ${members.length} (${positions}).`].filter(Boolean).join(' ');
  return out;
}
