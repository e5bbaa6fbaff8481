import { describe, expect, it } from 'vitest';
import { decAdd, decCompare, decFromDigits, decShift, decToNumber, type Dec } from '../../../src/stages/numbers/decimal.js';

const d = (int: string, frac = ''): Dec => {
  const v = decFromDigits(int, frac);
  if (v === null) throw new Error('too long');
  return v;
};

describe('exact decimals', () => {
  it('scales without floating-point error', () => {
    expect(decToNumber(decShift(d('1', '1'), 6))).toEqual({ ok: true, value: 1100000 });
    expect(decToNumber(decShift(d('2', '3'), 9))).toEqual({ ok: true, value: 2300000000 });
    expect(decToNumber(decShift(d('0', '0012'), 9))).toEqual({ ok: true, value: 1200000 });
  });

  it('adds and compares', () => {
    expect(decToNumber(decAdd(d('0', '1'), d('0', '2')))).toEqual({ ok: true, value: 0.3 });
    expect(decCompare(d('10'), d('9', '99'))).toBe(1);
    expect(decCompare(d('1', '50'), d('1', '5'))).toBe(0);
  });

  it('refuses values beyond 2^53 that a double cannot hold exactly instead of rounding', () => {
    expect(decToNumber(d('9007199254740991'))).toEqual({ ok: true, value: Number.MAX_SAFE_INTEGER });
    expect(decToNumber(d('9007199254740993')).ok).toBe(false);
    expect(decToNumber(d('9007199254740992'))).toEqual({ ok: true, value: 2 ** 53 });
    expect(decToNumber(decShift(d('99999'), 12))).toEqual({ ok: true, value: 99_999e12 });
    expect(decToNumber(decShift(d('103'), 14))).toEqual({ ok: true, value: 1.03e16 });
    expect(decToNumber(decShift(d('123456789123456789'), 0)).ok).toBe(false);
    expect(decToNumber(decShift(d('1'), 21)).ok).toBe(false);
    expect(decToNumber(d('9007199254740993', '5')).ok).toBe(false);
    expect(decFromDigits('1'.repeat(41))).toBeNull();
  });
});
