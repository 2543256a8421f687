/**
 * The web pages' briefs: the `StoryBrief` of a story from the server's
 * brief cache (shared with the API; built in its worker thread when the
 * server has one, so pages keep answering meanwhile), and what the lists
 * show of it — the badges (independent sources, disputed figures, contested
 * claims) and who copied whom — remembered per version of the story once a
 * brief has been computed. A list page queues the small stories it shows
 * whose badges are unknown; they are briefed one at a time in the
 * background, so the list itself never waits for a brief. A story someone
 * has opened is briefed again in the background once it has changed and
 * then been quiet for a few seconds, so the next visit finds it ready
 * (stories nobody opened are left alone: briefing every change of a busy
 * database would keep a core busy).
 */
import type { StoryBrief } from '../core/brief.js';
import { asStoryId, type StoryId } from '../core/ids.js';
import type { Store } from '../storage/store.js';

export interface StoryBadges {
  /** Lineages: articles derived from one text count once. */
  readonly independent: number;
  readonly disputedFigures: number;
  readonly contestedClaims: number;
}

/** Per outlet in one story: how often its text was copied or translated by another article, and how often it copied. */
export type OutletReuse = ReadonlyMap<string, { readonly origin: number; readonly copied: number }>;

export function outletReuse(b: StoryBrief): OutletReuse {
  const outlet = new Map(b.articles.map((a) => [a.id as string, a.source ?? a.url?.replace(/^https?:\/\/(www\.)?([^/]+).*$/, '$2') ?? '']));
  const out = new Map<string, { origin: number; copied: number }>();
  const bump = (name: string | undefined, key: 'origin' | 'copied'): void => {
    if (name === undefined || name === '') return;
    const e = out.get(name) ?? { origin: 0, copied: 0 };
    e[key]++;
    out.set(name, e);
  };
  for (const r of b.reuse) {
    if (r.from === null || r.to === null || r.kind === 'shared' || r.kind === 'common-source') continue;
    bump(outlet.get(r.from), 'origin');
    bump(outlet.get(r.to), 'copied');
  }
  return out;
}

export function badgesOf(b: StoryBrief): StoryBadges {
  return {
    independent: b.lineages.length > 0 ? b.lineages.length : b.articles.length,
    disputedFigures: b.figures.filter((g) => g.disagreement).length,
    contestedClaims: (b.claims ?? []).filter((c) => c.status === 'contested').length,
  };
}

/** Stories larger than this are briefed only when someone opens them (or opened them before). */
const WARM_MAX_ARTICLES = 60;
/** Opened stories watched for changes (the most recently opened). */
const MAX_FOLLOWED = 100;
/** How often changes are looked for, and how long a changed story must stay unchanged before it is briefed again. */
const FOLLOW_POLL_MS = 2000;
const QUIET_MS = 3000;

/** Where briefs come from: the server's brief cache. */
export type BriefSource = (id: StoryId) => Promise<StoryBrief | undefined>;

