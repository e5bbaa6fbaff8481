import { describe, expect, it } from 'vitest';
import { orgCore } from '../../src/lexicon/org-core.js';

describe('orgCore', () => {
  it.each([
    ['PT Nusantara Baja Perkasa Tbk', 'Nusantara Baja Perkasa'],
    ['Facebook Inc.', 'Facebook'],
    ['Telegram', 'Telegram'],
  ])('core of %s is %s', (name, core) => {
    expect(orgCore(name)).toBe(core);
  });
});
