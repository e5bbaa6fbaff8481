import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEXICON_FILES, lexiconSections, parseSections } from '../../src/lexicon/load.js';

const dir = new URL('../../corpora/lexicon/', import.meta.url);

describe('the hand-written files of corpora/lexicon', () => {
  it('are all known to the loader', () => {
    const onDisk = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect([...LEXICON_FILES].sort()).toEqual(onDisk.sort());
  });

  describe.each(LEXICON_FILES)('%s', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const sections = parseSections(text, { comments: true });

    it('parses into named sections, none of them empty', () => {
      expect(sections.size).toBeGreaterThan(0);
      for (const [name, entries] of sections) {
        expect(name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
        expect(entries.length, `[${name}]`).toBeGreaterThan(0);
      }
    });

    it('writes no entry twice within a section, and every entry or value on one line', () => {
      for (const [name, entries] of sections) {
        const keys = entries.map((e) => e.split('\t')[0]!);
        const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
        expect(twice, `[${name}] of ${file}`).toEqual([]);
        for (const e of entries) expect(e.split('\t').length, `${JSON.stringify(e)} in [${name}]`).toBeLessThanOrEqual(2);
      }
    });

    it('is what the loader reads', () => {
      expect(new Map(lexiconSections(file))).toEqual(sections);
    });
  });
});

describe('parseSections of a hand-written file', () => {
  it('skips comment and blank lines everywhere and trims entries', () => {
    const text = '# header\n\n[a]\n# a comment\n  x  \n\ny\tvalue\n[b]\nz\r\n';
    expect([...parseSections(text, { comments: true })]).toEqual([
      ['a', ['x', 'y\tvalue']],
      ['b', ['z']],
    ]);
  });

  it('rejects a section written twice, and a header that is not a whole line', () => {
    expect(() => parseSections('[a]\nx\n[a]\ny\n', { comments: true })).toThrow(/\[a\] is written twice/);
    expect(() => parseSections('[a]\nx\n [b]\ny\n', { comments: true })).toThrow(/section header/);
  });
});
