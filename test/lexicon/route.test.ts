import { describe, expect, it } from 'vitest';
import { getLexicon } from '../../src/lexicon/index.js';
import { routeStart } from '../../src/lexicon/route.js';

const lex = getLexicon();

describe('routeStart', () => {
  it('finds where the first end of a route starts, leaving out a common word before it', () => {
    expect(routeStart('Cirebon', 'Semarang', lex)).toBe(0);
    expect(routeStart('Ruas Dumai', 'Sei Mangkei', lex)).toBe(5);
  });

  it('names no route after a place marker, nor with no known end, nor with a common-word end', () => {
    expect(routeStart('Tol Jakarta', 'Cikampek', lex)).toBe(-1);
    expect(routeStart('Sei Mangkei', 'Sei Rampah', lex)).toBe(-1);
    expect(routeStart('Prabowo', 'Gibran', lex)).toBe(-1);
    expect(routeStart('Cirebon', 'Sei mangkei', lex)).toBe(-1);
  });
});
