/**
 * The line-level work of the clean stage: splitting the raw input into lines, the display form the
 * boilerplate rules read, the comparison key of repeated titles, and appending a cleaned line to
 * the offset-map builder. Most lines of an article are plain (see {@link lineShape}), which the
 * fast paths copy whole.
 */
import { isWhitespaceCode } from '../../doc/chars.js';
import type { CleanOutput } from './repaired-text.js';

/** A line of the raw input with its offsets (content trimmed). */
export interface RawLine {
  start: number;
  end: number;
  text: string;
}

/**
 * How much work a line needs (see {@link lineShape}): `display`, plain with words separated by
 * single spaces and nothing around them, so the line is its own display form; `plain`, with other
 * whitespace to collapse; `other`, with an invisible character or one that NFC may change.
 */
export type LineShape = 'display' | 'plain' | 'other';

// Zero-width characters and soft hyphens scraped pages leave inside words.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const INVISIBLE_G = /[\u200B-\u200D\u2060\uFEFF\u00AD]+/g;
// Any Unicode whitespace run (JavaScript's \s: NBSP, ideographic space, tabs…) becomes one space.
const SPACE_RUN = /\s+/g;
// The runs of a line between whitespace, each copied with its raw offset.
const NON_SPACE_RUN = /\S+/g;

/** The lines of `raw[from, to)`, split at any line break. */
export function splitLines(raw: string, from: number, to: number): RawLine[] {
  const lines: RawLine[] = [];
  const re = /\r\n|\n|\r|\u2028|\u2029/g;
  re.lastIndex = from;
  let start = from;
  for (;;) {
    const m = re.exec(raw);
    const end = m && m.index < to ? m.index : to;
    lines.push({ start, end, text: raw.slice(start, end) });
    if (!m || m.index >= to) break;
    start = m.index + m[0].length;
  }
  return lines;
}

/** Normalised comparison key: NFC, lowercase, letters and digits only. */
export function key(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Whether `key(line) === k`, read without making the key while the line is ASCII or general
 * punctuation (curly quotes, dashes: a gap in the key, as NFC and lowercasing leave them): its letters
 * and digits lowercased against `k`, a run of other characters between them against one space, up
 * to the first difference. (NFC changes an ASCII character only with a mark after it: a difference
 * at a character that one follows, or any other character past ASCII, and the key is made after all,
 * where {@link mayMatchKey} lets it.) Most lines differ from the title at their first letter.
 */
export function keyIs(line: string, k: string): boolean {
  let j = 0;
  let gap = false;
  let any = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 128) {
      if (c >= 0x2010 && c <= 0x205e) {
        gap = any;
        continue;
      }
      return keyMade(line, k);
    }
    const lower = c | 32;
    if (!((c >= 48 && c <= 57) || (lower >= 97 && lower <= 122))) {
      gap = any;
      continue;
    }
    const differs = (gap && k.charCodeAt(j++) !== 32) || k.charCodeAt(j++) !== (c >= 65 && c <= 90 ? lower : c);
    if (differs) return i + 1 < line.length && line.charCodeAt(i + 1) >= 128 ? keyMade(line, k) : false;
    gap = false;
    any = true;
  }
  return j === k.length;
}

/** `key(line) === k`, the key made only for a line {@link mayMatchKey} does not rule out. */
function keyMade(line: string, k: string): boolean {
  return mayMatchKey(line, k) && key(line) === k;
}

/**
 * Whether `key(line)` can equal `titleKey`. NFC and lowercasing keep a line of ASCII as long as it
 * is and every letter and digit of it in its key, so such a line with more letters and digits than
 * `titleKey` has characters cannot match; any other line is compared in full.
 */
export function mayMatchKey(line: string, titleKey: string): boolean {
  let alnum = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 128) return true;
    const lower = c | 32;
    if ((c >= 48 && c <= 57) || (lower >= 97 && lower <= 122)) {
      if (++alnum > titleKey.length) return false;
    }
  }
  return true;
}

/**
 * A code unit of a plain line: not invisible, and a starter that composes with nothing, so NFC
 * leaves any run of them unchanged: everything below the combining marks (U+0300) but the soft
 * hyphen, and general punctuation (dashes, curly quotes, ellipsis). Whitespace only separates runs.
 */
function isPlainCode(c: number): boolean {
  return c < 0x300 ? c !== 0xad : (c >= 0x2010 && c <= 0x205e) || isWhitespaceCode(c);
}

