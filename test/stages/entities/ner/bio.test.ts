import { describe, expect, it } from 'vitest';
import { bioToSpans, labelNames } from '../../../../src/stages/entities/ner/bio.js';

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
