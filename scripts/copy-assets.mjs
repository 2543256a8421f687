// Part of `npm run build`: tsc compiles src/ to dist/src/ but copies no
// other file, so the web pages' static files (src/web/assets: the script
// modules and the stylesheet) are copied next to the compiled web module,
// where the server reads them (src/web/assets.ts).
//   node scripts/copy-assets.mjs            # src/web/assets -> dist/src/web/assets
//   node scripts/copy-assets.mjs FROM TO
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Copies every file of `from` into `to` (made afresh, so a removed asset does not linger); returns the names. */
export function copyAssets(from, to) {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const names = readdirSync(from).filter((n) => statSync(join(from, n)).isFile()).sort();
  for (const n of names) copyFileSync(join(from, n), join(to, n));
  return names;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [from = join(root, 'src/web/assets'), to = join(root, 'dist/src/web/assets')] = process.argv.slice(2);
  const names = copyAssets(from, to);
  console.log(`web assets: ${names.join(', ')} -> ${to}`);
}
