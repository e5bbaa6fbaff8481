import { numberWords } from '../../lexicon/numbers.js';
import { year4 } from './date-parts.js';
import { GROUP_SCALES, MULTIPLIERS, startsNumberWord } from './number-words.js';
import { readMeasured } from './measured.js';
import { matchPhrase, phraseTable } from './phrases.js';
import type { RuleMatch, ScanContext } from './match.js';
import type { ScanToken } from './tokens.js';

const words = numberWords();

/** Phrases with number words that are no amounts: numbers.txt [idioms] ("seribu bahasa", "kedua belah"). */
const IDIOMS = phraseTable<true>(words.idioms.map((p) => [p, true] as const));

/** Words after which a number names a law or a rule: numbers.txt [legal-references] ("pasal", "nomor", "perpres"). */
const LEGAL: ReadonlySet<string> = words.legalReferences;
/** Words after which a number is a serial number: numbers.txt [serial-references] ("tahap", "kloter", "liga"). */
const SERIAL: ReadonlySet<string> = words.serialReferences;

/** Lower-case words that start an idiom or a reference ("seribu", "pasal", "tahap"). */
export const REFERENCE_STARTERS: ReadonlySet<string> = new Set([...IDIOMS.byFirst.keys(), ...LEGAL, ...SERIAL]);

/** Every lower-case word at which {@link matchIdiom} may match: the first word of an idiom ("seribu", "kedua"). */
export const IDIOM_WORDS: ReadonlySet<string> = new Set(IDIOMS.byFirst.keys());

/** Every lower-case word at which {@link matchReference} may match ("pasal", "nomor", "tahap"). */
export const REFERENCE_WORDS: ReadonlySet<string> = new Set([...LEGAL, ...SERIAL]);

/** A word that would carry a spelled-out number on ("seribu satu ratus"). */
function continuesNumber(t: ScanToken | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (startsNumberWord(t.lower) || MULTIPLIERS.has(t.lower) || GROUP_SCALES.has(t.lower));
}

/**
 * Idioms: "diam seribu bahasa", "kedua belah pihak", "seribu satu alasan", "satu sama lain",
 * "Kepulauan Seribu". Nothing is read inside them, whatever other rule would read a longer span
 * (the match is final). A phrase ending in a number word is none before a word that continues the
 * number ("seribu satu ratus" is 1100), and one of number words only needs a word after it
 * ("seribu satu alasan"; "seribu satu" alone is read as 1001).
 */
export function matchIdiom(ctx: ScanContext, i: number): RuleMatch | null {
  const { ts } = ctx;
  const m = matchPhrase(IDIOMS, ts, i);
  if (m === null) return null;
  for (let k = i + 1; k < m.end; k += 1) if ((ts[k]?.gap ?? 0) === 0) return null;
  // "seribu satu ratus" is a number; "seribu satu" alone too, but not "Kepulauan Seribu".
  const last = ts[m.end - 1];
  const after = ts[m.end];
  if (last !== undefined && startsNumberWord(last.lower)) {
    if (continuesNumber(after)) return null;
    const numeric = startsNumberWord(ts[i]?.lower ?? '');
    if (numeric && (after === undefined || after.kind !== 'word' || after.gap === 0)) return null;
  }
  return { start: i, end: m.end, draft: { kind: 'number', source: 'number/idiom' }, issues: [], skip: true, final: true };
}

/** Words between the numbers of a list of references ("Pasal 178, 181, dan 406"). */
const LIST_WORDS = phraseTable<true>([
  [',', true], ['dan', true], [', dan', true], ['atau', true], ['hingga', true], ['sampai', true], ['-', true], ['–', true], ['s . d .', true], ['s / d', true],
]);

/** The number at token `j` measures something: a scale, currency, percent, measure or unit of time follows it ("gelombang 3 meter"). */
function measuresSomething(ctx: ScanContext, j: number): boolean {
  const amount = readMeasured(ctx, j);
  return amount !== null && (amount.core.scaleExp >= 0 || amount.currency !== undefined || amount.percent || amount.measure || amount.time !== undefined);
}

/** Separators inside an identifier written without spaces ("1/2023", "12/PMK.010/2022", "2-5"). */
const JOINERS = new Set(['/', '.', '-']);

/**
 * References: "Pasal 2", "ayat (1)", "Nomor 12 Tahun 2023", "UU No. 1/2023", "Perpres 79/2025",
 * "Tahap 2", "Kloter 5", "RT 03/RW 05". The number names something, it is no amount: the whole
 * reference is consumed and yields no item ("Pasal 2 jo Pasal 18" is no "2 jo"). A number
 * followed by a measure, a unit of time, a currency or a percent is still an amount ("gelombang 3
 * meter").
 */
export function matchReference(ctx: ScanContext, i: number): RuleMatch | null {
  const { ts } = ctx;
  const t = ts[i];
  if (t === undefined || t.kind !== 'word') return null;
  const legal = LEGAL.has(t.lower);
  if (!legal && !SERIAL.has(t.lower)) return null;
  let j = i + 1;
  // "No. 1", "No.1"
  if (ts[j]?.text === '.' && ts[j]?.gap === 0) j += 1;
  const open = ts[j]?.text === '(';
  if (open) j += 1;
  const num = ts[j];
  if (num === undefined || num.kind !== 'num' || num.gap > 2) return null;
  if (!open && measuresSomething(ctx, j)) return null;
  let end = j + 1;
  if (open) {
    if (ts[end]?.text !== ')') return null;
    end += 1;
  }
  // "5A", "1/2023", "12/PMK.010/2022": what is glued to the number belongs to it.
  for (;;) {
    const n = ts[end];
    if (n === undefined || n.gap !== 0) break;
    if (n.kind === 'word' || n.kind === 'num') {
      end += 1;
      continue;
    }
    const after = ts[end + 1];
    if (!JOINERS.has(n.text) || after === undefined || after.gap !== 0 || after.kind === 'sym') break;
    end += 2;
  }
  // "RT 03/RW 05": a reference word glued on ends with its own number.
  const lastWord = ts[end - 1];
  const spaced = ts[end];
  if (lastWord !== undefined && lastWord.kind === 'word' && (LEGAL.has(lastWord.lower) || SERIAL.has(lastWord.lower)) && spaced?.kind === 'num' && spaced.gap > 0) end += 1;
  // "Pasal 178, 181, dan 406 KUHP", "desil 1 hingga 4", "kelas 2 dan 3": more numbers of the same
  // kind, bare or before an acronym after a word ("Pasal 18, 120 SPPG" ends at "18").
  for (;;) {
    const list = matchPhrase(LIST_WORDS, ts, end);
    const n = list === null ? undefined : ts[list.end];
    if (list === null || n === undefined || n.kind !== 'num' || n.gap > 2) break;
    const amount = readMeasured(ctx, list.end);
    const unit = amount?.unit;
    const bare = unit === undefined && !measuresSomething(ctx, list.end);
    const comma = list.end === end + 1 && ts[end]?.text === ',';
    const acronym = unit !== undefined && amount?.measure === false && amount.time === undefined && unit === unit.toUpperCase();
    if (!bare && !(acronym && !comma)) break;
    end = list.end + 1;
  }
  // "Nomor 12 Tahun 2023": the year of a law is part of its name.
  const tahun = ts[end];
  if (legal && tahun !== undefined && (tahun.lower === 'tahun' || tahun.lower === 'thn') && year4(ts[end + 1], true) !== null) end += 2;
  return { start: i, end, draft: { kind: 'number', source: 'number/reference' }, issues: [], skip: true };
}
