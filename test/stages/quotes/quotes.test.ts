import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc/create.js';
import { createPipeline } from '../../../src/pipeline/pipeline.js';
import { runStages } from '../../../src/pipeline/runner.js';
import type { Quote } from '../../../src/schema/quote.js';
import { findQuotations } from '../../../src/stages/quotes/index.js';
import { getLexicon } from '../../../src/lexicon/index.js';
import type { Entity } from '../../../src/schema/entity.js';
import { namedMentions, subjectOf } from '../../../src/stages/quotes/speakers.js';

const pipeline = createPipeline({
  stages: ['clean', 'segment', 'numbers', 'amounts', 'tagger', 'names', 'coref', 'roles', 'quotes'].map((name) => ({ name })),
});

function quotes(body: string): Quote[] {
  const doc = pipeline.run({ body });
  for (const q of doc.quotes) expect(doc.text.slice(q.start, q.end)).toBe(q.text);
  return doc.quotes;
}

/** The speakers' names of the quotes of an article of these paragraphs. */
const speakers = (paragraphs: readonly string[]) => quotes(paragraphs.join('\n\n')).map((q) => q.speaker?.name ?? null);

/** The speakers' names with the cue that named each, of the quotes of an article of these paragraphs. */
const speakersAndCues = (paragraphs: readonly string[]) => quotes(paragraphs.join('\n\n')).map((q) => [q.speaker?.name ?? null, q.cue]);

const brief = (q: Quote) => [q.text.slice(0, 12), q.cue, q.speaker?.name ?? null, q.attribution];

describe('quotes stage', () => {
  it('attributes through a cue after the quotation, and continues the speaker in the next quote paragraph', () => {
    const qs = quotes(
      [
        'CEO Telegram, Pavel Durov mengatakan ada lonjakan pengguna.',
        '“Kami menyambut banyak pengguna baru dari platform lain.” ujar Durov dalam channel Telegram.',
        '“Saya bangga dengan bagaimana tim kami menangani pertumbuhan ini,”',
        '“Pastikan mereka bertahan di aplikasi kami,” tambah Durov.',
      ].join('\n\n'),
    );
    expect(qs.map(brief)).toEqual([
      ['Kami menyamb', 'ujar', 'Pavel Durov', 'cue-after'],
      ['Saya bangga ', null, 'Pavel Durov', 'continuation'],
      ['Pastikan mer', 'tambah', 'Pavel Durov', 'cue-after'],
    ]);
    expect(qs[1]!.text.endsWith(',')).toBe(false);
  });

  it('reads straight quotes, a speech verb before the quotation and "Menurut X"', () => {
    const qs = quotes(
      [
        'Gubernur Jawa Barat Ahmad Syaiful Hidayat mengatakan: "Semua jalan rusak harus selesai sebelum Lebaran."',
        'Menurut Lestari Handayani, "perbaikan jalan jangan hanya tambal sulam saja."',
      ].join('\n\n'),
    );
    expect(qs.map(brief)).toEqual([
      ['Semua jalan ', 'mengatakan', 'Ahmad Syaiful Hidayat', 'cue-before'],
      ['perbaikan ja', 'menurut', 'Lestari Handayani', 'menurut'],
    ]);
  });

  it('resolves "ujarnya" to the last speaker', () => {
    const qs = quotes(
      [
        '“Air naik sangat cepat sejak subuh tadi,” kata Kepala BNPB Bambang Hermawan.',
        'Ia menambahkan bahwa tim sudah dikirim.',
        '“Kami kirim tiga perahu karet ke lokasi,” ujarnya.',
      ].join('\n\n'),
    );
    expect(qs.map((q) => [q.cue, q.speaker?.name])).toEqual([
      ['kata', 'Bambang Hermawan'],
      ['ujarnya', 'Bambang Hermawan'],
    ]);
  });

  it('leaves a quotation with no cue after an unrelated paragraph unattributed', () => {
    const qs = quotes('Harga cabai naik tajam di pasar.\n\n“Kami tidak sanggup membeli cabai lagi sekarang,”');
    expect(qs.map(brief)).toEqual([['Kami tidak s', null, null, 'none']]);
  });

  it('keeps the speaker when a sentence reports what others say of someone else ("X disebut …") or speaks about them ("soal X …")', () => {
    expect(
      speakers([
        'Ketua Bawaslu Jawa Tengah Muhammad Amin mengatakan pengawasan pemilu diperketat.',
        '"Kami tidak akan memberi toleransi pada politik uang," ujar Amin.',
        'Amin juga berkoordinasi dengan Kapolda Jawa Tengah Bambang Sutrisno. Bambang disebut sudah menyiapkan personel di setiap kecamatan.',
        '"Nanti kita lihat di lapangan, semua personel sudah siap," katanya.',
        'Namun soal Bambang menerima laporan warga, Bawaslu belum mendapat salinannya.',
        '"Laporan itu akan kami minta secara resmi minggu depan," imbuhnya.',
      ]),
    ).toEqual(['Muhammad Amin', 'Muhammad Amin', 'Muhammad Amin']);
  });

  it('reads "Plt." before a title as an abbreviation, not the end of the sentence that names the speaker', () => {
    expect(speakers(['"Pendapatan daerah naik karena layanan pajak kini serba daring," ujar Plt. Kepala Badan Pendapatan Daerah Suryo Wibisono di Semarang, Senin (20/10/2025).'])).toEqual([
      'Suryo Wibisono',
    ]);
  });

  it('keeps the speaker after a sentence that names a leader only as the owner of a directive ("arahan Presiden X yang …")', () => {
    expect(
      speakers([
        '"Kami akan menambah penerima bantuan modal usaha tahun depan," kata Kepala Dinas Koperasi Kalimantan Barat Hendra Kusuma.',
        'Langkah itu sejalan dengan arahan Gubernur Kalimantan Barat Ria Norsan yang mendorong warga desa berwirausaha.',
        '"Syaratnya sederhana, cukup surat keterangan usaha dari desa," ujarnya.',
      ]),
    ).toEqual(['Hendra Kusuma', 'Hendra Kusuma']);
  });

  it('gives a quotation to a name no entity holds before a speech verb after it ("…," Potter menjelaskan.)', () => {
    const qs = quotes('"Kami tahu kami perlu berbuat lebih banyak untuk memperbaiki performa," Potter menjelaskan.');
    expect(qs.map((q) => [q.speaker?.name ?? null, q.cue])).toEqual([['Potter', 'menjelaskan']]);
  });

  it('gives a quotation to the person named with a title right after it, with no cue verb ("…," Direktur Riset Name, dalam rilis …)', () => {
    const qs = quotes('"Semua kementerian mendapat skor sedang, tetapi ada variasi antarbidang," Direktur Riset Hendra Gunawan Putra, dalam rilis survei yang dilihat Sabtu (18/10/2025).');
    expect(qs.map((q) => [q.speaker?.name ?? null, q.attribution])).toEqual([['Hendra Gunawan Putra', 'name-after']]);
  });

  it('reads a title in capitals after a speaker\'s quotation as no continuation of it', () => {
    const qs = quotes(
      [
        '"Sampah plastik harus dikurangi dari rumah tangga," ujar Ketua Yayasan Bumi Lestari Ratna Dewi Anggraini dalam forum bertajuk "Kota Tanpa Plastik: Mimpi atau Misi?" pekan lalu.',
        '"Ikuti Terus Kabar Terbaru Setiap Pagi!"',
      ].join('\n\n'),
    );
    expect(qs.map((q) => q.text.slice(0, 12))).toEqual(['Sampah plast']);
  });

  it('ignores short scare quotes', () => {
    expect(quotes('Aplikasi itu sempat "down" selama enam jam.')).toEqual([]);
  });
});

