import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/schema/entity.js';
import { isPerson, namedStarting, namedWithin, type Named } from '../../../src/stages/quotes/speakers.js';

const entity = (id: string, type: Entity['type']) => ({ id, type, text: id }) as unknown as Entity;
const ani = entity('Ani', 'PERSON');
const kpk = entity('KPK', 'ORG');
const budi = entity('Budi', 'PERSON');
/** In text order, two mentions starting at 10 (the organisation first). */
const named: Named[] = [
  { start: 0, end: 3, entity: ani },
  { start: 10, end: 13, entity: kpk },
  { start: 10, end: 14, entity: budi },
  { start: 20, end: 30, entity: ani },
];

describe('finding mentions by where they start', () => {
  it('namedStarting gives the first mention in text order starting within the bounds that passes the test', () => {
    expect(namedStarting(named, 10, 10)?.entity).toBe(kpk);
    expect(namedStarting(named, 10, 10, isPerson)?.entity).toBe(budi);
    expect(namedStarting(named, 1, 9)).toBeUndefined();
    expect(namedStarting(named, 11, 20)?.start).toBe(20);
    expect(namedStarting(named, 21, 100)).toBeUndefined();
  });

  it('namedWithin gives the mentions lying wholly in [start, end) that pass the test, in text order', () => {
    expect(namedWithin(named, 0, 14, isPerson).map((n) => n.entity.id)).toEqual(['Ani', 'Budi']);
    expect(namedWithin(named, 0, 13, () => true).map((n) => n.entity.id)).toEqual(['Ani', 'KPK']);
    expect(namedWithin(named, 5, 29, () => true).map((n) => n.entity.id)).toEqual(['KPK', 'Budi']);
  });
});
