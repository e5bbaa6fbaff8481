const DIGITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'] as const;
const SCALES: readonly (readonly [number, string, string])[] = [
  [1e12, 'triliun', 'setriliun'],
  [1e9, 'miliar', 'semiliar'],
  [1e6, 'juta', 'sejuta'],
  [1e3, 'ribu', 'seribu'],
];

function digit(n: number): string {
  return DIGITS[n] ?? '';
}

/** 1–999 in words ("seratus dua puluh dua"). */
function below1000(n: number): string[] {
  const out: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 1) out.push('seratus');
  else if (h > 1) out.push(digit(h), 'ratus');
  if (rest === 10) out.push('sepuluh');
  else if (rest === 11) out.push('sebelas');
  else if (rest > 11 && rest < 20) out.push(digit(rest - 10), 'belas');
  else if (rest >= 20) {
    out.push(digit(Math.floor(rest / 10)), 'puluh');
    if (rest % 10 > 0) out.push(digit(rest % 10));
  } else if (rest > 0) out.push(digit(rest));
  return out;
}

/**
 * Spells an integer in Indonesian words, up to 999 triliun: 1075 → "seribu tujuh puluh
 * lima", 1000000408 → "satu miliar empat ratus delapan" (se- forms only for seribu, as written).
 * Negative numbers start with "minus". Magnitudes from 10^15 ("ribu triliun") are not written.
 */
export function formatIndonesianWords(n: number): string {
  if (!Number.isSafeInteger(n) || Math.abs(n) >= 1e15) throw new RangeError(`formatIndonesianWords: ${n} is outside ±999 triliun`);
  if (n < 0) return `minus ${formatIndonesianWords(-n)}`;
  if (n === 0) return 'nol';
  const out: string[] = [];
  let rest = n;
  for (const [size, word, se] of SCALES) {
    const k = Math.floor(rest / size);
    if (k === 0) continue;
    if (k === 1 && size === 1e3) out.push(se);
    else out.push(...below1000(k), word);
    rest -= k * size;
  }
  if (rest > 0) out.push(...below1000(rest));
  return out.join(' ');
}

/**
 * Writes a number with Indonesian separators: "." between thousands, "," before decimals
 * (1500000.25 → "1.500.000,25"). `fractionDigits` fixes the decimals shown.
 */
export function formatIndonesianDigits(n: number, fractionDigits?: number): string {
  const s = fractionDigits === undefined ? String(Math.abs(n)) : Math.abs(n).toFixed(fractionDigits);
  if (/e/i.test(s)) throw new RangeError(`formatIndonesianDigits: ${n} needs exponent notation`);
  const [int = '0', frac] = s.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${grouped}${frac === undefined ? '' : `,${frac}`}`;
}
