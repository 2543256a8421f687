/**
 * A table from whole numbers below 2^35 (variant-words.ts' ASCII word keys,
 * five codes in base 128) to ids, with a flag per entry. A `Map` keyed by
 * such numbers boxed each key above 2^31 on every look-up (most five-letter
 * keys are), two look-ups per word of every sentence a brief meets afresh;
 * here the keys sit in a typed array (open addressing, linear probing).
 */
export class PackedKeyIds {
  /** Per slot: the key + 1, or 0 when empty. */
  private keys = new Float64Array(1 << 12);
  private ids = new Int32Array(1 << 12);
  private flags = new Uint8Array(1 << 12);
  private count = 0;

  /** Entries held. */
  get size(): number {
    return this.count;
  }

  /** The slot of `packed`: where it is, or the empty slot where it would go. */
  slotOf(packed: number): number {
    const mask = this.keys.length - 1;
    // Low and high words of the key mixed (ToInt32 keeps the low 32 bits of a whole number).
    let slot = Math.imul((packed | 0) ^ Math.imul((packed / 4294967296) | 0, 0x27d4eb2d), 0x9e3779b1) >>> 0;
    slot = (slot ^ (slot >>> 15)) & mask;
    const want = packed + 1;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === want || k === 0) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** The id at a slot `slotOf` gave, or -1 when the key is absent. */
  idAt(slot: number): number {
    return this.keys[slot] === 0 ? -1 : this.ids[slot]!;
  }

  /** The flag at a slot holding a key. */
  flagAt(slot: number): boolean {
    return this.flags[slot] === 1;
  }

  /** Puts `packed` with its id and flag at the empty slot `slotOf(packed)` gave. */
  put(slot: number, packed: number, id: number, flag: boolean): void {
    this.keys[slot] = packed + 1;
    this.ids[slot] = id;
    this.flags[slot] = flag ? 1 : 0;
    if (++this.count * 2 > this.keys.length) this.grow();
  }

  clear(): void {
    this.keys = new Float64Array(1 << 12);
    this.ids = new Int32Array(1 << 12);
    this.flags = new Uint8Array(1 << 12);
    this.count = 0;
  }

  private grow(): void {
    const { keys, ids, flags } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.ids = new Int32Array(keys.length * 2);
    this.flags = new Uint8Array(keys.length * 2);
    for (let s = 0; s < keys.length; s++) {
      if (keys[s] === 0) continue;
      const to = this.slotOf(keys[s]! - 1);
      this.keys[to] = keys[s]!;
      this.ids[to] = ids[s]!;
      this.flags[to] = flags[s]!;
    }
  }
}
