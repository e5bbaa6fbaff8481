import { describe, expect, it } from 'vitest';
import { WartaConfigError, WartaInputError } from '../../../src/errors.js';
import { createStemmer, stem } from '../../../src/stages/stem/index.js';
import { hasFastProperties } from '../../helpers/v8-shape.js';

// Pairs that follow Sastrawi's conventions, each checked against natural's port.
const SASTRAWI_PAIRS: [string, string][] = [
  ['memakan', 'makan'],
  ['menangani', 'tangan'],
  ['terbesar', 'besar'],
  ['pertumbuhan', 'tumbuh'],
  ['kebijakan', 'bijak'],
  ['mengatakan', 'kata'],
  ['pengguna', 'guna'],
  ['perekonomian', 'ekonomi'],
  ['berhasil', 'hasil'],
  ['didapatkan', 'dapat'],
  ['melaporkan', 'lapor'],
  ['peningkatan', 'tingkat'],
  ['pembangunan', 'bangun'],
  ['keuntungan', 'untung'],
  ['pemerintah', 'perintah'],
  ['perusahaan', 'usaha'],
  ['kenaikan', 'naik'],
  ['penjualan', 'jual'],
  ['bekerja', 'kerja'],
  ['membantu', 'bantu'],
  ['menyapa', 'sapa'],
  ['mengecewakan', 'kecewa'],
  ['melakukannya', 'laku'],
  ['kerugian', 'rugi'],
  ['pengungsi', 'ungsi'],
  ['menyampaikan', 'sampai'],
  ['penanganan', 'tangan'],
  ['keberhasilan', 'hasil'],
  ['pertanian', 'tani'],
  ['pelajaran', 'ajar'],
  ['pelaksanaan', 'laksana'],
  ['dibeli', 'beli'],
  ['terjadi', 'jadi'],
  ['sebelumnya', 'belum'],
  ['nikmatilah', 'nikmat'],
  ['hancurlah', 'hancur'],
  ['bukumu', 'buku'],
  ['anak-anak', 'anak'],
  ['sehari-hari', 'hari'],
  ['ketika', 'ketika'],
  ['kepada', 'kepada'],
  ['presiden', 'presiden'],
];

describe('stem', () => {
  it.each(SASTRAWI_PAIRS)('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each([
    ['perbankan', 'bank'],
    ['perpajakan', 'pajak'],
    ['senilai', 'nilai'],
    ['berupa', 'rupa'],
    ['menikah', 'nikah'],
    ['penarikan', 'tarik'],
    ['kerusakan', 'rusak'],
    ['pengunjung', 'kunjung'],
  ])('repairs a rare short root that shadows the common one: %s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each([
    ['nila', 'nila'],
    ['memeluk', 'peluk'],
    ['menari', 'tari'],
    ['petani', 'tani'],
    ['arang', 'arang'],
  ])('keeps the short root where it is right: %s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('lowercases its input', () => {
    expect(stem('Pertumbuhan')).toBe('tumbuh');
    expect(stem('MENANGANI')).toBe('tangan');
    expect(stem('Telegram')).toBe('telegram');
  });

  it('only lowercases words with digits and short all-caps acronyms', () => {
    expect(stem('ke-81')).toBe('ke-81');
    expect(stem('COVID-19')).toBe('covid-19');
    expect(stem('5G')).toBe('5g');
    // "PENGGUNA" is 8 letters: stemmed; "BERI" (4 letters, all caps) is taken for an acronym
    expect(stem('PENGGUNA')).toBe('guna');
    expect(stem('BERI')).toBe('beri');
    expect(stem('Beri')).toBe('beri');
    expect(stem('MEMBERI')).toBe('beri');
  });

  it('leaves words it cannot reduce, and non-words, lowercased', () => {
    expect(stem('Zuckerberg')).toBe('zuckerberg');
    expect(stem('detik.com')).toBe('detik.com');
    expect(stem('')).toBe('');
  });

  it('throws WartaInputError for a non-string', () => {
    expect(() => stem(42 as unknown as string)).toThrow(WartaInputError);
    expect(() => stem(null as unknown as string)).toThrow(/must be a string, got null/);
    expect(() => stem(undefined as unknown as string)).toThrow(WartaInputError);
  });
});

describe('createStemmer cache', () => {
  it('is an object with fast properties (its stem is read once a word)', () => {
    const s = createStemmer({ cacheSize: 10 });
    expect(hasFastProperties(s)).toBe(true);
    const { stem: detached } = s;
    expect(detached('pertumbuhan')).toBe('tumbuh');
    expect(s.cacheSize).toBe(1);
  });

  it('gives the same result from the cache', () => {
    const s = createStemmer({ cacheSize: 10 });
    expect(s.stem('pertumbuhan')).toBe('tumbuh');
    expect(s.cacheSize).toBe(1);
    expect(s.stem('pertumbuhan')).toBe('tumbuh');
    expect(s.cacheSize).toBe(1);
  });

  it('never holds more than its capacity', () => {
    const s = createStemmer({ cacheSize: 3 });
    const words = ['memakan', 'menangani', 'terbesar', 'pertumbuhan', 'kebijakan', 'memakan', 'berhasil'];
    for (const w of words) {
      s.stem(w);
      expect(s.cacheSize).toBeLessThanOrEqual(3);
    }
    expect(s.cacheSize).toBeGreaterThan(0);
    expect(s.cacheCapacity).toBe(3);
    const size = s.cacheSize;
    // the last word is still cached: asking again adds nothing
    expect(s.stem('berhasil')).toBe('hasil');
    expect(s.cacheSize).toBe(size);
    expect(s.stem('menangani')).toBe('tangan');
  });

  it('keys the cache by lowercase form, and caches only words natural may change', () => {
    const s = createStemmer({ cacheSize: 10 });
    expect(s.stem('Pemerintah')).toBe('perintah');
    expect(s.stem('pemerintah')).toBe('perintah');
    expect(s.cacheSize).toBe(1);
    expect(s.stem('Jakarta')).toBe('jakarta');
    expect(s.stem('yang')).toBe('yang');
    expect(s.cacheSize).toBe(1);
    // the acronym rule still sees the original case
    expect(s.stem('BERI')).toBe('beri');
    expect(s.stem('MEMBERI')).toBe('beri');
  });

  it('works with the cache off', () => {
    const s = createStemmer({ cacheSize: 0 });
    expect(s.stem('kebijakan')).toBe('bijak');
    expect(s.cacheSize).toBe(0);
  });

  it('rejects a bad cache size when built', () => {
    expect(() => createStemmer({ cacheSize: -1 })).toThrow(WartaConfigError);
    expect(() => createStemmer({ cacheSize: 1.5 })).toThrow(/non-negative integer/);
  });
});
