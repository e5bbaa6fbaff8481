import { describe, expect, it } from 'vitest';
import { absorb, type EntityGroup } from '../../../src/stages/coref/entity-group.js';

describe('absorb', () => {
  it("moves the absorbed group's mentions, its name and its aliases into the target's", () => {
    const body: EntityGroup = { type: 'ORG', text: 'Satgas PPKPT', mentions: [{ start: 90, end: 102, text: 'Satgas PPKPT' }], source: 'model', aliases: new Set(['Satgas']) };
    const short: EntityGroup = { type: 'LOC', text: 'PPKPT', mentions: [{ start: 70, end: 75, text: 'PPKPT' }], source: 'model', aliases: new Set(['Ppkpt']) };
    absorb(body, short);
    expect(body.mentions.map((m) => m.start)).toEqual([90, 70]);
    expect([...body.aliases]).toEqual(['Satgas', 'PPKPT', 'Ppkpt']);
    // (The absorbed group is left as it was: the caller drops it.)
    expect(short.mentions).toHaveLength(1);
  });
});
