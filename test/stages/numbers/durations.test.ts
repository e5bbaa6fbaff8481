import { describe, expect, it } from 'vitest';
import { decFromDigits, type Dec } from '../../../src/stages/numbers/decimal.js';
import { isoDuration, type DurationPart } from '../../../src/stages/numbers/durations.js';
import { extractNumbers } from '../../../src/stages/numbers/index.js';
import { numericEntities } from '../../../src/stages/amounts/numeric.js';
import { EntitySchema } from '../../../src/schema/entity.js';
import { NumberItemSchema } from '../../../src/schema/number.js';
import { table } from './table.js';

const PUB = { publishedAt: '2025-10-23T09:00:00+07:00' } as const; // a Thursday

table('durations: a number and a unit of time', [
  ['dipenjara 75 tahun', [{ kind: 'duration', text: '75 tahun', value: 75, unit: 'tahun', duration: 'P75Y', source: 'duration/time-unit' }]],
  ['rapat 24 jam', [{ kind: 'duration', value: 24, unit: 'jam', duration: 'PT24H' }]],
  ['selama 2 pekan', [{ kind: 'duration', text: '2 pekan', value: 2, unit: 'pekan', duration: 'P2W' }]],
  ['3 bulan', [{ kind: 'duration', value: 3, unit: 'bulan', duration: 'P3M' }]],
  ['90 menit', [{ kind: 'duration', duration: 'PT90M' }]],
  ['5 detik', [{ kind: 'duration', duration: 'PT5S' }]],
  ['selama 10 hari', [{ kind: 'duration', text: '10 hari', duration: 'P10D' }]],
  ['3 thn', [{ kind: 'duration', unit: 'thn', duration: 'P3Y' }]],
  ['berusia 75 tahun', [{ kind: 'duration', value: 75, duration: 'P75Y' }]],
  ['Koruptor Divonis 15 Tahun Penjara', [{ kind: 'duration', text: '15 Tahun', unit: 'tahun', duration: 'P15Y' }]],
  ['0 menit', [{ kind: 'duration', value: 0, duration: 'PT0M' }]],
]);

table('durations: units that are several of another ("dekade" is ten years)', [
  ['dua dekade', [{ kind: 'duration', value: 2, unit: 'dekade', duration: 'P20Y' }]],
  ['satu abad', [{ kind: 'duration', value: 1, unit: 'abad', duration: 'P100Y' }]],
  ['seperempat abad', [{ kind: 'duration', value: 0.25, duration: 'P25Y' }]],
  ['dua windu', [{ kind: 'duration', duration: 'P16Y' }]],
  ['tiga dasawarsa', [{ kind: 'duration', duration: 'P30Y' }]],
]);

table('durations: fractions go down to smaller units where exact', [
  ['1,5 jam', [{ kind: 'duration', value: 1.5, unit: 'jam', duration: 'PT1H30M' }]],
  ['setengah jam', [{ kind: 'duration', value: 0.5, duration: 'PT30M' }]],
  ['2,5 tahun', [{ kind: 'duration', value: 2.5, duration: 'P2Y6M' }]],
  ['1,5 menit', [{ kind: 'duration', duration: 'PT1M30S' }]],
  ['2,5 detik', [{ kind: 'duration', duration: 'PT2.5S' }]],
  ['1,5 minggu', [{ kind: 'duration', duration: 'P10DT12H' }]],
  ['0,3 bulan', [{ kind: 'duration', duration: 'P0.3M' }]],
]);

table('durations: ranges, bounds, approximations, vague amounts', [
  ['antre 40-50 menit', [{ kind: 'duration', text: '40-50 menit', min: 40, max: 50, unit: 'menit', duration: 'PT40M/PT50M', source: 'duration/range' }]],
  ['2 hingga 3 tahun', [{ kind: 'duration', min: 2, max: 3, duration: 'P2Y/P3Y' }]],
  ['2 hingga 2,5 tahun', [{ kind: 'duration', min: 2, max: 2.5, duration: 'P2Y/P2Y6M' }]],
  ['sekitar 3 jam', [{ kind: 'duration', value: 3, duration: 'PT3H', approximate: true }]],
  ['lebih dari 3 jam', [{ kind: 'duration', min: 3, duration: 'PT3H', source: 'duration/bound' }]],
  ['kurang dari 10 menit', [{ kind: 'duration', max: 10, duration: 'PT10M' }]],
  ['hampir dua dekade', [{ kind: 'duration', value: 2, duration: 'P20Y', approximate: true }]],
  ['puluhan tahun', [{ kind: 'duration', min: 10, duration: 'P10Y', approximate: true, source: 'duration/vague' }]],
  ['30-an tahun', [{ kind: 'duration', value: 30, approximate: true }]],
]);

table('durations of several parts are one', [
  ['1 jam 30 menit', [{ kind: 'duration', value: 90, unit: 'menit', duration: 'PT1H30M', source: 'duration/compound' }]],
  ['2 tahun 6 bulan', [{ kind: 'duration', value: 30, unit: 'bulan', duration: 'P2Y6M' }]],
  ['1 hari 6 jam', [{ kind: 'duration', value: 30, unit: 'jam', duration: 'P1DT6H' }]],
  ['2 minggu 3 hari', [{ kind: 'duration', value: 17, unit: 'hari', duration: 'P17D' }]],
  ['dua jam tiga puluh menit', [{ kind: 'duration', value: 150, duration: 'PT2H30M' }]],
  // A month has no exact number of weeks or days; an hour is smaller than a day.
  ['1 bulan 2 minggu', [{ duration: 'P1M' }, { duration: 'P2W' }]],
  ['24 jam 7 hari', [{ duration: 'PT24H' }, { duration: 'P7D' }]],
]);

