import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/schema/entity.js';
import { createPipeline } from '../../../src/pipeline/pipeline.js';
import { entities } from './helpers.js';
import type { Candidate } from '../../../src/doc/candidate.js';
import { getLexicon } from '../../../src/lexicon/index.js';
import { groupMentions, initialsOf, resolveOverlaps } from '../../../src/stages/coref/index.js';

/** The texts of the entities of one type, in order. */
function textsOf(list: Entity[], type: Entity['type']): string[] {
  return list.filter((e) => e.type === type).map((e) => e.text);
}

function find(list: Entity[], type: Entity['type'], text: string): Entity | undefined {
  return list.find((e) => e.type === type && e.text === text);
}

// With stems: the names stage knows derived nouns ("Keberlanjutan" from "lanjut") by their stem.
/** A candidate of `type` over the first `s` in `text` at or after `from`. */
function candidateAt(text: string, s: string, type: Candidate['type'], from = 0): Candidate {
  const start = text.indexOf(s, from);
  return { type, start, end: start + s.length, text: s, source: 'test' };
}

const stemmed = createPipeline({
  stages: ['clean', 'segment', 'stem', 'numbers', 'amounts', 'tagger', 'names', 'coref', 'roles'].map((name) => ({ name })),
});

function stemmedEntities(body: string): Entity[] {
  return stemmed.run({ body }).entities;
}

describe('titles with portfolios of derived nouns', () => {
  it('reads common words spelled out by an acronym, then an organisation, as the title\'s portfolio', () => {
    const list = stemmedEntities('Direktur Transformasi dan Keberlanjutan Bisnis (TKB) Pertamina Bagus Wiratmoko mengungkap program itu merupakan tanggung jawab sosial perusahaan.');
    const bagus = find(list, 'PERSON', 'Bagus Wiratmoko');
    expect(bagus?.roles?.map((r) => [r.title, r.org])).toEqual([['Direktur Transformasi dan Keberlanjutan Bisnis', 'Pertamina']]);
    expect(textsOf(list, 'ORG')).toEqual(['Pertamina']);
  });

  it('keeps an organisation named after a title that ends in its marker, acronym and parent after it', () => {
    const list = stemmedEntities('Kepala Badan Pengatur Jalan Tol (BPJT) Kementerian PU Sugeng Raharjo mengatakan sistem itu akan diuji lebih dulu.');
    expect(find(list, 'ORG', 'Badan Pengatur Jalan Tol')).toBeDefined();
    expect(find(list, 'PERSON', 'Sugeng Raharjo')?.roles?.[0]?.title).toBe('Kepala Badan Pengatur Jalan Tol');
  });

  it('reads a place and then the name after a bracketed short name of the title\'s organisation, the place part of the organisation\'s name', () => {
    const list = stemmedEntities(
      '"Capaian tahun lalu akan terus kami pertahankan," kata Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kota Mataram Rusdianto, Kamis (15/1/2026).',
    );
    expect(find(list, 'PERSON', 'Rusdianto')?.roles?.[0]?.title).toBe('Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu');
    // The longest name as written: the place is a part of the organisation's name, no entity of its own.
    expect(textsOf(list, 'LOC')).toEqual([]);
    expect(find(list, 'ORG', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Mataram')).toBeDefined();
  });

  it('joins portfolio words made with ke-an, pe-an and -isasi across "dan", in a list of officials', () => {
    const list = stemmedEntities(
      'Rapat itu dihadiri Direktur Pengelolaan Sistem Informasi dan Digitalisasi Wahyudi Hartanto, Direktur Pemantauan dan Penyajian Data Lestari Wulandari, serta pejabat lain dari badan itu.',
    );
    expect(find(list, 'PERSON', 'Wahyudi Hartanto')?.roles?.map((r) => r.title)).toEqual(['Direktur Pengelolaan Sistem Informasi dan Digitalisasi']);
    expect(find(list, 'PERSON', 'Lestari Wulandari')?.roles?.map((r) => r.title)).toEqual(['Direktur Pemantauan dan Penyajian Data']);
    expect(textsOf(list, 'PERSON').sort()).toEqual(['Lestari Wulandari', 'Wahyudi Hartanto']);
  });
});

describe('entity stages: names, roles, coreference', () => {
  it('links a surname to the full name and attaches the role with its organisation', () => {
    const list = entities('CEO Telegram, Pavel Durov mengatakan ada lonjakan. “Kami bangga dengan tim kami,” ujar Durov.');
    const durov = find(list, 'PERSON', 'Pavel Durov');
    expect(durov?.mentions.map((m) => m.text)).toEqual(['Pavel Durov', 'Durov']);
    expect(durov?.roles?.map((r) => [r.title, r.org])).toEqual([['CEO', 'Telegram']]);
    expect(durov?.roles?.[0]?.orgEntity).toBe(find(list, 'ORG', 'Telegram')?.id);
  });

  it('keeps the organisation of a title joined by "sekaligus" to the next', () => {
    const list = entities('Ketua IPFO sekaligus Deputi Bidang Koordinasi Infrastruktur Dasar Kemenko IPK Rahmat Kaimuddin mengatakan proyek itu berjalan.');
    const roles = find(list, 'PERSON', 'Rahmat Kaimuddin')?.roles?.map((r) => [r.title, r.org]);
    expect(roles).toEqual(expect.arrayContaining([['Ketua', 'IPFO']]));
    expect(roles).toHaveLength(2);
  });

  it('carries a title across organisations between commas to the name after them', () => {
    const list = entities(
      'Profesor Riset Bidang Iklim, Pusat Riset Iklim dan Atmosfer, Badan Riset dan Inovasi Nasional (BRIN), Prof Ratna Kusumawati mengatakan fenomena itu akan berlangsung sepekan.',
    );
    expect(find(list, 'PERSON', 'Ratna Kusumawati')?.roles?.[0]?.title).toMatch(/^Profesor Riset Bidang/);
    expect(find(list, 'ORG', 'Pusat Riset Iklim dan Atmosfer')).toBeDefined();
  });

  it("reads a task force's portfolio of loan nouns, and a known organisation before its numbered region", () => {
    const list = entities('Kepala Satuan Tugas Koordinasi dan Supervisi KPK Wilayah V Dimas Pratama menyebutkan tambang itu sudah habis.');
    const dimas = find(list, 'PERSON', 'Dimas Pratama');
    expect(dimas?.roles?.map((r) => [r.title, r.org])).toEqual([['Kepala Satuan Tugas Koordinasi dan Supervisi', 'KPK']]);
    expect(find(list, 'ORG', 'KPK')).toBeDefined();
  });

  it('reads a title with its portfolio before the name', () => {
    const list = entities('Menteri Dalam Negeri Tito Karnavian meninjau lokasi banjir.');
    const tito = find(list, 'PERSON', 'Tito Karnavian');
    expect(tito?.roles?.[0]?.title).toBe('Menteri Dalam Negeri');
    expect(tito?.roles?.[0]?.org).toBeNull();
  });

  it('reads a lowercase role with an unknown organisation before a comma', () => {
    const list = entities('Menurut analis Sinar Harapan Sekuritas, Maya Kartikasari, pasar akan pulih.');
    const maya = find(list, 'PERSON', 'Maya Kartikasari');
    expect(maya?.roles?.[0]).toMatchObject({ title: 'analis', org: 'Sinar Harapan Sekuritas' });
    expect(find(list, 'ORG', 'Sinar Harapan Sekuritas')).toBeDefined();
  });

  it('joins titles linked by "sekaligus"', () => {
    const list = entities('Pendiri sekaligus CEO Telegram, Pavel Durov mengaku senang.');
    expect(find(list, 'PERSON', 'Pavel Durov')?.roles?.map((r) => r.title).sort()).toEqual(['CEO', 'Pendiri']);
  });

  it('links an acronym to the organisation spelled out before it', () => {
    const list = entities('Badan Pusat Statistik (BPS) mencatat inflasi. Kepala BPS menyebut harga pangan naik.');
    const bps = find(list, 'ORG', 'Badan Pusat Statistik');
    expect(bps?.mentions.map((m) => m.text)).toEqual(['Badan Pusat Statistik', 'BPS', 'BPS']);
  });

  it('names a body by its acronym and the words after it when its name is written around the acronym', () => {
    const list = entities(
      'Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan menjelaskan skema pembiayaan. Direktur Utama BPJS Kesehatan, Hendra Wijaya, menjelaskan bahwa peserta BPJS Kesehatan dijamin.',
    );
    const orgs = list.filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => e.text)).toEqual(['BPJS Kesehatan']);
    expect(orgs[0]!.aliases).toContain('Badan Penyelenggara Jaminan Sosial');
  });

  it("links the acronym and the words after it to the body spelled out with those words before the bracketed acronym", () => {
    const list = entities('Badan Penyelenggara Jaminan Ketenagakerjaan (BPJS) menyiapkan relaksasi iuran. Direktur BPJS Ketenagakerjaan, Hendra Wijaya, menyebut BPJS Ketenagakerjaan menunggu aturan.');
    expect(textsOf(list, 'ORG')).toEqual(['Badan Penyelenggara Jaminan Ketenagakerjaan']);
  });

  it('keeps the whole name written around the acronym when the acronym and the words after it come later', () => {
    const list = entities('Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut memantau cuaca. Petugas BPBD Kabupaten Garut bersiaga di lokasi.');
    const orgs = list.filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => e.text)).toEqual(['Badan Penanggulangan Bencana Daerah Kabupaten Garut']);
    expect(orgs[0]!.mentions.map((m) => m.text)).toContain('BPBD Kabupaten Garut');
  });

  it('reads units named before the police or the armed forces as organisations, not a law named so', () => {
    const list = entities('Dari kalangan internal Polri diundang Itwasum Polri, Bidpropam Brimob Polri, dan Mabes Polri. DPR sudah mengesahkan UU TNI tahun lalu.');
    const orgs = textsOf(list, 'ORG');
    expect(orgs).toEqual(expect.arrayContaining(['Itwasum Polri', 'Mabes Polri']));
    expect(orgs).not.toContain('UU TNI');
  });

  it("links a company's core name, read as another type, to the company named with its country", () => {
    const list = entities('Managing Director Dermavia Indonesia, Rudi Santoso, membuka acara itu. Cetavil adalah merek perawatan kulit dari Dermavia, yang dipercaya selama 75 tahun.');
    const org = find(list, 'ORG', 'Dermavia Indonesia');
    expect(org?.mentions.map((m) => m.text)).toEqual(['Dermavia Indonesia', 'Dermavia']);
    expect(list.filter((e) => e.text === 'Dermavia')).toEqual([]);
  });

  it('knows places of the world the tagger misses, and keeps a sea named with its marker whole', () => {
    const list = entities('Seorang warga New Jersey yang tumbuh besar di Italia ikut berdemo. Anomali itu terjadi di Samudra Atlantik bagian timur dan di Kenya.');
    const locs = textsOf(list, 'LOC');
    expect(locs).toEqual(expect.arrayContaining(['New Jersey', 'Samudra Atlantik', 'Kenya']));
    expect(list.filter((e) => e.type !== 'LOC').map((e) => e.text)).toEqual([]);
  });

  it('links aliases through the lexicon', () => {
    const list = entities('Presiden Joko Widodo meresmikan bendungan. Jokowi mengatakan proyek itu penting.');
    expect(find(list, 'PERSON', 'Joko Widodo')?.mentions.map((m) => m.text)).toEqual(['Joko Widodo', 'Jokowi']);
  });

  it('makes "Pak Harto" the Soeharto the article names', () => {
    const list = entities('Pengamat mencontohkan Presiden ke-2 Soeharto yang bertahan 32 tahun. "Jadi rahasia kenapa Pak Harto itu bisa bertahan adalah stabilitas," katanya.');
    expect(find(list, 'PERSON', 'Soeharto')?.mentions.map((m) => m.text)).toEqual(['Soeharto', 'Harto']);
    expect(find(list, 'PERSON', 'Harto')).toBeUndefined();
  });

  it('treats "Facebook Inc." and "Facebook" as one company', () => {
    const list = entities('Saham Facebook turun. Pendiri Facebook Inc. Mark Zuckerberg merugi.');
    const orgs = list.filter((e) => e.type === 'ORG');
    expect(orgs).toHaveLength(1);
    expect(find(list, 'PERSON', 'Mark Zuckerberg')?.roles?.[0]?.org).toBe(orgs[0]!.text);
  });

  it('finds places from the gazetteer and after locative prepositions', () => {
    const list = entities('Banjir melanda Kabupaten Bogor dan Jawa Barat. Warga di Cibinong mengungsi ke Bogor.');
    expect(find(list, 'LOC', 'Kabupaten Bogor')?.mentions.map((m) => m.text)).toEqual(['Kabupaten Bogor', 'Bogor']);
    expect(find(list, 'LOC', 'Jawa Barat')).toBeDefined();
    expect(find(list, 'LOC', 'Cibinong')).toBeDefined();
  });

  it('does not take pronouns, days or months for names', () => {
    const list = entities('Saya meminta warga tenang, kata dia pada Senin. Kami akan datang pada Oktober.');
    expect(list.filter((e) => ['PERSON', 'ORG', 'LOC'].includes(e.type))).toEqual([]);
  });

  it('only uses lexicons in a title-case headline, and links headline mentions to body entities', () => {
    const list = entities('Telegram mendapat pengguna baru. CEO Telegram, Pavel Durov senang.', 'Telegram Dapatkan Pengguna Baru Setelah WhatsApp Down');
    expect(textsOf(list, 'PERSON')).toEqual(['Pavel Durov']);
    expect(find(list, 'ORG', 'Telegram')?.section).toBe('title');
    expect(find(list, 'ORG', 'WhatsApp')).toBeDefined();
  });

  it('names the rule behind every mention', () => {
    for (const e of entities('Gubernur Jawa Barat Ahmad Syaiful meninjau jalan.')) {
      expect(e.source).toMatch(/^(?:model|[a-z]+\/[a-z-]+)$/);
    }
  });
});

