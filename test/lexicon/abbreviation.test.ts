import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abbreviates, AND_JOINTS, LONG_FORM_JOINTS, longFormStart } from '../../src/lexicon/abbreviation.js';

/** The search of `abbreviates` written out plainly: every call from scratch, no first-letter check. */
function plainAbbreviates(short: string, long: string): boolean {
  const tokens = short.toLowerCase().split(/\s+/);
  const flat = tokens.join('');
  if (tokens.length > 3 || flat.length < 3) return false;
  const words = long
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== 'dan' && w !== '&');
  if (words.length < 2 || words.length <= tokens.length) return false;
  const match = (i: number, w: number): boolean => {
    if (i === flat.length) return w === words.length || (tokens.length >= 2 && w >= 2);
    if (w === words.length) return false;
    const word = words[w]!;
    for (let n = Math.min(word.length, flat.length - i); n >= 1; n--) {
      if (flat.startsWith(word.slice(0, n), i) && match(i + n, w + 1)) return true;
    }
    return false;
  };
  return match(0, 0) || match(0, 1);
}

describe('abbreviates', () => {
  it.each([
    ['Kemenkeu', 'Kementerian Keuangan', true],
    ['Undip', 'Universitas Diponegoro', true],
    ['Jabar', 'Jawa Barat', true],
    ['Kementerian PU', 'Kementerian Pekerjaan Umum', true],
    ['ESDM', 'Energi dan Sumber Daya Mineral', true],
    ['Pemprov DKI', 'Pemerintah Provinsi DKI Jakarta', true],
    ['Jabar', 'Jawa Tengah', false],
    ['BPS', 'Badan Pusat', false],
    ['Jakarta', 'Jawa Barat', false],
    ['KPK', 'Komisi Pemberantasan Korupsi', true],
    ['Ab', 'Aa Bb', false],
  ])('%s abbreviates %s: %s', (short, long, expected) => {
    expect(abbreviates(short, long)).toBe(expected);
    // Asked again (the long form's words now come from the cache): the same answer.
    expect(abbreviates(short, long)).toBe(expected);
  });

  it('answers as the plain search does, whatever the strings', () => {
    const word = fc.stringMatching(/^[A-Za-z&]{0,6}$/);
    const phrase = fc.array(word, { minLength: 0, maxLength: 5 }).map((ws) => ws.join(' '));
    const spaced = fc.tuple(fc.constantFrom('', ' ', '  '), phrase, fc.constantFrom('', ' ')).map(([a, p, b]) => a + p + b);
    fc.assert(
      fc.property(spaced, spaced, (short, long) => {
        expect(abbreviates(short, long)).toBe(plainAbbreviates(short, long));
        // A short form built from the long form's words, so that true answers are tried too.
        const built = long
          .split(/\s+/)
          .filter(Boolean)
          .map((w) => w.slice(0, 2))
          .join('');
        expect(abbreviates(built, long)).toBe(plainAbbreviates(built, long));
      }),
      { numRuns: 3000 },
    );
  });
});

/** The loose reading written out plainly: every word a first piece of itself, the joints none, the last word perhaps none. */
function plainLooseAbbreviates(short: string, long: string): boolean {
  const flat = short.toLowerCase();
  const words = long
    .toLowerCase()
    .split(' ')
    .filter((w) => !LONG_FORM_JOINTS.has(w));
  const match = (i: number, w: number): boolean => {
    if (w === words.length) return i === flat.length;
    if (i === flat.length) return w === words.length - 1;
    const word = words[w]!;
    for (let n = Math.min(word.length, flat.length - i); n >= 1; n--) if (flat.startsWith(word.slice(0, n), i) && match(i + n, w + 1)) return true;
    return false;
  };
  return words.length >= 2 && match(0, 0);
}

describe('abbreviates, read loose', () => {
  it.each([
    ['Minerba', 'Mineral dan Batu Bara', true],
    ['PPKPT', 'Pencegahan dan Penanganan Kekerasan di Perguruan Tinggi', true],
    ['OAP', 'Orang Asli Papua', true],
    ['OP', 'Orang Papua', true],
    ['Kemenkeu', 'Kementerian Keuangan', true],
    ['Keu', 'Kementerian Keuangan', false],
    ['Sulsel', 'Sulawesi Selatan Barat', true],
    ['PU X', 'Pekerjaan Umum Xaverius', false],
  ])('%s abbreviates %s: %s', (short, long, expected) => {
    expect(abbreviates(short, long, { loose: true })).toBe(expected);
  });

  it('answers as the plain loose search does for a one-word short form and a spaced long form', () => {
    const word = fc.oneof(fc.stringMatching(/^[A-Ca-c]{1,4}$/), fc.constantFrom(...LONG_FORM_JOINTS));
    const long = fc.array(word, { minLength: 0, maxLength: 6 }).map((ws) => ws.join(' '));
    const short = fc.stringMatching(/^[A-Ca-c]{0,8}$/);
    fc.assert(
      fc.property(short, long, (s, l) => {
        expect(abbreviates(s, l, { loose: true })).toBe(plainLooseAbbreviates(s, l));
        // A short form built from the long form's words, so that true answers are tried too.
        const built = l
          .split(' ')
          .filter((w) => w !== '' && !LONG_FORM_JOINTS.has(w))
          .map((w, k, all) => (k === all.length - 1 && k % 2 === 1 ? '' : w.slice(0, 1 + (k % 2))))
          .join('');
        expect(abbreviates(built, l, { loose: true })).toBe(plainLooseAbbreviates(built, l));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('longFormStart', () => {
  const words = (text: string) => text.split(' ');

  it('finds the first capitalised word of the run before the short form, over joints between', () => {
    expect(longFormStart(words('kata Ketua Komisi Pemberantasan Korupsi'), AND_JOINTS)).toBe(1);
    expect(longFormStart(words('sektor Pertambangan Mineral dan Batu Bara'), AND_JOINTS)).toBe(1);
    expect(longFormStart(words('Satgas Pencegahan dan Penanganan Kekerasan di Perguruan Tinggi'), LONG_FORM_JOINTS)).toBe(0);
    // ("di" is no joint of "dan" and "&": the run ends at it.)
    expect(longFormStart(words('Satgas Pencegahan dan Penanganan Kekerasan di Perguruan Tinggi'), AND_JOINTS)).toBe(6);
  });

  it('skips no joint before the first capitalised word, nor after the last unless told', () => {
    // "dan Batu Bara": a joint opening the words is no part of the run.
    expect(longFormStart(words('dan Batu Bara'), AND_JOINTS)).toBe(1);
    expect(longFormStart(words('Mineral dan'), AND_JOINTS)).toBe(2);
    expect(longFormStart(words('Mineral dan'), AND_JOINTS, { jointsLast: true })).toBe(0);
    expect(longFormStart(words('kata dan'), AND_JOINTS, { jointsLast: true })).toBe(2);
    expect(longFormStart([], AND_JOINTS)).toBe(0);
  });

  it('reads a word as capitalised by the test given', () => {
    const plain = (w: string) => /^\p{Lu}\p{L}*$/u.test(w);
    expect(longFormStart(words('Jakarta. Badan Pusat Statistik'), AND_JOINTS)).toBe(0);
    expect(longFormStart(words('Jakarta. Badan Pusat Statistik'), AND_JOINTS, { capitalised: plain })).toBe(1);
  });
});
