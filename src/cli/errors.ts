/**
 * One-line errors. What the user can fix (a missing file, a folder that does
 * not exist, a file that is not a database, a full disk) is one line naming
 * the file; anything else is a bug: one line and a hint to rerun with
 * --debug, which prints the stack trace.
 */
import { UsageError } from './args.js';
import { ClusterParamsChanged } from '../storage/store.js';

/** A failure the user can act on, printed as `parallax CMD: message`, exit 1. */
export class CliError extends Error {}

const ERRNO: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  EEXIST: 'already exists',
  ELOOP: 'too many symbolic links',
};

/** `what PATH: reason` for a file-system error, or undefined when `err` is none. */
export function fileErrorLine(err: unknown, what = 'cannot use'): string | undefined {
  const e = err as NodeJS.ErrnoException | undefined;
  if (!e || typeof e.code !== 'string' || !(e.code in ERRNO)) return undefined;
  return `${what}${e.path ? ` ${e.path}` : ''}: ${ERRNO[e.code]}`;
}

/** Exit codes: 0 ok, 1 a failure (an input, a file), 2 a usage error, 3 a bug. */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 3 } as const;

/** The one line (and exit code) an error thrown by a command becomes. */
export function describeError(err: unknown): { line: string; code: number; bug: boolean } {
  if (err instanceof UsageError) return { line: err.message, code: EXIT.usage, bug: false };
  if (err instanceof CliError) return { line: err.message, code: EXIT.failed, bug: false };
  if (err instanceof ClusterParamsChanged) return { line: err.message, code: EXIT.failed, bug: false };
  const file = fileErrorLine(err);
  if (file) return { line: file, code: EXIT.failed, bug: false };
  const e = err as { name?: string; code?: string; message?: string } | undefined;
  if (e?.name === 'SqliteError') return { line: `database error: ${e.message}`, code: EXIT.failed, bug: false };
  const message = err instanceof Error ? err.message : String(err);
  return { line: `internal error: ${message.split('\n')[0]} (rerun with --debug for the stack trace)`, code: EXIT.internal, bug: true };
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Makes text safe to print at a terminal: control characters (escape
 * sequences that move the cursor, retitle the window or hide text) and
 * bidirectional overrides become visible escapes like \x1b. Newlines and
 * tabs stay.
 */
export function neutralise(s: string): string {
  return s.replace(CONTROL, (c) => {
    const n = c.codePointAt(0)!;
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}