describe('entity helpers', () => {
  it('keeps the best of overlapping candidates', () => {
    const kept = resolveOverlaps([
      { type: 'PERSON', start: 0, end: 5, text: 'Pavel', source: 'a', score: 1 },
      { type: 'PERSON', start: 0, end: 11, text: 'Pavel Durov', source: 'b', score: 1 },
      { type: 'ORG', start: 6, end: 11, text: 'Durov', source: 'c', score: 0.5 },
      { type: 'LOC', start: 20, end: 25, text: 'Bogor', source: 'd' },
    ]);
    expect(kept.map((c) => c.text)).toEqual(['Pavel Durov', 'Bogor']);
  });

  it('keeps candidates in text order, each against every kept neighbour', () => {
    const c = (start: number, end: number, score: number): Candidate => ({ type: 'ORG', start, end, text: `${start}`, source: 's', score });
    const kept = resolveOverlaps([c(10, 20, 5), c(30, 40, 5), c(0, 5, 4), c(18, 32, 4), c(20, 30, 3), c(5, 10, 2), c(4, 11, 1), c(40, 41, 1)]);
    expect(kept.map((k) => [k.start, k.end])).toEqual([[0, 5], [5, 10], [10, 20], [20, 30], [30, 40], [40, 41]]);
  });

  it('links a name to the longer form it spells out in parentheses, for organisations and places', () => {
    const text = 'Kementerian Komunikasi dan Informatika (Kominfo) dan Daerah Istimewa Yogyakarta (DIY) bekerja sama. Kominfo senang.';
    const at = (type: Candidate['type'], s: string, from = 0): Candidate => {
      const start = text.indexOf(s, from);
      return { type, start, end: start + s.length, text: s, source: 'test' };
    };
    const groups = groupMentions(
      [
        at('ORG', 'Kementerian Komunikasi dan Informatika'),
        at('ORG', 'Kominfo'),
        at('LOC', 'Daerah Istimewa Yogyakarta'),
        at('LOC', 'DIY'),
        at('ORG', 'Kominfo', 60),
      ],
      text,
      getLexicon(),
    );
    expect(groups.map((g) => [g.text, g.mentions.length, [...g.aliases]])).toEqual([
      ['Kementerian Komunikasi dan Informatika', 3, ['Kominfo']],
      ['Daerah Istimewa Yogyakarta', 2, ['DIY']],
    ]);
  });

  it("links a ministry's name to its name with the country after it, written either way, not to another country's ministry of that name", () => {
    const text = 'Delegasi bertemu Kementerian Pariwisata dan Ekonomi Kreatif Kerajaan Thailand. Kementerian Pariwisata dan Ekonomi Kreatif Republik Indonesia menyiapkan kerja sama itu. Kementerian Pariwisata dan Ekonomi Kreatif menargetkan kunjungan naik. Kementerian Pariwisata dan Ekonomi Kreatif RI akan mengevaluasinya.';
    const at = (s: string): Candidate => {
      const start = text.indexOf(`${s}${s.endsWith('Kreatif') ? ' menargetkan' : ''}`);
      return { type: 'ORG', start, end: start + s.length, text: s, source: 'test' };
    };
    const name = 'Kementerian Pariwisata dan Ekonomi Kreatif';
    const groups = groupMentions([at(`${name} Kerajaan Thailand`), at(`${name} Republik Indonesia`), at(name), at(`${name} RI`)], text, getLexicon());
    expect(groups.map((g) => [g.text, g.mentions.map((m) => m.text)])).toEqual([
      [`${name} Kerajaan Thailand`, [`${name} Kerajaan Thailand`]],
      [`${name} Republik Indonesia`, [`${name} Republik Indonesia`, name, `${name} RI`]],
    ]);
  });

  it("links a body's short name to the longer form in brackets after its full name ('Ditjen Hubdat' of '… (Ditjen Hubdat Kemenhub)')", () => {
    const long = 'Direktorat Jenderal Perhubungan Darat Kementerian Perhubungan';
    const text = `${long} (Ditjen Hubdat Kemenhub) menerbitkan surat edaran baru. Dalam surat itu, Ditjen Hubdat meminta operator bus memeriksa armadanya.`;
    const at = (s: string, from = 0) => candidateAt(text, s, 'ORG', from);
    const groups = groupMentions([at(long), at('Ditjen Hubdat Kemenhub'), at('Ditjen Hubdat', text.indexOf('itu,'))], text, getLexicon());
    expect(groups.map((g) => [g.text, g.mentions.map((m) => m.text)])).toEqual([[long, [long, 'Ditjen Hubdat Kemenhub', 'Ditjen Hubdat']]]);
  });

  it("links a body's name cut before its second field to the full name, before another longer name that starts with it ('Kementerian Pariwisata' of '… dan Ekonomi Kreatif')", () => {
    const text = 'Pemerintah membentuk Kementerian Pariwisata Indonesia yang baru. Sebelumnya, Kementerian Pariwisata dan Ekonomi Kreatif membawahkan urusan itu. Kementerian Pariwisata kini menyusun target kunjungan.';
    const at = (s: string, from = 0) => candidateAt(text, s, 'ORG', from);
    const groups = groupMentions([at('Kementerian Pariwisata Indonesia'), at('Kementerian Pariwisata dan Ekonomi Kreatif'), at('Kementerian Pariwisata', text.indexOf('kini') - 24)], text, getLexicon());
    expect(groups.map((g) => [g.text, g.mentions.map((m) => m.text)])).toEqual([
      ['Kementerian Pariwisata Indonesia', ['Kementerian Pariwisata Indonesia']],
      ['Kementerian Pariwisata dan Ekonomi Kreatif', ['Kementerian Pariwisata dan Ekonomi Kreatif', 'Kementerian Pariwisata']],
    ]);
  });

  it("keeps a body apart from its regional counterpart ('Dewan Perwakilan Rakyat' and '… Daerah')", () => {
    const text = 'Calon bukan anggota Dewan Perwakilan Rakyat, Dewan Perwakilan Daerah, dan Dewan Perwakilan Rakyat Daerah. Aturan dibahas dengan DPR RI.';
    const at = (s: string, from = 0) => candidateAt(text, s, 'ORG', from);
    const groups = groupMentions([at('Dewan Perwakilan Rakyat'), at('Dewan Perwakilan Daerah'), at('Dewan Perwakilan Rakyat Daerah'), at('DPR RI')], text, getLexicon());
    expect(groups.map((g) => [g.text, g.mentions.map((m) => m.text)])).toEqual([
      ['Dewan Perwakilan Rakyat', ['Dewan Perwakilan Rakyat', 'DPR RI']],
      ['Dewan Perwakilan Daerah', ['Dewan Perwakilan Daerah']],
      ['Dewan Perwakilan Rakyat Daerah', ['Dewan Perwakilan Rakyat Daerah']],
    ]);
  });

  it("links a short name in brackets after a body's name to it before a longer name it ends or starts, and a lexicon's short form to its own body ('Danari' of '… (Danari)', not 'Wisma Danari')", () => {
    const long = 'Lembaga Pengelola Dana Bumi Lestari';
    const text = `${long} (Danari) menggelar rapat di Wisma Danari. Danari menyebut dana cukup. Direktorat Jenderal Rehabilitasi Sosial Kementerian Sosial RI (Kemensos) hadir. Kementerian Sosial memuji Danari RI.`;
    const at = (s: string, from = 0) => candidateAt(text, s, 'ORG', from);
    const ditjen = 'Direktorat Jenderal Rehabilitasi Sosial Kementerian Sosial RI';
    const groups = groupMentions(
      [at(long), at('Danari'), at('Wisma Danari'), at('Danari', text.indexOf('Danari menyebut')), at(ditjen), at('Kemensos'), at('Kementerian Sosial', text.indexOf('memuji') - 19), at('Danari RI')],
      text,
      getLexicon(),
    );
    expect(groups.map((g) => [g.text, g.mentions.map((m) => m.text)])).toEqual([
      [long, [long, 'Danari', 'Danari', 'Danari RI']],
      ['Wisma Danari', ['Wisma Danari']],
      [ditjen, [ditjen]],
      ['Kementerian Sosial', ['Kemensos', 'Kementerian Sosial']],
    ]);
  });

  it("links a place's name without its kind or its last words to the one place it shortens, not a known place nor a street named after a market ('Alas Purwo', 'Istora', not 'Jakarta' of 'Jakarta Selatan')", () => {
    const text = 'Syuting di Taman Nasional Alas Purwo dan Istora Gelora Bung Karno, lalu Pasar Besar Lawang di Jalan Pasar Besar, Jakarta Selatan dan Kampung Cilaleu Hilir. Alas Purwo sunyi, Istora ramai, Pasar Besar sepi, Jakarta macet, Cilaleu tenang.';
    const at = (s: string, from = 0) => candidateAt(text, s, 'LOC', from);
    const later = text.indexOf('sunyi') - 11;
    const groups = groupMentions(
      ['Taman Nasional Alas Purwo', 'Istora Gelora Bung Karno', 'Pasar Besar Lawang', 'Jalan Pasar Besar', 'Jakarta Selatan', 'Kampung Cilaleu Hilir', 'Alas Purwo', 'Istora', 'Pasar Besar', 'Jakarta', 'Cilaleu'].map((s, i) => at(s, i < 6 ? 0 : later)),
      text,
      getLexicon(),
    );
    expect(groups.map((g) => [g.text, g.mentions.map((m) => m.text)])).toEqual([
      ['Taman Nasional Alas Purwo', ['Taman Nasional Alas Purwo', 'Alas Purwo']],
      ['Istora Gelora Bung Karno', ['Istora Gelora Bung Karno', 'Istora']],
      ['Pasar Besar Lawang', ['Pasar Besar Lawang', 'Pasar Besar']],
      ['Jalan Pasar Besar', ['Jalan Pasar Besar']],
      ['Jakarta Selatan', ['Jakarta Selatan']],
      ['Kampung Cilaleu Hilir', ['Kampung Cilaleu Hilir']],
      ['Jakarta', ['Jakarta']],
      ['Cilaleu', ['Cilaleu']],
    ]);
  });

  it("links one word of two people's names to the one whose name it opens ('Wiratmo' of 'Wiratmo Santoso', not 'Agus Dwi Wiratmo')", () => {
    const list = entities('Presiden Wiratmo Santoso membuka rapat bersama Kapolri Jenderal Agus Dwi Wiratmo di Istana. "Tidak ada lagi korupsi," kata Wiratmo.');
    expect(list.filter((e) => e.type === 'PERSON').map((e) => [e.text, e.mentions.map((m) => m.text)])).toEqual([
      ['Wiratmo Santoso', ['Wiratmo Santoso', 'Wiratmo']],
      ['Agus Dwi Wiratmo', ['Agus Dwi Wiratmo']],
    ]);
  });

  it("links a place's name with a word that only says it is an area or a complex to the name without it ('Desa Adat Sukalaras', 'Kompleks Taman Bunga Nusa')", () => {
    const text = 'Warga Desa Sukalaras menggelar upacara di Desa Adat Sukalaras. Pengunjung Taman Bunga Nusa memadati Kompleks Taman Bunga Nusa.';
    const at = (s: string) => candidateAt(text, s, 'LOC');
    const groups = groupMentions(['Desa Sukalaras', 'Desa Adat Sukalaras', 'Taman Bunga Nusa', 'Kompleks Taman Bunga Nusa'].map(at), text, getLexicon());
    expect(groups.map((g) => [g.text, g.mentions.map((m) => m.text)])).toEqual([
      ['Desa Adat Sukalaras', ['Desa Sukalaras', 'Desa Adat Sukalaras']],
      ['Kompleks Taman Bunga Nusa', ['Taman Bunga Nusa', 'Kompleks Taman Bunga Nusa']],
    ]);
  });

  it("keeps a known place apart from another place whose name ends in it after a name, not after a place's kind ('Bima' of 'Panda Bima', 'Ponorogo' of 'Mapolres Ponorogo', but 'Sumatera' of 'Pulau Sumatera')", () => {
    const text = 'Dermaga dibangun di Panda Bima dan Pulau Sumatera. Pelaku dibawa ke Mapolres Ponorogo. Warga Bima, Sumatera dan Ponorogo menyambutnya.';
    const at = (s: string, from = 0) => candidateAt(text, s, 'LOC', from);
    const later = text.indexOf('Warga');
    const groups = groupMentions([at('Panda Bima'), at('Pulau Sumatera'), at('Mapolres Ponorogo'), at('Bima', later), at('Sumatera', later), at('Ponorogo', later)], text, getLexicon());
    expect(groups.map((g) => [g.text, g.mentions.map((m) => m.text)])).toEqual([
      ['Panda Bima', ['Panda Bima']],
      ['Pulau Sumatera', ['Pulau Sumatera', 'Sumatera']],
      ['Mapolres Ponorogo', ['Mapolres Ponorogo']],
      ['Bima', ['Bima']],
      ['Ponorogo', ['Ponorogo']],
    ]);
  });

  it('reads a place after "se-" ("all of") glued to it whole, without the prefix ("se-Asia Tenggara")', () => {
    const list = entities('Akuarium di Jakarta itu disebut terbesar se-Asia Tenggara. Harga beras tertinggi se-Sulawesi Selatan tercatat di Makassar.');
    expect(textsOf(list, 'LOC')).toEqual(['Jakarta', 'Asia Tenggara', 'Sulawesi Selatan', 'Makassar']);
  });

  it('links "Muhammad" in its other spellings ("Mochammad Afifuddin" and "Muhammad Afifuddin")', () => {
    const list = entities('Ketua KPU Mochammad Afifuddin hadir dalam rapat. Menurut Muhammad Afifuddin, tahapan berjalan lancar.');
    expect(list.filter((e) => e.type === 'PERSON').map((e) => e.mentions.map((m) => m.text))).toEqual([['Mochammad Afifuddin', 'Muhammad Afifuddin']]);
  });

  it("links a contraction that takes a word's part after its prefix, or a company's name without its legal forms, to the body ('Dishub', 'Antam'), not one a word's last letters only make ('Kementan')", () => {
    const text = 'Dishub berjanji menindak truk. Dinas Perhubungan Kabupaten Sleman memasang jembatan timbang. PT Aneka Tambang Tbk mencatat laba. Saham Antam naik. Kementerian Keuangan dan Kementan rapat.';
    const at = (s: string) => candidateAt(text, s, 'ORG');
    const groups = groupMentions(['Dishub', 'Dinas Perhubungan Kabupaten Sleman', 'PT Aneka Tambang Tbk', 'Antam', 'Kementerian Keuangan', 'Kementan'].map(at), text, getLexicon());
    expect(groups.map((g) => [g.text, g.mentions.map((m) => m.text)])).toEqual([
      ['Dinas Perhubungan Kabupaten Sleman', ['Dishub', 'Dinas Perhubungan Kabupaten Sleman']],
      ['PT Aneka Tambang Tbk', ['PT Aneka Tambang Tbk', 'Antam']],
      ['Kementerian Keuangan', ['Kementerian Keuangan']],
      ['Kementan', ['Kementan']],
    ]);
  });

  it('links each contraction to its own body when several bodies of one place are named, whatever was compared before ("Dishub", "Dinkes")', () => {
    // (The words of each long name before its place are kept with its group after the first short
    // form compares them: a later short form must read each group's own words.)
    const text = 'Dinas Perhubungan Kota Medan, Dinas Kesehatan Kota Medan dan Dinas Pendidikan Kota Medan rapat. Dishub menutup jalan. Dinkes memeriksa warga. Dishub berjaga.';
    const at = (s: string, from = 0) => candidateAt(text, s, 'ORG', from);
    const names = [at('Dinas Perhubungan Kota Medan'), at('Dinas Kesehatan Kota Medan'), at('Dinas Pendidikan Kota Medan'), at('Dishub'), at('Dinkes'), at('Dishub', text.indexOf('Dishub') + 1)];
    const groups = groupMentions(names, text, getLexicon());
    expect(groups.map((g) => [g.text, g.mentions.map((m) => m.text)])).toEqual([
      ['Dinas Perhubungan Kota Medan', ['Dinas Perhubungan Kota Medan', 'Dishub', 'Dishub']],
      ['Dinas Kesehatan Kota Medan', ['Dinas Kesehatan Kota Medan', 'Dinkes']],
      ['Dinas Pendidikan Kota Medan', ['Dinas Pendidikan Kota Medan']],
    ]);
  });

  it("links a city's name without its kind to the city, not the country the lexicon knows by it, and a place's acronym in brackets only if it spells out the words before it ('Nusantara', 'IKN', not 'BJB' of 'Banten')", () => {
    const text = 'Investor menanam modal di Ibu Kota Nusantara (IKN). Nusantara siap, kata pejabat Indonesia. Kredit dari Bank Jawa Barat dan Banten (BJB) mengalir.';
    const at = (s: string) => candidateAt(text, s, 'LOC');
    const groups = groupMentions(['Kota Nusantara', 'IKN', 'Nusantara siap', 'Indonesia', 'Banten', 'BJB'].map(at).map((c) => (c.text === 'Nusantara siap' ? { ...c, end: c.start + 9, text: 'Nusantara' } : c)), text, getLexicon());
    expect(groups.map((g) => [g.text, g.mentions.map((m) => m.text)])).toEqual([
      ['Kota Nusantara', ['Kota Nusantara', 'IKN', 'Nusantara']],
      ['Indonesia', ['Indonesia']],
      ['Banten', ['Banten']],
      ['BJB', ['BJB']],
    ]);
  });

  it("reads a name ending with 'Brothers' as a company ('Wiratama Brothers')", () => {
    const list = entities('Proyek mobil itu dibuat pada tahun 1994 oleh Grup Wiratama melalui Wiratama Brothers. Perusahaan itu ingin menjadikannya mobil nasional.');
    expect(find(list, 'ORG', 'Wiratama Brothers')).toBeDefined();
    expect(textsOf(list, 'PERSON')).toEqual([]);
  });

  it("links a surname two people share to the one of them whose first name the article never uses alone ('Hartanto' of 'Bayu Hartanto' beside 'Sekar Hartanto', called 'Sekar')", () => {
    const text = 'Bayu Hartanto dan istrinya, Sekar Hartanto, membeli rumah. Sekar menyebutnya norak. Hartanto kini pensiun dari sepak bola.';
    const at = (s: string, from = 0) => candidateAt(text, s, 'PERSON', from);
    const groups = groupMentions([at('Bayu Hartanto'), at('Sekar Hartanto'), at('Sekar', 50), at('Hartanto', 80)], text, getLexicon());
    expect(groups.map((g) => [g.text, g.mentions.map((m) => m.text)])).toEqual([
      ['Bayu Hartanto', ['Bayu Hartanto', 'Hartanto']],
      ['Sekar Hartanto', ['Sekar Hartanto', 'Sekar']],
    ]);
    // Both called by their first names: the surname stays apart.
    const both = 'Bayu Hartanto dan Sekar Hartanto hadir. Sekar tersenyum, Bayu diam. Hartanto pergi.';
    const at2 = (s: string, from = 0) => candidateAt(both, s, 'PERSON', from);
    expect(groupMentions([at2('Bayu Hartanto'), at2('Sekar Hartanto'), at2('Sekar', 30), at2('Bayu', 20), at2('Hartanto', 60)], both, getLexicon())).toHaveLength(3);
  });

  it("links a city named in English and in Indonesian ('New York City', 'Kota New York'), not the country a city is named after ('Meksiko')", () => {
    const text = 'Wali kota New York City berpidato. Warga Kota New York berunjuk rasa. Mexico City dan Meksiko bersiap.';
    const at = (s: string) => candidateAt(text, s, 'LOC');
    const groups = groupMentions([at('New York City'), at('Kota New York'), at('Mexico City'), at('Meksiko')], text, getLexicon());
    expect(groups.map((g) => [g.text, g.mentions.map((m) => m.text)])).toEqual([
      ['New York City', ['New York City', 'Kota New York']],
      ['Mexico City', ['Mexico City']],
      ['Meksiko', ['Meksiko']],
    ]);
  });

  it("links 'Nusantara', 'Kota Nusantara' and 'IKN Nusantara' to the capital named 'Ibu Kota Nusantara' or 'IKN', not to the country, and 'DKI Jakarta' to 'Kota Jakarta'", () => {
    const text = 'Pembangunan Ibu Kota Nusantara berlanjut. Kawasan Kota Nusantara tumbuh. Nusantara siap, kata pejabat Indonesia. Gubernur DKI Jakarta hadir, warga Kota Jakarta menonton.';
    const at = (s: string) => candidateAt(text, s, 'LOC');
    const groups = groupMentions(['Ibu Kota Nusantara', 'Kota Nusantara tumbuh', 'Nusantara siap', 'Indonesia', 'DKI Jakarta', 'Kota Jakarta'].map(at).map((c) => (c.text.endsWith(' siap') || c.text.endsWith(' tumbuh') ? { ...c, end: c.start + c.text.lastIndexOf(' '), text: c.text.slice(0, c.text.lastIndexOf(' ')) } : c)), text, getLexicon());
    expect(groups.map((g) => [g.text, g.mentions.map((m) => m.text)])).toEqual([
      ['Ibu Kota Nusantara', ['Ibu Kota Nusantara', 'Kota Nusantara', 'Nusantara']],
      ['Indonesia', ['Indonesia']],
      ['DKI Jakarta', ['DKI Jakarta', 'Kota Jakarta']],
    ]);
    const short = 'Wapres diminta berkantor di IKN. Nasib IKN Nusantara dibahas. Nusantara siap.';
    const at2 = (s: string) => candidateAt(short, s, 'LOC');
    const linked = groupMentions([at2('IKN'), at2('IKN Nusantara'), { ...at2('Nusantara siap'), end: short.indexOf('Nusantara siap') + 9, text: 'Nusantara' }], short, getLexicon());
    expect(linked.map((g) => [g.text, g.mentions.map((m) => m.text)])).toEqual([['IKN Nusantara', ['IKN', 'IKN Nusantara', 'Nusantara']]]);
  });

  it("links one word to the one body another of whose forms it starts, and a state school's kind in one word to it in two ('Timnas', 'SMKN Bahari Nusa')", () => {
    const text = 'Tim Nasional Indonesia (Timnas Indonesia) berlatih. Timnas siap. Siswa SMK Negeri Bahari Nusa dan SMKN Bahari Nusa juara.';
    const at = (s: string, from = 0) => candidateAt(text, s, 'ORG', from);
    const groups = groupMentions([at('Tim Nasional Indonesia'), at('Timnas Indonesia'), at('Timnas', text.indexOf('Timnas siap')), at('SMK Negeri Bahari Nusa'), at('SMKN Bahari Nusa')], text, getLexicon());
    expect(groups.map((g) => [g.text, g.mentions.map((m) => m.text)])).toEqual([
      ['Tim Nasional Indonesia', ['Tim Nasional Indonesia', 'Timnas Indonesia', 'Timnas']],
      ['SMK Negeri Bahari Nusa', ['SMK Negeri Bahari Nusa', 'SMKN Bahari Nusa']],
    ]);
  });

  it("links a place's other name the lexicon knows to the place written with it under a longer name ('RI' of 'Republik Indonesia', also written 'Indonesia')", () => {
    const text = 'Delegasi RI tiba. Sikap Republik Indonesia jelas. Indonesia menolak.';
    const at = (s: string) => candidateAt(text, s, 'LOC');
    const groups = groupMentions(['RI', 'Republik Indonesia', 'Indonesia menolak'].map(at).map((c) => (c.text === 'Indonesia menolak' ? { ...c, end: c.start + 9, text: 'Indonesia' } : c)), text, getLexicon());
    expect(groups.map((g) => [g.text, g.mentions.map((m) => m.text)])).toEqual([['Republik Indonesia', ['RI', 'Republik Indonesia', 'Indonesia']]]);
  });

  it("links an acronym and a place to the body whose name that acronym follows in brackets before 'di' and the place ('KPDN Taipei')", () => {
    const long = 'Kantor Perwakilan Dagang Nusantara';
    const text = `Keluarga berkoordinasi dengan ${long} (KPDN) di Taipei. Selain itu, KPDN Taipei mendampingi klaim.`;
    const at = (s: string) => candidateAt(text, s, 'ORG');
    const groups = groupMentions([at(long), at('KPDN Taipei')], text, getLexicon());
    expect(groups.map((g) => g.mentions.map((m) => m.text))).toEqual([[long, 'KPDN Taipei']]);
  });

  it.each([
    ['Badan Pusat Statistik', 'BPS'],
    ['Otoritas Jasa Keuangan', 'OJK'],
    ['Komisi Pemberantasan Korupsi', 'KPK'],
  ])('initials of %s are %s', (name, acronym) => {
    expect(initialsOf(name)).toBe(acronym);
  });
});

const names = (list: Entity[]) => list.filter((e) => ['PERSON', 'ORG', 'LOC'].includes(e.type)).map((e) => `${e.type}:${e.text}`);

