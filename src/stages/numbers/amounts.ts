import { decCompare, decShift, decToNumber, type Dec } from './decimal.js';
import { SIGN_WORDS } from './amount-core.js';
import { CURRENCY_STARTERS } from './currencies.js';
import { NUMBER_WORD_STARTERS, VAGUE_WORDS } from './number-words.js';
import { readMeasured, type Measured } from './measured.js';
import { isoDuration, isoOf } from './durations.js';
import { matchPhrase, phraseTable } from './phrases.js';
import type { ItemDraft, ItemIssue, RuleMatch, ScanContext } from './match.js';

type PrefixKind = 'min' | 'max' | 'approx' | 'between' | 'from';

/** Words before an amount that make it a bound, an approximation or the start of a range. */
const PREFIXES = phraseTable<PrefixKind>([
  // "tidak sampai Rp500", "di bawah EUR 7"
  ['kurang dari', 'max'], ['kurang daripada', 'max'], ['di bawah', 'max'], ['dibawah', 'max'],
  ['tidak sampai', 'max'], ['tak sampai', 'max'], ['tidak lebih dari', 'max'], ['tak lebih dari', 'max'],
  ['maksimal', 'max'], ['maksimum', 'max'], ['paling banyak', 'max'], ['lebih murah dari', 'max'],
  ['lebih murah daripada', 'max'], ['lebih rendah dari', 'max'], ['tidak mencapai', 'max'],
  ['tak mencapai', 'max'], ['belum mencapai', 'max'], ['sebanyak-banyaknya', 'max'], ['setinggi-tingginya', 'max'],
  // "lebih dari 70 juta pengungsi", "melebihi USD1,42"
  ['lebih dari', 'min'], ['lebih daripada', 'min'], ['di atas', 'min'], ['diatas', 'min'], ['melebihi', 'min'],
  ['melewati', 'min'], ['minimal', 'min'], ['minimum', 'min'], ['paling sedikit', 'min'], ['sedikitnya', 'min'],
  ['setidaknya', 'min'], ['sekurang-kurangnya', 'min'], ['lebih mahal dari', 'min'], ['lebih tinggi dari', 'min'],
  ['lebih besar dari', 'min'], ['tidak kurang dari', 'min'], ['tak kurang dari', 'min'], ['sekurangnya', 'min'],
  // "sekitar 10 sampai 20 dolar", "kurang lebih 3 km"
  ['sekitar', 'approx'], ['sekira', 'approx'], ['kurang lebih', 'approx'], ['lebih kurang', 'approx'],
  ['hampir', 'approx'], ['kira-kira', 'approx'], ['kisaran', 'approx'], ['mendekati', 'approx'],
  ['nyaris', 'approx'], ['±', 'approx'], ['berkisar', 'approx'],
  // "antara Rp 1 miliar hingga Rp 2 miliar", "dari 10 dolar sampai 20 dolar"
  ['antara', 'between'], ['berkisar antara', 'between'], ['dari', 'from'], ['mulai dari', 'from'],
]);

/** Lower-case words that can start an amount besides number words ("sekitar", "lebih", "rp"). */
export const AMOUNT_STARTERS: ReadonlySet<string> = new Set([...PREFIXES.byFirst.keys(), ...SIGN_WORDS, 'rp', 'kosong']);

/**
 * Every lower-case word at which {@link matchAmount} may match: the first word of a prefix ("lebih
 * dari", "sekitar"), a currency written first ("Rp", "USD", "US$"), a sign word ("minus"), a vague
 * amount ("ratusan", "belasan"), "kosong", or a word that starts a spelled-out number ("dua",
 * "setengah"). Day and month names, "dalam", "tahun" or "pukul" start no amount.
 */
export const AMOUNT_WORDS: ReadonlySet<string> = new Set([
  ...PREFIXES.byFirst.keys(), ...CURRENCY_STARTERS, ...SIGN_WORDS, ...VAGUE_WORDS.keys(), 'belasan', 'kosong', ...NUMBER_WORD_STARTERS,
]);

/** Words between the two ends of a range ("10-20", "10 sampai 20", "1 s.d. 5"). */
const CONNECTORS = phraseTable<'to' | 'and'>([
  ['-', 'to'], ['–', 'to'], ['—', 'to'], ['sampai', 'to'], ['hingga', 'to'], ['sampai dengan', 'to'],
  ['s . d .', 'to'], ['s . d', 'to'], ['s / d', 'to'], ['sd', 'to'], ['dan', 'and'],
]);

/** The amount at token `i` and its range/bound wording, as an item (money, percent, quantity, number). */
export function matchAmount(ctx: ScanContext, i: number): RuleMatch | null {
  const { ts } = ctx;
  const prefix = matchPhrase(PREFIXES, ts, i);
  const j = prefix?.end ?? i;
  const left = readMeasured(ctx, j);
  if (left === null) return null;
  const conn = matchPhrase(CONNECTORS, ts, left.end);
  let right: Measured | null = null;
  if (conn !== null && (conn.value === 'to' || prefix?.value === 'between') && !left.core.vague && !left.orMore) {
    right = readMeasured(ctx, conn.end, true);
    if (right !== null && !compatible(left, right)) right = null;
  }
  let lo = left.core.dec;
  if (right !== null && lo !== null) {
    // "Rp 50-100 ribu": the left end takes the right end's scale.
    const rc = right.core;
    if (left.core.scaleExp < 0 && rc.scaleExp >= 0 && !left.core.words && rc.raw !== null && decCompare(lo, rc.raw) < 0) {
      lo = decShift(lo, rc.scaleExp);
    }
    if (rc.dec === null || decCompare(lo, rc.dec) >= 0) right = null;
  }
  if (right === null && (prefix?.value === 'between' || prefix?.value === 'from')) return null;
  return build(i, prefix?.value ?? null, left, lo, right);
}

