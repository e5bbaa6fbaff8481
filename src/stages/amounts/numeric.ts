import type { Doc } from '../../doc/doc.js';
import { AMOUNT_FIELDS, type Entity, type EntityType } from '../../schema/entity.js';
import type { NumberItem } from '../../schema/number.js';

const KIND_TO_TYPE: Partial<Record<NumberItem['kind'], EntityType>> = {
  money: 'MONEY',
  quantity: 'QUANTITY',
  percent: 'PERCENT',
  date: 'DATE',
  time: 'TIME',
  ordinal: 'ORDINAL',
  duration: 'DURATION',
};

const FIELDS = Object.keys(AMOUNT_FIELDS.shape) as (keyof typeof AMOUNT_FIELDS.shape)[];

/** Identity of an amount: the same value, bounds, currency and unit are one entity. */
function keyOf(type: EntityType, item: NumberItem): string {
  let key: string = type;
  for (const f of FIELDS) key += `|${String(item[f] ?? '')}`;
  return key;
}

/**
 * Numeric entities from the numbers layer: MONEY, QUANTITY, PERCENT, DATE, TIME, ORDINAL, DURATION
 * (with its ISO 8601 `duration`: "P75Y"). Equal amounts ("70 juta pengguna" three times) are one
 * entity with several mentions.
 */
export function numericEntities(doc: Pick<Doc, 'numbers' | 'text'>): Omit<Entity, 'id'>[] {
  const byKey = new Map<string, Omit<Entity, 'id'>>();
  for (const item of doc.numbers) {
    const type = KIND_TO_TYPE[item.kind];
    if (!type) continue;
    const mention = { start: item.start, end: item.end, text: doc.text.slice(item.start, item.end), source: item.source };
    const k = keyOf(type, item);
    const existing = byKey.get(k);
    if (existing) {
      existing.mentions.push(mention);
      continue;
    }
    const entity: Omit<Entity, 'id'> = { type, text: mention.text, mentions: [mention], source: item.source };
    for (const f of FIELDS) {
      const v = item[f];
      if (v !== undefined) (entity as Record<string, unknown>)[f] = v;
    }
    byKey.set(k, entity);
  }
  return [...byKey.values()];
}
