import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../src/stages/numbers/index.js';
import { table } from './table.js';

table('digits and separators', [
  ['1.500.000', [{ kind: 'number', value: 1500000 }]],
  ['1,5', [{ kind: 'number', value: 1.5 }]],
  ['Rp1.500.000,00', [{ kind: 'money', value: 1500000, currency: 'IDR' }]],
  ['1.500,75', [{ value: 1500.75 }]],
  ['2.5', [{ value: 2.5 }]],
  ['1,500,000', [{ value: 1500000 }]],
  ['1,500,000.50', [{ value: 1500000.5 }]],
  ['0,77', [{ value: 0.77 }]],
  ['angka 1.234.567.890.123', [{ value: 1234567890123 }]],
]);

table('scale words and abbreviations', [
  ['5 ribu', [{ value: 5000 }]],
  ['5rb', [{ value: 5000 }]],
  ['Rp 20 rb', [{ kind: 'money', value: 20000, currency: 'IDR' }]],
  ['3 jt', [{ value: 3000000 }]],
  ['1,5 juta', [{ value: 1500000 }]],
  ['2,3 miliar', [{ value: 2300000000 }]],
  ['4 milyar', [{ value: 4000000000 }]],
  ['Rp 5 M', [{ kind: 'money', value: 5000000000, currency: 'IDR' }]],
  ['Rp3M', [{ kind: 'money', value: 3000000000, currency: 'IDR' }]],
  ['Rp 1,23 T', [{ kind: 'money', value: 1230000000000, currency: 'IDR' }]],
  ['Rp 99 Triliun', [{ kind: 'money', value: 99000000000000, currency: 'IDR', source: 'money/rp-scale' }]],
  ['1,1 juta', [{ value: 1100000 }]],
  ['0,1 triliun', [{ value: 100000000000 }]],
  ['Rp 2 juta 500 ribu', [{ kind: 'money', value: 2500000 }]],
  ['1 miliar 200 juta rupiah', [{ kind: 'money', value: 1200000000 }]],
  ['2 juta 3 juta', [{ value: 2000000 }, { value: 3000000 }]],
]);

table('number words', [
  ['nol', [{ value: 0 }]],
  ['seratus', [{ value: 100 }]],
  ['seribu', [{ value: 1000 }]],
  ['sejuta', [{ value: 1000000 }]],
  ['sebelas', [{ value: 11 }]],
  ['sembilan belas', [{ value: 19 }]],
  ['dua juta', [{ value: 2000000 }]],
  ['tiga puluh ribu', [{ value: 30000 }]],
  ['setengah', [{ value: 0.5 }]],
  ['setengah juta', [{ value: 500000 }]],
  ['satu setengah juta', [{ value: 1500000 }]],
  ['seperempat', [{ value: 0.25 }]],
  ['dua triliun tiga ratus miliar', [{ value: 2300000000000 }]],
  ['seribu sembilan ratus empat puluh lima', [{ value: 1945 }]],
  ['dua tiga', [{ text: 'dua', value: 2 }, { text: 'tiga', value: 3 }]],
  ['salah satu faktor', []],
]);

table('vague amounts', [
  ['ratusan', [{ kind: 'number', min: 100, approximate: true }]],
  ['puluhan ribu orang', [{ kind: 'quantity', min: 10000, unit: 'orang', approximate: true }]],
  ['jutaan', [{ min: 1000000, approximate: true }]],
  ['ratusan juta rupiah', [{ kind: 'money', min: 100000000, currency: 'IDR', approximate: true }]],
]);

