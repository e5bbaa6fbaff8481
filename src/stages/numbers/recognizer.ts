import type { NumberItem } from '../../schema/number.js';
import { makeNumberItem } from '../../doc/number-item.js';
import { AMOUNT_STARTERS, AMOUNT_WORDS, matchAmount } from './amounts.js';
import { DAY_NAMES, parseIsoDay, parseIsoWallClock } from './calendar.js';
import { DATE_STARTERS, DATE_WORDS, matchDate } from './dates.js';
import { CURRENCY_STARTERS, CURRENCY_SYMBOLS } from './currencies.js';
import { MINUS_SIGNS } from './amount-core.js';
import type { SeparatorConvention } from './digits.js';
import { NO_PUBLICATION_DATE, type ItemDraft, type ItemIssue, type Rule, type RuleMatch, type ScanContext } from './match.js';
import { matchOrdinal, ORDINAL_STARTS } from './ordinals.js';
import { CLOCK_WORDS, matchRelativeTime, matchTime, RELATIVE_TIME_WORDS, TIME_STARTERS } from './times.js';
import { NUMBER_WORD_STARTERS, ORDINAL_WORDS, VAGUE_WORDS } from './number-words.js';
import type { ScanToken } from './tokens.js';
import { matchCode } from './codes.js';
import { IDIOM_WORDS, matchIdiom, matchReference, REFERENCE_STARTERS, REFERENCE_WORDS } from './references.js';
import type { YearlessDay } from './match.js';
import { tokenizeLines, wordPrint } from './tokens.js';

/** Options of a recognition run ({@link recognizeNumbers}, `extractNumbers`). */
export interface ExtractNumbersOptions {
  /** ISO date the text was published, to resolve relative dates ("kemarin"). */
  publishedAt?: string | null | undefined;
  /** BCP-47 code; Malay ("ms") and English read "." as the decimal separator ("RM2.5 bilion"). Default "id". */
  language?: string | undefined;
  /**
   * Why there is no publication date, as the messages of unresolved dates say it: default
   * {@link NO_PUBLICATION_DATE}; the numbers stage names a date it was given but could not read.
   */
  noDate?: string | undefined;
}

/** An item with the problems found while reading it. */
export interface RecognizedItem {
  item: NumberItem;
  issues: ItemIssue[];
  /** An unresolved day and month without a year ("Selasa (12/8)"), which a year found elsewhere may resolve. */
  yearless?: YearlessDay;
}

/**
 * Rules in priority order: on equal length the earlier one wins (dates before amounts: "2020-2024";
 * codes before ranges: "021-5551234"). An idiom is final: when it matches no other rule is tried
 * ("seribu satu alasan"); references come before amounts ("Pasal 2").
 * @internal
 */
export const RULES: readonly Rule[] = [matchIdiom, matchDate, matchTime, matchRelativeTime, matchOrdinal, matchCode, matchReference, matchAmount];

/**
 * Lower-case words that may start a match; other words are skipped without trying rules. The
 * ke-/se- words are listed one by one ("kedua", "seribu", "seminggu", "ke" of "ke-3"): most words
 * with those prefixes ("sebagai", "kepada") start nothing.
 */
const STARTERS: ReadonlySet<string> = new Set([
  ...AMOUNT_STARTERS, ...DATE_STARTERS, ...TIME_STARTERS, ...CURRENCY_STARTERS, ...DAY_NAMES.keys(),
  ...NUMBER_WORD_STARTERS, ...VAGUE_WORDS.keys(), ...ORDINAL_WORDS, ...REFERENCE_STARTERS, 'ke',
]);

/**
 * Per rule of {@link RULES}, the lower-case words at which it may match. A code starts with
 * digits, never at a word.
 */
const RULE_WORDS: readonly ReadonlySet<string>[] = [
  IDIOM_WORDS, DATE_WORDS, CLOCK_WORDS, RELATIVE_TIME_WORDS, ORDINAL_STARTS, new Set<string>(), REFERENCE_WORDS, AMOUNT_WORDS,
];
if (RULE_WORDS.length !== RULES.length) throw new Error('numbers: one word list per rule');

/**
 * Per starter word, the rules that may match at it, in priority order: most starter words start
 * one or two rules ("dari" only an amount, "Senin" only a date, "dalam" only a relative time), so
 * the scanner tries those alone rather than all eight at the common words "di", "dalam", "dari"
 * and "tidak", which rarely start anything. A word that is no key is no starter (the same as
 * {@link mayStart} answers).
 * @internal
 */
export const WORD_RULES: ReadonlyMap<string, readonly Rule[]> = new Map(
  [...STARTERS].map((w) => [w, RULES.filter((_, k) => RULE_WORDS[k]!.has(w))]),
);

