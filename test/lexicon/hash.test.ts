import { describe, expect, it } from 'vitest';
import { FNV_OFFSET, FNV_PRIME, hashFeature, hashInto, hashRangeInto } from '../../src/lexicon/hash.js';

describe('hashFeature', () => {
  it('is FNV-1a 32 bit', () => {
    expect(hashFeature('')).toBe(0x811c9dc5);
    expect(hashFeature('a')).toBe(0xe40c292c);
    expect(hashFeature('w=jakarta')).not.toBe(hashFeature('w=jakartA'));
  });

  it('hashes a feature given in parts like the whole string', () => {
    const parts = ['ww-1=', 'presiden', '|', 'joko'];
    expect(parts.reduce(hashInto, FNV_OFFSET) >>> 0).toBe(hashFeature(parts.join('')));
  });

  it('hashes a range of a string like its slice, step by step with the prime', () => {
    const text = 'kata Presiden Joko';
    expect(hashRangeInto(FNV_OFFSET, text, 5, 13)).toBe(hashInto(FNV_OFFSET, 'Presiden'));
    expect(hashInto(FNV_OFFSET, 'ab')).toBe(Math.imul(Math.imul(FNV_OFFSET ^ 97, FNV_PRIME) ^ 98, FNV_PRIME));
  });
});
