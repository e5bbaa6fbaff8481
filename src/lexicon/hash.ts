/** The FNV-1a 32-bit offset basis: the hash of the empty string. */
export const FNV_OFFSET = 0x811c9dc5;
/** The FNV-1a 32-bit prime. */
export const FNV_PRIME = 0x01000193;

/** Continues an FNV-1a hash `h` over the code units of `s`: `hashInto(hashInto(FNV_OFFSET, a), b)` equals `hashFeature(a + b)`. */
export function hashInto(h: number, s: string): number {
  return hashRangeInto(h, s, 0, s.length);
}

/** Continues an FNV-1a hash `h` over the code units of `s` from `from` to `to`: `hashInto(h, s.slice(from, to))` without the slice. */
export function hashRangeInto(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/**
 * FNV-1a, 32 bits, over the UTF-16 code units of `s`. Features are stored by this hash, so the model
 * needs no string table and loads without building a `Map` of feature strings.
 */
export function hashFeature(s: string): number {
  return hashInto(FNV_OFFSET, s) >>> 0;
}
