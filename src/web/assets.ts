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

/**
 * The assets folder, next to this module: src/web/assets when run from the
 * sources, dist/src/web/assets in the built package (`npm run build` copies
 * it there, scripts/copy-assets.mjs).
 */
export const ASSET_DIR = new URL('./assets/', import.meta.url);

/** The files every page needs: without them the pages would load but do nothing. */
const REQUIRED = ['app.js', 'app.css'];

export function loadAssets(dir: URL = ASSET_DIR): Map<string, Asset> {
  const out = new Map<string, Asset>();
  out.set('brief.css', { type: TYPES.css!, body: Buffer.from(BRIEF_CSS, 'utf8') });
  const path = fileURLToPath(dir);
  const missing = REQUIRED.filter((n) => !existsSync(`${path}${n}`));
  // A package built without its assets is broken: say so at start rather than serve pages without script or style.
  if (missing.length > 0) throw new Error(`web assets missing in ${path} (${missing.join(', ')}): rebuild with npm run build`);
  for (const name of readdirSync(path)) {
    const ext = name.split('.').pop() ?? '';
    const type = TYPES[ext];
    if (type !== undefined && /^[a-z0-9-]+\.[a-z]+$/.test(name)) out.set(name, { type, body: readFileSync(`${path}${name}`) });
  }
  return out;
}