describe('entity rules found on real 2025 news', () => {
  it('splits a route into its two ends, known places, and keeps a toll road named by its ends whole', () => {
    const found = names(entities('Pemerintah membangun pipa gas ruas Cirebon-Semarang dan Ruas Dumai-Sei Mangkei. Tol Jakarta-Cikampek macet.'));
    expect(found).toEqual(expect.arrayContaining(['LOC:Cirebon', 'LOC:Semarang', 'LOC:Dumai', 'LOC:Sei Mangkei', 'LOC:Tol Jakarta-Cikampek']));
    expect(found.some((f) => f.includes('Ruas'))).toBe(false);
  });

  it('keeps a nickname in quotes inside a name and links the nickname alone to it', () => {
    const list = entities("Wali Kota Makassar Munafri 'Appi' Arifuddin menargetkan pemilihan digelar November. Kehadiran KPU penting, kata Appi.");
    const appi = list.find((e) => e.type === 'PERSON' && e.text === "Munafri 'Appi' Arifuddin");
    expect(appi?.mentions.map((m) => m.text)).toEqual(["Munafri 'Appi' Arifuddin", 'Appi']);
    expect(appi?.roles?.map((r) => r.title)).toEqual(['Wali Kota Makassar']);
    expect(names(list).filter((f) => f.startsWith('PERSON'))).toEqual(["PERSON:Munafri 'Appi' Arifuddin"]);
  });

  it('reads a one-word organisation that is a word of a person named in the text as that person', () => {
    const list = entities('Pakar transportasi R Sony Sulaksono Wibowo menilai kemacetan parah. Menurut Sony, angkutan umum harus dibenahi.');
    expect(names(list)).not.toContain('ORG:Sony');
  });

  it('takes no person from derived nouns after a title nor from a name ending with an organisation', () => {
    const found = names(entities('Hal itu disampaikan komisioner Pemantauan dan Penyelidikan Komnas HAM, Saurlin, kemarin. Rantis Brimob itu awalnya menabrak pengemudi ojol.'));
    expect(found).toContain('PERSON:Saurlin');
    expect(found).not.toContain('PERSON:Pemantauan');
    expect(found).not.toContain('PERSON:Rantis Brimob');
  });

  it('reads no organisation in a title\'s field, but the organisation after it', () => {
    const found = names(
      entities(
        'Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan (IPK) Agus Harimurti Yudhoyono (AHY) mengatakan hal itu. Bantuan diserahkan Deputi Bidang Sosial, Budaya, dan Pemberdayaan Masyarakat Otorita IKN, Alimuddin, di IKN.',
      ),
    );
    expect(found.some((f) => f.startsWith('ORG:Infrastruktur') || f.startsWith('ORG:Budaya'))).toBe(false);
    expect(found).toContain('ORG:Otorita IKN');
    expect(found).toContain('PERSON:Agus Harimurti Yudhoyono');
  });

  it('types a known country after a title as a place and a cited source as an organisation', () => {
    const found = names(
      entities('Pelaksana Tugas Administrator NASA Sean Duffy, yang juga Menteri Perhubungan, Amerika Serikat, mengungkapkan hal itu, seperti dikutip detikINET dari Futurism.'),
    );
    expect(found).toContain('LOC:Amerika Serikat');
    expect(found).not.toContain('ORG:Amerika Serikat');
    expect(found).toContain('ORG:Futurism');
    expect(found.some((f) => f.includes('Administrator'))).toBe(false);
  });

  it('keeps an organisation named with "dan" whole, and a person after an organisation\'s rank', () => {
    const found = names(entities('Perubahan nomenklatur Badan Penyelenggaraan Haji dan Umrah menjadi setara kementerian. Polres Kampar AKP Gian Wiatma hadir.'));
    expect(found).toContain('ORG:Badan Penyelenggaraan Haji dan Umrah');
    expect(found).not.toContain('PERSON:Umrah');
    expect(found).toContain('PERSON:Gian Wiatma');
  });

  it('cuts the neighbourhood unit from a village and a sentence-opening common word from a known organisation', () => {
    const found = names(entities('Banjir merendam Kampung Naringgul RT 02 sejak sore. Jalur Pos Indonesia melayani warga tanpa rekening.'));
    expect(found).toContain('LOC:Kampung Naringgul');
    expect(found.some((f) => f.includes(' RT'))).toBe(false);
    expect(found).toContain('ORG:Pos Indonesia');
  });

  it('keeps names of a promoted story that the lexicon knows, without verbs of its title case', () => {
    const list = entities('Gubernur itu membahas data kemiskinan kemarin.\n\nTonton juga Video: Mendagri Ingatkan Dedi Mulyadi, Angka Kemiskinan Jawa Barat Tinggi');
    const found = names(list);
    expect(found).toContain('LOC:Jawa Barat');
    expect(found).toContain('PERSON:Dedi Mulyadi');
    expect(found.some((f) => f.includes('Ingatkan') || f.includes('Angka'))).toBe(false);
  });
});

describe('roles found on real 2025 news', () => {
  const roles = (body: string) =>
    entities(body)
      .filter((e) => e.type === 'PERSON')
      .map((e) => [e.text, (e.roles ?? []).map((r) => r.title)]);

  it('gives a long title, its bracketed short form and its organisation to the name after the comma', () => {
    expect(roles('Hal itu disampaikan Direktur Jenderal Energi Baru, Terbarukan, dan Konservasi Energi (EBTKE) Kementerian ESDM, Eniya Listiani Dewi dalam keterangannya.')).toEqual([
      ['Eniya Listiani Dewi', ['Direktur Jenderal Energi Baru, Terbarukan, dan Konservasi Energi']],
    ]);
  });

  it('gives each title of a list of title-name pairs to its own name, and makes no person of a unit before its number', () => {
    const found = roles('Acara itu dihadiri Menteri Desa dan Pembangunan Daerah Tertinggal Yandri Susanto, Wakil Panglima TNI Jenderal Tandyo Budi Revia. Manager Humas KAI Daop 6 Yogyakarta menjelaskan jadwal.');
    expect(found).toEqual([
      ['Yandri Susanto', ['Menteri Desa dan Pembangunan Daerah Tertinggal']],
      ['Tandyo Budi Revia', ['Wakil Panglima']],
    ]);
  });
});

describe('roles across a faction or a bracketed short title and a place', () => {
  it('gives the title to the name after "dari Fraksi X," and after "(Dinkes) Lombok Barat,"', () => {
    const found = entities(
      'Wakil Ketua MPR dari Fraksi PAN, Eddy Soeparno, mengingatkan pemuda. Kepala Dinas Kesehatan (Dinkes) Lombok Barat, Erni Suryana, mengatakan jumlah itu berkurang.',
    )
      .filter((e) => e.type === 'PERSON')
      .map((e) => [e.text, (e.roles ?? []).map((r) => r.title)]);
    expect(found).toEqual([
      ['Eddy Soeparno', ['Wakil Ketua']],
      ['Erni Suryana', ['Kepala Dinas Kesehatan']],
    ]);
  });
});

describe('amounts: money implied by a noun of money', () => {
  const money = (body: string) =>
    entities(body)
      .filter((e) => e.type === 'MONEY')
      .map((e) => [e.text, e.value ?? e.min ?? e.max, e.currency]);

  it('makes a scaled number after a noun of money an amount in the article\'s currency', () => {
    expect(money('Bantuan Rp 600.000 diberikan. Total anggarannya sebesar 11,93 triliun untuk 17,3 juta pekerja.')).toEqual([
      ['Rp 600.000', 600000, 'IDR'],
      ['11,93 triliun', 11930000000000, 'IDR'],
    ]);
  });

  it('leaves a scaled number alone in an article without money or with two currencies', () => {
    expect(money('Total anggarannya sebesar 11,93 triliun tahun ini.')).toEqual([]);
    expect(money('Harga Rp 5.000 atau US$ 1. Total anggarannya sebesar 11,93 triliun.').map((m) => m[0])).toEqual(['Rp 5.000', 'US$ 1']);
  });
});

