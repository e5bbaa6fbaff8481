import type { NumberItem } from '../../schema/number.js';
import type { MessageCode } from '../../schema/message.js';
import type { WallClock, Ymd } from './calendar.js';
import type { SeparatorConvention } from './digits.js';
import type { ScanToken } from './tokens.js';

/** An item before its text and offsets are filled in from the token range. */
export type ItemDraft = Omit<NumberItem, 'text' | 'start' | 'end'>;

/** A problem with one item, reported by the stage as a message on the document. */
export interface ItemIssue {
  code: Extract<MessageCode, 'amount-out-of-range' | 'amount-ambiguous' | 'date-unresolved' | 'date-year-inferred'>;
  message: string;
  /** Details for the message's `data` ("date-year-inferred": the year and the date it came from). */
  data?: Record<string, unknown>;
}

/** What a rule found: a token range [start, end) and the item it makes. */
export interface RuleMatch {
  start: number;
  end: number;
  draft: ItemDraft;
  issues: ItemIssue[];
  /** The span is consumed but yields no item (a phone number or code, a reference, an idiom). */
  skip?: boolean;
  /** No other rule is tried at this token, even one that reads further (an idiom: "seribu satu alasan"). */
  final?: boolean;
  /** A day and month written without a year and left unresolved ("Selasa (12/8)"), for a year found elsewhere. */
  yearless?: YearlessDay;
}

/** A day and month without a year: "Selasa (12/8)" is day 12, month 8, weekday 2 (Tuesday). */
export interface YearlessDay {
  d: number;
  m: number;
  /** Last day of a range ("10-12 Agustus"). */
  d2?: number;
  /** ISO weekday of a day name written with it (Monday 1 … Sunday 7). */
  weekday?: number;
}

/** What the messages of an unresolved date say when no publication date was given. */
export const NO_PUBLICATION_DATE = 'no publication date given';

/**
 * Everything a rule may read: the tokens of one line, the separator convention of the language, the
 * publication day. Indonesian and Malay words share one set of tables ("lebih dari", "lebih daripada").
 */
export interface ScanContext {
  /** The text being scanned. */
  readonly text: string;
  readonly ts: readonly ScanToken[];
  readonly conv: SeparatorConvention;
  /** Publication day, to resolve relative dates; null keeps them unresolved. */
  readonly today: Ymd | null;
  /** Publication time, to resolve "dalam 43 menit"; null when publishedAt has no time. */
  readonly now: WallClock | null;
  /** Why a relative date has no day to resolve from, as its message says it (see ExtractNumbersOptions.noDate). */
  readonly noDate: string;
  /** The tokens are the first line of the text (a leading "- 1.200.000" is a sign only there). */
  readonly firstLine: boolean;
}

/** A rule: tries to match at token `i`, returning null when it does not apply. */
export type Rule = (ctx: ScanContext, i: number) => RuleMatch | null;

/** The text covered by tokens [i, end). */
export function spanText(ctx: ScanContext, i: number, end: number): string {
  const a = ctx.ts[i];
  const b = ctx.ts[end - 1];
  return a === undefined || b === undefined ? '' : ctx.text.slice(a.start, b.end);
}
