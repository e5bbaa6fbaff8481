import { describe, expect, it } from 'vitest';
import { isWhitespaceCode } from '../../src/doc/chars.js';

describe('isWhitespaceCode', () => {
  it('is what the regex \\s matches, for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhitespaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
