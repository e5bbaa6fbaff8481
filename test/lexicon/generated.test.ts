import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedLexiconFiles } from '../../src/lexicon/generate.js';
import { getLexicon } from '../../src/lexicon/index.js';
import { generatedSection, parseSections } from '../../src/lexicon/load.js';

const dir = new URL('../../corpora/lexicon/generated/', import.meta.url);

describe('corpora/lexicon/generated', () => {
  // A failure here after a package upgrade: run `npx tsx scripts/build-lexicon.ts` and commit.
  it.each(Object.entries(generatedLexiconFiles()))('%s is what scripts/build-lexicon.ts makes from the installed packages', (name, text) => {
    expect(readFileSync(new URL(name, dir), 'utf8')).toBe(text);
  });

  it('gives the lexicon its package-derived lists', () => {
    const lex = getLexicon();
    for (const place of ['Jawa Barat', 'Kabupaten Bogor', 'Bogor', 'Kota Bandung', 'Bandung', 'DKI Jakarta', 'Cibinong']) expect(lex.places.has(place)).toBe(true);
    expect(lex.stopwords.has('yang')).toBe(true);
    expect(lex.commonWords.has('dan')).toBe(true);
    expect(lex.givenNames.has('aditya')).toBe(true);
  });

  it('gives the NER gazetteers the area names as idn-area-data writes them', () => {
    expect(generatedSection('idn-areas.txt', 'provinces')).toContain('JAWA BARAT');
    expect(generatedSection('idn-areas.txt', 'regencies')).toContain('KABUPATEN BOGOR');
  });
});

describe('parseSections', () => {
  it('reads entries verbatim under their section, after header comments', () => {
    const text = '# header\n# more\n[a]\nx\n# not a comment\n\n[b]\ny z\r\n';
    expect([...parseSections(text)]).toEqual([
      ['a', ['x', '# not a comment']],
      ['b', ['y z']],
    ]);
  });

  it('rejects an entry before any section', () => {
    expect(() => parseSections('x\n[a]\n')).toThrow(/before any \[section\]/);
  });
});
