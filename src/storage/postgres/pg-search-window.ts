/**
 * The windows of newest articles a PostgreSQL article search reads its
 * matches in (pg-search.ts): how wide the first is, how the next grows, when
 * a window's range is read from the index, and the pass over each window
 * (pg-search-targets.ts, matchPass), the last of which also ranks the page.
 */
import type { SearchResults } from '../service-types.js';
import type { Param, PgConnection } from './pg-connection.js';
import { inRange } from './pg-search-filters.js';
import { facetsOfTally, matchPass, newTally, type PageRow, type PassPage } from './pg-search-targets.js';

/** The newest articles a query first looks at for its matches; widened until it holds TOTAL_CAP of them or is every article. */
export const FIRST_WINDOW = 5_000;
/** Each wider window is at least this many times the last (a pass reads again what the last one read: at most a third more in all). */
const GROWTH = 2;
/** … and at most this many times (a pass that holds too few matches costs less than one reading too many). */
const MAX_GROWTH = 8;
/**
 * A window wider than this many times the matches expected in all (from the density seen) is not read from an index.
 * An article of a range read in the index costs ≈ 0.1–0.2 µs, a match read without one (its row) ≈ 2–12 µs: 10 read up
 * to 5,000 matches of a word (every one) at 1,000,000 articles with the cap at 200 rather than a range of 40,000
 * articles; at 30 the bench's new queries cost 0.4–0.7 ms less of PostgreSQL CPU (two pools of 200, two runs each).
 */
export const RANGE_PER_MATCH = 30;

/** What a search's windows are sized by (PgSearch's options: the defaults in production, small ones in tests). */
export interface WindowOptions {
  /** Matches counted at most (TOTAL_CAP, pg-search.ts). */
  readonly cap: number;
  readonly firstWindow: number;
  readonly rangePerMatch: number;
  /** The newest matches ranked (RANK_WINDOW, pg-search.ts). */
  readonly rankWindow: number;
}

/** The newest matches of a query: where they start, how many (up to the cap), and their facets. */
export interface Window {
  /** Every match has seq > lo (0: every article was looked at). */
  readonly lo: number;
  /** The newest `rankWindow` matches, the ones ranked (when the page was not ranked in the pass). */
  readonly ranked: readonly number[];
  readonly total: number;
  readonly capped: boolean;
  readonly facets: SearchResults['facets'];
  /** The stories the counted matches are in (asked for type=stories only). */
  readonly stories: number;
  /** The ranked page, when the passes computed it (articles found by words). */
  readonly page?: readonly PageRow[];
}

/**
 * The newest matches, up to the cap, counted with their facets. Looked for
 * among the newest FIRST_WINDOW articles first (`seq > lo`: with the
 * (tsv, seq) index of migration 11 the range is applied inside the index,
 * else ANDed with it from the primary key), then, while there are fewer
 * than the cap, among the newest articles of a window widened by the
 * density seen (at least GROWTH times), down to every article (no range at
 * all). Each pass counts its whole window again: no upper bound, which the
 * index could only apply by reading every article below it. So a query
 * costs about what its newest `cap` matches cost, however many
 * articles hold its words.
 */
export function newestMatches(
  db: PgConnection,
  o: WindowOptions,
  where: readonly string[],
  params: readonly Param[],
  top: number,
  stories: boolean,
  words: boolean,
  rankPage?: { readonly score: string; readonly limit: number; readonly offset: number },
): Window {
  const n = params.length;
  // The range is applied in an index while it is narrow against the matches expected (always in the first window):
  // a range is read entry by entry (≈ 0.1 µs each, from the (tsv, seq) index or the primary key), so over a wide one
  // a rarer word's few matches are cheaper read all and filtered (`seq + 0` is no indexed expression). At 600,000
  // articles, "think woman" (1,167 matches) took 91 ms with its second window (510,000 articles) in the index, 14 without.
  let indexed = true;
  for (let lo = Math.max(0, top - o.firstWindow); ; ) {
    const tally = newTally();
    const seq = words && !indexed ? '(a.seq + 0)' : 'a.seq';
    const all = lo > 0 ? [...inRange(where, ` AND an.seq > $${n + 1}`), `${seq} > $${n + 1}`] : inRange(where, '');
    const cond = all.length > 0 ? `WHERE ${all.join(' AND ')}` : '';
    const passParams = lo > 0 ? [...params, lo] : params;
    // A pass is the last when it counts past the cap or reads every article: only then is its page ranked.
    const page: PassPage | undefined =
      rankPage !== undefined
        ? { ...rankPage, window: o.rankWindow, when: lo === 0 ? 'true' : `(SELECT count(*) FROM m) > ${o.cap}`, first: passParams.length + 1, params: [rankPage.limit, rankPage.offset] }
        : undefined;
    const pass = matchPass(db, 'articles a', cond, passParams, o.cap + 1, o.cap, tally, page !== undefined ? 0 : o.rankWindow, 'a.seq DESC', stories, page);
    if (pass.total > o.cap || lo === 0) {
      return {
        lo,
        ranked: pass.ranked,
        total: Math.min(pass.total, o.cap),
        capped: pass.total > o.cap,
        facets: facetsOfTally(tally),
        stories: pass.stories,
        ...(page !== undefined ? { page: pass.page } : {}),
      };
    }
    // The next window: expected to hold the cap (a quarter more, for the spread), at least GROWTH times as wide as this
    // one; when none matched so far, every article (the matches are then few: one pass).
    const seen = top - lo;
    // At most MAX_GROWTH times, though: a density read from a few matches may be far below the next window's ("around"
    // at 1,000,000: 3 in the newest 5,000 made a window of 420,000 articles holding 11,340 of its matches, 48 ms).
    lo = pass.total === 0 ? 0 : Math.max(0, top - Math.min(seen * MAX_GROWTH, Math.max(seen * GROWTH, Math.ceil(((seen * (o.cap + 1)) / pass.total) * 1.25))));
    // The matches expected in all: from the density seen, or the planner's estimate (its statistics of the vectors'
    // most common words) when higher — the newest articles may hold few of a word common before ("first" at 1,000,000:
    // 29 of its 40,769 matches in the newest 5,000; read all, 155 ms).
    // Asked only when the density alone would not read the window from the index (a higher estimate can only make it so).
    const density = (pass.total * top) / seen;
    const expected = words && lo > 0 && top - lo > o.rangePerMatch * density ? Math.max(density, plannedMatches(db, where, params)) : density;
    indexed = top - lo <= o.rangePerMatch * expected;
    // Not from an index, a window costs what every match costs, however narrow: then it may as well be every article
    // (one pass, an exact total), not a guess that may take another ("think woman" at 603,000: 3 passes, now 2).
    if (words && !indexed) lo = 0;
  }
}

/** The planner's estimate of the articles matching the conditions (no range): one EXPLAIN, ≈ 0.3 ms. */
function plannedMatches(db: PgConnection, where: readonly string[], params: readonly Param[]): number {
  const rows = db.adhoc<Record<string, unknown>>(`EXPLAIN (FORMAT JSON) SELECT 1 FROM articles a WHERE ${inRange(where, '').join(' AND ')}`, params);
  const plan = Object.values(rows[0] ?? {})[0];
  try {
    const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { Plan?: { 'Plan Rows'?: number } }[];
    return Number(parsed[0]?.Plan?.['Plan Rows'] ?? 0) || 0;
  } catch {
    return 0;
  }
}