describe('findQuotations', () => {
  it('finds curly and straight pairs and an unclosed quotation running to the paragraph end', () => {
    const text = '“Satu dua tiga empat,” kata A. "Lima enam tujuh delapan." “Sembilan sepuluh sebelas dua belas';
    const found = findQuotations(text, 0, text.length).map((q) => text.slice(q.start, q.end));
    expect(found).toEqual(['Satu dua tiga empat', 'Lima enam tujuh delapan.', 'Sembilan sepuluh sebelas dua belas']);
  });

  it('reads a straight quote after a comma and before a lowercase cue as the close of a quotation that opened with its paragraph', () => {
    const qs = quotes(
      [
        'Peneliti Universitas Andalas, Rina Marlina, menguji debu vulkanik pada sel paru-paru.',
        'Debu itu mengiritasi, tetapi tidak beracun," kata Rina dalam keterangannya.',
        '"Kami masih perlu menguji paparan jangka panjang pada hewan percobaan."',
      ].join('\n\n'),
    );
    expect(qs.map(brief)).toEqual([
      ['Debu itu men', 'kata', 'Rina Marlina', 'cue-after'],
      ['Kami masih p', null, 'Rina Marlina', 'continuation'],
    ]);
  });

  it('opens with « and „ too, reads a straight quote after a letter as no mark, and stays inside the range', () => {
    const text = 'Ia berkata «satu dua tiga empat» lalu „lima enam tujuh delapan“ dan 5" layar. “Di luar rentang ini sekali”';
    const end = text.indexOf(' “Di');
    const found = findQuotations(text, 0, end).map((q) => text.slice(q.start, q.end));
    expect(found).toEqual(['satu dua tiga empat', 'lima enam tujuh delapan']);
  });

  it('gives a quotation to the person after a long title with its organisation, not to a word of the title', () => {
    const qs = quotes(
      '“Kami tegaskan, Gunung Lawu tidak masuk wilayah kerja panas bumi,” kata Direktur Jenderal Energi Baru, Terbarukan, dan Konservasi Energi (EBTKE) Kementerian ESDM, Eniya Listiani Dewi dalam keterangannya.',
    );
    expect(qs.map(brief)).toEqual([['Kami tegaska', 'kata', 'Eniya Listiani Dewi', 'cue-after']]);
  });

  it('reads "kata <title> itu" as the person the text is about, and a cue-less quotation paragraph as the person the sentence before it is about', () => {
    const qs = quotes(
      [
        'Ketua DPC PDIP Jakarta Selatan, Yuke Yurike, menyoroti temuan mikroplastik. Ia mendorong Pemprov DKI melibatkan kampus.',
        '“Kami mendorong Pemprov khususnya dinas terkait harus bekerja sama aktif dengan BRIN,” kata Ketua DPC PDIP itu.',
        'Untuk diketahui, mikroplastik berkaitan dengan polusi udara. Yuke juga meminta warga mengurangi plastik sekali pakai.',
        '“Mulai dari rumah, kurangi kantong plastik dan botol minum sekali pakai.”',
      ].join('\n\n'),
    );
    expect(qs.map(brief)).toEqual([
      ['Kami mendoro', 'kata', 'Yuke Yurike', 'pronoun'],
      ['Mulai dari r', null, 'Yuke Yurike', 'previous-subject'],
    ]);
  });

  it('reads the speaker after an abbreviated prefix ("kata Prof. Ghufron"), after a title and comma, and a name alone after the quotation', () => {
    const qs = quotes(
      [
        'Menteri Kesehatan Budi Gunadi Sadikin dan Direktur Utama BPJS Kesehatan Ali Ghufron Mukti hadir dalam rapat.',
        '“Sepanjang tidak ada masalah, layanan tetap berjalan seperti biasa,” kata Prof. Ghufron kepada awak media di Jakarta.',
        '“Ada lima kandidat calon dengan jumlah empat tempat pemungutan suara,” Agung Harry Sunjaya.',
        '“Itu bukan sanksi akhir bagi mahasiswa yang terlibat,” kata Ketua Unit Komunikasi Publik Universitas Udayana, Ni Nyoman Dewi Pascarani, di kampus.',
      ].join('\n\n'),
    );
    expect(qs.map((q) => [q.text.slice(0, 12), q.speaker?.name ?? null, q.attribution])).toEqual([
      ['Sepanjang ti', 'Ali Ghufron Mukti', 'cue-after'],
      ['Ada lima kan', 'Agung Harry Sunjaya', 'name-after'],
      ['Itu bukan sa', 'Ni Nyoman Dewi Pascarani', 'cue-after'],
    ]);
  });
});

