import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/doc/candidate.js';
import { getLexicon } from '../../../src/lexicon/index.js';
import { dropOwnCredits, outletOf, outletOfUrl } from '../../../src/stages/coref/credits.js';

const lex = getLexicon();

/** Every capitalised run of `text` named in `names`, as ORG candidates. */
function cands(text: string, names: string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const n of names) {
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) out.push({ type: 'ORG', start: at, end: at + n.length, text: n, source: 'model' });
  }
  return out;
}

describe('outletOf and outletOfUrl', () => {
  it('reads the outlet of a credit and of a URL', () => {
    expect(outletOf('detikcom', lex)).toBe('detik');
    expect(outletOf('detikNews', lex)).toBe('detik');
    expect(outletOf('TribunJabar.id', lex)).toBe('tribun');
    expect(outletOf('Pertamina', lex)).toBeNull();
    expect(outletOfUrl('https://news.detik.com/berita/d-1/x', lex)).toBe('detik');
    expect(outletOfUrl('https://jabar.tribunnews.com/2025/x', lex)).toBe('tribun');
    expect(outletOfUrl('not a url', lex)).toBeNull();
    expect(outletOfUrl(null, lex)).toBeNull();
  });
});

describe('dropOwnCredits', () => {
  it("drops the publisher named in the dateline, everywhere, and keeps other outlets", () => {
    const text = 'Jakarta, CNN Indonesia -- Harga naik, dikutip dari Antara. Kata dia kepada CNN Indonesia.';
    const out = dropOwnCredits(cands(text, ['CNN Indonesia', 'Antara']), text, 0, null, lex);
    expect(out.map((c) => c.text)).toEqual(['Antara']);
  });

  it('drops the outlet a reporter spoke for ("kepada Tempo") and the URL\'s outlet', () => {
    const text = 'Hal itu disampaikan Tessa kepada Tempo. Tempo mencatat kenaikan.';
    expect(dropOwnCredits(cands(text, ['Tempo']), text, 0, null, lex)).toEqual([]);
    const body = 'Menurut detikcom, harga naik.';
    expect(dropOwnCredits(cands(body, ['detikcom']), body, 0, 'https://finance.detik.com/x', lex)).toEqual([]);
  });

  it('keeps an outlet the article only cites', () => {
    const text = 'Harga naik 5 persen, dikutip dari Tempo, Senin.';
    expect(dropOwnCredits(cands(text, ['Tempo']), text, 0, null, lex).map((c) => c.text)).toEqual(['Tempo']);
  });
});
