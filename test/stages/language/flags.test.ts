import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../src/pipeline/pipeline.js';
import { detectLanguage } from '../../../src/stages/language/index.js';
import { readLanguage } from '../../../src/stages/language/detect.js';
import { defaultMarkerCounter, markerCounter } from '../../../src/stages/language/markers.js';
import { defaultModel } from '../../../src/stages/language/model.js';
import { isArabicScript, isWeakParagraph, paragraphShape, runningText } from '../../../src/stages/language/paragraph.js';
import { flagsMixed, switchesIdMs } from '../../../src/stages/language/rules.js';
import { normalize } from '../../../src/stages/language/features.js';
import { scoreText } from '../../../src/stages/language/score.js';
import { wordsCoverText } from '../../../src/stages/language/stage.js';
import { mixedFixtures } from '../../fixtures/language/mixed.js';

const pipeline = createPipeline({ stages: [{ name: 'clean' }, { name: 'language' }] });

// Articles written for warta: real mixed content that must be flagged, and the false alarms of
// real news (line-ups, English award names, lists of scores, Indonesian read as Malay) that must not.
const fixtures = mixedFixtures();

describe('language flags on mixed-language fixtures', () => {
  it.each(fixtures.map((f) => [f.id, f] as const))('%s', (_id, f) => {
    const s = pipeline.analyze({ title: f.title, body: f.body });
    const text = s.text ?? '';
    expect(s.language.code).toBe(f.expect.code);
    expect(s.messages.some((m) => m.code === 'language-mixed')).toBe(f.expect.mixed);
    if (f.expect.repaired) expect(s.messages.some((m) => m.code === 'mojibake-repaired')).toBe(true);
    for (const [start, code] of f.expect.paragraphs) {
      const p = (s.paragraphs ?? []).find((q) => text.slice(q.start, q.end).includes(start));
      expect(p?.language?.code, start).toBe(code);
    }
    if (f.expect.codes) for (const p of s.paragraphs ?? []) expect(f.expect.codes).toContain(p.language?.code);
  });

  it('gives a paragraph that follows its article the article confidence', () => {
    const f = fixtures.find((x) => x.id === 'id-formal-speech')!;
    const s = pipeline.analyze({ title: f.title, body: f.body });
    expect(s.language.code).toBe('id');
    for (const p of s.paragraphs ?? []) expect(p.language?.confidence).toBeGreaterThan(0.5);
  });
});

describe('paragraph reading', () => {
  const model = defaultModel();

  it('reads Arabic script as Arabic, whatever its length', () => {
    expect(readLanguage('قُلْ هُوَ اللَّهُ أَحَدٌ', model, undefined, true)).toMatchObject({ code: 'ar', confidence: 1, source: 'script' });
    expect(readLanguage('Bacaan: بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ', model, undefined, true).code).toBe('ar');
  });

  it('asks franc-min nothing about a short or list-like paragraph', () => {
    for (const text of ['Hati-Hati, Chelsea! West Ham Bisa Ngamuk', 'Arsenal: David Raya; Jurrien Timber, William Saliba; Martin Odegaard, Declan Rice']) {
      expect(readLanguage(text, model, undefined, true).source).toBe('warta-langid');
    }
  });

  it('leaves detectLanguage, on a text of its own, as it was', () => {
    expect(detectLanguage('Hati-Hati, Chelsea! West Ham Bisa Ngamuk').code).not.toBe('id');
  });
});

describe('paragraph shape', () => {
  it.each([
    ['Menjawab Masalah Sisaan', true],
    ['Persib: Teja Paku Alam; Kakang Rudianto, Nick Kuipers, Federico Barba; Marc Klok, Adam Alis, Beckham Putra', true],
    ['1. Kementerian Keuangan skor 4,352. Kementerian Luar Negeri skor 4,323. Kementerian Agama skor 4,264.', true],
    ['susunan pemain arsenal: david raya; jurrien timber, william saliba, gabriel magalhaes; martin odegaard, declan rice, eberechi eze', true],
    ['Tabel: 12,5 13,1 14,8 15,2 16,0 17,3 18,9 19,4 20,1 dan 21,7 persen', true],
    ['Warga berharap pemerintah tidak hanya menambal lubang, tetapi juga memperbaiki saluran air.', false],
    ['Pengunjung dapat mencicipi rendang, gudeg, papeda hingga ayam betutu dengan harga mulai Rp 15.000 per porsi.', false],
  ])('%j is weak: %s', (text, weak) => {
    expect(isWeakParagraph(paragraphShape(text))).toBe(weak);
  });

  it('tells Arabic script by its letters, not its vowel marks', () => {
    expect(isArabicScript(paragraphShape('قُلْ هُوَ'))).toBe(true);
    expect(isArabicScript(paragraphShape('Surat Al-Ikhlas ayat pertama berbunyi قل'))).toBe(false);
  });

  it('keeps the running text without capitalised words', () => {
    expect(runningText('Delegasi dipimpin oleh Chairman of the Committee').split(/\s+/).filter(Boolean)).toEqual(['dipimpin', 'oleh', 'of', 'the']);
  });
});

