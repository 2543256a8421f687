/**
 * `--lexicon FILE`: the optional cross-lingual lexicon pack built on the
 * user's machine by scripts/build-lexicon-pack.mjs (never shipped: its
 * sources are GPL / CC BY-SA). Reading it is the CLI's IO; turning it into a
 * Lexicon is the text model's pure `lexiconFromPack`. A file that cannot be
 * read, is not JSON or is not a pack is a usage error (exit 2) of one line
 * naming the file, before any input is read.
 */
import { readFileSync } from 'node:fs';
import { lexiconFromPack, type Lexicon } from '../stages/text-model/index.js';
import { UsageError } from './args.js';

export const LEXICON_FLAG = { type: 'string', arg: 'FILE', help: 'optional cross-lingual lexicon pack (scripts/build-lexicon-pack.mjs; see docs/DESIGN.md, "Optional cross-lingual lexicon")' } as const;

/**
 * The pack at `path`, or undefined when the flag was not given.
 * @example readLexiconFlag(values.lexicon) // Lexicon | undefined; throws UsageError for a bad file
 */
export function readLexiconFlag(path: string | boolean | undefined): Lexicon | undefined {
  if (path === undefined) return undefined;
  if (typeof path !== 'string' || path === '') throw new UsageError('--lexicon needs a file (a pack from scripts/build-lexicon-pack.mjs)');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new UsageError(`cannot read lexicon pack ${path}: ${why}`);
  }
  let pack: unknown;
  try {
    pack = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`lexicon pack ${path} is not JSON (${(e as Error).message})`);
  }
  const loaded = lexiconFromPack(pack);
  if (!loaded.ok) throw new UsageError(`lexicon pack ${path}: ${loaded.reason}`);
  return loaded.lexicon;
}
