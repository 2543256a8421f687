/**
 * Problem lines on stderr, one format for locations (`file:line: what`), as
 * they happen. A file with thousands of bad lines prints the first few and
 * then one line counting the rest, so stderr stays readable.
 */
export const PROBLEMS_SHOWN_PER_FILE = 10;

export class ProblemLines {
  private readonly perFile = new Map<string, number>();
  total = 0;

  constructor(private readonly prefix: string, private readonly print: (line: string) => void, private readonly quiet = false) {}

  /** Reports `file:line: message` (line omitted when unknown). */
  report(file: string, line: number | undefined, message: string): void {
    this.total++;
    const n = (this.perFile.get(file) ?? 0) + 1;
    this.perFile.set(file, n);
    if (this.quiet || n > PROBLEMS_SHOWN_PER_FILE) return;
    this.print(`${this.prefix}: ${file}${line !== undefined ? `:${line}` : ''}: ${message}`);
  }

  /** One line per file whose problems were cut short. */
  finish(): void {
    if (this.quiet) return;
    for (const [file, n] of this.perFile) {
      if (n > PROBLEMS_SHOWN_PER_FILE) this.print(`${this.prefix}: ${file}: ${n - PROBLEMS_SHOWN_PER_FILE} more problem line(s) not shown (${n} in all)`);
    }
  }
}