describe('Indonesian and Malay markers', () => {
  const count = defaultMarkerCounter();

  it('counts the words that differ, phrases whole, and not the words both use', () => {
    expect(count('Kerajaan Malaysia berkata bahawa jerebu rentas sempadan menjejaskan kesihatan orang ramai kerana')).toEqual({ id: 0, ms: 8 });
    expect(count('Pemerintah mengatakan bahwa persen kenaikan harga karena pasokan berkurang')).toEqual({ id: 6, ms: 0 });
    // "pejabat" (an official), "kereta" (a train), "negeri jiran": ordinary Indonesian
    expect(count('Pejabat itu naik kereta ke negeri jiran')).toEqual({ id: 0, ms: 0 });
  });

  it('matches the longest entry at a word', () => {
    const counter = markerCounter('id\tms\nminggu lalu\tminggu lepas\n\tlepas\n');
    expect(counter('minggu lepas')).toEqual({ id: 0, ms: 1 });
    expect(counter('minggu lalu')).toEqual({ id: 1, ms: 0 });
  });

  it('finds first words that share a slot of its table (a two-word lexicon has 16 slots)', () => {
    const slotOf = (w: string) => normalize(w).wordHashes[0]! & 15;
    const candidates = Array.from({ length: 26 * 26 }, (_, i) => `kata${String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26))}`);
    const bySlot = new Map<number, string[]>();
    for (const w of candidates) bySlot.set(slotOf(w), [...(bySlot.get(slotOf(w)) ?? []), w]);
    const [a, b, c] = [...bySlot.values()].find((ws) => ws.length >= 3)!;
    const counter = markerCounter(`id\tms\n${a}\t\n\t${b}\n`);
    expect(counter(`${b} ${a} ${b} ${c}`)).toEqual({ id: 1, ms: 2 });
    expect(counter(`${c} ${c}`)).toEqual({ id: 0, ms: 0 });
  });

  it("counts the same over the paragraphs' word hashes as over the whole text, when they cover it", () => {
    const model = defaultModel();
    const fromParagraphs = (text: string, spans: { start: number; end: number }[]) => {
      const words: number[] = [];
      for (const { start, end } of spans) scoreText(model, text.slice(start, end), (h, n) => words.push(...h.subarray(0, n)));
      return count.ofWords!(Int32Array.from(words), words.length);
    };
    const spansOf = (text: string) => [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    // A phrase across two paragraphs, numbers and hyphens at their edges, blank lines between.
    const text = '  Kerajaan berkata minggu\n\nlepas bahawa 1.5 -\n\t-kadar 2, kanak-kanak 1.\n3 peratus kerana  \n';
    const spans = spansOf(text);
    expect(wordsCoverText(text, spans)).toBe(true);
    expect(fromParagraphs(text, spans)).toEqual(count(text));
    expect(count(text).ms).toBeGreaterThan(2);
    // Not covered: text between paragraphs that is not blank, touching paragraphs, a paragraph
    // past the scored length (its words are cut).
    expect(wordsCoverText('Kerajaan berkata. bahawa', [{ start: 0, end: 8 }, { start: 18, end: 24 }])).toBe(false);
    expect(wordsCoverText('1.5', [{ start: 0, end: 2 }, { start: 2, end: 3 }])).toBe(false);
    expect(wordsCoverText('kadar '.repeat(300), [{ start: 0, end: 1800 }])).toBe(false);
    expect(wordsCoverText('kadar '.repeat(300), [{ start: 0, end: 900 }, { start: 901, end: 1800 }])).toBe(false);
    expect(wordsCoverText('kadar '.repeat(300), [{ start: 0, end: 899 }, { start: 900, end: 1799 }])).toBe(true);
  });
});

describe('article rules', () => {
  it('switches Indonesian and Malay only on clear word evidence', () => {
    expect(switchesIdMs('ms', { id: 5, ms: 1 })).toBe('id');
    expect(switchesIdMs('ms', { id: 3, ms: 2 })).toBeNull();
    expect(switchesIdMs('id', { id: 0, ms: 3 })).toBe('ms');
    expect(switchesIdMs('en', { id: 9, ms: 0 })).toBeNull();
  });

  it('flags an article mixed on a fifth of its words, or on one long paragraph, never for Arabic or und', () => {
    expect(flagsMixed('id', [{ code: 'id', words: 80 }, { code: 'en', words: 15 }])).toBe(true);
    expect(flagsMixed('id', [{ code: 'id', words: 80 }, { code: 'en', words: 10 }, { code: 'en', words: 10 }])).toBe(true);
    expect(flagsMixed('id', [{ code: 'id', words: 80 }, { code: 'en', words: 10 }])).toBe(false);
    expect(flagsMixed('id', [{ code: 'id', words: 40 }, { code: 'ar', words: 30 }, { code: 'und', words: 20 }])).toBe(false);
    expect(flagsMixed('id-ID', [{ code: 'id', words: 40 }])).toBe(false);
  });
});
