/**
 * Maps offsets in the cleaned text back to the raw input. Built by the clean stage from the pieces
 * of raw text it copies; positions inside inserted text (e.g. a paragraph break) map to the raw
 * position of the next copied piece.
 */
export interface OffsetMap {
  /**
   * Sorted by `clean`: each piece of cleaned text copied from `raw` for `length` code units, or,
   * with `rawLength`, a replacement of the `rawLength` raw code units at `raw` (a repaired or
   * normalised run): any offset inside it maps to the whole raw run.
   */
  readonly pieces: ReadonlyArray<{ readonly clean: number; readonly raw: number; readonly length: number; readonly rawLength?: number }>;
}

/**
 * Builds an offset map while the cleaned text is appended piece by piece. The text is joined once
 * when read, so it is a flat string: every later stage scans it, and a string built by repeated
 * `+=` would stay a tree of concatenations until a garbage collection flattens it.
 */
export class OffsetMapBuilder {
  private readonly pieces: { clean: number; raw: number; length: number; rawLength?: number }[] = [];
  private readonly parts: string[] = [];
  private joined = '';
  private size = 0;

  /** Appends `text`, copied from the raw input at `rawStart` (null for inserted text). */
  append(text: string, rawStart: number | null): void {
    if (text.length === 0) return;
    if (rawStart !== null) {
      const last = this.pieces[this.pieces.length - 1];
      if (last && last.rawLength === undefined && last.clean + last.length === this.size && last.raw + last.length === rawStart) {
        last.length += text.length;
      } else {
        this.pieces.push({ clean: this.size, raw: rawStart, length: text.length });
      }
    }
    this.parts.push(text);
    this.size += text.length;
  }

  /**
   * Appends `text` as the replacement of `raw[rawStart, rawStart + rawLength)` (a repaired or
   * normalised run); the same as {@link append} when the lengths are equal.
   */
  replace(text: string, rawStart: number, rawLength: number): void {
    if (rawLength === text.length) return this.append(text, rawStart);
    if (text.length === 0) return;
    this.pieces.push({ clean: this.size, raw: rawStart, length: text.length, rawLength });
    this.parts.push(text);
    this.size += text.length;
  }

  get length(): number {
    return this.size;
  }

  get text(): string {
    if (this.joined.length !== this.size) this.joined = this.parts.join('');
    return this.joined;
  }

  build(): OffsetMap {
    return { pieces: this.pieces.map((p) => ({ ...p })) };
  }
}

/** The identity map for a text that was not changed. */
export function identityOffsetMap(length: number): OffsetMap {
  return { pieces: length > 0 ? [{ clean: 0, raw: 0, length }] : [] };
}

/**
 * Raw-input offset of a cleaned-text offset. `edge: 'end'` reads the offset as the exclusive end of
 * a span, so that a span ending where two copied pieces meet maps to the end of the first one. An
 * offset inside a replacement maps to the start of its raw run, or with `edge: 'end'` to its end.
 */
export function toRawOffset(map: OffsetMap, cleanOffset: number, edge: 'start' | 'end' = 'start'): number {
  const { pieces } = map;
  const probe = edge === 'end' ? cleanOffset - 1 : cleanOffset;
  let lo = 0;
  let hi = pieces.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    if (p.clean <= probe) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found === -1) return pieces[0]?.raw ?? 0;
  const p = pieces[found]!;
  const delta = cleanOffset - p.clean;
  if (p.rawLength !== undefined && delta <= p.length) {
    return delta === 0 || (delta < p.length && edge === 'start') ? p.raw : p.raw + p.rawLength;
  }
  if (delta <= p.length) return p.raw + delta;
  const next = pieces[found + 1];
  return next ? next.raw : p.raw + (p.rawLength ?? p.length);
}

/** The raw-input span of a cleaned-text span. */
export function toRawSpan(map: OffsetMap, start: number, end: number): { start: number; end: number } {
  return { start: toRawOffset(map, start), end: Math.max(toRawOffset(map, start), toRawOffset(map, end, 'end')) };
}
