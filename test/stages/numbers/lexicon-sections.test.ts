import { describe, expect, it } from 'vitest';
import { calendarWords } from '../../../src/lexicon/calendar.js';
import { numberWords } from '../../../src/lexicon/numbers.js';

const n = numberWords();
const c = calendarWords();

describe('the numbers stage\'s own sections of numbers.txt and calendar.txt', () => {
  it.each<[string, ReadonlySet<string> | ReadonlyMap<string, unknown> | readonly string[], string, unknown]>([
    ['[unit-phrases]', n.unitPhrases, 'metrik ton', 'measure'],
    ['[unit-phrases]', n.unitPhrases, 'rumah tangga', 'counted'],
    ['[acronym-units]', n.acronymUnits, 'MoU', true],
    ['[acronyms-not-units]', n.notAcronymUnits, 'SM', true],
    ['[not-counted]', n.notCounted, 'jo', true],
    ['[idioms]', n.idioms, 'seribu bahasa', true],
    ['[legal-references]', n.legalReferences, 'pasal', true],
    ['[serial-references]', n.serialReferences, 'kloter', true],
    ['[time-unit-lengths]', c.timeUnitLengths, 'dekade', 10],
  ])('%s has %j', (_section, words, entry, expected) => {
    const got = words instanceof Map ? words.get(entry) : Array.isArray(words) ? words.includes(entry) : (words as ReadonlySet<string>).has(entry);
    expect(got).toBe(expected);
  });

  it('lists every unit of several lengths as a unit of time of a year', () => {
    for (const word of c.timeUnitLengths.keys()) expect(c.timeUnits.get(word) ?? c.moreTimeUnits.get(word), word).toBe('year');
  });

  it('writes the word lists in lower case, the acronyms as they are written', () => {
    const lower = [...n.unitPhrases.keys(), ...n.notCounted, ...n.idioms, ...n.legalReferences, ...n.serialReferences];
    expect(lower.filter((w) => w !== w.toLowerCase())).toEqual([]);
    expect([...n.notAcronymUnits].filter((w) => w !== w.toUpperCase())).toEqual([]);
    expect([...n.acronymUnits].filter((w) => w === w.toUpperCase() || w === w.toLowerCase())).toEqual([]);
  });
});
