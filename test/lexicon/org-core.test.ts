import { describe, expect, it } from 'vitest';
import { getLexicon } from '../../src/lexicon/index.js';
import { orgCore } from '../../src/lexicon/org-core.js';

describe('orgCore', () => {
  it.each([
    ['PT Nusantara Baja Perkasa Tbk', 'Nusantara Baja Perkasa'],
    ['Facebook Inc.', 'Facebook'],
    ['Telegram', 'Telegram'],
    ['Perumda Air Minum', 'Air Minum'],
    ['Acme Co.', 'Acme'],
    ['Djarum Group', 'Djarum'],
  ])('core of %s is %s', (name, core) => {
    expect(orgCore(name, getLexicon())).toBe(core);
  });
});
