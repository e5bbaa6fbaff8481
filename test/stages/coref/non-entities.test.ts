import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/schema/entity.js';
import { entities } from './helpers.js';

// Programmes' kinds of place, common words and things read as people, places or organisations
// (names invented, in the style of real articles).

function texts(list: Entity[]): string[] {
  return list.filter((e) => e.type === 'PERSON' || e.type === 'ORG' || e.type === 'LOC').map((e) => e.text);
}

describe('a count before an area\'s kind', () => {
  it('reads no place in a programme\'s kind of place counted ("37 Kampung Zakat", "12 Desa Mandiri")', () => {
    const list = texts(
      entities(
        'Hingga Agustus 2025, Kementerian Agama telah membina 42 Kampung Sedekah, 18 rintisan lumbung pangan, dan 12 Kota Santri di berbagai provinsi. Pemerintah juga menargetkan puluhan Desa Mandiri Energi tahun depan.',
      ),
    );
    expect(list).not.toContain('Kampung Sedekah');
    expect(list).not.toContain('Kota Santri');
    expect(list).not.toContain('Desa Mandiri Energi');
    expect(list).toContain('Kementerian Agama');
  });

  it('keeps places numbered or listed after a count ("RT 03 Desa …", "tiga desa, yakni Desa …", "salah satu Desa …")', () => {
    const list = texts(
      entities(
        'Banjir merendam tiga desa, yakni Desa Sukaraharja, Desa Cibereum dan Desa Mekarwangi. Rumah Tarsih di RT 03 RW 05 Desa Sukaraharja ikut terendam. Salah satu Desa Cibereum paling parah terdampak, kata Camat Cibuntu Ahmad Sopandi.',
      ),
    );
    expect(list).toContain('Desa Sukaraharja');
    expect(list).toContain('Desa Mekarwangi');
  });
});

describe('common words capitalised at a sentence\'s start or as a thing\'s name', () => {
  it('reads no entity in "Pantauan", "Syahdan", "Flyover" or "Sunscreen"', () => {
    const list = texts(
      entities(
        'Pantauan detikcom, ratusan mahasiswa tiba di Jalan Diponegoro sekitar pukul 14.00 WIB. Kendaraan dari arah Jalan Sudirman diarahkan menuju ke Flyover. Syahdan, aksi itu berlangsung damai. Klinik itu juga menjual Cleanser, Moisturizer, dan Sunscreen racikan sendiri.',
      ),
    );
    for (const word of ['Pantauan', 'Syahdan', 'Flyover', 'Sunscreen']) expect(list).not.toContain(word);
    expect(list).toContain('Jalan Diponegoro');
  });
});

describe('awards, reference works and kinds of public service', () => {
  it('reads no organisation in an award\'s title ("Indonesia\'s Best Bank", "Best Digital Bank", "Anugerah …", "Silver Winner …")', () => {
    const list = texts(
      entities(
        'Bank Sentosa Nusantara meraih penghargaan dari Asiamoney Awards 2025 sebagai Indonesia\'s Best Bank for SME, serta Global Banking Review sebagai Best Digital Bank. Best Bank itu juga menerima Silver Winner Anugerah Humas Nusantara 2025. Kementerian Kebudayaan akan menggelar Anugerah Budaya Nusantara pada Oktober.',
      ),
    );
    for (const name of ["Indonesia's Best Bank", 'Best Digital Bank', 'Silver Winner Anugerah Humas Nusantara', 'Anugerah Budaya Nusantara']) expect(list).not.toContain(name);
    expect(list).toContain('Kementerian Kebudayaan');
  });

  it('reads no organisation in a reference work ("Ensiklopedia …") and no place in a kind of public service ("Mal Pelayanan Publik")', () => {
    const list = texts(
      entities(
        'Menurut Ensiklopedia Flora Nusantara, daun sirih berkhasiat sebagai antiseptik. Warga dapat memanfaatkan Mal Pelayanan Publik (MPP) di daerah masing-masing, kata Kepala Dinas Kesehatan Kota Bogor Retno Wulandari.',
      ),
    );
    expect(list).not.toContain('Ensiklopedia Flora Nusantara');
    expect(list).not.toContain('Mal Pelayanan Publik');
    expect(list).toContain('Retno Wulandari');
  });
});

describe('English terms after "sebagai"', () => {
  it('reads no person in an English role or kind after "sebagai" ("Mandated Lead Arranger")', () => {
    const list = texts(
      entities(
        'Bank Sentosa Nusantara juga berperan sebagai Mandated Lead Arranger dalam proyek senilai Rp 3 triliun itu. Direktur Utama Bank Sentosa Nusantara Hendra Wijaya menyebut pembiayaan itu sebagai Green Transition Loan pertama perseroan.',
      ),
    );
    expect(list).not.toContain('Mandated Lead Arranger');
    expect(list).toContain('Hendra Wijaya');
  });
});

describe('a product the article defines', () => {
  it('reads no person in a drink or a milk the article defines ("X merupakan inovasi minuman …", "X hadir sebagai susu …")', () => {
    const list = texts(
      entities(
        'PT Sari Boga Nusantara memperkenalkan dua produk terbaru: Segarin Kelapa dan Susu Cair Nutrimia. Segarin Kelapa merupakan inovasi minuman isotonik berbahan air kelapa. Sementara itu, Nutrimia hadir sebagai susu siap minum untuk anak, kata Direktur Pemasaran Sari Boga Nusantara Dewi Anggraini.',
      ),
    );
    expect(list).not.toContain('Segarin Kelapa');
    expect(list).not.toContain('Nutrimia');
    expect(list).toContain('Dewi Anggraini');
  });
});
