/**
 * The ids seen so far in a batch, each with where it was first seen: what
 * validateMany's repeated-id rule remembers. Its ids are slugs, so each
 * character is one byte (a character above U+00FF is a RangeError). Answers
 * as a `Map<string, number>` would, but keeps the ids' characters in one
 * growing typed array
 * and finds them through an open-addressed table of numbers, so that a
 * million ids are a few typed arrays, not a million strings and map entries
 * for the garbage collector to copy and trace (issue 16: a `Map` of the
 * 100,000 ids of the bench file cost about 55 ms of CPU, this about 10).
 * Internal.
 */
export class IdIndex {
  /** The characters of every id, one after another, a byte each. */
  #chars = new Uint8Array(1 << 16);
  #used = 0;
  /** Per entry: where its characters start, how many, its hash, its place. */
  #start = new Uint32Array(1 << 10);
  #length = new Int32Array(1 << 10);
  #hash = new Int32Array(1 << 10);
  #place = new Float64Array(1 << 10);
  #size = 0;
  /** Open-addressed slots holding entry number + 1; 0 is an empty slot. Kept at most half full. */
  #slots = new Int32Array(1 << 11);

  /** How many ids are remembered. */
  get size(): number {
    return this.#size;
  }

  /** Where `id` was first seen, or undefined if it was not. */
  get(id: string): number | undefined {
    const entry = this.#find(id, hashOf(id));
    return entry < 0 ? undefined : this.#place[entry];
  }

  /** Remembers `id` as first seen at `place`; an id already remembered keeps its first place. */
  set(id: string, place: number): void {
    const hash = hashOf(id);
    if (this.#find(id, hash) >= 0) return;
    const n = id.length;
    if (this.#used + n > this.#chars.length) {
      // Half again, not double: the ids of a large file are most of its memory.
      const chars = new Uint8Array(Math.max(Math.ceil(this.#chars.length * 1.5), this.#used + n));
      chars.set(this.#chars.subarray(0, this.#used));
      this.#chars = chars;
    }
    const chars = this.#chars;
    const at = this.#used;
    for (let i = 0; i < n; i++) {
      const c = id.charCodeAt(i);
      if (c > 0xff)
        throw new RangeError(`IdIndex: ${JSON.stringify(id)} has a character above U+00FF`);
      chars[at + i] = c;
    }
    this.#used = at + n;
    const entry = this.#size;
    if (entry === this.#start.length) this.#growEntries();
    this.#start[entry] = at;
    this.#length[entry] = n;
    this.#hash[entry] = hash;
    this.#place[entry] = place;
    this.#size = entry + 1;
    if (this.#size * 2 > this.#slots.length) this.#growSlots();
    else this.#slots[this.#freeSlot(hash)] = entry + 1;
  }

  /** The entry holding `id`, or -1. */
  #find(id: string, hash: number): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    const n = id.length;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const e = (slots[s] as number) - 1;
      if (e < 0) return -1;
      if (this.#hash[e] !== hash || this.#length[e] !== n) continue;
      const chars = this.#chars;
      const at = this.#start[e] as number;
      let i = 0;
      while (i < n && chars[at + i] === id.charCodeAt(i)) i++;
      if (i === n) return e;
    }
  }

  /** The first empty slot on `hash`'s probe sequence. */
  #freeSlot(hash: number): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    let s = hash & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    return s;
  }

  #growEntries(): void {
    const n = Math.ceil(this.#start.length * 1.5);
    const grow = <T extends Int32Array | Uint32Array | Float64Array>(
      a: T,
      make: (n: number) => T,
    ): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.#start = grow(this.#start, (k) => new Uint32Array(k));
    this.#length = grow(this.#length, (k) => new Int32Array(k));
    this.#hash = grow(this.#hash, (k) => new Int32Array(k));
    this.#place = grow(this.#place, (k) => new Float64Array(k));
  }

  /** Doubles the slots and places every entry again, from the hashes kept. */
  #growSlots(): void {
    this.#slots = new Int32Array(this.#slots.length * 2);
    for (let e = 0; e < this.#size; e++)
      this.#slots[this.#freeSlot(this.#hash[e] as number)] = e + 1;
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
