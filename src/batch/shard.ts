import { WartaConfigError } from '../errors.js';

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses a shard "i/n" (1 ≤ i ≤ n; the CLI's --shard), e.g. "2/4" is the second of four shards. */
export function parseShard(spec: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new WartaConfigError(`a shard is i/n with 1 <= i <= n (e.g. 1/4 … 4/4), got "${spec}"`);
  }
  return { index, count };
}

/**
 * Whether the record at 0-based position `recordIndex` of the whole input sequence belongs to the
 * shard. Records are dealt round-robin, so shards are balanced and together cover every record
 * exactly once, given the same inputs in the same order (folders are walked in sorted order).
 */
export function inShard(recordIndex: number, shard: Shard | undefined): boolean {
  return shard === undefined || recordIndex % shard.count === shard.index - 1;
}
