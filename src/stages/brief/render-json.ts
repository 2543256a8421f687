/**
 * The brief as JSON: the public schema of `parallax analyze --format json`
 * (docs/JSON-SCHEMA.md). Keys are written in sorted order so the same brief
 * always gives byte-identical output, whatever order `compare` built it in.
 */
import type { StoryBrief } from '../../core/brief.js';

type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };

function sortKeys(value: unknown): Json | undefined {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map((v) => sortKeys(v) ?? null);
  if (typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const key of Object.keys(value).sort()) {
      const v = sortKeys((value as Record<string, unknown>)[key]);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  return undefined;
}

/**
 * Pretty JSON (2-space indent, sorted keys, trailing newline); undefined
 * fields are left out, as `JSON.stringify` does.
 * @example JSON.parse(renderJson(brief)).title === brief.title // true
 */
export function renderJson(brief: StoryBrief): string {
  return `${JSON.stringify(sortKeys(brief), null, 2)}\n`;
}
