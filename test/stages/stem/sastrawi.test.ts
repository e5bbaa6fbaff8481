import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naturalStemmer } from '../../../src/stages/stem/natural-stemmer.js';
import { sastrawiStemmer, SUFFIX_RULES } from '../../../src/stages/stem/sastrawi.js';

const dictionary = (naturalStemmer() as unknown as { dictionary: string[] }).dictionary;
const PREFIXES = ['', 'di', 'ke', 'se', 'ber', 'be', 'ter', 'me', 'mem', 'men', 'meng', 'meny', 'menge', 'pe', 'pem', 'pen', 'peng', 'peny', 'per', 'memper', 'diper', 'ku', 'kau'];
const SUFFIXES = ['', 'i', 'kan', 'an', 'nya', 'lah', 'kah', 'pun', 'mu', 'kannya', 'annya', 'isme', 'isasi', '-nya'];

/** The port and natural agree on `word`. */
function same(word: string): void {
  expect(sastrawiStemmer().stem(word), word).toBe(naturalStemmer().stem(word));
}

describe('sastrawiStemmer', () => {
  it('stems as the Sastrawi rules do', () => {
    const s = sastrawiStemmer();
    expect(s.stem('pertumbuhan')).toBe('tumbuh');
    expect(s.stem('mempengaruhi')).toBe('pengaruh');
    expect(s.stem('berbalas-balasan')).toBe('balas');
    expect(s.stem('meniru-nirukan')).toBe('tiru');
    expect(s.stem('Anak-anaknya')).toBe('anak');
    expect(s.stem('jakarta')).toBe('jakarta');
  });

  it('gives natural\'s stem for every root and a sample of affixed roots', () => {
    dictionary.forEach((root, i) => {
      same(root);
      if (i % 200 !== 0) return;
      for (const p of PREFIXES) for (const s of SUFFIXES) same(p + root + s);
      same(`${root}-${root}`);
      same(`${root}-${root}an`);
      same(`ber${root}-${root}an`);
      same(`${root.slice(0, 1)}er${root.slice(1)}`);
      same(`${root.slice(0, 1)}em${root.slice(1)}an`);
    });
  });

  it('gives natural\'s stem for random words', () => {
    const part = fc.constantFrom(...'abcdefghijklmnoprstuwy', 'er', 'el', 'em', 'in', 'be', 'ng', 'ny', 'ku', 'kau', 'di', 'ke', 'se', 'kan', 'an', 'nya', 'per', 'meng', 'peny', '-');
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 9 }), (parts) => same(parts.join(''))),
      { numRuns: 5000 },
    );
  });

  it('takes off the suffix each suffix regex of natural would', () => {
    const part = fc.constantFrom(...'aikmnstu-', 'lah', 'kah', 'tah', 'pun', 'ku', 'mu', 'nya', 'is', 'isme', 'isasi', 'kan', 'an', '--');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const word = parts.join('');
        for (const [pattern, , suffixLength] of SUFFIX_RULES) {
          expect(word.slice(0, word.length - suffixLength(word)), `${String(pattern)} ${word}`).toBe(word.replace(pattern, ''));
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('looks words up right when one repeats and when hashes share a slot', () => {
    // the one-word memo must not answer for another word, nor a colliding slot for another root
    const s = sastrawiStemmer();
    for (const w of ['makan', 'dimakan', 'makan', 'mkan', 'makanan', 'makan', 'xmakan', 'pemakan']) same(w);
    // every root without a hyphen (one with a hyphen is read as a plural) is found as it is
    for (const root of dictionary) if (root !== '' && !root.includes('-')) expect(s.stem(root), root).toBe(root);
  });
});