describe('names after a national body, ranks, nicknames, English media', () => {
  it('ends the organisation before a given name and a common word ("Kementerian Kesehatan RI Azhar Jaya"), linking the short form', () => {
    const list = entities('Kemenkes menegur rumah sakit itu. Direktur Jenderal Kesehatan Lanjutan Kementerian Kesehatan RI Azhar Jaya menyesalkan tindakan tersebut.');
    const azhar = find(list, 'PERSON', 'Azhar Jaya');
    expect(azhar?.roles?.[0]?.title).toBe('Direktur Jenderal Kesehatan Lanjutan');
    const ministry = list.filter((e) => e.type === 'ORG');
    expect(ministry.map((e) => e.mentions.map((m) => m.text))).toEqual([['Kemenkes', 'Kementerian Kesehatan RI']]);
  });

  it("keeps a place's word inside the tagger's name after a title and its organisation (\"Kota Padang Syafrizal Tanjung\")", () => {
    const list = entities('Kepala Dinas Perdagangan Kota Padang Syafrizal Tanjung menjelaskan, harga kios ditetapkan berdasarkan hitungan biaya pembangunan. "Cicilannya kira-kira Rp 1,2 juta per bulan," ucap Syafrizal.');
    const person = find(list, 'PERSON', 'Syafrizal Tanjung');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Syafrizal Tanjung', 'Syafrizal']);
    expect(person?.roles?.map((r) => [r.title, r.org])).toEqual([['Kepala Dinas Perdagangan Kota Padang', 'Dinas Perdagangan Kota Padang']]);
    expect(textsOf(list, 'ORG')).toEqual(['Dinas Perdagangan Kota Padang']);
  });

  it("ends a known place after its marker where the tagger's name starts (\"Provinsi Lampung Taufiqurrahman Hadi\")", () => {
    const list = entities('Kepala Dinas Bina Marga dan Bina Konstruksi (BMBK) Provinsi Lampung Taufiqurrahman Hadi menyebut pekerjaan fisik dimulai bulan depan.');
    expect(find(list, 'PERSON', 'Taufiqurrahman Hadi')).toBeDefined();
    // The place belongs to the organisation's name as written, its acronym between (the guide's longest name).
    expect(textsOf(list, 'ORG')).toEqual(['Dinas Bina Marga dan Bina Konstruksi Provinsi Lampung']);
    expect(find(list, 'PERSON', 'Taufiqurrahman Hadi')?.roles?.map((r) => r.title)).toEqual(['Kepala Dinas Bina Marga dan Bina Konstruksi']);
    expect(list.filter((e) => e.text.includes('Taufiqurrahman') && e.type !== 'PERSON')).toEqual([]);
  });

  it('reads a well-known place the tagger took for a person as a place, unless a person is named there', () => {
    const place = entities('Pemerintah daerah perlu belajar dari kota pesisir di Belanda seperti Rotterdam yang menggabungkan tanggul, kolam retensi dan ruang terbuka hijau.');
    expect(find(place, 'LOC', 'Rotterdam')).toBeDefined();
    expect(place.filter((e) => e.type === 'PERSON')).toEqual([]);
    const person = entities('Alat itu dirancang tim Fakultas Teknik. "Harganya jauh lebih murah," kata Bima saat dihubungi, Jumat (17/10). Meski murah, kata Bima, alat itu akurat.');
    expect(find(person, 'PERSON', 'Bima')).toBeDefined();
  });

  it('reads a "Balai" as an agency, a town\'s or village\'s hall as a place', () => {
    const list = entities('Kami sudah usulkan ke Balai Wilayah Sungai Sumatera VII agar masuk program pusat. Warga lalu berkumpul di Balai Desa Suci untuk rapat.');
    expect(find(list, 'ORG', 'Balai Wilayah Sungai Sumatera VII')).toBeDefined();
    expect(find(list, 'LOC', 'Balai Desa Suci')).toBeDefined();
  });

  it('names a school by its kind, number and place ("SMP Negeri 9 Semarang", "SDN 3 Pangkalan Lampam")', () => {
    const list = entities('Anaknya gagal masuk SMP Negeri 9 Semarang meski rumahnya dekat. Adiknya bersekolah di SDN 3 Pangkalan Lampam sejak tahun lalu.');
    const orgs = textsOf(list, 'ORG');
    expect(orgs).toEqual(['SMP Negeri 9 Semarang', 'SDN 3 Pangkalan Lampam']);
    expect(list.filter((e) => e.type === 'LOC')).toEqual([]);
  });

  it("leaves a portfolio's words in the title, before the name ('Menteri Perumahan dan Kawasan Permukiman Maruarar Sirait')", () => {
    const list = entities('Secara nasional, Menteri Perumahan dan Kawasan Permukiman Maruarar Sirait sebelumnya menyatakan anggaran tahun ini cukup.');
    const person = list.filter((e) => e.type === 'PERSON');
    expect(person.map((e) => e.text)).toEqual(['Maruarar Sirait']);
    expect(person[0]?.roles?.[0]?.title).toBe('Menteri Perumahan dan Kawasan Permukiman');
  });

  it('reads initials as a person after "berinisial", a role, or before an age, not after "korban" or "warga" of a place', () => {
    const list = entities('Polisi menangkap tiga tersangka berinisial RA (34), MF (28) dan HS (41) di sebuah rumah kontrakan. Pelaku JD masih buron. Menurut polisi, AS (34) ikut membantu.');
    const people = list.filter((e) => e.type === 'PERSON').map((e) => [e.text, e.mentions.length]);
    expect(people).toEqual([['RA', 1], ['MF', 1], ['HS', 1], ['JD', 1], ['AS', 1]]);
    const others = entities('Tersangka AS ditangkap. Pria itu menyerang warga AS dan korban KKB di Papua.');
    expect(others.filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  it('reads a title, its organisation and a name after a lowercase doctor\'s prefix ("… Kabupaten Jember dr. Lestari Handayani")', () => {
    const list = entities('Kepala Dinas Kesehatan Kabupaten Jember dr. Lestari Handayani mengatakan pihaknya mendirikan pos kesehatan.');
    const person = find(list, 'PERSON', 'Lestari Handayani');
    expect(person?.roles?.map((r) => [r.title, r.org])).toEqual([['Kepala Dinas Kesehatan Kabupaten Jember', 'Dinas Kesehatan Kabupaten Jember']]);
    expect(textsOf(list, 'ORG')).toEqual(['Dinas Kesehatan Kabupaten Jember']);
  });

  it("reads a title with a lowercase field before the comma and the name as the person's role (\"Ketua koperasi, Endang Sri Lestari\")", () => {
    const list = entities('Warga antusias mendaftar. Ketua koperasi, Endang Sri Lestari, menyebut sudah ada 214 warga yang mendaftar.');
    expect(find(list, 'PERSON', 'Endang Sri Lestari')?.roles?.map((r) => r.title)).toEqual(['Ketua koperasi']);
  });

  it('links a ministry\'s other short form to its name ("Kemlu")', () => {
    const list = entities('Kementerian Luar Negeri memanggil duta besar itu. Kemlu menyebut langkah itu sesuai aturan.');
    const orgs = list.filter((e) => e.type === 'ORG').map((e) => e.mentions.map((m) => m.text));
    expect(orgs).toEqual([['Kementerian Luar Negeri', 'Kemlu']]);
  });

  it('reads a title in brackets right after a name as the person\'s role ("Pramono Anung (Gubernur DKI Jakarta)")', () => {
    const list = entities('Acara itu dihadiri Pramono Anung (Gubernur DKI Jakarta) dan para pejabat lain.');
    expect(find(list, 'PERSON', 'Pramono Anung')?.roles?.map((r) => r.title)).toEqual(['Gubernur DKI Jakarta']);
  });

  it("reads every player of a team's line-up as a person, whatever the word would be elsewhere", () => {
    const list = entities('Susunan Pemain\nTottenham: Vicario; Porro, Romero, Van de Ven, Spence; Sarr, Palhinha, Bergvall; Kudus, Tel, Xavi Simons.');
    const people = textsOf(list, 'PERSON');
    expect(people).toEqual(['Vicario', 'Porro', 'Romero', 'Van de Ven', 'Spence', 'Sarr', 'Palhinha', 'Bergvall', 'Kudus', 'Tel', 'Xavi Simons']);
    expect(list.filter((e) => e.type === 'LOC')).toEqual([]);
  });

  it('joins an organisation and its numbered regional unit with a known place ("KAI Daop 6 Yogyakarta"), not a name after the number', () => {
    const list = entities('Manager Humas KAI Daop 6 Yogyakarta Feni Novida Saragih mengatakan kereta tambahan disiapkan.');
    expect(list.filter((e) => e.type !== 'PERSON').map((e) => [e.type, e.text])).toEqual([['ORG', 'KAI Daop 6 Yogyakarta']]);
    expect(find(list, 'PERSON', 'Feni Novida Saragih')).toBeDefined();
  });

  it("reads a village head's title, the village as a place and a name after a noble title's abbreviation ('Kepala Desa Ulak Kedondong, Kgs. M. Arifin')", () => {
    const list = entities('Kepala Desa Ulak Kedondong, Kgs. M. Arifin, mengatakan desanya menerima dana. Wali Nagari Sungai Jariang, Syamsul Bahri, mengatakan lahan sudah siap.');
    expect(find(list, 'PERSON', 'M. Arifin')?.roles?.map((r) => r.title)).toEqual(['Kepala Desa Ulak Kedondong']);
    expect(find(list, 'LOC', 'Desa Ulak Kedondong')).toBeDefined();
    expect(list.some((e) => e.type === 'ORG' && e.text.includes('Kedondong'))).toBe(false);
    expect(find(list, 'PERSON', 'Syamsul Bahri')?.roles?.map((r) => r.title)).toEqual(['Wali Nagari']);
  });

  it('reads no organisation in a product named by its brand and model after a product\'s noun ("mobil Toyota Fortuner")', () => {
    const list = entities('Pelaku kabur menggunakan mobil Toyota Fortuner warna hitam, sementara korban mengendarai sepeda motor Honda Beat.');
    expect(list.filter((e) => e.type === 'ORG')).toEqual([]);
  });

  it('reads no entity in a maker\'s name and a model\'s without a product\'s noun ("petugas membawa BMW X5", "Honda Beat milik adiknya")', () => {
    const list = entities('Dari garasi tersangka, petugas membawa BMW X5 putih. Dua kendaraan lain, masing-masing Honda Beat milik adiknya dan Yamaha NMAX, juga diamankan. Ia kabur memakai Toyota Innova sewaan.');
    expect(list.filter((e) => e.type === 'ORG' || e.type === 'PERSON' || e.type === 'LOC')).toEqual([]);
    // The maker's companies stay organisations.
    const companies = entities('Penjualan PT Toyota Astra Motor naik, kata Budi Santoso dari Honda Prospect Motor.');
    expect(textsOf(companies, 'ORG')).toEqual(['PT Toyota Astra Motor', 'Honda Prospect Motor']);
  });

  it('reads a name right after the marker of a place or institution named after someone as theirs ("Jalan Ahmad Yani", "Universitas Udayana")', () => {
    const list = entities('Arus kendaraan tersendat di Jalan Ahmad Yani sejak pagi. Wakil Dekan Fakultas Hukum Universitas Udayana itu hadir bersama Imam Besar Masjid Istiqlal.');
    expect(list.filter((e) => e.type === 'PERSON')).toEqual([]);
    expect(find(list, 'LOC', 'Jalan Ahmad Yani')).toBeDefined();
    expect(find(list, 'LOC', 'Masjid Istiqlal')).toBeDefined();
    expect(list.some((e) => e.type === 'ORG' && e.text.endsWith('Universitas Udayana'))).toBe(true);
  });

  it('reads a hall or palace named by its "Dome" or "Palais" as a place, not an organisation ("Dome Universitas …", "Palais des Nations")', () => {
    const list = entities('Wisuda ribuan mahasiswa digelar di Dome Universitas Muhammadiyah Malang, Sabtu (4/10/2025). Sidang dewan itu berlangsung di Palais des Nations, Jenewa.');
    expect(textsOf(list, 'ORG')).toEqual([]);
    expect(find(list, 'LOC', 'Dome Universitas Muhammadiyah Malang')).toBeDefined();
    expect(find(list, 'LOC', 'Palais des Nations')).toBeDefined();
  });

  it('reads the area after a body\'s bracketed acronym, with its own short form after it, as part of the body, no person ("… (Bawaslu) Provinsi Sulawesi Tenggara (Sultra), …")', () => {
    const list = entities('Ketua Badan Pengawas Pemilu (Bawaslu) Provinsi Sulawesi Tenggara (Sultra), Hamirudin Udu, menyebut jumlah pengawas di lapangan masih kurang.');
    expect(textsOf(list, 'ORG')).toEqual(['Badan Pengawas Pemilu Provinsi Sulawesi Tenggara']);
    expect(list.filter((e) => e.type === 'PERSON').map((e) => [e.text, e.roles?.map((r) => r.title)])).toEqual([['Hamirudin Udu', ['Ketua Badan Pengawas Pemilu']]]);
    // Without the place's short form the run goes on into the name, which stays a person's.
    expect(find(entities('Kepala Otoritas Jasa Keuangan (OJK) Provinsi Jawa Tengah Sumarjono Hadiwibowo meminta bank berhati-hati.'), 'PERSON', 'Sumarjono Hadiwibowo')).toBeDefined();
  });

  it('reads no place in a language\'s name, a programme\'s, a detik channel\'s credit or an area\'s kind alone, and no acronym in a person\'s name ("bahasa Inggris", "Kecamatan", "BIN Budi")', () => {
    for (const credit of ['Banjir merendam sawah warga, seperti dikutip dari detik Jatim, Senin (6/10/2025).', 'Mengutip detik Bali, pohon tumbang menutup jalan desa.']) {
      expect(entities(credit).filter((e) => e.type === 'LOC' || e.type === 'ORG')).toEqual([]);
    }
    expect(entities('Pemerintah daerah meluncurkan program Kampung Damai Sejahtera tahun ini.').filter((e) => e.type === 'LOC')).toEqual([]);
    const list = entities('Siswa belajar dalam bahasa Inggris dan bahasa Jepang. Petugas Panitia Pemilihan Kecamatan (PPK) sudah dilantik. Kepala BNPT Budi Prasetyo hadir.');
    expect(list.filter((e) => e.type === 'LOC')).toEqual([]);
    expect(textsOf(list, 'PERSON')).toEqual(['Budi Prasetyo']);
  });

  it('starts a Balinese name at its "I" or its abbreviation after a place or an office with no comma ("Wali Kota Gianyar IGN Rai Suryadi", "Polresta Badung I Wayan Sumerta")', () => {
    const list = entities('Wali Kota Gianyar IGN Rai Suryadi meresmikan pasar itu. Hal itu disampaikan Kepala Seksi Humas (Kasi Humas) Polresta Badung I Wayan Sumerta kepada wartawan, Senin (6/10/2025).');
    expect(textsOf(list, 'PERSON')).toEqual(['IGN Rai Suryadi', 'I Wayan Sumerta']);
    expect(find(list, 'LOC', 'Gianyar')).toBeDefined();
    expect(find(list, 'ORG', 'Polresta Badung')).toBeDefined();
  });

  it('reads a foreign name whose words the Indonesian lists hold as common words after a title ("Saintek Brian Yuliarto", "NASA Sean Duffy")', () => {
    const list = entities('Acara itu dihadiri Menteri Keuangan Purbaya Yudhi Sadewa, Mendikti Saintek Brian Hartono dan Sekretaris Kabinet Teddy Wijaya. Sementara itu, Administrator NASA Sean Duffy mengumumkan misi baru ke Bulan.');
    expect(textsOf(list, 'PERSON')).toEqual(expect.arrayContaining(['Brian Hartono', 'Sean Duffy']));
    expect(textsOf(list, 'ORG')).not.toContain('Sean Duffy');
  });

  it('reads one word before a portfolio\'s word after a title as an organisation\'s name, no person ("Direktur Eksekutif Srikandi Energi Nusantara")', () => {
    const list = entities('Penulis adalah peneliti hukum dan Direktur Eksekutif Srikandi Energi Nusantara.');
    expect(list.filter((e) => e.type === 'PERSON')).toEqual([]);
    expect(textsOf(list, 'ORG')).toEqual(['Srikandi Energi Nusantara']);
  });

  it('cuts a rank spelled with a final "d" off a name and the organisation before it ("Polri Brigjend Andi Rahmat", "Irjend Pol")', () => {
    const list = entities('Sebelumnya, Dirtipideksus Bareskrim Polri Brigjend Andi Rahmat Hidayat mengungkap kasus itu. Kapolda Sulsel Irjend Pol Budi Wirawan juga hadir.');
    expect(textsOf(list, 'PERSON')).toEqual(['Andi Rahmat Hidayat', 'Budi Wirawan']);
    expect(textsOf(list, 'ORG')).not.toContain('Polri Brigjend');
  });

  it('splits a person named alone elsewhere off the end of an organisation opened by its acronym ("Ditjen Dikti Khairul meyakini")', () => {
    const list = entities('Kampus itu sedang diperiksa. Ditjen Dikti Safrudin memastikan pemeriksaan berjalan adil. "Kami akan memantau," ujar Safrudin. Kementerian Haji dan Umrah juga hadir.');
    expect(textsOf(list, 'ORG')).toEqual(['Ditjen Dikti', 'Kementerian Haji dan Umrah']);
    expect(find(list, 'PERSON', 'Safrudin')?.mentions).toHaveLength(2);
  });

  it('reads a programme\'s name and its stage as no entity ("Sekolah Rakyat Rintisan")', () => {
    const list = entities('Tahun ini 80 titik Sekolah Rakyat Rintisan mulai menerima siswa, disusul Sekolah Rakyat Percontohan di Kalimantan.');
    expect(list.filter((e) => e.type === 'ORG')).toEqual([]);
  });

  it('reads a regional body\'s short name and the place after it as one organisation ("BPBD Kota Cimahi", "DPRD Kabupaten Garut")', () => {
    const list = entities('Tim gabungan dari Basarnas, BPBD Kota Cimahi dan relawan menyisir sungai. Anggota DPRD Kabupaten Garut dari Fraksi PKB, Ahmad Fauzi, meninjau lokasi.');
    expect(textsOf(list, 'ORG')).toEqual(expect.arrayContaining(['BPBD Kota Cimahi', 'DPRD Kabupaten Garut']));
    expect(list.filter((e) => e.type === 'LOC')).toEqual([]);
  });

  it('reads no entity in a heritage item or a city transport service named alone', () => {
    const list = entities('Tahun lalu Gamelan, Kebaya, dan Angklung diakui dunia. Warga memakai JakLingko dan Mikrotrans setiap hari di Jakarta.');
    expect(list.filter((e) => ['PERSON', 'ORG', 'LOC'].includes(e.type)).map((e) => `${e.type}:${e.text}`)).toEqual(['LOC:Jakarta']);
  });

  it("reads no organisation in a title's field of common words ('Direktur Jenderal Rehabilitasi Sosial')", () => {
    const list = entities('Direktur Jenderal Rehabilitasi Sosial, Budi Hartono, menyampaikan program itu berjalan.');
    expect(list.filter((e) => e.type === 'ORG')).toEqual([]);
    expect(textsOf(list, 'PERSON')).toEqual(['Budi Hartono']);
  });

  it('reads a place named after a pair of people as the place, and a ticket as two people ("Bandara Soekarno-Hatta", "Prabowo-Gibran")', () => {
    const list = entities('Pesawat mendarat di Bandara Soekarno-Hatta kemarin. Mereka tiba di Soekarno-Hatta, lalu ke Jalan Soekarno-Hatta. Pasangan Prabowo-Gibran menang.');
    expect(textsOf(list, 'PERSON')).toEqual(['Prabowo', 'Gibran']);
  });

  it('reads hospitals and clinics by their short markers as organisations ("RS Hasan Sadikin", "Klinik Pratama Sehat")', () => {
    const list = entities('Korban dibawa ke RS Hasan Sadikin Bandung dan Klinik Pratama Sehat.');
    expect(list.map((e) => [e.type, e.text])).toEqual([['ORG', 'RS Hasan Sadikin Bandung'], ['ORG', 'Klinik Pratama Sehat']]);
  });

  it('leaves a place after an organisation\'s acronym to the office, not to the name after it ("Kepala BNNK Bima Sri Handayani Usman")', () => {
    const list = entities('Kepala BNNK Bima Sri Handayani Usman menyebut kelurahan itu akan dimasukkan ke program.');
    expect(textsOf(list, 'PERSON')).toEqual(['Sri Handayani Usman']);
  });

  it('leaves regional forms of address out of names ("Mama Yuliana Kogoya", "Neng Siti Rohmah")', () => {
    const list = entities('Warga mengenal Mama Yuliana Kogoya sejak lama. Neng Siti Rohmah berangkat ke Jepang.');
    expect(textsOf(list, 'PERSON')).toEqual(['Yuliana Kogoya', 'Siti Rohmah']);
  });

  it('leaves a corps after a rank and a noble prefix out of names, and never reads them alone as an entity', () => {
    const list = entities('Dandim Letkol Inf Harianto Saragih mengatakan prajurit dikerahkan. Ketua RT, Kms. Ahmad Fauzi, hadir.');
    expect(list.map((e) => [e.type, e.text])).toEqual([['PERSON', 'Harianto Saragih'], ['PERSON', 'Ahmad Fauzi']]);
  });

  it('keeps a regional word that opens a name in it ("Gubernur NTB Lalu Muhamad Iqbal"), not a sentence\'s "Lalu"', () => {
    const list = entities('Gubernur NTB Lalu Muhamad Iqbal mengatakan anggaran cukup. Lalu Presiden menyampaikan pidato.');
    expect(textsOf(list, 'PERSON')).toEqual(['Lalu Muhamad Iqbal']);
  });

  it('reads no organisation in a train or ship service or a criminal code named with a place ("KA Bandara YIA", "KUHP Indonesia")', () => {
    const list = entities('Penumpang KA Bandara YIA dan KRL Commuterline meningkat. Pasal itu ada dalam KUHP Indonesia.');
    expect(list.filter((e) => e.type === 'ORG')).toEqual([]);
  });

  it('reads a title with "-nya" before a name as the person\'s role ("Pendirinya Abid Omar")', () => {
    const list = entities('Organisasi itu didirikan pada 2019. Pendirinya Abid Omar telah menyebarkan 150 sensor.');
    expect(find(list, 'PERSON', 'Abid Omar')?.roles?.map((r) => [r.title, r.text])).toEqual([['Pendiri', 'Pendirinya']]);
  });

  it('reads a rank and a name as a person, never a place', () => {
    const list = entities('"Pelaku ini merupakan seorang residivis," kata Kasatreskrim Polresta Mataram, AKP Regi Halili, Sabtu (18/10/2025).');
    expect(find(list, 'PERSON', 'Regi Halili')).toBeDefined();
    expect(list.some((e) => e.type === 'LOC' && e.text.includes('Regi'))).toBe(false);
  });

  it("makes a short name of the first letters of a person's words a form of that person", () => {
    const list = entities('Penyanyi dangdut Rina Margareta datang bersama anaknya, Kevin. "Saya bangga," kata Rina. Sebagai seorang ibu, Rimar tak dapat menyembunyikan harunya.');
    expect(find(list, 'PERSON', 'Rina Margareta')?.mentions.map((m) => m.text)).toContain('Rimar');
    expect(find(list, 'PERSON', 'Rimar')).toBeUndefined();
  });

  it('makes the name after "akrab disapa" a form of the person it describes', () => {
    const list = entities('Direktur Utama PT Maju Jaya Budi Santoso hadir. "Kami siap," ujar pria yang akrab disapa Ucok, Senin (20/10/2025).');
    const budi = find(list, 'PERSON', 'Budi Santoso');
    expect(budi?.mentions.map((m) => m.text)).toContain('Ucok');
    expect(find(list, 'PERSON', 'Ucok')).toBeUndefined();
  });

  it.each([
    ['a form of address after the cue', 'Pemilik toko emas, Liem Swie Hok (62), mengaku cemas. "Pelanggan sudah kenal tempat ini," ujar pria yang akrab disapa Koh Aliong itu. Aliong berharap pasar segera dibuka.', 'Liem Swie Hok', ['Aliong']],
    ['"dikenal dengan sapaan"', 'Polisi menahan perempuan berinisial RSW (41) yang diduga menipu pencari kerja. Pelaku yang dikenal dengan sapaan Bunda Rosita itu mengaku sebagai pejabat.', 'RSW', ['Bunda Rosita']],
    ['"alias" right after the name', 'Tim SAR masih mencari Darmaji alias Kocil (23) yang hanyut di sungai. Rekannya menyebut Kocil sudah dua tahun bekerja di sana.', 'Darmaji', ['Kocil']],
    ['", sapaan akrab" and the name after it', 'Pengantin perempuan Wulandari Kusumastuti tampil anggun. Ayu, sapaan akrab Wulandari, mengaku gugup.', 'Wulandari Kusumastuti', ['Ayu']],
    ['", sapaan akrab" and a title after it', 'Gubernur Sulawesi Tengah Haryanto Lamadjido meresmikan pasar itu. Anto, sapaan akrab gubernur, meminta pedagang tertib.', 'Haryanto Lamadjido', ['Anto']],
    ['", begitu ia biasa disapa"', 'Jemaah tertua adalah Karto Sumarjo (88), warga Desa Mulyorejo. Mbah Karto, begitu ia biasa disapa, berangkat ditemani putranya.', 'Karto Sumarjo', ['Mbah Karto']],
  ])('makes a nickname named with %s a form of the person', (_, text, person, nicknames) => {
    const list = entities(text);
    const forms = find(list, 'PERSON', person)?.mentions.map((m) => m.text);
    for (const n of nicknames) {
      expect(forms).toContain(n);
      expect(find(list, 'PERSON', n)).toBeUndefined();
    }
  });

  it.each([
    ['the name\'s first word and its place without its kind', 'Longsor menutup jalan desa. Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Sumedang mengerahkan alat berat. "Besok bisa dilalui," ujar Kepala Bidang Bina Marga Dinas PUPR Sumedang, Dedi Kurniawan.', 'Dinas PUPR Sumedang'],
    ['its place\'s short form', 'Kejaksaan Tinggi (Kejati) Sulawesi Tenggara menahan dua tersangka korupsi. Kejati Sultra menyebut kerugian negara Rp 2 miliar.', 'Kejati Sultra'],
    ['an acronym with a digit', 'Polisi bersama Badan Pelayanan Pelindungan Pekerja Migran Indonesia (BP3MI) Kalimantan Utara menggagalkan pengiriman pekerja. Kepala BP3MI Kalimantan Utara Andi Suryadi mengatakan para korban ditampung.', 'BP3MI Kalimantan Utara'],
  ])("links a body's short form read inside its name in brackets, with %s, to the body", (_, text, short) => {
    const orgs = entities(text).filter((e) => e.type === 'ORG');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.mentions.map((m) => m.text)).toContain(short);
  });

  it('compares names without a form of address before them ("Uni Yusnidar", "Bli Sudarma")', () => {
    const list = entities('"Kami minta harga yang masuk akal," kata Yusnidar Sari (50), pedagang kain yang akrab disapa Uni Yusnidar, di sela aksi. Yusnidar mengaku omzetnya turun.');
    expect(find(list, 'PERSON', 'Yusnidar Sari')?.mentions.map((m) => m.text)).toEqual(['Yusnidar Sari', 'Uni Yusnidar', 'Yusnidar']);
    const two = entities('Pengantin pria I Made Sudarma Yasa hadir bersama keluarga. "Keluarga Bli Sudarma sabar sekali," ujar tamu itu. Sudarma mengenakan udeng.');
    expect(textsOf(two, 'PERSON')).toEqual(['I Made Sudarma Yasa']);
  });

  it('types English media names as organisations, hills as places', () => {
    const list = entities('Menurut laporan Harvard Health Publishing dan Saudi Gazette, warga Beverly Hills ikut disebut.');
    expect(find(list, 'ORG', 'Harvard Health Publishing')).toBeDefined();
    expect(find(list, 'PERSON', 'Harvard Health Publishing')).toBeUndefined();
    expect(find(list, 'LOC', 'Beverly Hills')).toBeDefined();
  });
});

describe('organisations joined by a slash, named after a person, or by a list ending in "RI"', () => {
  it('reads "Kementerian PPN/Bappenas" as one organisation', () => {
    const list = entities('Berdasarkan data Kementerian PPN/Bappenas, kebutuhan investasi melebihi target.');
    expect(textsOf(list, 'ORG')).toEqual(['Kementerian PPN/Bappenas']);
    const two = entities('Anggota DPR/DPD hadir dalam rapat itu.');
    expect(textsOf(two, 'ORG')).toEqual(['DPR', 'DPD']);
  });

  it('reads a university named after a general as one organisation, no person', () => {
    const list = entities('Lomba itu berlangsung di Universitas Jenderal Soedirman (Unsoed), Jawa Tengah.');
    expect(find(list, 'ORG', 'Universitas Jenderal Soedirman')).toBeDefined();
    expect(list.some((e) => e.type === 'PERSON')).toBe(false);
  });

  it('keeps a ministry named by a list whole, with the country after it', () => {
    const list = entities('Lomba debat itu digelar oleh Kementerian Pendidikan Tinggi, Sains, dan Teknologi RI setiap tahun.');
    expect(find(list, 'ORG', 'Kementerian Pendidikan Tinggi, Sains, dan Teknologi RI')).toBeDefined();
    // The country written out after the list's last item ("… Republik Indonesia") is the ministry's too.
    const spelled = entities('Nota kesepahaman antara Kementerian Kelautan, Perikanan, dan Pariwisata Republik Indonesia dengan mitranya diteken kemarin.');
    expect(find(spelled, 'ORG', 'Kementerian Kelautan, Perikanan, dan Pariwisata Republik Indonesia')).toBeDefined();
  });
});

describe('one organisation under its other names', () => {
  it('links a ministry to its short form the lexicon knows, and a provincial government under both names of its place', () => {
    const list = entities('Kementerian Luar Negeri RI memanggil duta besar. Kemenlu menyatakan sikapnya. Pemprov Jakarta dan Pemprov DKI bekerja sama.');
    const orgs = list.filter((e) => e.type === 'ORG').map((e) => e.mentions.map((m) => m.text));
    expect(orgs).toEqual([['Kementerian Luar Negeri RI', 'Kemenlu'], ['Pemprov Jakarta', 'Pemprov DKI']]);
  });

  it('types a known organisation with its country after "kantor" as the organisation', () => {
    const list = entities('KPU membatalkan keputusan itu, kata Afifuddin di kantor KPU RI, Menteng, Jakarta Pusat.');
    expect(list.filter((e) => e.type !== 'PERSON').map((e) => [e.type, e.mentions.map((m) => m.text)])).toEqual([['ORG', ['KPU', 'KPU RI']], ['LOC', ['Menteng']], ['LOC', ['Jakarta Pusat']]]);
  });

  it('links a body with its country after the name to the body spelled out before it ("KPU RI" and "Komisi Pemilihan Umum (KPU)")', () => {
    const list = entities('Komisi Pemilihan Umum (KPU) membatalkan keputusan itu, kata Afifuddin di kantor KPU RI, Menteng.');
    expect(list.filter((e) => e.type === 'ORG').map((e) => [e.text, e.mentions.map((m) => m.text)])).toEqual([['Komisi Pemilihan Umum', ['Komisi Pemilihan Umum', 'KPU', 'KPU RI']]]);
  });
});

describe('staff titles, an acronym and its regional office', () => {
  it('links the acronym to the spelled-out name, not to the regional office, and reads a staff title', () => {
    const list = entities(
      'Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memberi peringatan. "Sudah masuk musim hujan," kata Staf Prakirawan BMKG Sulsel, Farid, Selasa (21/10/2025).',
    );
    expect(find(list, 'PERSON', 'Farid')?.roles?.[0]?.title).toBe('Staf Prakirawan');
    const orgs = list.filter((e) => e.type === 'ORG').map((e) => e.mentions.map((m) => m.text));
    expect(orgs).toEqual([['Badan Meteorologi, Klimatologi, dan Geofisika', 'BMKG'], ['BMKG Sulsel']]);
  });
});

describe('a ministry short form before a name, a short name of a province after a title', () => {
  it('reads "Kemenhub Risal Wasal" as the ministry and the person', () => {
    const list = entities('Menurut Dirjen Integrasi Transportasi dan Multimoda (Ditjen Intram) Kemenhub Risal Wasal, standar itu ideal.');
    expect(find(list, 'PERSON', 'Risal Wasal')).toBeDefined();
  });

  it('reads "Gubernur Sumsel Herman Deru" as a governor of a place, never a person "Sumsel Herman Deru"', () => {
    const list = entities('Di bawah kepemimpinan Gubernur Sumsel Herman Deru, pembangunan menjadi prioritas.');
    expect(find(list, 'PERSON', 'Herman Deru')?.roles?.[0]?.title).toMatch(/^Gubernur/);
    expect(list.some((e) => e.type === 'PERSON' && e.text.startsWith('Sumsel '))).toBe(false);
  });
});

describe('a ticket of two names', () => {
  it('reads "Prabowo-Gibran" as two people, never a route or one name ("Marie-Louise", "Semarang-Demak")', () => {
    const list = entities('Capaian Satu Tahun Prabowo-Gibran dibahas di Jakarta. Jalur Semarang-Demak macet.');
    expect(textsOf(list, 'PERSON')).toEqual(['Prabowo', 'Gibran']);
    expect(textsOf(entities('Penyanyi Marie-Louise tampil di Jakarta.'), 'PERSON')).not.toContain('Louise');
    const full = entities('Pasangan Prabowo Subianto-Gibran Rakabuming Raka dilantik di Jakarta.');
    expect(full.some((e) => e.type === 'PERSON' && (e.text === 'Subianto' || e.text === 'Gibran'))).toBe(false);
  });
});

describe('organisations named by their first words, places by their other names', () => {
  it('reads the name after an organisation ending in "Hospitals", and the organisation\'s short form', () => {
    const list = entities('Siloam International Hospitals (Siloam) memperkenalkan logo baru. CEO Siloam International Hospitals Caroline Riady menegaskan perubahan ini.');
    expect(find(list, 'PERSON', 'Caroline Riady')?.roles?.[0]?.title).toBe('CEO');
    expect(list.some((e) => e.text === 'Hospitals' || (e.type === 'PERSON' && e.text === 'Siloam'))).toBe(false);
  });

  it('links two other names of one country and drops "Warga Negara Indonesia"', () => {
    const list = entities('Persatuan Emirat Arab (PEA) menandatangani perjanjian. Warga Negara Indonesia di PEA aman.');
    expect(list.find((e) => e.type === 'LOC')?.mentions.map((m) => m.text)).toEqual(['Persatuan Emirat Arab', 'PEA', 'PEA']);
    expect(list.some((e) => e.text === 'Warga Negara Indonesia')).toBe(false);
  });
});

describe('a title, its short form in brackets, a comma, the name', () => {
  it('gives "Menteri Kebudayaan RI (Menbud), Fadli Zon" the title', () => {
    const list = entities('Menteri Kebudayaan RI (Menbud), Fadli Zon dalam sambutannya menegaskan pemajuan kebudayaan.');
    expect(find(list, 'PERSON', 'Fadli Zon')?.roles?.[0]?.title).toBe('Menteri Kebudayaan RI');
  });
});

describe('a village after its head\'s title, an office named by an acronym and a place', () => {
  it('reads "Pj Kepala Desa Sekapuk Musholikhin" as a village and its head, and "BKAD Sulsel" as an office', () => {
    const list = entities('Pj Kepala Desa Sekapuk Musholikhin mengatakan wisata itu ramai. Tim dari BKAD Sulsel datang kemarin.');
    expect(find(list, 'PERSON', 'Musholikhin')?.roles?.[0]?.title).toBe('Pj Kepala Desa Sekapuk');
    expect(find(list, 'LOC', 'Sekapuk')).toBeDefined();
    expect(find(list, 'PERSON', 'BKAD Sulsel')).toBeUndefined();
  });
});

describe('words of a title', () => {
  it('reads no person from a word of a title the names stage read ("Vice President …")', () => {
    const list = entities('Sementara itu, Vice President Corporate Communication PT Pertamina (Persero) Fadjar Djoko Santoso menambahkan Pertamina mengapresiasi inovasi itu.');
    expect(list.filter((e) => e.type === 'PERSON').map((e) => [e.text, e.roles?.map((r) => r.title)])).toEqual([['Fadjar Djoko Santoso', ['Vice President Corporate Communication']]]);
  });
});

describe('a region\'s services by their short forms', () => {
  it('reads the short forms of a region\'s services alone as organisations, and the list they stand in', () => {
    const list = entities('Unsur yang terlibat di antaranya Polresta Banyumas, Dishub, Damkar, Satpol PP, Linmas Inti, Polsek Patikraja, Forkompincam Sokaraja, dan pemerintah desa setempat.');
    expect(textsOf(list, 'ORG')).toEqual(['Polresta Banyumas', 'Dishub', 'Damkar', 'Satpol PP', 'Linmas Inti', 'Polsek Patikraja', 'Forkompincam Sokaraja']);
    expect(list.filter((e) => e.type === 'PERSON')).toEqual([]);
    // A marker that is no known short form names nothing alone.
    expect(entities('Pihak Dinas belum memberi keterangan.').filter((e) => e.type === 'ORG')).toEqual([]);
  });
});

describe('items of a list', () => {
  it('types an item of a list the tagger read as a person like the items around it, not an appositive', () => {
    const list = entities('Beberapa titik banjir antara lain Kelurahan Purwokerto Wetan, Arcawinangun, Karangpucung, Kranji, serta Desa Karangrau.');
    expect(find(list, 'LOC', 'Arcawinangun')).toBeDefined();
    expect(list.filter((e) => e.type === 'PERSON')).toEqual([]);
    const apposed = entities('Menurut Deputi Bidang Statistik Sosial BPS, Ateng Hartono, Bank Dunia memperkenalkan standar baru.');
    expect(find(apposed, 'PERSON', 'Ateng Hartono')).toBeDefined();
  });
});

describe('an organisation written around its bracketed short form', () => {
  it('reads the organisation, its short form and the place after it as one organisation, the longest name as written', () => {
    const list = entities('Dinas Pendidikan dan Kebudayaan (Dikbud) Kota Kendari akhirnya bersuara. Program itu dikembangkan oleh Kelompok Tani Hutan (KTH) Bina Lestari bersama warga.');
    expect(list.map((e) => [e.type, e.text])).toEqual([
      ['ORG', 'Dinas Pendidikan dan Kebudayaan Kota Kendari'],
      ['ORG', 'Kelompok Tani Hutan Bina Lestari'],
    ]);
    // The short form inside links the later mentions.
    const linked = entities('Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bogor mencatat 20 rumah rusak. BPBD juga mendata korban.');
    expect(linked.filter((e) => e.type !== 'QUANTITY').map((e) => [e.type, e.text, e.mentions.length])).toEqual([['ORG', 'Badan Penanggulangan Bencana Daerah Kabupaten Bogor', 2]]);
  });

  it('reads the organisation a title\'s marker opens before a comma and the name, its place included', () => {
    const list = entities('Kepala Dinas Kesehatan Kota Bandung, Anhar Hadian, mengatakan kasus itu turun.');
    expect(list.map((e) => [e.type, e.text])).toEqual([['ORG', 'Dinas Kesehatan Kota Bandung'], ['PERSON', 'Anhar Hadian']]);
    expect(find(list, 'PERSON', 'Anhar Hadian')?.roles?.map((r) => [r.title, r.org])).toEqual([['Kepala Dinas Kesehatan Kota Bandung', 'Dinas Kesehatan Kota Bandung']]);
  });

  it('reads the organisation a title\'s marker opens on to the place after its short form ("Kepala Dinas Kesehatan (Dinkes) Lombok Barat, Erni Suryana")', () => {
    const list = entities('"Kasusnya turun," kata Kepala Dinas Kesehatan (Dinkes) Lombok Barat, Erni Suryana, Senin (6/10/2025).');
    expect(list.filter((e) => e.type === 'ORG' || e.type === 'PERSON' || e.type === 'LOC').map((e) => [e.type, e.text])).toEqual([['ORG', 'Dinas Kesehatan Lombok Barat'], ['PERSON', 'Erni Suryana']]);
    expect(find(list, 'PERSON', 'Erni Suryana')?.roles?.map((r) => [r.title, r.org])).toEqual([['Kepala Dinas Kesehatan', 'Dinas Kesehatan Lombok Barat']]);
  });

  it('links the short form alone and with the end of the place to the organisation read around it, whatever type the tagger gave them', () => {
    const list = entities('Dinas Pendidikan dan Kebudayaan (Dikbud) Kota Kendari akhirnya bersuara. Dikbud Kendari menegaskan tidak ikut campur. Menurut Dikbud, kasus itu diserahkan ke polisi.');
    const named = list.filter((e) => e.type === 'ORG' || e.type === 'PERSON' || e.type === 'LOC');
    expect(named.map((e) => [e.type, e.text])).toEqual([['ORG', 'Dinas Pendidikan dan Kebudayaan Kota Kendari']]);
    expect(new Set(named[0]!.mentions.map((m) => m.text))).toEqual(new Set(['Dikbud Kendari', 'Dinas Pendidikan dan Kebudayaan (Dikbud) Kota Kendari', 'Dikbud']));
  });

  it('reads a short form with digits around which a place stands, and links the short form with the place\'s short name ("Kejati Sultra")', () => {
    const list = entities('Badan Pelindungan Pekerja Migran (BP2MI) Kalimantan Utara memulangkan 20 warga. Kepala BP2MI Kalimantan Utara Yosef Hartono mengatakan para korban ditampung.');
    expect(textsOf(list, 'ORG')).toEqual(['Badan Pelindungan Pekerja Migran Kalimantan Utara']);
    const kejati = entities('Kejaksaan Tinggi (Kejati) Sulawesi Tenggara menahan tiga tersangka. Asisten Pidana Khusus Kejati Sultra Yosef Hartono mengatakan hal itu.');
    expect(textsOf(kejati, 'ORG')).toEqual(['Kejaksaan Tinggi Sulawesi Tenggara']);
  });

  it('links an acronym and a place to the body that acronym spelled out before ("KSOP Banyuwangi")', () => {
    const list = entities('Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) menutup jalur itu. Kepala KSOP Banyuwangi Yosef Hartono mengatakan cuaca buruk.');
    const orgs = list.filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => e.text)).toEqual(['Kantor Kesyahbandaran dan Otoritas Pelabuhan']);
    expect(orgs[0]!.mentions.map((m) => m.text)).toContain('KSOP Banyuwangi');
  });

  it('leaves the city after a university\'s short form out of its name ("Universitas … (UNS) Surakarta")', () => {
    const list = entities('Pengamat dari Universitas Tunas Bangsa (UTB) Surakarta, Agus Widodo, menilai hal itu.');
    expect(textsOf(list, 'ORG')).toEqual(['Universitas Tunas Bangsa']);
  });

  it('keeps a person, or another organisation, after the short form apart', () => {
    const list = entities('Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kota Mataram Amiruddin mengatakan izin itu sudah terbit. Himpunan Pengusaha Muda Indonesia (HIPMI) Berdikari Bersama Danantara Indonesia.');
    expect(find(list, 'PERSON', 'Amiruddin')).toBeDefined();
    expect(list.some((e) => e.text.includes('Danantara') && e.text.includes('Pengusaha'))).toBe(false);
  });
});