/**
 * Words of printable ASCII separated by single spaces, nothing around them: what most lines of an
 * article are from their start, and all of most. One sticky expression reads that far (a tight loop
 * of compiled code, where a loop of `charCodeAt` costs several times more per character).
 */
const DISPLAY_RUN = /[\x21-\x7e]+(?: [\x21-\x7e]+)*/y;

/** What cleaning `raw[start, end)` takes: nothing, collapsing whitespace, or the full treatment. */
export function lineShape(raw: string, start: number, end: number): LineShape {
  let from = start;
  DISPLAY_RUN.lastIndex = start;
  if (DISPLAY_RUN.test(raw)) {
    if (DISPLAY_RUN.lastIndex === end) return 'display';
    // The line is its own display form up to there, and read on from there. (A run that goes on
    // past `end`, in part of a line, may end in a space there: the line is read from its start.)
    if (DISPLAY_RUN.lastIndex < end) from = DISPLAY_RUN.lastIndex;
  }
  let shape: LineShape = 'display';
  let prevSpace = from === start;
  for (let i = from; i < end; i++) {
    const c = raw.charCodeAt(i);
    // Most characters of a line are printable ASCII (letters, digits, straight quotes): plain and no
    // whitespace, answered by one comparison before the tests below.
    if (c > 32 && c < 127) {
      prevSpace = false;
      continue;
    }
    if (!isPlainCode(c)) return 'other';
    const space = isWhitespaceCode(c);
    // a leading space, a second space in a row, or any whitespace but " " needs collapsing
    if (space && (prevSpace || c !== 32)) shape = 'plain';
    prevSpace = space;
  }
  return prevSpace && end > start ? 'plain' : shape;
}

/**
 * Appends one raw line to the builder: NFC, whitespace runs collapsed to one space, invisible
 * characters dropped, trimmed. Each copied run keeps its raw offset.
 */
export function appendLine(out: CleanOutput, raw: string, line: RawLine, shape: LineShape): void {
  if (shape === 'display') out.append(line.text, line.start);
  else if (shape === 'plain') appendPlainLine(out, raw, line.start, line.end);
  else appendOtherLine(out, raw, line);
}

/**
 * {@link appendLine} for a plain line: NFC changes nothing, so stretches of words separated by
 * single spaces are copied whole, and each other gap becomes one space at its first raw offset.
 */
function appendPlainLine(out: CleanOutput, raw: string, start: number, end: number): void {
  let i = start;
  while (i < end && isWhitespaceCode(raw.charCodeAt(i))) i++;
  let from = i;
  while (i < end) {
    while (i < end && !isWhitespaceCode(raw.charCodeAt(i))) i++;
    const runEnd = i;
    while (i < end && isWhitespaceCode(raw.charCodeAt(i))) i++;
    if (i >= end) {
      out.append(raw.slice(from, runEnd), from);
    } else if (i - runEnd > 1 || raw.charCodeAt(runEnd) !== 32) {
      out.append(raw.slice(from, runEnd), from);
      out.append(' ', runEnd);
      from = i;
    }
  }
}

/**
 * {@link appendLine} run by run, for a line with invisible characters or that NFC may change; right
 * for any line, and the reference the faster paths are tested against.
 * @internal
 */
export function appendOtherLine(out: CleanOutput, raw: string, line: RawLine): void {
  const text = raw.slice(line.start, line.end);
  let pendingSpace: number | null = null;
  let wrote = false;
  NON_SPACE_RUN.lastIndex = 0;
  for (let m = NON_SPACE_RUN.exec(text); m; m = NON_SPACE_RUN.exec(text)) {
    if (pendingSpace !== null && wrote) out.append(' ', pendingSpace);
    const runStart = line.start + m.index;
    if (INVISIBLE.test(m[0])) {
      let offset = 0;
      for (const part of m[0].split(INVISIBLE_G)) {
        const at = m[0].indexOf(part, offset);
        if (part) out.replace(part.normalize('NFC'), runStart + at, part.length);
        offset = at + part.length;
      }
    } else {
      out.replace(m[0].normalize('NFC'), runStart, m[0].length);
    }
    wrote = true;
    pendingSpace = runStart + m[0].length;
  }
}

/** A line as the boilerplate and byline rules see it: whitespace collapsed, invisibles dropped, trimmed. */
export function displayLine(s: string, shape: LineShape): string {
  if (shape === 'display') return s;
  return s.replace(SPACE_RUN, ' ').replace(INVISIBLE_G, '').trim();
}
