/**
 * Mojibake repair, in the spirit of Python's ftfy: text that was UTF-8, decoded as Windows-1252 or
 * Latin-1 and saved again ("JÃ³hann" for "Jóhann", "2,5Â±1%" for "2,5±1%", "informalâ\u0080\u0094kelompok"
 * for "informal—kelompok", "Ù…" for "م"), also twice ("ÃƒÂ©" for "é").
 *
 * A run is repaired only where its characters, turned back into the bytes they were decoded from,
 * form one valid UTF-8 sequence for a plausible character. Correct text stays as it is: every
 * sequence needs a Latin-1 letter from "Â" to "ô" directly followed by one to three symbols,
 * punctuation marks or C1 controls, which real words do not hold, and the few places where they do
 * (an accented letter before a closing quote or an ellipsis: "CAFÉ”", "JOSÉ…", "café…”",
 * "ESPAÑ…") decode to characters that are ruled out below (IPA letters, a lone CJK ideograph) or
 * end a word in capitals. The limits that follow: such a word in capitals that really is mojibake
 * ("MODRIÄ‡") stays, and of text encoded twice only Latin letters and longer sequences are
 * repaired (two correct characters such as "×’" could spell a Hebrew letter).
 *
 * Why not a library: the npm packages for this (fix-utf8, fix-latin1-to-utf8) replace a fixed
 * table of two- and three-character strings, without the Latin-1 forms with C1 controls that real
 * news holds ("â\u0080\u0094"), without four-byte characters (emoji) or Arabic, and return a
 * string without the offsets the clean stage must keep.
 */

/** One repaired run of the input: `input.slice(start, end)` is mojibake for `text`. */
export interface MojibakeRepair {
  start: number;
  end: number;
  text: string;
}

/** Windows-1252's characters for the bytes 0x80-0x9F it defines (the other five stay C1 controls). */
const CP1252_HIGH: ReadonlyArray<readonly [number, number]> = [
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86],
  [0x2021, 0x87], [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c],
  [0x017d, 0x8e], [0x2018, 0x91], [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95],
  [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98], [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b],
  [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
];
const BYTE_OF = new Map<number, number>(CP1252_HIGH);

/**
 * A quick test for a lead character followed by a continuation character: an article without one
 * holds no mojibake this module repairs, and costs one regex scan.
 */
const MAY_HOLD =
  /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/;

/** The byte a character was decoded from (Latin-1, or Windows-1252 for 0x80-0x9F), or -1. */
function byteOf(c: number): number {
  if (c < 0x100) return c;
  return BYTE_OF.get(c) ?? -1;
}

/** How a decoded character is judged: always plausible, only with evidence, or never. */
type Plausible = 'yes' | 'with-evidence' | 'no';

/**
 * How plausible a decoded code point is as the character the writer meant. "With evidence" means:
 * only when a continuation character is a C1 control (or, in a sequence of three or four, a
 * Latin-1 symbol), or the sequence touches another repaired one (a CJK word is several
 * characters; "café…”" would make one ideograph).
 */
function plausibility(cp: number, length: number): Plausible {
  if (length === 2) {
    if (cp < 0x240) return 'yes'; // Latin-1 symbols and letters, Latin Extended-A/B ("Ä‡" ć, "È™" ș)
    if (cp >= 0x370 && cp < 0x500) return 'yes'; // Greek ("Î¼" μ), Cyrillic
    if (cp >= 0x5d0 && cp <= 0x5ea) return 'yes'; // Hebrew letters
    if ((cp >= 0x600 && cp < 0x700) || (cp >= 0x750 && cp < 0x780)) return 'yes'; // Arabic
    // IPA ("É”" would be ɔ), modifier letters, combining marks, Armenian, Syriac, Thaana, NKo.
    return 'with-evidence';
  }
  if (cp >= 0xd800 && cp < 0xe000) return 'no';
  if (cp >= 0xe000 && cp < 0xf900) return 'no'; // private use
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return 'no'; // noncharacters
  if (length === 4) return cp < 0x40000 ? 'yes' : 'no'; // emoji, CJK extensions; planes 4 and up hold no text
  if (cp >= 0x900 && cp < 0xf00) return 'yes'; // Indic scripts, Thai, Lao
  if (cp >= 0x1e00 && cp < 0x2c00) return 'yes'; // Latin Extended Additional ("áº¡" ạ), Greek, punctuation, symbols
  if (cp >= 0x2e00 && cp < 0x3040) return 'yes'; // supplemental punctuation, CJK symbols
  if (cp >= 0xf900) return 'yes'; // compatibility forms, BOM ("ï»¿"), replacement character
  // CJK, kana, hangul and the rest of the BMP.
  return 'with-evidence';
}

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

function isUpper(s: string, i: number): boolean {
  return i >= 0 && UPPER.test(s[i]!);
}

function isLetter(s: string, i: number): boolean {
  return i < s.length && LETTER.test(s[i]!);
}

interface Candidate {
  start: number;
  end: number;
  text: string;
  plausible: Plausible;
}

/**
 * One pass over `s`: the UTF-8 sequences its characters spell as bytes. `allowed(i)` says whether
 * the character at `i` may take part (later passes only read characters a pass before repaired).
 */