table('currencies', [
  ['Rp 20', [{ currency: 'IDR', value: 20 }]],
  ['IDR 33.000', [{ currency: 'IDR', value: 33000 }]],
  ['20 rupiah', [{ currency: 'IDR', value: 20 }]],
  ['US$ 1,5 miliar', [{ currency: 'USD', value: 1500000000 }]],
  ['USD 200', [{ currency: 'USD', value: 200 }]],
  ['5 dolar AS', [{ currency: 'USD', value: 5, text: '5 dolar AS' }]],
  ['5 dolar Amerika Serikat', [{ currency: 'USD', value: 5, text: '5 dolar Amerika Serikat' }]],
  ['$10', [{ currency: 'USD', value: 10 }]],
  ['€20', [{ currency: 'EUR', value: 20 }]],
  ['20 euro', [{ currency: 'EUR', value: 20 }]],
  ['£9', [{ currency: 'GBP', value: 9 }]],
  ['9 pound sterling', [{ currency: 'GBP', value: 9 }]],
  ['¥100', [{ currency: 'JPY', value: 100 }]],
  ['100 yen', [{ currency: 'JPY', value: 100 }]],
  ['10 yuan', [{ currency: 'CNY', value: 10 }]],
  ['RMB 10', [{ currency: 'CNY', value: 10 }]],
  ['S$ 2 juta', [{ currency: 'SGD', value: 2000000 }]],
  ['SGD 5', [{ currency: 'SGD', value: 5 }]],
  ['5 dolar Singapura', [{ currency: 'SGD', value: 5 }]],
  ['RM 30', [{ currency: 'MYR', value: 30 }]],
  ['30 ringgit', [{ currency: 'MYR', value: 30 }]],
  ['1.000 won', [{ currency: 'KRW', value: 1000 }]],
  ['5 juta dirham', [{ currency: 'AED', value: 5000000 }]],
  // Neighbours' dollars and currencies ("AU$ 4.200", "3.000 kina" of Papua Nugini).
  ['AU$ 4.200', [{ currency: 'AUD', value: 4200, text: 'AU$ 4.200' }]],
  ['NZ$ 15', [{ currency: 'NZD', value: 15 }]],
  ['10 dolar Brunei', [{ currency: 'BND', value: 10 }]],
  ['3.000 kina', [{ currency: 'PGK', value: 3000 }]],
  ['80.000 taka', [{ currency: 'BDT', value: 80000 }]],
  ['5.000 kyat', [{ currency: 'MMK', value: 5000 }]],
]);

table('ranges and bounds', [
  ['Rp 50-100 ribu', [{ kind: 'money', min: 50000, max: 100000, currency: 'IDR', source: 'money/range' }]],
  ['antara Rp 1 miliar hingga Rp 2 miliar', [{ min: 1000000000, max: 2000000000, currency: 'IDR' }]],
  ['2,5 hingga 3 persen', [{ kind: 'percent', min: 2.5, max: 3 }]],
  ['2,5%-3%', [{ kind: 'percent', min: 2.5, max: 3 }]],
  ['1,5-2 juta orang', [{ kind: 'quantity', min: 1500000, max: 2000000, unit: 'orang' }]],
  ['tidak sampai Rp500', [{ max: 500, currency: 'IDR' }]],
  ['kurang dari 10 persen', [{ kind: 'percent', max: 10 }]],
  ['di bawah 5 ton', [{ kind: 'quantity', max: 5, unit: 'ton' }]],
  ['lebih dari 70 juta pengungsi', [{ kind: 'quantity', min: 70000000, unit: 'pengungsi' }]],
  ['melebihi Rp 1 triliun', [{ min: 1000000000000 }]],
  ['di atas 50 persen', [{ kind: 'percent', min: 50 }]],
  ['sedikitnya 12 orang', [{ kind: 'quantity', min: 12, unit: 'orang' }]],
  ['skor 2-1', [{ value: 2 }, { value: 1 }]],
  ['dari 10 negara', [{ text: '10 negara', value: 10, unit: 'negara' }]],
]);

table('approximations', [
  ['sekitar 3.000 warga', [{ kind: 'quantity', value: 3000, unit: 'warga', approximate: true }]],
  ['kurang lebih 3 km', [{ kind: 'quantity', value: 3, unit: 'km', approximate: true }]],
  ['hampir Rp 2 triliun', [{ kind: 'money', value: 2000000000000, approximate: true }]],
  ['kira-kira 20 persen', [{ kind: 'percent', value: 20, approximate: true }]],
]);

