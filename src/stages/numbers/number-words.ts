import type { ScanToken } from './tokens.js';
import { decAdd, decFromSmall, decShift, ZERO, type Dec } from './decimal.js';
import { numberWords, type Multiplier } from '../../lexicon/numbers.js';

// The number words come from corpora/lexicon/numbers.txt through the lexicon's cached reader, not
// from the pipeline's Lexicon: extractNumbers() runs without a pipeline. The numbers stage reads
// every section of the file.
const words = numberWords();

/** Digit words ("satu" → 1); "nol", Malay "lapan" and "sifar" too. */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([...words.digits, ...words.moreDigits]);

/** "belas", "puluh", "ratus": what they make of the digit word before them. */
export const MULTIPLIERS: ReadonlyMap<string, Multiplier> = words.multipliers;

/** Scale words that close a group of three digits ("dua ratus ribu"). */
export const GROUP_SCALES: ReadonlyMap<string, number> = new Map([...words.scales, ...words.moreScales]);

/** se- forms of a group scale ("seribu" → 10^3). */
const SE_SCALES: ReadonlyMap<string, number> = new Map([...words.seScales, ...words.moreSeScales]);

/** se- forms below a thousand, which join a group ("seratus dua puluh"). */
const SE_NUMBERS: ReadonlyMap<string, number> = words.seNumbers;

/** Fractions that may stand alone or follow a digit word ("satu setengah juta"). */
const FRACTIONS: ReadonlyMap<string, Dec> = new Map([...words.fractions].map(([w, v]) => [w, decFromSmall(v)]));

/** Vague amounts: the lower bound of the order of magnitude ("ratusan" ≥ 100). */
export const VAGUE_WORDS: ReadonlyMap<string, number> = new Map([...words.vague, ...words.moreVague]);

/** The lower bound of a vague word (belasan → 11, puluhan → 10, ratusan → 100). */
export function vagueLowerBound(word: string): Dec | null {
  if (word === 'belasan') return decFromSmall(11);
  const exp = VAGUE_WORDS.get(word);
  return exp === undefined ? null : decShift({ m: 1n, e: 0 }, exp);
}

/** Lower-case words that can start a spelled-out number. */
export const NUMBER_WORD_STARTERS: ReadonlySet<string> = new Set([
  ...UNIT_WORDS.keys(), ...SE_SCALES.keys(), ...FRACTIONS.keys(), ...SE_NUMBERS.keys(),
]);

/** Words that can start a spelled-out number ({@link NUMBER_WORD_STARTERS}). */
export function startsNumberWord(lower: string): boolean {
  return NUMBER_WORD_STARTERS.has(lower);
}

/** A spelled-out number: its exact value and the token range it spans. */
export interface WordNumber {
  dec: Dec;
  /** Token index after the last word used. */
  end: number;
  /** Highest group scale used (3 for ribu …), or -1. */
  scaleExp: number;
}

/** Small value held while a group (below a thousand) is being read. */
const enum Level {
  /** Nothing more may join this group. */
  Closed = 0,
  /** Only a digit word may follow ("dua puluh _"). */
  Units = 1,
  /** Tens, teens or a digit ("seratus _"). */
  Tens = 2,
  /** A fresh group: anything. */
  Fresh = 3,
}

/**
 * Reads Indonesian number words from token `i` ("tiga puluh satu juta dua ratus ribu", "seribu",
 * "satu setengah juta", "dua belas koma dua tiga empat"). Stops at the first word that does not
 * continue the number, so "dua tiga" reads only "dua". Null when token `i` starts no number.
 */
