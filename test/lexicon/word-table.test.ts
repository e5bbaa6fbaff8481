import { describe, expect, it } from 'vitest';
import { WordTable } from '../../src/lexicon/word-table.js';

/** Words of 0 to 7 letters drawn from a few ASCII and other letters, by a seeded generator. */
function randomWords(seed: number, count: number): string[] {
  const letters = 'aeiknrstuyé-’';
  let x = seed;
  const next = (): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x >>> 8;
  };
  return Array.from({ length: count }, () => Array.from({ length: next() % 8 }, () => letters[next() % letters.length]).join(''));
}

describe('WordTable', () => {
  it('holds the words it was made with, repeated or not, and no other', () => {
    const words = ['yang', 'dan', 'yang', 'kafé', 'anak-anak', ''];
    const table = new WordTable(words);
    for (const w of words) expect(table.has(w), w).toBe(true);
    for (const w of ['Yang', 'yan', 'yangg', 'kafe', 'anak', ' ']) expect(table.has(w), w).toBe(false);
  });

  it('answers as a Set does, for more words than its first size and for words made at run time', () => {
    const words = randomWords(1, 3000);
    const set = new Set(words);
    const table = new WordTable(words);
    // (joined again: a new string, not the one the table holds)
    for (const w of randomWords(2, 20_000)) expect(table.has([...w].join('')), w).toBe(set.has(w));
    for (const w of set) expect(table.has([...w].join('')), w).toBe(true);
  });

  it('answers for an empty list', () => {
    const table = new WordTable([]);
    expect(table.has('')).toBe(false);
    expect(table.has('yang')).toBe(false);
  });
});
