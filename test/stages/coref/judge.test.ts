import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/doc/candidate.js';
import { getLexicon } from '../../../src/lexicon/index.js';
import {
  trimBodyWordsOffPeople,
  dropEnglishWordPlaces,
  ageMakesPerson,
  cleanEdges,
  withoutLeadingAreaHead,
  dropNonEntities,
  dropWordsWrittenSmall,
  dropShortFormsOfNonEntities,
  dropShortFormsOfTerms,
  genericOrg,
  namedAfterKind,
  shortNamesOfOrgs,
  placesNamedInText,
  placesByContext,
  orgsByKindBefore,
  placesOpeningOrgs,
  orgsNamedAsPlaces,
  ownersArePeople,
  basesAsPlaces,
  bracketedAcronymsOfBodies,
  dropProducts,
  forumsHeld,
  dropEventNameWords,
  dropEnglishPhraseTails,
  officesActing,
  regionShortForms,
  orgsWithPlaceReadAsPlaces,
  peopleReadAsPlaces,
  joinMilitaryUnits,
  joinSpelledOutAcronyms,
  joinPurposeOrgs,
  overSentenceWord,
  splitAtNameUsedAlone,
  splitPair,
  trimPersonTitles,
  trimSentenceOpener,
  typeBrackets,
  typeByLexicon,
  trimOrgTitle,
  withFormAfter,
  withLegalForm,
  withSchoolNumber,
} from '../../../src/stages/coref/judge.js';

const lex = getLexicon();

/** A candidate over `text` at the first occurrence of `name`. */
function cand(text: string, name: string, type: Candidate['type'], source = 'model', score = 1): Candidate {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`${name} not in ${text}`);
  return { type, start, end: start + name.length, text: name, source, score };
}

/** A group of one mention of `name` (its first occurrence in `text`), as the coref stage builds them. */
function groupAt(text: string, name: string, type: 'PERSON' | 'ORG' | 'LOC', source = 'model') {
  const start = text.indexOf(name);
  return { type, text: name, mentions: [{ start, end: start + name.length, text: name, source }], source, aliases: new Set<string>() };
}

/** Each group's type and text, in order: what the rules that retype groups are checked by. */
function typesAndTexts(groups: readonly { type: string; text: string }[]): [string, string][] {
  return groups.map((x) => [x.type, x.text]);
}

describe('typeByLexicon', () => {
  const bodies = 'Tim Manggala Agni tiba di kantor LPK Karya Mandiri dekat Alfamart.';
  const forums = 'Tim dari Forkopimcam Sukaresmi, Bhayangkari Cabang Garut, Korps Marinir, DEMA Unsika dan PKBM Tunas Harapan tiba.';
  const centre = 'relawan Nahdlatul Disaster Response Center dikirim';
  const venue = 'pameran di Makassar Convention Center dibuka';
  // [case, text, name, type read, type expected]
  it.each([
    ['a known body read as a place', bodies, 'Manggala Agni', 'LOC', 'ORG'],
    ["a place opened by a known body's name and its unit", 'regu Manggala Agni Daops Sukamaju berjaga', 'Manggala Agni Daops Sukamaju', 'LOC', 'ORG'],
    ['a shop read as a person', bodies, 'Alfamart', 'PERSON', 'ORG'],
    ["a name of people's words read as an organisation after a title", 'hadir Menteri Pertanian Hendra Wijaya dan Menteri Agama', 'Hendra Wijaya', 'ORG', 'PERSON'],
    ["a body named with a word of people's names (an organisation's word in it)", 'hadir Kepala Bank Hendra Wijaya', 'Bank Hendra Wijaya', 'ORG', 'ORG'],
    ["a place opened by an organisation's marker", bodies, 'LPK Karya Mandiri', 'LOC', 'ORG'],
    ...['Forkopimcam Sukaresmi', 'Bhayangkari Cabang Garut', 'Korps Marinir', 'DEMA Unsika', 'PKBM Tunas Harapan'].map((name) => [`a forum, wives' association, corps, students' council or learning centre read as a person (${name})`, forums, name, 'PERSON', 'ORG']),
    ['a Dutch school read as a place', 'Ia belajar di Rijkskweekschool Haarlem, Belanda.', 'Rijkskweekschool Haarlem', 'LOC', 'ORG'],
    ['a place that opens with an organisation word (a hospital)', 'Rumah Sakit Anzhen Beijing di China', 'Rumah Sakit Anzhen Beijing', 'LOC', 'ORG'],
    ['a place that opens with an organisation word (a school)', 'siswa SRMA 33 Tangerang Selatan', 'SRMA 33 Tangerang Selatan', 'LOC', 'ORG'],
    ['a place ending in a known organisation acronym', 'diperiksa Divpropam Polri kemarin', 'Divpropam Polri', 'LOC', 'ORG'],
    ...['Jakarta Selatan', 'Kantor Kementerian Sosial', 'Gedung DPR', 'Tangerang Selatan'].map((name) => [`a real place, building or place-marked name left a place (${name})`, `di ${name} kemarin`, name, 'LOC', 'LOC']),
    ['a person read with an organisation word (a bus service)', 'bus Trans Metro Pasundan melintas', 'Trans Metro Pasundan', 'PERSON', 'ORG'],
    ['a person read with an organisation word (a boarding school)', 'santri Ponpes Al-Khoziny', 'Ponpes Al-Khoziny', 'PERSON', 'ORG'],
    ['a person ending with an English organisation word', 'standar International Maritime Organization berlaku', 'Maritime Organization', 'PERSON', 'ORG'],
    ['a place ending with a newspaper\'s word', 'dikutip dari Surabaya Herald, Senin', 'Surabaya Herald', 'LOC', 'ORG'],
    ['a person ending with a fund\'s word', 'dana dari Nordic Wealth Fund mengalir', 'Nordic Wealth Fund', 'PERSON', 'ORG'],
    ['a person ending with an index\'s word', 'menurut Harbour Traffic Index tahun ini', 'Harbour Traffic Index', 'PERSON', 'ORG'],
    ['"Sei X" read as a person', 'pipa ke Sei Mangkei dibangun', 'Sei Mangkei', 'PERSON', 'LOC'],
    ['a person left a person', 'kata Budi Santoso kemarin', 'Budi Santoso', 'PERSON', 'PERSON'],
    ["a place ending with an English firm's word", 'film itu diproduksi Sungai Lendang Films tahun ini', 'Sungai Lendang Films', 'LOC', 'ORG'],
    ...(['LOC', 'ORG', 'PERSON'] as const).map((type) => [`a centre read as ${type}`, centre, 'Nahdlatul Disaster Response Center', type, 'ORG']),
    ['a venue before "Center" read as a place', venue, 'Makassar Convention Center', 'LOC', 'LOC'],
    ['a venue before "Center" read as an organisation', venue, 'Makassar Convention Center', 'ORG', 'LOC'],
    ['a building word opening a centre', 'rapat di Gedung Research Center Cibinong', 'Gedung Research Center', 'LOC', 'LOC'],
    ['a building ("Wisma") read as an organisation', 'kata Rahmat di Wisma Cendana, Jakarta', 'Wisma Cendana', 'ORG', 'LOC'],
    ['a sports hall ("GOR") read as an organisation', 'laga digelar di GOR Sukamaju nanti malam', 'GOR Sukamaju', 'ORG', 'LOC'],
    ['a tower ("Menara") read as an organisation', 'kantor di Menara Sentosa Jakarta', 'Menara Sentosa', 'ORG', 'LOC'],
    ["an Indonesian embassy's short form and its place", 'imbauan KBRI Tokyo kepada WNI', 'KBRI Tokyo', 'LOC', 'ORG'],
    ["an Indonesian consulate's short form and its place", 'petugas KJRI Jeddah membantu', 'KJRI Jeddah', 'LOC', 'ORG'],
    ['a sports association ("PB") and its place', 'atlet PB Garuda Sakti Makassar juara', 'PB Garuda Sakti Makassar', 'LOC', 'ORG'],
    ['a one-word person that is also a place left a person', 'kata Bima kepada wartawan', 'Bima', 'PERSON', 'PERSON'],
  ] as [string, string, string, Candidate['type'], Candidate['type']][])('types %s', (_case, text, name, read, expected) => {
    expect(typeByLexicon(cand(text, name, read), lex).type).toBe(expected);
  });

  it("reads a country's government or authorities as the country acting as a state, not a province's", () => {
    const t = 'Pemerintah Australia menyatakan menentang aksi itu';
    const c = typeByLexicon(cand(t, 'Pemerintah Australia', 'ORG'), lex);
    expect([c.type, c.text, t.slice(c.start, c.end)]).toEqual(['LOC', 'Australia', 'Australia']);
    const u = 'Otoritas Afghanistan melaporkan korban bertambah';
    expect(typeByLexicon(cand(u, 'Otoritas Afghanistan', 'ORG'), lex).text).toBe('Afghanistan');
    const v = 'Pemerintah Aceh menyalurkan bantuan';
    expect(typeByLexicon(cand(v, 'Pemerintah Aceh', 'ORG'), lex).type).toBe('ORG');
    const w = 'Pemerintah Jawa Barat menyalurkan bantuan';
    expect(typeByLexicon(cand(w, 'Pemerintah Jawa Barat', 'ORG'), lex).text).toBe('Pemerintah Jawa Barat');
  });

});

describe('genericOrg', () => {
  it('is true of a kind of body and false of a named one', () => {
    expect(genericOrg('Dinas Sosial', lex)).toBe(true);
    expect(genericOrg('Direktorat Jenderal', lex)).toBe(true);
    expect(genericOrg('Dinas Sosial NTB', lex)).toBe(false);
    expect(genericOrg('Komisi Pemberantasan Korupsi', lex)).toBe(false);
  });
});