table('percentages', [
  ['2,5 persen', [{ kind: 'percent', value: 2.5, source: 'percent/persen' }]],
  ['15%', [{ kind: 'percent', value: 15 }]],
  ['15 %', [{ kind: 'percent', value: 15 }]],
  ['7 prosen', [{ kind: 'percent', value: 7 }]],
  ['0,25 persen poin', [{ kind: 'percent', value: 0.25, unit: 'persen poin' }]],
  ['lima persen', [{ kind: 'percent', value: 5 }]],
]);

table('quantities', [
  ['70 juta pengguna', [{ kind: 'quantity', value: 70000000, unit: 'pengguna', source: 'quantity/counted-noun' }]],
  ['70 pengguna', [{ kind: 'quantity', value: 70, unit: 'pengguna' }]],
  ['1.200 responden', [{ kind: 'quantity', value: 1200, unit: 'responden' }]],
  ['tiga jembatan', [{ kind: 'quantity', value: 3, unit: 'jembatan' }]],
  ['25 km', [{ kind: 'quantity', value: 25, unit: 'km', source: 'quantity/measure' }]],
  ['12 kilometer', [{ unit: 'kilometer', value: 12 }]],
  ['1,5 meter', [{ unit: 'meter', value: 1.5 }]],
  ['10kg', [{ unit: 'kg', value: 10 }]],
  ['2 ton', [{ unit: 'ton', value: 2 }]],
  ['500 hektare', [{ unit: 'hektare', value: 500 }]],
  ['500 ha', [{ unit: 'ha', value: 500 }]],
  ['20 liter', [{ unit: 'liter', value: 20 }]],
  ['35 MW', [{ unit: 'MW', value: 35 }]],
  ['100 meter persegi', [{ unit: 'meter persegi', value: 100 }]],
  ['5 km2', [{ unit: 'km²', value: 5 }]],
  ['25 poin', [{ kind: 'quantity', unit: 'poin', value: 25 }]],
  ['70 dan', [{ kind: 'number', value: 70 }]],
  ['12 yang', [{ kind: 'number', value: 12 }]],
  ['5 tahun', [{ kind: 'duration', value: 5, unit: 'tahun', duration: 'P5Y' }]],
  ['70 tewas', [{ kind: 'number', value: 70 }]],
  ['3 tersangka', [{ kind: 'quantity', unit: 'tersangka' }]],
  ['berusia 45 tahun', [{ kind: 'duration', value: 45, duration: 'P45Y' }]],
  ['sebanyak 2000 orang', [{ kind: 'quantity', value: 2000, unit: 'orang' }]],
  ['pada 2013 tingkat literasi', [{ kind: 'date', text: '2013', date: '2013' }]],
]);

table('ordinals', [
  ['ke-81', [{ kind: 'ordinal', value: 81, source: 'ordinal/ke-digits' }]],
  ['HUT ke-80 RI', [{ kind: 'ordinal', value: 80, text: 'ke-80' }]],
  ['pengunjung ke-1.000', [{ kind: 'ordinal', value: 1000 }]],
  ['kedua', [{ kind: 'ordinal', value: 2 }]],
  ['pertama', [{ kind: 'ordinal', value: 1 }]],
  ['kesebelas', [{ kind: 'ordinal', value: 11 }]],
  ['kedua puluh lima', [{ kind: 'ordinal', value: 25 }]],
  ['tahap kedua pembangunan', [{ kind: 'ordinal', value: 2, text: 'kedua' }]],
  ['Kedua, pemerintah', [{ kind: 'ordinal', value: 2 }]],
  ['Kedua tersangka ditahan', [{ kind: 'quantity', value: 2, unit: 'tersangka', source: 'quantity/collective' }]],
  ['di ketiga desa', [{ kind: 'quantity', value: 3, unit: 'desa' }]],
]);

const PUB = { publishedAt: '2025-10-23T09:00:00+07:00' } as const; // a Thursday