describe('quotes stage: the subject before a pronoun cue', () => {
  it('follows a pronoun cue to a person introduced with an appositive before the verb, or as the agent of a passive verb', () => {
    const qs = quotes(
      [
        'Widi Hernowo membuka acara itu. "Cadangan gas sangat besar," ungkap Widi.',
        'Pentingnya jaringan pipa juga ditekankan oleh Wahyudin Sunarya, VP Marketing HCML. Ia menyatakan bahwa pertumbuhan akan stagnan.',
        '"Tanpa midstream, upstream tidak bisa tumbuh," tegasnya.',
        'Kebutuhan gas juga datang dari sektor hilir. Ivan Ermisyam, Direktur Operasi PT INALUM, menjelaskan bahwa pasokan harus stabil.',
        '"Biaya energi merupakan komponen dominan dalam operasional kami," katanya.',
      ].join('\n\n'),
    );
    expect(qs.map((q) => q.speaker?.name ?? null)).toEqual(['Widi Hernowo', 'Wahyudin Sunarya', 'Ivan Ermisyam']);
  });

  it('gives a pronoun cue after a sentence about someone unnamed no named speaker, and follows a subject with an age', () => {
    const said = speakers([
      '"Stok beras di gudang masih aman," kata Kepala Bulog Cabang Medan, Rudi Hartono.',
      'Seorang petani di Desa Sukanalu, Kecamatan Barusjahe, mengaku hanya bisa memanen sepertiga kebunnya.',
      '"Banyak batang busuk karena air menggenang," katanya.',
      'Salah satu pedagang di pasar itu mengatakan harga naik sejak pekan lalu.',
      '"Pembeli jadi berkurang," ujarnya.',
      'Sukirah (67), warga RT 12 Prawirodirjan, mengaku tetap datang ke kantor kelurahan.',
      '"Saya dibantu cucu kalau di rumah," katanya.',
      'Salah satu capaian itu adalah gudang baru di Deli Serdang.',
      '"Gudang ini bisa menampung seribu ton," ujarnya.',
    ]);
    expect(said).toEqual(['Rudi Hartono', null, null, 'Sukirah', 'Sukirah']);
  });

  it('follows a cue with a described person and a demonstrative to the person the text is about', () => {
    const said = speakers([
      'Salah seorang korban, Nurhayati (29), mengaku tergiur karena tetangganya kini bisa membangun rumah.',
      '"Saya pikir ini jalan cepat," tutur ibu dua anak asal Sinjai itu.',
    ]);
    expect(said).toEqual(['Nurhayati']);
  });

  it('follows a cue with a described title and a demonstrative, and a person named between commas after an unnamed description', () => {
    const said = speakers([
      '"Kami kalah di kandang," kata Rudi Hartono, kapten tim.',
      'Robert Tarigan mengaku menerima keputusan itu. Kepada wartawan, ia menyebut banyak faktor.',
      '"Saya tidak mau cari kambing hitam," ucap pelatih berusia 52 tahun itu.',
      'Salah satu anggota yang dilantik, Pendeta Simon Matuan, merupakan tokoh gereja dari Distrik Kurulu.',
      '"Banyak sekolah di distrik kami gurunya jarang datang," ujarnya.',
    ]);
    expect(said).toEqual(['Rudi Hartono', 'Robert Tarigan', 'Simon Matuan']);
  });

  it('reads no verb in the words of a description around a name ("sopir truk pasir bernama Slamet (39) mengaku")', () => {
    const said = speakers([
      '"Jalur evakuasi harus steril," kata Kepala BPBD Sleman, Makwan.',
      'Di Dusun Kalitengah Lor, sopir truk pasir bernama Slamet (39) mengaku terpaksa melintas di jalur evakuasi.',
      '"Jalan tambang ya cuma ini," katanya.',
      'Pakar ekologi terumbu karang dari Universitas Pattimura, Jacobus Wattimury, menjelaskan dampak bom ikan.',
      '"Yang mati bukan hanya ikan," katanya.',
    ]);
    expect(said).toEqual(['Makwan', 'Slamet', 'Jacobus Wattimury']);
  });

  it('follows a pronoun cue to the agent right after a passive verb, and to a person whose appositive ends in a few words before the verb', () => {
    const said = speakers([
      '"Penginapan hampir penuh semua," ungkap Sam\'ani Intakoris.',
      'Hal itu dirasakan Siti Khoiriyah, pemilik warung soto di dekat GOR. Dengan harga Rp 15 ribu per porsi, omzetnya naik tiga kali lipat.',
      '"Biasanya sehari habis 50 porsi," tuturnya.',
      'Di tepi pantai, Rina Marlina (34), wisatawan asal Pekanbaru, tampak sibuk merekam prosesi dengan ponselnya.',
      '"Baru pertama kali lihat langsung," katanya.',
    ]);
    expect(said).toEqual(["Sam'ani Intakoris", 'Siti Khoiriyah', 'Rina Marlina']);
    const after = speakers([
      '"Biaya kuliah tidak naik," kata Rektor Yohanis Bolo.',
      'Kabar itu disambut gembira Yuliana Dhiu, mahasiswi semester enam asal Bajawa.',
      '"Orang tua saya petani kopi," tuturnya.',
    ]);
    expect(after).toEqual(['Yohanis Bolo', 'Yuliana Dhiu']);
  });
});

