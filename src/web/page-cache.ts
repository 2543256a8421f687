/**
 * Whole story pages kept ready to send: the HTML of each page variant
 * (one story version, shown current or with the "Updating" note, and the
 * frame of one visitor kind: anonymous, or a session whose sign-out form
 * carries its CSRF token) with its ETag and its gzipped bytes. A 200-article
 * story's page is some 3.7 MB of HTML; gzipping it took 40–60 ms of the
 * event loop on every request, so it is compressed once per variant, in
 * libuv's thread pool, and kept while it fits the budget (characters of HTML
 * plus bytes of gzip, least recently used story out first).
 */
import { createHash } from 'node:crypto';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzipLater = promisify(gzip);

export interface PageDoc {
  readonly html: string;
  /** Strong validator: a digest of the HTML, so equal ETags mean equal bytes across restarts too. */
  readonly etag: string;
  /** The HTML gzipped (level 4), computed once off the event loop and kept. */
  gzipped(): Promise<Buffer>;
}

interface Variant extends PageDoc {
  zipped?: Buffer;
}

/** A story's variants: the brief version they show (older ones are dropped when a newer one is kept). */
interface Slot {
  version: number;
  readonly variants: Map<string, Variant>;
}

/** Variants kept per story (sessions each have their own frame). */
const MAX_VARIANTS = 8;

export class PageCache {
  private readonly slots = new Map<string, Slot>();
  private weight = 0;

  constructor(private readonly budget: number) {}

  /** The page of `id` for variant `key` at brief `version`, made by `render` when not kept. */
  get(id: string, version: number, key: string, render: () => string): PageDoc {
    let slot = this.slots.get(id);
    const kept = slot?.version === version ? slot.variants.get(key) : undefined;
    if (slot !== undefined) {
      // Most recently used last.
      this.slots.delete(id);
      this.slots.set(id, slot);
    }
    if (kept !== undefined) {
      slot!.variants.delete(key);
      slot!.variants.set(key, kept);
      return kept;
    }
    const html = render();
    const etag = `"${createHash('sha1').update(html).digest('base64url').slice(0, 22)}"`;
    // A page of an older version than the one kept (a request that raced a newer brief) is sent, not kept.
    const keep = slot === undefined || slot.version <= version;
    let pending: Promise<Buffer> | undefined;
    const v: Variant = {
      html,
      etag,
      gzipped: () =>
        v.zipped !== undefined
          ? Promise.resolve(v.zipped)
          : (pending ??= gzipLater(html, { level: 4 }).then((b) => {
              if (v.zipped === undefined) {
                v.zipped = b;
                if (this.holds(id, key, v)) this.weigh(b.length);
              }
              return b;
            })),
    };
    if (!keep) return v;
    if (slot === undefined || slot.version < version) {
      if (slot !== undefined) this.dropSlot(id);
      slot = { version, variants: new Map() };
      this.slots.set(id, slot);
    }
    slot.variants.set(key, v);
    this.weigh(html.length);
    while (slot.variants.size > MAX_VARIANTS) {
      const [k, old] = slot.variants.entries().next().value!;
      slot.variants.delete(k);
      this.weigh(-sizeOf(old));
    }
    while (this.slots.size > 1 && this.weight > this.budget) this.dropSlot(this.slots.keys().next().value!);
    return v;
  }

  /** What the kept pages weigh (characters of HTML plus bytes of gzip) and how many variants there are. */
  usage(): { weight: number; variants: number; budget: number } {
    let variants = 0;
    for (const s of this.slots.values()) variants += s.variants.size;
    return { weight: this.weight, variants, budget: this.budget };
  }

  private holds(id: string, key: string, v: Variant): boolean {
    return this.slots.get(id)?.variants.get(key) === v;
  }

  private weigh(n: number): void {
    this.weight += n;
  }

  private dropSlot(id: string): void {
    const s = this.slots.get(id);
    if (s === undefined) return;
    for (const v of s.variants.values()) this.weight -= sizeOf(v);
    this.slots.delete(id);
  }
}

function sizeOf(v: Variant): number {
  return v.html.length + (v.zipped?.length ?? 0);
}