export function readNumberWords(ts: readonly ScanToken[], i: number): WordNumber | null {
  let total: Dec = ZERO;
  let group: Dec = ZERO;
  let pending: Dec | null = null;
  let pendingDigit = -1;
  let level = Level.Fresh;
  let lastScale = Infinity;
  let topScale = -1;
  let fraction = false;
  let end = i;
  let any = false;
  for (let j = i; j < ts.length; j += 1) {
    const t = ts[j];
    if (t === undefined || t.kind !== 'word' || (j > i && t.gap === 0)) break;
    const w = t.lower;
    const unit = UNIT_WORDS.get(w);
    if (unit !== undefined) {
      if (pending !== null || level < Level.Units) break;
      pending = decFromSmall(unit);
      pendingDigit = unit;
    } else if (MULTIPLIERS.has(w)) {
      const m = MULTIPLIERS.get(w);
      const needs = m === 'hundreds' ? Level.Fresh : Level.Tens;
      if (pending === null || fraction || pendingDigit < 1 || level < needs) break;
      const add = m === 'teen' ? 10 + pendingDigit : m === 'tens' ? pendingDigit * 10 : pendingDigit * 100;
      group = decAdd(group, decFromSmall(add));
      pending = null;
      pendingDigit = -1;
      level = m === 'teen' ? Level.Closed : m === 'tens' ? Level.Units : Level.Tens;
    } else if (SE_NUMBERS.has(w)) {
      const value = SE_NUMBERS.get(w) ?? 0;
      const needs = value === 100 ? Level.Fresh : Level.Tens;
      if (pending !== null || level < needs) break;
      group = decAdd(group, decFromSmall(value));
      level = value === 100 ? Level.Tens : Level.Closed;
    } else if (FRACTIONS.has(w)) {
      // "setengah juta", "satu setengah juta"; not after tens ("dua puluh setengah").
      const alone = pending === null && group.m === 0n && level === Level.Fresh;
      if (fraction || (!alone && pending === null)) break;
      const f = FRACTIONS.get(w) ?? ZERO;
      pending = pending === null ? f : decAdd(pending, f);
      fraction = true;
      level = Level.Closed;
    } else if (GROUP_SCALES.has(w)) {
      const exp = GROUP_SCALES.get(w) ?? 0;
      const groupValue = pending === null ? group : decAdd(group, pending);
      if (exp >= lastScale || groupValue.m === 0n) break;
      total = decAdd(total, decShift(groupValue, exp));
      group = ZERO;
      pending = null;
      pendingDigit = -1;
      fraction = false;
      level = Level.Fresh;
      lastScale = exp;
      topScale = Math.max(topScale, exp);
    } else if (SE_SCALES.has(w)) {
      const exp = SE_SCALES.get(w) ?? 0;
      if (pending !== null || group.m !== 0n || exp >= lastScale) break;
      total = decAdd(total, decShift({ m: 1n, e: 0 }, exp));
      level = Level.Fresh;
      lastScale = exp;
      topScale = Math.max(topScale, exp);
    } else {
      break;
    }
    any = true;
    end = j + 1;
  }
  if (!any) return null;
  let dec = decAdd(total, pending === null ? group : decAdd(group, pending));
  // "dua belas koma dua tiga empat": digits after "koma" are read one by one.
  const koma = ts[end];
  if (koma !== undefined && koma.lower === 'koma' && !fraction) {
    let digits = '';
    let j = end + 1;
    for (; j < ts.length; j += 1) {
      const d = UNIT_WORDS.get(ts[j]?.lower ?? '');
      if (d === undefined) break;
      digits += String(d);
    }
    if (digits !== '') {
      dec = decAdd(dec, { m: BigInt(digits), e: -digits.length });
      end = j;
    }
  }
  return { dec, end, scaleExp: topScale };
}

/** Ordinal words: "pertama" and ke- + a number word ("kedua", "kesepuluh", "keseratus"). */
export function ordinalWordValue(lower: string): number | null {
  if (lower === 'pertama' || lower === 'kesatu') return 1;
  if (!lower.startsWith('ke') || lower.length < 5) return null;
  const rest = lower.slice(2);
  const unit = UNIT_WORDS.get(rest);
  if (unit !== undefined) return unit > 0 ? unit : null;
  // "kesepuluh", "keseratus", "keseribu" (not "kesejuta").
  const se = SE_NUMBERS.get(rest);
  if (se !== undefined) return se;
  return rest === 'seribu' ? 10 ** (SE_SCALES.get(rest) ?? 0) : null;
}

/** Every word {@link ordinalWordValue} reads ("pertama", "kedua", "keseratus"), for the scanner's starters. */
export const ORDINAL_WORDS: ReadonlySet<string> = new Set(
  ['pertama', ...[...UNIT_WORDS.keys(), ...SE_NUMBERS.keys(), 'seribu'].map((w) => `ke${w}`)]
    .filter((w) => ordinalWordValue(w) !== null),
);
