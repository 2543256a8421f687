/**
 * Command specs: each command declares its flags once, and both the parser
 * options and the `parallax CMD --help` text are generated from that one
 * declaration, so the help can never list a flag the parser refuses (or miss
 * one it accepts).
 */
import { parseArgs } from 'node:util';
import { UsageError } from './args.js';
import { nearest } from './suggest.js';

export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The value's placeholder in the help, e.g. FILE. */
  readonly arg?: string;
  readonly help: string;
}

export interface CommandSpec {
  readonly name: string;
  /** Positional arguments as the usage line shows them, e.g. `PATH|URL|-...`. */
  readonly args?: string;
  /** One line for the command list of `parallax --help`. */
  readonly summary: string;
  /** More lines for `parallax CMD --help` (formats, defaults, examples). */
  readonly details?: string;
  /** `batch` commands read and write JSON Lines (the benchmark formats). */
  readonly group: 'main' | 'batch';
  readonly flags: Readonly<Record<string, FlagSpec>>;
}

/** Flags every command accepts. `--debug` is taken off by `main` before parsing. */
export const HELP_FLAG: Readonly<Record<string, FlagSpec>> = { help: { type: 'boolean', short: 'h', help: 'this help' } };
const DEBUG_FLAG: FlagSpec = { type: 'boolean', help: 'print the stack trace of an error (any command)' };

type Values = Record<string, string | boolean | undefined>;

function allFlags(spec: CommandSpec): Record<string, FlagSpec> {
  return { ...spec.flags, ...HELP_FLAG };
}

/** The flag an argument names (`--in=x` → in, `-o` → out), or why it names none. */
function checkKnown(spec: CommandSpec, argv: readonly string[]): void {
  const flags = allFlags(spec);
  const shorts = new Map(Object.entries(flags).filter(([, f]) => f.short).map(([name, f]) => [f.short!, name]));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return;
    if (a.startsWith('--')) {
      const name = a.slice(2).split('=')[0]!;
      if (name in flags) {
        if (flags[name]!.type === 'string' && !a.includes('=')) i++;
        continue;
      }
      const guess = nearest(name, Object.keys(flags));
      throw new UsageError(`unknown flag --${name}${guess ? `. Did you mean --${guess}?` : ''} (see parallax ${spec.name} --help)`);
    }
    if (a.startsWith('-') && a.length > 1) {
      // A group of short flags (-qh) or one short flag with its value (-oFILE).
      for (let j = 1; j < a.length; j++) {
        const name = shorts.get(a[j]!);
        if (!name) {
          const known = [...shorts.keys()].map((s) => `-${s}`).join(', ');
          throw new UsageError(`unknown flag -${a[j]} in ${a} (short flags here: ${known}; see parallax ${spec.name} --help)`);
        }
        if (flags[name]!.type === 'string') {
          if (j === a.length - 1) i++;
          break;
        }
      }
    }
  }
}

/**
 * Parses a command's arguments against its spec. Unknown flags suggest the
 * nearest known one; a missing value names the flag and its placeholder.
 */
export function parseFlags(spec: CommandSpec, argv: readonly string[]): { values: Values; positionals: string[] } {
  checkKnown(spec, argv);
  const flags = allFlags(spec);
  const options = Object.fromEntries(
    Object.entries(flags).map(([name, f]) => [name, f.short ? { type: f.type, short: f.short } : { type: f.type }]),
  );
  try {
    const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
    return { values: { ...values } as Values, positionals };
  } catch (err) {
    const m = /Option '(?:-\w, )?--([\w-]+)/.exec(err instanceof Error ? err.message : '');
    const f = m ? flags[m[1]!] : undefined;
    if (m && f?.type === 'string') throw new UsageError(`--${m[1]} needs a value: --${m[1]} ${f.arg ?? 'VALUE'} (to pass a value starting with a dash write --${m[1]}=VALUE)`);
    if (m && f?.type === 'boolean') throw new UsageError(`--${m[1]} takes no value`);
    throw new UsageError(err instanceof Error ? err.message.split('\n')[0]! : String(err));
  }
}

function flagLabel(name: string, f: FlagSpec): string {
  const long = `--${name}${f.type === 'string' ? ` ${f.arg ?? 'VALUE'}` : ''}`;
  return f.short ? `-${f.short}, ${long}` : `    ${long}`;
}

/** `parallax CMD --help`: the usage line, the details and every flag the parser accepts. */
export function commandHelp(spec: CommandSpec): string {
  const flags = allFlags(spec);
  const rows = Object.entries(flags).map(([name, f]) => [flagLabel(name, f), f.help] as const);
  const width = Math.max(...rows.map(([l]) => l.length), flagLabel('debug', DEBUG_FLAG).length) + 2;
  const lines = [
    `Usage: parallax ${spec.name}${spec.args ? ` ${spec.args}` : ''} [options]`,
    '',
    `${spec.summary}`,
  ];
  if (spec.details) lines.push('', ...spec.details.trimEnd().split('\n'));
  lines.push('', 'Options:');
  for (const [label, help] of rows) {
    const [first, ...more] = help.split('\n');
    lines.push(`  ${label.padEnd(width)}${first}`);
    for (const m of more) lines.push(`  ${' '.repeat(width)}${m}`);
  }
  lines.push('', 'Global options:', `  ${flagLabel('debug', DEBUG_FLAG).padEnd(width)}${DEBUG_FLAG.help}`);
  return lines.join('\n');
}
