/**
 * Data outcomes are values, not exceptions: an article that is too short or
 * not an article is a normal result with a reason a user can read.
 */
export type Result<T, R extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: R; readonly detail?: string };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function fail<R extends string>(reason: R, detail?: string): { readonly ok: false; readonly reason: R; readonly detail?: string } {
  return detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };
}

/** A problem with one input (file, line, item) that did not stop the batch. */
export interface InputProblem {
  readonly path: string;
  readonly line?: number;
  readonly message: string;
}

export function formatProblem(p: InputProblem): string {
  return `${p.path}${p.line !== undefined ? `:${p.line}` : ''}: ${p.message}`;
}

/** Clock, logger and config are passed in, never global. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {} };