describe('quotes stage: cues before without a space, speakers known by a nickname', () => {
  it('reads "Ia melanjutkan,“…”" and "ujar pria yang akrab disapa Aco"', () => {
    const qs = quotes(
      [
        'Peneliti Ali Noer Zaman memaparkan hasil survei. Ia melanjutkan,"Program itu memiliki gagasan baik untuk anak-anak."',
        'Direktur Jenderal Kesehatan Lanjutan Kementerian Kesehatan RI Azhar Jaya menyesalkan tindakan tersebut.',
        'Langkah tegas ini dilakukan sebagai kepastian pemerintah.',
        '"Sudah ada kesepakatan antara rumah sakit dan fakultas," ujar pria yang akrab disapa Aco, saat dihubungi, Senin (20/10/2025).',
      ].join('\n\n'),
    );
    expect(qs.map((q) => q.speaker?.name ?? null)).toEqual(['Ali Noer Zaman', 'Azhar Jaya']);
  });

  it('follows "ujar mantan … itu" and "kata … ini" to the person the text is about', () => {
    const names = speakers([
      'Bupati Agam Rasyidin Malik menegaskan kebutuhan jalur alternatif di kawasan itu sudah sangat mendesak.',
      '"Terima kasih kepada semua pihak yang terus membantu pembangunan di kabupaten kami," ujar mantan Komisaris Utama Bank Nagari itu.',
      'Anggota DPR Rizky Maulana membagikan sembako kepada warga di Lembang.',
      '"Karena situasi yang serba sulit ini, kami hadir untuk berbagi dengan warga," ujar Anggota Komisi IV DPR RI ini.',
    ]);
    expect(names).toEqual(['Rasyidin Malik', 'Rizky Maulana']);
  });

  it('reads the source named right after "demikian" and the words of a statement, not one further on', () => {
    const names = speakers([
      'Badan antariksa itu membantah kabar tersebut.',
      '"Selama lebih dari 50 tahun kami mempelajari Bumi dan memberi data penting," demikian pernyataan resmi NASA.',
      '"Lawan ketidaktahuan, bukan migran," demikian bunyi salah satu spanduk dalam protes di Houston, menurut Migration Policy Institute.',
    ]);
    expect(names).toEqual(['NASA', null]);
  });

  it('reads the person after a unit named right after "demikian laporan", not the unit and the name as one', () => {
    const names = speakers([
      'Banjir melanda dua kampung di kecamatan itu pada Senin sore.',
      '"Air mulai surut sejak pukul 22.00 WIB," demikian laporan tertulis UP3D Sukamaju Hendra Wijaya.',
    ]);
    expect(names).toEqual(['Hendra Wijaya']);
  });

  it('reads the source a document is quoted from: after "tulis laporan", and after "dikutip dari" though no entity holds it', () => {
    const names = speakers([
      'Sementara itu, sebuah studi tahun 2025 menunjukkan hal yang sama.',
      '"Partikel kecil plastik ini bisa menumpuk dalam tubuh," tulis laporan Stanford Medicine Insights.',
      '"Menggunakan sejumlah teknik pencitraan, tim mendeteksi potongan mikroplastik," demikian tulis laporan tersebut seperti dikutip dari IFL Science.',
      '"Data ini harus disertakan untuk kasus itu," demikian pernyataan Kantor Jaksa Agung Spanyol.',
    ]);
    expect(names).toEqual(['Stanford Medicine Insights', 'IFL Science', 'Kantor Jaksa Agung Spanyol']);
  });

  it('reads "kata peneliti tersebut" as the researcher named before, "ujar warga tersebut" as no one named', () => {
    const names = speakers([
      'Hal itu diungkap seorang ahli entomologi di Institut Ilmu Pengetahuan Alam Islandia, Matthias Alfredsson.',
      '"Semuanya dikumpulkan dari tali anggur yang bertujuan untuk menarik ngengat," kata peneliti tersebut dalam sebuah email.',
      'Gubernur Banten Andra Soni meninjau jalan itu. Seorang warga mengeluhkan truk yang melintas. Ia meminta truk masuk lewat tol.',
      '"Kalau mereka dari Bojonegara, kenapa harus melintas ke Kramatwatu?" ujar warga tersebut.',
    ]);
    expect(names).toEqual(['Matthias Alfredsson', null]);
  });

  it('reads a description, a comma and the name after the cue', () => {
    const names = speakers([
      'Ribuan orang turun ke jalan di kota itu pada Sabtu.',
      '"Saya tidak pernah menyangka akan menyaksikan hal seperti ini," ujar seorang pensiunan guru, Margaret Ellison (69), kepada wartawan.',
      '"Keluarganya mengetahui kabar itu melalui media sosial," kata peneliti pada Lembaga Hak Asasi Eropa (LHAE), Nadia Farouk.',
    ]);
    expect(names).toEqual(['Margaret Ellison', 'Nadia Farouk']);
  });

  it('takes the person of "Menurut X, …" as who the sentence is about, and "saran" as a cue', () => {
    expect(
      speakersAndCues([
        'Menurut Deputi Bidang Statistik Sosial BPS, Hendra Gunawan, Bank Dunia memperkenalkan standar baru dalam mengukur kemiskinan.',
        '"Bank Dunia memang memperkenalkan standar baru untuk negara berpendapatan menengah," ujarnya.',
        'Peneliti BRIN Sari Puspita menjelaskan cuaca panas masih akan berlangsung.',
        '"Pemerintah diharapkan memprioritaskan solusi berbasis alam untuk mengurangi dampaknya," saran Sari.',
      ]),
    ).toEqual([
      ['Hendra Gunawan', 'ujarnya'],
      ['Sari Puspita', 'saran'],
    ]);
  });

  it('attributes a quotation followed by its speaker and a verb of speech ("…,” Jenal memungkasi", "…,” dia menambahkan")', () => {
    expect(
      speakersAndCues([
        'Wali Kota Bogor Dedie Rachim meninjau dapur umum di Tanah Sareal.',
        '"Belum semua dapur kami periksa karena ini baru tahap pertama," Dedie memungkasi.',
        'Dosen Universitas Pakuan, Ratih Kusuma, menilai keputusan itu tergesa-gesa. Menurut dia, komite sekolah tidak diajak bicara.',
        '"Tidak satu pun dari mereka diajak berdiskusi lebih dulu," dia menambahkan.',
      ]),
    ).toEqual([
      ['Dedie Rachim', 'memungkasi'],
      ['Ratih Kusuma', 'menambahkan'],
    ]);
  });
});

describe('quotes stage, a pronoun before the quotation in its sentence', () => {
  it('gives the words after "menurutnya" in the same sentence to the person the text is about', () => {
    expect(
      speakersAndCues([
        'Ketua tim perunding Peru, Rosa Alvarado Quispe, menuding negara pengekspor gas sebagai penghambat perundingan. Menurutnya, pembahasan "terus ditunda oleh segelintir delegasi yang tidak ingin ada hasil."',
        'Padahal, menurutnya, kesepakatan dibutuhkan untuk menjawab "persoalan sampah terbesar di zaman kita" dan ia berjanji terus berunding.',
      ]),
    ).toEqual([
      ['Rosa Alvarado Quispe', 'menurutnya'],
      ['Rosa Alvarado Quispe', 'menurutnya'],
    ]);
  });

  it('gives a quotation after "…, ia menekankan" to the person the text is about', () => {
    expect(
      speakersAndCues([
        'Menteri Pertanian Wahyu Santoso meninjau lumbung padi di Indramayu.',
        'Dalam beberapa kunjungan kerja, ia menekankan pentingnya "kedaulatan pangan", yakni beras yang cukup dari sawah sendiri.',
      ]),
    ).toEqual([['Wahyu Santoso', 'menekankan']]);
  });
});

describe('quotes stage, who the text is about after a quotation', () => {
  it('gives a pronoun cue to a speaker named after a cue whom no entity holds, not to the person named before', () => {
    const doc = createDoc(
      {
        id: 'a',
        body: [
          'Kepala Dinas Pendidikan Kota Ambon Rudi Hartono Siahaya membuka acara itu.',
          '“Sekolah harus menjadi contoh dalam memilah sampah,” sebut Wali Kota Ambon Bodewin Wattimena.',
          'Ia juga mengingatkan setiap sekolah wajib memiliki tempat kompos.',
          '“Sisa makanan dan daun kering bisa langsung diolah di sekolah,” ungkapnya.',
        ].join('\n\n'),
      },
      'a',
    );
    const at = pipeline.stages.findIndex((s) => s.name === 'quotes');
    runStages(doc, pipeline.stages.slice(0, at));
    // The name after the cue held by no entity, as when the entity stages miss it.
    doc.entities = doc.entities.filter((e) => !e.text.includes('Wattimena'));
    runStages(doc, [pipeline.stages[at]!]);
    expect(doc.quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.entity ?? null])).toEqual([
      ['Wali Kota Ambon Bodewin Wattimena', null],
      ['Wali Kota Ambon Bodewin Wattimena', null],
    ]);
  });

  it('gives a pronoun cue to the speaker named after the cue before it (a Balinese name after a title and a place: "IGN Jaya Negara")', () => {
    const doc = pipeline.run({
      body: [
        'Kepala Dinas Pendidikan Kota Ambon Rudi Hartono Siahaya membuka acara itu.',
        '“Sekolah harus menjadi contoh dalam memilah sampah,” sebut Wali Kota Ambon IGN Jaya Negara.',
        'Jaya Negara juga mengingatkan setiap sekolah wajib memiliki tempat kompos.',
        '“Sisa makanan dan daun kering bisa langsung diolah di sekolah,” ungkapnya.',
      ].join('\n\n'),
    });
    const [first, second] = doc.quotes;
    expect(first?.speaker?.name).toBe('IGN Jaya Negara');
    expect(second?.speaker?.name).toBe(first?.speaker?.name);
  });

});