table('absolute dates', [
  ['Selasa (21/10/2025)', [{ kind: 'date', date: '2025-10-21', source: 'date/dmy-numeric' }]],
  ['21 Oktober 2025', [{ kind: 'date', date: '2025-10-21' }]],
  ['21 Okt 2025', [{ date: '2025-10-21' }]],
  ['Okt 2025', [{ date: '2025-10' }]],
  ['September 2022', [{ date: '2022-09', source: 'date/month-year' }]],
  ['tahun 2027', [{ date: '2027', text: 'tahun 2027' }]],
  ['sejak 2019', [{ text: '2019', date: '2019' }]],
  ['periode 2020-2024', [{ text: '2020-2024', date: '2020/2024' }]],
  ['10-12 Oktober 2025', [{ date: '2025-10-10/2025-10-12' }]],
  ['21/10/2025', [{ date: '2025-10-21' }]],
  ['2025-10-21', [{ date: '2025-10-21' }]],
  ['Kamis (23/10)', [{ date: '2025-10-23' }], PUB],
  ['Kamis (23/10)', [{ relative: 'Kamis (23/10)' }]],
  ['28 Desember', [{ date: '2024-12-28' }], { publishedAt: '2025-01-03' }],
  ['31 Februari 2025', [{ kind: 'number', value: 31 }, { kind: 'date', text: 'Februari 2025' }]],
  ['tanggal 15 Agustus 1945', [{ date: '1945-08-15', text: '15 Agustus 1945' }]],
  ['Jumat, 7 Nopember 2025', [{ date: '2025-11-07' }]],
  ['hari Jumat tanggal 27 Februari 2009', [{ text: 'Jumat tanggal 27 Februari 2009', date: '2009-02-27' }]],
  ['tertanggal 17 Juli 1848', [{ date: '1848-07-17' }]],
  ['Mei 1498', [{ date: '1498-05' }]],
  // The Gregorian rule for every year: year 0 is a leap year (Date.UTC would read it as 1900, which is not).
  ['0000-02-29', [{ date: '0000-02-29' }]],
  ['29-02-1900', []],
]);

describe('a day and month without a year that fits no nearby year', () => {
  // Published 2026-03-01: 2025, 2026 and 2027 have no 29 February, so no date may be written.
  const options = { publishedAt: '2026-03-01' } as const;
  it('keeps "29 Februari" relative, as "(29/2)" is kept', () => {
    const [named] = extractNumbers('Kamis, 29 Februari', options);
    const [numeric] = extractNumbers('Kamis (29/2)', options);
    expect(named).toEqual({ kind: 'date', text: 'Kamis, 29 Februari', start: 0, end: 18, relative: 'Kamis, 29 Februari', source: 'date/day-month-name' });
    expect(numeric).toEqual({ kind: 'date', text: 'Kamis (29/2)', start: 0, end: 12, relative: 'Kamis (29/2)', source: 'date/dmy-numeric' });
    expect(extractNumbers('29 Februari', options)).toEqual([
      { kind: 'date', text: '29 Februari', start: 0, end: 11, relative: '29 Februari', source: 'date/day-month-name' },
    ]);
  });
  it('still resolves "29 Februari" when a leap year is near', () => {
    expect(extractNumbers('29 Februari', { publishedAt: '2028-03-01' })).toMatchObject([{ date: '2028-02-29' }]);
  });
  it('keeps a day range ending on 29 February relative too, never an impossible date', () => {
    expect(extractNumbers('28-29 Februari', options)).toEqual([
      { kind: 'date', text: '28-29 Februari', start: 0, end: 14, relative: '28-29 Februari', source: 'date/day-range-month-name' },
    ]);
  });
  it('puts "28-29 Februari" in the nearby leap year, as "29 Februari" alone', () => {
    const publishedAt = '2027-01-10';
    expect(extractNumbers('28-29 Februari', { publishedAt })).toMatchObject([{ date: '2028-02-28/2028-02-29' }]);
    expect(extractNumbers('29 Februari', { publishedAt })).toMatchObject([{ date: '2028-02-29' }]);
    // A range that exists in the start day's nearest year keeps that year.
    expect(extractNumbers('10-12 Februari', { publishedAt })).toMatchObject([{ date: '2027-02-10/2027-02-12' }]);
  });
});

