/**
 * Exact decimal arithmetic for amounts: a value is `m × 10^e` with a BigInt mantissa, so
 * "1,1 juta" is 1100000 exactly (1.1 × 1e6 in floating point is 1100000.0000000002).
 */
export interface Dec {
  readonly m: bigint;
  readonly e: number;
}

/** The result of turning a {@link Dec} into a JS number. */
export type DecNumber = { ok: true; value: number } | { ok: false; reason: 'out-of-range' };

/** Significant integer digits beyond which a value is out of range without building a BigInt. */
const MAX_DIGITS = 40;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** Integer digits beyond which a value is out of range (JSON writes 10^21 and more with an exponent). */
const MAX_INT_DIGITS = 21;

export const ZERO: Dec = { m: 0n, e: 0 };

/** A decimal from its integer and fraction digit strings ("1", "5" → 1.5). Null when too long. */
export function decFromDigits(intDigits: string, fracDigits = ''): Dec | null {
  const int = intDigits.replace(/^0+/, '');
  if (int.length > MAX_DIGITS || fracDigits.length > MAX_DIGITS) return null;
  const all = `${int}${fracDigits}`;
  return normalize({ m: all === '' ? 0n : BigInt(all), e: -fracDigits.length });
}

/** A decimal from a small JS number that is exact in binary (0.5, 0.25, integers). */
export function decFromSmall(n: number): Dec {
  if (Number.isInteger(n)) return { m: BigInt(n), e: 0 };
  if (n * 100 === Math.trunc(n * 100)) return normalize({ m: BigInt(Math.round(n * 100)), e: -2 });
  throw new RangeError(`decFromSmall: ${n} is not a simple decimal`);
}

/** Removes trailing zeros of the mantissa for negative exponents (1.10 → 1.1). */
function normalize(d: Dec): Dec {
  let { m, e } = d;
  while (e < 0 && m !== 0n && m % 10n === 0n) {
    m /= 10n;
    e += 1;
  }
  if (m === 0n) return ZERO;
  return { m, e };
}

/** a + b, exactly. */
export function decAdd(a: Dec, b: Dec): Dec {
  if (a.m === 0n) return b;
  if (b.m === 0n) return a;
  const e = Math.min(a.e, b.e);
  const am = a.m * 10n ** BigInt(a.e - e);
  const bm = b.m * 10n ** BigInt(b.e - e);
  return normalize({ m: am + bm, e });
}

/** a × 10^k. */
export function decShift(a: Dec, k: number): Dec {
  return a.m === 0n ? ZERO : { m: a.m, e: a.e + k };
}

/** a × k for a small non-negative integer k, exactly. */
export function decTimes(a: Dec, k: number): Dec {
  return normalize({ m: a.m * BigInt(k), e: a.e });
}

/** The integer part (towards zero) and the fraction of `a`: 1.5 → [1, 0.5]. */
export function decSplit(a: Dec): [int: Dec, frac: Dec] {
  if (a.e >= 0) return [a, ZERO];
  const scale = 10n ** BigInt(-a.e);
  return [{ m: a.m / scale, e: 0 }, normalize({ m: a.m % scale, e: a.e })];
}

/** The plain decimal notation of `a`, "." before the fraction: 1.5 → "1.5", 2e3 → "2000". */
export function decToPlain(a: Dec): string {
  const neg = a.m < 0n;
  const abs = (neg ? -a.m : a.m).toString();
  let out: string;
  if (a.e >= 0) out = a.m === 0n ? '0' : abs + '0'.repeat(a.e);
  else {
    const digits = abs.padStart(-a.e + 1, '0');
    out = `${digits.slice(0, a.e)}.${digits.slice(a.e)}`;
  }
  return neg ? `-${out}` : out;
}

/** -a. */
export function decNeg(a: Dec): Dec {
  return { m: -a.m, e: a.e };
}

/** Compares a and b: negative, zero or positive. */
export function decCompare(a: Dec, b: Dec): number {
  const e = Math.min(a.e, b.e);
  if (Math.max(a.e, b.e) - e > 400) return Number(Math.sign(decToApprox(a) - decToApprox(b)));
  const am = a.m * 10n ** BigInt(a.e - e);
  const bm = b.m * 10n ** BigInt(b.e - e);
  return am < bm ? -1 : am > bm ? 1 : 0;
}

/** A rough float, for comparisons only. */
function decToApprox(a: Dec): number {
  return Number(a.m) * 10 ** a.e;
}

/**
 * The JS number of `a`, or out-of-range where a JS number would silently round it: an integer beyond
 * 2^53 − 1 that no double holds exactly, or a fraction whose integer part exceeds 2^53 − 1. The
 * fraction goes through `Number(string)`, which rounds correctly.
 */
export function decToNumber(a: Dec): DecNumber {
  const abs = a.m < 0n ? -a.m : a.m;
  const intDigits = abs.toString().length + a.e;
  if (intDigits > MAX_INT_DIGITS) return { ok: false, reason: 'out-of-range' };
  if (a.e >= 0) {
    const v = abs * 10n ** BigInt(a.e);
    // Beyond 2^53 an integer is kept only when a double holds it exactly ("Rp 10.300 triliun" is
    // 103 × 10^14, exact; 9007199254740993 is not).
    if (v > MAX_SAFE && BigInt(Number(v)) !== v) return { ok: false, reason: 'out-of-range' };
    return { ok: true, value: a.m < 0n ? -Number(v) : Number(v) };
  }
  const scale = 10n ** BigInt(-a.e);
  const int = abs / scale;
  if (int > MAX_SAFE) return { ok: false, reason: 'out-of-range' };
  const frac = (abs % scale).toString().padStart(-a.e, '0');
  const value = Number(`${int.toString()}.${frac}`);
  return { ok: true, value: a.m < 0n ? -value : value };
}
