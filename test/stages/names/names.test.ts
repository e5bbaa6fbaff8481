import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getLexicon } from '../../../src/lexicon/index.js';
import { createPipeline } from '../../../src/pipeline/pipeline.js';
import { recogniseNames } from '../../../src/stages/names/index.js';
import { makeCandidate } from '../../../src/doc/candidate.js';

const pipeline = createPipeline({ stages: [{ name: 'clean' }, { name: 'segment' }] });
const lex = getLexicon();
/** The text read by the clean and segment stages, with one span the tagger read (type, text, score) among its candidates. */
function withTaggerSpan(body: string, type: 'PERSON' | 'ORG' | 'LOC', text: string, score: number) {
  const doc = pipeline.run({ body });
  const start = body.indexOf(text);
  doc.candidates.push(makeCandidate(type, start, start + text.length, text, 'model', score));
  return doc;
}
const dir = fileURLToPath(new URL('../../fixtures/articles/', import.meta.url));
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => pipeline.run({ text: readFileSync(dir + f, 'utf8') }));

describe('recogniseNames', () => {
  it('reads titles, organisations and names in a body sentence', () => {
    const doc = pipeline.run({ body: 'Menurut analis Sinar Harapan Sekuritas, Maya Kartikasari, pasar akan pulih.' });
    const { candidates, roles } = recogniseNames(doc, lex);
    expect(candidates.map((c) => [c.type, c.text, c.source])).toEqual([
      ['ORG', 'Sinar Harapan Sekuritas', 'org/after-title'],
      ['PERSON', 'Maya Kartikasari', 'person/appositive'],
    ]);
    expect(roles).toMatchObject([{ title: 'analis', org: 'Sinar Harapan Sekuritas' }]);
  });

  it.each([1, 2, 2.5, 3])('with minScore %s makes exactly the candidates scoring that much, and the same roles', (min) => {
    expect(articles.length).toBeGreaterThan(0);
    for (const doc of articles) {
      const all = recogniseNames(doc, lex);
      const strong = recogniseNames(doc, lex, min);
      expect(strong.candidates).toEqual(all.candidates.filter((c) => (c.score ?? 0) >= min));
      expect(strong.roles).toEqual(all.roles);
    }
  });

  it('reads a deputy minister\'s one-word title after a minister and an appositive comma as a title, not the name\'s first word', () => {
    const doc = pipeline.run({ body: 'Hadir Menteri Perdagangan Hendra Wijaya, Wamendukbangga Ratna Kusumawati, dan Wamenpora Yusuf Maulana.' });
    const { candidates, roles } = recogniseNames(doc, lex);
    expect(candidates.filter((c) => c.type === 'PERSON').map((c) => c.text)).toEqual(['Hendra Wijaya', 'Ratna Kusumawati', 'Yusuf Maulana']);
    expect(roles.map((r) => r.title)).toEqual(['Menteri Perdagangan', 'Wamendukbangga', 'Wamenpora']);
  });

  it('reads a given name right before the tagger\'s name of two words, after a period\'s years, as the name\'s first word', () => {
    const read = (body: string, person: string) => {
      const doc = withTaggerSpan(body, 'PERSON', person, 3.4);
      // The cut-off of a pipeline with the tagger: the structural rules only.
      return recogniseNames(doc, lex, 2.5).candidates.filter((c) => c.type === 'PERSON').map((c) => c.text);
    };
    expect(read('Jaksa menghadirkan Direktur PT Sinar Laut tahun 2019-2023 Fransiskus Adi Nugroho (FAN) sebagai saksi.', 'Adi Nugroho')).toEqual([
      'Fransiskus Adi Nugroho',
    ]);
    // A common word before the tagger's name opens no name.
    expect(read('Pada periode itu Sumber Adi Nugroho menjual tanahnya.', 'Adi Nugroho')).toEqual([]);
  });

  it('reads a unit\'s acronym with digits and the area after it as an organisation, and a name after them as the person', () => {
    const read = (body: string) => recogniseNames(pipeline.run({ body }), lex, 2.5).candidates.map((c) => `${c.type}:${c.text}`);
    expect(read('Menurut laporan tertulis UP3D Sukamaju Hendra Wijaya, air mulai surut.')).toEqual(['ORG:UP3D Sukamaju', 'PERSON:Hendra Wijaya']);
    expect(read('Petugas UP3D Cikaret, Hendra Wijaya, memantau lokasi.')).toContain('ORG:UP3D Cikaret');
    // Alone, only when the article spells it out in brackets.
    expect(read('Unit Pelayanan Penanggulangan Darurat (UP3D) tiba. Tim dari UP3D membantu warga.').filter((f) => f === 'ORG:UP3D')).toHaveLength(2);
    expect(read('Tim dari UP3D membantu warga.')).toEqual([]);
  });

  it('leaves a building\'s town and a body\'s town and province after its own name out of the name, each a place', () => {
    const read = (body: string) => recogniseNames(pipeline.run({ body }), lex, 2.5).candidates.map((c) => `${c.type}:${c.text}`);
    expect(read('Lomba itu digelar di Benteng Marlborough Bengkulu, Minggu (7/12/2025).')).toEqual(['LOC:Benteng Marlborough', 'LOC:Bengkulu']);
    expect(read('Pengasuh Ponpes Darussalam Blitar Jawa Timur ini menilai langkah itu tepat.')).toEqual(
      expect.arrayContaining(['ORG:Ponpes Darussalam', 'LOC:Blitar', 'LOC:Jawa Timur']),
    );
    // A body's one town, a place named by a common word, and the country's name stay in the name.
    expect(read('Kepala Dinas Pendidikan Kota Bandung Ahmad Yani hadir.')).toContain('ORG:Dinas Pendidikan Kota Bandung');
    expect(read('Pameran digelar di Gedung Olah Seni Takengon pekan ini.')).toEqual(['LOC:Gedung Olah Seni Takengon']);
    expect(read('Rapat digelar di Gedung Bursa Efek Indonesia pekan ini.').map((f) => f.replace(/^[A-Z]+:/, ''))).toEqual(['Gedung Bursa Efek Indonesia']);
  });

  it('reads a school\'s or a unit\'s kind, its number and its town as one organisation, a new kind of school too ("SRMP 7 Kota Bekasi")', () => {
    const read = (body: string) => recogniseNames(pipeline.run({ body }), lex, 2.5).candidates.map((c) => `${c.type}:${c.text}`);
    expect(read('Menteri itu meninjau SRMP 7 Kota Bekasi, Sabtu (8/11).')).toContain('ORG:SRMP 7 Kota Bekasi');
    expect(read('Menteri mengunjungi SRMA 12 Kota Bogor, lalu SMA 4 Tangerang Selatan.')).toEqual(
      expect.arrayContaining(['ORG:SRMA 12 Kota Bogor', 'ORG:SMA 4 Tangerang Selatan']),
    );
    expect(read('Siswa SDIT 3 Sukarindang ikut lomba itu.')).toEqual(['ORG:SDIT 3 Sukarindang']);
    expect(read('Seorang siswa SMPIT 2 Lembang Kabupaten Bandung Barat menjadi juara.')).toContain('ORG:SMPIT 2 Lembang');
    expect(read('Personel Intel Kodim 0609 Cimahi ikut berjaga.')).toContain('ORG:Kodim 0609 Cimahi');
    // Every unit of the lexicon's numbered units, and the ones only this stage numbers so.
    expect(read('Personel Denpom 12 Bandung ikut berjaga.')).toContain('ORG:Denpom 12 Bandung');
    expect(read('Anggota Koramil 05 Sukajadi ikut berjaga.')).toContain('ORG:Koramil 05 Sukajadi');
    // A name after the number is its head's; a school's kind alone is a level of schooling.
    expect(read('Kepala SMAN 4 Sugiarto menjelaskan hal itu.').filter((f) => f.includes('Sugiarto'))).not.toContain('ORG:SMAN 4 Sugiarto');
    expect(read('Anak itu masih duduk di bangku SMP di Garut.')).not.toContain('ORG:SMP');
  });

  it('keeps a pronoun capitalised inside a sentence at the end of a body\'s name ("RS Harapan Kita"), not in a headline', () => {
    const read = (body: string, title?: string) => recogniseNames(pipeline.run(title ? { title, body } : { body }), lex, 2.5).candidates.map((c) => `${c.type}:${c.text}`);
    expect(read('Pasien dirujuk ke RS Bunda Kita untuk operasi jantung.')).toContain('ORG:RS Bunda Kita');
    expect(read('Bantuan disalurkan Yayasan Rumah Kami kepada warga.')).toContain('ORG:Yayasan Rumah Kami');
    expect(read('Guru itu mengajar di sana.', 'Luka Batin di Sekolah Kita').filter((f) => f.includes('Kita'))).toEqual([]);
  });

  it('gives a bare marker right after a title the first of the two words after it ("Ketua Kelompok Lestarimu Hendro"), all of them after a name the title describes', () => {
    const read = (body: string) => recogniseNames(pipeline.run({ body }), lex, 2.5).candidates.map((c) => `${c.type}:${c.text}`);
    expect(read('Ketua Kelompok Lestarimu Hendro mengapresiasi bantuan itu.')).toEqual(['ORG:Kelompok Lestarimu', 'PERSON:Hendro']);
    expect(read('Pemeriksaan menghadirkan Andi Wiranto selaku Direktur PT Dirgana Mulyono.')).toEqual(['ORG:PT Dirgana Mulyono']);
    // A given name after the marker opens the person's name.
    expect(read('Ketua Kelompok Budi Hartono mengapresiasi bantuan itu.')).toContain('PERSON:Budi Hartono');
  });

  it('reads the tagger\'s place after a building\'s or an area\'s noun, ending in a known town after a name of its own, as two places ("di gedung Wisesa Loka Mataram")', () => {
    const read = (body: string, place: string) => {
      const doc = withTaggerSpan(body, 'LOC', place, 3.8);
      return recogniseNames(doc, lex, 2.5).candidates.filter((c) => c.source === 'loc/address').map((c) => c.text);
    };
    expect(read('Pameran digelar di gedung Wisesa Loka Mataram pekan ini.', 'Wisesa Loka Mataram')).toEqual(['Wisesa Loka', 'Mataram']);
    // The noun inside the tagger's span.
    expect(read('Mereka tinggal di daerah Wiradjuri Canberra sejak lama.', 'daerah Wiradjuri Canberra')).toEqual(['Wiradjuri', 'Canberra']);
    // No noun before, a known place, or a compass word before the town: one place.
    expect(read('Pameran digelar di Wisesa Loka Mataram pekan ini.', 'Wisesa Loka Mataram')).toEqual([]);
    expect(read('Banjir melanda kawasan Jakarta Selatan kemarin.', 'Jakarta Selatan')).toEqual([]);
  });

  it('reads the tagger\'s span again without the next item\'s number a scraped list glued to it ("Jawa Timur4. SMA …")', () => {
    const body = 'Sekolah terpilih: 3. SMA Nusa Bangsa, Malang, Jawa Timur4. SMA Tunas Harapan, Garut, Jawa Barat. Ia tampil di Studio Trans7, Jakarta.';
    const doc = pipeline.run({ body });
    for (const span of ['Jawa Timur4', 'Studio Trans7']) {
      const start = body.indexOf(span);
      doc.candidates.push(makeCandidate('LOC', start, start + span.length, span, 'model', 3.8));
    }
    const found = recogniseNames(doc, lex, 2.5).candidates.filter((c) => c.source === 'loc/glued-number');
    expect(found.map((c) => c.text)).toEqual(['Jawa Timur']);
    expect(found.every((c) => body.slice(c.start, c.end) === c.text)).toBe(true);
  });

  it('leaves a neighbourhood\'s unit out of the known place after it ("ketua RT/RW Makassar")', () => {
    const body = 'Pemilihan ketua RT/RW Palembang digelar serentak bulan depan.';
    const doc = withTaggerSpan(body, 'LOC', 'RW Palembang', 3.4);
    const found = recogniseNames(doc, lex, 2.5).candidates.map((c) => `${c.type}:${c.text}`);
    expect(found).toContain('LOC:Palembang');
  });

  it('reads a common word between a portfolio and the tagger\'s name as the name\'s first word ("… dan Perikanan Sakti …")', () => {
    const body = 'Menteri Kelautan dan Perikanan Sakti Harun Wibisono meninjau pelabuhan.';
    const doc = withTaggerSpan(body, 'PERSON', 'Harun Wibisono', 3);
    const { candidates, roles } = recogniseNames(doc, lex);
    expect(candidates.filter((c) => c.type === 'PERSON').map((c) => c.text)).toEqual(['Sakti Harun Wibisono']);
    expect(roles).toMatchObject([{ title: 'Menteri Kelautan dan Perikanan' }]);
  });

  it('reads a place that is also a word of names after a bracketed acronym as the name\'s first word when the tagger reads the whole run', () => {
    const read = (person: string) => {
      const body = 'Sekretaris Jenderal Asosiasi Pemasok Pangan Nusantara (APPN) Bima Surya Hadinata mengatakan stok cukup.';
      const doc = withTaggerSpan(body, 'PERSON', person, 3);
      return recogniseNames(doc, lex).candidates.filter((c) => c.type !== 'ORG').map((c) => `${c.type}:${c.text}`);
    };
    expect(read('Bima Surya Hadinata')).toEqual(['PERSON:Bima Surya Hadinata']);
    expect(read('Surya Hadinata')).toEqual(['LOC:Bima', 'PERSON:Surya Hadinata']);
  });

  it('ends a company\'s name at a word of good fortune right after its place, before the name of its director', () => {
    const doc = pipeline.run({ body: 'Direktur PT Graha Asri Bekasi Sentosa Dani Kurniawan mengatakan proyek itu selesai.' });
    const found = recogniseNames(doc, lex).candidates.map((c) => `${c.type}:${c.text}`);
    expect(found).toContain('ORG:PT Graha Asri Bekasi Sentosa');
    expect(found).toContain('PERSON:Dani Kurniawan');
    expect(found).not.toContain('PERSON:Sentosa Dani Kurniawan');
  });

  it('reads the word after "Negeri" in a title or designation as the place, not the first word of the name', () => {
    const doc = pipeline.run({ body: 'Raja Negeri Latuhalat Yosef Tuhumury mengatakan warga siap berdamai. Menteri Luar Negeri Arif Wicaksono hadir.' });
    const { candidates, roles } = recogniseNames(doc, lex);
    const persons = candidates.filter((c) => c.type === 'PERSON').map((c) => c.text);
    expect(persons).toEqual(['Yosef Tuhumury', 'Arif Wicaksono']);
    expect(roles).toMatchObject([{ title: 'Raja Negeri', org: 'Latuhalat' }, { title: 'Menteri Luar Negeri' }]);
  });

  it('matches multi-word lexicon places, lowercase titles and non-ASCII capitals', () => {
    const doc = pipeline.run({ body: 'Banjir melanda Jawa Barat, kata Élodie Dupont kepada analis Tito Karnavian.' });
    const found = recogniseNames(doc, lex).candidates.map((c) => `${c.type}:${c.text}:${c.source}`);
    expect(found).toEqual([
      'LOC:Jawa Barat:loc/gazetteer',
      'PERSON:Élodie Dupont:person/after-cue',
      'PERSON:Tito Karnavian:person/title-name',
    ]);
  });

  it('reads a known place whose first word is a title as the place ("Raja Ampat"), also after a title', () => {
    const doc = pipeline.run({ body: 'Izin tambang di Raja Ampat dicabut. Bupati Raja Ampat Orideko Burdam hadir.' });
    const { candidates, roles } = recogniseNames(doc, lex);
    const found = candidates.map((c) => `${c.type}:${c.text}`);
    expect(found).toContain('LOC:Raja Ampat');
    expect(found).toContain('PERSON:Orideko Burdam');
    expect(found.filter((f) => f.includes('Ampat') && f !== 'LOC:Raja Ampat')).toEqual([]);
    expect(roles.map((r) => r.title)).toEqual(['Bupati Raja Ampat']);
  });

  it('reads a caption whose space a scraper dropped ("Name.Title Org") as a name and its title', () => {
    const doc = pipeline.run({ body: 'Ini pendapat saya tentang pemerintahan.\nWawan Sobari.Dosen Magister Ilmu Politik FISIP Universitas Brawijaya.' });
    const { candidates, roles } = recogniseNames(doc, lex);
    const found = candidates.map((c) => `${c.type}:${c.text}`);
    expect(found).toContain('PERSON:Wawan Sobari');
    expect(found).not.toContain('PERSON:Brawijaya');
    expect(roles).toMatchObject([{ title: 'Dosen', org: 'Magister Ilmu Politik FISIP Universitas Brawijaya' }]);
    for (const c of candidates) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
    // With a space after the dot, the two sentences are two sentences.
    const spaced = pipeline.run({ body: 'Ini pendapat saya.\nWawan Sobari. Dosen itu mengajar di Universitas Brawijaya.' });
    expect(recogniseNames(spaced, lex).roles).toEqual([]);
  });

  it('reads a portfolio or unit before a known organisation or place as the title, also before a comma', () => {
    const read = (body: string) => {
      const { candidates, roles } = recogniseNames(pipeline.run({ body }), lex);
      return { found: candidates.filter((c) => c.type !== 'PERSON').map((c) => `${c.type}:${c.text}`), roles: roles.map((r) => `${r.title}@${r.org}`) };
    };
    expect(read('Direktur Perlindungan Sosial Korban Bencana Alam Kemensos, Dewi Lestari, meninjau lokasi.')).toEqual({
      found: ['ORG:Kemensos'],
      roles: ['Direktur Perlindungan Sosial Korban Bencana Alam@Kemensos'],
    });
    expect(read('Warga dilibatkan, kata Deputi Sosial Budaya dan Pemberdayaan Masyarakat Otorita IKN, Joko Santoso.').found).toEqual(['ORG:Otorita IKN']);
    expect(read('Kunjungan itu dijelaskan Wakil Menteri Perdagangan dan Kerja Sama Afsel, Thabo Nkosi, kepada wartawan.')).toEqual({
      found: ['LOC:Afsel'],
      roles: ['Wakil Menteri Perdagangan dan Kerja Sama Afsel@null'],
    });
    expect(read('Hal itu dikatakan Menteri Luar Negeri Rusia, Sergei Lavrov, kemarin.').found).toEqual(['LOC:Rusia']);
    // An institution's own name stays whole: a place after "Nasional" ends it.
    expect(read('Ia pernah menjadi anggota Tentara Nasional Indonesia, Kepolisian Negara Republik Indonesia, atau pegawai negeri.').found).toEqual([
      'ORG:Tentara Nasional Indonesia',
      'ORG:Kepolisian Negara Republik Indonesia',
    ]);
  });

  it('reads unknown capitalised words between a place and a name after a title as the name\'s first words', () => {
    const read = (body: string) => recogniseNames(pipeline.run({ body }), lex).candidates.map((c) => `${c.type}:${c.text}`);
    expect(read('Menteri Luar Negeri Norwegia Gavin Eide membuka pertemuan itu.')).toEqual(['LOC:Norwegia', 'PERSON:Gavin Eide']);
    expect(read('Kepala Dinas Pertanian Sumatera Barat Febrian Saputra meninjau sawah.')).toContain('PERSON:Febrian Saputra');
    // A compass word or a company's last word after the place is the place's or the company's.
    expect(read('Bupati Bandung Barat Jeje Ismail hadir.')).toContain('LOC:Bandung Barat');
    expect(read('Direktur PT Sinar Bitung Jaya Welly Sondakh hadir.')).not.toContain('PERSON:Jaya Welly Sondakh');
  });

  it('leaves a rank and its force out of the organisation before a name ("Kemhan Mayjen TNI …")', () => {
    const { candidates } = recogniseNames(pipeline.run({ body: 'Direktur Jenderal Potensi Pertahanan Kemhan Mayjen TNI Surya Darma menjelaskan rencana itu.' }), lex);
    expect(candidates.map((c) => `${c.type}:${c.text}`)).toContain('ORG:Kemhan');
  });

  it('reads one word after an organisation\'s marker ending a title\'s run as the organisation\'s name ("Komisaris Utama Bank Nagari itu")', () => {
    const { candidates } = recogniseNames(pipeline.run({ body: 'Menurut mantan Direktur Utama Bank Mestika itu, kredit macet menurun.' }), lex);
    expect(candidates.map((c) => `${c.type}:${c.text}`)).toEqual(['ORG:Bank Mestika']);
  });

  it('opens the name after a title\'s organisation at a word the article names someone by after a speech cue ("kata Yusron")', () => {
    const read = (body: string) => recogniseNames(pipeline.run({ body }), lex).candidates.map((c) => `${c.type}:${c.text}`);
    const found = read('Direktur Utama Perumda Air Minum Tirta Sari Jaya Wirman Hakim mengatakan tarif naik. "Kami sudah lama merugi," kata Wirman.');
    expect(found).toContain('ORG:Perumda Air Minum Tirta Sari Jaya');
    expect(found).toContain('PERSON:Wirman Hakim');
    const kejari = read('Kepala Seksi Pidana Khusus Kejari Sungai Raya Markus Tandi Bone menjelaskan kasus itu. Menurut Markus, proyek itu fiktif.');
    expect(kejari).toContain('PERSON:Markus Tandi Bone');
    expect(kejari.filter((f) => f.startsWith('ORG:'))).toEqual(['ORG:Kejari Sungai Raya']);
    // Without the cue elsewhere, the run is read as before.
    expect(read('Direktur Utama Perumda Air Minum Tirta Sari Jaya Wirman Hakim mengatakan tarif naik.')).not.toContain('PERSON:Wirman Hakim');
  });

  it('reads a name prefix after a known organisation as the name\'s, not after a bare marker ("RSUD Dr. Soetomo")', () => {
    const read = (body: string) => recogniseNames(pipeline.run({ body }), lex).candidates.map((c) => `${c.type}:${c.text}`);
    expect(read('Pakar falak Kemenag Dr. Hasyim Rahmatullah Siregar memaparkan data hilal.')).toEqual(expect.arrayContaining(['ORG:Kemenag', 'PERSON:Dr. Hasyim Rahmatullah Siregar']));
    expect(read('Pasien itu dirujuk ke RSUD Dr. Soebandi Jember kemarin.').filter((f) => f.startsWith('PERSON:'))).toEqual([]);
  });

  it('keeps a place\'s word after its marker and a word ending a company\'s name out of the name after a title', () => {
    const read = (body: string) => recogniseNames(pipeline.run({ body }), lex).candidates.map((c) => `${c.type}:${c.text}`);
    expect(read('Ketua Asosiasi Pemandu Gunung Semeru Darmaji Hidayat menyambut baik aturan itu.')).toEqual(
      expect.arrayContaining(['ORG:Asosiasi Pemandu Gunung Semeru', 'PERSON:Darmaji Hidayat']),
    );
    expect(read('Analis PT Mitra Andalan Sekuritas Yosef Kristian Manurung mengingatkan investor.')).toEqual(
      expect.arrayContaining(['ORG:PT Mitra Andalan Sekuritas', 'PERSON:Yosef Kristian Manurung']),
    );
  });

  it('opens a company\'s name at its legal form inside a title\'s designation ("Head of Equity Research PT …")', () => {
    const read = (body: string) => recogniseNames(pipeline.run({ body }), lex).candidates.map((c) => `${c.type}:${c.text}`);
    expect(read('Head of Equity Research PT Sinar Harapan Sekuritas Bernard Wijaya menilai pasar tenang.').filter((f) => f.startsWith('ORG:'))).toEqual([
      'ORG:PT Sinar Harapan Sekuritas',
    ]);
  });

  it('adds to a name the tagger read no two words that no name list knows, but one ("Menteri Keuangan Sadewo …")', () => {
    const read = (body: string, person: string) => {
      const doc = withTaggerSpan(body, 'PERSON', person, 3);
      return recogniseNames(doc, lex).candidates.map((c) => `${c.type}:${c.text}`);
    };
    expect(read('Direktur CV Samudra Loka Tirau Welem Liong ditahan jaksa.', 'Welem Liong')).toEqual(
      expect.arrayContaining(['ORG:CV Samudra Loka Tirau', 'PERSON:Welem Liong']),
    );
    expect(read('Menteri Keuangan Sadewo Yudhi Pranata hadir.', 'Yudhi Pranata')).toContain('PERSON:Sadewo Yudhi Pranata');
  });

  it('reads an organisation\'s marker that is also a portfolio\'s word after a leader\'s title as the organisation it heads ("Ketua Koperasi …")', () => {
    const read = (body: string) => {
      const { candidates, roles } = recogniseNames(pipeline.run({ body }), lex);
      return { found: candidates.map((c) => `${c.type}:${c.text}`), roles: roles.map((r) => `${r.title}@${r.org}`) };
    };
    expect(read('Ketua Koperasi Simpan Pinjam Mekar Sidomulyo Rusdi Hamzah mengatakan dana aman.').found).toContain('ORG:Koperasi Simpan Pinjam Mekar Sidomulyo');
    expect(read('Ketua Koperasi Produsen Kopi Linge Raya, Rusdi Hamzah, menyebut harga naik.').found).toContain('ORG:Koperasi Produsen Kopi Linge Raya');
    // A minister's portfolio, a company's secretary, and a title of common words before a short form stay titles.
    expect(read('Menteri Koperasi Rusdi Hamzah hadir.').roles).toEqual(['Menteri Koperasi@null']);
    expect(read('Sekretaris Perusahaan PT Sinar Jaya Abadi Rusdi Hamzah menjelaskan.').roles[0]).toMatch(/^Sekretaris Perusahaan@PT Sinar/);
    expect(read('Ketua Koperasi Serba Usaha (KSU) Bukit Hijau Rusdi Hamzah hadir.').roles[0]).toMatch(/^Ketua Koperasi Serba Usaha/);
  });

  it('keeps a title\'s number, a consular portfolio, a board\'s title and a name\'s opening words out of the organisation', () => {
    const read = (body: string) => {
      const { candidates, roles } = recogniseNames(pipeline.run({ body }), lex);
      return { found: candidates.map((c) => `${c.type}:${c.text}`), roles: roles.map((r) => `${r.title}@${r.org}`) };
    };
    expect(read('Mahasiswa itu dipanggil Wakil Dekan III FISIP Unsri, Made Suarjana.').roles).toEqual(['Wakil Dekan III@FISIP Unsri']);
    // A commission's number stays the commission's.
    expect(read('Ketua Komisi II DPR Rudi Hartono hadir.').found).toContain('ORG:Komisi II DPR');
    const consul = read('Sekretaris Pertama Fungsi Konsuler KBRI Phnom Penh Wahyu Wicaksono mendampingi rombongan.');
    expect(consul.found).toEqual(expect.arrayContaining(['ORG:KBRI Phnom Penh', 'PERSON:Wahyu Wicaksono']));
    const board = read('Pelantikan dipimpin Ketua Pembina Yayasan Pendidikan Kenanga Raya Drs. Yohanes Kolo Bria.');
    expect(board.found).toEqual(expect.arrayContaining(['ORG:Yayasan Pendidikan Kenanga Raya', 'PERSON:Drs. Yohanes Kolo Bria']));
    expect(board.roles).toEqual(['Ketua Pembina@Yayasan Pendidikan Kenanga Raya']);
    const bali = read('Kepala Dinas Pariwisata Provinsi Bali Ida Bagus Made Wirawan menjelaskan dana itu.');
    expect(bali.found).toEqual(expect.arrayContaining(['ORG:Dinas Pariwisata Provinsi Bali', 'PERSON:Ida Bagus Made Wirawan']));
    // "Anak Agung" opens a Balinese noble's name: no word of the title before it.
    const noble = read('Wakil Kepala Departemen Minat dan Bakat Anak Agung Putu Wirasena dicopot.');
    expect(noble.found).toContain('PERSON:Anak Agung Putu Wirasena');
    expect(noble.roles).toEqual(['Wakil Kepala Departemen Minat dan Bakat@null']);
  });

  it('leaves a noun for people out of the body named after it ("Pegawai Pemerintah", "Personel Kodim")', () => {
    const read = (body: string) => recogniseNames(pipeline.run({ body }), lex).candidates.map((c) => `${c.type}:${c.text}`);
    expect(read('Ratusan calon Pegawai Pemerintah datang ke kantor itu.').filter((f) => f.startsWith('ORG:'))).toEqual([]);
    expect(read('Turut hadir Personel Polres Sungai Raya dalam patroli itu.')).toContain('ORG:Polres Sungai Raya');
  });

  it('reads the words a minister\'s title spells out before a short form as the portfolio, no organisation', () => {
    const { candidates, roles } = recogniseNames(pipeline.run({ body: 'Menteri Hak Asasi Manusia (HAM) Yosef Lamber berjanji menuntaskan kasus itu.' }), lex);
    expect(candidates.filter((c) => c.type === 'ORG')).toEqual([]);
    expect(roles.map((r) => r.title)).toEqual(['Menteri Hak Asasi Manusia']);
    // After another title, the words spelled out are the organisation.
    const kepala = recogniseNames(pipeline.run({ body: 'Kepala Badan Pusat Statistik (BPS) Yosef Lamber hadir.' }), lex);
    expect(kepala.candidates.map((c) => `${c.type}:${c.text}`)).toContain('ORG:Badan Pusat Statistik');
  });

  it('keeps a month after a day\'s number word in the name a marker opens ("Universitas Sebelas Maret"), not in a date', () => {
    const read = (body: string) => recogniseNames(pipeline.run({ body }), lex).candidates.map((c) => `${c.type}:${c.text}`);
    expect(read('Pengamat dari Universitas Sebelas Maret menilai hal itu.')).toContain('ORG:Universitas Sebelas Maret');
    expect(read('Laga digelar di Stadion Sepuluh November kemarin.')).toContain('LOC:Stadion Sepuluh November');
    expect(read('Rapat digelar Kamis Tiga Maret.').filter((f) => f.includes('Maret'))).toEqual([]);
  });

  it('cuts a portfolio before a known organisation and a word that ends organisations\' names ("… Jaminan Sosial BPJS Watch, …")', () => {
    const { candidates, roles } = recogniseNames(pipeline.run({ body: 'Koordinator Advokasi Jaminan Sosial BPJS Watch, Rudi Hartono, mengatakan skala prioritas berbeda.' }), lex);
    expect(candidates.filter((c) => c.type === 'ORG').map((c) => c.text)).toEqual(['BPJS Watch']);
    expect(roles.map((r) => r.title)).toEqual(['Koordinator Advokasi Jaminan Sosial']);
  });

  it('reads a place\'s marker after an organisation\'s words as part of its name, not a person the tagger read ("Yayasan Pendidikan Graha …")', () => {
    const body = 'Nasabahnya antara lain Yayasan Pendidikan Graha Mulia dan sebuah rumah sakit.';
    const doc = withTaggerSpan(body, 'PERSON', 'Graha Mulia', 3);
    const found = recogniseNames(doc, lex).candidates.map((c) => `${c.type}:${c.text}`);
    expect(found).toContain('ORG:Yayasan Pendidikan Graha Mulia');
    expect(found).not.toContain('PERSON:Graha Mulia');
  });

  it('reads "Ibu Kota" (a capital) as a noun, not an honorific before a town\'s marker ("Ibu Kota Nusantara", "Ibu Kota Politik")', () => {
    const read = (body: string) => recogniseNames(pipeline.run({ body }), lex, 2.5).candidates.map((c) => `${c.type}:${c.text}`);
    expect(read('Pegawai mulai pindah ke Ibu Kota Nusantara pekan depan.')).toContain('LOC:Ibu Kota Nusantara');
    const politik = read('Kawasan itu disiapkan menjadi Ibu Kota Politik Indonesia pada 2030.');
    expect(politik.filter((f) => f.includes('Kota'))).toEqual([]);
    // Common words before the capital are no part of it; a body's marker is.
    expect(read('Pemerintah menata Kawasan Inti Ibu Kota Nusantara tahun ini.')).toEqual(['LOC:Ibu Kota Nusantara']);
    expect(read('Kepala Otorita Ibu Kota Nusantara meninjau lokasi.')).toContain('ORG:Otorita Ibu Kota Nusantara');
  });

  it('ends a bank\'s name at "Syariah" (its Islamic arm), before the name of the person the title holds', () => {
    const found = recogniseNames(pipeline.run({ body: 'Direktur Utama Bank Sentosa Syariah Hendra Wijaya menjelaskan, pembiayaan itu tumbuh.' }), lex, 2.5).candidates.map((c) => `${c.type}:${c.text}`);
    expect(found).toContain('ORG:Bank Sentosa Syariah');
    expect(found).toContain('PERSON:Hendra Wijaya');
  });

  it('reads a common word between a region\'s short name ending the office and the name as the name\'s first word ("Kadis PUPR Sumut Topan Ginting")', () => {
    const found = recogniseNames(pipeline.run({ body: 'Jaksa memeriksa mantan Kadis PUPR Sumut Topan Siregar pekan lalu.' }), lex, 2.5).candidates.map((c) => `${c.type}:${c.text}`);
    expect(found).toContain('PERSON:Topan Siregar');
    expect(found.filter((f) => f.startsWith('ORG:'))).toEqual([]);
  });
});

