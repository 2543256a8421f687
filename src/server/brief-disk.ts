/**
 * Each story's last brief kept on disk, so that a restarted server shows a
 * large story's brief at once instead of its facts page for the seconds
 * the brief takes to compute again (about 2 CPU s for 200 articles).
 *
 * Where: a directory beside the SQLite file (`news.db.briefs/`), one file
 * per story, `<story id>.json.gz` holding `{ format, id, version, brief }`.
 * Not a table: the server holds the database's writer turn and the briefs
 * run to megabytes (0.76 MB gzipped for 200 articles), which would grow the
 * WAL and the database with what is only a cache; files can be dropped
 * whole, written without the writer lock, and bounded by deleting.
 *
 * Versioned by the story's change counter: a brief saved at an older version
 * is still shown (with the page's "Updating" note) while the new one is
 * computed, then replaced. Bounded in bytes (default 256 MB), the oldest
 * file (by write time) dropped first. Written off the event loop (gzip in
 * libuv's pool, then a temporary file renamed over the old one, so a crash
 * leaves the old file or the new one, never half of one). A file that cannot
 * be read, unzipped or parsed, or is not a brief of that story, is ignored
 * with one log line naming it and deleted: never a crash.
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createGzip, gunzip } from 'node:zlib';
import type { StoryBrief } from '../core/brief.js';

/** The parts gzipped as one stream, in libuv's pool, without joining them first. */
function gzipParts(parts: readonly (string | Uint8Array)[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const z = createGzip({ level: 6 });
    const out: Buffer[] = [];
    z.on('data', (c: Buffer) => out.push(c));
    z.on('end', () => resolve(Buffer.concat(out)));
    z.on('error', reject);
    for (const p of parts) z.write(p);
    z.end();
  });
}
const gunzipLater = promisify(gunzip);

/** The file layout's version: a file of another one is ignored. */
const FORMAT = 1;
export const DEFAULT_DISK_BUDGET = 256 * 1024 * 1024;
const NAME = /^(s_[0-9a-f]{1,64})\.json\.gz$/;

export interface SavedBrief {
  readonly brief: StoryBrief;
  readonly version: number;
  /** The length of the saved JSON (the cache's measure of a brief's size). */
  readonly bytes: number;
}

export class BriefDisk {
  /** Files by story: their size and when written (oldest first). */
  private readonly files = new Map<string, number>();
  private bytes = 0;
  /** Writes under way per story: a later one waits for the earlier (the rename order is the write order). */
  private readonly writing = new Map<string, Promise<void>>();
  private serial = 0;
  /** The directory could not be made or read: nothing is saved. */
  private off = false;

  constructor(
    readonly dir: string,
    private readonly log: (line: string) => void,
    private readonly budget = DEFAULT_DISK_BUDGET,
  ) {
    let names: string[];
    try {
      mkdirSync(dir, { recursive: true });
      names = readdirSync(dir);
    } catch (err) {
      // A read-only or full disk: the server runs without saved briefs.
      log(`brief cache: ${dir}: cannot be used (${err instanceof Error ? err.message : String(err)}); briefs are not saved across restarts`);
      this.off = true;
      names = [];
    }
    // The index of what is there, oldest first (read once at start: a few thousand entries at most).
    const found: { id: string; size: number; at: number }[] = [];
    for (const name of names) {
      const m = NAME.exec(name);
      const path = join(dir, name);
      if (m === null) {
        // A temporary file left by a crash mid-write.
        if (name.endsWith('.tmp')) void unlink(path).catch(() => undefined);
        continue;
      }
      try {
        const st = statSync(path);
        found.push({ id: m[1]!, size: st.size, at: st.mtimeMs });
      } catch {
        // Gone meanwhile.
      }
    }
    for (const f of found.sort((a, b) => a.at - b.at)) {
      this.files.set(f.id, f.size);
      this.bytes += f.size;
    }
  }

  /** Whether a brief of this story is on disk (at some version). */
  has(id: string): boolean {
    return this.files.has(id);
  }

  /** What the files weigh and how many there are. */
  usage(): { bytes: number; files: number; budget: number } {
    return { bytes: this.bytes, files: this.files.size, budget: this.budget };
  }

