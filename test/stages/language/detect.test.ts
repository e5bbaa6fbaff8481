import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/index.js';
import { MAX_SCORED_CHARS } from '../../../src/stages/language/score.js';

// Sentences written for these tests (not in corpora/langid), news style.
const ID = 'Pemerintah kota berencana memperbaiki trotoar yang rusak karena banyak pejalan kaki mengeluh, ujar Kepala Dinas Pekerjaan Umum.';
const MS = 'Kerajaan negeri bercadang membaiki laluan pejalan kaki yang rosak kerana ramai penduduk membuat aduan, kata Pengarah Jabatan Kerja Raya.';
const JV = 'Wong-wong ing desa iku wis suwe ngenteni dalan anyar, nanging pamarentah durung menehi wangsulan.';
const SU = 'Warga di désa éta geus lila ngadagoan jalan anyar, tapi pamaréntah can méré jawaban nanaon.';
const EN = 'The city government plans to repair damaged sidewalks after many pedestrians complained, the head of the public works agency said.';

describe('detectLanguage', () => {
  it.each([
    ['id', ID],
    ['ms', MS],
    ['jv', JV],
    ['su', SU],
    ['en', EN],
  ])('reads a %s news sentence', (code, text) => {
    const guess = detectLanguage(text);
    expect(guess.code).toBe(code);
    expect(guess.confidence).toBeGreaterThan(0.5);
    expect(guess.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    ['id', 'Harga Cabai Rawit Melonjak Jelang Lebaran, Pedagang Mengeluh'],
    ['ms', 'Harga Cili Padi Melonjak Menjelang Hari Raya, Peniaga Merungut'],
    ['id', 'Polisi Tangkap Dua Tersangka Pencurian Mobil di Bekasi'],
    ['ms', 'Polis Tahan Dua Suspek Curi Kereta di Klang'],
    ['en', 'Police Arrest Two Suspects in Car Theft Case'],
  ])('reads a %s headline', (code, text) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it('reads all-caps text like its lowercase form', () => {
    expect(detectLanguage(ID.toUpperCase())).toEqual(detectLanguage(ID));
    expect(detectLanguage(MS.toUpperCase()).code).toBe('ms');
    expect(detectLanguage('PEMERINTAH MENAIKKAN HARGA BBM KARENA SUBSIDI MEMBENGKAK').code).toBe('id');
  });

  it('tells Indonesian and Malay apart on their amount conventions', () => {
    expect(detectLanguage('Nilainya mencapai Rp 1,5 triliun tahun ini.').code).toBe('id');
    expect(detectLanguage('Nilainya mencecah RM1.5 bilion tahun ini.').code).toBe('ms');
  });

  it('is more confident on a long text than on a short one', () => {
    const long = Array.from({ length: 30 }, () => ID).join(' ');
    const short = detectLanguage('Pemerintah kota berencana memperbaiki');
    const full = detectLanguage(long);
    expect(full.code).toBe('id');
    expect(full.confidence).toBeGreaterThan(0.99);
    expect(full.confidence).toBeGreaterThanOrEqual(short.confidence);
  });

  it('reads all of a paragraph: one that switches to English after two sentences is English', () => {
    // No early stop: Indonesian news gains on Malay by ~0.06 nats per character, so a stop "once
    // the margin is safe" would come late or, ignoring the rest of the text, miss a late switch.
    const late = [ID, ID, EN, EN, EN, EN, EN, EN].join(' ');
    expect(late.length).toBeLessThan(MAX_SCORED_CHARS);
    expect(detectLanguage([ID, ID].join(' ')).code).toBe('id');
    expect(detectLanguage(late).code).toBe('en');
  });

  it(`reads only the first MAX_SCORED_CHARS (${MAX_SCORED_CHARS}) characters of a text`, () => {
    const start = Array.from({ length: 13 }, () => ID).join(' ');
    expect(start.length).toBeGreaterThan(MAX_SCORED_CHARS);
    const rest = Array.from({ length: 20 }, () => EN).join(' ');
    expect(detectLanguage(`${start} ${rest}`)).toEqual(detectLanguage(start));
  });

  it.each([
    ['empty', ''],
    ['whitespace', '   \n\t '],
    ['punctuation only', '!!! ... --- ??? ***'],
    ['numbers only', '2024 12 31 1.500.000'],
    ['two words', 'Jakarta, Senin'],
  ])('says "und" with confidence 0 for %s text', (_, text) => {
    expect(detectLanguage(text)).toEqual({ code: 'und', confidence: 0 });
  });

  it('hands other languages to franc-min', () => {
    const fr = detectLanguage("Le gouvernement a annoncé hier une nouvelle loi sur le logement social pour les familles les plus modestes du pays.");
    expect(fr.code).toBe('fr');
    const de = detectLanguage('Die Regierung hat gestern ein neues Gesetz über den sozialen Wohnungsbau für Familien angekündigt.');
    expect(de.code).toBe('de');
  });

  it('gives the two-letter code of franc-min languages that have one (Nepali "npi" → "ne")', () => {
    const ne = detectLanguage('नेपालको राजधानी काठमाडौं हो र यहाँ धेरै मानिसहरू बस्छन्। सरकारले नयाँ बजेट सार्वजनिक गरेको छ।');
    expect(ne.code).toBe('ne');
  });

  it('does not call text in another script Indonesian', () => {
    const ru = detectLanguage('Правительство объявило вчера о новом законе о социальном жилье для семей.');
    expect(['id', 'ms', 'jv', 'su', 'en']).not.toContain(ru.code);
  });
});
