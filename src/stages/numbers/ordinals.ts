import { decToNumber } from './decimal.js';
import { MULTIPLIERS, ORDINAL_WORDS, ordinalWordValue, readNumberWords, UNIT_WORDS } from './number-words.js';
import type { RuleMatch, ScanContext } from './match.js';
import { wordPrint, type ScanToken } from './tokens.js';
import { matchCountedNoun, matchUnitPhrase } from './units.js';

/** Words after which "kedua"/"ketiga" + noun means "both"/"all three", not "second"/"third". */
const BEFORE_COLLECTIVE = new Set([
  'di', 'pada', 'dan', 'ke', 'dari', 'untuk', 'bagi', 'oleh', 'dengan', 'antara', 'kepada', 'atas', 'bahwa',
  'karena', 'sementara', 'sedangkan', 'serta', 'namun', 'tetapi', 'kini', 'lalu', 'kemudian', 'akhirnya',
]);

/** Every lower-case word at which {@link matchOrdinal} may match: "ke" ("ke-81") and the ordinal words ("kedua", "pertama"). */
export const ORDINAL_STARTS: ReadonlySet<string> = new Set(['ke', 'pertama', 'kesatu', ...ORDINAL_WORDS]);

/**
 * Ordinals: "ke-81", "ke-00003", "kedua", "pertama", "kedua puluh lima". A ke- word before a noun at
 * the start of a clause is a collective count instead ("Kedua tersangka" → 2 tersangka).
 */
export function matchOrdinal(ctx: ScanContext, i: number): RuleMatch | null {
  const { ts } = ctx;
  const t = ts[i];
  if (t === undefined || t.kind !== 'word') return null;
  // "ke-81", "HUT ke-80"
  if (t.lower === 'ke') {
    const dash = ts[i + 1];
    const num = ts[i + 2];
    // "ke-1.000" groups thousands.
    if (dash?.text !== '-' || dash.gap !== 0 || num?.kind !== 'num' || num.gap !== 0 || !/^\d{1,9}$|^\d{1,3}(?:\.\d{3}){1,2}$/.test(num.text)) return null;
    if (ts[i + 3] !== undefined && ts[i + 3]?.gap === 0 && ts[i + 3]?.kind === 'word') return null;
    const value = Number(num.text.replaceAll('.', ''));
    return { start: i, end: i + 3, draft: { kind: 'ordinal', value, source: 'ordinal/ke-digits' }, issues: [] };
  }
  const base = ordinalWordValue(t.lower);
  if (base === null) return null;
  // "kedua negara", "di ketiga desa": before a noun, and not after one, ke- counts ("both", "all three").
  const prev = ts[i - 1];
  if (t.lower !== 'pertama' && t.lower !== 'kesatu' && (prev === undefined || prev.kind === 'sym' || BEFORE_COLLECTIVE.has(prev.lower))) {
    // "kedua orang tua": both parents.
    const noun = matchUnitPhrase(ts, i + 1) ?? matchCountedNoun(ts, i + 1);
    if (noun !== null) {
      return { start: i, end: noun.end, draft: { kind: 'quantity', value: base, unit: noun.unit, source: 'quantity/collective' }, issues: [] };
    }
  }
  // "kedua puluh lima" (25th), "kedua belas" (12th): read the rest as number words.
  const rest = t.lower.slice(2);
  const next = ts[i + 1]?.lower;
  if (UNIT_WORDS.has(rest) && next !== undefined && MULTIPLIERS.has(next)) {
    const virtual: ScanToken[] = [{ kind: t.kind, start: t.start, end: t.end, gap: t.gap, print: wordPrint(rest), text: rest, lower: rest }, ...ts.slice(i + 1, i + 8)];
    const w = readNumberWords(virtual, 0);
    const n = w === null ? null : decToNumber(w.dec);
    if (w !== null && n !== null && n.ok) {
      return { start: i, end: i + w.end, draft: { kind: 'ordinal', value: n.value, source: 'ordinal/words' }, issues: [] };
    }
  }
  return { start: i, end: i + 1, draft: { kind: 'ordinal', value: base, source: 'ordinal/words' }, issues: [] };
}
