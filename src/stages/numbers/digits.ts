import { decFromDigits, type Dec } from './decimal.js';

/** Which separator marks decimals: Indonesian `,` ("1,5") or Malay/English `.` ("2.5"). */
export type SeparatorConvention = 'comma-decimal' | 'dot-decimal';

/** A parsed digit string: its exact value, and a note when another reading was possible. */
export interface DigitReading {
  /** Null when the string had more digits than any amount can have. */
  dec: Dec | null;
  ambiguous?: string;
  /** For an ambiguous string, the thousands reading ("1,500" → 1500). */
  alternative?: Dec | null;
  /** It had a decimal part. */
  fractional: boolean;
}

/** "1", "12", "123" then groups of exactly three digits. */
function validGroups(groups: string[]): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || first.length < 1 || first.length > 3) return false;
  return rest.every((g) => g.length === 3);
}

function reading(int: string, frac: string, ambiguous?: string): DigitReading {
  const dec = decFromDigits(int, frac);
  const r: DigitReading = { dec, fractional: frac.replace(/0+$/, '') !== '' };
  if (ambiguous !== undefined) r.ambiguous = ambiguous;
  return r;
}

/**
 * Reads a digit run with `.`/`,` separators under a convention, or null when no reading fits
 * ("1.2.3,4,5"). Mixed separators decide by themselves ("1.500,5" and "1,500.5" both read 1500.5);
 * a repeated separator groups thousands; a single one follows the convention unless the digits
 * after it cannot be a thousands group ("2.5" is 2.5 even in Indonesian).
 */
export function parseDigits(s: string, conv: SeparatorConvention): DigitReading | null {
  const dots = countChar(s, '.');
  const commas = countChar(s, ',');
  if (dots === 0 && commas === 0) return reading(s, '');
  if (dots > 0 && commas > 0) {
    // "1.500.000,00": the last separator is the decimal one and occurs once.
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    const decSep = lastDot > lastComma ? '.' : ',';
    const thouSep = decSep === '.' ? ',' : '.';
    if ((decSep === '.' ? dots : commas) !== 1) return null;
    const at = Math.max(lastDot, lastComma);
    const groups = s.slice(0, at).split(thouSep);
    if (!validGroups(groups)) return null;
    return reading(groups.join(''), s.slice(at + 1));
  }
  const sep = dots > 0 ? '.' : ',';
  const parts = s.split(sep);
  if (parts.length > 2) return validGroups(parts) ? reading(parts.join(''), '') : null;
  const [a = '', b = ''] = parts;
  const conventionDecimal = conv === 'comma-decimal' ? ',' : '.';
  if (sep === conventionDecimal) {
    // "1,500" in Indonesian is 1.5, but an English-style writer meant 1500.
    if (b.length === 3 && validGroups([a]) && !a.startsWith('0')) {
      const r = reading(a, b, `"${s}" read with "${sep}" as decimal separator; could be ${a}${b}`);
      r.alternative = decFromDigits(a + b);
      return r;
    }
    return reading(a, b);
  }
  if (b.length === 3 && validGroups([a])) return reading(a + b, '');
  return reading(a, b);
}

function countChar(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i !== -1; i = s.indexOf(c, i + 1)) n += 1;
  return n;
}
