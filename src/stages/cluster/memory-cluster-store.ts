/**
 * A mutable in-memory clusterer state behind the ClusterStore interface: the
 * default of `parallax cluster` without --db, and the reference the SQLite
 * store is tested against. All stories are kept; only the active ones are
 * indexed.
 */
import { ActiveIndex } from './active-index.js';
import { CLUSTER_DEFAULTS, type ClusterParams } from './cluster-params.js';
import type { AssignPlan, ClusterStore, StoryCore } from './cluster-store.js';
import { TermCounts } from './term-counts.js';

export class MemoryClusterStore implements ClusterStore {
  readonly params: ClusterParams;
  private count = 0;
  private seq = 0;
  private clock: number | undefined;
  private readonly dfs = new TermCounts();
  private readonly articles = new Map<string, string>();
  private readonly stories = new Map<string, StoryCore>();
  private readonly memberLists = new Map<string, string[]>();
  private readonly activeIndex: ActiveIndex;

  constructor(params: Partial<ClusterParams> = {}) {
    this.params = Object.freeze({ ...CLUSTER_DEFAULTS, ...params });
    this.activeIndex = new ActiveIndex(this.params);
  }

  docCount(): number {
    return this.count;
  }
  nextSeq(): number {
    return this.seq;
  }
  clockDay(): number | undefined {
    return this.clock;
  }
  df(term: string): number {
    return this.dfs.get(term);
  }
  storyOfArticle(id: string): string | undefined {
    return this.articles.get(id);
  }
  story(id: string): StoryCore | undefined {
    return this.stories.get(id);
  }
  postings(term: string): Iterable<string> {
    return this.activeIndex.postings(term);
  }
  members(id: string): readonly string[] {
    return this.memberLists.get(id) ?? [];
  }
  /** Stories held in the in-memory index. */
  activeCount(): number {
    return this.activeIndex.size;
  }

  /** Live stories in creation order with their members. */
  listStories(): { id: string; articleIds: readonly string[] }[] {
    return [...this.stories.values()].sort((a, b) => a.seq - b.seq).map((s) => ({ id: s.id, articleIds: this.members(s.id) }));
  }

  apply(plan: AssignPlan): void {
    for (const t of plan.terms) this.dfs.add(t);
    const members = plan.created ? [] : [...this.members(plan.storyId)];
    for (const from of plan.absorbed) {
      for (const id of this.members(from)) {
        members.push(id);
        this.articles.set(id, plan.storyId);
      }
      this.memberLists.delete(from);
      this.stories.delete(from);
      this.activeIndex.remove(from);
    }
    members.push(plan.articleId);
    this.memberLists.set(plan.storyId, members);
    this.articles.set(plan.articleId, plan.storyId);
    this.stories.set(plan.storyId, plan.record);
    this.activeIndex.put(plan.record);
    this.count++;
    if (plan.created) this.seq++;
    this.clock = plan.clockDay;
    this.activeIndex.evict(this.clock, this.count);
  }
}