table('times', [
  ['14.00 WIB', [{ kind: 'time', time: '14:00', timezone: '+07:00' }]],
  ['pukul 09.30', [{ kind: 'time', time: '09:30' }]],
  ['pukul 9 WITA', [{ kind: 'time', time: '09:00', timezone: '+08:00' }]],
  ['pukul 08.00 Wita', [{ kind: 'time', time: '08:00', timezone: '+08:00' }]],
  ['pukul 7 malam', [{ kind: 'time', time: '19:00', text: 'pukul 7 malam' }]],
  ['pukul 3 sore WIB', [{ kind: 'time', time: '15:00', timezone: '+07:00' }]],
  ['pukul 12 malam', [{ kind: 'time', time: '00:00' }]],
  ['pukul 09.00 pagi', [{ kind: 'time', time: '09:00' }]],
  ['20:15', [{ kind: 'time', time: '20:15' }]],
  ['07 Feb 2015 20:15', [{ kind: 'date', date: '2015-02-07', time: '20:15' }]],
  ['Senin (20/10/2025) pukul 14.00 WIB', [{ kind: 'date', date: '2025-10-20', time: '14:00', timezone: '+07:00' }]],
]);

table('relative dates', [
  ['kemarin', [{ kind: 'date', relative: 'kemarin', date: '2025-10-22' }], PUB],
  ['kemarin', [{ kind: 'date', relative: 'kemarin' }]],
  ['hari ini', [{ date: '2025-10-23' }], PUB],
  ['besok', [{ date: '2025-10-24' }], PUB],
  ['Senin lalu', [{ date: '2025-10-20', relative: 'Senin lalu' }], PUB],
  ['Kamis lalu', [{ date: '2025-10-16' }], PUB],
  ['Senin', [{ date: '2025-10-20', relative: 'Senin' }], PUB],
  ['Jumat depan', [{ date: '2025-10-24' }], PUB],
  ['pekan lalu', [{ date: '2025-W42' }], PUB],
  ['minggu lalu', [{ date: '2025-W42' }], PUB],
  ['bulan lalu', [{ date: '2025-09' }], PUB],
  ['tahun lalu', [{ date: '2024' }], PUB],
  ['Senin hingga Selasa lalu', [{ kind: 'date', relative: 'Senin hingga Selasa lalu', date: '2025-10-20/2025-10-21' }], PUB],
  ['Senin hingga Selasa lalu', [{ kind: 'date', relative: 'Senin hingga Selasa lalu' }]],
  ['3 minggu yang lalu', [{ date: '2025-10-02' }], PUB],
  ['seminggu yang lalu', [{ date: '2025-10-16' }], PUB],
  ['5 tahun yang lalu', [{ date: '2020' }], PUB],
]);

table('Malay conventions', [
  ['RM2.5 bilion', [{ kind: 'money', value: 2500000000, currency: 'MYR' }], { language: 'ms' }],
  ['1,500 orang', [{ value: 1500, unit: 'orang' }], { language: 'ms' }],
  ['RM1,234.50', [{ value: 1234.5, currency: 'MYR' }], { language: 'ms' }],
  ['3.5 peratus', [{ kind: 'percent', value: 3.5 }], { language: 'ms' }],
  ['12 Ogos 2025', [{ date: '2025-08-12' }], { language: 'ms' }],
  ['tahun lepas', [{ date: '2024' }], { language: 'ms', ...PUB }],
  ['Isnin lepas', [{ date: '2025-10-20' }], { language: 'ms', ...PUB }],
  ['RM3.50 sekilogram', [{ text: 'RM3.50', value: 3.5 }], { language: 'ms' }],
  // The currency decides when the language was mistaken: rupiah in "Malay", ringgit in "Indonesian".
  ['Harga Rp 1.500 dan Rp2,5 juta', [{ value: 1500 }, { value: 2500000 }], { language: 'ms' }],
  ['RM2.5 bilion', [{ value: 2500000000, currency: 'MYR' }]],
]);

