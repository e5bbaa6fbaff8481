import type { NumberItem } from '../schema/number.js';

/** A number item's fields other than its kind, text and offsets (a recogniser's reading). */
export type NumberReading = Omit<NumberItem, 'kind' | 'text' | 'start' | 'end'>;

/**
 * A number item with every field, always in this order (absent ones undefined, which JSON leaves
 * out): the recognisers make theirs here, so that all items of a Doc share one object shape and
 * the loops over them (amounts, entities, consistency) stay monomorphic. An item built field by
 * field, or by an object spread, takes one hidden class per set of fields present (35 on the dev
 * news). Present fields keep the order they had: offsets, the reading, the note, the source.
 */
export function makeNumberItem(kind: NumberItem['kind'], text: string, start: number, end: number, r: NumberReading): NumberItem {
  return {
    kind,
    text,
    start,
    end,
    value: r.value,
    min: r.min,
    max: r.max,
    currency: r.currency,
    unit: r.unit,
    duration: r.duration,
    approximate: r.approximate,
    date: r.date,
    time: r.time,
    timezone: r.timezone,
    relative: r.relative,
    note: r.note,
    source: r.source,
  };
}