describe('a lowercase title and its field', () => {
  it('reads the lowercase words of a title\'s field between it and the organisation and name, not an organisation\'s marker', () => {
    const list = entities('Menurut pakar transportasi ITB Sony Wibowo, kemacetan di kota itu berbeda. Kata pengamat politik Universitas Indonesia Budi Santoso hal itu biasa.');
    expect(find(list, 'PERSON', 'Sony Wibowo')?.roles?.map((r) => r.title)).toEqual(['pakar transportasi']);
    expect(find(list, 'PERSON', 'Budi Santoso')?.roles?.map((r) => r.title)).toEqual(['pengamat politik']);
    const commission = entities('Maka besoknya langsung ketua komisi V DPR RI mengumpulkan semua kepala balai.');
    expect(commission.some((e) => e.text === 'V DPR RI')).toBe(false);
  });
});

describe('a title inside a run', () => {
  it('reads a title and a name after capitalised common words in one run, not after a law\'s or a place\'s head', () => {
    const list = entities('Aliansi mahasiswa menggelar aksi 1 Tahun Kepemimpinan Presiden Prabowo Subianto di halaman kantor gubernur.');
    expect(find(list, 'PERSON', 'Prabowo Subianto')?.roles?.map((r) => r.title)).toEqual(['Presiden']);
    const law = entities('Rincian biaya itu termaktub dalam Peraturan Presiden Republik Indonesia Nomor 64 Tahun 2020 tentang jaminan kesehatan.');
    expect(law.filter((e) => e.type === 'PERSON' || e.type === 'ORG')).toEqual([]);
    const minister = entities('Upaya Menteri Imipas Agus Andrianto dan jajaran berdampak pada lonjakan penerimaan.');
    expect(find(minister, 'PERSON', 'Agus Andrianto')?.roles?.map((r) => r.title)).toEqual(['Menteri']);
  });
});

describe('where a name starts after a title, by the article\'s other mentions', () => {
  it('starts a person\'s name at the word the article names the person by alone ("… Karya Mandiri Sejahtera Darto Wibisono … Darto")', () => {
    const list = entities('Direktur CV Tunas Karya Mandiri Sejahtera Darto Wibisono saat dihubungi mengaku sudah menyetor sebagian dana. Darto menyebut sisanya dibayar bulan depan.');
    const darto = find(list, 'PERSON', 'Darto Wibisono');
    expect(darto?.roles?.map((r) => r.title)).toEqual(['Direktur']);
    expect(list.some((e) => e.type === 'PERSON' && e.text.includes('Sejahtera'))).toBe(false);
  });
});

describe('titles, organisations and names without commas, and their short forms', () => {
  it('reads a title\'s word at the end of a name after a word of people\'s names as the family name ("Rudi Hakim")', () => {
    const list = entities('Aspirasi warga diterima Ketua DPRD Jambi Rudi Hakim dan Kepala Dinas Perhubungan Jambi Tono Suparno.');
    expect(find(list, 'PERSON', 'Rudi Hakim')?.roles?.map((r) => r.title)).toEqual(['Ketua DPRD Jambi']);
    expect(list.some((e) => e.type === 'ORG' && e.text.includes('Hakim'))).toBe(false);
  });

  it('keeps a regional word that opens a name after a comma inside a sentence ("…, Lalu Hamzah Fikri")', () => {
    const list = entities('"Kami data ulang," kata Kepala Dinas Sosial (Dinsos) Kota Bima, Lalu Hamzah Fikri saat ditemui. Lalu ia kembali ke kantor.');
    const person = list.find((e) => e.type === 'PERSON' && e.text.endsWith('Hamzah Fikri'));
    expect(person?.roles?.map((r) => r.title)).toEqual(['Kepala Dinas Sosial']);
  });

  it('reads a province after the bracketed short form and before the comma as the place, and the name after it', () => {
    const list = entities('"Anggaran aman," kata Kepala Badan Pendapatan Daerah (Bapenda) Provinsi Jambi, Siti Maryamah, kepada wartawan.');
    expect(find(list, 'PERSON', 'Siti Maryamah')?.roles?.map((r) => r.title)).toEqual(['Kepala Badan Pendapatan Daerah']);
    expect(list.some((e) => e.type === 'PERSON' && e.text.includes('Provinsi'))).toBe(false);
  });

  it('reads an organisation with its own short form after the title\'s short form, then the name', () => {
    const list = entities('Kepala Pusat Data dan Informasi (Pusdatin) Kementerian Sosial (Kemensos) Hadi Purnomo mengatakan data itu diperbarui. Hadir pula Direktur Jenderal (Dirjen) Kementerian Perhubungan (Kemenhub), Joko Setiawan, dalam rapat itu.');
    expect(find(list, 'PERSON', 'Hadi Purnomo')?.roles?.map((r) => r.title)).toEqual(['Kepala Pusat Data dan Informasi']);
    expect(find(list, 'PERSON', 'Joko Setiawan')?.roles?.map((r) => [r.title, r.org])).toEqual([['Direktur Jenderal', 'Kementerian Perhubungan']]);
  });
});

describe('a title a person holds, stated after the name', () => {
  it('reads the holder after "dijabat" ("Kepala Bappeda dijabat Hendra Wijaya")', () => {
    const list = entities('Sejak Januari, Kepala Bappeda dijabat Hendra Wijaya.');
    expect(find(list, 'PERSON', 'Hendra Wijaya')?.roles?.map((r) => [r.title, r.org])).toEqual([['Kepala', 'Bappeda']]);
  });

  it('leaves a function word opening the sentence out of the name ("Adapun Hasan, yang menjabat …")', () => {
    const list = entities('Adapun Gunawan, yang menjabat Ketua DPC Partai Hanura Kota Depok, meraih lima suara.');
    expect(find(list, 'PERSON', 'Gunawan')?.roles?.map((r) => r.title)).toEqual(['Ketua']);
    expect(list.some((e) => e.text.includes('Adapun'))).toBe(false);
  });

  it('reads the word after "Bidang" as the title\'s field, not the first word of the name', () => {
    const list = entities('Ketua MUI Bidang Fatwa Ahmad Fahrur Rozi mengajak umat menjaga persatuan.');
    expect(textsOf(list, 'PERSON')).toEqual(['Ahmad Fahrur Rozi']);
  });
});

describe('a title in a later sentence that describes the person the text is about', () => {
  it('gives a title opening a sentence with a demonstrative ("Wasekjen Partai Garuda ini menilai …") to the person named after the cue before', () => {
    const list = entities('"Kami akan mengawal anggaran itu," kata Hendra Gunawan kepada wartawan, Rabu (22/10/2025). Wakil Ketua Komisi IV DPR itu menilai pupuk harus tersedia.');
    expect(find(list, 'PERSON', 'Hendra Gunawan')?.roles?.map((r) => [r.title, r.org])).toEqual([['Wakil Ketua', 'Komisi IV DPR']]);
  });

  it('gives no role by a description of what the person is ("Politikus Partai Garuda ini …")', () => {
    const list = entities('"Kami akan mengawal anggaran itu," kata Hendra Gunawan kepada wartawan. Politikus Partai Garuda ini menilai pupuk harus tersedia.');
    expect(find(list, 'PERSON', 'Hendra Gunawan')?.roles ?? []).toEqual([]);
  });
});

