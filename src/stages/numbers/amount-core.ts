import { decAdd, decFromDigits, decNeg, decShift, type Dec } from './decimal.js';
import { parseDigits } from './digits.js';
import { readNumberWords, startsNumberWord, vagueLowerBound, GROUP_SCALES, VAGUE_WORDS } from './number-words.js';
import { attachedScale, spacedScale } from './scales.js';
import type { ScanContext } from './match.js';
import type { ScanToken } from './tokens.js';

/** A bare amount: digits with an optional scale, number words, or a vague amount. */
export interface Core {
  end: number;
  /** Null when out of range. */
  dec: Dec | null;
  /** The digits before their scale, for sharing a scale across a range ("50-100 ribu"). */
  raw: Dec | null;
  scaleExp: number;
  vague: boolean;
  words: boolean;
  /** Written as "30-an" (thirty-odd). */
  approx?: boolean;
  ambiguous?: string;
  /** The thousands reading of an ambiguous "1,500" and its note, used for money (no price has three decimals). */
  thousands?: { dec: Dec; note: string };
  /** The digit string as written, when the amount is digits. */
  digits?: string;
}

/** Words that make the amount after them negative ("minus 1.200.000"). */
export const SIGN_WORDS: ReadonlySet<string> = new Set(['minus', 'negatif', 'min']);
/** Brackets and quotes after which a glued "-" is a sign. */
const OPENERS = new Set(['(', '[', '"', '“', "'", ':', '=', '/']);
/** Hyphen and minus sign. */
export const MINUS_SIGNS: ReadonlySet<string> = new Set(['-', '−']);

/** Four plain digits from 1900 to 2100 with no scale, which may be a year ("2013", not "2.013"). */
export function yearLike(core: Core): boolean {
  return core.scaleExp < 0 && core.digits !== undefined && /^(?:19\d\d|20\d\d|2100)$/.test(core.digits);
}

/** Reads a bare amount at token `i` (see {@link Core}). `money` is the currency already seen. */
export function readCore(ctx: ScanContext, i: number, money: string | null): Core | null {
  const { ts } = ctx;
  let j = i;
  let neg = false;
  const t0 = ts[j];
  if (t0 === undefined) return null;
  // "minus 1.200.000", "negatif 1200000"
  if (t0.kind === 'word' && SIGN_WORDS.has(t0.lower)) {
    const n = ts[j + 1];
    if (n === undefined || n.gap === 0 || !(n.kind === 'num' || startsNumberWord(n.lower))) return null;
    neg = true;
    j += 1;
  } else if (t0.kind === 'sym' && MINUS_SIGNS.has(t0.text)) {
    // "-1200000" after a space; "- 1.200.000" only at the very start (a dash mid-text is punctuation).
    const n = ts[j + 1];
    const prev = ts[j - 1];
    if (n === undefined || (n.kind !== 'num' && n.text !== ',')) return null;
    if (n.gap > 0 && !(j === 0 && ctx.firstLine)) return null;
    // "(-0,5%)" is negative; "x-5" and "10 -5" are not.
    if (prev !== undefined && (prev.kind === 'num' || (t0.gap === 0 && !OPENERS.has(prev.text)))) return null;
    neg = true;
    j += 1;
  }
  const core = readUnsigned(ctx, j, money);
  if (core === null || !neg) return core;
  return { ...core, dec: core.dec === null ? null : decNeg(core.dec), raw: core.raw === null ? null : decNeg(core.raw) };
}