/** Two ends of a range measure the same thing. */
function compatible(a: Measured, b: Measured): boolean {
  if (b.core.vague) return false;
  // "1 jam 30 menit" is no end of a range; "40-50 menit" is ("40" takes the unit of "50 menit").
  if (a.time?.parts !== undefined || b.time?.parts !== undefined) return false;
  if (a.time !== undefined && b.unit === undefined) return false;
  if (a.currency !== undefined && b.currency !== undefined && a.currency !== b.currency) return false;
  if ((a.currency !== undefined && b.percent) || (b.currency !== undefined && a.percent)) return false;
  if (a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit) return false;
  if ((a.currency !== undefined || b.currency !== undefined) && (a.unit !== undefined || b.unit !== undefined)) return false;
  return true;
}

/** "PT40M/PT50M", or null when an end has no duration. */
function joinRange(min: string | null, max: string | null): string | null {
  return min === null || max === null ? null : `${min}/${max}`;
}

/** Sets `field` of the draft to the number of `dec`, or records why it is left out. */
function put(draft: ItemDraft, notes: string[], field: 'value' | 'min' | 'max', dec: Dec | null): void {
  if (dec === null) {
    notes.push(`${field} beyond 2^53 or too many digits; left out`);
    return;
  }
  const n = decToNumber(dec);
  if (n.ok) draft[field] = n.value;
  else notes.push(`${field} beyond 2^53 (Number.MAX_SAFE_INTEGER) and not exact as a double; left out rather than rounded`);
}

/** Turns the parts of an amount into an item: kind, value or bounds, currency/unit, notes. */
function build(i: number, prefix: PrefixKind | null, left: Measured, lo: Dec | null, right: Measured | null): RuleMatch {
  const issues: ItemIssue[] = [];
  const currency = left.currency ?? right?.currency;
  const percent = left.percent || (right?.percent ?? false);
  const unit = left.unit ?? right?.unit;
  const measure = left.measure || (right?.measure ?? false);
  const time = left.time ?? right?.time;
  const kind = currency !== undefined ? 'money' : percent ? 'percent' : time !== undefined ? 'duration' : unit !== undefined ? 'quantity' : 'number';
  const draft: ItemDraft = { kind, source: '' };
  const notes: string[] = [];
  let rule: string;
  if (right !== null) {
    put(draft, notes, 'min', lo);
    put(draft, notes, 'max', right.core.dec);
    rule = 'range';
  } else if (prefix === 'min' || prefix === 'max') {
    put(draft, notes, prefix, lo);
    rule = 'bound';
  } else if (left.orMore) {
    put(draft, notes, 'min', lo);
    rule = 'bound';
  } else if (left.core.vague) {
    put(draft, notes, 'min', lo);
    rule = 'vague';
  } else {
    put(draft, notes, 'value', lo);
    rule = kind === 'money'
      ? currency === 'IDR' && left.core.scaleExp >= 0 ? 'rp-scale' : left.currencyBefore ? 'currency-before' : 'currency-after'
      : kind === 'percent' ? (unit !== undefined ? 'percentage-points' : 'persen')
      : kind === 'quantity' ? (measure ? 'measure' : 'counted-noun')
      : kind === 'duration' ? (time?.parts !== undefined ? 'compound' : 'time-unit')
      : left.core.words ? 'words' : left.core.scaleExp >= 0 ? 'digits-scale' : 'digits';
  }
  draft.source = `${kind}/${rule}`;
  if (currency !== undefined) draft.currency = currency;
  if (unit !== undefined) draft.unit = unit;
  if (time !== undefined) {
    // ISO 8601: "P75Y"; a range "PT40M/PT50M"; a bound its one end ("lebih dari 3 jam": "PT3H", min 3).
    const iso = time.parts !== undefined ? isoDuration(time.parts)
      : right !== null ? joinRange(isoOf(lo, time.unit, time.length), isoOf(right.core.dec, time.unit, time.length))
      : isoOf(lo, time.unit, time.length);
    if (iso !== null) draft.duration = iso;
  }
  if (prefix === 'approx' || left.core.vague || left.core.approx === true || right?.core.approx === true) draft.approximate = true;
  if (notes.length > 0) {
    issues.push({ code: 'amount-out-of-range', message: notes.join('; ') });
  }
  const amb = left.core.ambiguous ?? right?.core.ambiguous;
  if (amb !== undefined) {
    notes.push(amb);
    issues.push({ code: 'amount-ambiguous', message: amb });
  }
  if (notes.length > 0) draft.note = notes.join('; ');
  return { start: i, end: right?.end ?? left.end, draft, issues };
}