describe('trimPersonTitles', () => {
  it('drops ranks and titles before a name, keeping offsets true', () => {
    const t = 'Kata AKP Iriansyah kepada wartawan';
    const c = trimPersonTitles(cand(t, 'AKP Iriansyah', 'PERSON'), lex);
    expect(c?.text).toBe('Iriansyah');
    expect(t.slice(c!.start, c!.end)).toBe('Iriansyah');
  });

  it('drops a candidate that is only a title, or follows a noun for a thing', () => {
    expect(trimPersonTitles(cand('oleh Kapolres AKBP kemarin', 'Kapolres AKBP', 'PERSON'), lex)).toBeNull();
    const t = 'naik layanan Biskita Transpakuan';
    expect(trimPersonTitles(cand(t, 'Biskita Transpakuan', 'PERSON'), lex, 'naik layanan ')).toBeNull();
  });

  it("drops the level of a functional position before a name", () => {
    const t = 'Analis Kebijakan Ahli Madya Muhlis Irfan';
    expect(trimPersonTitles(cand(t, 'Madya Muhlis Irfan', 'PERSON'), lex)?.text).toBe('Muhlis Irfan');
  });

  it("drops a province's short name before a name, whatever the word after it", () => {
    const t = 'Gubernur Sumsel Herman Deru';
    expect(trimPersonTitles(cand(t, 'Sumsel Herman', 'PERSON'), lex)?.text).toBe('Herman');
    expect(typeByLexicon(cand(t, 'Sumsel', 'PERSON'), lex).type).toBe('LOC');
    expect(typeByLexicon(cand('warga negara Saudi', 'Saudi', 'PERSON'), lex).type).toBe('LOC');
  });

  it('drops a name after a noun for a vehicle, a device or an app, unless the lexicon knows it as an organisation', () => {
    const t = 'Ia memiliki mobil Sagara dan memakai aplikasi KitaBayar, bukan aplikasi Gojek.';
    expect(trimPersonTitles(cand(t, 'Sagara', 'ORG'), lex, 'memiliki mobil ')).toBeNull();
    expect(trimPersonTitles(cand(t, 'KitaBayar', 'ORG'), lex, 'memakai aplikasi ')).toBeNull();
    const kept = cand(t, 'Sagara', 'ORG');
    expect(trimPersonTitles(kept, lex, 'milik perusahaan ')).toBe(kept);
  });

  it('reads the noun right before the name as the regex did: one space after it, any script, no mark or second space', () => {
    const t = 'Ia memiliki mobil Sagara dan memakai aplikasi KitaBayar, bukan aplikasi Gojek.';
    const c = cand(t, 'Sagara', 'ORG');
    expect(trimPersonTitles(c, lex, 'mobil ')).toBeNull();
    expect(trimPersonTitles(c, lex, '(mobil) ')).toBe(c);
    expect(trimPersonTitles(c, lex, 'mobil  ')).toBe(c);
    expect(trimPersonTitles(c, lex, 'Mobil ')).toBe(c);
    // (A letter past ASCII in the word: not a product's noun, whichever way it is read.)
    expect(trimPersonTitles(c, lex, 'mobilé ')).toBe(c);
    expect(trimPersonTitles(c, lex, 'café mobil ')).toBeNull();
  });

  it('keeps a Balinese "I" and leaves other types alone', () => {
    const t = 'kata I Ketut Sukadi';
    expect(trimPersonTitles(cand(t, 'I Ketut Sukadi', 'PERSON'), lex, 'kata ')?.text).toBe('I Ketut Sukadi');
    const o = cand('PT Pertamina', 'PT Pertamina', 'ORG');
    expect(trimPersonTitles(o, lex)).toBe(o);
  });
});

