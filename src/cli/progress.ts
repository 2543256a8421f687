import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number, label: string): void;
  tick(n?: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr, only at a terminal: piped or redirected runs get
 * nothing extra, so stdout stays clean for JSON and Markdown.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr, enabled = stream.isTTY === true): Progress {
  if (!enabled) return { start() {}, tick() {}, stop() {} };
  let bar: cliProgress.SingleBar | undefined;
  return {
    start(total, label) {
      // Small batches finish before a bar would be readable.
      if (total < 20) return;
      bar = new cliProgress.SingleBar(
        { stream, format: `${label} [{bar}] {value}/{total} {percentage}% eta {eta}s`, hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
    },
    tick(n = 1) {
      bar?.increment(n);
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
