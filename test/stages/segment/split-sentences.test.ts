import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/stages/segment/split-sentences.js';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits plain sentences and trims them', () => {
    expect(sentences('  Harga naik. Warga mengeluh!  Apa sebabnya? ')).toEqual([
      'Harga naik.',
      'Warga mengeluh!',
      'Apa sebabnya?',
    ]);
  });

  it.each([
    ['Prof. Dr. Budi Santoso hadir. Ia bicara.', ['Prof. Dr. Budi Santoso hadir.', 'Ia bicara.']],
    ['Rumahnya di Jl. Merdeka No. 5 Jakarta. Ia pindah.', ['Rumahnya di Jl. Merdeka No. 5 Jakarta.', 'Ia pindah.']],
    ['H. Agus dan Hj. Siti datang. Mereka senang.', ['H. Agus dan Hj. Siti datang.', 'Mereka senang.']],
    ['Dipimpin Ir. Joko dan drs. Amin serta dr. Rina.', ['Dipimpin Ir. Joko dan drs. Amin serta dr. Rina.']],
    ['Dikirim a.n. Budi dan u.p. Direktur Keuangan.', ['Dikirim a.n. Budi dan u.p. Direktur Keuangan.']],
    ['Saham PT. Astra naik.', ['Saham PT. Astra naik.']],
    ['Ahmad, S.H., M.Si. Menjabat sejak 2019.', ['Ahmad, S.H., M.Si. Menjabat sejak 2019.']],
    ['Susilo B. Yudhoyono tiba.', ['Susilo B. Yudhoyono tiba.']],
    ['Pendiri Facebook Inc. Mark Zuckerberg rugi.', ['Pendiri Facebook Inc. Mark Zuckerberg rugi.']],
    ['Saham PT Bank Central Asia Tbk. BBCA naik.', ['Saham PT Bank Central Asia Tbk. BBCA naik.']],
    ['Dijual beras, gula, dsb. untuk warga.', ['Dijual beras, gula, dsb. untuk warga.']],
    ['Saham PT Bank Central Asia Tbk. Namun ia ragu.', ['Saham PT Bank Central Asia Tbk.', 'Namun ia ragu.']],
    ['Ia lahir di Kab. Bogor, Prov. Jawa Barat.', ['Ia lahir di Kab. Bogor, Prov. Jawa Barat.']],
    ['Lihat hlm. 12 dan tgl. 5 Mei.', ['Lihat hlm. 12 dan tgl. 5 Mei.']],
    ['Harganya Rp. 5.000 per kilo.', ['Harganya Rp. 5.000 per kilo.']],
  ])('keeps abbreviations inside the sentence: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('ends a sentence after a list ender followed by a capital, not by a lowercase word', () => {
    expect(sentences('Dijual beras, gula, dll. Ibunya membeli.')).toEqual(['Dijual beras, gula, dll.', 'Ibunya membeli.']);
    expect(sentences('Dijual beras, gula, dll. untuk warga.')).toEqual(['Dijual beras, gula, dll. untuk warga.']);
  });

  it('ends a sentence after an initial when a sentence opener follows', () => {
    expect(sentences('Ia masuk kelas A. Namun ia gagal.')).toEqual(['Ia masuk kelas A.', 'Namun ia gagal.']);
  });

  it.each([
    ['Harganya Rp 1.500.000 per unit. Stok habis.', ['Harganya Rp 1.500.000 per unit.', 'Stok habis.']],
    ['Rapat pukul 14.00 WIB. Semua hadir.', ['Rapat pukul 14.00 WIB.', 'Semua hadir.']],
    ['Inflasi 3.5 persen. Naik lagi.', ['Inflasi 3.5 persen.', 'Naik lagi.']],
    ['Baca di detik.com dan kompas.com. Gratis.', ['Baca di detik.com dan kompas.com.', 'Gratis.']],
    ['Kirim ke redaksi@tempo.co.id segera. Terima kasih.', ['Kirim ke redaksi@tempo.co.id segera.', 'Terima kasih.']],
  ])('does not split inside numbers, domains and e-mails: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('keeps an ellipsis followed by lowercase inside the sentence, splits before a capital', () => {
    expect(sentences('Dia diam... lalu pergi. Kami menunggu… Akhirnya dia datang.')).toEqual([
      'Dia diam... lalu pergi.',
      'Kami menunggu…',
      'Akhirnya dia datang.',
    ]);
  });

  it('keeps a quotation with its cue in one sentence', () => {
    expect(sentences('“Kami bangga. Kami kuat,” ujar Durov. Ia tersenyum.')).toEqual([
      '“Kami bangga. Kami kuat,” ujar Durov.',
      'Ia tersenyum.',
    ]);
    expect(sentences('“Ini rekor. Kami senang.” ujar Durov dalam channel Telegram.')).toEqual([
      '“Ini rekor. Kami senang.” ujar Durov dalam channel Telegram.',
    ]);
    expect(sentences('"Kami siap. Tim sudah lengkap," kata Budi.')).toEqual(['"Kami siap. Tim sudah lengkap," kata Budi.']);
    expect(sentences('“Kenapa?” tanya dia.')).toEqual(['“Kenapa?” tanya dia.']);
  });

  it('ends the sentence at a closing quote followed by a capitalised sentence', () => {
    expect(sentences('Ia berkata, “Kami siap. Semua lengkap.” Lalu ia pergi.')).toEqual([
      'Ia berkata, “Kami siap. Semua lengkap.”',
      'Lalu ia pergi.',
    ]);
  });

  it('does not let an unclosed quotation swallow the paragraph', () => {
    expect(sentences('“Kami siap. Semua lengkap. Mari mulai.')).toEqual(['“Kami siap.', 'Semua lengkap.', 'Mari mulai.']);
    expect(sentences('"Desa itu kecil. Ia merilis album "Zard Best". Lalu pergi.')).toEqual([
      '"Desa itu kecil.',
      'Ia merilis album "Zard Best".',
      'Lalu pergi.',
    ]);
  });

  it('never crosses a blank line; a single newline breaks unless the next line starts lowercase', () => {
    const text = 'Judul Berita\n\nParagraf satu tanpa titik\nbaris lanjutan. Kalimat dua\nBaris baru';
    expect(sentences(text)).toEqual(['Judul Berita', 'Paragraf satu tanpa titik\nbaris lanjutan.', 'Kalimat dua', 'Baris baru']);
    expect(sentences('satu\n\ndua')).toEqual(['satu', 'dua']);
  });

  it('splits after a missing space between a lowercase word and a capitalised one', () => {
    expect(sentences('Ia pulang.Menurut dia, aman.')).toEqual(['Ia pulang.', 'Menurut dia, aman.']);
  });

  it('keeps a list number with its item', () => {
    expect(sentences('1. Harga naik. 2. Stok turun.')).toEqual(['1. Harga naik.', '2. Stok turun.']);
  });

  it('returns offsets into the whole text and the paragraph given', () => {
    const text = 'XXX Satu. Dua. YYY';
    const out = splitSentences(text, 4, 14, 7);
    expect(out).toEqual([
      { start: 4, end: 9, paragraph: 7 },
      { start: 10, end: 14, paragraph: 7 },
    ]);
  });

  it('returns nothing for blank input', () => {
    expect(splitSentences('   \n\n ')).toEqual([]);
    expect(splitSentences('')).toEqual([]);
  });
});
