import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAY_CHANGE, naturalMayChange, naturalStemmer } from '../../../src/stages/stem/natural-stemmer.js';

const dictionary = (naturalStemmer() as unknown as { dictionary: string[] }).dictionary;

/** The word natural would return for `word`, when naturalMayChange says it changes nothing. */
function checkUnchanged(word: string): void {
  if (!naturalMayChange(word)) expect(naturalStemmer().stem(word)).toBe(word);
}

describe('naturalMayChange', () => {
  it('answers for the words no rule applies to', () => {
    for (const w of ['korea', 'glasgow', 'jakarta', 'facebook', 'ok']) expect(naturalMayChange(w)).toBe(false);
    for (const w of ['pemerintah', 'dikatakan', 'rumahnya', 'berbaris', 'gerigi', 'kinerja', 'hubungan', 'kaupukul', 'anak-anak']) {
      expect(naturalMayChange(w)).toBe(true);
    }
  });

  it('never says "unchanged" of a word natural changes: the dictionary and words like its words', () => {
    dictionary.forEach((root, i) => {
      checkUnchanged(root);
      // a sample of words like roots that are none: another first letter or vowel
      if (i % 8 === 0) checkUnchanged(`z${root.slice(1)}`);
      if (i % 8 === 4) checkUnchanged(root.replace(/[aiueo]/, 'o'));
    });
  });

  it('never says "unchanged" of a word natural changes: random words', () => {
    const letter = fc.constantFrom(...'abcdefghijklmnoprstuwy', 'er', 'el', 'em', 'in', 'be', 'ng', 'ny', 'ku', 'kau', 'di', 'ke', 'se');
    fc.assert(
      fc.property(fc.array(letter, { minLength: 1, maxLength: 8 }), (parts) => checkUnchanged(parts.join(''))),
      { numRuns: 3000 },
    );
  });

  it('answers as its regex does (words of more than three characters; shorter ones only by their hyphen)', () => {
    const wrong: string[] = [];
    const same = (w: string): void => {
      if (naturalMayChange(w) !== (w.length <= 3 ? w.includes('-') : MAY_CHANGE.test(w))) wrong.push(w);
    };
    for (const root of dictionary) {
      same(root);
      for (const affix of ['di', 'ke', 'kau', 'ku', 'be', 'te', 'me', 'pe', 'se']) same(affix + root);
      for (const affix of ['lah', 'kah', 'tah', 'pun', 'ku', 'mu', 'nya', 'is', 'isme', 'isasi', 'i', 'kan', 'an', 'ah', 'un', 'u', 's', 'me', 'ya']) same(root + affix);
    }
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzé-', 'er', 'el', 'em', 'in', 'be', 'lah', 'nya', 'isme', 'kau');
    fc.assert(
      fc.property(fc.array(letter, { minLength: 1, maxLength: 8 }), (parts) => same(parts.join(''))),
      { numRuns: 20000 },
    );
    expect(wrong).toEqual([]);
  });
});
