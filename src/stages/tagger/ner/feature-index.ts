/** Multiplier of the index's slot hash (Fibonacci hashing: the top bits of `hash * 2^32/φ`). */
const SLOT_MULTIPLIER = 0x9e3779b1;

/** Number of set bits of a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The home slot of a 32-bit hash in a table of 2^bits slots (also the word cache's tables). */
export function homeSlot(hash: number, bits: number): number {
  return Math.imul(hash, SLOT_MULTIPLIER) >>> (32 - bits);
}

/**
 * Lays out feature hashes for a {@link FeatureIndex}: open addressing with linear probing in
 * 2^bits slots (at most half full), keys inserted in ascending order (deterministic). Returns the
 * index of each key in `hashes` in slot order (a model stores its rows in this order) and the
 * index's table.
 *
 * @throws on a duplicate hash
 */
export function layoutFeatureIndex(hashes: Uint32Array): { order: Int32Array; table: Uint32Array; bits: number } {
  let bits = 5;
  while (1 << bits < hashes.length * 2) bits++;
  const mask = (1 << bits) - 1;
  const bySlot = new Int32Array(1 << bits).fill(-1);
  const sorted = Array.from(hashes.keys()).sort((a, b) => (hashes[a] ?? 0) - (hashes[b] ?? 0));
  sorted.forEach((k, i) => {
    if (i > 0 && hashes[k] === hashes[sorted[i - 1] ?? 0]) throw new Error('layoutFeatureIndex: duplicate feature hash; merge rows first');
    let slot = homeSlot(hashes[k] ?? 0, bits);
    while (bySlot[slot] !== -1) slot = (slot + 1) & mask;
    bySlot[slot] = k;
  });
  const table = new Uint32Array(2 << (bits - 5));
  const order: number[] = [];
  bySlot.forEach((k, slot) => {
    const group = 2 * (slot >>> 5);
    if ((slot & 31) === 0) table[group + 1] = order.length;
    if (k < 0) return;
    table[group] = (table[group] ?? 0) | (1 << (slot & 31));
    order.push(k);
  });
  return { order: Int32Array.from(order), table, bits };
}

/**
 * A model's feature hash → weight row map, compact so that it mostly stays in the CPU cache (the
 * tagger probes it several times per token). Rows are stored in slot order, so a slot's row is its
 * rank among the occupied slots: the table holds, per 32 slots, their occupancy bits and the number
 * of occupied slots before them (side by side: one memory access), and the keys are stored alone.
 * A probe for a hash absent from the model (about half of all probes) usually ends at an empty slot
 * without reading a key. Built from the stored table, without a pass over the keys.
 */
export class FeatureIndex {
  /** Per 32 slots: occupancy bits, then occupied slots before them. */
  private readonly table: Int32Array;
  /** The key of each row (signed view of the model's keys). */
  private readonly keys: Int32Array;
  private readonly mask: number;
  private readonly bits: number;

  /**
   * @param keys feature hash of each row, rows in slot order
   * @param table the {@link layoutFeatureIndex} table of the 2^bits slots
   * @throws when the table does not fit `bits` or does not count `keys.length` rows
   */
  constructor(keys: Uint32Array, table: Uint32Array, bits: number) {
    if (!(bits >= 5 && bits <= 31) || table.length !== 2 << (bits - 5)) throw new Error(`FeatureIndex: a table of ${table.length} values for 2^${bits} slots`);
    const last = table.length - 2;
    const rows = (table[last + 1] ?? 0) + popcount(table[last] ?? 0);
    if (table[1] !== 0 || rows !== keys.length) throw new Error(`FeatureIndex: the table counts ${rows} rows, not ${keys.length}`);
    this.keys = new Int32Array(keys.buffer, keys.byteOffset, keys.length);
    this.table = new Int32Array(table.buffer, table.byteOffset, table.length);
    this.mask = (1 << bits) - 1;
    this.bits = bits;
  }

  /** The weight row of a feature hash (any 32-bit representation: signed or unsigned), or -1. */
  row(hash: number): number {
    const h = hash | 0;
    const { table, keys, mask } = this;
    let slot = homeSlot(h, this.bits);
    for (;;) {
      const group = 2 * (slot >>> 5);
      const occupied = table[group] ?? 0;
      const bit = 1 << (slot & 31);
      if ((occupied & bit) === 0) return -1;
      const row = (table[group + 1] ?? 0) + popcount(occupied & (bit - 1));
      if (keys[row] === h) return row;
      slot = (slot + 1) & mask;
    }
  }
}
