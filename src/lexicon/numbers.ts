import { intIn, lexiconPairs, lexiconSection, oneOf } from './load.js';

/** What a word after a digit word makes of it: "dua belas" 12, "dua puluh" 20, "dua ratus" 200. */
export type Multiplier = 'teen' | 'tens' | 'hundreds';

/**
 * The sections of corpora/lexicon/numbers.txt, typed; lowercase. Each "more" field is the "-more"
 * section of the file: words the numbers stage reads and the keywords stage does not skip.
 */
export interface NumberWords {
  /** Digit words → value ("satu" → 1 … "sembilan" → 9). */
  readonly digits: ReadonlyMap<string, number>;
  /** Zero and Malay digit words → value ("nol" → 0, "lapan" → 8). */
  readonly moreDigits: ReadonlyMap<string, number>;
  /** "belas", "puluh", "ratus" → what they make of the digit word before them. */
  readonly multipliers: ReadonlyMap<string, Multiplier>;
  /** se- forms below a thousand → value ("sepuluh" → 10, "seratus" → 100). */
  readonly seNumbers: ReadonlyMap<string, number>;
  /** Scale words → power of ten ("ribu" → 3, "juta" → 6). */
  readonly scales: ReadonlyMap<string, number>;
  /** Other spellings and Malay scale words → power of ten ("trilyun" → 12, "bilion" → 9). */
  readonly moreScales: ReadonlyMap<string, number>;
  /** se- forms of a scale word → power of ten ("seribu" → 3). */
  readonly seScales: ReadonlyMap<string, number>;
  /** More se- forms of a scale word ("semiliar" → 9). */
  readonly moreSeScales: ReadonlyMap<string, number>;
  /** Vague amounts → power of ten of their order of magnitude ("ratusan" → 2). */
  readonly vague: ReadonlyMap<string, number>;
  /** More vague amounts ("belasan" → 1, "miliaran" → 9). */
  readonly moreVague: ReadonlyMap<string, number>;
  /** Fractions → value ("setengah" → 0.5). */
  readonly fractions: ReadonlyMap<string, number>;
  /** Words for "percent" ("persen"). */
  readonly percent: ReadonlySet<string>;
  /** Other spellings, English and Malay words for "percent" ("prosen", "percent", "peratus"). */
  readonly morePercent: ReadonlySet<string>;
  /** Currency names written after an amount → ISO 4217 code ("rupiah" → IDR, "dolar" → USD). */
  readonly currencyNames: ReadonlyMap<string, string>;
}

let cached: NumberWords | undefined;

/**
 * The number words, read from corpora/lexicon/numbers.txt once per process. The pipeline's
 * {@link Lexicon} holds this same object; the numbers stage reads it here, at module load, because
 * `extractNumbers()` runs without a pipeline (and so without a Lexicon).
 */
export function numberWords(): NumberWords {
  if (cached) return cached;
  const file = 'numbers.txt';
  const ints = (section: string, max: number) => new Map(lexiconPairs(file, section, intIn(0, max)));
  const fraction = (v: string) => (/^0\.\d+$/.test(v) ? Number(v) : undefined);
  const iso = (v: string) => (/^[A-Z]{3}$/.test(v) ? v : undefined);
  cached = {
    digits: ints('digits', 9),
    moreDigits: ints('digits-more', 9),
    multipliers: new Map(lexiconPairs(file, 'multipliers', oneOf<Multiplier>(['teen', 'tens', 'hundreds']))),
    seNumbers: ints('se-numbers', 999),
    scales: ints('scales', 30),
    moreScales: ints('scales-more', 30),
    seScales: ints('se-scales', 30),
    moreSeScales: ints('se-scales-more', 30),
    vague: ints('vague', 30),
    moreVague: ints('vague-more', 30),
    fractions: new Map(lexiconPairs(file, 'fractions', fraction)),
    percent: new Set(lexiconSection(file, 'percent')),
    morePercent: new Set(lexiconSection(file, 'percent-more')),
    currencyNames: new Map(lexiconPairs(file, 'currency-names', iso)),
  };
  return cached;
}
