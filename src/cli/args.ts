import { parseArgs } from 'node:util';

/** A user error on the command line: printed as one line, exit code 2. */
export class UsageError extends Error {}

export type BriefFormat = 'md' | 'json' | 'html';

export interface CommonFlags {
  readonly db?: string;
  readonly format?: string;
  readonly out?: string;
  readonly strict: boolean;
  readonly quiet: boolean;
  readonly help: boolean;
}

/** Parses one command's flags; unknown flags are a usage error with a hint. */
export function parseCommand(argv: readonly string[], extra: Record<string, { type: 'string' | 'boolean'; short?: string }> = {}) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        strict: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        ...extra,
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

export function briefFormat(value: string | undefined): BriefFormat {
  const f = value ?? 'md';
  if (f === 'md' || f === 'markdown') return 'md';
  if (f === 'json' || f === 'html') return f;
  throw new UsageError(`--format must be md, json or html (got "${f}")`);
}
