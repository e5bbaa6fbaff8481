import { GROUP_SCALES } from './number-words.js';

/** Scale words written after digits with a space ("1,5 juta", "Rp 5 jt", "RM2.5 bilion"). */
export const SPACED_SCALES: ReadonlyMap<string, number> = new Map([
  ...GROUP_SCALES,
  ['rb', 3], ['rbu', 3], ['jt', 6], ['jta', 6], ['m', 9], ['t', 12],
  ['million', 6], ['billion', 9], ['trillion', 12],
]);

/** How a scale letter attached to digits reads, by context. */
export interface AttachedScale {
  exp: number;
  ambiguous?: string;
}

/**
 * A scale glued to digits ("100K", "3M", "Rp3T", "5rb", ",0012G"), or null. `money` is the
 * currency when the digits are an amount of money.
 */
export function attachedScale(word: string, money: string | null, fractional: boolean): AttachedScale | null {
  if (word === 'K' || word === 'k') return { exp: 3 };
  // Indonesian money writes miliar as M ("Rp 3M"); elsewhere M is mega, as in Duckling ("3M").
  if (word === 'M') {
    if (money === 'IDR') return { exp: 9 };
    return { exp: 6, ambiguous: 'M read as juta (mega); in rupiah amounts M means miliar' };
  }
  if (word === 'T') return money === 'IDR' ? { exp: 12 } : null;
  // "5G" is a network generation; ",0012G" (giga) needs a fraction to be read as a number.
  if (word === 'G') return fractional ? { exp: 9 } : null;
  const lower = word.toLowerCase();
  if (lower === 'm' || lower === 't') return null;
  const exp = SPACED_SCALES.get(lower);
  return exp === undefined ? null : { exp };
}

/** A scale written after digits with a space; bare M/T only in money ("Rp 99 T"). */
export function spacedScale(word: string, money: string | null): number | null {
  if (word === 'M' || word === 'T') return money === 'IDR' ? (word === 'M' ? 9 : 12) : null;
  const lower = word.toLowerCase();
  if (lower === 'm' || lower === 't') return null;
  return SPACED_SCALES.get(lower) ?? null;
}
