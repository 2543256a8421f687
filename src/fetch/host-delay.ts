/**
 * Politeness: a minimum gap between the starts of two requests to the same
 * host. Slots are reserved when asked for, so concurrent callers queue up
 * instead of all waking at once. Clock and sleep are injected for tests.
 */
export interface HostDelay {
  /** Resolves when a request to `host` may start; `minMs` raises the gap (robots.txt Crawl-delay). */
  wait(host: string, minMs?: number): Promise<void>;
}

export interface HostDelayOptions {
  readonly delayMs: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export const realSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * @example const d = createHostDelay({ delayMs: 1000 }); await d.wait('a.com'); await d.wait('a.com') // second waits ~1 s
 */
export function createHostDelay(opts: HostDelayOptions): HostDelay {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? realSleep;
  // The last reserved start per host; the gap asked for now counts from it,
  // so a Crawl-delay learnt from robots.txt already spaces the first page.
  const lastStart = new Map<string, number>();
  return {
    async wait(host, minMs = 0) {
      const t = now();
      const last = lastStart.get(host);
      const at = last === undefined ? t : Math.max(t, last + Math.max(opts.delayMs, minMs));
      lastStart.set(host, at);
      if (at > t) await sleep(at - t);
    },
  };
}