describe('titles of regional officials, police, military and company units', () => {
  it('reads Komandan, Dirreskrimum, Pemimpin Wilayah, Seskab and Kapuskesmas as titles before a name', () => {
    const list = entities('Komandan Satgas Pamtas Letkol Inf Joko Purnomo mengatakan pasukan siap. Dirreskrimum Polda Jabar Kombes Surawan Hadi mengatakan tersangka ditahan. Pemimpin Wilayah BRI Malang Rudi Hartanto mengatakan kredit tumbuh. Hadir pula Seskab Teddy Indra Wijaya. Kapuskesmas Cibinong Ani Rahmawati mengatakan stok obat aman.');
    const titles = (name: string) => find(list, 'PERSON', name)?.roles?.map((r) => r.title);
    expect(titles('Joko Purnomo')?.[0]).toMatch(/^Komandan/);
    expect(titles('Surawan Hadi')).toEqual(['Dirreskrimum']);
    expect(titles('Rudi Hartanto')).toEqual(['Pemimpin Wilayah BRI Malang']);
    expect(titles('Teddy Indra Wijaya')).toEqual(['Seskab']);
    expect(titles('Ani Rahmawati')).toEqual(['Kapuskesmas Cibinong']);
  });

  it('reads "Humas" alone as a title before a company and a name after the comma', () => {
    const list = entities('Humas PT Sawit Makmur Abadi, Kevin Wijaya, membantah perusahaannya membakar lahan.');
    expect(find(list, 'PERSON', 'Kevin Wijaya')?.roles?.map((r) => [r.title, r.org])).toEqual([['Humas', 'PT Sawit Makmur Abadi']]);
  });
});

describe('a faction inside a commission\'s name', () => {
  it('reads "Komisi IV DPR RI Fraksi Demokrat" as the commission and the faction, with or without a title before', () => {
    const list = entities('"Kami di Komisi IV DPR RI Fraksi Demokrat akan mengawal anggaran itu," kata Hendra Gunawan.');
    expect(textsOf(list, 'ORG')).toEqual(['Komisi IV DPR RI', 'Fraksi Demokrat']);
  });
});

describe('titles with brackets and ordinals', () => {
  it('reads an acronym spelled out from the title\'s marker, and a place\'s short name after the brackets', () => {
    const list = entities('Data itu berasal dari Kepala Badan Pusat Statistik (BPS) Amalia Rahmawati. Program itu disambut Wakil Gubernur (Wagub) Kaltim Rusdi Aji.');
    expect(find(list, 'PERSON', 'Amalia Rahmawati')?.roles?.map((r) => r.title)).toEqual(['Kepala Badan Pusat Statistik']);
    expect(find(list, 'PERSON', 'Rusdi Aji')?.roles?.map((r) => r.title)).toEqual(['Wakil Gubernur']);
    expect(list.some((e) => e.type === 'PERSON' && /Statistik|Kaltim/.test(e.text))).toBe(false);
  });
});

describe('a numbered unit inside a title\'s run', () => {
  it('keeps the number of a school or a regional unit inside the organisation after a title', () => {
    const list = entities('Kepala SMAN 4 Kudus, Sri Lestari Wulan, menyerahkan kasus itu ke polisi. Kepala MTsN 2 Kendari Ahmad Jaelani mengaku sudah dipanggil. Manager Humas KAI Daop 8 Surabaya Rina Kusumawati mengatakan stasiun dipercantik.');
    expect(find(list, 'PERSON', 'Sri Lestari Wulan')?.roles?.map((r) => [r.title, r.org])).toEqual([['Kepala', 'SMAN 4 Kudus']]);
    expect(find(list, 'PERSON', 'Ahmad Jaelani')?.roles?.map((r) => r.title)).toEqual(['Kepala']);
    expect(find(list, 'PERSON', 'Rina Kusumawati')?.roles?.map((r) => r.title)).toEqual(['Manager Humas']);
  });

  it('keeps a school\'s number after its place\'s name ("Kepala SDN Cibodas 03 Euis Maryani")', () => {
    const list = entities('Kepala SDN Cibodas 03 Euis Maryani mengatakan kehadiran siswa turun sejak jembatan putus.');
    expect(find(list, 'PERSON', 'Euis Maryani')?.roles?.map((r) => [r.title, r.org])).toEqual([['Kepala', 'SDN Cibodas 03']]);
  });
});

describe('short titles and nicknames in brackets', () => {
  it('makes a name first written in brackets after a person\'s name a form of that person ("Saifullah Yusuf (Gus Ipul)")', () => {
    const list = entities('Menteri Sosial (Mensos) Rahmat Hidayat (Gus Mamat) menjelaskan manfaat bantuan sosial bagi warga miskin. Gus Mamat menambahkan data penerima diperbarui setiap bulan.');
    const person = find(list, 'PERSON', 'Rahmat Hidayat');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Rahmat Hidayat', 'Gus Mamat', 'Gus Mamat']);
    expect(person?.roles?.map((r) => r.title)).toEqual(['Menteri Sosial']);
  });
});

describe('acronyms with digits inside a title\'s run', () => {
  it('reads "P2MI", "BP3MI" as capitalised words of the run ("Menteri P2MI Abdul Kadir", "Kepala BP3MI NTB Ni Luh Putu")', () => {
    const list = entities('Menteri P2MI Joko Susanto meminta daerah memperketat pengawasan. Kepala BP3MI Kalimantan Utara Andi Saputra mengatakan korban ditampung.');
    expect(find(list, 'PERSON', 'Joko Susanto')?.roles?.map((r) => [r.title, r.org])).toEqual([['Menteri', 'P2MI']]);
    expect(find(list, 'PERSON', 'Andi Saputra')?.roles?.map((r) => r.title)).toEqual(['Kepala']);
  });
});

describe('an envoy\'s title and the country sent to', () => {
  it('keeps "untuk" and the countries in an envoy\'s title, each country a place ("Dubes RI untuk Jepang Heri Akhmadi")', () => {
    const list = entities('Duta Besar Malaysia untuk Indonesia Ahmad Zaki hadir. Dubes RI untuk Jepang Budi Santoso menyambut delegasi itu.');
    expect(find(list, 'PERSON', 'Ahmad Zaki')?.roles?.map((r) => r.title)).toEqual(['Duta Besar Malaysia untuk Indonesia']);
    expect(find(list, 'PERSON', 'Budi Santoso')?.roles?.map((r) => r.title)).toEqual(['Dubes RI untuk Jepang']);
    expect(list.filter((e) => e.type === 'ORG')).toEqual([]);
    expect(find(list, 'LOC', 'Jepang')).toBeDefined();
  });
});

describe('contractions of a body\'s name before its place', () => {
  it('links "Kejari Sigi" to "Kejaksaan Negeri Sigi" and "Dinkes" to "Dinas Kesehatan Kota Kendari"', () => {
    const list = entities('Tim Kejaksaan Negeri Poso menahan dua tersangka. Kejari Poso juga menyita uang tunai. Dinas Kesehatan Kota Bitung mencatat 20 kasus baru. Menurut Dinkes, kasus turun dibanding tahun lalu.');
    const orgs = list.filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => [e.text, [...new Set(e.mentions.map((m) => m.text))]])).toEqual([
      ['Kejaksaan Negeri Poso', ['Kejaksaan Negeri Poso', 'Kejari Poso']],
      ['Dinas Kesehatan Kota Bitung', ['Dinas Kesehatan Kota Bitung', 'Dinkes']],
    ]);
  });
});

describe('edges of places and traders\' names', () => {
  it('leaves a name prefix out of the place before the name ("(BKSDA) Sulawesi Utara Ir. Novita") and reads "UD" as a company\'s legal form', () => {
    const list = entities('Kepala Balai Konservasi Sumber Daya Alam (BKSDA) Sulawesi Tengah Ir. Rahmi Pangemanan menyebut burung itu langka. Polisi menggeledah gudang UD Maju Jaya di Sidoarjo.');
    expect(list.some((e) => e.text.endsWith(' Ir'))).toBe(false);
    expect(find(list, 'ORG', 'UD Maju Jaya')).toBeDefined();
  });
});

describe('a title after a name and its age', () => {
  it('gives a lowercase title between commas after a name or its age to that name, not a description ("pengamat politik")', () => {
    const list = entities('Darmi Susanti (45), ketua kelompok tani, mengaku panen gagal. Menurut Andi Wijaya, pengamat politik, hal itu biasa.');
    expect(find(list, 'PERSON', 'Darmi Susanti')?.roles?.map((r) => r.title)).toEqual(['ketua kelompok tani']);
    expect(find(list, 'PERSON', 'Andi Wijaya')?.roles ?? []).toEqual([]);
  });
});

describe('offices named by their service', () => {
  it('reads an office named by its kind of service as an organisation, the office of a named body as a place', () => {
    const list = entities('Pelepasan jemaah dilakukan Kantor Wilayah Kementerian Agama Jawa Timur di Surabaya. Warga asing itu dibawa ke Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta. Massa lalu bergerak ke Kantor KPU RI di Menteng.');
    expect(find(list, 'ORG', 'Kantor Wilayah Kementerian Agama Jawa Timur')).toBeDefined();
    expect(find(list, 'ORG', 'Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta')).toBeDefined();
    expect(find(list, 'LOC', 'Kantor KPU RI')).toBeDefined();
  });
});

describe('a list of places opened by an administrative prefix', () => {
  it('types the items of "Kecamatan Tamalanrea, Biringkanaya dan Manggala" as places, not an official after a place ("Kabupaten Bogor, Zimamun Niam, mengatakan")', () => {
    const list = entities('Banjir melanda enam kelurahan di Kecamatan Tamalanrea, Biringkanaya dan Manggala sejak Senin. Kasi Penetapan Hak BPN Kabupaten Bogor, Darsono Wirya, mengatakan pihaknya menunggu.');
    expect(find(list, 'LOC', 'Biringkanaya')).toBeDefined();
    expect(find(list, 'LOC', 'Manggala')).toBeDefined();
    expect(find(list, 'PERSON', 'Darsono Wirya')).toBeDefined();
  });

  it('types the last item after "dan" of a list of places as a place ("ke Ubud, Nusa Penida dan Kintamani"), not a person with a given name', () => {
    const list = entities('Wisatawan melanjutkan perjalanan ke Ubud, Nusa Penida dan Kintamani pada hari kedua. Rapat dihadiri Bupati Sleman, Wakil Bupati Bantul dan Budi Santoso.');
    expect(find(list, 'LOC', 'Kintamani')).toBeDefined();
    expect(find(list, 'PERSON', 'Budi Santoso')).toBeDefined();
  });
});

describe('a person\'s name and initials in brackets after a title', () => {
  it('reads "Ketua Umum Partai X Budi Harimurti Santoso (BHS)" as a person with the initials, no organisation spelled out', () => {
    const list = entities('Ia membawa pesan Ketua Umum Partai Demokrat Budi Harimurti Santoso (BHS) agar kader tetap solid. "Mas BHS berpesan, jangan sampai kita terpecah," ujarnya.');
    const person = find(list, 'PERSON', 'Budi Harimurti Santoso');
    expect(person?.roles?.map((r) => r.title)).toEqual(['Ketua Umum']);
    expect(list.some((e) => e.type === 'ORG' && e.text.includes('Harimurti'))).toBe(false);
  });
});

/**
 * Cases of one shape: a text, and every entity of one type warta reads in it (canonical names, in
 * order). Each names the pattern it checks.
 */
const TYPED_CASES: readonly (readonly [pattern: string, text: string, type: 'PERSON' | 'ORG' | 'LOC', names: readonly string[]])[] = [
  [
    'reads a platform and the channel it carries as two organisations ("siaran YouTube Lembaga Survei Nusantara")',
    'Hasil survei dipaparkan dalam siaran YouTube Lembaga Survei Nusantara, Minggu (19/10/2025).',
    'ORG',
    ['YouTube', 'Lembaga Survei Nusantara'],
  ],
  [
    'keeps a unit and the body named after it two organisations ("Satreskrim Polres Kampar" and "Polres Kampar", "Fraksi Gerindra" and "Gerindra")',
    'Satreskrim Polres Kampar menangkap pencuri sepeda motor di Desa Tambang. Polres Kampar masih mendalami kasus itu. Ketua Fraksi Gerindra, Andi Wijaya, meminta polisi tegas. Menurut Andi, Gerindra mendukung langkah itu.',
    'ORG',
    ['Satreskrim Polres Kampar', 'Polres Kampar', 'Fraksi Gerindra', 'Gerindra'],
  ],
  [
    'reads the departments after an English executive\'s title as the title\'s, not the organisation\'s ("VP Sales & Marketing", "Vice President Public Relations KAI")',
    'Hal itu disampaikan Andi Wijaya, VP Sales & Marketing Mitra Putra Group, Senin (6/10/2025). "Kami siap," ujar Vice President Public Relations KAI, Rina Sari.',
    'ORG',
    ['Mitra Putra Group', 'KAI'],
  ],
  [
    'reads a board before a body as the body and a board alone as none ("Ketua Dewan Pengarah BRIN", "Dewan Komisioner Lembaga Penjamin Simpanan", "Ketua Tim Pengarah")',
    'Hal itu disampaikan Ketua Dewan Pengarah BRIN, Sri Wulandari, di Jakarta. Ketua Dewan Komisioner Lembaga Penjamin Simpanan (LPS) Budi Hartono juga hadir. Pertemuan digelar di kantor Menko Pangan selaku Ketua Tim Pengarah untuk kegiatan itu.',
    'ORG',
    ['BRIN', 'Lembaga Penjamin Simpanan'],
  ],
  [
    'reads a degree programme and its field before a faculty or a university as that faculty or university ("Magister Ilmu Politik FISIP Universitas …", "Magister Hukum Kenegaraan UI")',
    'Menurut Rina Sari, dosen Magister Ilmu Politik FISIP Universitas Brawijaya, pemilih muda makin kritis. Hal serupa disampaikan Dimas Pratama, mahasiswa Magister Hukum Kenegaraan UI.',
    'ORG',
    ['FISIP Universitas Brawijaya', 'UI'],
  ],
  [
    'ends an organisation of a writer\'s biography before the school the writer graduated from ("Nusa Strategi Lulusan Magister …")',
    'Pemerintah perlu berbenah.\n\nAhmad Fauzi. Analis Kebijakan Publik Nusa Strategi Lulusan Magister Studi Pembangunan Universitas Gadjah Mada.',
    'ORG',
    ['Nusa Strategi', 'Universitas Gadjah Mada'],
  ],
  [
    'reads no organisation in a commission\'s number alone where no parliament is named ("Ketua Komisi II" of a student council)',
    'Dewan Perwakilan Mahasiswa FISIP Unud memberhentikan Made Arya, mahasiswa angkatan 2023 yang menjabat sebagai Ketua Komisi II.',
    'ORG',
    ['Dewan Perwakilan Mahasiswa FISIP Unud'],
  ],
  [
    'keeps a commission\'s number alone where the article names a parliament ("rapat kerja dengan DPR … di Komisi II")',
    'Ia mengatakan rapat kerja dengan DPR biasanya digelar di Komisi II.',
    'ORG',
    ['DPR', 'Komisi II'],
  ],
  [
    'reads a hospital named by its short marker as the one named by its long marker and its namesake\'s titles ("RS Suryadarma" and "RSUP Prof Suryadarma")',
    'Mahasiswa itu menjalani koas di RSUP Prof Suryadarma. "RS Suryadarma mengambil tindakan tegas," kata Plt Direktur Utama Made Wirawan.',
    'ORG',
    ['RSUP Prof Suryadarma'],
  ],
  [
    'keeps a subsidiary named after its parent and the parent two organisations ("PT Sinar Petro Gas" and "PT Sinar Petro")',
    'Kegiatan itu diselenggarakan PT Sinar Petro Gas, anak usaha PT Sinar Petro di bidang distribusi gas. Menurut PT Sinar Petro Gas, pasokan gas aman.',
    'ORG',
    ['PT Sinar Petro Gas', 'PT Sinar Petro'],
  ],
  [
    'reads an English name spelled out before its acronym whole, over its small words ("Institute of Energy and Mining Studies (IEMS)", "Food and Drug Administration (FDA)")',
    'Hal itu disampaikan Direktur Eksekutif Institute of Energy and Mining Studies (IEMS) Bagus Pratama di Jakarta.\n\nFood and Drug Administration (FDA) Amerika Serikat belum memberi izin edar obat tersebut.',
    'ORG',
    ['Institute of Energy and Mining Studies', 'Food and Drug Administration Amerika Serikat'],
  ],
  [
    'reads no organisation in a phrase of common English words, frequent surnames among them ("National Heat Risk Assessment", "Platform as a Service (PaaS)"), and keeps a medium named so ("Daily Science Alert")',
    'Dokumen bernama National Heat Risk Assessment memodelkan dampak gelombang panas. Pemerintah menyiapkan konsep Platform as a Service (PaaS) untuk layanan daerah. Dikutip dari Daily Science Alert, para peneliti menemukan hal serupa.',
    'ORG',
    ['Daily Science Alert'],
  ],
  [
    'reads no organisation in a programme opened by a national programme\'s acronym ("BLT Kesra") nor in a fuel\'s name ("Pertalite")',
    'Pemerintah menyalurkan BLT Kesra kepada 35 juta keluarga melalui PT Pos Indonesia. Harga Pertalite dan Pertamina Dex tidak naik, kata juru bicara Pertamina.',
    'ORG',
    ['PT Pos Indonesia', 'Pertamina'],
  ],
  [
    'reads a body of two places before its short form as one organisation ("PT Bank Pembangunan Daerah Jawa Barat dan Banten (BJB)")',
    'Kredit itu disalurkan PT Bank Pembangunan Daerah Jawa Barat dan Banten (BJB) kepada 2.000 pelaku usaha. Kepala Cabang BJB Tasikmalaya menyebut penyaluran lancar.',
    'ORG',
    ['PT Bank Pembangunan Daerah Jawa Barat dan Banten'],
  ],
  [
    'reads two fields after a noun for an agency and its acronym as one agency ("badan Imigrasi dan Bea Cukai (ICE)")',
    'Ribuan orang di Chicago menuntut pemerintah membubarkan badan Imigrasi dan Bea Cukai (ICE) yang dinilai bertindak sewenang-wenang.',
    'ORG',
    ['Imigrasi dan Bea Cukai'],
  ],
  [
    'links a holding company\'s name and its state-owned form ("PT Pupuk Nusantara Holding Company", "PT Pupuk Nusantara (Persero)")',
    'Kementerian Pertanian bersama PT Pupuk Nusantara Holding Company mempercepat distribusi. Laba PT Pupuk Nusantara (Persero) diperkirakan naik tahun depan.',
    'ORG',
    ['Kementerian Pertanian', 'PT Pupuk Nusantara Holding Company'],
  ],
  [
    'reads initials before an age as a person even when a body has those letters ("berinisial MA (13), RD (14)")',
    'Polisi memeriksa tiga pelajar berinisial MA (13), RD (14) dan FS (13) yang diduga mengeroyok korban.',
    'PERSON',
    ['MA', 'RD', 'FS'],
  ],
  [
    'reads no entity in a phrase of common English words nor in the acronym it spells out ("Foreign Terrorist Fighters (FTF)")',
    '- Realisasi penguatan kerja sama dengan BNPT dan Polri dalam pengawasan orang asing dan pencegahan Foreign Terrorist Fighters (FTF)\n- Penambahan petugas di bandara',
    'PERSON',
    [],
  ],
  [
    'keeps a platform named on its own, no account\'s carrier ("melalui Truth Social", "TikTok menghapus")',
    'Trump mengumumkan keputusan itu melalui Truth Social, Senin (20/10/2025). Sementara itu TikTok menghapus ribuan video hoaks.',
    'ORG',
    ['Truth Social', 'TikTok'],
  ],
  [
    'keeps a Balinese name\'s "I" or "Ni" and its birth-order word, and nothing before them ("Kompol I Ketut Sukadi")',
    'Kapolsek Kuta Kompol I Ketut Arsana memimpin olah TKP. Camat Tabanan I Made Yasa Wiguna hadir bersama Ketua Unit Humas Ni Luh Putu Sari. Direktur RS Prof Ngoerah I Gede Darma juga datang.',
    'PERSON',
    ['I Ketut Arsana', 'I Made Yasa Wiguna', 'Ni Luh Putu Sari', 'I Gede Darma'],
  ],
  [
    'cuts an office\'s acronym and the district after it off a name ("P2BK Sukaraja Dedi Kurniawan")',
    'Hujan deras membuat sungai meluap dan merendam rumah warga," demikian laporan tertulis P2BK Sukaraja Dedi Kurniawan.',
    'PERSON',
    ['Dedi Kurniawan'],
  ],
  [
    'reads royal titles before a name as titles ("Permaisuri Charlotte", "Ratu Adelaide")',
    'Pencuri membawa kabur kalung milik Permaisuri Charlotte dan bros besar milik Ratu Adelaide dari museum itu.',
    'PERSON',
    ['Charlotte', 'Adelaide'],
  ],
  [
    'reads no person in the last words of a name a bracketed acronym spells out ("Pembangkit Listrik Tenaga Surya (PLTS)")',
    'Desa itu kini memakai Pembangkit Listrik Tenaga Surya (PLTS) dan Pembangkit Listrik Tenaga Bayu (PLTB). Menko Agus Harimurti Yudhoyono (AHY) meninjaunya.',
    'PERSON',
    ['Agus Harimurti Yudhoyono'],
  ],
  [
    'keeps a faction read whole with its regional council and place, and reads a portfolio before a regional body as no part of it',
    'Ketua Fraksi Golkar DPRD Kabupaten Garut Dedi Kurnia hadir. Kepala Seksi Pendidikan Madrasah Kemenag Purwakarta Ahmad Fauzan membenarkan.',
    'ORG',
    ['Fraksi Golkar DPRD Kabupaten Garut', 'Kemenag Purwakarta'],
  ],
  [
    'reads a high prosecutor\'s office or a court and the place after it as one organisation ("Kejaksaan Tinggi Sumsel")',
    'Kepala Kejaksaan Tinggi Sumsel Andi Wirawan menambahkan, berkas perkara sudah lengkap.',
    'ORG',
    ['Kejaksaan Tinggi Sumsel'],
  ],
  [
    'reads no person in a storm\'s name ("badai Katrina", "topan Haiyan")',
    'Riset itu mengambil sampel dampak badai Katrina dan topan Haiyan di Asia Tenggara.',
    'PERSON',
    [],
  ],
];

