import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/schema/entity.js';
import { entities } from './helpers.js';
import type { Candidate } from '../../../src/doc/candidate.js';
import { getLexicon } from '../../../src/lexicon/index.js';
import { ageMakesPerson, trimPersonTitles } from '../../../src/stages/coref/judge.js';

// Things, groups, portfolios and titles read as people (names invented, in the style of real articles).

function people(list: Entity[]): string[] {
  return list.filter((e) => e.type === 'PERSON').map((e) => e.text);
}

describe('a cabinet or a group named like a person', () => {
  it('reads no person in a student executive\'s cabinet read as one', () => {
    const text = 'Sanksi dijatuhkan kepada anggota Himakom FISIP Universitas Mataram Kabinet Gemilang yang melanggar kode etik.';
    const start = text.indexOf('Kabinet Gemilang');
    const c: Candidate = { type: 'PERSON', start, end: start + 'Kabinet Gemilang'.length, text: 'Kabinet Gemilang', source: 'person/title-name' };
    expect(trimPersonTitles(c, getLexicon(), text.slice(start - 20, start))).toBeNull();
    // (A person's name opening with no group's word stays.)
    expect(trimPersonTitles({ ...c, text: 'Rendra Saputra', end: start + 14 }, getLexicon(), 'Ketua himpunan itu, ')?.text).toBe('Rendra Saputra');
  });

  it('reads no person in a school of thought after "kaum" or a species after "spesimen"', () => {
    const list = entities(
      '"Mereka menyatukan kaum Leninis dan pendukung kelompok radikal," kata Senator Mark Ellison. Peneliti Dana Whitfield menemukan satu spesimen Culex pipiens di kolam itu.',
    );
    expect(people(list)).not.toContain('Leninis');
    expect(people(list)).not.toContain('Culex');
    expect(people(list)).toContain('Mark Ellison');
  });
});

describe('philosophies and holiday seasons', () => {
  it('reads no person in a philosophy named after "konsep"', () => {
    const list = entities(
      'Menurut akademisi Universitas Udayana, Made Suarjana, pembangunan di Bali harus berpijak pada konsep Tri Hita Karana yang menekankan keseimbangan hubungan manusia dengan alam.',
    );
    expect(people(list)).not.toContain('Tri Hita Karana');
    expect(people(list)).toContain('Made Suarjana');
  });

  it('reads no person in the short name of the Christmas and New Year season', () => {
    const list = entities(
      'Pemerintah memberi diskon tiket pesawat untuk libur Natal dan Tahun Baru (Nataru). "Diskon berlaku selama libur Nataru," kata Dirjen Perhubungan Udara Harun Wibisono. Libur Nataru diperkirakan ramai.',
      'Libur Nataru, Tiket Pesawat Didiskon',
    );
    expect(people(list)).not.toContain('Nataru');
  });
});

describe('a coordinating minister\'s portfolio after "Menko"', () => {
  it('reads no person in the portfolio\'s short name after "Menko"', () => {
    const list = entities(
      'Presiden dikabarkan akan melantik Menko Polkam yang baru sore ini. "Saya hanya dengar akan ada pelantikan Menko Polkam," kata anggota DPR Rudi Hartanto.',
    );
    expect(people(list)).not.toContain('Polkam');
  });

  it('reads no person in a cut portfolio in brackets or one spelled out with "Bidang"', () => {
    const list = entities(
      'Padahal tadi Pak AHY (Menko Infra) jelas menyebut infrastruktur sebagai tulang punggung. Kesepakatan diteken Menteri Koordinator (Menko) Bidang Pemberdayaan Masyarakat (PM) Muhaimin Iskandar di Jakarta.',
    );
    expect(people(list)).not.toContain('Infra');
    expect(people(list)).not.toContain('Bidang Pemberdayaan Masyarakat');
  });
});

describe('professions and degrees around a name', () => {
  it('leaves a pharmacist\'s profession out of the name', () => {
    const list = entities(
      'Dikutip dari laman Healthline, menurut Apoteker Martin Hale, nyeri sendi bisa dicegah. "Lakukan peregangan setiap pagi," kata Martin.',
    );
    expect(people(list)).toContain('Martin Hale');
    expect(people(list)).not.toContain('Apoteker Martin Hale');
  });

  it('leaves a DEA degree written without a comma out of the name', () => {
    const list = entities('Inovasi ini dikembangkan oleh dosen Unpad, Prof. Dr. Ahmad Fauzi DEA.  Ia menjelaskan alat itu bekerja cepat. "Alat ini membunuh bakteri," kata Fauzi.');
    expect(people(list)).toContain('Ahmad Fauzi');
    expect(people(list)).not.toContain('Ahmad Fauzi DEA');
  });
});

describe('a name the article defines as a thing', () => {
  it('reads no person in a car the article says is a car', () => {
    const list = entities(
      'Sadewa merupakan mobil listrik buatan Bandung. Sadewa dirancang oleh mahasiswa ITB, kata dosen pembimbingnya, Dodi Permana.',
    );
    expect(people(list)).not.toContain('Sadewa');
    expect(people(list)).toContain('Dodi Permana');
  });
});

describe('a name with a thing\'s noun in an appositive', () => {
  it('reads no person in a bike-share service described between commas', () => {
    const list = entities(
      '"Buat semacam aplikasi dan Malang pun punya Gowesin, sepeda sewa, maksimalkan itu, perbaiki layanan itu. Gowesin pada saat awal-awal bagus sekali, sekarang kan sudah kacau," tuturnya. Hendra menjelaskan Gowesin perlu ditata kembali.',
    );
    expect(people(list)).not.toContain('Gowesin');
    expect(people(list)).toContain('Hendra');
  });
});

describe('a name before a former holder\'s title', () => {
  it('reads a person where the tagger read an organisation before ", Mantan Wakil Presiden …"', () => {
    const text = 'Ia berdiskusi dengan Al Brenton, Mantan Wakil Presiden Amerika Serikat, tentang pemanasan global.';
    const start = text.indexOf('Al Brenton');
    const c: Candidate = { type: 'ORG', start, end: start + 10, text: 'Al Brenton', source: 'model' };
    expect(ageMakesPerson(c, text, getLexicon()).type).toBe('PERSON');
    // (An organisation before a title held now, whose holder is named after it, stays.)
    const text2 = 'Ia bertemu pejabat Bank Sentral, Gubernur Bank Sentral Rudi Hartono, kemarin.';
    const s2 = text2.indexOf('Bank Sentral');
    expect(ageMakesPerson({ type: 'ORG', start: s2, end: s2 + 12, text: 'Bank Sentral', source: 'model' }, text2, getLexicon()).type).toBe('ORG');
  });
});
