/**
 * The outlet-template state, saved as a base and a journal. The state
 * (every tracked line with its outlets' counts: 26 MB of JSON at 36,000
 * articles, bounded by the learner's pruning) used to be serialised and
 * written whole at the end of every chunk: 1.6 s of CPU per 500 articles
 * at that size, 3 ms an article, the largest term by which ingest cost grew
 * with the database (and 1.6 s per request for the server, which saves
 * after every post). Now a save writes only what was observed since the
 * last one (each article's outlet and countable lines) as a journal entry,
 * and the whole state is rewritten, starting a new journal, once the
 * journal holds JOURNAL_ARTICLES articles or JOURNAL_ENTRIES entries: the
 * rewrite's cost is spread over that many articles, and loading replays at
 * most that many. Loading replays the entries of the base's journal on the base,
 * through the same `observeTemplateLines`, so the loaded state is the state
 * that was saved.
 *
 * Stored through `Store.saveState` under `outlet-template-lines` (the base,
 * with a `journal` id) and `outlet-template-lines+N` (entry N, naming the
 * journal it belongs to). A base written without a journal id (by the
 * PostgreSQL queue's enqueue, or a database from before) ignores every
 * entry, and entries of an older journal are ignored, never deleted: they
 * are overwritten as later journals reuse their names.
 */
import { randomUUID } from 'node:crypto';
import { TEMPLATE_DEFAULTS, createTemplateState, loadTemplateState, observeTemplateLines, type TemplateState } from '../stages/clean/template-lines.js';
import type { Store } from '../storage/store.js';

export const TEMPLATE_STATE = 'outlet-template-lines';
/** Articles observed in one journal before the whole state is rewritten. */
export const JOURNAL_ARTICLES = 10_000;
/** Entries in one journal (saves; the server saves after each post) before the whole state is rewritten. */
export const JOURNAL_ENTRIES = 500;

type Observation = [outlet: string, lines: string[]];

interface Entry {
  journal: string;
  observed: Observation[];
}

export class TemplateJournal {
  private pending: Observation[] = [];

  private constructor(
    private readonly store: Store,
    private current: TemplateState,
    /** The base's journal id; undefined when the base has none (the next save rewrites it). */
    private journal: string | undefined,
    private entries: number,
    /** Articles observed in the journal's entries. */
    private journaled: number,
    private readonly limits: { articles: number; entries: number },
  ) {}

  /** The saved state: the base with its journal's entries replayed. */
  static load(store: Store, limits = { articles: JOURNAL_ARTICLES, entries: JOURNAL_ENTRIES }): TemplateJournal {
    const json = store.loadState(TEMPLATE_STATE);
    if (json === undefined) return new TemplateJournal(store, createTemplateState(), undefined, 0, 0, limits);
    // Parsed once (tens of megabytes); the journal id is taken off the state, so a caller saving the
    // state itself (the queue's enqueue) writes a base without one, which no entry applies to.
    const state = loadTemplateState(json) as TemplateState & { journal?: unknown };
    const id = state.journal;
    delete state.journal;
    const journal = typeof id === 'string' ? id : undefined;
    let entries = 0;
    let journaled = 0;
    if (journal !== undefined) {
      for (;;) {
        const text = store.loadState(`${TEMPLATE_STATE}+${entries + 1}`);
        if (text === undefined) break;
        const entry = JSON.parse(text) as Entry;
        if (entry.journal !== journal) break;
        for (const [outlet, lines] of entry.observed) observeTemplateLines(state, outlet, lines);
        journaled += entry.observed.length;
        entries++;
      }
    }
    return new TemplateJournal(store, state, journal, entries, journaled, limits);
  }

  get state(): TemplateState {
    return this.current;
  }

  /** Counts an article's lines for its outlet (observeTemplateLines), remembered for the next save. */
  observe(outlet: string, lines: readonly string[]): void {
    const countable = lines.filter((l) => l.length <= TEMPLATE_DEFAULTS.maxLineChars);
    this.current = observeTemplateLines(this.current, outlet, countable);
    this.pending.push([outlet, countable]);
  }

  /** Saves what was observed since the last save: a journal entry, or the whole state when the journal is full. */
  save(): void {
    if (this.pending.length === 0 && this.journal !== undefined) return;
    const full = this.entries + 1 > this.limits.entries || this.journaled + this.pending.length > this.limits.articles;
    if (this.journal === undefined || full) {
      this.journal = randomUUID();
      this.entries = 0;
      this.journaled = 0;
      this.store.saveState(TEMPLATE_STATE, JSON.stringify({ ...this.current, journal: this.journal }));
    } else {
      this.entries++;
      this.journaled += this.pending.length;
      const entry: Entry = { journal: this.journal, observed: this.pending };
      this.store.saveState(`${TEMPLATE_STATE}+${this.entries}`, JSON.stringify(entry));
    }
    this.pending = [];
  }
}
