import { describe, expect, it } from 'vitest';
import { asciiLower } from '../../src/lexicon/ascii.js';

describe('asciiLower', () => {
  it('lowercases the ASCII capitals as toLowerCase does, and leaves every other code unit as it is', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const want = c < 128 ? String.fromCharCode(c).toLowerCase().charCodeAt(0) : c;
      if (asciiLower(c) !== want) differ.push(c);
    }
    expect(differ).toEqual([]);
    expect(asciiLower(0x41)).toBe(0x61);
    expect(asciiLower(0xc9)).toBe(0xc9);
  });
});
