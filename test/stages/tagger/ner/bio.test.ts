import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bioToSpans, idsToSpans, labelNames } from '../../../../src/stages/tagger/ner/bio.js';

describe('bioToSpans', () => {
  it.each<[string[], { type: string; start: number; end: number }[]]>([
    [['O', 'B-PERSON', 'I-PERSON', 'O'], [{ type: 'PERSON', start: 1, end: 3 }]],
    [['B-ORG', 'B-ORG'], [{ type: 'ORG', start: 0, end: 1 }, { type: 'ORG', start: 1, end: 2 }]],
    [['B-LOC', 'I-LOC', 'I-LOC'], [{ type: 'LOC', start: 0, end: 3 }]],
    // An I- without its B- starts a span; a type change ends one.
    [['O', 'I-LOC', 'I-PERSON'], [{ type: 'LOC', start: 1, end: 2 }, { type: 'PERSON', start: 2, end: 3 }]],
    [['O', 'O'], []],
    [[], []],
  ])('%j', (labels, spans) => expect(bioToSpans(labels)).toEqual(spans));
});

describe('labelNames', () => {
  it('maps ids to label names', () => {
    expect(labelNames([0, 1, 2, 3, 4, 5, 6])).toEqual(['O', 'B-PERSON', 'I-PERSON', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC']);
  });
});

describe('idsToSpans', () => {
  it('equals bioToSpans of the label names, also for invalid sequences', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 30 }), (ids) => {
        expect(idsToSpans(ids)).toEqual(bioToSpans(labelNames(ids)));
      }),
      { numRuns: 500 },
    );
  });

  it('finds a person after an O', () => {
    expect(idsToSpans([0, 1, 2, 0])).toEqual([{ type: 'PERSON', start: 1, end: 3 }]);
  });
});
