import { describe, expect, it } from 'vitest';
import { decToNumber } from '../../../src/stages/numbers/decimal.js';
import { parseDigits, type SeparatorConvention } from '../../../src/stages/numbers/digits.js';

function read(s: string, conv: SeparatorConvention = 'comma-decimal'): number | null | undefined {
  const r = parseDigits(s, conv);
  if (r === null) return null;
  if (r.dec === null) return undefined;
  const n = decToNumber(r.dec);
  return n.ok ? n.value : undefined;
}

describe('parseDigits', () => {
  it.each([
    ['1.500.000', 1500000],
    ['1.500.000,25', 1500000.25],
    ['1,5', 1.5],
    ['0033', 33],
    ['01,10', 1.1],
    ['2.5', 2.5],
    ['1234.567', 1234.567],
    ['1,500,000', 1500000],
    ['1,500,000.5', 1500000.5],
    ['1.500', 1500],
  ] as const)('Indonesian %s → %d', (s, v) => {
    expect(read(s)).toBe(v);
  });

  it.each([
    ['2.5', 2.5],
    ['1,500', 1500],
    ['1,234.50', 1234.5],
    ['1,5', 1.5],
  ] as const)('Malay/English %s → %d', (s, v) => {
    expect(read(s, 'dot-decimal')).toBe(v);
  });

  it('rejects strings no convention reads', () => {
    expect(read('1.2.3,4,5')).toBeNull();
    expect(read('1.23.456')).toBeNull();
    expect(read('1,5.000,2')).toBeNull();
  });

  it('flags a comma followed by three digits, with the thousands reading as alternative', () => {
    const r = parseDigits('1,500', 'comma-decimal');
    expect(r?.ambiguous).toMatch(/could be 1500/);
    expect(r?.alternative && decToNumber(r.alternative)).toEqual({ ok: true, value: 1500 });
    expect(parseDigits('0,500', 'comma-decimal')?.ambiguous).toBeUndefined();
  });

  it('marks digit strings too long for any amount', () => {
    const r = parseDigits('9'.repeat(100), 'comma-decimal');
    expect(r).not.toBeNull();
    expect(r?.dec).toBeNull();
  });
});
