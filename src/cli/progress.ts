import cliProgress from 'cli-progress';

export interface Progress {
  /** Starts a phase; a total of 0 means unknown (a counter instead of a bar). */
  start(total: number, label: string): void;
  tick(n?: number): void;
  stop(): void;
}

/** How long a phase runs before its bar appears: short phases print nothing. */
export const SHOW_AFTER_MS = 1000;

/**
 * Off under --quiet: a command sets this before its phases start, so bars
 * created deeper down (the ingest loop) follow the flag too.
 */
export const progressSettings = { quiet: false };

const SILENT: Progress = { start() {}, tick() {}, stop() {} };

/**
 * A progress bar on stderr, only at a terminal and only for a phase that has
 * already run for a second: piped or redirected runs get nothing extra, so
 * stdout stays clean for JSON and Markdown and logs stay free of bar frames.
 */
export function createProgress(
  stream: NodeJS.WriteStream = process.stderr,
  enabled = stream.isTTY === true && !progressSettings.quiet,
  now: () => number = Date.now,
): Progress {
  if (!enabled) return SILENT;
  let bar: cliProgress.SingleBar | undefined;
  let started: number | undefined;
  let value = 0, total = 0, label = '';
  let active = false;
  const show = (): void => {
    const format = total > 0
      ? `${label} [{bar}] {value}/{total} {percentage}% eta {eta_formatted}`
      : `${label} {value} so far, {duration_formatted}`;
    bar = new cliProgress.SingleBar(
      { stream, format, hideCursor: true, clearOnComplete: true, etaBuffer: 200, formatValue: (v, _o, type) => (type === 'value' || type === 'total' ? v.toLocaleString('en-US') : String(v)) },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total > 0 ? total : 1, value);
  };
  return {
    start(t, l) {
      this.stop();
      // Restarting the same phase (after printing a problem line) keeps its clock.
      if (l !== label || started === undefined) started = now();
      value = 0;
      total = Math.max(0, t);
      label = l;
      active = true;
    },
    tick(n = 1) {
      if (!active) return;
      value += n;
      if (bar) bar.update(value);
      else if (now() - (started ?? 0) >= SHOW_AFTER_MS) show();
    },
    stop() {
      bar?.stop();
      bar = undefined;
      active = false;
    },
  };
}

/** `1,234` */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** `12.3 s` since `startMs`. */
export function elapsed(startMs: number, now: () => number = Date.now): string {
  return `${((now() - startMs) / 1000).toFixed(1)} s`;
}

/** `1 story`, `2 stories`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}
