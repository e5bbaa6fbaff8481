import type { Doc } from '../../doc/doc.js';
import { makeNumberItem } from '../../doc/number-item.js';
import { AMOUNT_FIELDS, type Entity, type EntityType } from '../../schema/entity.js';
import type { Lexicon } from '../../lexicon/index.js';
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

/**
 * Whether two values of an amount field are the same in an amount's identity, which reads each as
 * `String(v ?? '')`: equal values, or two that read the same (NaN and NaN, undefined and "").
 */
function sameField(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x === 'number' && typeof y === 'number') return Number.isNaN(x) && Number.isNaN(y);
  if (typeof x === typeof y && typeof x !== 'object') return false;
  return String(x ?? '') === String(y ?? '');
}

/** Identity of an amount: the same value, bounds, currency and unit (every amount field) are one entity. */
function sameAmount(a: NumberItem, b: NumberItem): boolean {
  for (const f of FIELDS) if (!sameField(a[f], b[f])) return false;
  return true;
}

/**
 * Numeric entities from the numbers layer: MONEY, QUANTITY, PERCENT, DATE, TIME, ORDINAL, DURATION
 * (with its ISO 8601 `duration`: "P75Y"). Equal amounts ("70 juta pengguna" three times) are one
 * entity with several mentions.
 */
export function numericEntities(doc: Pick<Doc, 'numbers' | 'text'>, lex?: Lexicon): Omit<Entity, 'id'>[] {
  const entities: Omit<Entity, 'id'>[] = [];
  // Per type and value (a Map key reads NaN as NaN and -0 as 0, as String does): the entities
  // with the item each was made from, compared field by field rather than by a key string.
  const byValue = new Map<EntityType, Map<number | undefined, { item: NumberItem; entity: Omit<Entity, 'id'> }[]>>();
  const items = lex ? impliedMoney(doc.numbers, doc.text, lex) : doc.numbers;
  for (const item of items) {
    const type = KIND_TO_TYPE[item.kind];
    if (!type) continue;
    const mention = { start: item.start, end: item.end, text: doc.text.slice(item.start, item.end), source: item.source };
    let ofType = byValue.get(type);
    if (ofType === undefined) byValue.set(type, (ofType = new Map()));
    let same = ofType.get(item.value);
    if (same === undefined) ofType.set(item.value, (same = []));
    const existing = same.find((e) => sameAmount(e.item, item));
    if (existing) {
      existing.entity.mentions.push(mention);
      continue;
    }
    const entity: Omit<Entity, 'id'> = { type, text: mention.text, mentions: [mention], source: item.source };
    for (const f of FIELDS) {
      const v = item[f];
      if (v !== undefined) (entity as Record<string, unknown>)[f] = v;
    }
    same.push({ item, entity });
    entities.push(entity);
  }
  return entities;
}

/** A number of a million or more written with its scale word ("11,93 triliun", "3,5 juta"). */
const SCALED = /^number\/(?:digits|words)-scale$/;

/**
 * A scaled number without a currency a few words after a noun of money ("anggarannya sebesar 11,93
 * triliun", "di bawah gaji 3,5 juta") is an amount of money in the article's currency, when its
 * amounts of money all have one currency (`money/implied`). The numbers layer keeps the number.
 */
export function impliedMoney(numbers: readonly NumberItem[], text: string, lex: Lexicon): readonly NumberItem[] {
  let currency: string | undefined;
  for (const n of numbers) {
    if (n.kind !== 'money' || n.currency === undefined) continue;
    if (currency !== undefined && currency !== n.currency) return numbers;
    currency = n.currency;
  }
  if (currency === undefined) return numbers;
  return numbers.map((n) => {
    if (n.kind !== 'number' || !SCALED.test(n.source) || (n.value ?? 0) < 1e6) return n;
    // The words before it in its sentence, at most four.
    const before = text.slice(Math.max(0, n.start - 50), n.start).split(/[.!?\n"“”]\s/u).pop()!;
    const words = before.toLowerCase().match(/[\p{L}]+/gu)?.slice(-4) ?? [];
    if (!words.some((w) => lex.moneyNouns.has(w))) return n;
    return makeNumberItem('money', n.text, n.start, n.end, { ...n, currency, source: 'money/implied' });
  });
}