function scan(s: string, allowed: (i: number) => boolean, again = false): MojibakeRepair[] {
  const found: Candidate[] = [];
  for (let i = 0; i < s.length; i++) {
    const lead = byteOf(s.charCodeAt(i));
    if (lead < 0xc2 || lead > 0xf4 || !allowed(i)) continue;
    const n = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    if (i + n > s.length) continue;
    let cp = lead & (n === 2 ? 0x1f : n === 3 ? 0x0f : 0x07);
    let evidence = false;
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      const c = s.charCodeAt(i + k);
      const b = byteOf(c);
      // The second byte's range is narrower after some leads (no overlong forms, no surrogates,
      // nothing past U+10FFFF).
      const lo = k === 1 && lead === 0xe0 ? 0xa0 : k === 1 && lead === 0xf0 ? 0x90 : 0x80;
      const hi = k === 1 && lead === 0xed ? 0x9f : k === 1 && lead === 0xf4 ? 0x8f : 0xbf;
      if (b < lo || b > hi || !allowed(i + k)) ok = false;
      // A C1 control kept as itself, or in a longer sequence a Latin-1 symbol: no correct text
      // has these after an accented letter ("NESCAFÉ®" does have a symbol after a capital).
      // (Not in a second pass: there these are repaired characters, and correct ones.)
      if (!again && (c < 0xa0 || (n > 2 && c < 0x100))) evidence = true;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (!ok) continue;
    let plausible = plausibility(cp, n);
    // An accented capital after a capital, then a Windows-1252 punctuation mark and no letter: the end of a word
    // in capitals before a quote or an ellipsis ("ESPAÑ…", "IRMÃ”"), not mojibake ("ModriÄ‡").
    // ("Â" ends no word: "KMÂ²" is km².)
    const afterRepair = found.length > 0 && found[found.length - 1]!.end === i;
    const punctuation = s.charCodeAt(i + 1) >= 0x100;
    if (n === 2 && lead > 0xc2 && punctuation && !afterRepair && isUpper(s, i - 1) && !isLetter(s, i + 2)) plausible = 'no';
    // Encoded twice, the repaired text of a first pass holds two characters that spell a third
    // ("Ã" "©" for "é"), but also correct pairs ("×’" would be a Hebrew letter): only accented
    // Latin letters are taken from a second pass of two characters.
    if (again && n === 2 && cp >= 0x250) plausible = 'no';
    if (plausible === 'no') continue;
    found.push({ start: i, end: i + n, text: String.fromCodePoint(cp), plausible: evidence ? 'yes' : plausible });
    i += n - 1;
  }
  const touches = (a: Candidate | undefined, b: Candidate | undefined) => a !== undefined && b !== undefined && a.end === b.start;
  return found
    .filter((c, k) => c.plausible === 'yes' || touches(found[k - 1], c) || touches(c, found[k + 1]))
    .map(({ start, end, text }) => ({ start, end, text }));
}

/**
 * Finds the mojibake in a text: the runs to replace, sorted and apart, each with the text it
 * stands for. Text encoded twice is repaired in a second pass (at most three in all), over the
 * characters the pass before repaired; a run then covers all the input it came from.
 *
 * @example findMojibake('Ratu Marie-AmÃ©lie') // [{ start: 15, end: 17, text: 'é' }]
 */
export function findMojibake(input: string): MojibakeRepair[] {
  if (!MAY_HOLD.test(input)) return [];
  let repairs = scan(input, () => true);
  for (let pass = 1; pass < 3 && repairs.length > 0; pass++) {
    // The text after the repairs so far, and for each of its characters the repair it belongs to.
    const { text, owner } = applyWithOwners(input, repairs);
    const next = scan(text, (i) => owner[i]! >= 0, true);
    if (next.length === 0) break;
    // Each character of this pass's runs is one repair of the pass before: a run covers their input.
    const merged: MojibakeRepair[] = [];
    let k = 0;
    for (let j = 0; j < repairs.length; ) {
      const n = next[k];
      if (n && owner[n.start] === j) {
        const last = owner[n.end - 1]!;
        merged.push({ start: repairs[j]!.start, end: repairs[last]!.end, text: n.text });
        j = last + 1;
        k++;
      } else {
        merged.push(repairs[j]!);
        j++;
      }
    }
    repairs = merged;
  }
  return repairs;
}

/** The text with the repairs made, and per character the index of the repair it came from (-1: none). */
function applyWithOwners(input: string, repairs: readonly MojibakeRepair[]): { text: string; owner: Int32Array } {
  const parts: string[] = [];
  let length = 0;
  let from = 0;
  for (const r of repairs) {
    length += r.start - from + r.text.length;
    from = r.end;
  }
  length += input.length - from;
  const owner = new Int32Array(length).fill(-1);
  from = 0;
  let at = 0;
  repairs.forEach((r, k) => {
    parts.push(input.slice(from, r.start), r.text);
    at += r.start - from;
    owner.fill(k, at, at + r.text.length);
    at += r.text.length;
    from = r.end;
  });
  parts.push(input.slice(from));
  return { text: parts.join(''), owner };
}

/** The text with the repairs made. */
export function applyRepairs(input: string, repairs: readonly MojibakeRepair[]): string {
  return applyWithOwners(input, repairs).text;
}

/** Repairs the mojibake in a text (see {@link findMojibake}). */
export function repairMojibake(input: string): string {
  const repairs = findMojibake(input);
  return repairs.length === 0 ? input : applyRepairs(input, repairs);
}
