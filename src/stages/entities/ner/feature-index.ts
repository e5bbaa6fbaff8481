import type { NerModel } from './model.js';

/**
 * The model's feature hash → weight row map laid out for the tagger's hot path: key and row side
 * by side in one array (one cache miss per probe instead of two, table then keys) and at most half
 * full. Answers exactly as `lookupRow` (model.ts): the keys are the same, only the layout differs.
 */
export class FeatureIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(model: NerModel) {
    const { keys } = model;
    let bits = 4;
    while (1 << bits < keys.length * 2) bits++;
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.slots = new Int32Array(2 << bits);
    for (let r = 0; r < keys.length; r++) {
      const key = (keys[r] ?? 0) | 0;
      let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = key;
      this.slots[2 * slot + 1] = r + 1;
    }
  }

  /** The weight row of a feature hash (any 32-bit representation: signed or unsigned), or -1. */
  row(hash: number): number {
    const h = hash | 0;
    const { slots, mask } = this;
    let slot = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const r = slots[2 * slot + 1] ?? 0;
      if (r === 0) return -1;
      if (slots[2 * slot] === h) return r - 1;
      slot = (slot + 1) & mask;
    }
  }
}
