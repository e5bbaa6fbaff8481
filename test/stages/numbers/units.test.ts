import { table } from './table.js';

table('acronyms count what they name', [
  ['120 SPPG', [{ kind: 'quantity', value: 120, unit: 'SPPG', source: 'quantity/counted-noun' }]],
  ['tujuh CCTV', [{ kind: 'quantity', value: 7, unit: 'CCTV' }]],
  ['3 MoU', [{ kind: 'quantity', value: 3, unit: 'MoU' }]],
  ['50 UMKM', [{ kind: 'quantity', value: 50, unit: 'UMKM' }]],
  ['35,04 juta KPM', [{ kind: 'quantity', value: 35040000, unit: 'KPM' }]],
  ['sekitar 40 SPPG di Kota Bogor', [{ kind: 'quantity', value: 40, unit: 'SPPG', approximate: true }]],
  ['1.700-4.100 ASN', [{ kind: 'quantity', min: 1700, max: 4100, unit: 'ASN' }]],
  ['sebanyak 120 SPPG BGN', [{ text: '120 SPPG', unit: 'SPPG' }]],
]);

table('capitals that count nothing after a number', [
  ['sekitar 20 WIB', [{ kind: 'number', value: 20 }]],
  ['pukul 20 WIB', [{ kind: 'time', time: '20:00' }]],
  ['200 USD', [{ kind: 'money', currency: 'USD' }]],
  ['500 SM', [{ kind: 'number', value: 500 }]],
  ['HUT 80 RI', [{ kind: 'number', value: 80 }]],
  ['bab 2 II', []],
  ['Piala AFF 2024 PSSI', [{ kind: 'number', value: 2024 }]],
  ['pada 2024 KPU menetapkan', [{ kind: 'date', date: '2024' }]],
  ['KORBAN 75 ORANG', [{ kind: 'number', value: 75 }]],
  ['Kodim 0313 KPR', []],
  ['anggota 0313 KPR', [{ kind: 'number', value: 313 }]],
  ['skor 5 A', [{ kind: 'number', value: 5 }]],
]);

table('units of several words (numbers.txt [unit-phrases])', [
  ['500.000 metrik ton', [{ kind: 'quantity', value: 500000, unit: 'metrik ton', source: 'quantity/measure' }]],
  ['10 ton metrik', [{ kind: 'quantity', unit: 'ton metrik', source: 'quantity/measure' }]],
  ['40.000 rumah tangga', [{ kind: 'quantity', value: 40000, unit: 'rumah tangga', source: 'quantity/counted-noun' }]],
  ['650 kepala keluarga', [{ unit: 'kepala keluarga' }]],
  ['270.000 tenaga kerja', [{ unit: 'tenaga kerja' }]],
  ['1.500 pekerja migran', [{ unit: 'pekerja migran' }]],
  ['12 anak usaha', [{ unit: 'anak usaha' }]],
  ['350 ribuan unit rumah', [{ unit: 'unit rumah', value: 350000, approximate: true }]],
  ['559 ribu barel per hari', [{ kind: 'quantity', value: 559000, unit: 'barel per hari', source: 'quantity/measure' }]],
  ['lebih dari 40.000 rumah tangga', [{ kind: 'quantity', min: 40000, unit: 'rumah tangga' }]],
  ['38 Rumah Sakit', [{ unit: 'rumah sakit' }]],
  ['kedua orang tua', [{ kind: 'quantity', value: 2, unit: 'orang tua', source: 'quantity/collective' }]],
  ['5 tahun cahaya', [{ kind: 'quantity', unit: 'tahun cahaya' }]],
  ['3 jam tangan', [{ kind: 'quantity', unit: 'jam tangan' }]],
  // One word of a phrase alone is read as before.
  ['3 rumah', [{ unit: 'rumah' }]],
  ['2 ton', [{ unit: 'ton' }]],
  ['57 KM', [{ unit: 'km' }]],
  ['3 Kg', [{ unit: 'kg' }]],
]);