table('negatives', [
  ['-5', [{ value: -5 }]],
  ['minus 2,5 persen', [{ kind: 'percent', value: -2.5 }]],
  ['COVID-19', []],
  ['JAKARTA - 1.200 orang', [{ value: 1200 }]],
]);

describe('a sentence', () => {
  it('reports each amount once, with the number inside it not repeated', () => {
    const text = 'Anggaran Rp 99 triliun untuk 70 juta pengguna, naik 2,5 persen dari 2024.';
    const items = extractNumbers(text);
    expect(items.map((x) => [x.kind, x.text])).toEqual([
      ['money', 'Rp 99 triliun'],
      ['quantity', '70 juta pengguna'],
      ['percent', '2,5 persen'],
      ['number', '2024'],
    ]);
  });
});

table('approximate and open-ended forms', [
  ['30-an orang', [{ kind: 'quantity', value: 30, unit: 'orang', approximate: true }]],
  ['Rp 4.000-an', [{ kind: 'money', value: 4000, approximate: true }]],
  ['Rp 3 miliar lebih.', [{ kind: 'money', text: 'Rp 3 miliar lebih', min: 3000000000 }]],
  ['70 orang lebih yang', [{ text: '70 orang lebih', min: 70 }]],
  ['70 orang lebih banyak', [{ text: '70 orang', value: 70 }]],
  ['naik 25 basis poin', [{ kind: 'quantity', value: 25, unit: 'basis poin' }]],
  ['0,5 poin persentase', [{ kind: 'percent', value: 0.5, unit: 'persen poin' }]],
]);

table('phone numbers and codes are not amounts', [
  ['0812-3456-7890', []],
  ['021-5551234', []],
  ['Rp 5 juta, hubungi 0812-3456-7890', [{ value: 5000000 }]],
]);

const PUB_TIME = { publishedAt: '2025-10-23T09:00:00+07:00' } as const;

/** dateparser's Indonesian cases (BSD-3), with their English readings resolved against PUB_TIME. */
table('dateparser cases', [
  ['06 Sep 2015', [{ date: '2015-09-06' }]],
  ['07 Feb 2015 20:15', [{ date: '2015-02-07', time: '20:15' }]],
  ['Minggu, 18 Mar 2018 07:30', [{ date: '2018-03-18', time: '07:30' }]],
  ['3 minggu yang lalu', [{ date: '2025-10-02' }], PUB_TIME],
  ['5 minggu', [{ kind: 'duration', value: 5, duration: 'P5W' }]],
  ['hari ini', [{ date: '2025-10-23' }], PUB_TIME],
  ['kemarin', [{ date: '2025-10-22' }], PUB_TIME],
  ['kemarin lusa', [{ date: '2025-10-21' }], PUB_TIME],
  ['sehari yang lalu', [{ date: '2025-10-22' }], PUB_TIME],
  ['seminggu yang lalu', [{ date: '2025-10-16' }], PUB_TIME],
  ['sebulan yang lalu', [{ date: '2025-09' }], PUB_TIME],
  ['setahun yang lalu', [{ date: '2024' }], PUB_TIME],
  ['5 tahun yang lalu', [{ date: '2020' }], PUB_TIME],
  ['dalam 43 menit', [{ kind: 'time', date: '2025-10-23', time: '09:43', timezone: '+07:00' }], PUB_TIME],
  ['dlm 23 dtk', [{ kind: 'time', relative: 'dlm 23 dtk', time: '09:00' }], PUB_TIME],
  ['2 jam yang lalu', [{ kind: 'time', time: '07:00' }], PUB_TIME],
  ['dalam 43 menit', [{ kind: 'time', relative: 'dalam 43 menit' }], { publishedAt: '2025-10-23' }],
  ['01 Agustus 2015 18:23', [{ date: '2015-08-01', time: '18:23' }]],
  ['Kekaisaran Jepang menyerah pada tanggal 15 Agustus 1945, setelah', [{ date: '1945-08-15' }]],
]);