table('no duration: dates, times, references, years', [
  ['tahun 2025', [{ kind: 'date', date: '2025' }]],
  ['tahun 2025 lalu', [{ kind: 'date', text: 'tahun 2025', date: '2025' }]],
  ['pada Agustus 2025 lalu', [{ kind: 'date', text: 'Agustus 2025' }]],
  ['Selasa (12/8)', [{ kind: 'date', relative: 'Selasa (12/8)' }]],
  ['2 hari lalu', [{ kind: 'date', date: '2025-10-21', source: 'date/ago' }], PUB],
  ['3 tahun lalu', [{ kind: 'date', date: '2022' }], PUB],
  ['dua puluh tahun lalu', [{ kind: 'date', text: 'dua puluh tahun lalu', date: '2005' }], PUB],
  ['dua dekade lalu', [{ kind: 'date', date: '2005' }], PUB],
  ['beberapa dekade mendatang', []],
  ['2 jam yang lalu', [{ kind: 'time', time: '07:00' }], PUB],
  ['1 jam 30 menit lalu', [{ kind: 'number', value: 1 }, { kind: 'time', text: '30 menit lalu' }]],
  ['dalam 43 menit', [{ kind: 'time', relative: 'dalam 43 menit' }]],
  ['dalam 24 jam terakhir', [{ kind: 'duration', text: '24 jam', duration: 'PT24H' }]],
  ['pukul 24.00', [{ kind: 'time', time: '24:00' }]],
  ['hingga jam 24', [{ kind: 'time', text: 'jam 24', time: '24:00' }]],
  ['buka 24 jam', [{ kind: 'duration', duration: 'PT24H' }]],
  ['Nomor 12 Tahun 2023', []],
  ['UU 12 Tahun 2023', []],
  ['tanggal 28 bulan berjalan', [{ kind: 'number', value: 28 }]],
  ['Daerah 2025 hari ini', [{ kind: 'number', value: 2025 }, { kind: 'date', text: 'hari ini' }]],
  ['-5 tahun', [{ kind: 'number', value: -5 }]],
  ['5 tahun cahaya', [{ kind: 'quantity', unit: 'tahun cahaya' }]],
  ['3 jam tangan', [{ kind: 'quantity', unit: 'jam tangan' }]],
]);

describe('isoDuration', () => {
  const dec = (s: string): Dec => {
    const [int = '', frac = ''] = s.split('.');
    const d = decFromDigits(int, frac);
    if (d === null) throw new Error(s);
    return d;
  };
  const cases: readonly [name: string, parts: readonly DurationPart[], iso: string | null][] = [
    ['75 years', [{ amount: dec('75'), unit: 'year', length: 1 }], 'P75Y'],
    ['2 decades', [{ amount: dec('2'), unit: 'year', length: 10 }], 'P20Y'],
    ['1 hour 30 minutes', [{ amount: dec('1'), unit: 'hour', length: 1 }, { amount: dec('30'), unit: 'minute', length: 1 }], 'PT1H30M'],
    ['2 weeks', [{ amount: dec('2'), unit: 'week', length: 1 }], 'P2W'],
    ['1 week 2 days', [{ amount: dec('1'), unit: 'week', length: 1 }, { amount: dec('2'), unit: 'day', length: 1 }], 'P9D'],
    ['1.25 days', [{ amount: dec('1.25'), unit: 'day', length: 1 }], 'P1DT6H'],
    ['0.5 years', [{ amount: dec('0.5'), unit: 'year', length: 1 }], 'P6M'],
    ['-5 years', [{ amount: { m: -5n, e: 0 }, unit: 'year', length: 1 }], null],
  ];
  for (const [name, parts, iso] of cases) {
    it(`${name} → ${iso}`, () => expect(isoDuration(parts)).toBe(iso));
  }
});

describe('durations in the schema and the entity layer', () => {
  it('every duration item is schema-valid', () => {
    for (const item of extractNumbers('Ia dipenjara 75 tahun, antre 40-50 menit, rapat 1 jam 30 menit.')) NumberItemSchema.parse(item);
  });

  it('the amounts stage makes DURATION entities carrying the duration, equal durations one entity', () => {
    const text = 'Ia divonis 15 tahun penjara; jaksa menuntut 15 tahun dan antre 40-50 menit.';
    const entities = numericEntities({ text, numbers: extractNumbers(text) });
    expect(entities.map((e) => [e.type, e.text, e.duration, e.mentions.length])).toEqual([
      ['DURATION', '15 tahun', 'P15Y', 2],
      ['DURATION', '40-50 menit', 'PT40M/PT50M', 1],
    ]);
    expect(entities[1]).toMatchObject({ min: 40, max: 50, unit: 'menit', source: 'duration/range' });
    for (const e of entities) EntitySchema.parse({ id: 'e1', ...e });
  });
});