/** 1 at the {@link wordPrint} of every key of {@link WORD_RULES}. */
const STARTER_PRINTS = new Uint8Array(0x4000);
for (const w of WORD_RULES.keys()) if (w.length > 0) STARTER_PRINTS[wordPrint(w)] = 1;

/**
 * The rules to try at a word ({@link WORD_RULES}), its fingerprint checked first: most words
 * ("yang", "pemerintah", "tersebut") have no starter's fingerprint.
 * @internal
 */
export function wordRules(lower: string): readonly Rule[] | undefined {
  return STARTER_PRINTS[wordPrint(lower)] === 0 ? undefined : WORD_RULES.get(lower);
}

/** {@link wordRules} of a word token, from the fingerprint it was scanned with. */
function tokenRules(t: ScanToken): readonly Rule[] | undefined {
  return STARTER_PRINTS[t.print] === 0 ? undefined : WORD_RULES.get(t.lower);
}

/**
 * True when a rule could match at token `i`: digits, the starter words (any case: day and month
 * names, currency codes, "Sekitar", ordinals and se- forms), and the symbols
 * a rule reads first: "(" of "(21/10)", "±", a currency symbol, a minus sign, and "," or "." right
 * before digits (",77", ".5" in dot-decimal text). Checking this first skips most tokens of a
 * text, the commas and periods among them, without trying any rule.
 * @internal
 */
export function mayStart(ts: readonly ScanToken[], i: number): boolean {
  const t = ts[i]!;
  if (t.kind === 'num') return true;
  if (t.kind === 'word') return STARTERS.has(t.lower);
  const c = t.text;
  if (c === ',' || c === '.') {
    const next = ts[i + 1];
    return next !== undefined && next.kind === 'num' && next.gap === 0;
  }
  return c === '(' || STARTERS.has(c) || CURRENCY_SYMBOLS.has(c) || MINUS_SIGNS.has(c);
}

/** The decimal separator of a language: "." in Malay ("RM2.5 bilion") and English, "," otherwise. */
export function separatorsOf(code: string | undefined): SeparatorConvention {
  const primary = (code ?? 'id').toLowerCase().split(/[-_]/)[0] ?? 'id';
  return ['ms', 'zsm', 'msa', 'may', 'en', 'eng'].includes(primary) ? 'dot-decimal' : 'comma-decimal';
}

/**
 * Finds numbers, amounts and dates in a text, with the problems found. It scans tokens left to
 * right; at each token every rule may match and the longest match wins, so a number inside an
 * amount is never reported twice. Each rule looks at a bounded number of tokens, which keeps a scan
 * linear in the text length. Its tables are built once, at module load.
 */
export function recognizeNumbers(text: string, options: ExtractNumbersOptions = {}): RecognizedItem[] {
  const lines = tokenizeLines(text);
  const conv = separatorsOf(options.language);
  const today = parseIsoDay(options.publishedAt);
  const now = parseIsoWallClock(options.publishedAt);
  const out: RecognizedItem[] = [];
  // No expression spans a line break ("3.105\n\nBanjir" is no quantity): each line is scanned alone.
  for (let l = 0; l < lines.length; l++) {
    const ctx: ScanContext = { text, ts: lines[l]!, conv, today, now, noDate: options.noDate ?? NO_PUBLICATION_DATE, firstLine: l === 0 };
    scanLine(ctx, out);
  }
  return out;
}

/** Scans the tokens of one line, appending what the rules find. */
function scanLine(ctx: ScanContext, out: RecognizedItem[]): void {
  const { ts, text } = ctx;
  let i = 0;
  while (i < ts.length) {
    const t = ts[i]!;
    // At a word, only the rules that may start at it; elsewhere all of them where any may.
    const rules = t.kind === 'word' ? tokenRules(t) : mayStart(ts, i) ? RULES : undefined;
    if (rules === undefined) {
      i += 1;
      continue;
    }
    let best: RuleMatch | null = null;
    for (const rule of rules) {
      const m = rule(ctx, i);
      if (m !== null && m.end > i && (best === null || m.end > best.end || m.final === true)) best = m;
      if (best?.final === true) break;
    }
    if (best === null) {
      i += 1;
      continue;
    }
    const first = ts[best.start];
    const last = ts[best.end - 1];
    if (first !== undefined && last !== undefined && best.skip !== true) {
      const found: RecognizedItem = { item: toItem(best.draft, text, first.start, last.end), issues: best.issues };
      if (best.yearless !== undefined) found.yearless = best.yearless;
      out.push(found);
    }
    i = best.end;
  }
}

/** The item of a draft, with kind/text/start/end first and source last, for readable JSON. */
function toItem(draft: ItemDraft, text: string, start: number, end: number): NumberItem {
  return makeNumberItem(draft.kind, text.slice(start, end), start, end, draft);
}
