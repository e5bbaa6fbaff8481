import { describe, expect, it } from 'vitest';
import type { NumberItem } from '../../../src/schema/number.js';
import { titleNumberMismatches } from '../../../src/stages/consistency/index.js';

const item = (text: string, value: number, unit?: string, kind: NumberItem['kind'] = 'quantity'): NumberItem => ({
  kind,
  text,
  start: 0,
  end: text.length,
  value,
  source: 'test',
  ...(unit ? { unit } : {}),
});

describe('titleNumberMismatches', () => {
  it('flags a title number the body never gives', () => {
    const m = titleNumberMismatches([item('Rp 5 Triliun', 5e12, undefined, 'money')], [item('Rp 5 miliar', 5e9, undefined, 'money')]);
    expect(m).toHaveLength(1);
    expect(m[0]!.reason).toBe('absent');
    expect(m[0]!.body.map((b) => b.text)).toEqual(['Rp 5 miliar']);
  });

  it('flags a title that dropped the scale word the body mostly uses', () => {
    const m = titleNumberMismatches(
      [item('70 Pengguna', 70, 'pengguna')],
      [item('70 pengguna', 70, 'pengguna'), item('70 juta pengguna', 7e7, 'pengguna'), item('70 juta pengguna', 7e7, 'pengguna')],
    );
    expect(m.map((x) => x.reason)).toEqual(['scale-dropped']);
  });

  it('accepts the same value in another spelling, and skips years', () => {
    expect(titleNumberMismatches([item('3 Jembatan', 3, 'jembatan')], [item('tiga jembatan', 3, 'jembatan')])).toEqual([]);
    expect(titleNumberMismatches([item('2025', 2025, undefined, 'number')], [])).toEqual([]);
  });
});