describe('quotes stage, written statements', () => {
  it('reads the author after "pernyataan resmi", whole, not an organisation inside its name', () => {
    const [q] = quotes(
      'Himpunan Mahasiswa Hukum (Himakum) FH Unpad memberhentikan dua pengurusnya.\n\n“Dengan ini kami menindak tegas setiap pelanggaran etika anggota,” tulis pernyataan resmi Himakum FH Unpad di akun Instagramnya.',
    );
    expect(q?.speaker?.name).toBe('Himakum FH Unpad');
  });
});

/**
 * Speakers read from a few paragraphs around the quotations: each case names its pattern (the
 * topic, then what is read), the paragraphs, and the speakers expected in order.
 */
const SPEAKER_CASES: readonly (readonly [pattern: string, paragraphs: readonly string[], expected: readonly (string | null)[]])[] = [
  [
    'who the text is about: a quotation that calls that person "Pak" is not their own words; the speaker before',
    [
      '“Anggaran tahun ini kami tambah untuk jalan desa,” kata Menteri Keuangan Hendra Kusuma Wardhana.',
      'Presiden Darmawan Saputra Wijaya kemudian meresmikan jalan tol baru di Lampung.',
      '“Zaman Pak Darmawan dulu, jalan desa menjadi mesin utama pertumbuhan ekonomi,” katanya.',
    ],
    ['Hendra Kusuma Wardhana', 'Hendra Kusuma Wardhana'],
  ],
  [
    'no quotation: a title of a work in capitals that no one is said to speak (a film, a protocol)',
    [
      'Jakarta - Film horor “Rumah di Ujung Senja” menembus dua juta penonton dalam sepekan.',
      'PBB melalui “Protocol on the Investigation of Unlawful Death” memberikan panduan penanganan jenazah.',
      '“Kami tidak menyangka film ini ditonton sebanyak itu,” ujar Andika Prasetya Wibowo.',
    ],
    ['Andika Prasetya Wibowo'],
  ],
  [
    'who the text is about: a sentence that opens with a word of a person\'s name no mention holds ("Yosef menyebut …") is about that person',
    [
      'Ketua Yayasan Pendidikan Flores Timur, Drs. Yosef Lewar Kelen, meresmikan kampus baru itu. Kerja sama riset juga dijajaki dengan Universitas Gadjah Mada di Yogyakarta.',
      'Yosef menyebut yayasan telah menyiapkan dana awal Rp 20 miliar untuk gedung laboratorium. “Dana itu baru tahap pertama,” katanya.',
    ],
    ['Yosef Lewar Kelen'],
  ],
  [
    'written statements: "tulis lembaga itu", "tulis kementerian itu" after a quotation is the organisation the sentence before is about, or the last one named with that noun',
    [
      'Dalam keterangan tertulisnya, Kantor SAR Kendari menyebut operasi melibatkan 40 personel.',
      '“Pencarian akan dilanjutkan hingga hari ketujuh sesuai prosedur,” tulis lembaga itu.',
      'Edaran itu diterbitkan Kementerian Kelautan dan Perikanan pada Senin (3/3/2025). Nelayan di pesisir Kendari menyambutnya dengan hati-hati.',
      '“Kuota ekspor benih lobster dibatasi sampai akhir tahun,” tulis kementerian itu.',
    ],
    ['Kantor SAR Kendari', 'Kementerian Kelautan dan Perikanan'],
  ],
  [
    'who the text is about: a sentence that opens with a person\'s name and an appositive after a comma ("Lim Siong Kiat (58), pemilik toko …, khawatir …") is about that person',
    [
      'Kepala Dinas Perdagangan Kota Malang Rudi Hartono Wibisono mengatakan pasar baru rampung tahun depan.',
      'Lim Siong Kiat (58), pemilik Toko Kain Sinar Jaya yang sudah berdagang di pasar itu sejak 1990-an, khawatir pelanggannya pindah.',
      '“Dagang kain itu soal langganan,” ujar pria yang akrab disapa Koh Akiat itu.',
    ],
    ['Lim Siong Kiat'],
  ],
  [
    'who the text is about: a person in a phrase of a preposition or of a time ("masa pemerintahan Presiden Budi … yang banyak membangun …") is not the subject',
    [
      'Menteri Perdagangan Agus Wiranto Hadiningrat mengakui ekspor turun pada kuartal ini.',
      'Hal ini sesuai dengan kondisi pada masa awal pemerintahan Presiden ke-5 Budi Santoso Wirayuda yang banyak membangun pelabuhan.',
      '“Kalau dilihat dari data lama, ekspor memang naik turun setiap tahun,” katanya.',
      'Duta Besar Chile untuk Indonesia Mateo Alvarez Rojas menyampaikan terima kasih atas kerja sama itu.',
      '“Kami akan terus membuka pasar bagi produk Indonesia,” ucapnya.',
    ],
    ['Agus Wiranto Hadiningrat', 'Mateo Alvarez Rojas'],
  ],
  [
    'cues after a quotation: "tanya" is a cue with its speaker after it, not a cue in -nya for the person the text is about',
    [
      'Menteri Kelautan Rudi Hartanto Sembiring membuka rapat itu.',
      '“Apakah usulan perubahan anggaran ini dapat disetujui bersama?” tanya Ketua Komisi IV DPR RI Andreas Pangaribuan Lubis.',
    ],
    ['Andreas Pangaribuan Lubis'],
  ],
  [
    'cues after a quotation: a capitalised cue word after a quotation that ends its sentence opens the next sentence ("…per tahun.” Nilai paket …)',
    [
      'Dalam laporan tahunannya, Badan Riset Pangan Nasional menulis bahwa “stok beras di gudang daerah turun hingga 12 persen per tahun.” Nilai pengadaan tahun ini tercatat Rp 120 miliar.',
    ],
    ['Badan Riset Pangan Nasional'],
  ],
  [
    'who the text is about after a quotation: gives a pronoun cue after a speaker the article does not name (a title alone, a written text) to no one',
    [
      'Ketua Komisi Yudisial Hendra Saputra Wijaya menghadiri sidang itu.',
      '“Menjatuhkan sanksi teguran tertulis kepada Terlapor I dan Terlapor II,” kata Ketua Majelis dalam sidang putusan, Senin (3/3/2025).',
      '“Merehabilitasi nama baik Terlapor III sejak putusan ini dibacakan,” sambungnya.',
    ],
    [null, null],
  ],
  [
    'who the text is about after a quotation: reads the speaker past a second cue written by mistake ("ujar ungkap Yuwono")',
    [
      'Direktur Utama PT Sinar Abadi, Bambang Yuwono Saputra, hadir dalam acara itu.',
      '“Perjanjian ini menjawab kebutuhan pasar yang terus tumbuh,” ujar ungkap Bambang.',
    ],
    ['Bambang Yuwono Saputra'],
  ],
  [
    'written statements: gives a statement to the organisation named right after its noun, with no cue verb',
    [
      'Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut masih memantau cuaca di wilayah selatan.',
      '“Kami mengimbau warga di daerah rawan longsor agar tetap waspada malam ini,” pernyataan BPBD Kabupaten Garut melalui rilis resminya.',
    ],
    ['Badan Penanggulangan Bencana Daerah Kabupaten Garut'],
  ],
  [
    'long titles after a cue: passes over a short form in brackets inside the title before the name',
    [
      'Banjir merendam tiga kecamatan sejak Minggu malam.',
      '“Sebanyak 120 warga sudah kami evakuasi ke posko pengungsian,” kata Plh Kepala Pelaksana Badan Penanggulangan Bencana Jambi (BPBJ) Ahmad Zulkifli Harahap dalam keterangannya, Senin (20/10/2025).',
    ],
    ['Ahmad Zulkifli Harahap'],
  ],
  [
    'a name read into an organisation: gives the quotation to the person the run of capitals ends with, named again later',
    [
      'Keluarga korban mendatangi kantor polisi pada Sabtu pagi.',
      '"Kami sudah menerima laporan keluarga dan sedang mendalaminya," kata Kepala Seksi Hubungan Masyarakat (Kasi Humas) Polresta Denpasar I Made Suteja dilansir detikBali, Minggu (19/10/2025).',
      'Menurut Suteja, penyidik telah memeriksa empat saksi.',
    ],
    ['I Made Suteja'],
  ],
  [
    'a regulation quoted: reads "bunyi" as a cue: a pronoun cue after the regulation\'s words is no person\'s',
    [
      'Presiden Joko Santoso Wibowo meneken Perpres Nomor 12 Tahun 2025 pada Juni lalu.',
      '"Jumlah pemindahan pegawai ke ibu kota baru paling sedikit 1.700 orang," bunyi beleid tersebut.',
      'Kedua, cakupan layanan kota cerdas ditargetkan mencapai 20%.',
      '"Untuk terbangunnya kawasan inti pusat pemerintahan secara bertahap," lanjutnya.',
    ],
    [null, null],
  ],
  [
    'the subject of a sentence: reads a noun in ter- ("terdakwa") as no verb: the name after it is the subject',
    [
      '"Sidang kami tunda sampai Senin depan," kata hakim ketua Bambang Hermanto di ruang sidang.',
      'Pengacara terdakwa, Rina Kusumawati menyampaikan kekecewaannya atas penundaan itu.',
      '"Kami berharap putusan dibacakan hari ini," katanya usai sidang.',
    ],
    ['Bambang Hermanto', 'Rina Kusumawati'],
  ],
  [
    'the subject of a sentence: reads a person before a relative clause as the subject ("Jon, yang turut hadir, juga mengucapkan")',
    [
      'Tokoh masyarakat, Hafni Haviz Marzuki, menyampaikan apresiasi kepada pemerintah.',
      'Bupati Solok, Jon Firman Pandu, yang turut hadir juga mengucapkan terima kasih atas bantuan itu.',
      '"Kolaborasi pemerintah daerah dengan pemerintah pusat sangat penting," katanya.',
    ],
    ['Jon Firman Pandu'],
  ],
  [
    'a source reporting: keeps the source of "Menurut X," as the subject through the rest of its paragraph',
    [
      'Kepala Seksi Pidana Khusus Kejari Sambas Hendra Wicaksana Putra memaparkan perkara itu kepada wartawan.',
      'Menurut Hendra, Rahmat Santoso diduga mengarahkan proyek ke perusahaan kerabatnya. Sebagai imbalan, Rahmat Santoso diduga menerima setoran dari kontraktor.',
      '"Dalam penggeledahan, penyidik menyita uang tunai dan dokumen proyek," ujarnya.',
    ],
    ['Hendra Wicaksana Putra'],
  ],
  [
    'a source reporting: reads "mempelai" as no verb ("Ayah mempelai pria, I Made Sudarsana, mengatakan …")',
    [
      '"Deg-degan sekali dari subuh tadi," ujar Rara Anjani usai prosesi.',
      'Ayah mempelai pria, Komang Sudarsana Putra, mengatakan keluarga sengaja menggelar upacara sederhana.',
      '"Secara adat, anak kami sekarang sudah menjadi bagian keluarga besar," katanya.',
    ],
    ['Rara Anjani', 'Komang Sudarsana Putra'],
  ],
  [
    'a misspelt cue: reads a lone word in -nya after a quotation that goes on as a pronoun cue ("…," terangnnya.)',
    [
      '"Uji coba lanjutan akan digelar di ruas yang lebih kompleks," kata Kepala BPJT Wilan Oktavian Saputra.',
      'Ia menekankan pemerintah masih mengevaluasi. Salah satu bahan evaluasi tersebut ialah menyangkut penggunaan palang.',
      '"Kalau skemanya memang ada transisi, palang masih dipakai," terangnnya.',
    ],
    ['Wilan Oktavian Saputra', 'Wilan Oktavian Saputra'],
  ],
  [
    '"Menurutnya," opens a sentence of the words of the person the text is about: its subject does not take the next "ujarnya"',
    [
      '"Kami sudah tiga kali mengajukan perbaikan jalan," kata Kepala Desa Sukamaju Wahyu Hidayat kepada wartawan.',
      'Menurutnya, Camat Rudi Hartono sudah menyetujui usulan itu sejak bulan lalu.',
      '"Tinggal menunggu anggaran dari kabupaten," ujarnya.',
    ],
    ['Wahyu Hidayat', 'Wahyu Hidayat'],
  ],
  [
    '"Kata dia," likewise: the subject after it does not take the next "ucapnya"',
    [
      '"Semua warga yang belum terdata kami minta datang ke balai desa," ucap Rina Kartikasari.',
      'Kata dia, Bupati Hendra Gunawan meminta pendataan ini dipercepat. Ia juga menekankan syaratnya harus lengkap.',
      '"Kalau syaratnya lengkap, bantuan langsung kami salurkan," ucapnya.',
    ],
    ['Rina Kartikasari', 'Rina Kartikasari'],
  ],
  [
    'a sentence with no one named as its subject that brings in one person at its end: a pronoun in the next sentence is that person',
    [
      '"Lomba ini kami gelar setiap tahun," ujar Ketua Panitia Nur Aisyah.',
      'Penyelenggaraan lomba ini pun mendapat apresiasi dari Staf Ahli Bupati Sleman, Dwi Hartanto. Menurutnya, kegiatan ini membantu promosi desa wisata.',
      '"Kami berharap lomba ini terus berlanjut," pungkasnya.',
    ],
    ['Nur Aisyah', 'Dwi Hartanto'],
  ],
  [
    'the agent of a passive verb after "oleh", a title in capitals and a comma before the name, is the subject',
    [
      '"Pesertanya datang dari sembilan negara," kata Ketua Panitia Yusuf Maulana.',
      'Pesan tersebut disampaikan oleh Sekretaris Daerah Provinsi Jawa Timur, Bambang Sulistyo, dalam konferensi pers di Surabaya.',
      '"Olahraga ini sekaligus mengenalkan alam kita," ujarnya.',
    ],
    ['Yusuf Maulana', 'Bambang Sulistyo'],
  ],
  [
    'a negation before a predicate with no prefix ("tidak hadir") ends the subject as a verb would',
    [
      '"Jalan ini kami bangun bersama warga," kata Kepala Dinas PU Agus Salim.',
      'Bupati Lembah Hijau Markus Wenda tidak hadir secara langsung. Dalam sambutan yang dibacakan asistennya, ia menegaskan, "Pembangunan harus sampai ke kampung-kampung terjauh."',
    ],
    ['Agus Salim', 'Markus Wenda'],
  ],
  [
    'what a banner says or a crowd shouts ("bertuliskan", "meneriakkan") is a quote, however short, that no one named spoke, whatever cue follows',
    [
      'Ribuan buruh memadati Jalan Thamrin sambil membawa spanduk bertuliskan slogan seperti "Upah layak sekarang" dan "Tolak kontrak seumur hidup".',
      'Sebagian massa meneriakkan "buruh bersatu" di depan gedung DPRD.',
      '"Kami akan terus datang sampai tuntutan didengar," kata Ketua Serikat Pekerja Yohanes Bere, yang mengangkat poster bertuliskan "hapus outsourcing," katanya.',
    ],
    [null, null, null, 'Yohanes Bere', null],
  ],
  [
    'a cue\'s passive with "-nya" before a quotation ("apa yang disebutnya") is the word of the sentence\'s subject, not of the speaker before',
    [
      '"Kami datang karena tidak ada pilihan lain," ujar seorang petani, Darto Wiyono (58).',
      'Seorang guru honorer, Lestari Ningsih, mengatakan ia ikut berdemo karena marah atas apa yang disebutnya "kebijakan yang menelantarkan guru" di daerahnya.',
    ],
    ['Darto Wiyono', 'Lestari Ningsih'],
  ],
  [
    'a verb of scorn before a short quotation ("mencemooh … sebagai demo “Anti Rakyat”") attributes it to its subject',
    [
      'Ketua DPRD Budi Santosa mencemooh aksi tersebut sebagai demo "Anti Rakyat".',
    ],
    ['Budi Santosa'],
  ],
  [
    'an organisation that only ends the capitalised name after a cue ("UI" of "tegas FKMP SIL UI") is part of the speaker\'s name, not the speaker',
    [
      'Ratusan mahasiswa Universitas Indonesia (UI) menolak penggabungan sekolah pascasarjana.',
      '"Kami tidak menolak perubahan, namun kami menolak proses yang tertutup," tegas FKMP SIL UI.',
    ],
    ['FKMP SIL UI'],
  ],
  [
    'a quotation named a title by the word before it ("studi berjudul", "bertajuk") is no quote, though written as a sentence',
    [
      'Dalam sebuah studi berjudul "Learning loss after floods in rural schools of Indonesia" yang ditulis Rina Pratiwi dkk, dampak banjir terhadap siswa diulas.',
      '"Anak-anak kehilangan hampir satu semester," kata Rina Pratiwi.',
    ],
    ['Rina Pratiwi'],
  ],
];

