import { packageVersion } from '../package-version.js';
import { ANALYZE_SPEC, BRIEF_SPEC, INGEST_SPEC, STORIES_SPEC, cmdAnalyze, cmdBrief, cmdIngest, cmdStories, type Io } from './commands.js';
import { cmdExtract } from './cmd-extract.js';
import { cmdCluster } from './cmd-cluster.js';
import { SIMILARITY_SPEC, cmdSimilarity } from './cmd-similarity.js';
import { QUOTES_SPEC, cmdQuotes } from './cmd-quotes.js';
import { SUMMARIZE_SPEC, cmdSummarize } from './cmd-summarize.js';
import { SERVE_SPEC, cmdServe } from './cmd-serve.js';
import { TOKEN_SPEC, cmdToken } from './cmd-token.js';
import { WORKER_SPEC, cmdWorker } from './cmd-worker.js';
import { RECLUSTER_SPEC, cmdRecluster } from './cmd-recluster.js';
import { CLUSTER_SPEC, EXTRACT_SPEC } from './batch-specs.js';
import { describeError, EXIT, neutralise } from './errors.js';
import { commandHelp, parseFlags, type CommandSpec } from './flags.js';
import { nearest } from './suggest.js';
import { progressSettings } from './progress.js';

/** In the order `parallax --help` lists them. */
const COMMANDS: Record<string, (argv: readonly string[], io: Io) => number | Promise<number>> = {
  analyze: cmdAnalyze,
  ingest: cmdIngest,
  stories: cmdStories,
  brief: cmdBrief,
  serve: cmdServe,
  token: cmdToken,
  worker: cmdWorker,
  recluster: cmdRecluster,
  extract: cmdExtract,
  cluster: cmdCluster,
  similarity: cmdSimilarity,
  quotes: cmdQuotes,
  summarize: cmdSummarize,
};

/**
 * Each command's flags and help (see flags.ts): `main` rejects unknown flags
 * and prints `parallax CMD --help` from these. A command without a spec
 * parses its own flags and shows the global help.
 */
const SPECS: Record<string, CommandSpec> = {
  analyze: ANALYZE_SPEC,
  ingest: INGEST_SPEC,
  stories: STORIES_SPEC,
  brief: BRIEF_SPEC,
  serve: SERVE_SPEC,
  token: TOKEN_SPEC,
  worker: WORKER_SPEC,
  recluster: RECLUSTER_SPEC,
  extract: EXTRACT_SPEC,
  cluster: CLUSTER_SPEC,
  similarity: SIMILARITY_SPEC,
  quotes: QUOTES_SPEC,
  summarize: SUMMARIZE_SPEC,
};

function usageLine(name: string): string {
  const spec = SPECS[name];
  return spec ? `  parallax ${name}${spec.args ? ` ${spec.args}` : ''}\n      ${spec.summary}` : `  parallax ${name}\n      (see parallax ${name} --help)`;
}

function globalHelp(): string {
  const names = Object.keys(COMMANDS);
  const main = names.filter((n) => SPECS[n]?.group !== 'batch');
  const batch = names.filter((n) => SPECS[n]?.group === 'batch');
  return [
    'parallax — multi-source news intelligence',
    '',
    'Usage: parallax COMMAND [options]        parallax COMMAND --help (or parallax help COMMAND): its options',
    '',
    'Commands:',
    ...main.map(usageLine),
    '',
    'Batch commands (JSON Lines in and out, - for stdin and stdout; used by the benchmarks):',
    ...batch.map(usageLine),
    '',
    'Global options:',
    '  -h, --help       this help',
    '  -v, --version    the version',
    '  --debug          print the stack trace of an error',
    '',
    'Exit codes: 0 ok, 1 a failure (an input or a file), 2 a usage error, 3 an internal error (a bug).',
  ].join('\n');
}

const GLOBAL_FLAGS = ['--help', '--version', '--debug'];

