import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc/create.js';
import type { Doc, Token } from '../../../src/doc/doc.js';
import { runStages } from '../../../src/pipeline/runner.js';
import { buildStage } from '../../../src/pipeline/config.js';
import { segmentStage } from '../../../src/stages/segment/index.js';
import { stemStage } from '../../../src/stages/stem/index.js';

function segmented(text: string, language: string): Doc {
  const doc = createDoc({ body: text }, 'test');
  doc.layers.push('text');
  doc.language = { code: language, confidence: 1, others: [] };
  runStages(doc, [buildStage(segmentStage)]);
  return doc;
}

const stemsOf = (tokens: Token[]) => tokens.map((t) => [t.text, t.stem ?? null]);

describe('stem stage', () => {
  it('declares its layers and languages', () => {
    const stage = buildStage(stemStage);
    expect(stage.name).toBe('stem');
    expect(stage.requires).toEqual(['text', 'tokens']);
    expect(stage.provides).toEqual(['stems']);
    expect(stage.languages).toEqual(['id', 'ms', 'und']);
  });

  it('stems word tokens only', () => {
    const doc = segmented('Pertumbuhan KPK naik 1.500 persen, “Kami menangani ke-81 anak-anak.”', 'id');
    runStages(doc, [buildStage(stemStage)]);
    expect(doc.layers).toContain('stems');
    expect(stemsOf(doc.tokens)).toEqual([
      ['Pertumbuhan', 'tumbuh'],
      ['KPK', 'kpk'],
      ['naik', 'naik'],
      ['1.500', null],
      ['persen', 'persen'],
      [',', null],
      ['“', null],
      ['Kami', 'kami'],
      ['menangani', 'tangan'],
      ['ke-81', 'ke-81'],
      ['anak-anak', 'anak'],
      ['.', null],
      ['”', null],
    ]);
  });

  it('runs for Malay and undetermined text, and is skipped for English', () => {
    const ms = segmented('Pertumbuhan ekonomi.', 'ms');
    runStages(ms, [buildStage(stemStage)]);
    expect(ms.tokens[0]?.stem).toBe('tumbuh');
    const en = segmented('Growing numbers.', 'en');
    runStages(en, [buildStage(stemStage)]);
    expect(en.skipped).toContain('stem');
    expect(en.tokens.every((t) => t.stem === undefined)).toBe(true);
  });

  it('leaves name-like words unstemmed, and stems capitalised common words', () => {
    const doc = segmented('Warga Kediri menyerahkan diri. Kata Pemerintah, pemerintah siap. Pendiri Bekasi hadir.', 'id');
    runStages(doc, [buildStage(stemStage)]);
    const stems = Object.fromEntries(doc.tokens.filter((t) => t.kind === 'word').map((t) => [t.text, t.stem]));
    expect(stems).toMatchObject({
      Kediri: 'kediri', // a name: capitalised inside a sentence, never lowercase
      diri: 'diri',
      Pemerintah: 'perintah', // also written "pemerintah" in the article
      Pendiri: 'diri', // first word of its sentence
      Bekasi: 'bekasi',
    });
  });

  it('reads each article apart: a word written in lowercase in one article leaves a name of the next one alone', () => {
    const stage = buildStage(stemStage);
    const stemOf = (text: string, word: string) => {
      const doc = segmented(text, 'id');
      runStages(doc, [stage]);
      return doc.tokens.find((t) => t.text === word)?.stem;
    };
    expect(stemOf('Kata Pemerintah, pemerintah siap. Warga Kediri datang.', 'Pemerintah')).toBe('perintah');
    expect(stemOf('Warga Kediri datang. Kata Pemerintah siap.', 'Pemerintah')).toBe('pemerintah');
    expect(stemOf('Warga Kediri datang.', 'Kediri')).toBe('kediri');
    // a word of the same first letter and length ("Kediri", "kepada") is no match
    expect(stemOf('Warga Kediri datang kepada kami.', 'Kediri')).toBe('kediri');
    expect(stemOf('Warga Kediri menyerahkan kediri.', 'Kediri')).toBe('diri');
  });

  it('stems every word of a headline-like sentence and of the title', () => {
    const doc = segmented('Pengguna Baru Telegram Dapatkan Keuntungan Besar', 'id');
    doc.sections = [{ name: 'title', start: 0, end: doc.text.length }];
    runStages(doc, [buildStage(stemStage)]);
    expect(doc.tokens.map((t) => t.stem)).toEqual(['guna', 'baru', 'telegram', 'dapat', 'untung', 'besar']);
    const body = segmented('Ia menyebut Dapatkan Keuntungan Besar Pengguna sebagai judul.', 'id');
    runStages(body, [buildStage(stemStage)]);
    expect(body.tokens.find((t) => t.text === 'Keuntungan')?.stem).toBe('untung');
  });

  it('stems names too with keepNames: false', () => {
    const doc = segmented('Warga Kediri datang.', 'id');
    runStages(doc, [buildStage(stemStage, { keepNames: false })]);
    expect(doc.tokens[1]?.stem).toBe('diri');
  });

  it('accepts a cache size option', () => {
    const doc = segmented('memakan memakan kebijakan', 'id');
    runStages(doc, [buildStage(stemStage, { cacheSize: 1 })]);
    expect(doc.tokens.map((t) => t.stem)).toEqual(['makan', 'makan', 'bijak']);
  });
});
