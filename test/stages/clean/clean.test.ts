import { describe, expect, it } from 'vitest';
import { toRawOffset, toRawSpan } from '../../../src/doc/offset-map.js';
import { createPipeline } from '../../../src/pipeline/pipeline.js';
import { getLexicon } from '../../../src/lexicon/index.js';
import { parseByline, boilerplateKind } from '../../../src/stages/clean/index.js';

const clean = createPipeline({ stages: [{ name: 'clean' }] });

describe('clean stage', () => {
  it('removes repeated titles, view counters and comment prompts, and keeps the title once', () => {
    const title = 'Harga Beras Naik 10 Persen';
    const doc = clean.run({
      title,
      body: `578\n${title}\n\nHarga beras di pasar naik.\n\n${title}\n\nPedagang mengeluh.\n\nLEAVE A REPLY`,
    });
    expect(doc.text).toBe(`${title}\n\nHarga beras di pasar naik.\n\nPedagang mengeluh.`);
    expect(doc.sections).toEqual([
      { name: 'title', start: 0, end: title.length },
      { name: 'body', start: title.length + 2, end: doc.text.length },
    ]);
    expect(doc.messages.map((m) => m.code)).toEqual(['title-repeated-removed', 'boilerplate-removed', 'boilerplate-removed']);
    expect(doc.messages[0]!.data).toEqual({ count: 2 });
  });

  it('puts back the space a link took between a whole lowercase common word and a capitalised one, not inside brands', () => {
    const doc = clean.run({
      title: 'Banjir di Bogor',
      body: 'Sawah terendamKampung Cibojong ikut banjir. Guru membaca bukuBahan ajar itu. Warga memakai iPhone, YouTube dan eFishery.',
    });
    expect(doc.text).toContain('terendam Kampung Cibojong');
    expect(doc.text).toContain('buku Bahan ajar');
    expect(doc.text).toContain('memakai iPhone, YouTube dan eFishery.');
  });

  it.each([
    ['Baca juga: Harga BBM naik lagi', 'read-also'],
    ['BACA JUGA:', 'read-also'],
    ['ADVERTISEMENT', 'advertisement'],
    ['SCROLL TO CONTINUE WITH CONTENT', 'scroll-prompt'],
    ['Bagikan artikel ini', 'share-prompt'],
    ['Share this article: Facebook Twitter WhatsApp', 'share-prompt'],
    ['Facebook Twitter WhatsApp', 'share-prompt'],
    ['Dibaca 1.234 kali', 'view-counter'],
    ['578', 'view-counter'],
    ['LEAVE A REPLY', 'comment-form'],
    ['Tags: Persija, Persib, Liga 1', 'tags'],
    ['Berita Terkait', 'related'],
    // The rules are joined into one regex per run of rules with the same flags: a case-sensitive
    // rule between case-insensitive ones, and a line two rules match (the first wins).
    ['(rds/ugo)', 'copyright'],
    ['Baca juga: Tonton juga video "Banjir"', 'read-also'],
    ['Simak Video: Banjir di Jakarta', 'teaser'],
    ['Download aplikasi detikcom', 'navigation'],
  ])('classifies %j as %s', (line, kind) => {
    expect(boilerplateKind(line)).toBe(kind);
  });

  it.each([
    'Harga beras naik 10 persen pada Senin.',
    'Share pasar modal naik.',
    '2025 menjadi tahun yang sulit bagi petani di Jawa Barat.',
    '“Kami akan membantu,” ujar Budi.',
    '(RDS/UGO)',
  ])('keeps content line %j', (line) => {
    expect(boilerplateKind(line)).toBeNull();
  });

  it.each([
    ['Penulis : Rifqi Fadhillah', { author: 'Rifqi Fadhillah', editor: null }],
    ['Reporter: Dimas Aryo Pratama | Editor: Rina Kusumawardani', { author: 'Dimas Aryo Pratama', editor: 'Rina Kusumawardani' }],
    ['(Penulis: Ani Lestari, Editor: Budi)', { author: 'Ani Lestari', editor: 'Budi' }],
    ['Editor: Yoga Prasetyo', { author: null, editor: 'Yoga Prasetyo' }],
    ['Oleh: Anindya Putri Maharani', { author: 'Anindya Putri Maharani', editor: null }],
  ])('reads the byline %j', (line, expected) => {
    expect(parseByline(line, getLexicon())).toEqual(expected);
  });

  it.each(['Oleh karena itu, harga naik.', 'Laporan BPS menunjukkan bahwa ekonomi tumbuh 5 persen pada kuartal ini.'])(
    'does not take %j for a byline',
    (line) => {
      expect(parseByline(line, getLexicon())).toBeNull();
    },
  );

  it('moves the byline into author and editor and out of the text', () => {
    const doc = clean.run({ title: 'Judul', body: 'Isi berita.\n\nReporter: Dimas Aryo\nEditor: Rina K' });
    expect(doc.meta.author).toBe('Dimas Aryo');
    expect(doc.meta.editor).toBe('Rina K');
    expect(doc.text).toBe('Judul\n\nIsi berita.');
  });

  it('normalises to NFC, collapses whitespace, drops zero-width characters, and maps offsets back to the raw input', () => {
    const body = 'Cafe\u0301  di\u00A0Jakarta\u200B buka.\n\nKedua   paragraf.';
    const doc = clean.run({ body });
    expect(doc.text).toBe('Café di Jakarta buka.\n\nKedua paragraf.');
    const at = doc.text.indexOf('Jakarta');
    const raw = toRawSpan(doc.offsets, at, at + 'Jakarta'.length);
    expect(doc.raw.slice(raw.start, raw.end)).toBe('Jakarta');
    const k = doc.text.indexOf('paragraf');
    expect(doc.raw.slice(toRawOffset(doc.offsets, k), toRawOffset(doc.offsets, k) + 8)).toBe('paragraf');
  });

  it('joins hard-wrapped lines of one paragraph but keeps one line per paragraph otherwise', () => {
    const doc = clean.run({ body: 'Pemerintah menaikkan harga\nbahan bakar minyak.\nWarga memprotes.' });
    expect(doc.text).toBe('Pemerintah menaikkan harga bahan bakar minyak.\n\nWarga memprotes.');
    expect(doc.paragraphs).toHaveLength(2);
  });

  it('reports an empty article', () => {
    const doc = clean.run({ title: 'Judul', body: 'ADVERTISEMENT\n\n578' });
    expect(doc.messages.some((m) => m.code === 'article-empty')).toBe(true);
    expect(clean.analyze({ title: 'Judul', body: '   ' }).status).toBe('error');
  });
});

describe('clean stage: author given with the input', () => {
  it('keeps an author given with the input when the text has no byline, and prefers the byline', () => {
    expect(clean.run({ body: 'Isi berita.', author: 'Meta Tag' }).meta.author).toBe('Meta Tag');
    expect(clean.run({ body: 'Isi berita.\n\nPenulis: Budi Santoso', author: 'Meta Tag' }).meta.author).toBe('Budi Santoso');
  });
});
