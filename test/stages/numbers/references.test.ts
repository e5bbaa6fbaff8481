import { table } from './table.js';

table('idioms are no amounts (numbers.txt [idioms])', [
  ['diam seribu bahasa', []],
  ['kedua belah pihak', []],
  ['salah satu faktor', []],
  ['satu-satunya', []],
  ['seribu satu alasan', []],
  ['berdamai satu sama lain', []],
  ['Pelayanan Terpadu Satu Pintu', []],
  ['transisi setengah hati', []],
  ['Kepulauan Seribu', []],
  // The same words as numbers.
  ['seribu satu', [{ kind: 'number', value: 1001 }]],
  ['seribu satu ratus', [{ kind: 'number', value: 1100 }]],
  ['seribu orang', [{ kind: 'quantity', value: 1000, unit: 'orang' }]],
  ['kedua tersangka', [{ kind: 'quantity', value: 2, unit: 'tersangka' }]],
  ['satu orang', [{ kind: 'quantity', value: 1, unit: 'orang' }]],
]);

table('legal references are no amounts (numbers.txt [legal-references])', [
  ['Pasal 2 jo Pasal 18', []],
  ['Pasal 2 ayat (1) huruf a', []],
  ['Pasal 178, 181, dan 406 KUHP', []],
  ['Nomor 12 Tahun 2023', []],
  ['UU No. 1/2023', []],
  ['UU No.5 Tahun 2017', []],
  ['Perpres 79/2025', []],
  ['Perpres Nomor 79 Tahun 2025 tentang', []],
  ['PMK 138 tahun 2024', []],
  ['SK No. 80 dan SK No. 141', []],
  ['Inpres 8 sudah jelas', []],
  ['UU Nomor 20 Tahun 2001 jo Pasal 55 ayat (1)', []],
  // A number after such a word that measures something is still an amount.
  ['Pasal 2 mengatur denda Rp 5 juta', [{ kind: 'money', value: 5000000 }]],
  ['nomor 5 persen', [{ kind: 'percent', value: 5 }]],
  // A list of references ends where a number counts something.
  ['Pasal 2 jo Pasal 18, 120 SPPG', [{ kind: 'quantity', value: 120, unit: 'SPPG' }]],
  ['Pasal 2 dan 3 orang saksi', [{ kind: 'quantity', value: 3, unit: 'orang' }]],
  // "jo" is no counted noun anywhere.
  ['ada 2 jo', [{ kind: 'number', value: 2 }]],
]);

table('serial numbers are no amounts (numbers.txt [serial-references])', [
  ['Tahap 2', []],
  ['Kloter 5', []],
  ['Gelombang 3', []],
  ['RT 03 RW 05', []],
  ['RT 03/RW 05', []],
  ['lantai 4 gedung FISIP', []],
  ['kelas 1 dan 2 membayar', []],
  ['desil 1 hingga 4 DTSEN', []],
  ['nomor urut 2', []],
  ['di Liga 1 Indonesia', []],
  ['Covid 19 pasien', []],
  ['KM 57 tol Cikampek', []],
  // A measure, a unit of time, a scale or a currency after the number makes it an amount.
  ['gelombang 3 meter', [{ kind: 'quantity', value: 3, unit: 'meter' }]],
  ['tahap 2 tahun', [{ kind: 'duration', duration: 'P2Y' }]],
  ['Tahap 2 dan 3 juta orang', [{ kind: 'quantity', value: 3000000, unit: 'orang' }]],
  // The word after the number names the count.
  ['3 tahap', [{ kind: 'quantity', value: 3, unit: 'tahap' }]],
  ['2 kloter', [{ kind: 'quantity', value: 2, unit: 'kloter' }]],
]);
