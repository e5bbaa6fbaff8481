import { describe, expect, it } from 'vitest';
import type { RoleCandidate } from '../../../src/doc/candidate.js';
import type { Entity } from '../../../src/schema/entity.js';
import { createPipeline } from '../../../src/pipeline/pipeline.js';
import { attachRoles } from '../../../src/stages/roles/index.js';

const text = 'Menteri Agus Andrianto hadir. Menteri Imipas Agus Andrianto berbicara.';
const entities = (): Entity[] => [
  { id: 'e1', type: 'PERSON', text: 'Agus Andrianto', mentions: [{ start: 8, end: 22, text: 'Agus Andrianto' }, { start: 45, end: 59, text: 'Agus Andrianto' }], source: 'model' },
  { id: 'e2', type: 'ORG', text: 'Imipas', mentions: [{ start: 38, end: 44, text: 'Imipas' }], source: 'org/lexicon' },
];
const role = (personStart: number, org: string | null, start: number): RoleCandidate => ({ personStart, personEnd: personStart + 14, title: 'Menteri', org, start, end: start + 7 });

describe('attachRoles', () => {
  it('keeps one role per title: the same title without an organisation adds nothing, and takes the organisation read later', () => {
    const later = entities();
    attachRoles(later, [role(8, null, 0), role(45, 'Imipas', 30)], text, (n) => n);
    expect(later[0]!.roles?.map((r) => [r.title, r.org, r.orgEntity])).toEqual([['Menteri', 'Imipas', 'e2']]);
    const earlier = entities();
    attachRoles(earlier, [role(45, 'Imipas', 30), role(8, null, 0)], text, (n) => n);
    expect(earlier[0]!.roles?.map((r) => [r.title, r.org])).toEqual([['Menteri', 'Imipas']]);
  });

  it('keeps a title of two organisations twice', () => {
    const list = entities();
    attachRoles(list, [role(8, 'Kabinet', 0), role(45, 'Imipas', 30)], text, (n) => n);
    expect(list[0]!.roles?.map((r) => r.org)).toEqual(['Kabinet', 'Imipas']);
  });
});

