import { packageVersion } from '../package-version.js';
import { UsageError } from './args.js';
import { cmdAnalyze, cmdBrief, cmdIngest, cmdStories, type Io } from './commands.js';
import { cmdExtract } from './cmd-extract.js';
import { cmdCluster } from './cmd-cluster.js';
import { cmdSimilarity } from './cmd-similarity.js';
import { cmdQuotes } from './cmd-quotes.js';

const HELP = `parallax — multi-source news intelligence

Usage:
  parallax analyze PATH|URL... [--format md|json|html] [--out FILE] [--db FILE]
      ingest files/folders/URLs and print a brief of every story (temporary database unless --db)
  parallax ingest PATH|URL... [--db FILE] [--strict]
      add .txt, .html, .jsonl, RSS/Atom .xml and .warc[.gz] inputs to the database (default ./parallax.db)
      URL options: --follow (fetch each feed item's page), --allow-private (permit local and
      private addresses), --timeout MS, --max-bytes N, --delay MS (per host)
  parallax stories [--db FILE] [--format text|json]
      list the stories in the database
  parallax brief STORY [--format md|json|html] [--out FILE] [--db FILE]
      the brief of one story: agreement, differing figures, quotes, timeline, shared text

Batch commands (JSON Lines in and out; used by the benchmarks):
  parallax extract --in PAGES.jsonl[.gz] --out OUT.jsonl [--workers N]
      {id, url, html} → {id, title, text, published, author, language}, in input order
  parallax cluster --in ARTICLES.jsonl --out OUT.jsonl [--db STATE.db]
      {id, title, text, published, source, url} in stream order → {id, story};
      with --db the story state is kept in SQLite and a rerun resumes where it stopped
  parallax similarity --in PAIRS.jsonl --out OUT.jsonl [--model SPEC]
      {id, lang1, lang2, text1, text2} → {id, score} in [0, 1], 1 = same story;
      --model openai:URL[#name] (embeddings endpoint), a transformers.js model folder
      (config.json + onnx/model.onnx, never downloads) or a folder of .vec word vectors
  parallax quotes --in ARTICLES.jsonl --out OUT.jsonl
      {id, text} → {id, quotes: [{start, end, speaker, speakerMention}]}

Options:
  --db FILE      SQLite database file (default ./parallax.db)
  --format, -f   output format (briefs: md, json or html; default md)
  --out, -o      write the output to FILE instead of stdout
  --strict       exit non-zero when any input had a problem
  --quiet, -q    no summary or rejection lines on stderr
  --help, -h     this help; --version prints the version
`;

const COMMANDS: Record<string, (argv: readonly string[], io: Io) => number | Promise<number>> = {
  analyze: cmdAnalyze,
  cluster: cmdCluster,
  similarity: cmdSimilarity,
  quotes: cmdQuotes,
  ingest: cmdIngest,
  stories: cmdStories,
  brief: cmdBrief,
  extract: cmdExtract,
};

const version = packageVersion;

/**
 * The CLI entry point: returns the exit code (0 ok, 1 nothing ingested or a
 * problem under --strict, 2 usage error).
 */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    io.stdout(HELP.trimEnd());
    return 0;
  }
  if (cmd === '--version' || cmd === '-v') {
    io.stdout(version());
    return 0;
  }
  const run = COMMANDS[cmd];
  if (!run) {
    io.stderr(`parallax: unknown command "${cmd}"; commands: ${Object.keys(COMMANDS).join(', ')} (see parallax --help)`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(HELP.trimEnd());
    return 0;
  }
  try {
    return await run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`parallax ${cmd}: ${err.message}`);
      return 2;
    }
    throw err;
  }
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(`${s}\n`),
  stderr: (s) => process.stderr.write(`${s}\n`),
};