describe('every entity of a type in a text', () => {
  it.each(TYPED_CASES)('%s', (_pattern, text, type, names) => {
    expect(entities(text).filter((e) => e.type === type).map((e) => e.text)).toEqual(names);
  });
});

/**
 * Roles of one shape: a text, and the titles warta gives each named person in it (in order). Each
 * case names the pattern it checks.
 */
const ROLE_CASES: readonly (readonly [pattern: string, text: string, titles: Readonly<Record<string, readonly string[]>>])[] = [
  [
    'keeps a name whose holder the article calls by a later word of it ("Yoga Pratama Hidayat … Pratama")',
    'Kapolres Sleman AKBP Yoga Pratama Hidayat mengatakan pelaku sudah ditahan. Pratama menyebut barang bukti disita.',
    {
      'Yoga Pratama Hidayat': ['Kapolres Sleman'],
    },
  ],
  [
    'reads a portfolio joined by "dan" that a bracketed acronym spells out as one ("… Aparatur Negara dan Reformasi Birokrasi (PANRB) Sri Handayani Putri")',
    'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB) Sri Handayani Putri mengatakan laporan itu ditindaklanjuti.',
    {
      'Sri Handayani Putri': ['Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi'],
    },
  ],
  [
    'reads a title after "merupakan", "adalah" and "(yang) (saat ini, masih, …) menjabat (sebagai)" as the role of the name before it',
    'Darmawan Susilo merupakan Kepala Desa Sukamaju sejak 2019. Rina Anggraeni adalah Direktur Utama PT Sumber Rejeki. Menurut Tono, yang saat ini menjabat Ketua Koperasi Tani Makmur, harga gabah turun. Yusuf Hamdani, saat masih menjabat Wali Kota Sukabumi, pernah menolak rencana itu.',
    {
      'Darmawan Susilo': ['Kepala Desa Sukamaju'],
      'Rina Anggraeni': ['Direktur Utama'],
      'Tono': ['Ketua'],
      'Yusuf Hamdani': ['Wali Kota Sukabumi'],
    },
  ],
  [
    'reads a list of titles with bracketed short titles pair by pair, not the next title as the last name\'s',
    'Hadir Menteri Keuangan (Menkeu) Rudi Hartono, Menteri Perhubungan (Menhub) Siti Aminah, dan Menteri ESDM Joko Santoso.',
    {
      'Rudi Hartono': ['Menteri Keuangan'],
      'Siti Aminah': ['Menteri Perhubungan'],
    },
  ],
  [
    'keeps a title after "menjabat" with its short form and place as the role of the name before it',
    'Saat ini Darmono menjabat Kepala Badan Kesatuan Bangsa dan Politik (Kesbangpol) Jatim.',
    {
      'Darmono': ['Kepala Badan Kesatuan Bangsa dan Politik'],
    },
  ],
  [
    'gives the title to the name in brackets after it ("Pak Menteri (Hendra Wijaya)")',
    '"Itu tadi disampaikan oleh Pak Menteri (Hendra Wijaya), uji coba akan dilanjutkan," ujar Rudi.',
    {
      'Hendra Wijaya': ['Menteri'],
    },
  ],
  [
    'reads an ordinal between the title and the name ("Presiden ke-4 Abdurrahman Wahid")',
    'Gagasan itu muncul pada masa Presiden ke-4 Abdurrahman Wahid.',
    {
      'Abdurrahman Wahid': ['Presiden ke-4'],
    },
  ],
  [
    'reads a short title of two words in brackets ("(Menko PM)") and a rank with its dot after a comma ("Capt.")',
    'Menteri Koordinator Pemberdayaan Masyarakat (Menko PM) Hasan Basri menyebut mahasiswa penting. Sementara itu, Direktur Utama AirNav Indonesia, Capt. Yudi Prasetyo menambahkan, acara itu diikuti ribuan peserta.',
    {
      'Hasan Basri': ['Menteri Koordinator Pemberdayaan Masyarakat'],
      'Yudi Prasetyo': ['Direktur Utama'],
    },
  ],
  [
    'gives a lowercase title between commas after a name to that name ("Darto Wibisono, anggota DPRD Provinsi Maluku Utara dua periode, …")',
    'Darto Wibisono, anggota DPRD Provinsi Maluku Utara dua periode, meraih enam suara.',
    {
      'Darto Wibisono': ['anggota DPRD Provinsi Maluku Utara'],
    },
  ],
  [
    'reads a bracketed short form of an acronym and a word ("(BP Haji)") before the name',
    'Di Jakarta, Kepala Badan Penyelenggara Haji (BP Haji) Rusli Hamdan mengingatkan jemaah agar menjaga kesehatan.',
    {
      'Rusli Hamdan': ['Kepala Badan Penyelenggara Haji'],
    },
  ],
  [
    'reads "setempat" and "lainnya" before the comma and the name ("Ketua bank sampah setempat, Siti Rohani")',
    'Ketua bank sampah setempat, Wulan Sari, mengatakan anggotanya bertambah. Kritik juga datang dari anggota Komisi IV DPR lainnya, Tono Hartono.',
    {
      'Wulan Sari': ['Ketua bank sampah'],
      'Tono Hartono': ['anggota Komisi IV DPR'],
    },
  ],
  [
    'gives a capitalised title after a name and its age to that name ("Sukirah (67), Ketua RT 12, …")',
    'Warsini Hartati (67), Ketua RT 12, mengaku belum menerima bantuan.',
    {
      'Warsini Hartati': ['Ketua'],
    },
  ],
];

describe('the titles of the people in a text', () => {
  it.each(ROLE_CASES)('%s', (_pattern, text, titles) => {
    const list = entities(text);
    for (const [person, expected] of Object.entries(titles)) expect(find(list, 'PERSON', person)?.roles?.map((r) => r.title), person).toEqual(expected);
  });
});

describe('people, places and their types around name prefixes, degrees and namesakes', () => {
  const names = (list: Entity[]) => list.filter((e) => ['PERSON', 'ORG', 'LOC'].includes(e.type)).map((e) => `${e.type}:${e.text}`);

  it('reads a degree after a name and a comma as no name, the name before it holding the title', () => {
    const list = entities('Direktur RSUD Wanabakti dr. Rudolf Tamami, Sp.A menyebut pihaknya menambah 30 tempat tidur. Direktur RSUD Cempaka dr. Lina Marlina, MARS mengatakan antrean berkurang.');
    expect(names(list)).toEqual(['ORG:RSUD Wanabakti', 'PERSON:Rudolf Tamami', 'ORG:RSUD Cempaka', 'PERSON:Lina Marlina']);
    expect(find(list, 'PERSON', 'Rudolf Tamami')?.roles?.map((r) => r.title)).toEqual(['Direktur']);
  });

  it("reads a religious order after a priest's name and a comma as no name", () => {
    const list = entities('Pastor Agustinus Beding, SVD, yang memimpin misa, mengatakan umat menyambut kabar itu dengan gembira.');
    expect(names(list)).toEqual(['PERSON:Agustinus Beding']);
  });

  it('reads a name after two prefixes, one of them lowercase ("Dr. dr."), and "Mgr" before a bishop\'s name', () => {
    const list = entities('Direktur Utama RSUP Wirasakti Dr. dr. Hotman Sinaga, Sp.BTKV mengatakan para pasien pulih. Uskup Agung Larantuka Mgr Yosef Bali Ola meminta umat berdoa.');
    expect(find(list, 'PERSON', 'Hotman Sinaga')?.roles?.map((r) => r.title)).toEqual(['Direktur Utama']);
    expect(find(list, 'PERSON', 'Yosef Bali Ola')).toBeDefined();
    expect(names(list).filter((n) => n.startsWith('PERSON'))).toEqual(['PERSON:Hotman Sinaga', 'PERSON:Yosef Bali Ola']);
  });

  it('reads a street or hall named after someone with name prefixes and dotted initials as one place', () => {
    const list = entities('Rusdi ditemui di kantornya, Jalan Drs. H. Umar Sanggala. Sidang digelar di Auditorium H.M. Sumarsono, Jalan M.H. Kartanegara, Kendari.');
    expect(names(list)).toEqual(['PERSON:Rusdi', 'LOC:Jalan Drs. H. Umar Sanggala', 'LOC:Auditorium H.M. Sumarsono', 'LOC:Jalan M.H. Kartanegara', 'LOC:Kendari']);
  });
});

describe('names listed with places', () => {
  const types = (list: Entity[]) => list.filter((e) => ['PERSON', 'ORG', 'LOC'].includes(e.type)).map((e) => `${e.type}:${e.text}`);

  it('types a name the tagger alone reads as a person a place when a comma or "dan" lists it with a place', () => {
    const list = entities('Polisi membongkar komplotan pencuri yang beraksi di Abepura, Waena dan Entrop. Mereka ditangkap di kawasan Keputih, Sukolilo, pekan lalu.');
    expect(find(list, 'LOC', 'Waena')).toBeDefined();
    expect(find(list, 'LOC', 'Sukolilo')).toBeDefined();
    expect(types(list).filter((t) => t.startsWith('PERSON'))).toEqual([]);
  });

  it('keeps the holder named after a title that ends in a place and a comma a person', () => {
    const list = entities('Hadir pula Wakil Wali Kota Bogor, Jenal Mutaqin, dan Sekda Kota Bogor, Denny Mulyadi.');
    expect(find(list, 'PERSON', 'Jenal Mutaqin')).toBeDefined();
    expect(find(list, 'PERSON', 'Denny Mulyadi')).toBeDefined();
  });
});

describe('where the name starts after a title, its organisation or place', () => {
  it.each([
    ['a rank: every capitalised word after it to the run\'s end ("AKBP Yudha Satria Pratama")', 'Kapolres Pandeglang AKBP Rendra Satria Pratama menyebut sampel makanan sudah diperiksa.', 'Rendra Satria Pratama', 'Kapolres Pandeglang'],
    ['a regional body\'s short name the tagger reads into the name ("Ketua Baznas …")', 'Ketua Baznas Noor Hidayat mengingatkan zakat fitrah wajib ditunaikan sebelum salat Id.', 'Noor Hidayat', 'Ketua'],
    ['a known place of several words before the name ("Bupati Ogan Komering Ilir …")', 'Bupati Ogan Komering Ilir Rusdi Zulkarnain Sani mengapresiasi warga yang bergotong royong.', 'Rusdi Zulkarnain Sani', 'Bupati Ogan Komering Ilir'],
    ['a regional name\'s opening word ("… Bima Lalu Ahmad …")', 'Pemimpin Cabang Bank NTB Syariah Bima Lalu Hasan Fadli menyebut ada 2.300 petani yang terdampak.', 'Lalu Hasan Fadli', 'Pemimpin Cabang'],
    ['a title\'s word between a given name and the last word of the name ("Lukman Hakim Pasaribu")', 'Koordinator Fungsi Konsuler KBRI Dhaka Arif Hakim Siregar mengatakan sebagian besar WNI aman.', 'Arif Hakim Siregar', 'Koordinator Fungsi Konsuler'],
  ])('%s', (_case, text, person, title) => {
    const list = entities(text);
    const people = textsOf(list, 'PERSON');
    expect(people).toEqual([person]);
    expect(find(list, 'PERSON', person)?.roles?.[0]?.title).toBe(title);
  });
});

describe('common nouns that open a sentence', () => {
  it('reads no place in a one-word place of the list that opens a sentence and runs on in lowercase, keeping datelines', () => {
    const list = entities('Solo - Air kembali meluap. "Tanggul saja tidak cukup. Harus ada kolam," kata Darsono. Puncak musim hujan diperkirakan Januari.');
    const places = textsOf(list, 'LOC');
    expect(places).toContain('Solo');
    expect(places).not.toContain('Tanggul');
    expect(places).not.toContain('Puncak');
  });

  it('keeps such a place when the text names it elsewhere as one', () => {
    const list = entities('Puncak musim hujan tiba. Warga Puncak mengungsi ke balai desa.');
    expect(find(list, 'LOC', 'Puncak')).toBeDefined();
  });
});

describe('names of things and of institutions named after someone', () => {
  it('reads no person in a name after a disease\'s or a kind\'s noun', () => {
    const list = entities('Beberapa penyakit, seperti penyakit Parkinson, berkaitan dengan paparan itu. Polisi menyita mobil jenis Fortaleza milik pelaku.');
    expect(textsOf(list, 'PERSON')).toEqual([]);
  });

  it('reads the name after a school\'s or a foundation\'s marker as the institution\'s, no person\'s', () => {
    const list = entities('Mitra program itu adalah Yayasan Pendidikan Surya Wibawa dan SMA Pradipta Nugraha, Boyolali.');
    const names = list.filter((e) => ['PERSON', 'ORG', 'LOC'].includes(e.type)).map((e) => `${e.type}:${e.text}`);
    expect(names).toContain('ORG:Yayasan Pendidikan Surya Wibawa');
    expect(names).toContain('ORG:SMA Pradipta Nugraha');
    expect(names.filter((n) => n.startsWith('PERSON'))).toEqual([]);
  });
});

describe('kinds of bodies and facilities named alone', () => {
  it('reads no entity in an organisation\'s marker, a title or a kind of facility standing alone', () => {
    const list = entities('Tim gabungan dari perangkat desa, Babinsa, dan petugas Koramil membantu warga. Pertandingan digelar di GOR dekat pasar, lalu korban dibawa ke RSUD untuk dirawat.');
    expect(list.filter((e) => ['PERSON', 'ORG', 'LOC'].includes(e.type)).map((e) => e.text)).toEqual([]);
  });
});

describe('people read as places and places read as people', () => {
  it('types a name read as a place a person where the text names a person: after a cue, before a speech verb', () => {
    const list = entities('Ketua RT di Kelurahan Sengeti, Muaro Jambi, Rosmala, mengatakan warga kesulitan. Gaun itu dirancang desainer Sekar Ayu Prameswari. "Dikerjakan tiga bulan," kata Sekar.');
    expect(textsOf(list, 'LOC')).not.toContain('Rosmala');
    expect(textsOf(list, 'LOC')).not.toContain('Sekar');
  });

  it('reads a river, a circuit and a fort named with their kind as places', () => {
    const list = entities('Krueng Meunasah meluap akibat hujan deras. Sirkuit Pandanaran diusulkan untuk balap motor. Benteng Kuta Raja dibangun pada abad ke-17.');
    const places = textsOf(list, 'LOC');
    expect(places).toEqual(expect.arrayContaining(['Krueng Meunasah', 'Sirkuit Pandanaran', 'Benteng Kuta Raja']));
    expect(list.filter((e) => e.type === 'PERSON')).toEqual([]);
  });
});

describe('buildings that act as institutions', () => {
  it('types an office acting as an institution an organisation, and keeps it a place where a building is named', () => {
    const acting = entities('Kantor Kementerian Agama Kabupaten Langkat juga diminta memperketat pengawasan. Stasiun Meteorologi Juanda Raya mencatat kemarau berlangsung hingga Oktober.');
    expect(find(acting, 'ORG', 'Kantor Kementerian Agama Kabupaten Langkat')).toBeDefined();
    expect(find(acting, 'ORG', 'Stasiun Meteorologi Juanda Raya')).toBeDefined();
    const building = entities('Rapat digelar di Kantor Kementerian Agama Kabupaten Langkat. Kantor Kementerian Agama Kabupaten Langkat mencatat 40 pernikahan.');
    expect(find(building, 'ORG', 'Kantor Kementerian Agama Kabupaten Langkat')).toBeUndefined();
  });

  it('makes the palace a place when it is only named where a building is, and keeps it an institution that speaks', () => {
    const visit = entities('Para menteri tiba di Istana sejak siang. Ketua umum partai juga dipanggil ke Istana sore ini.', 'Menteri Berdatangan ke Istana');
    expect(textsOf(visit, 'LOC')).toContain('Istana');
    expect(textsOf(visit, 'ORG')).not.toContain('Istana');
    const speaks = entities('Istana menegaskan tidak ada pelantikan hari ini. Para menteri tiba di Istana pagi tadi.', 'Istana Bantah Ada Pelantikan');
    expect(textsOf(speaks, 'ORG')).toContain('Istana');
  });

  it("makes the palace named alone the one palace the article names, and leaves it where two are named", () => {
    const one = entities('Presiden Hendrawan menerima Perdana Menteri Laos di Istana Merdeka, Jakarta, Selasa (14/10/2025). Keduanya lalu makan siang bersama di Istana.', 'Hendrawan Terima PM Laos di Istana');
    expect(textsOf(one, 'LOC')).toContain('Istana Merdeka');
    expect(textsOf(one, 'LOC')).not.toContain('Istana');
    const two = entities('Para menteri tiba di Kompleks Istana Kepresidenan sejak siang. Sidang kabinet digelar di Istana Negara. Semua menteri hadir di Istana hari ini.');
    expect(textsOf(two, 'LOC')).toContain('Istana');
  });

  it('makes an office named without "Pusat" the head office the article names', () => {
    const list = entities('Menteri Perindustrian Darmawan Sitepu ditemui di Kantor Pusat Kemenperin, Jakarta Pusat, Selasa (21/10/2025). "Kami jaga," ujar Darmawan di Kantor Kemenperin, Senin (20/10/2025).');
    expect(textsOf(list, 'LOC')).toContain('Kantor Pusat Kemenperin');
    expect(textsOf(list, 'LOC')).not.toContain('Kantor Kemenperin');
  });
});