describe('legal forms around an organisation', () => {
  it('takes the legal form before the name', () => {
    const t = 'menurut Perum Bulog kemarin';
    const c = withLegalForm(cand(t, 'Bulog', 'ORG'), t, lex);
    expect(c.text).toBe('Perum Bulog');
    expect(t.slice(c.start, c.end)).toBe(c.text);
  });

  it('takes the board\'s word before its level ("Pengurus [Pusat …]", "Dewan Pimpinan [Pusat …]")', () => {
    const t = 'Sebelumnya, Pimpinan Pusat Persatuan Islam Nusantara menetapkan awal puasa.';
    const c = withLegalForm(cand(t, 'Pusat Persatuan Islam Nusantara', 'ORG'), t, lex);
    expect(c.text).toBe('Pimpinan Pusat Persatuan Islam Nusantara');
    expect(t.slice(c.start, c.end)).toBe(c.text);
    const d = 'Dewan Pimpinan Wilayah Partai Harapan Rakyat menggelar rapat.';
    expect(withLegalForm(cand(d, 'Wilayah Partai Harapan Rakyat', 'ORG'), d, lex).text).toBe('Dewan Pimpinan Wilayah Partai Harapan Rakyat');
    // A level with no board's word before it stays as read.
    const e = 'kantor Pusat Riset Iklim di Bogor';
    expect(withLegalForm(cand(e, 'Pusat Riset Iklim', 'ORG'), e, lex).text).toBe('Pusat Riset Iklim');
  });

  it('takes a legal form only right before the name, after one space', () => {
    for (const [t, read] of [
      ['PT Bulog', 'PT Bulog'],
      ['Perum  Bulog', 'Bulog'],
      ['(PT) Bulog', 'Bulog'],
      [' Bulog', 'Bulog'],
    ] as const) {
      expect(withLegalForm(cand(t, 'Bulog', 'ORG'), t, lex).text).toBe(read);
    }
  });

  it('takes (Persero) Tbk after the name', () => {
    const t = 'PT Bank Tabungan Negara (Persero) Tbk mencatat laba';
    const c = withFormAfter(cand(t, 'PT Bank Tabungan Negara', 'ORG'), t);
    expect(c.text).toBe('PT Bank Tabungan Negara (Persero) Tbk');
    expect(t.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('cleanEdges', () => {
  it('drops function words, brackets and lowercase words at the edges', () => {
    const t = 'ke Kementerian Haji dan kemarin';
    expect(cleanEdges(cand(t, 'Kementerian Haji dan', 'ORG'))?.text).toBe('Kementerian Haji');
    const u = 'di kantor KPU RI pusat';
    const c = cleanEdges(cand(u, 'kantor KPU RI', 'ORG'));
    expect(c?.text).toBe('KPU RI');
    expect(u.slice(c!.start, c!.end)).toBe('KPU RI');
  });

  it('drops a span over a lowercase word ending a sentence and the word opening the next, not a lowercase abbreviation before a place', () => {
    const t = 'Kelambu tidak ditaruh di kantor distrik. Kader juga dilatih, kata warga kab. Bogor.';
    expect(cleanEdges(cand(t, 'distrik. Kader', 'LOC'))).toBeNull();
    expect(cleanEdges(cand(t, 'kantor distrik. Kader', 'LOC'))).toBeNull();
    expect(cleanEdges(cand(t, 'kab. Bogor', 'LOC'))).not.toBeNull();
  });

  it('reads the street a filling station is named by as the place', () => {
    const t = 'Antrean mengular di SPBU Jalan Sudirman dan SPBU Jl. Diponegoro, juga di SPBU Kaliurang.';
    const c = cleanEdges(cand(t, 'SPBU Jalan Sudirman', 'LOC'));
    expect(c?.text).toBe('Jalan Sudirman');
    expect(t.slice(c!.start, c!.end)).toBe('Jalan Sudirman');
    expect(cleanEdges(cand(t, 'SPBU Jl. Diponegoro', 'LOC'))?.text).toBe('Jl. Diponegoro');
    expect(cleanEdges(cand(t, 'SPBU Kaliurang', 'LOC'))?.text).toBe('SPBU Kaliurang');
  });

  it("drops the health insurance's segment of members after its name, not a region's acronym after a body", () => {
    const t = 'Kuota peserta BPJS Kesehatan PBI berkurang, iuran BPJS Kesehatan PBPU naik, kata Pemkab PPU.';
    expect(cleanEdges(cand(t, 'BPJS Kesehatan PBI', 'ORG'))?.text).toBe('BPJS Kesehatan');
    expect(cleanEdges(cand(t, 'BPJS Kesehatan PBPU', 'ORG'))?.text).toBe('BPJS Kesehatan');
    expect(cleanEdges(cand(t, 'Pemkab PPU', 'ORG'))?.text).toBe('Pemkab PPU');
  });

  it("drops a name's prefix at the end of an organisation", () => {
    const t = 'Dekan Fakultas Ekonomi Universitas Nusa Dr Budi Santoso mengatakan';
    expect(cleanEdges(cand(t, 'Fakultas Ekonomi Universitas Nusa Dr', 'ORG'))?.text).toBe('Fakultas Ekonomi Universitas Nusa');
  });

  it('drops a preposition glued to an acronym by a lost space ("dariAFP"), only before an acronym ("dariReuters" is left as read)', () => {
    const t = 'seperti dilaporkan dariReuters dan dikutip dariAFP, Selasa (7/10/2025).';
    const c = cleanEdges(cand(t, 'dariAFP', 'ORG'));
    expect(c?.text).toBe('AFP');
    expect(t.slice(c!.start, c!.end)).toBe('AFP');
    expect(cleanEdges(cand(t, 'dariReuters', 'ORG'))?.text).toBe('dariReuters');
  });

  it('is null when no name is left', () => {
    expect(cleanEdges(cand('ya dan itu', 'dan', 'ORG'))).toBeNull();
  });
});

describe('splitPair', () => {
  it("cuts a person's name where the next one runs into it (a list's lost line breaks), keeps a capital inside a name", () => {
    const t = 'Anak Alm. Bripka Slamet\nAyu LestariranaBudi Santoso Wibowo dan Ronald McDonald hadir';
    const parts = splitPair(cand(t, 'Ayu LestariranaBudi Santoso Wibowo', 'PERSON'), lex);
    expect(parts.map((c) => c.text)).toEqual(['Ayu Lestarirana', 'Budi Santoso Wibowo']);
    for (const c of parts) expect(t.slice(c.start, c.end)).toBe(c.text);
    expect(splitPair(cand(t, 'Ronald McDonald', 'PERSON'), lex).map((c) => c.text)).toEqual(['Ronald McDonald']);
  });

  it('splits a route between known places and two people paired by a hyphen', () => {
    const t = 'rute Bandung-Cirebon dibuka';
    expect(splitPair(cand(t, 'Bandung-Cirebon', 'LOC'), lex).map((c) => c.text)).toEqual(['Bandung', 'Cirebon']);
    const p = 'pasangan Prabowo Subianto-Gibran Rakabuming Raka menang';
    const parts = splitPair(cand(p, 'Prabowo Subianto-Gibran Rakabuming Raka', 'PERSON'), lex);
    expect(parts.map((c) => c.text)).toEqual(['Prabowo Subianto', 'Gibran Rakabuming Raka']);
    for (const c of parts) expect(p.slice(c.start, c.end)).toBe(c.text);
  });

  it("splits a place before an area's kind inside it, but not a body's office or a town hall", () => {
    const t = 'di hutan Wana Jati, Tegal Sari Kecamatan Wonoayu, dan Posyandu Desa Sukamaju serta Balai Kota Batu';
    expect(splitPair(cand(t, 'Tegal Sari Kecamatan Wonoayu', 'LOC'), lex).map((c) => c.text)).toEqual(['Tegal Sari', 'Kecamatan Wonoayu']);
    expect(splitPair(cand(t, 'Posyandu Desa Sukamaju', 'LOC'), lex).map((c) => c.text)).toEqual(['Posyandu Desa Sukamaju']);
    expect(splitPair(cand(t, 'Balai Kota Batu', 'LOC'), lex).map((c) => c.text)).toEqual(['Balai Kota Batu']);
  });

  it('splits known places written one after another, and keeps a place the lexicon knows whole', () => {
    const t = 'Pesantren di Sumenep Madura itu';
    const parts = splitPair(cand(t, 'Sumenep Madura', 'LOC'), lex);
    expect(parts.map((c) => c.text)).toEqual(['Sumenep', 'Madura']);
    for (const c of parts) expect(t.slice(c.start, c.end)).toBe(c.text);
    for (const whole of ['Jakarta Selatan', 'Labuan Bajo', 'Bangka Belitung', 'Kabupaten Bogor']) {
      const u = `di ${whole} kemarin`;
      expect(splitPair(cand(u, whole, 'LOC'), lex).map((c) => c.text), whole).toEqual([whole]);
    }
  });

  it('keeps a road named by its ends whole', () => {
    const t = 'di Tol Jakarta-Cikampek macet';
    expect(splitPair(cand(t, 'Tol Jakarta-Cikampek', 'LOC'), lex).map((c) => c.text)).toEqual(['Tol Jakarta-Cikampek']);
  });
});

describe('typeBrackets', () => {
  it('gives a bracketed form the type of the name before it', () => {
    const t = 'Badan Pusat Statistik (BPS) mencatat';
    const out = typeBrackets([cand(t, 'Badan Pusat Statistik', 'ORG', 'model', 2), cand(t, 'BPS', 'LOC')], t);
    expect(out[1]!.type).toBe('ORG');
  });

  it("keeps a place's short name after a body's name that ends with that place a place", () => {
    const t = 'Dinas Pariwisata Kalimantan Timur (Kaltim) menggelar pameran';
    const out = typeBrackets([cand(t, 'Dinas Pariwisata Kalimantan Timur', 'ORG', 'org/marker', 3), cand(t, 'Kaltim', 'ORG')], t, lex);
    expect(out[1]!.type).toBe('LOC');
  });
});

describe('trimOrgTitle', () => {
  it('cuts a title and its portfolio words from an organisation, and drops a title alone', () => {
    const t = 'kata Direktur Utama Pertamina kemarin';
    expect(trimOrgTitle(cand(t, 'Direktur Utama Pertamina', 'ORG'), lex)?.text).toBe('Pertamina');
    const u = 'kata Vice President Corporate Communication kemarin';
    expect(trimOrgTitle(cand(u, 'Vice President Corporate Communication', 'ORG'), lex)).toBeNull();
  });

  it('leaves organisations that open with a marker or that the lexicon knows, and other types', () => {
    for (const name of ['Kementerian Keuangan', 'Badan Gizi Nasional', 'Telegram']) {
      const t = `di ${name} kemarin`;
      expect(trimOrgTitle(cand(t, name, 'ORG'), lex)?.text, name).toBe(name);
    }
    const p = 'kata Menteri Keuangan kemarin';
    expect(trimOrgTitle(cand(p, 'Menteri Keuangan', 'PERSON'), lex)?.text).toBe('Menteri Keuangan');
  });

  it("cuts a written source's noun from the organisation that wrote it", () => {
    const t = 'Studi Universitas Nusa Bangsa menyebut angka itu naik';
    const out = trimOrgTitle(cand(t, 'Studi Universitas Nusa Bangsa', 'ORG'), lex);
    expect(out?.text).toBe('Universitas Nusa Bangsa');
    expect(out?.start).toBe(t.indexOf('Universitas'));
    const u = 'menurut Kajian LSM Hijau Lestari tahun ini';
    expect(trimOrgTitle(cand(u, 'Kajian LSM Hijau Lestari', 'ORG'), lex)?.text).toBe('LSM Hijau Lestari');
    // (Read as a place by the tagger, the same cut.)
    expect(trimOrgTitle(cand(t, 'Studi Universitas Nusa Bangsa', 'LOC'), lex)?.text).toBe('Universitas Nusa Bangsa');
  });
});

describe('trimPersonTitles after a noun for a thing', () => {
  it('drops a name after a whole lowercase noun for a thing, never after the end of a capitalised word', () => {
    const t = 'naik kereta Argo Bromo ke Surabaya';
    expect(trimPersonTitles(cand(t, 'Argo Bromo', 'PERSON'), lex, t.slice(0, t.indexOf('Argo')))).toBeNull();
    // "Koperasi" ends in "operasi", a noun for a thing: the word before the name is "Koperasi".
    const u = 'Hadir Wakil Menteri Koperasi Farida Farichah kemarin';
    expect(trimPersonTitles(cand(u, 'Farida Farichah', 'PERSON'), lex, u.slice(u.indexOf('Farida') - 20, u.indexOf('Farida')))?.text).toBe('Farida Farichah');
  });

  it("drops a name after a thing's noun capitalised as a headline's first word, not as a title's last word", () => {
    const t = 'Kopi Toraja Makin Diburu';
    expect(trimPersonTitles(cand(t, 'Toraja', 'PERSON'), lex, 'Kopi ')).toBeNull();
    const u = 'Menteri Pendidikan Tinggi, Sains, dan Teknologi Rudi Hartanto hadir';
    const at = u.indexOf('Rudi');
    expect(trimPersonTitles(cand(u, 'Rudi Hartanto', 'PERSON'), lex, u.slice(at - 20, at))?.text).toBe('Rudi Hartanto');
  });

  it("drops a person's name that opens with a thing's noun or a programme's or a ship's head, unless a person's word follows", () => {
    const t = 'Kopi Kintamani dan Bansos Pangan dikirim dengan KRI Tanjung Kalian, kata Hari Prasetyo.';
    expect(trimPersonTitles(cand(t, 'Kopi Kintamani', 'PERSON'), lex)).toBeNull();
    expect(trimPersonTitles(cand(t, 'Bansos Pangan', 'PERSON'), lex)).toBeNull();
    expect(trimPersonTitles(cand(t, 'KRI Tanjung Kalian', 'PERSON'), lex)).toBeNull();
    expect(trimPersonTitles(cand(t, 'Hari Prasetyo', 'PERSON'), lex, 'kata ')?.text).toBe('Hari Prasetyo');
  });
});


describe('dropShortFormsOfNonEntities', () => {
  it("drops the short form of an event or a programme, and the headline's words holding it", () => {
    const t = 'Peringati Harhubnas\nBupati mengatakan Hari Perhubungan Nasional (Harhubnas) menjadi momentum. Penerima Program Keluarga Harapan (PKH) dan Badan Pusat Statistik (BPS).';
    const cs = [cand(t, 'Peringati Harhubnas', 'PERSON'), cand(t, '(Harhubnas)', 'PERSON'), cand(t, 'PKH', 'ORG'), cand(t, 'BPS', 'ORG')].map((c) =>
      c.text.startsWith('(') ? { ...c, start: c.start + 1, end: c.end - 1, text: c.text.slice(1, -1) } : c,
    );
    expect(dropShortFormsOfNonEntities(cs, t, lex).map((c) => c.text)).toEqual(['BPS']);
  });
});

describe('dropShortFormsOfTerms', () => {
  it("drops a word read as a person that shortens the words around it, keeps a person's initials", () => {
    const t =
      'SD itu memiliki 5 rombongan belajar (Rombel). Rombel itu diisi 120 siswa. Mobil Kendil (Kendaraan Desa Irit Lincah) dirakit di Klaten. Terdakwa Bambang Rudi Santoso (BRS) dan Sutarji hadir.';
    const at = (name: string, from = 0) => {
      const start = t.indexOf(name, from);
      return { type: 'PERSON' as const, start, end: start + name.length, text: name, source: 'model', score: 1 };
    };
    const cs = [at('Rombel'), at('Rombel', t.indexOf('Rombel') + 7), at('Kendil'), at('Bambang Rudi Santoso'), at('BRS'), at('Sutarji')];
    expect(dropShortFormsOfTerms(cs, t).map((c) => c.text)).toEqual(['Bambang Rudi Santoso', 'BRS', 'Sutarji']);
  });
});

describe('dropShortFormsOfNonEntities after a document\'s head', () => {
  it('drops the rest of a document\'s name read without its head, keeps a place or a body the lexicon knows', () => {
    const t = 'Menurut Deklarasi Bersama Hak Nelayan dan Konvensi Jenewa, negara wajib melindungi mereka.';
    const cs = [cand(t, 'Bersama Hak Nelayan', 'ORG'), cand(t, 'Jenewa', 'LOC')];
    expect(dropShortFormsOfNonEntities(cs, t, lex).map((c) => c.text)).toEqual(['Jenewa']);
  });
});

describe('dropWordsWrittenSmall', () => {
  it('drops one capitalised word read as a person or a place that the article also writes small, keeps known places and names', () => {
    const t = 'Kabupaten menetapkan 12 Warisan Budaya Takbenda, baik benda maupun takbenda. Obat Antiradang dari daun itu bersifat antiradang. Tim dari Bali menemui Budi; budi pekerti dan bali rasa.';
    const groups = [groupAt(t, 'Takbenda', 'LOC'), groupAt(t, 'Antiradang', 'PERSON'), groupAt(t, 'Bali', 'LOC'), groupAt(t, 'Budi', 'PERSON')];
    expect(dropWordsWrittenSmall(groups, t, lex).map((g) => g.text)).toEqual(['Bali', 'Budi']);
  });
});

describe('dropNonEntities', () => {
  /** A group named `text` with one mention of it, read as `type`. */
  const group = (text: string, type: 'PERSON' | 'ORG' | 'LOC' = 'ORG') => ({ type, text, mentions: [{ start: 0, end: text.length, text }], source: 'model', aliases: new Set<string>() });

  it("drops a place's name holding a programme's acronym, keeps a place or a building with one, a site of a kind, and an organisation", () => {
    const kept = dropNonEntities([group('KUBE PKH', 'LOC'), group('Posko BLT', 'LOC'), group('Gedung BLT', 'LOC'), group('Desa BLT Makmur', 'LOC'), group('GOR Bina Raga', 'LOC'), group('Satgas PHK', 'ORG')] as never, lex);
    expect(kept.map((g) => g.text)).toEqual(['Gedung BLT', 'Desa BLT Makmur', 'GOR Bina Raga', 'Satgas PHK']);
  });

  it("drops a segment of the health insurance's members, named alone or with its payer", () => {
    const kept = dropNonEntities([group('PBI'), group('PBI JK'), group('PBPU Pemda'), group('BPJS Kesehatan')] as never, lex);
    expect(kept.map((g) => g.text)).toEqual(['BPJS Kesehatan']);
  });

  it("drops a village's kind of body named in full, keeps one named by its village", () => {
    const kept = dropNonEntities([group('Badan Permusyawaratan Desa'), group('Lembaga Pemberdayaan Masyarakat'), group('Badan Permusyawaratan Desa Sukamaju')] as never, lex);
    expect(kept.map((g) => g.text)).toEqual(['Badan Permusyawaratan Desa Sukamaju']);
  });

  it("drops a programme's name followed by a kind of body, keeps a named government", () => {
    const kept = dropNonEntities([group('Asta Cita Pemerintah'), group('Pemerintah Kabupaten Gresik')] as never, lex);
    expect(kept.map((g) => g.text)).toEqual(['Pemerintah Kabupaten Gresik']);
  });

  it("drops an English phrase read as a person with its short form, keeps an English-named body with its own ('Foreign Terrorist Fighters (FTF)')", () => {
    const withForms = (type: 'PERSON' | 'ORG', text: string, ...forms: string[]) => ({ type, text, mentions: [text, ...forms].map((t) => ({ start: 0, end: t.length, text: t })), source: 'model', aliases: new Set(forms) });
    const kept = dropNonEntities([withForms('PERSON', 'Foreign Terrorist Fighters', 'FTF'), withForms('ORG', 'Financial Action Task Force', 'FATF'), withForms('PERSON', 'Budi Santoso', 'BS')] as never, lex);
    expect(kept.map((g) => g.text)).toEqual(['Financial Action Task Force', 'Budi Santoso']);
  });

  it('drops events with their short forms, keeps an English-named institute and a forum the lexicon knows', () => {
    const withForms = (text: string, ...forms: string[]) => ({ type: 'ORG' as const, text, mentions: [text, ...forms].map((t) => ({ start: 0, end: t.length, text: t })), source: 'model', aliases: new Set(forms) });
    const kept = dropNonEntities(
      [withForms('Mahakam Investment Forum', 'MIF'), withForms('Kompetisi Debat Mahasiswa Indonesia', 'KDMI'), withForms('Tencent WE Summit'), withForms('Indonesia Presidential Studies', 'IPS'), withForms('World Economic Forum', 'WEF')] as never,
      lex,
    );
    expect(kept.map((g) => g.text)).toEqual(['Indonesia Presidential Studies', 'World Economic Forum']);
  });

  it('drops a numbered session and a research mission with their short forms, keeps an English-named body', () => {
    const withForms = (text: string, ...forms: string[]) => ({ type: 'ORG' as const, text, mentions: [text, ...forms].map((t) => ({ start: 0, end: t.length, text: t })), source: 'model', aliases: new Set(forms) });
    const kept = dropNonEntities(
      [withForms('Plenary Session III'), withForms('Soil Moisture and Ocean Experiment', 'SMOE'), withForms('Regional Energy Workshop 2025'), withForms('Ocean Research Institute', 'ORI')] as never,
      lex,
    );
    expect(kept.map((g) => g.text)).toEqual(['Ocean Research Institute']);
  });

  it('drops a kind of exchange or armed force named by common words, keeps one of a place and a body the lexicon knows', () => {
    const kept = dropNonEntities([group('Bursa Komoditas'), group('Angkatan Laut'), group('Bursa Efek Indonesia'), group('Kantor Staf Presiden')] as never, lex);
    expect(kept.map((g) => g.text)).toEqual(['Bursa Efek Indonesia', 'Kantor Staf Presiden']);
  });

  it('drops a kind of body named in full or by its short form ("Badan Usaha Milik Negara", "BUMN", "Puskesmas"), keeps one named', () => {
    const withForms = (text: string, ...forms: string[]) => ({ type: 'ORG' as const, text, mentions: [text, ...forms].map((t) => ({ start: 0, end: t.length, text: t })), source: 'model', aliases: new Set(forms) });
    const kept = dropNonEntities(
      [withForms('Badan Usaha Milik Negara', 'BUMN'), withForms('BUMN'), withForms('Pusat Kesehatan Masyarakat'), withForms('Puskesmas Sukamaju'), withForms('Kementerian BUMN')] as never,
      lex,
    );
    expect(kept.map((g) => g.text)).toEqual(['Puskesmas Sukamaju', 'Kementerian BUMN']);
  });

  it('drops the kinds of bodies a sector\'s rules name ("Badan Usaha Jalan Tol (BUJT)", "Lembaga Keuangan Mikro", "Sovereign Wealth Fund", "Bursa Berjangka"), keeps one named', () => {
    const withForms = (text: string, ...forms: string[]) => ({ type: 'ORG' as const, text, mentions: [text, ...forms].map((t) => ({ start: 0, end: t.length, text: t })), source: 'model', aliases: new Set(forms) });
    const kept = dropNonEntities(
      [withForms('Badan Usaha Jalan Tol', 'BUJT'), withForms('Badan Usaha Pelaksana'), withForms('Lembaga Keuangan Mikro'), withForms('Perusahaan Modal Ventura'), withForms('Lembaga Pembiayaan'), withForms('Sovereign Wealth Fund'), withForms('Bursa Berjangka'), withForms('PT Jasamarga Tol Nusantara'), withForms('Bursa Berjangka Nusantara')] as never,
      lex,
    );
    expect(kept.map((g) => g.text)).toEqual(['PT Jasamarga Tol Nusantara', 'Bursa Berjangka Nusantara']);
  });

  it('drops documents: an agreement, a covenant or a declaration by its head or its English last word, and an admissions system\'s short form', () => {
    const withForms = (text: string, ...forms: string[]) => ({ type: 'ORG' as const, text, mentions: [text, ...forms].map((t) => ({ start: 0, end: t.length, text: t })), source: 'model', aliases: new Set(forms) });
    const kept = dropNonEntities(
      [withForms('Perjanjian Kerja Sama', 'PKB'), withForms('Mekong Water Security Agreement'), withForms('Kovenan Hak Ekonomi'), withForms('SPMB SD', 'SPMB'), withForms('Partai Sejahtera Bersama', 'PSB')] as never,
      lex,
    );
    expect(kept.map((g) => g.text)).toEqual(['Partai Sejahtera Bersama']);
  });

  it('drops a meeting named by its short name ("Musda", "Rakernas")', () => {
    const kept = dropNonEntities([group('Musda', 'LOC'), group('Rakernas'), group('Demokrat')] as never, lex);
    expect(kept.map((g) => g.text)).toEqual(['Demokrat']);
  });

  it('drops a filling station or a training centre named by its kind alone ("SPBE", "BLK"), keeps one named', () => {
    const kept = dropNonEntities([group('SPBE', 'LOC'), group('BLK', 'LOC'), group('SPKLU', 'ORG'), group('SPBE Cibinong', 'LOC')] as never, lex);
    expect(kept.map((g) => g.text)).toEqual(['SPBE Cibinong']);
  });

  it('drops a plan named like a body ("Rencana Kerja Pemerintah")', () => {
    const kept = dropNonEntities([group('Rencana Kerja Pemerintah'), group('Rencana Aksi Daerah'), group('Pemerintah Kota Bitung')] as never, lex);
    expect(kept.map((g) => g.text)).toEqual(['Pemerintah Kota Bitung']);
  });

  it('drops a person read in a title alone ("Bhabinkamtibmas", "Kakanwil"), keeps a name', () => {
    const kept = dropNonEntities(['Bhabinkamtibmas', 'Kakanwil', 'Jamintel', 'Sukadi'].map((n) => group(n, 'PERSON')) as never, lex);
    expect(kept.map((g) => g.text)).toEqual(['Sukadi']);
  });

  it('drops a person read in English words that are last names too ("Early Warning System", "Good Stats"), keeps English people\'s names', () => {
    const names = ['Early Warning System', 'Good Stats', 'Mike Johnson', 'Harry Brown', 'Marie Louise', 'Declan Rice'];
    const kept = dropNonEntities(names.map((n) => group(n, 'PERSON')) as never, lex);
    expect(kept.map((g) => g.text)).toEqual(['Mike Johnson', 'Harry Brown', 'Marie Louise', 'Declan Rice']);
  });

  it('drops a person read in a name ending with an English noun of a field or a method ("Care Economy", "Adaptive Water Flood"), keeps people named so', () => {
    const names = ['Care Economy', 'Exploratory Factor Analysis', 'Adaptive Water Flood', 'Waterflood', 'Harry Flood', 'Budi Economy', 'Factor', 'Andi Santoso'];
    const kept = dropNonEntities(names.map((n) => group(n, 'PERSON')) as never, lex);
    expect(kept.map((g) => g.text)).toEqual(['Harry Flood', 'Budi Economy', 'Factor', 'Andi Santoso']);
  });

  it('drops English phrases with function words and plurals, keeps institutions named so', () => {
    const kept = dropNonEntities(
      [group('Zero Tolerance on Bribery'), group('Put on Production and Exploration'), group('for Materials'), group('University of Arizona'), group('Times of India')] as never,
      lex,
    );
    expect(kept.map((g) => g.text)).toEqual(['University of Arizona', 'Times of India']);
  });

  it('drops a programme written with a hyphen and "Tanah Air" alone', () => {
    const kept = dropNonEntities(
      [group('Kopdes Merah-Putih', 'PERSON'), group('Tanah Air', 'LOC'), group('Merah Putih Siregar', 'PERSON'), group('Tindak Pidana Umum', 'PERSON'), group('Andre Utama', 'PERSON'), group('Marie Louise', 'PERSON')] as never,
      lex,
    );
    expect(kept.map((g) => g.text)).toEqual(['Merah Putih Siregar', 'Andre Utama', 'Marie Louise']);
  });

  it('drops laws and regulations named after their kind, of any type', () => {
    const kept = dropNonEntities([group('RUU Sistranas', 'PERSON'), group('Inpres 8', 'LOC'), group('UU Cipta Kerja', 'ORG'), group('Qanun Lembaga Keuangan Syariah', 'ORG'), group('PP Muhammadiyah', 'ORG')] as never, lex);
    expect(kept.map((g) => g.text)).toEqual(['PP Muhammadiyah']);
  });

  it('drops a league, a doctrine and a field of study, keeps a club and a person', () => {
    const kept = dropNonEntities(
      [group('Liga Inggris', 'ORG'), group('Marxisme', 'PERSON'), group('Urologi', 'PERSON'), group('West Ham United', 'ORG'), group('Logi', 'PERSON'), group('Tan Malaka', 'PERSON')] as never,
      lex,
    );
    expect(kept.map((g) => g.text)).toEqual(['West Ham United', 'Logi', 'Tan Malaka']);
  });
});

describe('shortNamesOfOrgs', () => {
  it("types the first words of an organisation ending like one as that organisation, never a known person's name", () => {
    const t = 'Siloam International Hospitals memperkenalkan logo. Siloam bersatu. CT ARSA Foundation dan CT ARSA membantu. Prabowo Foundation dan Prabowo.';
    const cs = [
      cand(t, 'Siloam International Hospitals', 'ORG'),
      cand(t, 'Siloam bersatu', 'PERSON'),
      cand(t, 'CT ARSA Foundation', 'ORG'),
      cand(t, 'CT ARSA membantu', 'PERSON'),
      cand(t, 'Prabowo Foundation', 'ORG'),
      cand(t, 'Prabowo.', 'PERSON'),
    ].map((c) => (c.type === 'PERSON' ? { ...c, text: c.text.split(/ (?=\p{Ll})|\./u)[0]! } : c));
    expect(shortNamesOfOrgs(cs, lex).map((c) => `${c.type} ${c.text}`)).toEqual([
      'ORG Siloam International Hospitals',
      'ORG Siloam',
      'ORG CT ARSA Foundation',
      'ORG CT ARSA',
      'ORG Prabowo Foundation',
      'PERSON Prabowo',
    ]);
  });
});

describe('trimSentenceOpener', () => {
  it("drops a common word capitalised at a sentence's start before an organisation's marker, not a unit's own head", () => {
    const t = 'Kerja sama itu diteken.\n\nKomitmen Bank Nusa Raya untuk UMKM tetap kuat. Departemen Kepolisian New York menangkap dua orang.';
    const a = trimSentenceOpener(cand(t, 'Komitmen Bank Nusa Raya', 'ORG'), t.slice(0, t.indexOf('Komitmen')), lex);
    expect([a.text, a.type]).toEqual(['Bank Nusa Raya', 'ORG']);
    const b = trimSentenceOpener(cand(t, 'Departemen Kepolisian New York', 'ORG'), t.slice(0, t.indexOf('Departemen')), lex);
    expect(b.text).toBe('Departemen Kepolisian New York');
  });

  it("drops a common word capitalised at a sentence's start before a kind of thing's acronym (\"Lulus SMA, dia …\")", () => {
    const t = 'Ia berhenti sekolah. Lulus SMA, dia bekerja di bengkel.';
    const c = trimSentenceOpener(cand(t, 'Lulus SMA', 'ORG', 'org/marker', 2.6), t.slice(0, t.indexOf('Lulus')), lex);
    expect([c.text, c.type]).toEqual(['SMA', 'ORG']);
  });
});

describe('splitAtNameUsedAlone', () => {
  const text = 'Direktur Utama Perumda Air Bersih Tirta Kencana Sulastri Wahyuni mengatakan tarif naik. "Biaya naik," kata Sulastri.';
  const alone = { ...cand(text, 'Sulastri Wahyuni', 'PERSON'), start: text.lastIndexOf('Sulastri'), end: text.lastIndexOf('Sulastri') + 8, text: 'Sulastri' };

  it('reads the person apart from an organisation read after a title, where the article names the person alone elsewhere', () => {
    const org = cand(text, 'Perumda Air Bersih Tirta Kencana Sulastri Wahyuni', 'ORG', 'org/after-title', 4.5);
    const out = splitAtNameUsedAlone([org, alone], [], lex);
    expect(out.map((c) => [c.type, c.text, c.source])).toEqual([
      ['ORG', 'Perumda Air Bersih Tirta Kencana', 'org/after-title'],
      ['PERSON', 'Sulastri Wahyuni', 'person/alone-elsewhere'],
      ['PERSON', 'Sulastri', 'model'],
    ]);
  });

  it('leaves an organisation no title\'s rule read, and a person whose words before are all words of people\'s names', () => {
    const org = cand(text, 'Perumda Air Bersih Tirta Kencana Sulastri Wahyuni', 'ORG', 'model', 3);
    expect(splitAtNameUsedAlone([org, alone], [], lex)).toEqual([org, alone]);
    const named = 'Ketua RT 05, Muhammad Sulastri Wahyuni, mengaku kerap dimarahi. "Yang ditanya selalu RT," kata Sulastri.';
    const person = cand(named, 'Muhammad Sulastri Wahyuni', 'PERSON', 'person/appositive', 3);
    const short = { ...person, start: named.lastIndexOf('Sulastri'), end: named.lastIndexOf('Sulastri') + 8, text: 'Sulastri', source: 'model' };
    const role = { personStart: person.start, personEnd: person.end, title: 'Ketua RT', org: null, start: 0, end: 8 };
    expect(splitAtNameUsedAlone([person, short], [role], lex)).toEqual([person, short]);
  });

  it("starts a person read after a title past the place the article names alone elsewhere (\"Lurah Sukamekar Darmono Wibisono\")", () => {
    const t = 'Warga Sukamekar menolak tambang. Lurah Sukamekar Darmono Wibisono mengatakan warga resah.';
    const place = cand(t, 'Sukamekar', 'LOC');
    const person = { ...cand(t, 'Sukamekar Darmono Wibisono', 'PERSON', 'person/title-name', 4.5), start: t.lastIndexOf('Sukamekar') };
    person.end = person.start + person.text.length;
    const role = { personStart: person.start, personEnd: person.end, title: 'Lurah', org: null, start: person.start - 6, end: person.start - 1 };
    expect(splitAtNameUsedAlone([place, person], [role], lex).map((c) => [c.type, c.text])).toEqual([
      ['LOC', 'Sukamekar'],
      ['PERSON', 'Darmono Wibisono'],
    ]);
    // No place of that word elsewhere: the run is left as read.
    expect(splitAtNameUsedAlone([person], [role], lex)).toEqual([person]);
  });
});

describe('placesNamedInText', () => {
  const text = 'Banjir merendam Kecamatan Cikalong. Warga Cikalong mengungsi, kata Camat Budi. Di Desa Sindang, Sindang juga terendam.';
  const at = (t: string, from = 0) => {
    const start = text.indexOf(t, from);
    return { start, end: start + t.length, text: t };
  };
  const group = (type: 'PERSON' | 'LOC', name: string, mentions: { start: number; end: number; text: string }[], source = 'model') => ({ type, text: name, mentions, source, aliases: new Set<string>() });

  it('joins a person the tagger read to the place the text names with a prefix, or makes it a place', () => {
    const place = group('LOC', 'Kecamatan Cikalong', [at('Kecamatan Cikalong')]);
    const person = group('PERSON', 'Cikalong', [at('Cikalong', text.indexOf('Warga'))]);
    const village = group('PERSON', 'Sindang', [at('Sindang', text.indexOf(', Sindang'))]);
    const out = placesNamedInText([place, person, village], text, lex);
    expect(out.map((g) => [g.type, g.text, g.mentions.map((m) => m.text)])).toEqual([
      ['LOC', 'Kecamatan Cikalong', ['Kecamatan Cikalong', 'Cikalong']],
      ['LOC', 'Sindang', ['Sindang']],
    ]);
  });

  it('keeps a person named where a person is, and a person of a title\'s rule', () => {
    const cued = group('PERSON', 'Cikalong', [at('Cikalong', text.indexOf('Warga'))]);
    const said = 'Banjir merendam Kecamatan Cikalong. "Kami siap," kata Cikalong.';
    const person = group('PERSON', 'Cikalong', [{ start: said.lastIndexOf('Cikalong'), end: said.lastIndexOf('Cikalong') + 8, text: 'Cikalong' }]);
    expect(placesNamedInText([person], said, lex)).toEqual([person]);
    const titled = { ...cued, source: 'person/title-name' };
    expect(placesNamedInText([titled], text, lex)).toEqual([titled]);
  });
});

describe('ageMakesPerson', () => {
  it('makes a name before an age in brackets a person, not a known place or an organisation\'s name', () => {
    const text = 'Laporan Chloe Hartley (29), turis asal Perth. Warga Kota Bandung (12) dan Bank Mandiri (5) ikut.';
    expect(ageMakesPerson(cand(text, 'Chloe Hartley', 'ORG'), text, lex).type).toBe('PERSON');
    expect(ageMakesPerson(cand(text, 'Kota Bandung', 'LOC'), text, lex).type).toBe('LOC');
    expect(ageMakesPerson(cand(text, 'Bank Mandiri', 'ORG'), text, lex).type).toBe('ORG');
  });
});

describe('namedAfterKind', () => {
  it('answers as the regex it replaces, on random texts', () => {
    const kinds = ['Kabupaten', 'Kota', 'Desa', 'Kampung', 'Pulau'];
    const names = ['Pakenjeng', 'Baru Jaya', 'Kota'];
    const pieces = [...kinds, ...names, ' ', '  ', '\u00a0', '\n', 'x', 'é', '𝐀', '\ud835', '\udc00', '-', '.', 'Kota ', 'Kab'];
    let seed = 17;
    const pick = <T>(xs: readonly T[]): T => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return xs[seed % xs.length]!;
    };
    let found = 0;
    for (let t = 0; t < 20000; t++) {
      let text = '';
      for (let i = 0; i < 1 + (t % 8); i++) text += pick(pieces);
      const name = pick(names);
      const re = new RegExp(`(?:^|[^\\p{L}])(?:${kinds.join('|')})\\s+${name}(?![\\p{L}])`, 'u');
      const want = re.test(text);
      if (want) found++;
      expect(namedAfterKind(text, name, kinds), JSON.stringify([text, name])).toBe(want);
    }
    expect(found).toBeGreaterThan(50);
  });
});

describe('orgsByKindBefore', () => {
  it('makes a name right after a kind of organisation in small letters an organisation, not an owner\'s, a place\'s or a product\'s', () => {
    const text =
      'Bus milik perusahaan otobus Sinar Kencana terguling. Startup Mega Cipta ikut, juga maskapai Lintas Nusa. Saham perusahaan milik Sutrisno naik, perusahaan Jakarta turun, produsen kendaraan Gardu dibuka.';
    const out = orgsByKindBefore(
      [groupAt(text, 'Sinar Kencana', 'LOC'), groupAt(text, 'Lintas Nusa', 'PERSON'), groupAt(text, 'Sutrisno', 'PERSON'), groupAt(text, 'Jakarta', 'LOC'), groupAt(text, 'Gardu', 'PERSON')] as never,
      text,
      lex,
    );
    expect(typesAndTexts(out)).toEqual([
      ['ORG', 'Sinar Kencana'],
      ['ORG', 'Lintas Nusa'],
      ['PERSON', 'Sutrisno'],
      ['LOC', 'Jakarta'],
      ['PERSON', 'Gardu'],
    ]);
  });
});

describe('placesOpeningOrgs', () => {
  it('makes a place of one word that opens an organisation\'s name of the article that organisation\'s short name, not a known place or an English word', () => {
    const text = 'Dokter di Medikalab Aesthetic Centre dan tim dari Medikalab hadir. Bandung Zoo di Bandung; House of Commons dan House.';
    const out = placesOpeningOrgs(
      [groupAt(text, 'Medikalab Aesthetic Centre', 'ORG'), groupAt(text, 'dari Medikalab', 'LOC'), groupAt(text, 'Bandung Zoo', 'ORG'), groupAt(text, 'di Bandung', 'LOC'), groupAt(text, 'House of Commons', 'ORG'), groupAt(text, 'dan House', 'LOC')].map((g) => ({ ...g, text: g.text.replace(/^(?:dari|di|dan) /, '') })) as never,
      lex,
    );
    expect(typesAndTexts(out)).toEqual([
      ['ORG', 'Medikalab Aesthetic Centre'],
      ['ORG', 'Medikalab'],
      ['ORG', 'Bandung Zoo'],
      ['LOC', 'Bandung'],
      ['ORG', 'House of Commons'],
      ['LOC', 'House'],
    ]);
  });
});

describe('placesByContext', () => {
  it('reads a speech verb after a name right after "di" as another\'s, the name a place', () => {
    const text = 'Sari (21), mahasiswi yang kuliah di Nakhon Sawan, mengaku panik. Kata Sutrisno, semua aman.';
    const g = (name: string) => groupAt(text, name, 'PERSON');
    const out = placesByContext([g('Nakhon Sawan'), g('Sutrisno')], text, 0, lex);
    expect(typesAndTexts(out)).toEqual([
      ['LOC', 'Nakhon Sawan'],
      ['PERSON', 'Sutrisno'],
    ]);
  });

  it('makes a person the tagger read after a distance and "dari" a place, not after "dari" alone', () => {
    const text = 'Tambang itu hanya 2 jam dari Mandalika. Bantuan dari Rusdianto tiba kemarin.';
    const g = (name: string) => groupAt(text, name, 'PERSON');
    const out = placesByContext([g('Mandalika'), g('Rusdianto')], text, 0, lex);
    expect(typesAndTexts(out)).toEqual([
      ['LOC', 'Mandalika'],
      ['PERSON', 'Rusdianto'],
    ]);
  });

  const text = 'Warga Mengungsi di Lembah Baliem\n\nWamena - Ratusan warga mengungsi ke Kurulu setelah banjir. Tim SAR tiba di Pikhe pada Senin, kata Yohanes Kogoya.';
  const at = (t: string, from = 0) => {
    const start = text.indexOf(t, from);
    return { start, end: start + t.length, text: t, source: 'model' };
  };
  const group = (name: string, from = 0, source = 'model') => ({ type: 'PERSON' as const, text: name, mentions: [at(name, from)], source, aliases: new Set<string>() });
  const body = text.indexOf('Wamena');

  it('makes a person the tagger read after a word only a place follows, or opening a dateline, a place', () => {
    const out = placesByContext([group('Wamena'), group('Kurulu'), group('Pikhe')], text, body, lex);
    expect(typesAndTexts(out)).toEqual([
      ['LOC', 'Wamena'],
      ['LOC', 'Kurulu'],
      ['LOC', 'Pikhe'],
    ]);
  });

  it('keeps a person of a given name, one named where a person is, and one of a rule', () => {
    const person = group('Yohanes Kogoya');
    const said = 'Bantuan tiba di Kurulu, kata Kurulu.';
    const cued = { type: 'PERSON' as const, text: 'Kurulu', mentions: [{ start: 16, end: 22, text: 'Kurulu' }, { start: said.lastIndexOf('Kurulu'), end: said.lastIndexOf('Kurulu') + 6, text: 'Kurulu' }], source: 'model', aliases: new Set<string>() };
    const ruled = group('Kurulu', 0, 'person/title-name');
    expect(placesByContext([person, ruled], text, body, lex).map((g) => g.type)).toEqual(['PERSON', 'PERSON']);
    expect(placesByContext([cued], said, 0, lex)[0]!.type).toBe('PERSON');
  });
});

describe('placesByContext: names listed with places', () => {
  const group = (text: string, type: 'PERSON' | 'LOC', name: string, from = 0) => {
    const start = text.indexOf(name, from);
    return { type, text: name, mentions: [{ start, end: start + name.length, text: name, source: 'model' }], source: 'model', aliases: new Set<string>() };
  };

  it('makes a person the tagger read at the far end of a route with a spaced dash a place, not after a dateline', () => {
    const route = 'Air setinggi dada. Jalur penghubung Sukamulya - Cigorowong pun tidak bisa dilalui.';
    expect(placesByContext([group(route, 'LOC', 'Sukamulya'), group(route, 'PERSON', 'Cigorowong')], route, 0, lex).map((g) => g.type)).toEqual(['LOC', 'LOC']);
    const dateline = 'Sukamulya - Cigorowong menyebut banjir surut.';
    expect(placesByContext([group(dateline, 'LOC', 'Sukamulya'), group(dateline, 'PERSON', 'Cigorowong')], dateline, 0, lex).map((g) => g.type)).toEqual(['LOC', 'PERSON']);
  });
});

describe('peopleReadAsPlaces', () => {
  const group = (text: string, name: string) => {
    const mentions = [];
    for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + 1)) mentions.push({ start, end: start + name.length, text: name, source: 'model' });
    return { type: 'LOC' as const, text: name, mentions, source: 'model', aliases: new Set<string>() };
  };

  it('makes an author cited with the year of the work a person', () => {
    const t = 'Namun Wirjono dan Kusnadar (2016) pesimis dengan pemilih rasional, seperti juga (Lindgaard, 1970).';
    expect(typesAndTexts(peopleReadAsPlaces([group(t, 'Wirjono'), group(t, 'Kusnadar'), group(t, 'Lindgaard')], t, lex))).toEqual([
      ['PERSON', 'Wirjono'],
      ['PERSON', 'Kusnadar'],
      ['PERSON', 'Lindgaard'],
    ]);
  });

  it("makes a name after a police or military rank a person, a known place's too, but not a place after 'di'", () => {
    const t = 'Tim buru sergap dipimpin oleh Ipda Tegal. Mereka menginap di Kendal.';
    expect(typesAndTexts(peopleReadAsPlaces([group(t, 'Tegal'), group(t, 'Kendal')], t, lex))).toEqual([
      ['PERSON', 'Tegal'],
      ['LOC', 'Kendal'],
    ]);
  });

  it('makes a place the tagger read after a title, its place and a comma a person, but not a place of the lists', () => {
    const named = 'Perdana Menteri pertama Karanesia, Radhakar Menon, mengibarkan bendera dari benteng itu.';
    expect(peopleReadAsPlaces([group(named, 'Radhakar Menon')], named, lex)[0]!.type).toBe('PERSON');
    const place = 'Rapat digelar di Kantor Wali Kota Jakarta Selatan, Kebayoran Baru, Senin.';
    expect(peopleReadAsPlaces([group(place, 'Kebayoran Baru')], place, lex)[0]!.type).toBe('LOC');
  });

  it('makes a place a person after a form of address, and the full name it opens that person\'s', () => {
    const text = 'Nurul mengidolakan pemain nasional Gregoria Mariska Tunjung. "Saya mau seperti Kak Gregoria," ujarnya.';
    const out = peopleReadAsPlaces([group(text, 'Gregoria Mariska Tunjung'), { ...group(text, 'Gregoria'), mentions: [group(text, 'Gregoria').mentions[1]!] }], text, lex);
    expect(out.map((g) => [g.type, g.text, g.mentions.map((m) => m.text)])).toEqual([['PERSON', 'Gregoria Mariska Tunjung', ['Gregoria Mariska Tunjung', 'Gregoria']]]);
  });

  it('makes a place a person after a speech cue, and keeps one named after a locative', () => {
    const said = '"Tiga bulan," kata Sekarwangi. Ia tinggal di Sekarwangi.';
    expect(peopleReadAsPlaces([group(said, 'Sekarwangi')], said, lex)[0]!.type).toBe('LOC');
    const cue = '"Tiga bulan dikerjakan," kata Sekarwangi sambil tersenyum.';
    expect(peopleReadAsPlaces([group(cue, 'Sekarwangi')], cue, lex)[0]!.type).toBe('PERSON');
  });
});

describe('orgsNamedAsPlaces', () => {
  const text = 'Warga Kelurahan Sukamulya mengungsi. Lurah Sukamulya, Dedi Supriadi, membuka posko. Bank Sukamulya ikut membantu.';
  const at = (t: string, from = 0) => {
    const start = text.indexOf(t, from);
    return { start, end: start + t.length, text: t, source: 'model' };
  };
  const group = (type: 'ORG' | 'LOC', name: string, from = 0) => ({ type, text: name, mentions: [at(name, from)], source: 'model', aliases: new Set<string>() });

  it("joins an organisation read after a village head's title to the place the text names with its prefix", () => {
    const out = orgsNamedAsPlaces([group('LOC', 'Kelurahan Sukamulya'), group('ORG', 'Sukamulya', text.indexOf('Lurah'))], lex);
    expect(out.map((g) => [g.type, g.text, g.mentions.map((m) => m.text)])).toEqual([['LOC', 'Kelurahan Sukamulya', ['Kelurahan Sukamulya', 'Sukamulya']]]);
  });

  it("keeps an organisation with a marker or known to the lexicon", () => {
    const bank = group('ORG', 'Bank Sukamulya');
    expect(orgsNamedAsPlaces([group('LOC', 'Kelurahan Sukamulya'), bank], lex)).toHaveLength(2);
  });
});

describe('joinMilitaryUnits', () => {
  it('reads a military unit, its number, a slash and its territory as one organisation', () => {
    const t = 'Personel Kodim 0204/Deli Serdang Letkol Inf Budi dan Kodam I/Bukit Barisan Mayjen Rio tiba.';
    const kampar = cand(t, 'Deli Serdang', 'LOC', 'model', 1);
    const out = joinMilitaryUnits([kampar], t, lex);
    expect(out.slice(1).map((c) => [c.type, c.text])).toEqual([
      ['ORG', 'Kodim 0204/Deli Serdang'],
      ['ORG', 'Kodam I/Bukit Barisan'],
    ]);
    expect(out[1]!.score).toBeGreaterThan(1);
  });

  it('reads a unit from the slash after its number only: other slashes, a kind glued to a word or a number too long name none', () => {
    const t = 'Pada 1/2 tahun, XKodim 0313/Kampar, Kodim 12345/Aceh, Kodim XIV12/Aceh dan km 5/Siak sepi; Kodim\u00a00313/Kampar dan Korem 031/Wira Bima tidak.';
    const out = joinMilitaryUnits([], t, lex);
    expect(out.map((c) => c.text)).toEqual(['Kodim\u00a00313/Kampar', 'Korem 031/Wira Bima']);
    for (const c of out) expect(t.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('joinSpelledOutAcronyms', () => {
  it('reads the English name whose capitals spell the acronym in brackets after it, at every bracket', () => {
    const t = 'Direktur Institute of Energy and Development Studies (IEDS) dan ((FDA) serta Food and Drug Administration (FDA) Filipina, (Ab) (X).';
    const joined = joinSpelledOutAcronyms([cand(t, 'Institute', 'ORG', 'model', 1), cand(t, 'Drug Administration', 'ORG', 'model', 2)], t);
    expect(joined.slice(2).map((c) => [c.text, c.score])).toEqual([
      ['Institute of Energy and Development Studies', 2],
      ['Food and Drug Administration', 3],
    ]);
    for (const c of joined) expect(t.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('joinPurposeOrgs', () => {
  it('joins an organisation, "untuk" or "for" and the words before a bracketed short form into one', () => {
    const t = 'Organisasi Dunia untuk Pangan Laut (ODPL) dan Badan PBB untuk Anak Pengungsi (UNAP) membantu warga.';
    const joined = joinPurposeOrgs([cand(t, 'Organisasi Dunia', 'ORG', 'org/marker', 4.2), cand(t, 'PBB', 'ORG', 'model', 3)], t, lex);
    expect(joined.map((c) => c.text)).toEqual(['Organisasi Dunia', 'PBB', 'Organisasi Dunia untuk Pangan Laut', 'Badan PBB untuk Anak Pengungsi']);
    for (const c of joined) expect(t.slice(c.start, c.end)).toBe(c.text);
    const e = 'Peneliti Institute for Study of Trade and Finance (Istaf) menilai.';
    expect(joinPurposeOrgs([cand(e, 'Institute', 'ORG')], e, lex).map((c) => c.text)).toContain('Institute for Study of Trade and Finance');
  });

  it('joins a special court and the court it sits in ("Pengadilan Niaga pada Pengadilan Negeri …")', () => {
    const t = 'Gugatan didaftarkan ke Pengadilan Niaga pada Pengadilan Negeri Sungai Liat pekan lalu.';
    const joined = joinPurposeOrgs([cand(t, 'Pengadilan Niaga', 'ORG', 'org/marker', 4.2), cand(t, 'Pengadilan Negeri Sungai Liat', 'ORG', 'org/marker', 4.2)], t, lex);
    expect(joined.map((c) => c.text)).toContain('Pengadilan Niaga pada Pengadilan Negeri Sungai Liat');
  });

  it('joins two bodies\' names that one short form after them names ("Kantor … dan Otoritas … (KSOP)"), not two bodies', () => {
    const t = 'Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) menutup jalur itu. Dana Kementerian Keuangan dan Bank Indonesia (BI) cair.';
    const list = [
      cand(t, 'Kantor Kesyahbandaran', 'ORG', 'org/marker', 4.2),
      cand(t, 'Otoritas Pelabuhan', 'ORG', 'org/marker', 4.2),
      cand(t, 'Kementerian Keuangan', 'ORG', 'org/marker', 4.2),
      cand(t, 'Bank Indonesia', 'ORG', 'org/marker', 4.2),
    ];
    expect(joinPurposeOrgs(list, t, lex).map((c) => c.text).slice(4)).toEqual(['Kantor Kesyahbandaran dan Otoritas Pelabuhan']);
  });

  it('leaves two organisations apart when the words after "untuk" open one of their own', () => {
    const t = 'Dana dari Kementerian Keuangan untuk Badan Pusat Statistik (BPS) cair.';
    const list = [cand(t, 'Kementerian Keuangan', 'ORG')];
    expect(joinPurposeOrgs(list, t, lex)).toEqual(list);
  });

  it('types an office named by its purpose as an organisation, no building', () => {
    const t = 'Kantor PBB untuk Urusan Pangan Dunia melaporkan hal itu.';
    expect(typeByLexicon(cand(t, 'Kantor PBB untuk Urusan Pangan Dunia', 'LOC'), lex).type).toBe('ORG');
  });
});

describe('overSentenceWord', () => {
  it('finds a word of the sentence inside a span ("Sentosa menggandeng Daewoo", "Expo gelaran Kadin"), not a name\'s function or foreign words', () => {
    for (const t of ['Sentosa menggandeng Daewoo', 'Business Forum gelaran Kadin Jatim', 'Warga diresmikan Bupati']) expect(overSentenceWord(t, lex)).toBe(true);
    for (const t of ['Badan Pengawas Obat dan Makanan', 'Ahmad bin Abdullah', 'Mobility as a Service', 'Centre for Peace and Security', 'Kementerian Haji dan Umrah', 'Sekolah voor Inlandsche Artsen']) expect(overSentenceWord(t, lex)).toBe(false);
  });
});

describe('ownersArePeople', () => {
  it("makes the one-word owner of a resident's house the tagger read as an organisation a person", () => {
    const text = 'Longsor menimpa rumah milik Karsim (1 KK, 3 jiwa). Gudang milik Pertamina aman.';
    const g = (name: string) => groupAt(text, name, 'ORG');
    const groups = [g('Karsim'), g('Pertamina')];
    ownersArePeople(groups, text, lex);
    expect(typesAndTexts(groups)).toEqual([
      ['PERSON', 'Karsim'],
      ['ORG', 'Pertamina'],
    ]);
  });
});

describe('basesAsPlaces', () => {
  it('makes a base unit named where one leaves or arrives a place, and keeps one acting a unit', () => {
    const text = 'Bantuan diterbangkan dari Lanud Sam Ratulangi. Lanud Supadio menggelar upacara.';
    const g = (name: string) => groupAt(text, name, 'ORG', 'org/marker');
    const groups = [g('Lanud Sam Ratulangi'), g('Lanud Supadio')];
    basesAsPlaces(groups, text);
    expect(typesAndTexts(groups)).toEqual([
      ['LOC', 'Lanud Sam Ratulangi'],
      ['ORG', 'Lanud Supadio'],
    ]);
  });
});

describe('regionShortForms', () => {
  it("makes an acronym in brackets after a region's name, its initials, a place; keeps a body's acronym an organisation", () => {
    const text = 'Panen di Pemerintah Kabupaten Lembah Sari Utara (LSU) naik. Petani di LSU senang. Dinas Pangan Kota Batu Raya (DPK) hadir.';
    const g = groupAt(text, 'LSU', 'ORG', 'org/lexicon');
    const second = text.indexOf('LSU', text.indexOf('LSU') + 1);
    g.mentions.push({ start: second, end: second + 3, text: 'LSU', source: 'model' });
    const groups = [g, groupAt(text, 'DPK', 'ORG')];
    regionShortForms(groups, text, lex);
    expect(typesAndTexts(groups)).toEqual([
      ['LOC', 'LSU'],
      ['ORG', 'DPK'],
    ]);
  });

  it("joins the short form to the region's own group when one ends before the bracket", () => {
    const text = 'Banjir di Kabupaten Lembah Sari Utara (LSU) surut.';
    const groups = [groupAt(text, 'Kabupaten Lembah Sari Utara', 'LOC'), groupAt(text, 'LSU', 'ORG', 'org/lexicon')];
    regionShortForms(groups, text, lex);
    expect(groups.map((x) => [x.type, x.text, x.mentions.length, [...x.aliases]])).toEqual([['LOC', 'Kabupaten Lembah Sari Utara', 2, ['LSU']]]);
  });
});

describe('orgsWithPlaceReadAsPlaces', () => {
  it("makes a place read as an article's one-word organisation and a known place that organisation's, joined", () => {
    const text = 'Pelatih Persimura mengatakan Persimura Kapuas Hulu siap. Warga Kapuas Hulu senang.';
    const at = (name: string, from = 0) => {
      const start = text.indexOf(name, from);
      return { start, end: start + name.length, text: name, source: 'model' };
    };
    const groups = [
      { type: 'ORG' as const, text: 'Persimura', mentions: [at('Persimura')], source: 'org/after-title', aliases: new Set<string>() },
      { type: 'LOC' as const, text: 'Persimura Kapuas Hulu', mentions: [at('Persimura Kapuas Hulu')], source: 'model', aliases: new Set<string>() },
      { type: 'LOC' as const, text: 'Kapuas Hulu', mentions: [at('Kapuas Hulu', text.indexOf('Warga'))], source: 'model', aliases: new Set<string>() },
    ];
    orgsWithPlaceReadAsPlaces(groups, lex);
    expect(groups.map((g) => [g.type, g.text, g.mentions.length])).toEqual([
      ['ORG', 'Persimura Kapuas Hulu', 2],
      ['LOC', 'Kapuas Hulu', 1],
    ]);
  });
});

describe('dropEnglishWordPlaces', () => {
  it('drops one English word of no Indonesian word list read as a place, unless it is named where a place is', () => {
    const t = 'Rangkaian Shampoo dan Lotion dijual daring. Ia tinggal di kawasan Arcadia.';
    const kept = dropEnglishWordPlaces([groupAt(t, 'Lotion', 'LOC'), groupAt(t, 'Arcadia', 'LOC'), groupAt(t, 'Lotion', 'ORG')], t, lex);
    expect(kept.map((g) => `${g.type} ${g.text}`)).toEqual(['LOC Arcadia', 'ORG Lotion']);
  });
});

describe('bracketedAcronymsOfBodies', () => {
  it("types a body's bracketed short form read as a place an organisation, not an area's", () => {
    const text =
      'Dana disalurkan lewat PT Bank Pembangunan Daerah Sumatera Utara dan Aceh (BSUA). Satgas Pencegahan Kekerasan di Sekolah Dasar (PKSD) turun. Warga Kabupaten Kepulauan Selayar Timur (KKST) dan Kawasan Industri Terpadu Batang (KITB) hadir. Banjir melanda Nusa Tenggara Timur (NTT).';
    const groups = ['BSUA', 'PKSD', 'KKST', 'KITB', 'NTT'].map((n) => groupAt(text, n, 'LOC'));
    bracketedAcronymsOfBodies(groups, text, lex);
    expect(typesAndTexts(groups)).toEqual([
      ['ORG', 'BSUA'],
      ['ORG', 'PKSD'],
      ['LOC', 'KKST'],
      ['LOC', 'KITB'],
      ['LOC', 'NTT'],
    ]);
  });

  it("gives the short form's mentions to the body named by the long name's first word and the short form ('Satgas PKSD')", () => {
    const text = 'Satgas Pencegahan Kekerasan di Sekolah Dasar (PKSD) turun. Rekomendasi Satgas PKSD diteruskan ke kepala dinas.';
    const short = groupAt(text, 'PKSD', 'LOC');
    const body = groupAt(text, 'Satgas PKSD', 'ORG');
    const groups = [body, short];
    bracketedAcronymsOfBodies(groups, text, lex);
    expect(groups).toEqual([body]);
    expect(body.mentions.map((m) => m.text)).toEqual(['PKSD', 'Satgas PKSD']);
  });
});

describe('dropProducts', () => {
  /** A group of every occurrence of `name` in `text`. */
  function groupOfAll(text: string, name: string, type: 'PERSON' | 'LOC') {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length, text: name, source: 'model' });
    return { type, text: name, mentions, source: 'model', aliases: new Set<string>() };
  }
  it('drops a name written after a product noun in many of its mentions, not a person whose car is named once', () => {
    const text =
      'Para pejabat diminta memakai mobil Kancil. Produksi mobil Kancil digenjot, kata Budi Santoso. Harga kendaraan Kancil murah. Budi Santoso menyebut Kancil laris. Petani menanam kopi Wamena; panen kopi Wamena naik. Ia melihat mobil Budi Santoso diparkir, lalu mobil Budi Santoso dicuci. Budi Santoso pulang. Budi Santoso tidur. Budi Santoso bangun.';
    const groups = [groupOfAll(text, 'Kancil', 'PERSON'), groupOfAll(text, 'Wamena', 'LOC'), groupOfAll(text, 'Budi Santoso', 'PERSON')];
    expect(dropProducts(groups, text, lex).map((g) => g.text)).toEqual(['Budi Santoso']);
  });
  it("counts a product's noun written capitalised in a title-case headline ('Kopi Toraja')", () => {
    const text = 'Bank Perluas Pembiayaan Kopi Toraja\n\nPanen kopi Toraja naik tahun ini. Toraja juga dikenal karena wisatanya.';
    expect(dropProducts([groupOfAll(text, 'Toraja', 'PERSON')], text, lex)).toEqual([]);
  });
});

describe('forumsHeld', () => {
  it('drops a forum written only as a meeting attended or opened, not a forum that has a chair or acts', () => {
    const text =
      'Gubernur hadir di Forum Kota Lestari. "Kami siap," kata Gubernur saat membuka Forum Kota Lestari 2026 di Surabaya. Ia lalu menghadiri Forum Pemuda Pesisir di Gresik. Ketua Forum Nelayan Utara, Budi Santoso, ikut. Forum Guru Honorer menolak aturan itu.';
    const names = ['Forum Kota Lestari', 'Forum Pemuda Pesisir', 'Forum Nelayan Utara', 'Forum Guru Honorer'];
    const groups = names.map((n) => {
      const mentions = [];
      for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) mentions.push({ start: at, end: at + n.length, text: n, source: 'model' });
      return { type: 'ORG' as const, text: n, mentions, source: 'model', aliases: new Set<string>() };
    });
    expect(forumsHeld(groups, text).map((g) => g.text)).toEqual(['Forum Nelayan Utara', 'Forum Guru Honorer']);
  });
});

describe('officesActing', () => {
  it('makes an office or a service station that acts an organisation, never a railway station', () => {
    const text = 'Stasiun Meteorologi Maritim Bitung mencatat gelombang tinggi. Stasiun Pasar Minggu dinilai terlalu padat. Kantor Pertanahan Kota Bitung juga diminta hadir.';
    const groups = ['Stasiun Meteorologi Maritim Bitung', 'Stasiun Pasar Minggu', 'Kantor Pertanahan Kota Bitung'].map((n) => groupAt(text, n, 'LOC', 'loc/marker'));
    expect(typesAndTexts(officesActing(groups, text, lex))).toEqual([
      ['ORG', 'Stasiun Meteorologi Maritim Bitung'],
      ['LOC', 'Stasiun Pasar Minggu'],
      ['ORG', 'Kantor Pertanahan Kota Bitung'],
    ]);
  });
});

describe('withSchoolNumber', () => {
  it("takes the number and place after a school's kind into the school's name, and types a school read as a place an organisation", () => {
    const text = 'Siswa SMP Negeri 9 Semarang dan SMAN 2 Cibadak ikut. Warga Semarang menyambut.';
    const read = (name: string, type: 'ORG' | 'LOC' | 'PERSON') => {
      const c = withSchoolNumber(cand(text, name, type), text);
      return `${c.type}:${c.text}`;
    };
    expect([read('SMP Negeri', 'ORG'), read('SMAN 2 Cibadak', 'LOC'), read('Semarang', 'LOC')]).toEqual([
      'ORG:SMP Negeri 9 Semarang',
      'ORG:SMAN 2 Cibadak',
      'LOC:Semarang',
    ]);
    // A school's kind ending a longer name, private or state, or an acronym with its letters.
    const more = 'Yayasan Al Azhar SMA Swasta 3 Bekasi, lalu MTsN 4 Jombang dan SMPLB 1 Kota.';
    const kind = (name: string) => withSchoolNumber(cand(more, name, 'ORG'), more).text;
    expect([kind('Yayasan Al Azhar SMA Swasta'), kind('MTsN'), kind('SMPLB')]).toEqual(['Yayasan Al Azhar SMA Swasta 3 Bekasi', 'MTsN 4 Jombang', 'SMPLB 1 Kota']);
  });
});

describe('trimBodyWordsOffPeople', () => {
  const at = (text: string, type: Candidate['type'], s: string, from = 0): Candidate => {
    const start = text.indexOf(s, from);
    return { type, start, end: start + s.length, text: s, source: 'test', score: undefined };
  };

  it("gives a body the first words of the person after it that complete another name of a body in the article ('Bank Sentosa' + 'Syariah' of 'Bank Sentosa Syariah')", () => {
    const t = 'Bank Sentosa Syariah meneken kerja sama. Direktur Bisnis Bank Sentosa Syariah Rahmat Pramudya Aji menyampaikan, pembiayaan tumbuh.';
    const out = trimBodyWordsOffPeople([at(t, 'ORG', 'Bank Sentosa Syariah'), at(t, 'ORG', 'Bank Sentosa', 30), at(t, 'PERSON', 'Syariah Rahmat Pramudya Aji')], t);
    expect(out.map((c) => [c.type, c.text, t.slice(c.start, c.end)])).toEqual([
      ['ORG', 'Bank Sentosa Syariah', 'Bank Sentosa Syariah'],
      ['ORG', 'Bank Sentosa Syariah', 'Bank Sentosa Syariah'],
      ['PERSON', 'Rahmat Pramudya Aji', 'Rahmat Pramudya Aji'],
    ]);
  });

  it('leaves a person whose first word completes no name of a body, and a name of two words', () => {
    const t = 'Bank Sentosa Syariah tumbuh. Kepala Bank Sentosa Yudi Pratama hadir. Direktur Bank Sentosa Syariah Rahmat datang.';
    const list = [at(t, 'ORG', 'Bank Sentosa Syariah'), at(t, 'ORG', 'Bank Sentosa', 30), at(t, 'PERSON', 'Yudi Pratama'), at(t, 'ORG', 'Bank Sentosa', 70), at(t, 'PERSON', 'Syariah Rahmat')];
    expect(trimBodyWordsOffPeople(list, t)).toEqual(list);
  });
});

describe('dropEventNameWords', () => {
  it("drops a person's name written in most of its mentions as the first words of an English event's or index's name, not a person a cup is named after now and then", () => {
    const text =
      'Sebanyak 800 pelari ikut Sindoro Ridge Run 2026 di Wonosobo. Panitia Sindoro Ridge Run menyiapkan pos. Kota itu naik di Lestari Travel Index tahun ini. Turnamen Rudi Hartawan Cup digelar lagi. Rudi Hartawan hadir. "Saya bangga," kata Rudi Hartawan.';
    const mk = (name: string, forms: string[]) => {
      const mentions = [];
      for (const f of forms) for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) mentions.push({ start: at, end: at + f.length, text: f, source: 'model' });
      return { type: 'PERSON' as const, text: name, mentions, source: 'model', aliases: new Set<string>() };
    };
    const groups = [mk('Sindoro Ridge', ['Sindoro Ridge']), mk('Lestari Travel', ['Lestari Travel']), mk('Rudi Hartawan', ['Rudi Hartawan'])];
    expect(dropEventNameWords(groups, text).map((g) => g.text)).toEqual(['Rudi Hartawan']);
  });
});

describe('dropEnglishPhraseTails', () => {
  it("drops one word read as a person that every mention writes after a capitalised word making an English phrase with it, not one after a title", () => {
    const text = 'Suhu kota mencapai 37 derajat. Personal Weather mencatat panas terjadi siang hari. Pabrik itu memproduksi Sustainable Aviation Fuel dari minyak jelantah. Pelatih Rice memuji timnya.';
    const mk = (name: string) => {
      const at = text.indexOf(name === 'Rice' ? 'Rice' : ` ${name} `) + (name === 'Rice' ? 0 : 1);
      return { type: 'PERSON' as const, text: name, mentions: [{ start: at, end: at + name.length, text: name, source: 'model' }], source: 'model', aliases: new Set<string>() };
    };
    const groups = [mk('Weather'), mk('Fuel'), mk('Rice')];
    expect(dropEnglishPhraseTails(groups, text, getLexicon()).map((g) => g.text)).toEqual(['Rice']);
  });
});

describe('withoutLeadingAreaHead', () => {
  it("cuts the title of a territorial unit's head off a place it opens, nothing else", () => {
    const t = 'Kapolresta Sukamaju AKBP Budi Santoso mengatakan, Kapolda Metro Jaya juga hadir di Kota Sukamaju.';
    const c = withoutLeadingAreaHead(cand(t, 'Kapolresta Sukamaju', 'LOC'), lex);
    expect(c.text).toBe('Sukamaju');
    expect(t.slice(c.start, c.end)).toBe('Sukamaju');
    expect(withoutLeadingAreaHead(cand(t, 'Kota Sukamaju', 'LOC'), lex).text).toBe('Kota Sukamaju');
    expect(withoutLeadingAreaHead(cand(t, 'Kapolda Metro Jaya', 'ORG'), lex).text).toBe('Kapolda Metro Jaya');
  });
});