  /** The saved brief of a story, or undefined (none, or an unreadable file, which is logged and deleted). */
  async load(id: string): Promise<SavedBrief | undefined> {
    if (!this.files.has(id)) return undefined;
    await this.writing.get(id);
    const path = this.path(id);
    let why: string;
    try {
      const text = (await gunzipLater(await readFile(path))).toString('utf8');
      const saved = check(JSON.parse(text) as unknown, id, text.length);
      if (typeof saved !== 'string') return saved;
      why = saved;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        this.forget(id);
        return undefined;
      }
      why = err instanceof Error ? err.message : String(err);
    }
    this.log(`brief cache: ${path}: ignored (${why.split('\n')[0]})`);
    this.forget(id);
    await unlink(path).catch(() => undefined);
    return undefined;
  }

  /** Saves a story's brief at a version (replacing the story's previous file); never throws. Bytes: `JSON.stringify(brief)` as UTF-8, when already made. */
  save(id: string, version: number, brief: StoryBrief | Uint8Array): Promise<void> {
    if (this.off || !NAME.test(`${id}.json.gz`)) return Promise.resolve();
    // The text is made now (the brief object may be dropped later); the rest happens off the event loop.
    // Bytes: the brief already stringified as UTF-8 (by the brief worker), put in place of stringifying it again
    // here, and gzipped in three parts rather than copied into one buffer first (a 2,000-article story's brief is
    // 55 MB: the copy held the event loop for ~150 ms).
    const parts =
      brief instanceof Uint8Array
        ? [`${JSON.stringify({ format: FORMAT, id, version }).slice(0, -1)},"brief":`, brief, '}']
        : [JSON.stringify({ format: FORMAT, id, version, brief })];
    const before = this.writing.get(id) ?? Promise.resolve();
    const done = before
      .then(async () => {
        const zipped = await gzipParts(parts);
        const path = this.path(id);
        const tmp = `${path}.${process.pid}.${++this.serial}.tmp`;
        await writeFile(tmp, zipped);
        await rename(tmp, path);
        this.forget(id);
        this.files.set(id, zipped.length);
        this.bytes += zipped.length;
        await this.trim();
      })
      .catch((err: unknown) => this.log(`brief cache: could not write ${this.path(id)}: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => {
        if (this.writing.get(id) === done) this.writing.delete(id);
      });
    this.writing.set(id, done);
    return done;
  }

  /** Waits for the writes under way (before the server stops). */
  async flush(): Promise<void> {
    while (this.writing.size > 0) await Promise.all([...this.writing.values()]);
  }

  private async trim(): Promise<void> {
    // The newest file stays even when it alone is over the budget.
    while (this.files.size > 1 && this.bytes > this.budget) {
      const oldest = this.files.keys().next().value!;
      this.forget(oldest);
      await unlink(this.path(oldest)).catch(() => undefined);
    }
  }

  private forget(id: string): void {
    const size = this.files.get(id);
    if (size === undefined) return;
    this.bytes -= size;
    this.files.delete(id);
  }

  private path(id: string): string {
    return join(this.dir, `${id}.json.gz`);
  }
}

/** The saved brief in a parsed file, or why it is not one of story `id`. */
function check(raw: unknown, id: string, bytes: number): SavedBrief | string {
  if (raw === null || typeof raw !== 'object') return 'not a JSON object';
  const r = raw as { format?: unknown; id?: unknown; version?: unknown; brief?: unknown };
  if (r.format !== FORMAT) return `format ${String(r.format)}, not ${FORMAT}`;
  if (r.id !== id) return `holds story ${String(r.id)}`;
  if (typeof r.version !== 'number' || !Number.isInteger(r.version) || r.version < 0) return 'no version';
  const b = r.brief as Partial<StoryBrief> | null;
  if (b === null || typeof b !== 'object' || b.id !== id || !Array.isArray(b.articles) || !Array.isArray(b.figures) || !Array.isArray(b.lineages)) return 'not a brief';
  return { brief: b as StoryBrief, version: r.version, bytes };
}