/** `parallax: unknown command "injest". Did you mean "ingest"?` */
function unknownCommand(cmd: string): string {
  if (cmd.startsWith('-')) {
    const guess = nearest(cmd, GLOBAL_FLAGS);
    return `parallax: unknown option ${cmd}${guess ? `. Did you mean ${guess}?` : ''} (see parallax --help)`;
  }
  const guess = nearest(cmd, [...Object.keys(COMMANDS), 'help']);
  return guess
    ? `parallax: unknown command "${cmd}". Did you mean "${guess}"?`
    : `parallax: unknown command "${cmd}"; commands: ${Object.keys(COMMANDS).join(', ')} (see parallax --help)`;
}

/** Takes the global --debug off the arguments (anywhere before a `--`). */
function takeDebug(argv: readonly string[]): { debug: boolean; rest: string[] } {
  const end = argv.indexOf('--');
  const head = end >= 0 ? argv.slice(0, end) : [...argv];
  const tail = end >= 0 ? argv.slice(end) : [];
  const rest = head.filter((a) => a !== '--debug');
  return { debug: rest.length < head.length, rest: [...rest, ...tail] };
}

/**
 * The CLI entry point: returns the exit code (0 ok, 1 a failure such as
 * nothing ingested or a problem under --strict, 2 a usage error, 3 a bug).
 * Nothing it is given makes it throw: every error becomes one line on
 * stderr (its stack trace too with --debug).
 */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const { debug, rest: args } = takeDebug(argv);
  if (io === defaultIo) guardProcess(debug);
  // Input-derived text (file names, titles) must not drive the terminal.
  const safe: Io = { ...io, stderr: (s) => io.stderr(neutralise(s)) };
  const [cmd, ...rest] = args;
  if (!cmd || cmd === '--help' || cmd === '-h') {
    io.stdout(globalHelp());
    return EXIT.ok;
  }
  if (cmd === 'help') {
    const topic = rest[0];
    if (topic === undefined) io.stdout(globalHelp());
    else if (SPECS[topic]) io.stdout(commandHelp(SPECS[topic]));
    else if (COMMANDS[topic]) io.stdout(globalHelp());
    else {
      safe.stderr(unknownCommand(topic));
      return EXIT.usage;
    }
    return EXIT.ok;
  }
  if (cmd === '--version' || cmd === '-v') {
    io.stdout(packageVersion());
    return EXIT.ok;
  }
  const run = COMMANDS[cmd];
  if (!run) {
    safe.stderr(unknownCommand(cmd));
    return EXIT.usage;
  }
  const spec = SPECS[cmd];
  progressSettings.quiet = false; // a command's --quiet sets it again
  try {
    if (spec) {
      if (parseFlags(spec, rest).values.help === true) {
        io.stdout(commandHelp(spec));
        return EXIT.ok;
      }
    } else if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(globalHelp());
      return EXIT.ok;
    }
    return await run(rest, safe);
  } catch (err) {
    const { line, code } = describeError(err);
    safe.stderr(`parallax ${cmd}: ${line}`);
    if (debug && err instanceof Error && err.stack) safe.stderr(err.stack);
    return code;
  }
}

let guarded = false;

/**
 * A reader that goes away (`parallax stories | head -1`) closes the pipe:
 * stop quietly instead of dying on EPIPE with a stack trace. Any other
 * stdout failure (a full disk) is one line. An error thrown outside the
 * command's own call chain (a stream callback) is one line too, its stack
 * only with --debug.
 */
function guardProcess(debug: boolean): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.ok);
    process.stderr.write(`parallax: cannot write to standard output: ${err.message}\n`);
    process.exit(EXIT.failed);
  });
  const crash = (err: unknown): void => {
    if ((err as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') process.exit(EXIT.ok);
    const { line, code } = describeError(err);
    process.stderr.write(`parallax: ${neutralise(line)}\n`);
    if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    process.exit(code);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}

const defaultIo: Io = {
  stdout: (s) => {
    process.stdout.write(`${process.stdout.isTTY ? neutralise(s) : s}\n`);
  },
  stderr: (s) => {
    process.stderr.write(`${s}\n`);
  },
};
