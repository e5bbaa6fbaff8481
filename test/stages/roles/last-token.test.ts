import { describe, expect, it } from 'vitest';
import { lastToken } from '../../../src/stages/roles/last-token.js';

/** What lastToken reads, as the regular expression it replaced read it on `text.slice(from, at)`. */
const LAST_TOKEN = /(?:\(([^()\n]{1,60})\)|(,)|([\p{Lu}\d][\p{L}\d'’&/.-]*)|(\p{Ll}+|&)|(\p{Ll}{1,3}\.))\s*$/u;

function byRegex(text: string, from: number, at: number) {
  const x = LAST_TOKEN.exec(text.slice(from, at));
  if (!x) return null;
  const start = from + x.index;
  const kind = x[1] !== undefined ? 'bracket' : x[2] ? 'comma' : x[3] ? 'word' : x[4] ? 'lower' : 'abbreviation';
  return { start, end: start + x[0].trimEnd().length, kind };
}

/** A small generator of texts made of the characters the tokens are told apart by. */
function randomText(seed: number, length: number): string {
  const pieces = ['a', 'b', 'z', 'é', 'A', 'K', 'Ü', '0', '7', ' ', ' ', ' ', '\n', '\t', '(', ')', ',', '.', '-', '/', '&', "'", '’', '"', ':', 'dr.', 'Kab.', '(BPBD)', 'ab', 'Xy'];
  let s = seed >>> 0;
  let out = '';
  while (out.length < length) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out += pieces[s % pieces.length];
  }
  return out;
}

describe('lastToken', () => {
  it('reads words, brackets, commas, lowercase runs and short abbreviations back from a position', () => {
    const text = 'Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut, dr. Rudi';
    const at = text.indexOf(' Rudi');
    const read: string[] = [];
    for (let pos = at, x = lastToken(text, 0, pos); x; pos = x.start, x = lastToken(text, 0, pos)) read.unshift(`${x.kind}:${text.slice(x.start, x.end)}`);
    expect(read).toEqual([
      'word:Kepala', 'word:Pelaksana', 'word:Badan', 'word:Penanggulangan', 'word:Bencana', 'word:Daerah',
      'bracket:(BPBD)', 'word:Kabupaten', 'word:Garut', 'comma:,', 'abbreviation:dr.',
    ]);
  });

  it('never reads before `from`, and reads nothing where only spaces are left', () => {
    expect(lastToken('Ketua KPU', 6, 9)).toEqual({ start: 6, end: 9, kind: 'word' });
    expect(lastToken('Ketua KPU', 7, 9)).toEqual({ start: 7, end: 9, kind: 'word' });
    expect(lastToken('Ketua   ', 5, 8)).toBeNull();
  });

  it('agrees with the regular expression it replaced on random texts', () => {
    let differ = 0;
    for (let seed = 1; seed <= 4000; seed++) {
      const text = randomText(seed, 10 + (seed % 90));
      const at = text.length - (seed % 3);
      const from = seed % 5 === 0 ? Math.min(at, seed % 11) : 0;
      const a = lastToken(text, from, at);
      const b = byRegex(text, from, at);
      if (JSON.stringify(a) !== JSON.stringify(b)) differ++;
    }
    expect(differ).toBe(0);
  });
});