describe('the person a title opening a sentence with a demonstrative describes', () => {
  /** The person span the role of "Wasekjen Gerindra ini" holds, with the tagger's persons given by name (their last mention). */
  function referentOf(body: string, persons: string[]): string | null {
    const doc = pipeline.run({ body });
    for (const name of persons) {
      const start = body.lastIndexOf(name);
      doc.candidates.push(makeCandidate('PERSON', start, start + name.length, name, 'model', 0.9));
    }
    const role = recogniseNames(doc, lex).roles.find((r) => r.title.startsWith('Wasekjen'));
    return role ? body.slice(role.personStart, role.personEnd) : null;
  }

  it('is the one the sentence before or the one before it names, after a speech cue or at its start; no later one', () => {
    expect(referentOf('Langkah itu tepat, kata Kawendra. Wasekjen Gerindra ini menilai hal itu wajar. Budi Santoso hadir.', ['Kawendra', 'Budi Santoso'])).toBe('Kawendra');
    expect(referentOf('Langkah itu tepat, kata Kawendra. Hujan turun deras. Wasekjen Gerindra ini menilai hal itu wajar.', ['Kawendra'])).toBe('Kawendra');
    expect(referentOf('Langkah itu tepat, kata Kawendra. Hujan turun deras. Angin kencang. Wasekjen Gerindra ini menilai hal itu wajar.', ['Kawendra'])).toBeNull();
    expect(referentOf('Kawendra hadir di Jakarta. Wasekjen Gerindra ini menilai hal itu wajar.', ['Kawendra'])).toBe('Kawendra');
    // (The cue before a name that opens with a letter outside ASCII; the nearer sentence first.)
    expect(referentOf('Kawendra hadir. Langkah itu tepat, ujar Élodie. Wasekjen Gerindra ini menilai hal itu wajar.', ['Kawendra', 'Élodie'])).toBe('Élodie');
  });
});
