import { describe, expect, it } from 'vitest';
import { changeCandidate, makeCandidate } from '../../src/doc/candidate.js';

describe('makeCandidate / changeCandidate', () => {
  it('make every field, in one order, whatever the candidate they start from had', () => {
    const bare = { type: 'ORG' as const, start: 0, end: 3, text: 'BPS', source: 'org/lexicon' };
    const changed = changeCandidate(bare, { type: 'LOC' });
    expect(Object.keys(changed)).toEqual(['type', 'start', 'end', 'text', 'source', 'score']);
    expect(changed).toEqual({ type: 'LOC', start: 0, end: 3, text: 'BPS', source: 'org/lexicon', score: undefined });
    expect(Object.keys(makeCandidate('PERSON', 5, 9, 'Budi', 'model', 0.9))).toEqual(Object.keys(changed));
  });

  it('change only the fields given, as a spread would', () => {
    const c = makeCandidate('PERSON', 10, 21, 'Joko Widodo', 'model', 3.5);
    expect(changeCandidate(c, { start: 15, text: 'Widodo', source: 'model/trimmed' })).toEqual({ type: 'PERSON', start: 15, end: 21, text: 'Widodo', source: 'model/trimmed', score: 3.5 });
    expect(changeCandidate(c, { score: 0, text: '' })).toEqual({ ...c, score: 0, text: '' });
    expect(c).toEqual({ type: 'PERSON', start: 10, end: 21, text: 'Joko Widodo', source: 'model', score: 3.5 });
  });
});