table('headlines (title case)', [
  ['Telegram Dapatkan 70 Pengguna Baru', [{ kind: 'quantity', text: '70 Pengguna', value: 70, unit: 'pengguna' }]],
  ['Piala Dunia 2026 Amerika', [{ kind: 'number', value: 2026 }]],
  ['di Liga 1 Indonesia', []],
  ['juara 1 Indonesia', [{ kind: 'number', value: 1 }]],
  ['Ekonomi RI Tumbuh 5,12 Persen', [{ kind: 'percent', value: 5.12 }]],
]);

table('months and periods without a full date', [
  ['Oktober lalu', [{ date: '2025-10', relative: 'Oktober lalu' }], PUB],
  ['November lalu', [{ date: '2024-11' }], PUB],
  ['pada Maret', [{ text: 'Maret', date: '2025-03' }], PUB],
  ['Januari mendatang', [{ date: '2026-01' }], PUB],
  ['pada Maret', [{ text: 'Maret', relative: 'Maret' }]],
  ['Maret', []],
  ['kuartal III 2027', [{ text: '2027', date: '2027' }]],
  ['semester kedua 2025', [{ kind: 'ordinal', value: 2 }, { text: '2025', date: '2025' }]],
  ['tahun sebelumnya', []],
]);

table('rates and separators in running text', [
  ['Rp40-50 juta perbulan', [{ text: 'Rp40-50 juta', min: 40000000, max: 50000000 }]],
  ['Rp.3,734 triliun', [{ value: 3734000000000 }]],
  ['skor 0,768', [{ value: 0.768 }]],
  ['Rp 25 ribu/kg', [{ text: 'Rp 25 ribu', value: 25000 }]],
  ['Rp 5.000,-', [{ text: 'Rp 5.000', value: 5000 }]],
]);

table('money reads an ambiguous "1,500" as thousands (no price has three decimals)', [
  ['IDR 10,000', [{ kind: 'money', value: 10000, currency: 'IDR', note: expect.stringContaining('10000') }]],
  ['US$ 1,500', [{ value: 1500, currency: 'USD' }]],
  ['1,500 dolar', [{ value: 1500, currency: 'USD' }]],
  ['Rp 1,500 juta', [{ value: 1500000 }]],
  ['1,500', [{ kind: 'number', value: 1.5 }]],
  ['RM1.500', [{ value: 1500, currency: 'MYR' }], { language: 'ms' }],
]);

table('more measures and signs', [
  ['130 km/jam', [{ unit: 'km/jam', value: 130 }]],
  ['5 m²', [{ unit: 'm²', value: 5 }]],
  ['30°C', [{ unit: '°C', value: 30 }]],
  ['harga (-0,5%)', [{ kind: 'percent', value: -0.5 }]],
  ['x-5', []],
  ['Rp 10 ribuan', [{ kind: 'money', value: 10000, approximate: true }]],
]);

table('hyphens between amounts', [
  ['Rp 1 juta-Rp 2 juta', [{ kind: 'money', min: 1000000, max: 2000000, currency: 'IDR' }]],
  ['Rp 50 ribu-Rp 100 ribu', [{ min: 50000, max: 100000 }]],
  ['sekitar 1,5 juta-2 juta orang', [{ kind: 'quantity', min: 1500000, max: 2000000, unit: 'orang', approximate: true }]],
  ['5 persen-7 persen', [{ kind: 'percent', min: 5, max: 7 }]],
  ['10 ribu-an orang', [{ value: 10000, unit: 'orang', approximate: true }]],
  ['TNI-Polri dan anak-anak', []],
]);

table('no expression spans a line break', [
  ['Dilihat 3.105\n\nBanjir melanda', [{ kind: 'number', text: '3.105' }]],
  ['Rp 5\njuta', [{ kind: 'money', text: 'Rp 5', value: 5 }]],
  ['Penulis\n- 1.200 orang', [{ kind: 'quantity', text: '1.200 orang', value: 1200 }]],
  ['- 1.200.000', [{ value: -1200000 }]],
]);
