import type { ScanToken } from './tokens.js';
import { numberWords } from '../../lexicon/numbers.js';

/** A currency mention found next to an amount. */
export interface CurrencyMatch {
  /** ISO 4217 code. */
  code: string;
  /** Token index after the mention. */
  end: number;
}

/** Upper-case ISO codes written before or after an amount ("USD1,23", "EUR 20"). */
const CODES: ReadonlyMap<string, string> = new Map([
  ['IDR', 'IDR'], ['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['JPY', 'JPY'], ['SGD', 'SGD'],
  ['MYR', 'MYR'], ['CNY', 'CNY'], ['RMB', 'CNY'], ['AUD', 'AUD'], ['HKD', 'HKD'], ['KRW', 'KRW'],
  ['SAR', 'SAR'], ['INR', 'INR'], ['THB', 'THB'], ['CHF', 'CHF'], ['TWD', 'TWD'], ['RM', 'MYR'],
  ['AED', 'AED'], ['RUB', 'RUB'], ['TRY', 'TRY'], ['PHP', 'PHP'], ['VND', 'VND'], ['NZD', 'NZD'], ['CAD', 'CAD'],
]);

/** The upper-case currency codes ("USD", "RM"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(CODES.keys());

/** Currency symbols ("$10", "20€"); `$` alone is read as the US dollar, as Indonesian news uses it. */
const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₩', 'KRW'], ['₹', 'INR'], ['฿', 'THB'],
]);

/** The currency symbols: a symbol token can start an amount only if it is one of these (or a sign). */
export const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(SYMBOLS.keys());

/** Letters written right before `$` ("US$", "S$", "AU$", "B$" of Brunei). */
const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['US', 'USD'], ['S', 'SGD'], ['A', 'AUD'], ['AU', 'AUD'], ['HK', 'HKD'], ['NT', 'TWD'], ['C', 'CAD'],
  ['NZ', 'NZD'], ['B', 'BND'],
]);

/** Lower-case words that can start a currency before an amount ("rp", "usd", "us" of "US$"). */
export const CURRENCY_STARTERS: ReadonlySet<string> = new Set(
  ['rp', ...CODES.keys(), ...DOLLAR_PREFIXES.keys()].map((w) => w.toLowerCase()),
);

/**
 * Currency names written after an amount ("20 rupiah", "sembilan pound sterling"): numbers.txt
 * [currency-names], through the lexicon's cached reader (see number-words.ts).
 */
const NAMES: ReadonlyMap<string, string> = numberWords().currencyNames;

/** Which dollar ("dolar Singapura"); AS / Amerika (Serikat) keep USD. */
const DOLLAR_QUALIFIERS: readonly (readonly [readonly string[], string])[] = [
  [['amerika', 'serikat'], 'USD'], [['amerika'], 'USD'], [['as'], 'USD'], [['us'], 'USD'],
  [['singapura'], 'SGD'], [['australia'], 'AUD'], [['hong', 'kong'], 'HKD'], [['kanada'], 'CAD'],
  [['taiwan'], 'TWD'], [['selandia', 'baru'], 'NZD'], [['brunei'], 'BND'],
];

/** A currency symbol at token `i` ("$", "€", "£", "¥"), or null. */
function symbolAt(ts: readonly ScanToken[], i: number): CurrencyMatch | null {
  const t = ts[i];
  const code = t?.kind === 'sym' ? SYMBOLS.get(t.text) : undefined;
  return code === undefined ? null : { code, end: i + 1 };
}

/**
 * A currency written before an amount at token `i`: "Rp", "Rp.", "IDR", "US$", "$", "€", "RM".
 * The amount itself is not checked here.
 */
export function matchCurrencyPrefix(ts: readonly ScanToken[], i: number): CurrencyMatch | null {
  const t = ts[i];
  if (t === undefined || t.kind === 'sym') return symbolAt(ts, i);
  if (t.kind !== 'word') return null;
  // "Rp 20", "Rp. 315,00"
  if (t.lower === 'rp') {
    const dot = ts[i + 1];
    return { code: 'IDR', end: dot !== undefined && dot.text === '.' && dot.gap === 0 ? i + 2 : i + 1 };
  }
  // "US$ 1,5 miliar", "S$10"
  const next = ts[i + 1];
  const dollar = DOLLAR_PREFIXES.get(t.text);
  if (dollar !== undefined && next !== undefined && next.text === '$' && next.gap === 0) return { code: dollar, end: i + 2 };
  const code = CODES.get(t.text);
  return code === undefined ? null : { code, end: i + 1 };
}

/** A currency written after an amount at token `i`: "rupiah", "dolar AS", "pound sterling", "$", "Rp". */
export function matchCurrencySuffix(ts: readonly ScanToken[], i: number): CurrencyMatch | null {
  const t = ts[i];
  if (t === undefined || t.kind === 'sym') return symbolAt(ts, i);
  if (t.kind !== 'word') return null;
  const code = CODES.get(t.text);
  if (code !== undefined) return { code, end: i + 1 };
  const name = NAMES.get(t.lower);
  if (name === undefined) return null;
  if (t.lower === 'rp' && t.gap > 1) return null;
  if (t.lower === 'pound' && ts[i + 1]?.lower === 'sterling') return { code: 'GBP', end: i + 2 };
  if (name === 'USD') {
    for (const [words, qualified] of DOLLAR_QUALIFIERS) {
      if (words.every((w, k) => ts[i + 1 + k]?.lower === w && (ts[i + 1 + k]?.gap ?? 0) > 0)) {
        return { code: qualified, end: i + 1 + words.length };
      }
    }
  }
  return { code: name, end: i + 1 };
}
