import { YEAR_CUES } from './calendar.js';
import { numberWords } from '../../lexicon/numbers.js';
import { decNeg } from './decimal.js';
import { matchCurrencyPrefix, matchCurrencySuffix } from './currencies.js';
import { matchPhrase, phraseTable } from './phrases.js';
import { matchCountedNoun, matchMeasure } from './units.js';
import { MINUS_SIGNS, readCore, yearLike, type Core } from './amount-core.js';
import type { ScanContext } from './match.js';
import type { ScanToken } from './tokens.js';

/** An amount with what it measures. */
export interface Measured {
  start: number;
  end: number;
  core: Core;
  currency?: string;
  currencyBefore: boolean;
  percent: boolean;
  unit?: string;
  measure: boolean;
  /** Followed by "lebih" ("Rp 3 miliar lebih"): a lower bound. */
  orMore: boolean;
}

/** Words for "percent" ("persen", Malay "peratus"): numbers.txt, through the lexicon's cached reader (see number-words.ts). */
const PERCENT_WORDS: ReadonlySet<string> = new Set([...numberWords().percent, ...numberWords().morePercent]);

/** Units written as two words after a number. */
const POINT_UNITS = phraseTable<string>([
  ['poin persentase', 'persen poin'], ['basis poin', 'basis poin'], ['basis points', 'basis poin'],
]);

/** Words that may follow "lebih" when it means "or more" after an amount. */
const AFTER_OR_MORE = new Set(['yang', 'dan', 'di', 'ke', 'untuk', 'pada', 'per', 'itu', 'ini', 'atau', 'sejak', 'selama', 'setiap', 'tiap', 'dalam', 'dengan']);

/** True when the word at token `i` is glued to the token before it ("G20", "COVID-19"). */
function gluedToWordBefore(ts: readonly ScanToken[], i: number): boolean {
  const t = ts[i];
  const prev = ts[i - 1];
  if (t === undefined || prev === undefined || t.gap > 0) return false;
  if (prev.kind === 'word') return true;
  if (prev.text === '/') return true;
  // "COVID-19", "MH-17": a hyphen glued on both sides is part of a code, not a sign.
  const before = ts[i - 2];
  return MINUS_SIGNS.has(prev.text) && before !== undefined && prev.gap === 0 && before.kind === 'word';
}

/** The two words before token `i` are capitalised, as in a headline ("Telegram Dapatkan 70 Pengguna"). */
function titleCaseBefore(ts: readonly ScanToken[], i: number): boolean {
  const a = ts[i - 1];
  const b = ts[i - 2];
  return a !== undefined && b !== undefined && a.kind === 'word' && b.kind === 'word' && isTitleWord(a.text) && isTitleWord(b.text);
}

function isTitleWord(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase() && w.slice(1) === w.slice(1).toLowerCase();
}

/** Digits followed by "/digits" make a fraction or an unmatched date, not an amount. */
function slashAfter(ts: readonly ScanToken[], k: number): boolean {
  const s = ts[k];
  return s !== undefined && s.text === '/' && s.gap === 0 && ts[k + 1]?.kind === 'num' && ts[k + 1]?.gap === 0;
}

/**
 * Reads an amount with its currency, percent sign, measure or counted noun at token `i`.
 * `rangeEnd` is set for the right end of a range, which may be glued to a dash ("1,5 juta-2 juta").
 */
export function readMeasured(ctx: ScanContext, i: number, rangeEnd = false): Measured | null {
  const { ts } = ctx;
  const cur = matchCurrencyPrefix(ts, i);
  let j = i;
  if (cur !== null) {
    j = cur.end;
    const n = ts[j];
    if (n === undefined || n.gap > 2) return null;
  } else if (!rangeEnd && gluedToWordBefore(ts, i)) {
    return null;
  }
  // Rupiah amounts follow Indonesian separators and ringgit amounts Malay ones, whatever the
  // detected language (Indonesian and Malay are easily mistaken for each other).
  const conv = cur?.code === 'IDR' ? 'comma-decimal' : cur?.code === 'MYR' ? 'dot-decimal' : ctx.conv;
  const core = readCore(conv === ctx.conv ? ctx : { ...ctx, conv }, j, cur?.code ?? null);
  if (core === null) return null;
  if (slashAfter(ts, core.end) || (ts[j]?.kind === 'num' && ts[j - 1]?.text === '/' && ts[j]?.gap === 0)) return null;
  const m: Measured = { start: i, end: core.end, core, currencyBefore: cur !== null, percent: false, measure: false, orMore: false };
  if (cur !== null) m.currency = cur.code;
  let k = core.end;
  const next = ts[k];
  if (cur === null && next !== undefined && next.gap <= 2) {
    const suf = matchCurrencySuffix(ts, k);
    if (suf !== null) {
      m.currency = suf.code;
      k = suf.end;
    }
  }
  if (m.currency === undefined && next !== undefined && next.gap <= 2) {
    const points = next.kind === 'word' && next.gap > 0 ? matchPhrase(POINT_UNITS, ts, k) : null;
    if (next.text === '%' || (next.kind === 'word' && next.gap > 0 && PERCENT_WORDS.has(next.lower))) {
      m.percent = true;
      k += 1;
      // "persen poin" is a difference of percentages, kept apart from a percentage.
      const p = ts[k];
      if (p !== undefined && p.gap > 0 && (p.lower === 'poin' || p.lower === 'point')) {
        m.unit = 'persen poin';
        k += 1;
      }
    } else if (points !== null) {
      // "0,5 poin persentase" is "persen poin"; "25 basis poin" stays a quantity.
      m.unit = points.value;
      m.percent = points.value === 'persen poin';
      m.measure = true;
      k = points.end;
    } else {
      const measure = next.gap <= 1 ? matchMeasure(ts, k) : null;
      if (measure !== null) {
        m.unit = measure.unit;
        m.measure = true;
        k = measure.end;
      } else if (core.dec !== null || core.words) {
        // A year takes no counted noun: "pada 2013 tingkat literasi", "Piala Dunia 2026 Amerika".
        const titleCase = titleCaseBefore(ts, i);
        const year = yearLike(core) && (titleCase || YEAR_CUES.has(ts[i - 1]?.lower ?? ''));
        const noun = year ? null : matchCountedNoun(ts, k, titleCase);
        if (noun !== null) {
          m.unit = noun.unit;
          k = noun.end;
        }
      }
    }
  }
  // "US$ 1,500", "IDR 10,000": money has no third decimal, so the comma groups thousands.
  if (m.currency !== undefined && core.thousands !== undefined && core.dec !== null) {
    const { dec, note } = core.thousands;
    const signed = core.dec.m < 0n ? decNeg(dec) : dec;
    m.core = { ...core, dec: signed, raw: signed, ambiguous: note };
  }
  // "5G", "2nd", "100an": digits glued to letters that are no unit form a code or a word.
  const after = ts[k];
  if (after !== undefined && after.gap === 0 && after.kind !== 'sym') return null;
  // "Rp 3 miliar lebih", "70 orang lebih."
  if (after !== undefined && after.lower === 'lebih' && after.gap > 0) {
    const follower = ts[k + 1];
    if (follower === undefined || follower.kind === 'sym' || AFTER_OR_MORE.has(follower.lower)) {
      m.orMore = true;
      k += 1;
    }
  }
  m.end = k;
  return m;
}