describe('a first name cut off a name and used alone', () => {
  it('starts the name at its first word when the text uses that word alone for the person', () => {
    const list = entities('Peneliti Institute for Development of Economics and Finance (Indef) Dimas Prasetyo Nugroho sependapat. Ia merujuk data BPS. "Pedagang kecil terpukul," kata Dimas.');
    const people = list.filter((e) => e.type === 'PERSON');
    expect(people.map((e) => e.text)).toEqual(['Dimas Prasetyo Nugroho']);
    expect(people[0]!.mentions.map((m) => m.text)).toEqual(['Dimas Prasetyo Nugroho', 'Dimas']);
  });
});

describe("countries' epithets", () => {
  it.each([
    ['Australia', 'Negeri Kanguru'],
    ['Thailand', 'Negeri Gajah Putih'],
    ['Belanda', 'Negeri Kincir Angin'],
  ])('links "%s" and its epithet "%s" as one place', (country, epithet) => {
    const list = entities(`WNI di ${country} diminta waspada. Harga sewa rumah di ${epithet} kini naik tajam.`);
    const place = find(list, 'LOC', country);
    expect(place?.mentions.map((m) => m.text)).toEqual([country, epithet]);
    expect(find(list, 'LOC', epithet)).toBeUndefined();
  });
});

describe('institutions named after people or places in English', () => {
  it('reads a name before "University" or "Foundation" as the institution\'s, and the city after it as a place', () => {
    const list = entities('Kerja sama riset juga dijajaki dengan Charles Darwin University di Darwin, Australia, yang aktif meneliti penyakit tropis.');
    expect(find(list, 'ORG', 'Charles Darwin University')).toBeDefined();
    expect(find(list, 'LOC', 'Darwin')).toBeDefined();
    expect(list.filter((e) => e.type === 'PERSON')).toEqual([]);
  });
});

describe('baptismal given names', () => {
  it('reads a baptismal name as the start of a name after a village head\'s title and its village', () => {
    const list = entities('Kepala Desa Oelnasi Baru Petrus Nenobais membenarkan sebagian warganya berangkat tanpa dokumen.');
    expect(find(list, 'PERSON', 'Petrus Nenobais')?.roles?.map((r) => r.title)).toEqual(['Kepala Desa Oelnasi Baru']);
    expect(find(list, 'LOC', 'Oelnasi Baru')).toBeDefined();
  });
});

describe("a club's nickname", () => {
  it('links the nickname to the club the article names, or to the one longer name that starts with it', () => {
    const list = entities(
      'West Ham United berhasil menang 2-1 atas Tottenham dalam laga Liga Inggris yang digelar pada Sabtu malam. Gol kemenangan The Hammers dicetak oleh Jarrod Bowen pada menit ke-80, dan pelatih tim tamu mengaku kecewa dengan hasil tersebut.',
      'The Hammers Tekuk Tottenham',
    );
    expect(textsOf(list, 'ORG').sort()).toEqual(['Tottenham', 'West Ham United']);
    expect(find(list, 'ORG', 'West Ham United')?.mentions.map((m) => m.text)).toContain('The Hammers');
  });
});

describe('a title, an organisation or place and a name without commas (issue 11, pattern 1)', () => {
  it('reads a regional body after a title with the place after it as one organisation, the name after them', () => {
    const list = entities('Wakil Ketua DPRD Kota Malang Rahmat Suleman menyebut anggaran itu dipangkas. Ketua DPRD Bone Andi Arif Maulana menolak.');
    expect(textsOf(list, 'ORG')).toEqual(['DPRD Kota Malang', 'DPRD Bone']);
    expect(textsOf(list, 'LOC')).toEqual([]);
    expect(find(list, 'PERSON', 'Rahmat Suleman')?.roles?.[0]?.title).toBe('Wakil Ketua DPRD Kota Malang');
    expect(find(list, 'PERSON', 'Andi Arif Maulana')?.roles?.[0]?.title).toBe('Ketua DPRD Bone');
  });
});

describe('a title, an organisation and a name: words the document names someone by', () => {
  it('reads no cue in a capitalised word inside a name, so the word after it opens no name after a title', () => {
    const list = entities(
      'Bank Mulia Syariah meneken Perjanjian Induk Lindung Nilai Syariah (PILN Syariah) dengan dua bank. Direktur Bisnis Bank Mulia Syariah Rendra Pramono Aji menyampaikan, kerja sama ini memperkuat layanan.',
    );
    expect(find(list, 'PERSON', 'Rendra Pramono Aji')?.roles?.map((r) => r.title)).toEqual(['Direktur Bisnis']);
    expect(list.some((e) => e.type === 'PERSON' && e.text.startsWith('Syariah'))).toBe(false);
  });

  it('reads a regency\'s short name after an office\'s acronym as the place, the name after it', () => {
    const list = entities('Mantan Kadis PUPR Madina Elvi Rahmayani Siregar menerima uang dari perusahaan itu.');
    expect(find(list, 'PERSON', 'Elvi Rahmayani Siregar')).toBeDefined();
    expect(find(list, 'LOC', 'Madina')).toBeDefined();
  });
});

describe('a list of titles, organisations and names', () => {
  it('reads a listed name after an acronym before the comma as the person, not the organisation\'s last word', () => {
    const list = entities(
      'Hadir dalam acara itu Sekretaris Utama BKN Dewi Kartikasari, Deputi Bidang Pembinaan Penyelenggaraan Manajemen ASN Herman, JF Asesor SDM Aparatur Ahli Utama Rudi Santoso, dan pejabat lainnya.',
    );
    expect(find(list, 'PERSON', 'Herman')?.roles?.[0]?.title).toBe('Deputi Bidang Pembinaan');
    expect(list.some((e) => e.type === 'ORG' && e.text.endsWith('Herman'))).toBe(false);
  });
});

describe('a title, a marker and its body\'s short name, then a name', () => {
  it('reads the word after an organisation\'s marker as the body\'s when a name of two words follows', () => {
    const list = entities('Sekretaris Ditjen Binpers Arsyad Mahmudi menyatakan modul ini jadi komitmen kementerian.');
    expect(find(list, 'PERSON', 'Arsyad Mahmudi')?.roles?.[0]?.title).toBe('Sekretaris');
    expect(list.some((e) => e.type === 'PERSON' && e.text.startsWith('Binpers'))).toBe(false);
  });
});

describe('a title written twice by a slip', () => {
  it('reads words of a title written twice in a row once', () => {
    const list = entities('"Kamera kami berfungsi baik," kata Ketua Unit Ketua Unit Hubungan Masyarakat Universitas Nusa Cendana Maria Yosefina Tanone.');
    expect(find(list, 'PERSON', 'Maria Yosefina Tanone')?.roles?.map((r) => r.title)).toEqual(['Ketua Unit Hubungan Masyarakat']);
  });
});

describe('an organisation the document writes by itself, then a title, it and a name', () => {
  it('ends the organisation where the document writes it by itself, the name after it', () => {
    const list = entities(
      'Forum itu diselenggarakan oleh PT Bara Gas sebagai bagian dari subholding. Direktur Utama PT Bara Gas Ganda Imam Sasongko yang juga menjadi narasumber menekankan peran perusahaan.',
    );
    expect(find(list, 'ORG', 'PT Bara Gas')).toBeDefined();
    expect(find(list, 'PERSON', 'Ganda Imam Sasongko')?.roles?.[0]?.title).toBe('Direktur Utama');
  });

  it('reads the organisation whole before the name when the name was read from inside it', () => {
    const list = entities('Kunjungan itu menjadi dukungan bagi PGN Saka untuk memperkuat sinergi. Direktur Utama PGN Saka Intan Fauzi bersama jajaran direksi menyambut kunjungan itu.');
    expect(find(list, 'PERSON', 'Intan Fauzi')?.roles?.[0]?.title).toBe('Direktur Utama');
  });
});

describe('a marker after a marker in a headline', () => {
  it('reads "Pondok Pesantren" without a name as no organisation, though a district is named Pesantren', () => {
    const list = entities('Sebanyak 12 santri terluka. Mereka dirawat di rumah sakit terdekat.', 'Santri Terluka Saat Runtuhan Pondok Pesantren Menimpa Asrama');
    expect(textsOf(list, 'ORG')).toEqual([]);
  });

  it('still reads a marker and a known place in a headline as an organisation', () => {
    const list = entities('Sebanyak 12 santri terluka. Mereka dirawat di rumah sakit terdekat.', 'Santri Terluka, Pemkot Bogor Kirim Bantuan');
    expect(textsOf(list, 'ORG')).toEqual(['Pemkot Bogor']);
  });
});

describe('a slash inside an organisation\'s name', () => {
  it('keeps "Pengadaan Barang/Jasa" inside the name and the person after it whole', () => {
    const list = entities('Rapat itu dihadiri Deputi Bidang Pengembangan Strategi dan Kebijakan Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah Sarah Wulandari. Menurut dia, aturan itu berlaku tahun depan.');
    expect(textsOf(list, 'ORG')).toEqual(['Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah']);
    expect(textsOf(list, 'PERSON')).toEqual(['Sarah Wulandari']);
  });

  it('still reads a ministry and an agency joined by a slash as one body', () => {
    const list = entities('Kementerian PPN/Bappenas menyebut anggaran itu cukup.');
    expect(textsOf(list, 'ORG')).toEqual(['Kementerian PPN/Bappenas']);
  });
});

describe('a marker\'s name spelled out by the acronym after it', () => {
  it('keeps a name after the marker inside the organisation when the bracketed acronym spells out the whole run', () => {
    const list = entities('Seminar itu memperingati Milad ke-20 Ikatan Guru Siti Aminah Darussalam (IGSAD) di Klaten.');
    expect(textsOf(list, 'ORG')).toEqual(['Ikatan Guru Siti Aminah Darussalam']);
    expect(textsOf(list, 'PERSON')).toEqual([]);
  });
});

describe('the head of a Balinese customary village', () => {
  it('reads "Bendesa Adat" as a title, no place, and the person after it', () => {
    const list = entities('Pemeriksaan dibantu pecalang setempat. Bendesa Adat Sanur Kaja I Made Arta Wijaya menyebut turis kooperatif.');
    expect(textsOf(list, 'LOC')).not.toContain('Bendesa');
    expect(find(list, 'PERSON', 'I Made Arta Wijaya')?.roles?.map((r) => r.title.slice(0, 12))).toEqual(['Bendesa Adat']);
  });
});

describe('a place ending a long name whose short form follows in brackets', () => {
  it('drops the place inside the long name and the short form linked to it', () => {
    const list = entities('Pemerintah merevisi Undang-undang Pertambangan Mineral dan Batu Bara (Minerba) tahun ini. Satgas Pencegahan dan Penanganan Kekerasan di Perguruan Tinggi (PPKPT) Universitas Nusa Bangsa masih menelusuri kasus itu.');
    expect(textsOf(list, 'LOC')).not.toContain('Batu Bara');
    expect(textsOf(list, 'LOC')).not.toContain('Perguruan Tinggi');
  });

  it("keeps a place its bracketed short form abbreviates and one after a lowercase word", () => {
    const list = entities('Banjir melanda Kabupaten Sukamaju Barat (KSB), Sulawesi Tengah (Sulteng). Warga dari Nusa Tenggara Timur (NTT) ikut membantu.');
    expect(textsOf(list, 'LOC')).toEqual(expect.arrayContaining(['Kabupaten Sukamaju Barat', 'Sulawesi Tengah', 'Nusa Tenggara Timur']));
  });
});

describe("a name inside a programme's name the lexicon knows", () => {
  it('drops a place read inside "Koperasi Desa Merah Putih" and keeps the places around it', () => {
    const list = entities('Sepekan setelah peluncuran nasional Koperasi Desa Merah Putih oleh Presiden di Klaten, warga di Banyumas berebut gerai sembako.', 'Koperasi Desa Merah Putih Mulai Bergerak, Desa di Banyumas Berebut Gerai Sembako');
    expect(textsOf(list, 'LOC')).not.toContain('Desa Merah Putih');
    expect(textsOf(list, 'LOC')).toContain('Banyumas');
  });
});

describe('organisations typed by their short forms, citations and the nation\'s "RI"', () => {
  it('gives a short form written in brackets after an organisation\'s name the organisation, though a title makes it a person elsewhere', () => {
    const found = entities('Mereka mengatakan Badan Gizi Nasional (BGN) harus diisi orang-orang yang ahli di bidang gizi dan pangan. "Karena banyak anak-anak kita keracunan akibat manajemen badan gizi nasional yang tidak baik. Ketua BGN-nya sendiri bukan orang yang ahli," katanya.');
    expect(textsOf(found, 'PERSON')).not.toContain('BGN');
    expect(find(found, 'ORG', 'Badan Gizi Nasional')?.mentions.map((m) => m.text)).toEqual(['Badan Gizi Nasional', 'BGN', 'BGN']);
  });

  it('types a source cited at a sentence\'s start as an organisation', () => {
    const found = entities('Benarkah demikian? Dikutip dari Times of India, sederhananya, tren ini bermula di media sosial.');
    expect(textsOf(found, 'ORG')).toContain('Times of India');
    expect(textsOf(found, 'LOC')).not.toContain('Times of India');
  });

  it('knows a service branch\'s and a data centre\'s short forms as organisations', () => {
    const found = entities('"Terkait kasus ini kami sudah berkoordinasi dengan Cabdin untuk mencari solusinya," kata Rahmat. Datanya bisa dilihat lewat aplikasi yang disiapkan oleh Pusdatin (SIKS-NG).');
    expect(textsOf(found, 'ORG')).toEqual(['Cabdin', 'Pusdatin']);
    expect(textsOf(found, 'PERSON')).toEqual(['Rahmat']);
  });

  it('leaves the word of an issue\'s series out of its issuer\'s name', () => {
    const found = entities('Rinciannya, obligasi Berwawasan Sosial Berkelanjutan I Bank BRI Tahap II Tahun 2025 dengan nilai pokok sebesar Rp 2 triliun.');
    expect(textsOf(found, 'ORG')).toEqual(['Bank BRI']);
  });

  it('types a long name the tagger read as a place as an organisation when the acronym after it spells it', () => {
    const found = entities('Ia lalu aktif di Sarekat Buruh Tani (SBT) bersama kawan-kawannya di Semarang. Pada 1953 ia pindah ke Nusa Tenggara Timur (NTT).');
    expect(textsOf(found, 'ORG')).toContain('Sarekat Buruh Tani');
    expect(textsOf(found, 'LOC')).not.toContain('Sarekat Buruh Tani');
    expect(textsOf(found, 'LOC')).toContain('Nusa Tenggara Timur');
  });

  it('types the item before a list\'s last, after "serta", by the items around it', () => {
    const found = entities('Pencarian dibantu relawan dari Basarnas, Mapala Fisipol, serta Tagana.');
    expect(textsOf(found, 'ORG')).toContain('Mapala Fisipol');
    expect(textsOf(found, 'PERSON')).toEqual([]);
  });

  it('splits two bodies joined by "dan" after the nation\'s "RI"', () => {
    const found = entities('Berdasarkan laman Kementerian Koordinator Bidang Perekonomian RI dan Sekretariat Negara RI, program itu dimulai Oktober.');
    expect(textsOf(found, 'ORG')).toEqual(['Kementerian Koordinator Bidang Perekonomian RI', 'Sekretariat Negara RI']);
  });
});

describe('one entity under a shorter form of its name', () => {
  const group = (text: string, names: [Candidate['type'], string][]) => {
    const seen = new Map<string, number>();
    const list = names.map(([type, s]) => {
      const c = candidateAt(text, s, type, seen.get(s) ?? 0);
      seen.set(s, c.end);
      return c;
    });
    return groupMentions(list, text, getLexicon()).map((g) => [g.text, g.mentions.map((m) => m.text)]);
  };

  it("links a person's short name that opens a longer word of one name only ('Rafli' of 'Yohanes Raflianto Bere'), not a word of three letters", () => {
    const text = 'Bupati Yohanes Raflianto Bere meninjau jembatan. "Kami perbaiki," kata Rafli. Warga bernama Adi Sutanto dan Adiguna hadir. Adi menyapa.';
    expect(group(text, [['PERSON', 'Yohanes Raflianto Bere'], ['PERSON', 'Rafli'], ['PERSON', 'Adi Sutanto'], ['PERSON', 'Adiguna'], ['PERSON', 'Adi']])).toEqual([
      ['Yohanes Raflianto Bere', ['Yohanes Raflianto Bere', 'Rafli']],
      ['Adi Sutanto', ['Adi Sutanto', 'Adi']],
      ['Adiguna', ['Adiguna']],
    ]);
  });

  it("links a school by its kind and number to the one school of that number ('SMP 4' of 'SMP Negeri 4 Wonoraya'), a military unit by its number written any way, not two schools of one number in two places", () => {
    const text = 'Siswa SMP Negeri 4 Wonoraya dan SMA 2 Tirtaraya serta SMA 2 Gunungjati ikut lomba. Juara dari SMP 4 diumumkan. Prajurit Kodim 0712 KLB dan Kodim 0712/Kalibening membantu, kata Dandim 0712 Kalibening.';
    expect(
      group(text, [
        ['ORG', 'SMP Negeri 4 Wonoraya'],
        ['ORG', 'SMA 2 Tirtaraya'],
        ['ORG', 'SMA 2 Gunungjati'],
        ['ORG', 'SMP 4'],
        ['ORG', 'Kodim 0712 KLB'],
        ['ORG', 'Kodim 0712/Kalibening'],
      ]),
    ).toEqual([
      ['SMP Negeri 4 Wonoraya', ['SMP Negeri 4 Wonoraya', 'SMP 4']],
      ['SMA 2 Tirtaraya', ['SMA 2 Tirtaraya']],
      ['SMA 2 Gunungjati', ['SMA 2 Gunungjati']],
      ['Kodim 0712 KLB', ['Kodim 0712 KLB', 'Kodim 0712/Kalibening']],
    ]);
  });

  it("links a body and a building named after a body of a place to their names with the place's prefix and its short name ('DPRD Sumut', 'Gedung DPRD Provinsi Sumut')", () => {
    const text = 'Rapat digelar DPRD Provinsi Sumatera Utara di Gedung DPRD Provinsi Sumut. Ketua DPRD Sumut hadir. Massa bertahan di depan Gedung DPRD Sumut.';
    expect(
      group(text, [
        ['ORG', 'DPRD Provinsi Sumatera Utara'],
        ['LOC', 'Gedung DPRD Provinsi Sumut'],
        ['ORG', 'DPRD Sumut'],
        ['LOC', 'Gedung DPRD Sumut'],
      ]),
    ).toEqual([
      ['DPRD Provinsi Sumatera Utara', ['DPRD Provinsi Sumatera Utara', 'DPRD Sumut']],
      ['Gedung DPRD Provinsi Sumut', ['Gedung DPRD Provinsi Sumut', 'Gedung DPRD Sumut']],
    ]);
  });

  it("links an office of a ministry named without the word 'Kementerian' to its name ('Kanwil Agama' of 'Kanwil Kementerian Agama Jawa Timur')", () => {
    const text = 'Kanwil Kementerian Agama Jawa Timur menggelar rapat. Menurut Kanwil Agama, jumlah jemaah naik.';
    expect(group(text, [['ORG', 'Kanwil Kementerian Agama Jawa Timur'], ['ORG', 'Kanwil Agama']])).toEqual([['Kanwil Kementerian Agama Jawa Timur', ['Kanwil Kementerian Agama Jawa Timur', 'Kanwil Agama']]]);
  });
});