describe('roles stage', () => {
  const pipeline = createPipeline({
    stages: ['clean', 'segment', 'numbers', 'amounts', 'tagger', 'names', 'coref', 'roles'].map((name) => ({ name })),
  });
  const rolesOf = (body: string, person: string) =>
    pipeline
      .run({ body })
      .entities.find((e) => e.type === 'PERSON' && e.text === person)
      ?.roles?.map((r) => r.title) ?? [];

  it('reads a title written right before a name, cut before its bracketed short form, past ranks and degrees', () => {
    expect(rolesOf('Kepala Bidang Sarana Dinas Pemuda dan Olahraga (Dispora) Kota Malang Andi Saputra Wijaya menargetkan pekerjaan rampung pekan depan.', 'Andi Saputra Wijaya')).toEqual([
      'Kepala Bidang Sarana Dinas Pemuda dan Olahraga',
    ]);
    expect(rolesOf('Pelepasan dipimpin Kepala Kantor Wilayah Kementerian Agama (Kanwil Kemenag) Jawa Barat Dr. H. Rahmat Hidayat Santoso di asrama haji.', 'Rahmat Hidayat Santoso')).toEqual([
      'Kepala Kantor Wilayah Kementerian Agama',
    ]);
    expect(rolesOf('Peneliti Center for Strategic Studies (CSS) Rahmat Budi Santosa menilai kebijakan itu terlambat.', 'Rahmat Budi Santosa')).toEqual([
      'Peneliti Center for Strategic Studies',
    ]);
    expect(rolesOf('Ketua RT 07 RW 03 Sukamaju, Bambang Wicaksono Hadi, mengaku sering menerima keluhan warga.', 'Bambang Wicaksono Hadi')).toEqual(['Ketua RT 07 RW 03 Sukamaju']);
  });

  it('reads "Petugas" and "Pejabat" with the body after them as a title, but not alone or lowercase', () => {
    expect(rolesOf('Petugas Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut, Asep Hermawan Saputra, mengatakan dua rumah rusak berat.', 'Asep Hermawan Saputra')).toEqual([
      'Petugas Badan Penanggulangan Bencana Daerah',
    ]);
    expect(rolesOf('Pejabat Fungsi Konsuler KBRI Kuala Lumpur Hendra Wirawan Saputra memastikan para pekerja sudah dipulangkan.', 'Hendra Wirawan Saputra')).toEqual([
      'Pejabat Fungsi Konsuler KBRI Kuala Lumpur',
    ]);
    expect(rolesOf('Pejabat, Hendra Wirawan Saputra, memastikan para pekerja sudah dipulangkan.', 'Hendra Wirawan Saputra')).toEqual([]);
  });

  it('gives no role for a calling before a name, alone or with lowercase words ("Pendeta", "penyerang muda"), but for a calling with a title after it or its organisation', () => {
    expect(rolesOf('Misa dipimpin Pastor Fransiskus Wae Ndona di gereja paroki itu.', 'Fransiskus Wae Ndona')).toEqual([]);
    expect(rolesOf('Penelitian itu dipimpin Profesor Margaret Holloway dari sebuah universitas di Inggris.', 'Margaret Holloway')).toEqual([]);
    expect(rolesOf('Gol kemenangan dicetak penyerang muda Andika Surya Pratama pada menit ke-78.', 'Andika Surya Pratama')).toEqual([]);
    expect(rolesOf('Putusan dibacakan hakim ketua Ratna Sari Simanjuntak dalam sidang terbuka.', 'Ratna Sari Simanjuntak')).toEqual(['hakim ketua']);
    expect(rolesOf('Pelatih Persiba Balikpapan, Antonius Bong Sihombing, menilai timnya tampil baik.', 'Antonius Bong Sihombing')).toEqual(['Pelatih']);
  });

  it('reads a title and its organisation before a lowercase phrase of where from and a comma ("Anggota DPRD … dari daerah pemilihan …, Name")', () => {
    expect(rolesOf('Anggota DPRD Kabupaten Garut dari daerah pemilihan wilayah selatan, Ratna Dewi Kusumawati, mengkritik lambannya respons pemerintah.', 'Ratna Dewi Kusumawati')).toEqual(['Anggota DPRD Kabupaten Garut']);
    expect(rolesOf('Peneliti dari lembaga riset swasta, Budi Santoso Hadi, menilai kebijakan itu terlambat.', 'Budi Santoso Hadi')).toEqual([]);
  });

  it('reads a title in -nya, a comma, then the name ("Juru bicaranya, Name"), but no calling ("Kuasa hukumnya")', () => {
    expect(rolesOf('Fraksi yang paling keras bersuara adalah Fraksi Hanura. Juru bicaranya, Ratna Sari Hidayati, mempertanyakan kenaikan anggaran.', 'Ratna Sari Hidayati')).toEqual(['Juru bicara']);
    expect(rolesOf('Terdakwa hadir di ruang sidang. Kuasa hukumnya, Ricky Santoso Lubis, menyatakan keberatan.', 'Ricky Santoso Lubis')).toEqual([]);
  });

  it('reads a title written after a name with "selaku" or "yang juga menjabat sebagai", up to its bracket', () => {
    expect(rolesOf('Majelis memutus perkara itu. Teradu VI Ratna Dewi Anggraini selaku anggota Komisi Pemilihan Umum dinyatakan tidak bersalah.', 'Ratna Dewi Anggraini')).toEqual([
      'anggota Komisi Pemilihan Umum',
    ]);
    expect(rolesOf('Hal itu disampaikan Bambang Suryo Wibowo yang juga menjabat sebagai Ketua Umum Ikatan Keluarga Sunda (IKS) dalam keterangannya.', 'Bambang Suryo Wibowo')).toEqual([
      'Ketua Umum Ikatan Keluarga Sunda',
    ]);
  });

  it('reads a title after a name, a comma and "mantan" or "seorang" when it is capitalised or names its body, not a bare lowercase one', () => {
    expect(rolesOf('Yohanes Bria Seran, mantan Ketua Kelompok Tani Harapan Baru, menceritakan panen kopi tahun lalu.', 'Yohanes Bria Seran')).toEqual(['Ketua Kelompok Tani Harapan Baru']);
    expect(rolesOf('Budi Santoso Hadi, seorang peneliti senior di BRIN, menilai kebijakan itu terlambat.', 'Budi Santoso Hadi')).toEqual(['peneliti senior di BRIN']);
    expect(rolesOf('Polisi menangkap Rudi Hartono Saputra (42), mantan direktur utama, di rumahnya.', 'Rudi Hartono Saputra')).toEqual([]);
  });

  it('keeps one of a title and its short form, the one written first', () => {
    expect(rolesOf('Menteri Agama Nasaruddin Umar hadir di Jakarta. Menag Nasaruddin Umar meminta jemaah bersabar.', 'Nasaruddin Umar')).toEqual(['Menteri Agama']);
  });

  it('reads English titles whose head word is not the first ("Area Manager", "Section Head")', () => {
    const body = 'Stok aman. Area Manager Communication, Relations & CSR PT Pertamina Patra Niaga Regional Sulawesi Fahrougi Andriani Sumampouw menjelaskan stok aman.';
    expect(rolesOf(body, 'Fahrougi Andriani Sumampouw')[0]).toMatch(/^Area Manager/);
  });

  it('reads a leader\'s title followed by lowercase words, and a title with "di" before its organisation', () => {
    expect(rolesOf('Bantuan terus mengalir. Ketua tim relawan, dr. Sinta Maharani Lubis, mengatakan timnya fokus pada layanan kesehatan.', 'Sinta Maharani Lubis')).toEqual(['Ketua tim relawan']);
    expect(rolesOf('Direktur Pusat Kajian Iklim di Universitas Gadjah Mada, Hendra Wicaksana Putra, menyebut adaptasi butuh waktu.', 'Hendra Wicaksana Putra')).toEqual([
      'Direktur Pusat Kajian Iklim di Universitas Gadjah Mada',
    ]);
  });

  it('reads no field of a profession, and no verb, as part of a title', () => {
    expect(rolesOf('Pakar geologi Universitas Jember Wahyu Sasongko Putro menilai tanah di sana labil.', 'Wahyu Sasongko Putro')).toEqual([]);
    expect(rolesOf('Warga melapor ke polisi. Kapolres menyebut pelaku Budi Santoso Wiryawan sudah ditahan.', 'Budi Santoso Wiryawan')).toEqual([]);
  });

  it('reads a title after a sentence\'s opening word or "Mantan", and its years in office', () => {
    expect(rolesOf('Menurut Dirjen Integrasi Transportasi dan Multimoda (Ditjen Intram) Kemenhub Hendra Wicaksana Putra, biaya idealnya turun.', 'Hendra Wicaksana Putra')).toEqual([
      'Dirjen Integrasi Transportasi dan Multimoda',
    ]);
    expect(rolesOf('Mantan Direktur Sekolah Ilmu Lingkungan (SIL) UI, Dr dr Hendra Wicaksana Putra, menyayangkan proses itu.', 'Hendra Wicaksana Putra')).toEqual(['Direktur Sekolah Ilmu Lingkungan']);
    expect(rolesOf('Jaksa memeriksa Direktur Operasional PT Sinar Logistik tahun 2021-2024 Hendra Wicaksana Putra pekan lalu.', 'Hendra Wicaksana Putra')).toEqual([
      'Direktur Operasional PT Sinar Logistik tahun 2021-2024',
    ]);
  });

  it('gives the title after "masing-masing selaku" to each name of the list before it, not a title each', () => {
    const body =
      'Majelis menjatuhkan sanksi kepada Teradu I Hendra Wicaksana Putra. Teradu II Bambang Suryo Wibowo. Teradu III Rina Kusumawati Lestari, masing-masing selaku anggota Badan Pengawas Pemilu.';
    for (const name of ['Bambang Suryo Wibowo', 'Rina Kusumawati Lestari']) expect(rolesOf(body, name)).toEqual(['anggota Badan Pengawas Pemilu']);
    const pair = 'Rapat menetapkan Hendra Wicaksana Putra dan Bambang Suryo Wibowo, masing-masing sebagai Ketua dan Sekretaris panitia.';
    expect(rolesOf(pair, 'Hendra Wicaksana Putra')).toEqual([]);
    expect(rolesOf(pair, 'Bambang Suryo Wibowo')).toEqual([]);
  });

  it('reads a lowercase title after a verb when its organisation follows', () => {
    expect(rolesOf('Hal itu disampaikan komisioner Pemantauan dan Penyelidikan Komnas HAM, Hendra Wicaksana Putra, usai gelar perkara.', 'Hendra Wicaksana Putra')).toEqual([
      'komisioner Pemantauan dan Penyelidikan Komnas HAM',
    ]);
  });

  it('reads no title in a heading', () => {
    expect(rolesOf('Warga berkumpul sejak pagi.\n\nMensos Gunawan Hartanto Tinjau Lokasi Banjir\n\nBantuan mulai disalurkan.', 'Gunawan Hartanto')).toEqual([]);
  });
});

describe('attachRoles, titles of one person', () => {
  it('keeps the longer of two titles that open alike, with the organisation read', () => {
    const list = entities();
    const long: RoleCandidate = { personStart: 45, personEnd: 59, title: 'Menteri Imipas', org: null, start: 30, end: 44 };
    attachRoles(list, [role(8, 'Kabinet', 0), long], text, (n) => n);
    expect(list[0]!.roles?.map((r) => [r.title, r.org])).toEqual([['Menteri Imipas', 'Kabinet']]);
    const shortAfter = entities();
    attachRoles(shortAfter, [long, role(8, null, 0)], text, (n) => n);
    expect(shortAfter[0]!.roles?.map((r) => r.title)).toEqual(['Menteri Imipas']);
  });
});