/** An unsigned amount: digits with their scale ("1,5 juta", "100K", ",77", "30-an") or number words. */
function readUnsigned(ctx: ScanContext, i: number, money: string | null): Core | null {
  const { ts } = ctx;
  const t = ts[i];
  if (t === undefined) return null;
  if (t.kind === 'word') return readWordCore(ts, i);
  let numIdx = i;
  let leadingFraction = false;
  // ",77" and "-,0012G": a fraction without its zero.
  if (t.kind === 'sym' && (t.text === ',' || (t.text === '.' && ctx.conv === 'dot-decimal'))) {
    const n = ts[i + 1];
    const prev = ts[i - 1];
    if (n === undefined || n.kind !== 'num' || n.gap > 0 || /[.,]/.test(n.text)) return null;
    if (prev !== undefined && t.gap === 0 && !MINUS_SIGNS.has(prev.text)) return null;
    leadingFraction = true;
    numIdx = i + 1;
  } else if (t.kind !== 'num') {
    return null;
  }
  const nt = ts[numIdx];
  if (nt === undefined) return null;
  const reading = leadingFraction
    ? { dec: decFromDigits('0', nt.text), fractional: true }
    : parseDigits(nt.text, ctx.conv);
  if (reading === null) return null;
  let end = numIdx + 1;
  let scaleExp = -1;
  let vagueScale = false;
  const digitAmbiguity = 'ambiguous' in reading ? reading.ambiguous : undefined;
  let ambiguous = digitAmbiguity;
  const s = ts[end];
  if (s !== undefined && s.kind === 'word') {
    if (s.gap === 0) {
      const a = attachedScale(s.text, money, reading.fractional);
      if (a !== null) {
        scaleExp = a.exp;
        if (a.ambiguous !== undefined) ambiguous = a.ambiguous;
        end += 1;
      }
    } else if (s.gap <= 2) {
      const e = spacedScale(s.text, money);
      if (e !== null) {
        scaleExp = e;
        end += 1;
      }
    }
    // "Rp 10 ribuan": about ten thousand.
    if (scaleExp < 0 && s.gap > 0 && s.gap <= 2) {
      const vagueExp = VAGUE_WORDS.get(s.lower);
      if (vagueExp !== undefined && vagueExp >= 3) {
        scaleExp = vagueExp;
        vagueScale = true;
        end += 1;
      }
    }
    // "3,734 triliun": before a scale word a comma is a decimal separator beyond doubt.
    if (scaleExp >= 0 && ambiguous !== undefined && ambiguous === digitAmbiguity) ambiguous = undefined;
  }
  // "30-an", "Rp 4.000-an": thirty-odd, an approximate amount.
  let approx = vagueScale;
  const dash = ts[end];
  const an = ts[end + 1];
  if (dash !== undefined && an !== undefined && dash.text === '-' && dash.gap === 0 && an.gap === 0 && an.lower === 'an') {
    approx = true;
    end += 2;
  }
  const raw = reading.dec;
  let dec = raw === null ? null : scaleExp >= 0 ? decShift(raw, scaleExp) : raw;
  // "Rp 2 juta 500 ribu": a smaller scaled part adds to the amount.
  if (dec !== null && scaleExp >= 6 && !approx) {
    for (let last = scaleExp; ;) {
      const part = readCompoundPart(ts, end, last, money);
      if (part === null) break;
      dec = decAdd(dec, part.dec);
      last = part.exp;
      end = part.end;
    }
  }
  const core: Core = {
    end,
    dec,
    raw,
    scaleExp,
    vague: false,
    words: false,
  };
  if (ambiguous !== undefined) {
    core.ambiguous = ambiguous;
    const alt = 'alternative' in reading ? reading.alternative : undefined;
    if (alt !== undefined && alt !== null && scaleExp < 0) {
      core.thousands = { dec: alt, note: `"${nt.text}" read as ${nt.text.replace(/[.,]/, '')}: in money the separator groups thousands, as no price has three decimals` };
    }
  }
  if (approx) core.approx = true;
  if (!leadingFraction) core.digits = nt.text;
  return core;
}

/** A part like "500 ribu" after "2 juta": up to three plain digits and a scale below `below`. */
function readCompoundPart(ts: readonly ScanToken[], i: number, below: number, money: string | null): { dec: Dec; exp: number; end: number } | null {
  const n = ts[i];
  const w = ts[i + 1];
  if (n === undefined || w === undefined || n.kind !== 'num' || n.gap === 0 || n.gap > 2 || !/^\d{1,3}$/.test(n.text)) return null;
  if (w.kind !== 'word' || w.gap === 0 || w.gap > 2) return null;
  const exp = spacedScale(w.text, money);
  if (exp === null || exp >= below) return null;
  return { dec: decShift({ m: BigInt(n.text), e: 0 }, exp), exp, end: i + 2 };
}

/** "dua juta", "ratusan ribu", "satu setengah juta". */
function readWordCore(ts: readonly ScanToken[], i: number): Core | null {
  const t = ts[i];
  if (t === undefined) return null;
  const vague = vagueLowerBound(t.lower);
  if (vague !== null) {
    // "puluhan ribu", "ratusan juta"
    let dec = vague;
    let end = i + 1;
    let last = Infinity;
    for (let n = ts[end]; n !== undefined && n.kind === 'word' && n.gap > 0; n = ts[end]) {
      const exp = GROUP_SCALES.get(n.lower);
      if (exp === undefined || exp >= last) break;
      dec = decShift(dec, exp);
      last = exp;
      end += 1;
    }
    return { end, dec, raw: dec, scaleExp: last === Infinity ? -1 : last, vague: true, words: true };
  }
  // "kosong" reads 0 only as a whole input; in running text it means "empty".
  if (t.lower === 'kosong') {
    return ts.length === 1 ? { end: i + 1, dec: { m: 0n, e: 0 }, raw: { m: 0n, e: 0 }, scaleExp: -1, vague: false, words: true } : null;
  }
  if (!startsNumberWord(t.lower)) return null;
  // "salah satu" is "one of", not a count.
  if (t.lower === 'satu' && ts[i - 1]?.lower === 'salah') return null;
  const w = readNumberWords(ts, i);
  if (w === null) return null;
  return { end: w.end, dec: w.dec, raw: w.dec, scaleExp: w.scaleExp, vague: false, words: true };
}
