/**
 * The in-memory part of a mutable clusterer state: the active stories, and an
 * inverted index term → active stories over their centroids. Stories that
 * leave the active window (cluster-store.ts isActive) are evicted, so memory
 * and the work per article follow the news rate, not the number of stories
 * stored. Eviction never changes a decision: an inactive story stays so.
 */
import type { ClusterParams } from './cluster-params.js';
import { isActive, type StoryCore } from './cluster-store.js';
import { isLanguageKey } from './doc-terms.js';

/** Binary min-heap of [key, id]. */
class MinHeap {
  private readonly items: [number, string][] = [];
  get size(): number {
    return this.items.length;
  }
  peek(): [number, string] | undefined {
    return this.items[0];
  }
  push(item: [number, string]): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (a[up][0] <= a[i][0]) break;
      [a[up], a[i]] = [a[i], a[up]];
      i = up;
    }
  }
  pop(): [number, string] | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l][0] < a[m][0]) m = l;
        if (r < a.length && a[r][0] < a[m][0]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

export class ActiveIndex {
  private readonly active = new Map<string, StoryCore>();
  private readonly index = new Map<string, Set<string>>();
  /** [lastOrd, id] per update, oldest first (ordinals only grow, so a plain queue stays sorted). */
  private readonly byOrd: [number, string][] = [];
  private head = 0;
  /** Stories past the article window but still inside the day window, by newest day. */
  private readonly byDay = new MinHeap();

  constructor(private readonly params: ClusterParams) {}

  get size(): number {
    return this.active.size;
  }

  story(id: string): StoryCore | undefined {
    return this.active.get(id);
  }

  postings(term: string): Iterable<string> {
    return this.index.get(term) ?? [];
  }

  /** Adds or replaces a story (its old terms leave the index). */
  put(rec: StoryCore): void {
    const old = this.active.get(rec.id);
    this.active.set(rec.id, rec);
    // Only the centroid's changed terms move: a join changes a few of its 120.
    if (old) for (const t of Object.keys(old.centroid)) if (!(t in rec.centroid)) this.unindex(t, rec.id);
    for (const t of Object.keys(rec.centroid)) {
      // A story's language counts ('@de') find no story: indexed, each would list every story of its language.
      if ((old && t in old.centroid) || isLanguageKey(t)) continue;
      let s = this.index.get(t);
      if (!s) this.index.set(t, (s = new Set()));
      s.add(rec.id);
    }
    this.byOrd.push([rec.lastOrd ?? Number.MAX_SAFE_INTEGER, rec.id]);
  }

  remove(id: string): void {
    const old = this.active.get(id);
    if (!old) return;
    this.active.delete(id);
    for (const t of Object.keys(old.centroid)) this.unindex(t, id);
  }

  private unindex(term: string, id: string): void {
    const s = this.index.get(term);
    if (!s) return;
    s.delete(id);
    if (s.size === 0) this.index.delete(term);
  }

  /** Evicts the stories that are no longer active at this clock and ordinal; returns how many. */
  evict(clock: number | undefined, ord: number): number {
    const p = this.params;
    let n = 0;
    while (this.head < this.byOrd.length && ord - this.byOrd[this.head][0] > p.activeArticles) {
      const [lastOrd, id] = this.byOrd[this.head++];
      const rec = this.active.get(id);
      if (!rec || rec.lastOrd !== lastOrd) continue; // updated since, a newer entry follows
      if (isActive(rec, clock, ord, p)) this.byDay.push([rec.lastDay!, id]);
      else {
        this.remove(id);
        n++;
      }
    }
    while (this.byDay.size > 0 && clock !== undefined && this.byDay.peek()![0] < clock - p.activeDays) {
      const [, id] = this.byDay.pop()!;
      const rec = this.active.get(id);
      if (rec && !isActive(rec, clock, ord, p)) {
        this.remove(id);
        n++;
      }
    }
    // Compact the consumed queue head now and then.
    if (this.head > 65_536 && this.head * 2 > this.byOrd.length) {
      this.byOrd.splice(0, this.head);
      this.head = 0;
    }
    return n;
  }
}
