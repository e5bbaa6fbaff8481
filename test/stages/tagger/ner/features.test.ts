import { describe, expect, it } from 'vitest';
import { extractFeatures, wordShape } from '../../../../src/stages/tagger/ner/features.js';
import { buildGazetteers, markPhrases } from '../../../../src/stages/tagger/ner/gazetteers.js';
import { lightStem } from '../../../../src/stages/tagger/ner/light-stem.js';

const gaz = buildGazetteers({
  places: ['bogor', 'jawa barat', 'kabupaten bogor'],
  givenNames: ['joko'],
  orgMarkers: ['badan', 'pt'],
  titles: ['presiden', 'wali kota'],
});

describe('wordShape', () => {
  it.each([
    ['Jakarta', 'Xx'],
    ['BPS', 'X'],
    ['2024', 'd'],
    ['Rp1,5', 'Xxd,d'],
    ['se-Sulawesi', 'x-Xx'],
    ['Éric', 'Xx'],
    [',', ','],
  ])('%s → %s', (token, shape) => expect(wordShape(token)).toBe(shape));
});

describe('lightStem', () => {
  it.each([
    ['pembangunan', 'bangun'],
    ['dikatakan', 'kata'],
    ['meresmikan', 'resmi'],
    ['jakarta', 'jakarta'],
  ])('%s → %s', (word, stem) => expect(lightStem(word)).toBe(stem));
});

describe('markPhrases', () => {
  it('marks the longest match, first token 1 and inside 2', () => {
    const set = gaz.phrases.get('place');
    if (!set) throw new Error('no place set');
    const out = new Uint8Array(5);
    markPhrases(set, ['di', 'kabupaten', 'bogor', 'jawa', 'barat'], out);
    expect([...out]).toEqual([0, 1, 2, 1, 2]);
  });
});

describe('extractFeatures', () => {
  const tokens = ['Presiden', 'Joko', 'Widodo', 'ke', 'Kabupaten', 'Bogor', 'bersama', 'BPS'];
  const f = extractFeatures(tokens, gaz);

  it('gives every token the word, lowercase form, shape and context', () => {
    expect(f).toHaveLength(tokens.length);
    expect(f[1]).toEqual(expect.arrayContaining(['b', 'w=joko', 'W=Joko', 's=Xx', 'w-1=presiden', 'w+1=widodo', 'ww-1=presiden|joko', 'cc=UUU']));
    expect(f[0]).toEqual(expect.arrayContaining(['first', 'w-1=<s>', 'w-2=<s>']));
    expect(f[7]).toEqual(expect.arrayContaining(['w+1=</s>', 'acr', 's=X']));
  });

  it('marks gazetteer hits on the token and its neighbours', () => {
    expect(f[0]).toContain('gt');
    expect(f[1]).toEqual(expect.arrayContaining(['gn', 'gt-1']));
    expect(f[4]).toContain('gp');
    expect(f[5]).toEqual(expect.arrayContaining(['gP', 'gp-1']));
    expect(f[3]).toContain('gp+1');
  });

  it('prefixes, suffixes and a stem', () => {
    expect(f[0]).toEqual(expect.arrayContaining(['p3=pre', 's3=den', 'st=presiden']));
    expect(f[6]).toEqual(expect.arrayContaining(['p2=be', 's4=sama']));
  });

  it('drops the cased form and flags the sentence in lowercase text', () => {
    const lower = extractFeatures(['presiden', 'joko', 'widodo'], gaz);
    expect(lower[1]).toContain('lc=L');
    expect(lower[1]?.some((x) => x.startsWith('W='))).toBe(false);
    expect(f[1]).toContain('lc=C');
  });

  it('is empty for an empty sentence', () => {
    expect(extractFeatures([], gaz)).toEqual([]);
  });
});

describe('typographic quotes', () => {
  it('are read as the ASCII quotes of the training data', () => {
    const curly = extractFeatures(['“', 'Kami', 'siap', '”', 'kata', 'Budi'], gaz);
    const ascii = extractFeatures(['"', 'Kami', 'siap', '"', 'kata', 'Budi'], gaz);
    expect(curly).toEqual(ascii);
  });
});

describe('sentence casing', () => {
  it.each([
    ['Presiden Resmikan Jembatan Baru Bogor', 'lc=T'],
    ['PRESIDEN RESMIKAN JEMBATAN BARU', 'lc=U'],
    ['Presiden meresmikan jembatan baru di Bogor', 'lc=C'],
    ['presiden meresmikan jembatan', 'lc=L'],
  ])('%s → %s', (sentence, flag) => {
    expect(extractFeatures(sentence.split(' '), gaz)[0]).toContain(flag);
  });
});