describe('quotes stage, speakers in context', () => {
  it.each(SPEAKER_CASES)('%s', (_pattern, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});

describe('subjectOf', () => {
  it('reads capitalised words alone before the verb that are part of one person\'s name no mention holds as that person', () => {
    const text = 'Ketua Yayasan Drs. Yosef Lewar Kelen hadir. Yosef menyebut dana awal sudah siap.';
    const at = text.indexOf('Yosef Lewar');
    const person: Entity = { id: 'e1', type: 'PERSON', text: 'Yosef Lewar Kelen', mentions: [{ start: at, end: at + 17, text: 'Yosef Lewar Kelen' }], source: 'model' };
    const from = text.indexOf('Yosef menyebut');
    const lex = getLexicon();
    const pronouns = new Set([...lex.pronouns].filter(([, p]) => p === 3).map(([p]) => p));
    expect(subjectOf(text, from, text.length, namedMentions([person]), lex, pronouns)).toBe(person);
  });

  // The words of a sentence are filtered by first letter and length before they are looked up: a
  // word of each kind, of a length no other word with its letter has, is still found.
  it.each([
    ['a speech verb with no prefix', 'Kemarin Budi Santoso bilang bahwa proyek kota yang baru itu sudah siap.', 'person'],
    ['a negation before a predicate no prefix shows', 'Kemarin Budi Santoso tidak hadir di sana.', 'person'],
    ['a word that starts like a verb but is none, then the verb', 'Kemarin kepada Budi Santoso bersama-sama warga mengatakan dana awal sudah siap.', null],
    ['a passive verb of what others say', 'Kemarin Budi Santoso dinilai lalai dalam tugasnya.', null],
  ])('finds the subject before %s', (_what, text, expected) => {
    const at = text.indexOf('Budi Santoso');
    const person: Entity = { id: 'e1', type: 'PERSON', text: 'Budi Santoso', mentions: [{ start: at, end: at + 12, text: 'Budi Santoso' }], source: 'model' };
    const lex = getLexicon();
    const pronouns = new Set([...lex.pronouns].filter(([, p]) => p === 3).map(([p]) => p));
    expect(subjectOf(text, 0, text.length, namedMentions([person]), lex, pronouns)).toBe(expected === 'person' ? person : null);
  });

  // The first word is filtered by first letter, length and last letter before it is looked up among
  // the words that report: "Menurutnya" and "Katanya" (a cue before "-nya") still are.
  it.each([
    ['Menurutnya, Budi Santoso mengatakan proyek itu sudah siap.', 'pronoun'],
    ['Katanya, Budi Santoso mengatakan proyek itu sudah siap.', 'pronoun'],
    ['Menurut Budi Santoso, proyek kota itu sudah selesai dibangun.', 'person'],
  ])('reads the words of someone reported in %j', (text, expected) => {
    const at = text.indexOf('Budi Santoso');
    const person: Entity = { id: 'e1', type: 'PERSON', text: 'Budi Santoso', mentions: [{ start: at, end: at + 12, text: 'Budi Santoso' }], source: 'model' };
    const lex = getLexicon();
    const pronouns = new Set([...lex.pronouns].filter(([, p]) => p === 3).map(([p]) => p));
    expect(subjectOf(text, 0, text.length, namedMentions([person]), lex, pronouns)).toBe(expected === 'person' ? person : expected);
  });
});

describe('quotes: accounts and written statements', () => {
  it('gives a quotation after a cue and a social media handle to the handle, not the platform', () => {
    expect(
      speakers([
        'Kemenangan itu ramai dibicarakan warganet di media sosial. Berikut sebagian komentarnya:',
        '"Akhirnya tim kesayangan kita juara lagi tahun ini," ujar @rinaldo_putra',
        '"Pelatihnya pantas dapat kontrak baru musim depan," kata @SitiRahma88.',
        '"Sebagai bentuk apresiasi, sekolah memberikan beasiswa kepada seluruh pemain tim inti," tulis Instagram @smapelita_official dikutip Senin (3/11/2025).',
      ]),
    ).toEqual(['@rinaldo_putra', '@SitiRahma88', '@smapelita_official']);
  });

  it('gives "demikian pernyataan resmi kementerian tersebut" to the ministry named before, not the agency it was quoted from', () => {
    const names = speakers([
      'Kementerian Kelautan Norwegia menyatakan bahwa kapal tanker itu tenggelam di perairan utara pada Minggu malam.',
      'Seluruh awak kapal dilaporkan berhasil dievakuasi oleh tim penyelamat setempat. Kapal itu membawa muatan minyak mentah dalam jumlah besar.',
      'Evakuasi berlangsung lebih dari enam jam di tengah cuaca buruk. "Tumpahan minyak telah terdeteksi di sekitar lokasi tenggelamnya kapal," demikian pernyataan resmi kementerian tersebut dikutip dari Reuters, Senin (3/11).',
    ]);
    expect(names).toEqual(['Kementerian Kelautan Norwegia']);
  });

  it('gives "bunyi pengumuman yang …" to the organisation the paragraph before has speak, and not past a person', () => {
    expect(
      speakers([
        'Sementara itu, Dinas Perhubungan Kota Medan mengingatkan warga agar tidak membeli tiket dari calo. Harga tiket resmi ditetapkan Rp 50 ribu per orang.',
        '"Jangan membeli tiket lewat perorangan yang menawarkan harga murah di sekitar terminal," bunyi pengumuman yang dibagikan kepada penumpang.',
      ]),
    ).toEqual(['Dinas Perhubungan Kota Medan']);
    expect(
      speakers([
        'Sementara itu, Dinas Perhubungan Kota Medan mengingatkan warga agar tidak membeli tiket dari calo. Kepala terminal Budi Santosa mengatakan harga tiket resmi Rp 50 ribu.',
        '"Jangan membeli tiket lewat perorangan yang menawarkan harga murah di sekitar terminal," bunyi pengumuman yang dibagikan kepada penumpang.',
      ]),
    ).toEqual([null]);
  });

  it('gives a quotation after "Dalam pernyataan resmi X disebutkan bahwa" to X', () => {
    const names = speakers([
      'Banjir merendam ratusan rumah di Kabupaten Sintang sejak Jumat pagi.',
      'Dalam pernyataan resmi Pemerintah Kabupaten Sintang disebutkan bahwa "pengungsi mendapat prioritas utama, termasuk layanan kesehatan dan air bersih."',
    ]);
    expect(names).toEqual(['Pemerintah Kabupaten Sintang']);
  });
});

describe('quotes: the object of the story', () => {
  it('keeps "ujarnya" with the spokesman when the sentence before has the person the story is about as a passive subject', () => {
    const names = speakers([
      'Propam Polres Lembang memeriksa Kapolsek Sukaraja AKP Darmawan usai viral diduga membentak pedagang pasar.',
      '"Sudah diperiksa Propam, dimintai keterangan semuanya," ungkap Kasi Humas Polres Lembang Iptu Hendra Saputra kepada wartawan, Jumat (17/10/2025).',
      'Selain diperiksa Propam, Darmawan juga dipanggil menghadap Kapolres. Darmawan dipanggil terkait videonya yang beredar di media sosial.',
      '"Iya, sudah dipanggil Kapolres, dimintai klarifikasi soal kejadian itu," ujarnya.',
    ]);
    expect(names).toEqual(['Hendra Saputra', 'Hendra Saputra']);
  });

  it('gives "ujarnya" to a passive subject who has spoken before', () => {
    const names = speakers([
      '"Kami akan mematuhi semua aturan yang berlaku di negeri ini," kata Darmawan kepada wartawan, Jumat (17/10/2025).',
      '"Sudah diperiksa Propam, dimintai keterangan semuanya," ungkap Kasi Humas Polres Lembang Iptu Hendra Saputra.',
      'Darmawan dipanggil terkait videonya yang beredar di media sosial.',
      '"Saya sudah menjelaskan semuanya kepada pimpinan saya," ujarnya.',
    ]);
    expect(names).toEqual(['Darmawan', 'Hendra Saputra', 'Darmawan']);
  });

  it('reads only the sentence right before: a passive subject who then acts takes "ucapnya"', () => {
    const names = speakers([
      '"Kami masih menelusuri aliran dana ke pihak lain," kata Juru Bicara KPK Budi Santosa kepada wartawan.',
      'Kedua tersangka ditahan selama 20 hari pertama. Darmawan disangkakan melanggar Pasal 12 UU Tipikor.',
      'Saat digiring ke mobil tahanan, Darmawan memilih irit bicara. "Saya akan ikuti proses hukum yang berlaku," ucapnya singkat.',
    ]);
    expect(names).toEqual(['Budi Santosa', 'Darmawan']);
  });
});

describe('quotes: a verb of speech far before a partial quotation', () => {
  it('reads the verb up to twenty words back for a quotation long enough to count alone, not for a term', () => {
    expect(
      speakers([
        'Kementerian Luar Negeri Norwegia dalam pernyataannya, seperti dilansir Reuters, Kamis (18/9/2025), mengatakan bahwa Menteri Luar Negeri Norwegia Espen Barth Eide telah "menunjuk tim khusus untuk memantau bantuan kemanusiaan di wilayah itu".',
        'Setelah berpindah tempat, adaptasi perilaku akan datang relatif lebih cepat. Tim peneliti mengatakan ada perbedaan antara apa yang dirasakan tubuh dengan seberapa panas suhu udara, hal ini disebut dengan "persepsi termal".',
      ]),
    ).toEqual(['Kementerian Luar Negeri Norwegia']);
  });
});

describe('quotes: the object of a verb before a partial quotation', () => {
  it('gives a scare-quoted accusation to the country that opens the sentence, not the organisation after "kepada"', () => {
    expect(
      speakers([
        'Pengadilan yang berkantor di Den Haag itu menuai kritik keras. Pada Maret lalu, Amerika Serikat (AS) menjatuhkan sanksi kepada Mahkamah Pidana Internasional, dengan menyebut pengadilan itu telah "menyalahgunakan wewenangnya" dengan merilis surat perintah penangkapan.',
      ]),
    ).toEqual(['Amerika Serikat']);
  });
});

describe('quotes: an organisation noun alone after a cue', () => {
  it('gives "tulis forum." to the forum the text named, not to the organisation the sentence before mentions', () => {
    expect(
      speakers([
        'Forum Guru Honorer Kabupaten Garut (FGHK) menilai kebijakan itu diambil tanpa melibatkan guru.',
        'Para guru berharap pimpinan Dinas Pendidikan Kabupaten Garut membuka ruang dialog. Mereka ingin dilibatkan dalam pengambilan keputusan.',
        '"Kami berharap dinas dapat mendengarkan suara guru dan membuka ruang dialog yang bermartabat demi masa depan pendidikan," kata forum.',
      ]),
    ).toEqual(['Forum Guru Honorer Kabupaten Garut']);
  });
});
