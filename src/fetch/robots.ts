/**
 * robots.txt (RFC 9309): parsed once per origin and cached. The group naming
 * our token wins over `*`; within a group the longest matching rule decides
 * and Allow wins a tie. Crawl-delay, though not in the RFC, is honoured
 * because sites that set it mean it.
 */
export interface RobotsRule {
  readonly allow: boolean;
  readonly pattern: string;
}

export interface RobotsGroup {
  readonly agents: readonly string[];
  readonly rules: readonly RobotsRule[];
  readonly crawlDelayMs?: number;
}

export interface RobotsVerdict {
  readonly allowed: boolean;
  readonly crawlDelayMs?: number;
  /** Why not allowed (the rule, or an unreachable robots.txt). */
  readonly message?: string;
  /** Not a verdict at all: the host could not be reached (offline, no such host). */
  readonly unreachable?: true;
}

/** RFC 9309 asks crawlers to read at least 500 KiB; anything after is ignored. */
const MAX_ROBOTS_CHARS = 512 * 1024;

/**
 * @example parseRobots('User-agent: *\nDisallow: /private') // [{ agents: ['*'], rules: [{ allow: false, pattern: '/private' }] }]
 */
export function parseRobots(text: string): RobotsGroup[] {
  const groups: { agents: string[]; rules: RobotsRule[]; crawlDelayMs?: number }[] = [];
  let current: (typeof groups)[number] | undefined;
  let lastWasAgent = false;
  for (const raw of text.slice(0, MAX_ROBOTS_CHARS).split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      // Consecutive User-agent lines share one group.
      if (!lastWasAgent || !current) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === 'allow' || key === 'disallow') {
      // An empty Disallow allows everything: no rule.
      if (value !== '') current.rules.push({ allow: key === 'allow', pattern: value });
    } else if (key === 'crawl-delay') {
      const s = Number(value);
      if (Number.isFinite(s) && s >= 0) current.crawlDelayMs = s * 1000;
    }
  }
  return groups;
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const re = body.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${re}${anchored ? '$' : ''}`).test(path);
}

/**
 * The verdict for `path` (path and query) under `groups` for agent `token`.
 * @example robotsVerdict(parseRobots('User-agent: *\nDisallow: /a\nAllow: /a/b'), 'parallax', '/a/b/c') // { allowed: true }
 */
export function robotsVerdict(groups: readonly RobotsGroup[], token: string, path: string): RobotsVerdict {
  const own = groups.filter((g) => g.agents.includes(token.toLowerCase()));
  const chosen = own.length > 0 ? own : groups.filter((g) => g.agents.includes('*'));
  let best: RobotsRule | undefined;
  for (const rule of chosen.flatMap((g) => g.rules)) {
    if (!matches(rule.pattern, path)) continue;
    const longer = !best || rule.pattern.length > best.pattern.length;
    const tieAllow = best !== undefined && rule.pattern.length === best.pattern.length && rule.allow && !best.allow;
    if (longer || tieAllow) best = rule;
  }
  const delays = chosen.map((g) => g.crawlDelayMs).filter((d): d is number => d !== undefined);
  // A loop, not Math.max(...delays): a hostile robots.txt may hold a million lines.
  const crawlDelayMs = delays.length > 0 ? delays.reduce((a, b) => (b > a ? b : a)) : undefined;
  const allowed = !best || best.allow || path === '/robots.txt';
  return {
    allowed,
    ...(crawlDelayMs !== undefined ? { crawlDelayMs } : {}),
    ...(allowed ? {} : { message: `robots.txt disallows ${path} ("Disallow: ${best!.pattern}")` }),
  };
}

/** Connection failures that say the host cannot be reached at all, before any answer. */
const UNREACHABLE = /\b(ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|ECONNREFUSED|ENETDOWN)\b/;

/** What the robots cache needs from a fetcher: a GET of robots.txt itself. */
export type RobotsGet = (url: string) => Promise<
  | { readonly ok: true; readonly status: number; readonly text: string }
  | { readonly ok: false; readonly reason: string; readonly status?: number; readonly message: string }
>;

export interface RobotsCache {
  check(url: URL): Promise<RobotsVerdict>;
}

/**
 * Fetches each origin's robots.txt once. A missing one (4xx) allows
 * everything; an unreachable one (5xx, network) disallows everything, as RFC
 * 9309 says, since the site may be overloaded.
 */
export function createRobotsCache(get: RobotsGet, token: string): RobotsCache {
  const byOrigin = new Map<string, Promise<RobotsGroup[] | RobotsVerdict>>();
  return {
    async check(url) {
      let entry = byOrigin.get(url.origin);
      if (!entry) {
        entry = get(`${url.origin}/robots.txt`).then((r): RobotsGroup[] | RobotsVerdict => {
          if (r.ok && r.status >= 200 && r.status < 300) return parseRobots(r.text);
          const status = r.status;
          if (status !== undefined && status >= 400 && status < 500) return [];
          // A refused address is the page's problem too; let its own fetch report it.
          if (!r.ok && r.reason === 'blocked-address') return [];
          // No connection at all (offline, no such host): a network error, not a robots.txt verdict.
          if (!r.ok && r.reason === 'network' && UNREACHABLE.test(r.message)) return { allowed: false, unreachable: true, message: r.message };
          return { allowed: false, message: `robots.txt of ${url.origin} unreachable (${r.ok ? `HTTP ${status}` : r.message}); not fetching` };
        });
        byOrigin.set(url.origin, entry);
      }
      const found = await entry;
      return Array.isArray(found) ? robotsVerdict(found, token, url.pathname + url.search) : found;
    },
  };
}
