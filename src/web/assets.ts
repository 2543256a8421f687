/**
 * The static files of the web pages: src/web/assets (the script modules and
 * the site's stylesheet) read once at start, and the brief's stylesheet
 * (the CSS the self-contained HTML brief inlines) served as a file, so the
 * pages need no inline styles of their own. Everything is served from this
 * server; nothing is loaded from elsewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BRIEF_CSS } from '../stages/brief/html-style.js';

export interface Asset {
  readonly type: string;
  readonly body: Buffer;
}

const TYPES: Readonly<Record<string, string>> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
};

/** The assets folder: next to this module, or (when run from dist/) in the sources. */
function assetDir(): string | undefined {
  const candidates = [new URL('./assets/', import.meta.url), new URL('../../../src/web/assets/', import.meta.url)];
  for (const c of candidates) {
    const p = fileURLToPath(c);
    if (existsSync(p)) return p;
  }
  return undefined;
}

export function loadAssets(): Map<string, Asset> {
  const out = new Map<string, Asset>();
  out.set('brief.css', { type: TYPES.css!, body: Buffer.from(BRIEF_CSS, 'utf8') });
  const dir = assetDir();
  if (dir === undefined) return out;
  for (const name of readdirSync(dir)) {
    const ext = name.split('.').pop() ?? '';
    const type = TYPES[ext];
    if (type !== undefined && /^[a-z0-9-]+\.[a-z]+$/.test(name)) out.set(name, { type, body: readFileSync(`${dir}${name}`) });
  }
  return out;
}
