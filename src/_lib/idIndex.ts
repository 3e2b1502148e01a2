/** Bytes in a page of characters; an id longer than this has a page of its own. */
const PAGE = 1 << 20;

/**
 * The ids seen so far in a batch, each with where it was first seen: what
 * validateMany's repeated-id rule remembers. Its ids are slugs, so each
 * character is one byte (a character above U+00FF is a RangeError). Answers
 * as a `Map<string, number>` would, but keeps the ids' characters in pages
 * of bytes and finds them through an open-addressed table of numbers, so
 * that a million ids are a few typed arrays, not a million strings and map
 * entries for the garbage collector to copy and trace. Internal.
 */
export class IdIndex {
  /** The characters of the ids, one after another, a byte each, in pages that are never copied. */
  #pages: Uint8Array[] = [];
  #page: Uint8Array = new Uint8Array(0);
  #used = 0;
  /** Per entry: its page, where its characters start there, how many, its place. */
  #pageOf = new Int32Array(1 << 10);
  #start = new Int32Array(1 << 10);
  #length = new Int32Array(1 << 10);
  #place = new Float64Array(1 << 10);
  #size = 0;
  /**
   * Open-addressed slots, two numbers each: the id's hash, then its entry
   * number + 1 (0 for an empty slot), side by side so that a probe reads
   * one place in memory. Kept at most half full.
   */
  #slots = new Int32Array(2 << 11);
  /** The last id looked up and missed, with its hash and the empty slot found: `set` then needs no second probe. */
  #missed: string | undefined;
  #missedHash = 0;
  #missedSlot = 0;

  /** How many ids are remembered. */
  get size(): number {
    return this.#size;
  }

  /** Where `id` was first seen, or undefined if it was not. */
  get(id: string): number | undefined {
    const hash = hashOf(id);
    const slot = this.#probe(id, hash);
    const entry = (this.#slots[slot + 1] as number) - 1;
    if (entry >= 0) return this.#place[entry];
    this.#missed = id;
    this.#missedHash = hash;
    this.#missedSlot = slot;
    return undefined;
  }

  /** Remembers `id` as first seen at `place`; an id already remembered keeps its first place. */
  set(id: string, place: number): void {
    let hash: number;
    let slot: number;
    if (id === this.#missed) {
      hash = this.#missedHash;
      slot = this.#missedSlot;
    } else {
      hash = hashOf(id);
      slot = this.#probe(id, hash);
      if (this.#slots[slot + 1] !== 0) return;
    }
    this.#missed = undefined;
    const n = id.length;
    if (this.#used + n > this.#page.length) {
      this.#page = new Uint8Array(Math.max(PAGE, n));
      this.#pages.push(this.#page);
      this.#used = 0;
    }
    const page = this.#page;
    const at = this.#used;
    for (let i = 0; i < n; i++) {
      const c = id.charCodeAt(i);
      if (c > 0xff)
        throw new RangeError(`IdIndex: ${JSON.stringify(id)} has a character above U+00FF`);
      page[at + i] = c;
    }
    this.#used = at + n;
    const entry = this.#size;
    if (entry === this.#start.length) this.#growEntries();
    this.#pageOf[entry] = this.#pages.length - 1;
    this.#start[entry] = at;
    this.#length[entry] = n;
    this.#place[entry] = place;
    this.#size = entry + 1;
    this.#slots[slot] = hash;
    this.#slots[slot + 1] = entry + 1;
    if (this.#size * 4 > this.#slots.length) this.#growSlots();
  }

  /** The slot holding `id`, or the empty slot where it would go. */
  #probe(id: string, hash: number): number {
    const slots = this.#slots;
    const mask = slots.length - 2;
    const n = id.length;
    for (let s = (hash << 1) & mask; ; s = (s + 2) & mask) {
      const e = (slots[s + 1] as number) - 1;
      if (e < 0) return s;
      if (slots[s] !== hash || this.#length[e] !== n) continue;
      const page = this.#pages[this.#pageOf[e] as number] as Uint8Array;
      const at = this.#start[e] as number;
      let i = 0;
      while (i < n && page[at + i] === id.charCodeAt(i)) i++;
      if (i === n) return s;
    }
  }

  #growEntries(): void {
    const n = this.#start.length * 2;
    const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.#pageOf = grow(this.#pageOf, (k) => new Int32Array(k));
    this.#start = grow(this.#start, (k) => new Int32Array(k));
    this.#length = grow(this.#length, (k) => new Int32Array(k));
    this.#place = grow(this.#place, (k) => new Float64Array(k));
  }

  /** Doubles the slots and places every entry again, from the hashes kept beside them. */
  #growSlots(): void {
    const old = this.#slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length - 2;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s + 1] === 0) continue;
      const hash = old[s] as number;
      let t = (hash << 1) & mask;
      while (slots[t + 1] !== 0) t = (t + 2) & mask;
      slots[t] = hash;
      slots[t + 1] = old[s + 1] as number;
    }
    this.#slots = slots;
    this.#missed = undefined;
  }
}

/**
 * FNV-1a over the UTF-16 code units, then MurmurHash3's final mix so that the
 * low bits, which pick the slot, depend on every character.
 */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
