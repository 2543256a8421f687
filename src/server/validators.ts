/**
 * Request validation with two Ajv instances: bodies are JSON and must have
 * the declared types exactly (no coercion, so `"text": 42` is an error, not
 * the string "42"); query strings and path parameters are text, so numbers
 * and booleans in them are coerced. Neither drops unknown fields silently:
 * an unknown field is an error that names it (errors.ts).
 */
import { Ajv, type Options } from 'ajv';
import type { FastifySchema, FastifySchemaCompiler } from 'fastify';

const COMMON: Options = { useDefaults: true, removeAdditional: false, allErrors: false, strict: false };

export function requestValidators(): FastifySchemaCompiler<FastifySchema> {
  const body = new Ajv({ ...COMMON, coerceTypes: false });
  const text = new Ajv({ ...COMMON, coerceTypes: 'array' });
  // TypeBox marks schemas with symbol keys Ajv does not know; `strict: false` lets it ignore
  // them. No format plugin: the schemas use patterns, not formats. Ajv caches each compiled schema.
  return ({ schema, httpPart }) => (httpPart === 'body' ? body : text).compile(schema as object);
}