export class StoryBriefs {
  private readonly badges = new Map<string, { version: number; badges: StoryBadges }>();
  /** Who copied whom, per story briefed so far (its latest version). */
  private readonly reuse = new Map<string, OutletReuse>();
  private readonly queue: string[] = [];
  private running = false;
  private readonly preparing = new Set<string>();
  private stopped = false;
  /** Opened stories → when they last changed (0: not since their brief). */
  private readonly followed = new Map<string, number>();
  private lastSeq: number;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly store: Store,
    private readonly source: BriefSource,
    private readonly now: () => number = Date.now,
  ) {
    this.lastSeq = store.lastStoryChange();
    this.timer = setInterval(() => this.follow(), FOLLOW_POLL_MS);
    this.timer.unref();
  }

  /** Remembers a story someone opened, to brief it again when it changes. */
  opened(id: string): void {
    this.followed.delete(id);
    this.followed.set(id, 0);
    if (this.followed.size > MAX_FOLLOWED) this.followed.delete(this.followed.keys().next().value!);
  }

  /** Notes which followed stories changed, and queues those quiet long enough. */
  private follow(): void {
    if (this.stopped || this.followed.size === 0) return;
    try {
      for (const s of this.store.storiesChangedSince(this.lastSeq, 500)) {
        this.lastSeq = s.updatedSeq;
        if (this.followed.has(s.id)) this.followed.set(s.id, this.now());
      }
    } catch {
      // The database is busy or closing: the next tick reads again.
      return;
    }
    const due = [...this.followed].filter(([id, at]) => at > 0 && this.now() - at >= QUIET_MS && !this.queue.includes(id)).map(([id]) => id);
    for (const id of due) this.followed.set(id, 0);
    if (due.length > 0) {
      this.queue.push(...due);
      void this.drain();
    }
  }

  /** The brief of a story as it is now, or undefined when there is no such story. */
  async get(id: string): Promise<StoryBrief | undefined> {
    // The version is read before the brief: a change in between is only seen next time.
    const summary = this.store.storySummary(asStoryId(id));
    if (summary === undefined) return undefined;
    const brief = await this.source(asStoryId(id));
    if (brief !== undefined) this.remember(id, summary.updatedSeq, brief);
    return brief;
  }

  private remember(id: string, version: number, brief: StoryBrief): void {
    this.badges.set(id, { version, badges: badgesOf(brief) });
    this.reuse.set(id, outletReuse(brief));
  }

  /** Per outlet, summed over every story briefed so far: times its text was the origin of a copy, times it copied. */
  outletReuse(): { stories: number; outlets: Map<string, { origin: number; copied: number }> } {
    const outlets = new Map<string, { origin: number; copied: number }>();
    for (const per of this.reuse.values()) {
      for (const [name, v] of per) {
        const e = outlets.get(name) ?? { origin: 0, copied: 0 };
        outlets.set(name, { origin: e.origin + v.origin, copied: e.copied + v.copied });
      }
    }
    return { stories: this.reuse.size, outlets };
  }

  /** Whether the brief of this version has been computed (and is most likely still cached). */
  ready(id: string, version: number): boolean {
    return this.badgesAt(id, version) !== undefined;
  }

  /** Starts computing a story's brief now, ahead of the background queue. */
  prepare(id: string): void {
    if (this.stopped || this.preparing.has(id)) return;
    this.preparing.add(id);
    // After this request is answered: without a brief worker the brief is computed on this thread.
    setImmediate(() => {
      if (this.stopped) return;
      void this.get(id)
        .catch(() => undefined)
        .finally(() => this.preparing.delete(id));
    });
  }

  /** The badges of a story at this version, when its brief has been computed. */
  badgesAt(id: string, version: number): StoryBadges | undefined {
    const b = this.badges.get(id);
    return b !== undefined && b.version === version ? b.badges : undefined;
  }

  /** Queues stories whose badges are unknown to be briefed in the background. */
  warm(stories: readonly { id: string; updatedSeq: number; articles: number }[]): void {
    if (this.stopped) return;
    for (const s of stories) {
      if (s.articles > WARM_MAX_ARTICLES || this.badgesAt(s.id, s.updatedSeq) !== undefined || this.queue.includes(s.id)) continue;
      this.queue.push(s.id);
    }
    // The queue holds what the last pages showed, not everything ever listed.
    if (this.queue.length > 200) this.queue.splice(0, this.queue.length - 200);
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (!this.stopped) {
        const id = this.queue.shift();
        if (id === undefined) break;
        // Between two briefs the server answers what waits.
        await new Promise((resolve) => setImmediate(resolve));
        if (this.stopped) break;
        try {
          const s = this.store.storySummary(asStoryId(id));
          if (s !== undefined && this.badgesAt(id, s.updatedSeq) === undefined) await this.get(id);
        } catch {
          // The database is closing or busy: the story is briefed when it is opened.
        }
      }
    } finally {
      this.running = false;
    }
  }

  /** Stops the background briefing (before the database closes). */
  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.queue.length = 0;
  }
}
